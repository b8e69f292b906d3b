/**
 * Turns many single-row writes that finish at about the same time into few set-based ones:
 * writes arriving while a statement is in flight wait and go together in the next one, and with
 * `lingerMs` a lone write waits that long for company first. Each caller's promise settles when
 * the statement that carried its item has committed, so a caller never moves on before its
 * write is durable; the price is that a write may sit up to `lingerMs` before it starts.
 * Written here because it is a dozen lines; batching libraries (DataLoader) flush per
 * event-loop tick, which gathers nothing when the writes come from separate network replies.
 */
export function coalesceWrites<T>(
  write: (items: T[]) => Promise<void>,
  options: { lingerMs?: number } = {},
): (item: T) => Promise<void> {
  let waiting: Array<{ item: T; resolve: () => void; reject: (error: unknown) => void }> = [];
  let busy = false;
  let lingering = false;
  let lingered = false;
  const flush = () => {
    if (busy || lingering || waiting.length === 0) return;
    if (options.lingerMs && waiting.length === 1 && !lingered) {
      // A lone item waits a moment for company: against a fast store, writing each item as soon
      // as the previous statement returns still meant one statement per four or five items.
      lingering = true;
      setTimeout(() => {
        lingering = false;
        lingered = true;
        flush();
      }, options.lingerMs);
      return;
    }
    lingered = false;
    busy = true;
    const batch = waiting;
    waiting = [];
    write(batch.map((w) => w.item))
      .then(
        () => batch.forEach((w) => w.resolve()),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        busy = false;
        flush();
      });
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      flush();
    });
}
