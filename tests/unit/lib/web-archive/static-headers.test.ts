import { describe, expect, it } from 'vitest';
import {
  headersFile,
  headersFor,
  headersOfPage,
  parseHeadersFile,
} from '../../../../src/lib/web-archive/static-headers';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('_headers from the pages themselves', () => {
  it("repeats the page's CSP and referrer policy and gives a memento its Link and Memento-Datetime headers", () => {
    const result = headersOfPage(
      '/a/20260101/',
      page(
        `<meta http-equiv="content-security-policy" content="default-src 'self'">` +
          `<meta name="referrer" content="no-referrer">` +
          `<link rel="canonical" href="https://archive.example/a/20260101/">` +
          `<link rel="original" href="https://paper.example/a">` +
          `<link rel="timemap" type="application/link-format" href="https://archive.example/timemap/x.link">` +
          `<link rel="memento" href="https://archive.example/a/20260101/" data-datetime="2026-01-01">`,
      ),
    );
    expect(Object.fromEntries(result.headers)).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'Referrer-Policy': 'no-referrer',
      Link: '<https://paper.example/a>; rel="original", <https://archive.example/timemap/x.link>; rel="timemap"; type="application/link-format", <https://archive.example/a/20260101/>; rel="memento"; datetime="Thu, 01 Jan 2026 00:00:00 GMT"',
      'Memento-Datetime': 'Thu, 01 Jan 2026 00:00:00 GMT',
    });
  });

  it('gives no Memento-Datetime to a page that only shows a memento (a plain story address)', () => {
    const result = headersOfPage(
      '/a/',
      page(
        `<link rel="canonical" href="https://archive.example/a/20260101/">` +
          `<link rel="memento" href="https://archive.example/a/20260101/" data-datetime="2026-01-01">`,
      ),
    );
    expect(result.headers.map(([name]) => name)).toEqual(['Link']);
  });

  it('cannot be made to forge a header with a newline in a value', () => {
    const result = headersOfPage(
      '/x/',
      page(`<meta http-equiv="content-security-policy" content="a&#10;Set-Cookie: x=1">`),
    );
    expect(headersFile([result])).toBe('/x/\n  Content-Security-Policy: a Set-Cookie: x=1\n');
  });
  it('reads only real tags of the head: not look-alikes in its title, scripts, styles or comments, nor the body', () => {
    const result = headersOfPage(
      '/x/',
      `<!doctype html><html><head><title>&lt;meta name="referrer" content="unsafe-url"&gt; <meta name="referrer" content="unsafe-url"></title>` +
        `<!-- <meta http-equiv="content-security-policy" content="default-src *"> -->` +
        `<script type="application/ld+json">{"x": "<meta name='referrer' content='origin'>"}</script>` +
        `<style>a::after { content: "<link rel=original href=https://evil.example/>" }</style>` +
        `<meta name="referrer" content="no-referrer" data-note="a > b">` +
        `</head><body><meta http-equiv="content-security-policy" content="default-src *"></body></html>`,
    );
    expect(result.headers).toEqual([['Referrer-Policy', 'no-referrer']]);
  });

  it('keeps an address with markup in it whole', () => {
    const original = 'https://evil.example/a"><script>pwned()</script>';
    const result = headersOfPage(
      '/x/',
      `<html><head><link rel="original" href="${original.replaceAll('"', '&quot;')}"><meta name="referrer" content="no-referrer"></head></html>`,
    );
    expect(Object.fromEntries(result.headers)).toEqual({
      Link: '<https://evil.example/a%22%3E%3Cscript%3Epwned()%3C/script%3E>; rel="original"',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('reading _headers back', () => {
  const text = headersFile([
    { path: '/a/', headers: [['Content-Security-Policy', "default-src 'self'; img-src data:"]] },
    { path: '/pagefind/*', headers: [['X-Test', 'yes']] },
    { path: '/*', headers: [['Referrer-Policy', 'no-referrer']] },
  ]);

  it('gives back the rules it was written from, values with colons intact', () => {
    expect(parseHeadersFile(text)[0]).toEqual({
      path: '/a/',
      headers: [['Content-Security-Policy', "default-src 'self'; img-src data:"]],
    });
  });

  it('applies every matching rule to a path, exact or by a trailing wildcard', () => {
    const rules = parseHeadersFile(text);
    expect(headersFor(rules, '/a/').map(([name]) => name)).toEqual(['Content-Security-Policy', 'Referrer-Policy']);
    expect(headersFor(rules, '/pagefind/x.pf_index').map(([name]) => name)).toEqual(['X-Test', 'Referrer-Policy']);
    expect(headersFor(rules, '/b/').map(([name]) => name)).toEqual(['Referrer-Policy']);
  });
});
