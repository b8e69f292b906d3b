import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadClassifier } from '../classify/load-classifier.js';

/**
 * `npm run --silent intake -- classify` (issue 3 contract, used by checks outside the project):
 * JSON Lines in on stdin, `{"id","channel":"chat"|"email","subject":string|null,"text"}`; one JSON
 * line out per input line, in order. A malformed line gets an error object with its line number
 * on that line of output and the rest still run.
 */
const InputSchema = z.object({
  id: z.string(),
  channel: z.enum(['chat', 'email']),
  subject: z.string().nullable().optional(),
  text: z.string(),
});

export default async function classify(argv: string[]): Promise<number> {
  if (argv.length > 0 && (argv[0] === '--help' || argv[0] === '-h')) {
    process.stdout.write('usage: intake classify < messages.jsonl > classifications.jsonl\n');
    return 0;
  }
  const classifier = loadClassifier();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let buffer: string[] = [];
  let failures = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of lines) {
    lineNumber++;
    buffer.push(`${JSON.stringify(classifyLine(line, lineNumber))}\n`);
    if (buffer[buffer.length - 1]!.startsWith('{"error"')) failures++;
    if (buffer.length >= 500) await flush();
  }
  await flush();
  if (failures > 0) process.stderr.write(`intake classify: ${failures} malformed line(s) of ${lineNumber}\n`);
  return 0;

  function classifyLine(line: string, n: number): Record<string, unknown> {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { error: 'malformed JSON', line: n };
    }
    const parsed = InputSchema.safeParse(value);
    if (!parsed.success) {
      const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : undefined;
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
      return { error: `invalid message: ${detail}`, line: n, ...(id !== undefined ? { id } : {}) };
    }
    const { id, channel, subject, text } = parsed.data;
    const result = classifier({ channel, subject: subject ?? null, text });
    return {
      id,
      type: result.type,
      department: result.department,
      outOfScope: result.outOfScope,
      safeguarding: result.safeguarding,
      onBehalfOf: result.onBehalfOf,
      subjectConsentNeededReason: result.subjectConsentNeededReason,
      abusive: result.abusive,
      remedySought: result.remedySought,
      lang: result.lang,
      reasons: result.reasons,
      confidence: result.confidence,
    };
  }
}
