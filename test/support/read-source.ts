import { compileParser } from '../../core/parse/index.ts';

/**
 * A source's lines as the ingest reads them: its structure learned from the first 32, then each
 * parsed (`sample`), and lines that come after (`later`).
 */
export function readSource(lines: readonly string[], receivedAt: number, later: readonly string[] = []) {
  const parser = compileParser({});
  parser.learn('src', lines.slice(0, 32), receivedAt);
  return {
    sample: lines.map((line) => parser(line, receivedAt, 'src')),
    later: later.map((line) => parser(line, receivedAt, 'src')),
    structure: parser.structureOf('src'),
  };
}
