import LinkHeader from 'http-link-header';
import { describe, expect, it } from 'vitest';
import { httpDate, mementoRel, timemap, timemapPath } from '../../../../src/lib/web-archive/memento';

const original = 'https://example.com/story';
const m1 = { url: 'https://archive.example/articles/p/2024-01-01/s/20240101/', datetime: '2024-01-01' };
const m2 = { url: 'https://archive.example/articles/p/2024-01-01/s/20240102093000/', datetime: '2024-01-02T09:30:00Z' };

describe('Memento (RFC 7089)', () => {
  it('writes dates as HTTP dates', () => {
    expect(httpDate('2026-11-25')).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    expect(httpDate('2024-12-11T12:15:00+02:00')).toBe('Wed, 11 Dec 2024 10:15:00 GMT');
  });

  it('writes a TimeMap a link-format parser reads: original, self with its span, mementos in order', () => {
    const text = timemap(original, 'https://archive.example/timemap/x.link', [m2, m1]);
    const links = LinkHeader.parse(text.replace(/\n/g, ' '));
    expect(links.get('rel', 'original')[0]!.uri).toBe(original);
    const self = links.get('rel', 'self')[0]!;
    expect(self.type).toBe('application/link-format');
    expect(self.from).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    expect(self.until).toBe('Tue, 02 Jan 2024 09:30:00 GMT');
    const mementos = links.rel('memento');
    expect(mementos.map((l) => l.uri)).toEqual([m1.url, m2.url]);
    expect(links.rel('first')[0]!.uri).toBe(m1.url);
    expect(links.rel('last')[0]!.uri).toBe(m2.url);
    expect(mementos[1]!.datetime).toBe('Tue, 02 Jan 2024 09:30:00 GMT');
  });

  it('marks the first and last of several mementos, and a lone one as both', () => {
    expect([0, 1, 2].map((i) => mementoRel(i, 3))).toEqual(['first memento', 'memento', 'last memento']);
    expect(mementoRel(0, 1)).toBe('first last memento');
  });

  it('files every spelling of an original URL under one TimeMap', () => {
    expect(timemapPath('https://www.example.com/story/?utm_source=x')).toBe(timemapPath('example.com/story'));
    expect(timemapPath(original)).toMatch(/^\/timemap\/[0-9a-f]{20}\.link$/);
  });
});
