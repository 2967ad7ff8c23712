/**
 * Hyphanet's (Freenet's) `(class, thread, LEVEL): ` header as a learned parenthesised column (r75).
 *
 * The class: fred's `FileLoggerHook` with the format `d (c, t, p): m` and the date
 * `MMM dd, yyyy HH:mm:ss:SSS` (`Logger.setupStdoutLogging`): the class, the thread and the priority,
 * one of `Logger.LogLevel`'s names, ERROR, WARNING, NORMAL (its ordinary lines: INFO), MINOR (detail
 * below them: DEBUG) and DEBUG. The class is the logger, the thread `fields.thread`.
 *
 * NORMAL and MINOR are no level words anywhere else: only inside that parenthesis, a dotted class
 * first, a thread, then the name, closed by `): `, and only where the source learned the
 * parenthesis as a column of its messages holding that header (80 % of its sample's lines open their
 * text with it; review64: a source whose parenthesis held a thread reads no level from a later
 * line's header there); per line it stays the text's. Limit: a line whose level word the header reads per line (WARNING,
 * DEBUG) keeps that reading, its class and thread among the header's columns.
 *
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');

const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

const sec = (n: number) => String(10 + n).padStart(2, '0');
const CLASSES = ['freenet.node.NodeStarter', 'freenet.node.OpennetManager', 'freenet.node.PeerNode'];
const THREADS = ['main', 'Opennet connect thread', 'UdpSocketHandler for port 34567', 'FCPServer(9481)'];
/** A node's ordinary log: NORMAL mostly, some MINOR detail, an error and a warning. */
const PRIORITIES = [
  'NORMAL',
  'NORMAL',
  'MINOR',
  'NORMAL',
  'NORMAL',
  'NORMAL',
  'ERROR',
  'NORMAL',
  'MINOR',
  'NORMAL',
  'WARNING',
  'NORMAL',
  'NORMAL',
  'MINOR',
  'NORMAL',
  'NORMAL',
];
const fred = (n: number, priority = PRIORITIES[n % PRIORITIES.length] as string, text = `step ${n} done`) =>
  `Nov 24, 2026 08:14:${sec(n)}:512 (${CLASSES[n % 3]}, ${THREADS[n % 4]}, ${priority}): ${text}`;
const SAMPLE = Array.from({ length: 16 }, (_, n) => fred(n));

describe("Hyphanet's (class, thread, LEVEL) header, learned as a column", () => {
  it('reads its level names, the class as the logger and the thread', () => {
    const read = learnt(SAMPLE);
    const line = read(fred(2, 'NORMAL', 'Connected to opennet peer 203.0.113.61:41822 (build 1499)'));
    expect([line.timestamp, line.level, line.logger, line.fields.thread, line.message]).toEqual([
      Date.parse('2026-11-24T08:14:12.512Z'),
      'INFO',
      'freenet.node.PeerNode',
      'UdpSocketHandler for port 34567',
      'Connected to opennet peer 203.0.113.61:41822 (build 1499)',
    ]);
    const levels = ['ERROR', 'WARNING', 'NORMAL', 'MINOR', 'DEBUG'].map((p) => read(fred(3, p)).level);
    expect(levels).toEqual(['ERROR', 'WARN', 'INFO', 'DEBUG', 'DEBUG']);
    expect(read(fred(3)).fields.thread).toBe('FCPServer(9481)');
  });

  it('reads no other word there, and no NORMAL or MINOR elsewhere', () => {
    const read = learnt(SAMPLE);
    // Another word in the level's place: the parenthesis stays a column, no level read from it.
    expect(read(fred(1, 'CHATTY')).level).toBeUndefined();
    // Per line, with nothing learned, the parenthesis is the text's.
    expect(parseLine(fred(1, 'NORMAL'), { receivedAt }).level).toBeUndefined();
    // NORMAL or MINOR as words of a message, or in a parenthesis of another shape, are no levels.
    const other = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `2026-11-24 08:14:${sec(n)} (worker-${n % 3}) NORMAL mode resumed`,
      ),
    );
    expect(other(`2026-11-24 08:14:40 (worker-1) MINOR fault cleared`).level).toBeUndefined();
    const noClass = learnt(
      Array.from(
        { length: 16 },
        (_, n) => `2026-11-24 08:14:${sec(n)} (Main, pool-${n % 3}, NORMAL): step ${n}`,
      ),
    );
    expect(noClass(`2026-11-24 08:14:40 (Main, pool-1, NORMAL): step 9`).level).toBeUndefined();
    // Hyphanet's header on a later line of a source whose parenthesis held something else (a
    // thread) is that column's value: its MINOR is no level, its class no logger.
    const threads = learnt(
      Array.from({ length: 16 }, (_, n) => `2026-11-24 08:14:${sec(n)} (worker-${n % 3}) step ${n} done`),
    );
    const crafted = threads(`2026-11-24 08:14:40 (freenet.node.PeerNode, main, MINOR): Exception in thread`);
    expect([crafted.level, crafted.logger, crafted.fields.thread]).toEqual([undefined, undefined, undefined]);
  });
});
