import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { BotStateDb } from '../../prisma/store/bot/bot-state-db.js';
import { deleteBotStates, deleteExpiredBotStates } from '../../prisma/store/bot/delete-bot-states.js';
import { readBotStates, type StoredBotState } from '../../prisma/store/bot/read-bot-states.js';
import { writeBotStates, type BotStateWrite } from '../../prisma/store/bot/write-bot-state.js';

/** Rows per write statement (5 parameters each, 2 more for an eTag check). */
const MAX_WRITES_PER_STATEMENT = 200;

export interface PrismaStorageOptions {
  /** Items not written for this long expire (issue 5 §4: idle conversations are forgotten). */
  ttlMs: number;
  now?: () => Date;
}

/**
 * botbuilder's Storage on the project's store (SQLite or PostgreSQL), so any instance can
 * continue any conversation. Follows the Storage contract of botbuilder's MemoryStorage: an
 * item written with an eTag other than "*" must still have that eTag in the store, else the
 * write fails with an eTag conflict; every write gives the item a new eTag.
 */
export class PrismaStorage implements Storage {
  private readonly now: () => Date;

  constructor(
    private readonly db: BotStateDb,
    private readonly options: PrismaStorageOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  private batch: { keys: Set<string>; rows: Promise<Map<string, StoredBotState>> } | null = null;

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const rows = await this.readBatched(keys);
    const items: StoreItems = {};
    for (const key of keys) {
      const row = rows.get(key);
      if (row) items[key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
    }
    return items;
  }

  /**
   * A turn loads conversation and user state at the same moment; reads issued together are
   * sent as one query.
   */
  private readBatched(keys: string[]): Promise<Map<string, StoredBotState>> {
    if (!this.batch) {
      const batch = { keys: new Set<string>(), rows: Promise.resolve(new Map<string, StoredBotState>()) };
      batch.rows = new Promise((resolve, reject) => {
        setImmediate(() => {
          if (this.batch === batch) this.batch = null;
          readBotStates(this.db, [...batch.keys], this.now())
            .then((rows) => resolve(new Map(rows.map((row) => [row.key, row]))))
            .catch(reject);
        });
      });
      this.batch = batch;
    }
    for (const key of keys) this.batch.keys.add(key);
    return this.batch.rows;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.options.ttlMs);
    const entries = Object.entries(changes) as [string, Record<string, unknown>][];
    const outcomes = await Promise.all(
      entries.map(([key, item]) => {
        const { eTag: presented, ...data } = item;
        const expectedETag = typeof presented === 'string' && presented !== '*' && presented !== '' ? presented : undefined;
        const eTag = randomUUID();
        return this.writeBatched({ row: { key, data: JSON.stringify(data), eTag, expiresAt, updatedAt: now }, expectedETag });
      }),
    );
    const refused = entries.findIndex((_, i) => !outcomes[i]!.written);
    if (refused >= 0) throw new Error(`Storage: error writing "${entries[refused]![0]}" due to eTag conflict.`);
    // The caller's copy carries the new eTag, so the same turn can save again without a conflict.
    entries.forEach(([, item], i) => (item.eTag = outcomes[i]!.eTag));
  }

  private writeBatches: WriteBatch[] = [];

  /**
   * Turns that were read together (above) run together and save together: writes issued in the
   * same moment are sent as one statement (distinct keys per statement; a second write of a key
   * goes in another statement, sent at the same time).
   */
  private async writeBatched(write: BotStateWrite): Promise<{ written: boolean; eTag: string }> {
    let batch = this.writeBatches.find((b) => !b.writes.has(write.row.key) && b.writes.size < MAX_WRITES_PER_STATEMENT);
    if (!batch) {
      if (this.writeBatches.length === 0) {
        setImmediate(() => {
          const due = this.writeBatches;
          this.writeBatches = [];
          const now = this.now();
          for (const b of due) writeBotStates(this.db, [...b.writes.values()], now).then(b.resolve, b.reject);
        });
      }
      batch = new WriteBatch();
      this.writeBatches.push(batch);
    }
    batch.writes.set(write.row.key, write);
    const written = await batch.keys;
    return { written: written.has(write.row.key), eTag: write.row.eTag };
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await deleteBotStates(this.db, keys);
  }

  /** Deletes expired items; the server calls this on a timer. */
  async sweepExpired(): Promise<number> {
    return deleteExpiredBotStates(this.db, this.now());
  }
}

class WriteBatch {
  readonly writes = new Map<string, BotStateWrite>();
  resolve!: (written: Set<string>) => void;
  reject!: (error: unknown) => void;
  /** The keys the statement wrote. */
  readonly keys = new Promise<Set<string>>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}
