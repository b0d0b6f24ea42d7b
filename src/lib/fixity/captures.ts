import { createHash } from 'node:crypto';

/** SHA-256 of a file's bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Endings a static host serves as something a browser runs or renders with scripts (HTML, SVG,
 * XML with stylesheets, scripts): a capture is never published under one.
 */
const ACTIVE = /\.(html?|xhtml|shtml|svgz?|xml|xsl|xslt|js|mjs|php|swf|pdf)$/i;

/**
 * Where the archive publishes a capture file, relative to the site: its own name, or with `.txt`
 * added when the name ends as a page or script would, so that every host, whether it reads
 * `_headers` or not, serves its bytes as plain text and no script of a hostile page ever runs on
 * the archive's origin. "captures/page.html" -> "captures/page.html.txt".
 */
export function capturePath(file: string): string {
  return ACTIVE.test(file) ? `${file}.txt` : file;
}

/** Where the view of a capture is published: a folder of its own outside /captures/. */
export const captureViewPath = (file: string) =>
  `capture-views/${file.replace(/^captures\//, '').replace(/\.[^.]+$/, '')}/`;

/**
 * Where the WACZ package of a WARC capture is published: outside /captures/, whose files are
 * served as plain text, so that it downloads as the ZIP it is. "captures/5f1c.warc" -> "wacz/5f1c.wacz".
 */
export const waczPath = (file: string) => `wacz/${file.replace(/^captures\//, '').replace(/\.[^.]+$/, '')}.wacz`;

/** Whether a capture of this format has a view: pages do, plain text needs none. */
export const hasCaptureView = (format: string) => format === 'html' || format === 'warc';

/** "captures/000_c8bb.txt" -> "/captures/000_c8bb.txt": the address a capture is served at. */
export function captureHref(file: string): string {
  return `/${capturePath(file)}`;
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
