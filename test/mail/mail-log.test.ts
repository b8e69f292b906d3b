/** Log lines never carry an address in clear, even inside a server's error text. */
import { describe, expect, it } from 'vitest';
import { redactAddresses } from '../../mail/mail-log.js';

describe('redactAddresses', () => {
  it.each([
    ['550 5.1.1 <anna@example.org>: Recipient address rejected', '550 5.1.1 <<address>>: Recipient address rejected'],
    ['mailbox anna.smith+feedback@mail.example.org is full', 'mailbox <address> is full'],
    ['connect ECONNREFUSED 127.0.0.1:25', 'connect ECONNREFUSED 127.0.0.1:25'],
  ])('%s', (text, expected) => {
    expect(redactAddresses(text)).toBe(expected);
  });
});
