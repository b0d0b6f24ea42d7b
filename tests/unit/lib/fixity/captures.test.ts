import { describe, expect, it } from 'vitest';
import { assertFixity, captureHref, capturePath, sha256Hex } from '../../../../src/lib/fixity/captures';

describe('captures', () => {
  it('hashes bytes as SHA-256 hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses a capture whose bytes changed, naming the file and both checksums', () => {
    const bytes = new TextEncoder().encode('abc');
    expect(() => assertFixity('captures/x.txt', bytes, sha256Hex('abc'))).not.toThrow();
    expect(() => assertFixity('captures/x.txt', bytes, '0'.repeat(64))).toThrow(
      `content/captures/x.txt: SHA-256 is ${sha256Hex('abc')}, but the entry records capture.sha256 ${'0'.repeat(64)}`,
    );
  });

  it('serves a capture at its path under the site root', () => {
    expect(captureHref('captures/000_c8bbb14421199b13.txt')).toBe('/captures/000_c8bbb14421199b13.txt');
  });
});

describe('capturePath', () => {
  it('publishes a page or script capture under a name every host serves as plain text', () => {
    expect(capturePath('captures/page.html')).toBe('captures/page.html.txt');
    expect(capturePath('captures/PAGE.HTM')).toBe('captures/PAGE.HTM.txt');
    expect(capturePath('captures/drawing.svg')).toBe('captures/drawing.svg.txt');
    expect(captureHref('captures/page.html')).toBe('/captures/page.html.txt');
  });

  it('keeps the name of a capture no host runs', () => {
    expect(capturePath('captures/000_c8bbb14421199b13.txt')).toBe('captures/000_c8bbb14421199b13.txt');
    expect(capturePath('captures/exchange.warc.gz')).toBe('captures/exchange.warc.gz');
  });
});
