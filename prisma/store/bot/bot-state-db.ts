/** A row of BotState (prisma/datamodel.prisma, "Website chat"): one botbuilder Storage item. */
export interface BotStateRow {
  key: string;
  /** The item as JSON text (the datamodel stores JSON as text on both providers). */
  data: string;
  eTag: string;
  expiresAt: Date;
  updatedAt: Date;
}

/**
 * The part of either generated Prisma client (SQLite or PostgreSQL) the bot-state functions use,
 * so they run on both without knowing which.
 */
export interface BotStateDb {
  botState: {
    findMany(args: { where: { key: { in: string[] }; expiresAt: { gt: Date } } }): Promise<BotStateRow[]>;
    create(args: { data: BotStateRow }): Promise<unknown>;
    updateMany(args: { where: { key: string; eTag?: string }; data: Omit<BotStateRow, 'key'> }): Promise<{ count: number }>;
    deleteMany(args: { where: { key: { in: string[] } } | { expiresAt: { lte: Date } } }): Promise<{ count: number }>;
  };
}
