/**
 * The embedded inbox (issue 4 §6): .eml files dropped into a folder go through the same
 * pipeline as IMAP mail, then move to the processed or quarantine folder. The file's
 * modification time stands in for the server's arrival time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LocalFolders } from '../mail-config.js';
import type { MailLog } from '../mail-log.js';
import { processMessage, type InboundDeps, type Outcome } from '../inbound/process-message.js';
import { runLimited } from '../run-limited.js';
import { Wakeup } from '../wakeup.js';

export interface LocalInboxOptions {
  folders: LocalFolders;
  deps: InboundDeps;
  pollIntervalMs: number;
  concurrency: number;
  onBatchDone?: (outcomes: Outcome[]) => void;
  log: MailLog;
}

export interface LocalInbox {
  /** Processes every file waiting now; resolves with their outcomes. */
  processWaiting(): Promise<Outcome[]>;
  stop(): Promise<void>;
}

async function processFile(file: string, options: LocalInboxOptions): Promise<Outcome> {
  const { folders, deps } = options;
  const full = path.join(folders.inbox, file);
  const [raw, info] = await Promise.all([readFile(full), stat(full)]);
  // The content is part of the name: a different message dropped later under the same file
  // name is a different copy.
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  const outcome = await processMessage({ source: `local:${file}:${digest}`, raw, internalDate: info.mtime }, deps);
  if (outcome.destination !== 'leave') {
    const target = outcome.destination === 'processed' ? folders.processed : folders.quarantine;
    await rename(full, path.join(target, file));
  }
  return outcome;
}

export function startLocalInbox(options: LocalInboxOptions): LocalInbox {
  const { folders, deps, log } = options;
  const wakeup = new Wakeup();
  const leaseName = `mail-inbound:local:${folders.inbox}`;
  let stopping = false;
  let running: Promise<Outcome[]> = Promise.resolve([]);

  async function processWaiting(): Promise<Outcome[]> {
    await Promise.all([folders.inbox, folders.processed, folders.quarantine].map((d) => mkdir(d, { recursive: true })));
    if (!(await deps.store.acquireLease(leaseName, deps.worker, deps.caseDeps.now(), 30_000))) return [];
    const files = (await readdir(folders.inbox)).filter((f) => f.toLowerCase().endsWith('.eml')).sort();
    const settled = await runLimited(files, options.concurrency, (file) => processFile(file, options));
    const outcomes: Outcome[] = [];
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') outcomes.push(r.value);
      else log('inbound_failed', { source: `local:${files[i]}`, error: (r.reason as Error)?.message });
    });
    if (outcomes.length) options.onBatchDone?.(outcomes);
    return outcomes;
  }

  const done = (async () => {
    while (!stopping) {
      try {
        running = processWaiting();
        await running;
      } catch (error) {
        log('local_inbox_error', { error: (error as Error).message });
      }
      await wakeup.wait(options.pollIntervalMs);
    }
    await deps.store.releaseLease(leaseName, deps.worker).catch(() => undefined);
  })();

  return {
    processWaiting: async () => {
      await running.catch(() => undefined);
      return processWaiting();
    },
    async stop() {
      stopping = true;
      wakeup.fire();
      await done;
    },
  };
}
