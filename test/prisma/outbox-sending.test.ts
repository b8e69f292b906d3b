/**
 * The outbox statements the sender runs for every batch, on both databases: who may claim what,
 * that two claimers never share a row, and the loop-guard and suppression look-ups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../../prisma/store/insert-rows.js';
import {
  claimOutbox,
  countAcknowledgementsSince,
  markOutboxSent,
  suppress,
  suppressedAmong,
} from '../../prisma/store/mail/outbox-sending.js';
import { freshPostgres, freshSqlite, type FreshDatabase } from '../support/databases.js';
import { rowsFor } from '../support/sample-rows.js';

const now = new Date('2026-03-04T12:00:00.000Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe.each([
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
])('outbox sending on %s', (_name, fresh) => {
  let database: FreshDatabase;
  const template = rowsFor('outbox', true);

  function outboxRow(id: string, fields: Partial<typeof template.OutboxMessage>) {
    return {
      ...template.OutboxMessage,
      id,
      messageId: `<${id}@feedback.gov.test>`,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: minutes(-1),
      lockedBy: null,
      lockedUntil: null,
      sentAt: null,
      ...fields,
    };
  }

  beforeAll(async () => {
    database = await fresh();
    await insertRows(database.store.db, 'Case', [template.Case]);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('claims due rows oldest first, expired leases and its own crashed rows, and nothing else', async () => {
    const db = database.store.db;
    await insertRows(db, 'OutboxMessage', [
      outboxRow('due-new', { nextAttemptAt: minutes(-1) }),
      outboxRow('due-old', { nextAttemptAt: minutes(-30) }),
      outboxRow('later', { nextAttemptAt: minutes(+5) }),
      outboxRow('lease-expired', { status: 'sending', lockedBy: 'other:1', lockedUntil: minutes(-1) }),
      outboxRow('lease-live', { status: 'sending', lockedBy: 'other:2', lockedUntil: minutes(+1) }),
      outboxRow('mine-from-before', { status: 'sending', lockedBy: 'me:old-token', lockedUntil: minutes(+1) }),
      // A worker whose name merely starts like ours is someone else.
      outboxRow('not-mine', { status: 'sending', lockedBy: 'me2:token', lockedUntil: minutes(+1) }),
      outboxRow('sent', { status: 'sent', sentAt: minutes(-10) }),
    ]);

    // The limit takes the longest-waiting rows first (but returns them in no particular order).
    const first = await claimOutbox(db, 'me', 'me:t1', now, 60_000, 2);
    expect(first.map((r) => r.id).sort()).toEqual(['due-new', 'due-old']);
    expect(first.find((r) => r.id === 'due-old')).toMatchObject({
      attempts: 1,
      toAddress: null,
      bodyText: template.OutboxMessage.bodyText,
    });
    const claimed = await db.outboxMessage.findUniqueOrThrow({ where: { id: 'due-old' } });
    expect(claimed).toMatchObject({ status: 'sending', lockedBy: 'me:t1', lockedUntil: minutes(1) });

    // Only the holder of the claim can record it sent.
    await markOutboxSent(db, ['due-old', 'due-new'], 'someone:else', minutes(1));
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: 'due-old' } })).status).toBe('sending');
    await markOutboxSent(db, ['due-old', 'due-new'], 'me:t1', minutes(1));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: 'due-old' } })).toMatchObject({
      status: 'sent',
      sentAt: minutes(1),
      lockedBy: null,
      lockedUntil: null,
    });
    // The sender settles a batch before it claims the next, so its own earlier tokens are rows
    // a crashed incarnation left behind: claimable again, like expired leases.
    const rest = await claimOutbox(db, 'me', 'me:t2', now, 60_000, 10);
    expect(rest.map((r) => r.id).sort()).toEqual(['lease-expired', 'mine-from-before']);
    // For anyone else, live leases (including those just taken) are not claimable.
    expect(await claimOutbox(db, 'third', 'third:1', now, 60_000, 10)).toEqual([]);
  });

  it('gives two claimers at the same moment disjoint rows', async () => {
    const db = database.store.db;
    await db.outboxMessage.deleteMany({});
    await insertRows(
      db,
      'OutboxMessage',
      Array.from({ length: 60 }, (_, i) => outboxRow(`race-${i}`, { nextAttemptAt: minutes(-60 + i) })),
    );
    const [a, b] = await Promise.all([
      claimOutbox(db, 'a', 'a:1', now, 60_000, 40),
      claimOutbox(db, 'b', 'b:1', now, 60_000, 40),
    ]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const rest = await claimOutbox(db, 'c', 'c:1', now, 60_000, 100);
    expect(ids.length + rest.length).toBe(60);
  });

  it('counts acknowledgements sent since a time per address, and finds suppressed addresses', async () => {
    const db = database.store.db;
    await db.outboxMessage.deleteMany({});
    await insertRows(db, 'OutboxMessage', [
      outboxRow('s1', { toAddress: 'zoe@example.org', status: 'sent', sentAt: minutes(-30) }),
      outboxRow('s2', { toAddress: 'zoe@example.org', status: 'sent', sentAt: minutes(-5) }),
      outboxRow('s3', { toAddress: 'zoe@example.org', status: 'sent', sentAt: minutes(-120) }),
      outboxRow('s4', { toAddress: 'zoe@example.org', status: 'failed', sentAt: null }),
      outboxRow('s5', { toAddress: 'zoe@example.org', status: 'sent', sentAt: minutes(-1), kind: 'safeguarding_alert' }),
      outboxRow('s6', { toAddress: 'ann@example.org', status: 'sent', sentAt: minutes(-1) }),
    ]);
    const counts = await countAcknowledgementsSince(db, ['zoe@example.org', 'ann@example.org', 'bob@example.org'], minutes(-60));
    expect(Object.fromEntries(counts)).toEqual({ 'zoe@example.org': 2, 'ann@example.org': 1 });

    await suppress(db, 'Bounced@Example.org', 'bounced', now);
    expect([...(await suppressedAmong(db, ['bounced@example.org', 'BOUNCED@example.org', 'ok@example.org']))]).toEqual([
      'bounced@example.org',
    ]);
  });
});
