/**
 * Turns many single-row writes that finish at about the same time into few set-based ones: the
 * first write goes at once; writes arriving while a statement is in flight wait and go together
 * in the next one. Each caller's promise settles when the statement that carried its item has
 * committed, so a caller never moves on before its write is durable (the crash window is no
 * wider than with one statement per row, and under load it is narrower: no queue of single
 * statements). Written here because it is a dozen lines; batching libraries (DataLoader) flush
 * per event-loop tick instead of per statement, which gives no batching against a slow store.
 */
export function coalesceWrites<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: Array<{ item: T; resolve: () => void; reject: (error: unknown) => void }> = [];
  let busy = false;
  const flush = () => {
    if (busy || waiting.length === 0) return;
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
