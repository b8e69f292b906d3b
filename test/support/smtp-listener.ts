/**
 * A real SMTP listener for tests (`smtp-server`, ../shared/STACK.md "SMTP in tests"): the
 * outbound worker delivers to it over TCP exactly as it would to a production relay. Tests read
 * what arrived, and can make the server answer 4xx (try again later) or 5xx (permanent failure),
 * or stop and start it on the same port to simulate an outage.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './dovecot.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
  /** Header lookup by lower-case name, as the raw text after the colon (unfolded). */
  header(name: string): string | undefined;
}

export type ListenerMode = 'accept' | 'tempfail' | 'permfail';

export interface SmtpListener {
  host: string;
  port: number;
  received: ReceivedMail[];
  /** How many messages were accepted (parsed or not). */
  count(): number;
  setMode(mode: ListenerMode): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when at least `count` messages have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

function headerLookup(raw: Buffer): (name: string) => string | undefined {
  const headText = raw.toString('utf8').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = headText.replace(/\r?\n[ \t]+/g, ' ');
  const map = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const key = line.slice(0, colon).trim().toLowerCase();
      if (!map.has(key)) map.set(key, line.slice(colon + 1).trim());
    }
  }
  return (name) => map.get(name.toLowerCase());
}

/**
 * `parse: false` only counts what arrives (benchmarks: the listener shares the CPU with the
 * workers being measured); `received` then stays empty and `count()` tells how many arrived.
 */
export async function startSmtpListener(options: { port?: number; parse?: boolean } = {}): Promise<SmtpListener> {
  const parse = options.parse ?? true;
  let arrived = 0;
  const port = options.port ?? (await freePort());
  const received: ReceivedMail[] = [];
  let mode: ListenerMode = 'accept';
  let server: SMTPServer | null = null;
  const waiters: Array<() => void> = [];

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 50 * 1024 * 1024,
      onMailFrom(_address, _session, callback) {
        if (mode === 'tempfail') {
          const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(err);
        }
        if (mode === 'permfail') {
          const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          return callback(err);
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          arrived += 1;
          if (!parse) {
            for (const wake of waiters.splice(0)) wake();
            return callback();
          }
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              received.push({
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
                raw,
                parsed,
                header: headerLookup(raw),
              });
              for (const wake of waiters.splice(0)) wake();
              callback();
            })
            .catch(callback);
        });
      },
    });

  const start = async () => {
    if (server) return;
    server = create();
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(port, '127.0.0.1', () => resolve());
    });
  };
  const stop = async () => {
    if (!server) return;
    const current = server;
    server = null;
    await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await start();
  return {
    host: '127.0.0.1',
    port,
    received,
    count: () => arrived,
    setMode: (next) => {
      mode = next;
    },
    start,
    stop,
    waitFor: async (count, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`SMTP listener: expected ${count} messages, got ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received;
    },
  };
}
