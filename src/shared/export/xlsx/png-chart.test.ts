import { describe, expect, it } from 'vitest';
import { chartPixels, niceAxis } from './png';

const months = Array.from({ length: 25 }, (_, m) => `20${27 + Math.floor((m + 11) / 12)}-${String(((m + 11) % 12) + 1).padStart(2, '0')}`);
const series = [
  { name: 'Today', values: months.map(() => 120), color: 2 },
  { name: 'Required', values: months.map((_, m) => 60 + m * 10), color: 3 },
];

function count(img: ReturnType<typeof chartPixels>, region: { x0: number; y0: number; x1: number; y1: number }, colour: number): number {
  let n = 0;
  for (let y = region.y0; y < region.y1; y++) for (let x = region.x0; x < region.x1; x++) if (img.px[y * img.width + x] === colour) n++;
  return n;
}

describe('the XLSX Summary chart image', () => {
  const img = chartPixels(series, { labels: months, markIndex: 12, markLabel: 'Event' });
  const { plot } = img;

  it('has values on its y axis (text left of the plot)', () => {
    expect(count(img, { x0: 0, y0: plot.top - 6, x1: plot.left - 2, y1: plot.bottom + 6 }, 6)).toBeGreaterThan(40);
  });

  it('has month labels under its x axis', () => {
    expect(count(img, { x0: plot.left, y0: plot.bottom + 3, x1: img.width, y1: img.height }, 6)).toBeGreaterThan(40);
  });

  it('has a legend above the plot with a swatch in each series’ colour', () => {
    const legend = { x0: 0, y0: 0, x1: img.width, y1: plot.top - 2 };
    expect(count(img, legend, 2)).toBeGreaterThan(20);
    expect(count(img, legend, 3)).toBeGreaterThan(20);
    expect(count(img, legend, 6)).toBeGreaterThan(40);
  });

  it('still draws both lines inside the plot', () => {
    const inside = { x0: plot.left + 1, y0: plot.top, x1: plot.right, y1: plot.bottom };
    expect(count(img, inside, 2)).toBeGreaterThan(100);
    expect(count(img, inside, 3)).toBeGreaterThan(100);
  });
});

describe('the y axis', () => {
  it('steps in round numbers a person reads at a glance: 0, 2, 4, 6, 8 for a top value of 6, never 3, 5, 8', () => {
    expect(niceAxis(6)).toEqual({ top: 8, step: 2, decimals: 0 });
    expect(niceAxis(10)).toEqual({ top: 12, step: 3, decimals: 0 });
    expect(niceAxis(50)).toEqual({ top: 60, step: 15, decimals: 0 });
    expect(niceAxis(183)).toEqual({ top: 200, step: 50, decimals: 0 });
    expect(niceAxis(33)).toEqual({ top: 40, step: 10, decimals: 0 });
    expect(niceAxis(90)).toEqual({ top: 100, step: 25, decimals: 0 });
    expect(niceAxis(1)).toEqual({ top: 2, step: 0.5, decimals: 1 });
    expect(niceAxis(0.3)).toEqual({ top: 0.4, step: 0.1, decimals: 1 });
  });
});
