import { describe, expect, it } from 'vitest';
import { folderUrl, pagePosition } from '../../../../src/lib/views/listing';

describe('list pages', () => {
  it('say where a page sits in the whole list', () => {
    expect(pagePosition({ currentPage: 2, lastPage: 7, start: 100, end: 199, total: 650 })).toBe(
      'Page 2 of 7 · stories 101–200 of 650',
    );
  });

  it('name what they list, and say so when it is empty', () => {
    expect(pagePosition({ currentPage: 2, lastPage: 7, start: 100, end: 199, total: 650 }, 'quotations')).toBe(
      'Page 2 of 7 · quotations 101–200 of 650',
    );
    expect(pagePosition({ currentPage: 1, lastPage: 1, start: 0, end: -1, total: 0 }, 'quotations')).toBe(
      'No quotations.',
    );
  });

  it('link to folders with their trailing slash', () => {
    expect(folderUrl('/archive/2')).toBe('/archive/2/');
    expect(folderUrl('/archive/')).toBe('/archive/');
  });
});
