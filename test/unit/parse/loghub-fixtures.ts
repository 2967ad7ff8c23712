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
