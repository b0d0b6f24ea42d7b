import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const STORY = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = [
  '/',
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
  '/quotes/?speaker=a%20Russian%20diplomat',
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
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
