/** One system's figures at each archive size. */
export interface Series {
  name: string;
  points: { articles: number; seconds: number; peakRssBytes: number }[];
}

const COLOURS = ['#0b4f9c', '#b3261e', '#2e7d32', '#6a1b9a'];

/**
 * An SVG chart of cold build time and peak memory against archive size, one line per system, two
 * panels side by side. Plain SVG with no script or external resource.
 */
export function chartSvg(series: readonly Series[]): string {
  const width = 360;
  const height = 240;
  const pad = 48;
  const sizes = [...new Set(series.flatMap((s) => s.points.map((p) => p.articles)))].sort((a, b) => a - b);
  const x = (n: number) =>
    sizes.length === 1
      ? pad + (width - 2 * pad) / 2
      : pad + ((width - 2 * pad) * sizes.indexOf(n)) / (sizes.length - 1);
  const panel = (title: string, value: (p: Series['points'][number]) => number, unit: string, offset: number) => {
    const max = Math.max(...series.flatMap((s) => s.points.map(value)), 1);
    const y = (v: number) => height - pad - ((height - 2 * pad) * v) / max;
    const lines = series
      .map((s, i) => {
        const points = s.points.map((p) => `${x(p.articles).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
        const dots = s.points
          .map(
            (p) =>
              `<circle cx="${x(p.articles).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="3" fill="${COLOURS[i % 4]}"/>`,
          )
          .join('');
        return `<polyline fill="none" stroke="${COLOURS[i % 4]}" stroke-width="2" points="${points}"/>${dots}`;
      })
      .join('');
    const ticks = sizes
      .map(
        (n) =>
          `<text x="${x(n).toFixed(1)}" y="${height - pad + 16}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
      )
      .join('');
    return `<g transform="translate(${offset},0)"><text x="${width / 2}" y="20" text-anchor="middle" font-weight="bold">${title}</text>
<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#888"/>
<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${height - pad}" stroke="#888"/>
<text x="${pad - 6}" y="${pad + 4}" text-anchor="end">${max.toFixed(max < 10 ? 1 : 0)}</text>
<text x="${pad - 6}" y="${height - pad}" text-anchor="end">0</text>
<text x="${width / 2}" y="${height - 8}" text-anchor="middle">articles</text>
<text x="12" y="${height / 2}" transform="rotate(-90 12 ${height / 2})" text-anchor="middle">${unit}</text>
${ticks}${lines}</g>`;
  };
  const legend = series
    .map((s, i) => `<text x="${pad + i * 170}" y="${height + 24}" fill="${COLOURS[i % 4]}">■ ${s.name}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width * 2}" height="${height + 40}" viewBox="0 0 ${width * 2} ${height + 40}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${panel('Cold build time', (p) => p.seconds, 'seconds', 0)}
${panel('Peak memory', (p) => p.peakRssBytes / 2 ** 30, 'GiB', width)}
${legend}
</svg>
`;
}
