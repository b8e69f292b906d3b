/**
 * Which attachments are kept. Executables are refused because staff open attachments on
 * office machines; size and count limits keep one message from filling the store. Every
 * refusal is noted on the case so staff know something was sent and not kept.
 */
import { extname } from 'node:path';

export interface AttachmentLimits {
  maxBytesEach: number;
  maxCount: number;
  maxBytesTotal: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytesEach: 10 * 1024 * 1024,
  maxCount: 10,
  maxBytesTotal: 25 * 1024 * 1024,
};

export interface AttachmentCandidate {
  filename: string;
  contentType: string;
  size: number;
  /** The first bytes of the content, for the executable signatures. */
  head: Uint8Array;
}

export type AttachmentVerdict = { accepted: true } | { accepted: false; reason: string };

const EXECUTABLE_EXTENSIONS = new Set([
  '.exe',
  '.com',
  '.bat',
  '.cmd',
  '.scr',
  '.pif',
  '.cpl',
  '.msi',
  '.msp',
  '.dll',
  '.sys',
  '.js',
  '.jse',
  '.vbs',
  '.vbe',
  '.wsf',
  '.wsh',
  '.hta',
  '.ps1',
  '.psm1',
  '.reg',
  '.lnk',
  '.jar',
  '.sh',
  '.bash',
  '.app',
  '.apk',
  '.dmg',
  '.deb',
  '.rpm',
  '.elf',
  '.bin',
  '.run',
  '.iso',
]);

const EXECUTABLE_TYPES =
  /^(application\/(x-msdownload|x-msdos-program|x-dosexec|x-executable|x-elf|x-sh|x-bat|x-msi|java-archive|x-java-archive|vnd\.microsoft\.portable-executable|hta|x-ms-shortcut)|text\/(x-sh|javascript|vbscript))\b/i;

function startsWith(head: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => head[i] === byte);
}

/** Windows PE ("MZ"), ELF and Mach-O headers, and "#!" scripts, whatever the file is called. */
function hasExecutableSignature(head: Uint8Array): boolean {
  return (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0x23, 0x21])
  );
}

export function judgeAttachments(
  candidates: readonly AttachmentCandidate[],
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): AttachmentVerdict[] {
  let kept = 0;
  let keptBytes = 0;
  return candidates.map((candidate) => {
    const extension = extname(candidate.filename).toLowerCase();
    if (EXECUTABLE_EXTENSIONS.has(extension)) return { accepted: false, reason: `executable file type (${extension})` };
    if (EXECUTABLE_TYPES.test(candidate.contentType))
      return { accepted: false, reason: `executable content type (${candidate.contentType})` };
    if (hasExecutableSignature(candidate.head)) return { accepted: false, reason: 'executable content' };
    if (candidate.size > limits.maxBytesEach) return { accepted: false, reason: `larger than ${limits.maxBytesEach} bytes` };
    if (kept >= limits.maxCount) return { accepted: false, reason: `more than ${limits.maxCount} attachments` };
    if (keptBytes + candidate.size > limits.maxBytesTotal)
      return { accepted: false, reason: `attachments exceed ${limits.maxBytesTotal} bytes in total` };
    kept += 1;
    keptBytes += candidate.size;
    return { accepted: true };
  });
}
