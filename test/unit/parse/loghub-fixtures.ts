import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/loghub/', import.meta.url));

/** The raw lines of a loghub sample (CRLF, CR or LF terminated). */
export function loghubLines(system: string): string[] {
  return readFileSync(`${DIR}${system}_2k.log`, 'utf8')
    .replace(/(\r\n|\r|\n)$/, '')
    .split(/\r\n|\r|\n/);
}

/** The ground-truth rows of a loghub sample, keyed by column name. */
export function loghubTruth(system: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(`${DIR}${system}_2k.log_structured.csv`, 'utf8'));
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** RFC 4180 CSV: quoted cells with `""` escapes, CRLF or LF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (name: string | undefined): number => MONTHS.indexOf(name ?? '');
const num = (s: string | undefined): number => Number(s);

/** One of the six shared Loghub systems, and how to read its ground truth. */
export interface LoghubSample {
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

export const LOGHUB_SAMPLES: readonly LoghubSample[] = [
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
