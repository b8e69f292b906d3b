import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORES, type FreshDatabase } from '../support/databases.js';
import { CLOCK_CASES } from '../core/clocks/clock-cases.js';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

async function intake(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, ['app/intake.ts', ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('intake clock', () => {
  it('prints exactly the contract JSON for a hand-worked case', async () => {
    const c = CLOCK_CASES.find((x) => x.consentReceived)!;
    const out = await intake([
      'clock',
      '--received',
      c.received,
      '--consent-received',
      c.consentReceived!,
      '--profile',
      c.profile,
    ]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      profile: c.profile,
      clockStartsOn: c.clockStartsOn,
      initialResponseDueOn: c.initialResponseDueOn,
      stageDueOn: c.stageDueOn,
    });
  });

  it('explains a bad instant or profile and exits non-zero without a stack trace', async () => {
    const bad = await intake(['clock', '--received', '10/06/2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ISO 8601 instant/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
    const profile = await intake(['clock', '--received', '2026-06-10T10:00:00Z', '--profile', 'mars']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/unknown policy profile "mars"/);
  });
});

describe.each(STORES)('intake cases on %s', (_name, fresh) => {
  let db: FreshDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await fresh();
    env = { DATABASE_URL: db.url };
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('creates, lists, shows, escalates and closes a case', async () => {
    const file = path.join(tmpdir(), `intake-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        type: 'complaint',
        channel: 'phone',
        receivedAt: '2026-06-10T14:30:00Z',
        description: 'My mother waited six hours in A&E.',
        contact: { name: 'Ann', email: 'ann@example.org' },
        onBehalfOf: { relationship: 'child', subjectName: 'Marie', exemption: 'lacks_capacity' },
        recordedBy: 'staff:test',
      }),
    );
    const created = await intake(['cases', 'create', '--json', file], env);
    expect(created.stderr).toBe('');
    const view = JSON.parse(created.stdout);
    expect(view).toMatchObject({
      type: 'complaint',
      channel: 'phone',
      status: 'open',
      stage: 1,
      clockStartsOn: '2026-06-11',
      initialResponseDueOn: '2026-06-12',
      stageDueOn: { 1: '2026-06-17', 2: '2026-06-24', 3: '2026-06-24' },
      onBehalfOf: 'child',
      consentStatus: 'exempt',
      anonymous: false,
      contactEmail: 'ann@example.org',
      language: 'en',
      safeguarding: false,
      abusive: false,
      outOfScope: null,
    });
    for (const key of ['reference', 'department', 'receivedAt']) expect(view).toHaveProperty(key);

    const list = JSON.parse((await intake(['cases', 'list', '--json'], env)).stdout);
    expect(list.map((c: { reference: string }) => c.reference)).toContain(view.reference);

    const escalated = await intake(['cases', 'escalate', view.reference, '--json'], env);
    expect(JSON.parse(escalated.stdout)).toMatchObject({ stage: 2 });

    const closed = await intake(['cases', 'close', view.reference, '--reason', 'upheld'], env);
    expect(closed.code).toBe(0);
    const shown = JSON.parse((await intake(['cases', 'show', view.reference, '--json'], env)).stdout);
    expect(shown).toMatchObject({ status: 'closed', closureReason: 'upheld', closedAtStage: 2 });
  });

  it('rejects bad intakes with field-level messages, and unknown references and reasons clearly', async () => {
    const file = path.join(tmpdir(), `bad-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ type: 'rant', channel: 'email', description: 'x', contact: { email: 'nope' } }));
    const bad = await intake(['cases', 'create', '--json', file], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/type:/);
    expect(bad.stderr).toMatch(/contact\.email: must be an email address/);
    const missing = await intake(['cases', 'show', 'FB-2026-999999'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no case with reference FB-2026-999999/);
    const reason = await intake(['cases', 'close', 'FB-2026-000001', '--reason', 'bored'], env);
    expect(reason.code).toBe(2);
    expect(reason.stderr).toMatch(/unknown closure reason "bored"/);
  });
});
