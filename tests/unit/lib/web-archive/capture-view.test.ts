import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureViewPage } from '../../../../src/lib/web-archive/capture-view';

const hostile = readFileSync(new URL('../../../fixtures/hostile/capture.html', import.meta.url), 'utf8');
const page = captureViewPage({
  html: hostile,
  file: 'captures/0123456789abcdef.html',
  sourceUrl: 'https://www.coastlinecourier.example/2024/06/02/harbour-fees',
  snapshotPath: '/articles/the-coastline-courier/2024-06-02/harbour-fees/20261126/',
  headline: 'Harbour Fees Rise Again',
  language: 'en',
});

describe('captureViewPage', () => {
  it('keeps the captured text and its structure', () => {
    expect(page).toContain('<h1>Harbour Fees Rise Again</h1>');
    expect(page).toContain('The port authority raised mooring fees');
  });

  it('keeps nothing that runs, loads or redirects', () => {
    expect(page).not.toMatch(/<script|<iframe|<img|<style|<link|<form|<object|<embed/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    expect(page).not.toContain('http-equiv="refresh"');
    expect(page).not.toContain('evil.example');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src (&#x27;|')none/);
  });

  it('says what it is and links to the exact bytes and to the archived article', () => {
    expect(page).toContain('href="/captures/0123456789abcdef.html.txt"');
    expect(page).toContain('href="/articles/the-coastline-courier/2024-06-02/harbour-fees/20261126/"');
    expect(page).toContain('rel="noreferrer nofollow"');
  });
});
