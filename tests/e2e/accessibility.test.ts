import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { openPage, useBrowser } from '../helpers/browser';
import { STORY } from '../helpers/seed';

const baseUrl = inject('baseUrl');
const PAGES = [
  '/',
  '/archive/',
  `${STORY}20261125/`,
  STORY,
  '/search/',
  '/search/?q=Gabuev',
  '/lookup/',
  '/lookup/?url=example.com/unknown',
  '/policy/takedown/',
  '/people/',
  '/people/alexander-gabuev/',
  '/quotes/',
  '/quotes/speakers/',
  '/quotes/by/a-russian-diplomat/',
  '/404.html',
];

const browser = useBrowser();

describe('axe-core at WCAG 2.2 AA', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s has no violations in the ${colorScheme} theme`, async (path) => {
      // axe is injected as a script of its own, which the pages' CSP would rightly refuse.
      const { page } = await openPage(browser(), baseUrl, { colorScheme, bypassCSP: true });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.waitForSelector('.search-result');
      if (path.includes('?url=')) await page.waitForSelector('.not-archived-answer');
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    });
  }
});
