/**
 * Redaction throughput: the agent's redactor with every built-in rule on, over the benchmark mix
 * (loghub + synthetic JSON, logfmt, access lines) with 1 line in 50 carrying a card number, an
 * email or a bearer token. Prints lines/s (best of `--rounds` runs of `--seconds` each, so other
 * processes on a shared machine disturb the figure less).
 *
 *   node bench/redact-throughput.ts [--seconds 1] [--rounds 5]
 */
import { parseArgs } from 'node:util';
import { createRedactor } from '../agent/pipeline/redact.ts';
import { mixedLines } from './corpus.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '1' }, rounds: { type: 'string', default: '5' } },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

const SECRETS = [
  'paid with 4111 1111 1111 1111 ok',
  'card=5500-0000-0000-0004',
  'mail to bob.smith@example.com sent',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc',
  'q=user%40example.com&cc=4111111111111111',
];
const lines = mixedLines().map((line, i) => (i % 50 === 0 ? `${line} ${SECRETS[i % SECRETS.length]}` : line));
const redact = createRedactor({ emails: true, cardNumbers: true, bearerTokens: true, patterns: [] });
if (!redact) throw new Error('redactor expected');

let best = 0;
let sink = 0;
for (let round = 0; round < rounds; round++) {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  while (performance.now() < until) {
    for (const line of lines) sink += redact(line).length;
    done += lines.length;
  }
  best = Math.max(best, done / ((performance.now() - started) / 1000));
}
console.log(
  `redaction (emails, card numbers, bearer tokens) over ${lines.length} mixed lines: ${Math.round(best).toLocaleString('en')} lines/s (best of ${rounds} × ${seconds} s; checksum ${sink % 1000})`,
);
