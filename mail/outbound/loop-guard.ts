/**
 * At most N acknowledgements per address per hour (issue 4 §5). Two auto-responders answering
 * each other would otherwise exchange mail forever; RFC 3834 §2 asks responders to limit
 * responses to the same sender.
 */
export const LOOP_GUARD_WINDOW_MS = 60 * 60_000;

export function loopGuardAllows(sentInWindow: number, maxPerWindow: number): boolean {
  return sentInWindow < maxPerWindow;
}
