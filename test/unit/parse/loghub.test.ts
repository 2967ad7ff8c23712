import { describe, expect, it } from 'vitest';
import { type Level, normaliseLevel, parseLine } from '../../../core/parse/index.ts';
import { loghubLines, loghubTruth } from './loghub-fixtures.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (name: string | undefined): number => MONTHS.indexOf(name ?? '');
const num = (s: string | undefined): number => Number(s);

interface Sample {
  readonly system: string;
  /** Received time: only the year-less syslog samples depend on it. */
  readonly receivedAt: number;
  /** Expected instant from a ground-truth row, in UTC (the default zone); undefined when it has none. */
  expectedTime(row: Record<string, string>): number | undefined;
  /** Ground-truth level spelling, when the system writes one. */
  readonly levelColumn?: string;
  /** Minimum accuracies (%), as measured: a regression fails the test. */
  readonly minimum: { readonly timestamp: number; readonly level?: number };
}

function clock(text: string | undefined): [number, number, number, number] {
  const [hms = '', ms = '0'] = (text ?? '').split(',');
  const [h, m, s] = hms.split(':').map(Number);
  return [h ?? Number.NaN, m ?? Number.NaN, s ?? Number.NaN, Number(ms)];
}

const SAMPLES: readonly Sample[] = [
  {
    system: 'Apache',
    receivedAt: Date.UTC(2006, 0, 1),
    levelColumn: 'Level',
    expectedTime: (row) => {
      const [, mon, day, time, year] = (row.Time ?? '').split(/\s+/);
      const [h, m, s] = clock(time);
      return Date.UTC(num(year), month(mon), num(day), h, m, s);
    },
    minimum: { timestamp: 100, level: 100 },
  },
  {
    system: 'HDFS',
    receivedAt: Date.UTC(2009, 0, 1),
    levelColumn: 'Level',
    expectedTime: (row) => {
      const d = (row.Date ?? '').padStart(6, '0');
      const t = (row.Time ?? '').padStart(6, '0');
      const p = (s: string, i: number): number => Number(s.slice(i, i + 2));
      return Date.UTC(2000 + p(d, 0), p(d, 2) - 1, p(d, 4), p(t, 0), p(t, 2), p(t, 4));
    },
    minimum: { timestamp: 100, level: 100 },
  },
  {
    system: 'Linux',
    receivedAt: Date.UTC(2005, 11, 31),
    expectedTime: (row) => {
      const [h, m, s] = clock(row.Time);
      return Date.UTC(2005, month(row.Month), num(row.Date), h, m, s);
    },
    minimum: { timestamp: 100 },
  },
  {
    system: 'OpenSSH',
    receivedAt: Date.UTC(2017, 11, 31),
    expectedTime: (row) => {
      const [h, m, s] = clock(row.Time);
      return Date.UTC(2017, month(row.Date), num(row.Day), h, m, s);
    },
    minimum: { timestamp: 100 },
  },
  {
    system: 'Spark',
    receivedAt: Date.UTC(2018, 0, 1),
    levelColumn: 'Level',
    expectedTime: (row) => {
      const [yy, mo, dd] = (row.Date ?? '').split('/').map(Number);
      const [h, m, s] = clock(row.Time);
      return Date.UTC(2000 + (yy ?? Number.NaN), (mo ?? Number.NaN) - 1, dd, h, m, s);
    },
    minimum: { timestamp: 100, level: 100 },
  },
  {
    system: 'Zookeeper',
    receivedAt: Date.UTC(2016, 0, 1),
    levelColumn: 'Level',
    expectedTime: (row) => {
      const [y, mo, d] = (row.Date ?? '').split('-').map(Number);
      const [h, m, s, ms] = clock(row.Time);
      return Date.UTC(y ?? Number.NaN, (mo ?? Number.NaN) - 1, d, h, m, s, ms);
    },
    minimum: { timestamp: 100, level: 100 },
  },
];

interface Accuracy {
  file: string;
  lines: number;
  format: string;
  timestamp: number;
  level: string;
  parseFailed: number;
}

function pct(hits: number, total: number): number {
  return total === 0 ? Number.NaN : Math.floor((hits / total) * 10_000) / 100;
}

function measure(sample: Sample): Accuracy {
  const lines = loghubLines(sample.system);
  const truth = loghubTruth(sample.system);
  expect(truth).toHaveLength(lines.length);
  let timeHits = 0;
  let timeTotal = 0;
  let levelHits = 0;
  let levelTotal = 0;
  let failed = 0;
  const formats = new Map<string, number>();
  lines.forEach((raw, i) => {
    const row = truth[i] ?? {};
    const parsed = parseLine(raw, { receivedAt: sample.receivedAt });
    formats.set(parsed.format, (formats.get(parsed.format) ?? 0) + 1);
    if (parsed.parseFailed) failed++;
    const expectedTime = sample.expectedTime(row);
    if (expectedTime !== undefined && !Number.isNaN(expectedTime)) {
      timeTotal++;
      if (parsed.timestamp === expectedTime) timeHits++;
    }
    const expectedLevel: Level | undefined = sample.levelColumn
      ? normaliseLevel(row[sample.levelColumn])
      : undefined;
    if (expectedLevel !== undefined) {
      levelTotal++;
      if (parsed.level === expectedLevel) levelHits++;
    }
  });
  return {
    file: `${sample.system}_2k.log`,
    lines: lines.length,
    format: [...formats].map(([f, n]) => `${f}:${n}`).join(' '),
    timestamp: pct(timeHits, timeTotal),
    level: levelTotal === 0 ? 'n/a (no level in ground truth)' : `${pct(levelHits, levelTotal)}`,
    parseFailed: failed,
  };
}

describe('loghub accuracy (timestamps in UTC, levels through normaliseLevel)', () => {
  const results: Accuracy[] = [];

  for (const sample of SAMPLES) {
    it(`${sample.system}: timestamp and level match the ground truth`, () => {
      const accuracy = measure(sample);
      results.push(accuracy);
      expect(accuracy.parseFailed).toBe(0);
      expect(accuracy.timestamp).toBeGreaterThanOrEqual(sample.minimum.timestamp);
      if (sample.minimum.level !== undefined) {
        expect(Number(accuracy.level)).toBeGreaterThanOrEqual(sample.minimum.level);
      } else {
        expect(accuracy.level).toMatch(/^n\/a/);
      }
    });
  }

  it('prints the accuracy table', () => {
    console.table(results);
    expect(results).toHaveLength(SAMPLES.length);
  });
});
