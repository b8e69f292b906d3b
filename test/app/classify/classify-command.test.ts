import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');

/** Run `intake classify` with the given stdin, as the external checks do. */
function classify(input: string): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['app/intake.ts', 'classify'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: stdout.split('\n').filter((l) => l.length > 0), stderr }));
    child.stdin.end(input);
  });
}

const FIELDS = [
  'id',
  'type',
  'department',
  'outOfScope',
  'safeguarding',
  'onBehalfOf',
  'subjectConsentNeededReason',
  'abusive',
  'remedySought',
  'lang',
];

describe('intake classify (issue 3 contract)', () => {
  it('answers one JSON line per input line, in order, with every contract field', async () => {
    const input = [
      {
        id: 'a1',
        channel: 'chat',
        subject: null,
        text: 'The bins on our road have not been collected for three weeks. Please sort it.',
      },
      {
        id: 'a2',
        channel: 'email',
        subject: 'Thank you',
        text: 'Please thank the nurses on Corbiere ward, they were wonderful to me.',
      },
      { id: 'a3', channel: 'chat', subject: null, text: 'If my benefits stop again I am going to kill myself.' },
      { id: 'a4', channel: 'chat', subject: null, text: 'Obrigado pela ajuda com a minha pensão, foram muito simpáticos.' },
    ]
      .map((m) => JSON.stringify(m))
      .join('\n');
    const { code, lines } = await classify(`${input}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(4);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const result of out) expect(Object.keys(result)).toEqual(expect.arrayContaining(FIELDS));
    expect(out.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(out[0]).toMatchObject({ type: 'complaint', department: 'infrastructure', safeguarding: false, lang: 'en' });
    expect(out[1]).toMatchObject({ type: 'compliment', department: 'health', remedySought: null });
    expect(out[2]).toMatchObject({ safeguarding: true });
    expect((out[2]!.reasons as Record<string, string[]>).safeguarding).toEqual(['kill myself']);
    expect(out[3]).toMatchObject({ type: 'compliment', lang: 'pt' });
  });

  it('answers a malformed line with an error carrying its line number, and carries on', async () => {
    const good = JSON.stringify({ id: 'ok', channel: 'chat', subject: null, text: 'The website keeps crashing when I pay.' });
    const input = [good, '{not json', JSON.stringify({ id: 'bad', channel: 'fax', text: 'hello' }), '', good].join('\n');
    const { code, lines } = await classify(`${input}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(5);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ id: 'ok', type: 'complaint' });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1]!.error).toEqual(expect.any(String));
    expect(out[2]).toMatchObject({ line: 3, id: 'bad' });
    expect(out[3]).toMatchObject({ line: 4 });
    expect(out[4]).toMatchObject({ id: 'ok', type: 'complaint' });
  });
});
