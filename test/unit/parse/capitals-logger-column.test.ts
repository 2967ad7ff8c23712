/**
 * A logger's name in capitals as a column right after the time, learned per source (r75).
 *
 * The class: a JUL formatter that writes the level, then the date, then `record.getLoggerName()` and
 * the message, its loggers named in capitals: YaCy's `SimpleLogFormatter` (`I 2026/11/21 06:40:03
 * STARTUP YaCy version: …`; `new ConcurrentLog("SWITCHBOARD")`, `"DHT-OUT"`, `"HTTPC"`). The name
 * is the logger, the text what follows it.
 *
 * A word in capitals opening a line is far more often the text's own (an acronym, a protocol's
 * command, an access line's method), so it is learned only, never read per line, and only when the
 * sample shows a column of names:
 * - the place: the text's first word, right after a time that a level came with on every line;
 * - 3–32 capitals (digits, `-`, `_` inside), one space and the text after it, on at least 80 % of
 *   the sample's messages;
 * - two names or more, recurring: no more names than half those lines (a sentence's first word
 *   varies more);
 * - no level spelling, no word that opens text unmarked (`HTTP`, `FAIL`), no check's outcome
 *   (`PASS`), no HTTP method (`GET`, `POST`).
 * Limits: a name in mixed case (YaCy's `DocumentIndex`) stays the text's on its line; a product that
 * opens every text with a few commands in capitals after a levelled time would have them read as
 * its loggers.
 *
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');

const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

const sec = (n: number) => String(10 + n).padStart(2, '0');
const NAMES = ['STARTUP', 'SWITCHBOARD', 'CRAWLER', 'DHT-OUT', 'CRAWLER', 'PEERPING', 'BALANCER', 'CRAWLER'];
const TEXTS = [
  'crawl job started: depth 3',
  'indexed https://docs.example.org/a.html in 84 ms',
  'I am accessible for 6 peer(s)',
  'transfer to peer finished: 512 references',
];
const LETTERS = ['I', 'I', 'D', 'I', 'W', 'I', 'E', 'I'];
/** YaCy's `SimpleLogFormatter`: level letter, `yyyy/MM/dd HH:mm:ss`, logger name, message. */
const yacy = (
  n: number,
  name = NAMES[n % NAMES.length] as string,
  text = TEXTS[n % TEXTS.length] as string,
) => `${LETTERS[n % LETTERS.length]} 2026/11/21 06:40:${sec(n)} ${name} ${text}`;
const SAMPLE = Array.from({ length: 16 }, (_, n) => yacy(n));

describe('a logger name in capitals right after a levelled time, learned per source', () => {
  it('reads the name as the logger and the rest as the text (YaCy)', () => {
    const read = learnt(SAMPLE);
    const line = read(yacy(3, 'HTTPC', 'timeout after 10000 ms loading https://203.0.113.9/robots.txt'));
    expect([line.timestamp, line.level, line.logger, line.message]).toEqual([
      Date.parse('2026-11-21T06:40:13Z'),
      'INFO',
      'HTTPC',
      'timeout after 10000 ms loading https://203.0.113.9/robots.txt',
    ]);
    // A line whose text opens with a word of its own in capitals after the name keeps it.
    expect(read(yacy(2, 'YACY', 'SSL handshake done')).message).toBe('SSL handshake done');
    // A name in mixed case is the text's on its line.
    expect(read(yacy(4, 'DocumentIndex', 'opened')).message).toBe('DocumentIndex opened');
  });

  it('never reads the name per line', () => {
    const line = parseLine(yacy(0), { receivedAt });
    expect([line.logger, line.message]).toEqual([undefined, 'STARTUP crawl job started: depth 3']);
  });

  it('learns nothing without a level before the time, or from one word on every line', () => {
    const bare = SAMPLE.map((line) => line.slice(2));
    expect(learnt(bare)(bare[3] as string).message).toBe('DHT-OUT transfer to peer finished: 512 references');
    const one = Array.from({ length: 16 }, (_, n) => yacy(n, 'STARTUP'));
    expect(learnt(one)(yacy(2, 'STARTUP')).message).toBe('STARTUP I am accessible for 6 peer(s)');
  });

  it('learns nothing from words of text in capitals: a different one per line, methods, outcomes', () => {
    // Acronyms opening each text, hardly ever the same: no column of names.
    const ACRONYMS = ['SSL', 'DNS', 'JVM', 'TLS', 'NTP', 'CPU', 'RAM', 'USB', 'API', 'SQL', 'TCP', 'UDP'];
    const words = Array.from({ length: 12 }, (_, n) => yacy(n, ACRONYMS[n] as string, 'check done'));
    expect(learnt(words)(yacy(1, 'DNS', 'lookup slow')).message).toBe('DNS lookup slow');
    // An access line's method, a checker's outcome.
    const METHODS = ['GET', 'POST', 'GET', 'PUT', 'GET', 'DELETE'];
    const access = Array.from({ length: 12 }, (_, n) =>
      yacy(n, METHODS[n % 6] as string, `/api/items/${n} 200`),
    );
    expect(learnt(access)(yacy(1, 'POST', '/api/items 201')).message).toBe('POST /api/items 201');
    const OUTCOMES = ['PASS', 'FAIL', 'PASS', 'SKIP'];
    const checks = Array.from({ length: 12 }, (_, n) => yacy(n, OUTCOMES[n % 4] as string, `test_${n}`));
    expect(learnt(checks)(yacy(1, 'PASS', 'test_9')).message).toBe('PASS test_9');
  });
});
