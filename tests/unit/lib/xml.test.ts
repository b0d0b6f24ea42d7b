import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/xml';

describe('escapeXml', () => {
  it('makes names with markup inert in the feed', () => {
    expect(escapeXml(`</dc:creator><script>"A" & 'B'`)).toBe(
      '&lt;/dc:creator&gt;&lt;script&gt;&quot;A&quot; &amp; &apos;B&apos;',
    );
  });
});
