/** The benchmark table as an SVG chart: one panel per unit, one bar per measured row. */
import type { MachineFacts } from './machine.ts';

export interface BenchRow {
  readonly section: string;
  readonly measurement: string;
  /** As printed, e.g. "123,456 lines/s" or "not measured". */
  readonly value: string;
  readonly detail: string;
  /** The charted figure, when there is one. */
  readonly number?: number;
  readonly unit?: string;
  /** Latency rows: the p50 drawn inside the p99 bar. */
  readonly p50?: number;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(rows: readonly BenchRow[], facts: MachineFacts, mode: string): string {
  const width = 1250;
  const labelWidth = 520;
  const barArea = width - labelWidth - 230;
  const barHeight = 20;
  const units = [...new Set(rows.flatMap((r) => (r.unit && r.number !== undefined ? [r.unit] : [])))];
  const parts: string[] = [];
  let y = 70;
  for (const unit of units) {
    const panel = rows.filter((r) => r.unit === unit && r.number !== undefined && Number.isFinite(r.number));
    const max = Math.max(...panel.map((r) => r.number as number), 1);
    parts.push(`<text x="20" y="${y}" font-weight="bold">${xml(unit)}</text>`);
    y += 12;
    for (const row of panel) {
      const w = Math.max(1, ((row.number as number) / max) * barArea);
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${xml(row.measurement.slice(0, 80))}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${row.measurement.startsWith('logward') || row.section !== 'shippers' ? '#2b6cb0' : '#a0aec0'}"/>`,
      );
      if (row.p50 !== undefined)
        parts.push(
          `<rect x="${labelWidth}" y="${y + 5}" width="${Math.max(1, (row.p50 / max) * barArea).toFixed(1)}" height="${barHeight - 10}" fill="#90cdf4"/>`,
        );
      parts.push(`<text x="${labelWidth + w + 6}" y="${y + 15}">${xml(row.value)}</text>`);
      y += barHeight + 6;
    }
    y += 22;
  }
  const skipped = rows.filter((r) => r.value === 'not measured');
  for (const row of skipped) {
    parts.push(
      `<text x="20" y="${y}" fill="#c53030">not measured: ${xml(row.measurement)} (${xml(row.detail.slice(0, 110))})</text>`,
    );
    y += 18;
  }
  const header = `Logward benchmark (${mode}) — ${facts.cores} cores, ${facts.memoryGiB} GiB, load ${facts.loadAverage.join('/')} at start, node ${facts.node}, ${facts.at}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 20}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="20" y="28" font-size="16" font-weight="bold">${xml(header)}</text>`,
    `<text x="20" y="48" fill="#4a5568">grey: rsyslog and kcat (yardsticks); latency bars: light = p50, dark = p99</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
