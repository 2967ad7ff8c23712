/**
 * Tokens in brackets do not count toward the header's 200 characters (lvl38).
 *
 * The class: log4j and logback patterns that open with bracketed context before the level, `%d
 * [user:%X{user}] [pipeline:%X{pipeline}] [runner:%X{runner}] [thread:%t] [stage:%X{stage}] %-5p %c{1}
 * - %m` (StreamSets Data Collector's `sdc.log`), `[%t] [%X{traceId}] %-5p`: a long thread name, an
 * MDC id or a UUID pushes the level past the header's first 200 characters on some lines only, so the
 * level was read on the short lines and lost on the long ones. A token in brackets (no space or other
 * delimiter inside, `[ProductionPipelineRunnable-3cb5c521-…-orders_cdc]`) now extends the header's
 * reach by its own length, up to 400 characters in all; the fields counted and every rule of the
 * level's reading stay as they were.
 *
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const read = (line: string) => parseLine(line, { receivedAt });

const uuid = '7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8';
const context = (level: string, text: string) =>
  `2026-11-30 11:23:14,630 [user:*admin] [pipeline:orders_cdc/orderscdc${uuid}] [runner:] ` +
  `[thread:ProductionPipelineRunnable-orderscdc${uuid}-orders_cdc] [stage:] ${level} MysqlSource - ${text}`;

describe('tokens in brackets before the level do not count toward the header reach', () => {
  it('reads a level standing past 200 characters behind bracketed context', () => {
    const line = read(context('ERROR', 'Error connecting to MySql binlog'));
    expect(context('ERROR', 'x').indexOf('ERROR')).toBeGreaterThan(200);
    expect([line.level, line.message, line.logger]).toEqual([
      'ERROR',
      'Error connecting to MySql binlog',
      'MysqlSource',
    ]);
    expect(read(context('WARN ', 'Pipeline stopped, retry attempt 1 in 60 seconds')).level).toBe('WARN');
    // A thread and an MDC id in brackets: `[%t] [%X{traceId}] %-5p`.
    const thread = `2026-11-30 11:23:14,630 [${'pool-7-thread-'.repeat(12)}1] [${uuid}${uuid}] INFO  Worker - done`;
    expect(thread.indexOf('INFO')).toBeGreaterThan(200);
    expect(read(thread).level).toBe('INFO');
  });

  it('leaves the text alone: prose, counts and a bracket of words do not extend the reach', () => {
    // A level word after prose stays the text's, however far it stands.
    expect(read(context('the job', 'wrote ERROR count 0')).level).toBeUndefined();
    // A count after the brackets.
    expect(read(context('ERROR', '0').replace('MysqlSource - ', '')).level).toBeUndefined();
    // A bracket holding words (spaces inside) is no token: the reach stays 200 characters.
    const words = `2026-11-30 11:23:14,630 [main] [${'a sentence of words in brackets '.repeat(7)}] ERROR Worker - x`;
    expect(words.indexOf('ERROR')).toBeGreaterThan(200);
    expect(read(words).level).toBeUndefined();
    // Past 400 characters no level is read.
    const far = `2026-11-30 11:23:14,630 [main] [${'x'.repeat(180)}] [${'y'.repeat(180)}] [${'z'.repeat(60)}] ERROR Worker - x`;
    expect(far.indexOf('ERROR')).toBeGreaterThan(400);
    expect(read(far).level).toBeUndefined();
    // Without a level, the line is read as before.
    const none = read(context('', 'Processed 2745 binlog events').replace('  ', ' '));
    expect(none.level).toBeUndefined();
  });
});
