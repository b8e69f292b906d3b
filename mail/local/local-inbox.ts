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
import { processBatch } from '../inbound/process-batch.js';
import type { InboundDeps, InboundItem, Outcome } from '../inbound/process-message.js';
import { Wakeup } from '../wakeup.js';

export interface LocalInboxOptions {
  folders: LocalFolders;
  deps: InboundDeps;
  pollIntervalMs: number;
  leaseMs: number;
  batchSize: number;
  concurrency: number;
  onBatchDone?: (outcomes: Outcome[]) => void;
  log: MailLog;
}

export interface LocalInbox {
  stop(): Promise<void>;
}

async function readItem(folder: string, file: string): Promise<InboundItem> {
  const full = path.join(folder, file);
  const [raw, info] = await Promise.all([readFile(full), stat(full)]);
  // The content is part of the identity: a different message dropped later under the same
  // file name is a different copy.
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  return { source: `local:${file}:${digest}`, raw, internalDate: info.mtime };
}

const fileOf = (source: string) => source.slice('local:'.length, source.lastIndexOf(':'));

/** A file written in the last moment may still be being copied in: it waits for the next round. */
const SETTLE_MS = 500;

async function settledFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith('.eml')).sort();
  const youngest = Date.now() - SETTLE_MS;
  const settled = await Promise.all(names.map(async (f) => ((await stat(path.join(folder, f))).mtimeMs <= youngest ? f : null)));
  return settled.filter((f): f is string => f !== null);
}

/** Processes every .eml file waiting in the inbox folder, in batches. */
export async function processLocalInbox(options: LocalInboxOptions): Promise<Outcome[]> {
  const { folders, deps, log } = options;
  await Promise.all([folders.inbox, folders.processed, folders.quarantine].map((d) => mkdir(d, { recursive: true })));
  const files = await settledFiles(folders.inbox);
  const all: Outcome[] = [];
  for (let i = 0; i < files.length; i += options.batchSize) {
    const items = await Promise.all(files.slice(i, i + options.batchSize).map((f) => readItem(folders.inbox, f)));
    const { outcomes, failures } = await processBatch(items, deps, options.concurrency);
    for (const f of failures) log('inbound_failed', { source: f.source, error: f.error?.message });
    for (const o of outcomes) {
      if (o.destination === 'leave') continue;
      const file = fileOf(o.source);
      await rename(
        path.join(folders.inbox, file),
        path.join(o.destination === 'processed' ? folders.processed : folders.quarantine, file),
      );
    }
    if (outcomes.length) options.onBatchDone?.(outcomes);
    all.push(...outcomes);
  }
  return all;
}

export function startLocalInbox(options: LocalInboxOptions): LocalInbox {
  const { deps, log } = options;
  const wakeup = new Wakeup();
  const leaseName = `mail-inbound:local:${options.folders.inbox}`;
  let stopping = false;

  const done = (async () => {
    while (!stopping) {
      try {
        // One reader per folder, as for an IMAP mailbox.
        if (await deps.store.acquireLease(leaseName, deps.worker, deps.caseDeps.now(), options.leaseMs))
          await processLocalInbox(options);
      } catch (error) {
        log('local_inbox_error', { error: (error as Error).message });
      }
      await wakeup.wait(options.pollIntervalMs);
    }
    await deps.store.releaseLease(leaseName, deps.worker).catch(() => undefined);
  })();

  return {
    async stop() {
      stopping = true;
      wakeup.fire();
      await done;
    },
  };
}
