import { createHash } from 'node:crypto';

/** SHA-256 of a file's bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "captures/000_c8bb.txt" -> "/captures/000_c8bb.txt": where the archive serves a capture file. */
export function captureHref(file: string): string {
  return `/${file}`;
}

/** True when a capture's bytes still have the SHA-256 its entry recorded. */
export function matchesChecksum(bytes: Uint8Array, expected: string): boolean {
  return sha256Hex(bytes) === expected;
}

/** Throws unless the capture's bytes still match the checksum its entry recorded. */
export function assertFixity(file: string, bytes: Uint8Array, expected: string): void {
  if (!matchesChecksum(bytes, expected)) {
    const actual = sha256Hex(bytes);
    throw new Error(`content/${file}: SHA-256 is ${actual}, but the entry records capture.sha256 ${expected}`);
  }
}
