import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCase, reopenCase, withdrawCase } from '../../../core/cases/close-case.js';
import { correctClassification } from '../../../core/cases/correct-classification.js';
import { createCase } from '../../../core/cases/create-case.js';
import { escalateCase, recordResponse } from '../../../core/cases/escalate-case.js';
import { expireConsents, recordConsent } from '../../../core/cases/record-consent.js';
import { AppError } from '../../../core/errors/app-error.js';
import { STORES, type FreshDatabase } from '../../support/databases.js';
import { complaint, testDeps } from './case-fixtures.js';

async function outboxOf(db: FreshDatabase, caseId: string) {
  return db.store.db.outboxMessage.findMany({ where: { caseId }, orderBy: { kind: 'asc' } });
}

describe.each(STORES)('the case core on %s', (_name, fresh) => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await fresh();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('creates a complaint with a reference, every due date, an audit entry and a pending acknowledgement', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:05Z' });
    const created = await createCase(complaint, deps);
    expect(created.reference).toMatch(/^FB-2026-\d{6}$/);
    expect(created).toMatchObject({
      status: 'open',
      stage: 1,
      clockStartsOn: '2026-06-10',
      initialResponseDueOn: '2026-06-11',
      stage1DueOn: '2026-06-16',
      consentStatus: 'not_needed',
    });
    const [ack] = await outboxOf(db, created.id);
    expect(ack).toMatchObject({ kind: 'acknowledgement', toAddress: 'ann@example.org', status: 'pending' });
    expect(ack!.subject).toContain(created.reference);
    expect(ack!.bodyText).toContain('Thursday 11 June 2026');
    expect(ack!.bodyText).toContain('Tuesday 16 June 2026');
    expect(ack!.bodyText).toContain('free');
    const audit = await db.store.cases.auditTrail(created.id);
    expect(audit.map((a) => a.action)).toEqual(['case_created']);
  });

  it('holds the clock and shares nothing until the subject consents; consent starts day 1', async () => {
    const { deps, setNow } = testDeps(db.store, { now: '2026-06-01T09:00:00Z' });
    const created = await createCase(
      { ...complaint, receivedAt: '2026-06-01T09:00:00Z', onBehalfOf: { relationship: 'child', subjectName: 'Marie Le Sueur' } },
      deps,
    );
    expect(created).toMatchObject({
      status: 'awaiting_consent',
      consentStatus: 'requested',
      clockStartsOn: null,
      stage1DueOn: null,
    });
    expect(created.subjectConsentNeededReason).toBe('consent_needed');
    expect(created.consents[0]).toMatchObject({ kind: 'subject_consent', status: 'requested', expiresOn: '2026-06-15' });
    const [ack] = await outboxOf(db, created.id);
    expect(ack!.bodyText).toMatch(/need their consent/);
    expect(ack!.bodyText).toMatch(/nothing is added to their record/);
    await expect(escalateCase(created.reference, deps, { actor: 'staff:x' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });

    setNow('2026-06-08T10:00:00Z');
    const consented = await recordConsent(created.reference, deps, { actor: 'staff:x', decision: 'given' });
    expect(consented).toMatchObject({
      status: 'open',
      consentStatus: 'given',
      clockStartsOn: '2026-06-08',
      stage1DueOn: '2026-06-12',
    });
  });

  it('needs no consent when the subject has died, lacks capacity or is a child under 16', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    for (const exemption of ['deceased', 'lacks_capacity', 'child_under_16'] as const) {
      const created = await createCase({ ...complaint, onBehalfOf: { relationship: 'parent', exemption } }, deps);
      expect(created).toMatchObject({
        status: 'open',
        consentStatus: 'exempt',
        subjectConsentNeededReason: exemption,
        clockStartsOn: '2026-06-10',
      });
    }
  });

  it('expires a consent request after 10 working days', async () => {
    const { deps, setNow } = testDeps(db.store, { now: '2026-06-01T09:00:00Z' });
    const created = await createCase(
      { ...complaint, receivedAt: '2026-06-01T09:00:00Z', onBehalfOf: { relationship: 'friend' } },
      deps,
    );
    setNow('2026-06-15T12:00:00Z');
    expect(await expireConsents(deps, { actor: 'system' })).not.toContain(created.reference);
    setNow('2026-06-16T08:00:00Z');
    expect(await expireConsents(deps, { actor: 'system' })).toContain(created.reference);
    expect((await db.store.cases.findByReference(created.reference))!.consentStatus).toBe('expired');
  });

  it('keeps the acknowledgement of an anonymous submission as skipped, with the reason', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase({ ...complaint, anonymous: true, contact: {} }, deps);
    const [ack] = await outboxOf(db, created.id);
    expect(ack).toMatchObject({ kind: 'acknowledgement', status: 'skipped', toAddress: null });
    expect(ack!.skipReason).toMatch(/anonymous/);
    expect(ack!.bodyText).toMatch(/cannot reply to you/);
  });

  it('flags safeguarding as urgent and queues an alert to the safeguarding address at once', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase({ ...complaint, flags: { safeguarding: true } }, deps);
    expect(created.urgent).toBe(true);
    const rows = await outboxOf(db, created.id);
    expect(rows.map((r) => [r.kind, r.toAddress, r.status])).toEqual([
      ['acknowledgement', 'ann@example.org', 'pending'],
      ['safeguarding_alert', 'safeguarding@feedback.test', 'pending'],
    ]);
    expect(rows[0]!.bodyText).toMatch(/999/);
    expect(rows[0]!.bodyText).toMatch(/116 123/);
  });

  it('escalates 1→2→3 with targets from the escalation day, only inside the 20-day window', async () => {
    const { deps, setNow } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase(complaint, deps);
    setNow('2026-06-15T09:00:00Z');
    const stage2 = await escalateCase(created.reference, deps, { actor: 'staff:x' });
    // Escalated Monday 15 June: 10 working days counting that day end on Friday 26 June.
    expect(stage2).toMatchObject({ stage: 2, stageStartedOn: '2026-06-15', stage2DueOn: '2026-06-26' });
    setNow('2026-06-22T09:00:00Z');
    await recordResponse(created.reference, deps, { actor: 'staff:x' });
    // The 20th working day after Monday 22 June is Monday 20 July.
    setNow('2026-07-21T09:00:00Z');
    await expect(escalateCase(created.reference, deps, { actor: 'staff:x' })).rejects.toThrow(
      /escalation window .* ended on 2026-07-20/,
    );
    setNow('2026-07-20T13:00:00Z');
    const stage3 = await escalateCase(created.reference, deps, { actor: 'staff:x' });
    expect(stage3).toMatchObject({ stage: 3, stage3DueOn: '2026-07-31' });
    await expect(escalateCase(created.reference, deps, { actor: 'staff:x' })).rejects.toThrow(/last stage/);
  });

  it('closes with exactly one of the nine reasons and the stage, reopens, and records withdrawals', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase(complaint, deps);
    const closed = await closeCase(created.reference, deps, { actor: 'staff:x', reason: 'partially_upheld' });
    expect(closed).toMatchObject({ status: 'closed', closureReason: 'partially_upheld', closedAtStage: 1 });
    await expect(closeCase(created.reference, deps, { actor: 'staff:x', reason: 'upheld' })).rejects.toThrow(/already closed/);
    const reopened = await reopenCase(created.reference, deps, { actor: 'staff:x' });
    expect(reopened).toMatchObject({ status: 'open', closureReason: null });
    const withdrawn = await withdrawCase(created.reference, deps, { actor: 'staff:x', how: 'oral', note: 'phoned to withdraw' });
    expect(withdrawn.closureReason).toBe('customer_withdrawal');
    const audit = await db.store.cases.auditTrail(created.id);
    expect(audit.map((a) => a.action)).toEqual(['case_created', 'closed', 'reopened', 'withdrawn']);
    expect(audit[3]!.details).toMatchObject({ how: 'oral', note: 'phoned to withdraw' });
  });

  it('keeps staff corrections of type and department for training', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase({ ...complaint, type: 'comment', department: 'other' }, deps);
    await correctClassification(created.reference, deps, { actor: 'staff:x', field: 'department', to: 'infrastructure' });
    const corrected = await correctClassification(created.reference, deps, { actor: 'staff:x', field: 'type', to: 'complaint' });
    expect(corrected).toMatchObject({ type: 'complaint', department: 'infrastructure' });
    const corrections = (await db.store.cases.listClassificationCorrections()).filter((c) => c.caseId === created.id);
    expect(corrections.map((c) => [c.field, c.fromValue, c.toValue])).toEqual([
      ['department', 'other', 'infrastructure'],
      ['type', 'comment', 'complaint'],
    ]);
    expect(corrections[0]!.text).toBe(complaint.description);
  });

  it('refuses a stale update instead of overwriting another member of staff', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await createCase(complaint, deps);
    await db.store.cases.updateCase(created.version, { caseRecord: { ...created, service: 'buses' }, audit: [] });
    await expect(
      db.store.cases.updateCase(created.version, { caseRecord: { ...created, service: 'trains' }, audit: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects a bad intake with one message per field and stores nothing', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const before = await db.store.db.case.count();
    const error = await createCase(
      { type: 'moan', channel: 'pigeon', description: '', contact: { email: 'not-an-address' } },
      deps,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    const fields = (error as AppError).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['type', 'channel', 'description', 'contact.email']));
    expect(await db.store.db.case.count()).toBe(before);
  });
});

describe.each(STORES)('batch creation on %s', (_name, fresh) => {
  it('creates a backlog in one transaction with consecutive references and one acknowledgement each', async () => {
    const db = await fresh();
    try {
      const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
      const { createCases } = await import('../../../core/cases/create-case.js');
      const created = await createCases(
        Array.from({ length: 50 }, (_, i) => ({ ...complaint, description: `Backlog message ${i}` })),
        deps,
      );
      const numbers = created.map((c) => Number(c.reference.slice(-6)));
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(created[7]!.description).toBe('Backlog message 7');
      expect(await db.store.db.outboxMessage.count({ where: { kind: 'acknowledgement', status: 'pending' } })).toBe(50);
      const stored = await db.store.cases.findByReference(created[49]!.reference);
      expect(stored).toMatchObject({ description: 'Backlog message 49', stage1DueOn: '2026-06-16' });
    } finally {
      await db.drop();
    }
  });
});
