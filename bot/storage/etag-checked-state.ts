import { AsyncLocalStorage } from 'node:async_hooks';
import { ConversationState, type Storage, type StoreItems, type TurnContext } from 'botbuilder';

const readETag = new AsyncLocalStorage<string | undefined>();

/** Replaces the "*" BotState writes with the eTag this turn read (see below). */
class ReadETagStorage implements Storage {
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    const eTag = readETag.getStore();
    if (eTag) for (const item of Object.values(changes)) if (item.eTag === '*') item.eTag = eTag;
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/**
 * botbuilder's BotState.saveChanges writes with eTag "*" (last writer wins). A conversation that
 * two instances behind a load balancer might serve at once must not lose an answer that way, so
 * this state writes with the eTag it read: the store refuses a stale turn with an eTag conflict
 * (PrismaStorage), and the turn fails visibly instead of overwriting a newer one.
 */
export class EtagCheckedConversationState extends ConversationState {
  constructor(storage: Storage) {
    super(new ReadETagStorage(storage));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as { eTag?: unknown } | undefined;
    const eTag = typeof state?.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined;
    return readETag.run(eTag, () => super.saveChanges(context, force));
  }
}
