import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCorrespondence } from '../../../core/cases/add-correspondence.js';
import { closeCase } from '../../../core/cases/close-case.js';
import { createCase } from '../../../core/cases/create-case.js';
import { applyRetention } from '../../../core/retention/apply-retention.js';
import { STORES, type FreshDatabase } from '../../support/databases.js';
import { complaint, testDeps } from '../cases/case-fixtures.js';

describe.each(STORES)('retention on %s', (_name, fresh) => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await fresh();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('anonymises personal information one year after closure, and education cases after 100 years', async () => {
    const { deps, setNow } = testDeps(db.store, { now: '2026-01-05T10:00:00Z' });
    const general = await createCase({ ...complaint, receivedAt: '2026-01-05T10:00:00Z', department: 'health' }, deps);
    const school = await createCase({ ...complaint, receivedAt: '2026-01-05T10:00:00Z', department: 'education' }, deps);
    const open = await createCase({ ...complaint, receivedAt: '2026-01-05T10:00:00Z' }, deps);
    await addCorrespondence(general.reference, deps, {
      actor: 'staff:x',
      direction: 'note',
      channel: 'phone',
      text: 'Ann called about her leg',
    });
    await db.store.db.inboundMessage.create({
      data: {
        id: 'in-1',
        source: 'test:1',
        dedupeKey: 'k1',
        contentHash: 'h1',
        internalDate: new Date('2026-01-05T10:00:00Z'),
        status: 'done',
        caseId: general.id,
        createdAt: new Date('2026-01-05T10:00:00Z'),
        attachments: {
          create: {
            id: 'att-1',
            caseId: general.id,
            filename: 'ann-medical-letter.pdf',
            contentType: 'application/pdf',
            size: 3,
            sha256: 'abc',
            content: new Uint8Array([1, 2, 3]),
            createdAt: new Date('2026-01-05T10:00:00Z'),
          },
        },
      },
    });
    setNow('2026-02-02T10:00:00Z');
    await closeCase(general.reference, deps, { actor: 'staff:x', reason: 'upheld' });
    await closeCase(school.reference, deps, { actor: 'staff:x', reason: 'upheld' });

    setNow('2027-02-01T10:00:00Z');
    expect(await applyRetention(deps, { actor: 'system' })).toEqual([]);
    setNow('2027-02-02T10:00:00Z');
    expect(await applyRetention(deps, { actor: 'system', dryRun: true })).toEqual([general.reference]);
    expect(await applyRetention(deps, { actor: 'system' })).toEqual([general.reference]);

    const after = (await db.store.cases.findByReference(general.reference))!;
    expect(after.description).toBe('[anonymised]');
    expect(after.parties[0]).toMatchObject({ name: null, email: null });
    // What the reports need stays.
    expect(after).toMatchObject({
      type: 'complaint',
      department: 'health',
      closureReason: 'upheld',
      stage1DueOn: general.stage1DueOn,
    });
    expect((await db.store.cases.correspondence(general.id))[0]!.text).toBe('[anonymised]');
    const ack = await db.store.db.outboxMessage.findFirst({ where: { caseId: general.id } });
    expect(ack).toMatchObject({ bodyText: '[anonymised]', toAddress: null });
    const attachment = await db.store.db.inboundAttachment.findUnique({ where: { id: 'att-1' } });
    expect(attachment).toMatchObject({ content: null, filename: '[anonymised]', sha256: 'abc', size: 3 });
    expect((await db.store.cases.findByReference(school.reference))!.parties[0]!.email).toBe('ann@example.org');
    expect((await db.store.cases.findByReference(open.reference))!.description).toBe(complaint.description);
    expect(await applyRetention(deps, { actor: 'system' })).toEqual([]);
  });
});
