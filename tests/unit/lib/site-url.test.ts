import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteUrl } from '../../../src/lib/site-url';

describe('siteUrl', () => {
  it('serves from the local preview server unless ARCHIVE_SITE says otherwise', () => {
    expect(siteUrl(undefined)).toBe(LOCAL_SITE);
    expect(siteUrl('https://archive.example.org')).toBe('https://archive.example.org/');
  });

  it('refuses an address a reader could not open', () => {
    expect(() => siteUrl('archive.example.org')).toThrow(/absolute http\(s\) URL/);
    expect(() => siteUrl('ftp://archive.example.org')).toThrow(/http or https/);
  });
});
