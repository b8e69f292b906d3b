/** Which attachments are kept on a case, and why the others were refused. */
import { describe, expect, it } from 'vitest';
import { judgeAttachments } from '../../../mail/inbound/attachment-policy.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const pdf = { filename: 'letter.pdf', contentType: 'application/pdf', size: 1000, head: bytes(0x25, 0x50, 0x44, 0x46) };

describe('judgeAttachments', () => {
  const single: Array<[string, Parameters<typeof judgeAttachments>[0][number], boolean, string?]> = [
    ['a PDF letter', pdf, true],
    ['a photo', { filename: 'pothole.jpg', contentType: 'image/jpeg', size: 200_000, head: bytes(0xff, 0xd8) }, true],
    [
      'a Windows program by name',
      { filename: 'invoice.exe', contentType: 'application/octet-stream', size: 10, head: bytes(0) },
      false,
      'executable file type',
    ],
    [
      'a script by name',
      { filename: 'run.ps1', contentType: 'text/plain', size: 10, head: bytes(0x24) },
      false,
      'executable file type',
    ],
    [
      'a program disguised as a PDF',
      { filename: 'invoice.pdf', contentType: 'application/pdf', size: 10, head: bytes(0x4d, 0x5a, 0x90) },
      false,
      'executable content',
    ],
    [
      'an executable content type',
      { filename: 'file', contentType: 'application/x-msdownload', size: 10, head: bytes(0) },
      false,
      'executable content type',
    ],
    ['a file over the size limit', { ...pdf, size: 11 * 1024 * 1024 }, false, 'larger than'],
  ];
  it.each(single)('%s', (_name, candidate, accepted, reason) => {
    const [verdict] = judgeAttachments([candidate]);
    expect(verdict!.accepted).toBe(accepted);
    if (!verdict!.accepted) expect(verdict!.reason).toContain(reason);
  });

  it('keeps at most the configured number and refuses the rest with the reason', () => {
    const verdicts = judgeAttachments([pdf, pdf, pdf], { maxBytesEach: 10_000, maxCount: 2, maxBytesTotal: 100_000 });
    expect(verdicts.map((v) => v.accepted)).toEqual([true, true, false]);
    expect(verdicts[2]).toMatchObject({ reason: 'more than 2 attachments' });
  });

  it('refuses what would exceed the total size', () => {
    const verdicts = judgeAttachments([pdf, pdf], { maxBytesEach: 10_000, maxCount: 10, maxBytesTotal: 1_500 });
    expect(verdicts.map((v) => v.accepted)).toEqual([true, false]);
  });
});
