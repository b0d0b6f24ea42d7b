import { describe, expect, it } from 'vitest';
import { surt } from '../../../../src/lib/web-archive/url-canonical';

const seedUrl =
  'https://www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297';
const key =
  'com,themoscowtimes)/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297';

describe('surt (how pasted URLs find their archived copy)', () => {
  it('gives every way of writing one URL the same key', () => {
    for (const variant of [
      seedUrl,
      seedUrl.replace('https://', 'http://'),
      seedUrl.replace('https://www.', ''),
      seedUrl.replace('https://www.', 'www.'),
      `${seedUrl}/`,
      `${seedUrl}#comments`,
      `${seedUrl}?utm_source=twitter&utm_medium=social`,
      `${seedUrl}?fbclid=IwAR0abc`,
      seedUrl.replace('www.themoscowtimes.com', 'WWW.TheMoscowTimes.COM'),
      seedUrl.replace('.com/', '.com:443/'),
      `  ${seedUrl}  `,
    ]) {
      expect(surt(variant), variant).toBe(key);
    }
  });

  it('keeps query parameters that identify content, sorted', () => {
    expect(surt('https://example.com/story?page=2&id=7&utm_campaign=x')).toBe('com,example)/story?id=7&page=2');
    expect(surt('https://example.com/story?id=7')).not.toBe(surt('https://example.com/story?id=8'));
  });

  it('drops session ids and keeps a non-default port, with or without a scheme', () => {
    expect(surt('http://example.com:8080/a?jsessionid=abc')).toBe('com,example:8080)/a');
    expect(surt('www.example.com:8080/a')).toBe('com,example:8080)/a');
    expect(surt('localhost:4321/x')).toBe('localhost:4321)/x');
  });

  it('writes unreserved characters plainly, as the Internet Archive does', () => {
    expect(surt('https://example.com/%7Euser/a%2Db')).toBe(surt('https://example.com/~user/a-b'));
    expect(surt('https://example.com/a%2fb')).toBe('com,example)/a%2fb');
  });

  it('refuses what is not a web address', () => {
    expect(surt('')).toBeNull();
    expect(surt('javascript:alert(1)')).toBeNull();
    expect(surt('not a url')).toBeNull();
    expect(surt('ftp://example.com/file')).toBeNull();
    expect(surt('mailto:editor@example.com')).toBeNull();
    expect(surt('data:text/html,x')).toBeNull();
  });
});
