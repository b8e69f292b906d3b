/**
 * Which of our own messages does a bounce report on? A DSN (RFC 3464) returns the original
 * message or its headers (message/rfc822 or text/rfc822-headers, RFC 6522 §3); older MTAs
 * quote them in the body. Any Message-ID in our own domain found anywhere in the bounce names
 * the acknowledgement that failed.
 */
export interface BounceFindings {
  /** Our Message-IDs quoted in the bounce, without angle brackets. */
  ownMessageIds: string[];
  /**
   * RFC 3464 §2.3.3: Action "delayed" means the MTA is still trying; only a report without
   * it (or with "failed") means the message will not arrive.
   */
  permanent: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findBouncedMessages(raw: string, ownMessageIdDomain: string): BounceFindings {
  const ids = new Set<string>();
  if (ownMessageIdDomain) {
    const pattern = new RegExp(`<([^<>\\s@]+@${escapeRegExp(ownMessageIdDomain)})>`, 'gi');
    for (const match of raw.matchAll(pattern)) ids.add(match[1]!);
  }
  const actions = [...raw.matchAll(/^Action:\s*([a-z]+)/gim)].map((m) => m[1]!.toLowerCase());
  const permanent = actions.length === 0 || actions.includes('failed');
  return { ownMessageIds: [...ids], permanent };
}
