import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../bench/chart';

describe('the benchmark chart', () => {
  const svg = chartSvg([
    {
      name: 'project',
      points: [
        { articles: 100, seconds: 8, peakRssBytes: 2 ** 30 },
        { articles: 1000, seconds: 45, peakRssBytes: 2 * 2 ** 30 },
      ],
    },
    {
      name: 'bare Astro',
      points: [
        { articles: 100, seconds: 4, peakRssBytes: 2 ** 29 },
        { articles: 1000, seconds: 20, peakRssBytes: 2 ** 30 },
      ],
    },
  ]);
  const tree = fromHtml(svg, { fragment: true });

  it('draws one line per system in each of its two panels, with a legend', () => {
    expect(selectAll('polyline', tree)).toHaveLength(4);
    expect(selectAll('circle', tree)).toHaveLength(8);
    expect(svg).toContain('■ project');
    expect(svg).toContain('■ bare Astro');
    expect(svg).toContain('Cold build time');
    expect(svg).toContain('Peak memory');
  });

  it('scales the highest value to the top of its panel', () => {
    expect(svg).toContain('>45<');
    expect(svg).toContain('>2.0<');
  });

  it('is plain SVG: no script, no external resource', () => {
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });
});
