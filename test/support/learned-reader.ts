import { compileParser } from '../../core/parse/index.ts';

/** A parser that learned `source` from `lines` at `receivedAt`, reading later lines of that source. */
export function learnedReader(lines: readonly string[], receivedAt: number, source = 'src') {
  const parser = compileParser({});
  parser.learn(source, lines, receivedAt);
  return (line: string) => parser(line, receivedAt, source);
}
