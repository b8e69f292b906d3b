import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../core/clocks/local-date.js';

const wall = (iso: string, zone = 'Europe/Jersey') => localDateTime(new Date(iso), zone).toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");

describe('localDateTime', () => {
  it('gives the wall-clock time on both sides of the summer-time changes, asked in any order', () => {
    // Spring forward: 01:00 GMT becomes 02:00 BST on Sunday 29 March 2026.
    expect(wall('2026-03-29T00:59:59.999Z')).toBe('2026-03-29T00:59:59.999');
    expect(wall('2026-03-29T01:00:00.000Z')).toBe('2026-03-29T02:00:00.000');
    expect(wall('2026-03-29T00:59:30.000Z')).toBe('2026-03-29T00:59:30.000');
    // Fall back: 02:00 BST becomes 01:00 GMT on Sunday 25 October 2026.
    expect(wall('2026-10-25T00:59:59.000Z')).toBe('2026-10-25T01:59:59.000');
    expect(wall('2026-10-25T01:00:00.000Z')).toBe('2026-10-25T01:00:00.000');
  });

  it('keeps zones apart for the same instant', () => {
    expect(wall('2026-06-10T14:30:00Z', 'Europe/Jersey')).toBe('2026-06-10T15:30:00.000');
    expect(wall('2026-06-10T14:30:00Z', 'America/St_Johns')).toBe('2026-06-10T12:00:00.000');
    expect(wall('2026-06-10T14:30:00Z', 'UTC')).toBe('2026-06-10T14:30:00.000');
  });

  it('refuses an unknown time zone and an invalid instant', () => {
    expect(() => localDateTime(new Date('2026-06-10T14:30:00Z'), 'Mars/Olympus')).toThrow(/invalid/);
    expect(() => localDateTime(new Date('nonsense'), 'Europe/Jersey')).toThrow(/invalid/);
  });
});
