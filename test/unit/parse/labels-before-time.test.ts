/**
 * NestJS's ConsoleLogger prefix, labels then ` - ` then the time (`[Nest] 19096  - …`), whose imitators
 * add labels (`[Evolution API]  [instance]  v2.2.3  1   -  …`) until the time stands past the fields a
 * time is looked for in. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });

describe('a time after labels and a dash (NestJS’s ConsoleLogger and its imitators)', () => {
  it('reads the time past the first fields, and the level and context after it', () => {
    expect(
      parse(
        '[Evolution API]  [loja-centro]  v2.2.3  1   -  Mon Nov 30 2026 11:20:08     VERBOSE   [ChannelStartupService]  [string]  Event received',
      ),
    ).toMatchObject({ timestamp: Date.parse('2026-11-30T11:20:08Z'), level: 'TRACE' });
    expect(
      parse('[My Big Api] 19096  - 11/30/2026, 7:12:59 AM     WARN [NestFactory] Starting'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T07:12:59Z'),
      level: 'WARN',
      message: 'Starting',
    });
  });

  it('keeps the labels before the dash in fields.header_columns: the app, instance, version and pid', () => {
    expect(
      parse(
        '[Evolution API]  [loja-centro]  v2.2.3  1   -  Mon Nov 30 2026 11:20:08     INFO   [ChannelStartupService]  [string]  Browser ready',
      ).fields,
    ).toMatchObject({
      // With a level after the time, the columns stepped over keep them (`keepSteppedOver`): once.
      header_columns: expect.stringMatching(
        /^\[Evolution API\] {2}\[loja-centro\] {2}v2\.2\.3 {2}1\b(?!.*Evolution)/,
      ),
    });
    expect(
      parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM     LOG [NestFactory] Starting').fields,
    ).toMatchObject({
      header_columns: '[Nest] 19096',
    });
  });

  it('keeps them as a header’s columns with no text after the time, and once beside a level before them', () => {
    // The general lead before a time (`lead-before-time.ts`) keeps them: a time ending the line
    // after labels is no sentence carrying a time.
    expect(parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM')).toMatchObject({
      message: '',
      fields: { header_columns: '[Nest] 19096' },
    });
    // `[INFO]` is the level: only the pid is a column (the labels and the stretch after the level kept it twice).
    expect(parse('[INFO] 1 - 2026-11-30 10:00:00 text')).toMatchObject({
      level: 'INFO',
      message: 'text',
      fields: { header_columns: '1' },
    });
  });

  it('keeps no labels where the time opens the line or follows other words', () => {
    expect(parse('2026-11-30 10:00:00 [a] 1 - text').fields.header_columns).toBeUndefined();
    expect(parse('[2026-11-30 10:00:00] [a] 1 - text').fields.header_columns).toBeUndefined();
  });

  it('reads one bracket of many words as one label', () => {
    expect(parse('[a b c d e] - Mon Nov 30 2026 11:20:04 text')).toMatchObject({
      timestamp: Date.parse('2026-11-30T11:20:04Z'),
      message: 'text',
    });
  });

  it('serves a learned source whose labels vary in number', () => {
    const parser = compileParser({});
    const lines = [
      '[Evolution API]  v2.2.3  1   -  Mon Nov 30 2026 11:20:04     INFO   [PrismaRepository]  [string]  Repository - ON',
      '[Evolution API]  [loja-centro]  v2.2.3  1   -  Mon Nov 30 2026 11:20:07     INFO   [ChannelStartupService]  [string]  Browser ready',
      '[Evolution API]  [loja-centro]  v2.2.3  1   -  Mon Nov 30 2026 11:20:31     ERROR   [WebhookController]  [string]  Request failed',
      '[Evolution API]  [suporte]  v2.2.3  1   -  Mon Nov 30 2026 11:20:11     WARN   [ChannelStartupService]  [string]  Connection closed',
    ];
    parser.learn('evolution', lines, receivedAt);
    expect(parser(lines[2] ?? '', receivedAt, 'evolution')).toMatchObject({
      timestamp: Date.parse('2026-11-30T11:20:31Z'),
      level: 'ERROR',
    });
    expect(parser(lines[0] ?? '', receivedAt, 'evolution')).toMatchObject({
      timestamp: Date.parse('2026-11-30T11:20:04Z'),
      level: 'INFO',
    });
    // The labels kept, then the learned header column after the context.
    expect(parser(lines[3] ?? '', receivedAt, 'evolution').fields).toMatchObject({
      header_columns: '[Evolution API]  [suporte]  v2.2.3  1 [string]',
    });
  });

  it('reads no time after a free word, and no time of day, epoch or id there', () => {
    expect(
      parse('[job runner] [step] finished the task - Mon Nov 30 2026 11:20:04 done').timestamp,
    ).toBeUndefined();
    expect(parse('[a] [b] [c] [d] 1 - 10:20:30 text').timestamp).toBeUndefined();
    expect(parse('[a] [b] [c] [d] 42 - 1796047331 text').timestamp).toBeUndefined();
    expect(parse('[a] [b] [c] [d] [e] [f] [g] - Mon Nov 30 2026 11:20:04 text').timestamp).toBeUndefined();
  });

  it('cuts the time since the previous line (` +12ms`, formatTimestampDiff) to fields.since_previous_ms', () => {
    const esc = String.fromCharCode(27);
    expect(
      parse(
        `${esc}[32m[Nest] 28   - ${esc}[39m11/30/2026, 11:52:07 AM   ${esc}[38;5;3m[InstanceLoader] ${esc}[39m${esc}[32mBullModule dependencies initialized${esc}[39m${esc}[38;5;3m +96ms${esc}[39m`,
      ),
    ).toMatchObject({
      message: 'BullModule dependencies initialized',
      fields: { header_columns: '[Nest] 28', since_previous_ms: 96 },
    });
    expect(
      parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM   ERROR [ExceptionsHandler] boom +12ms'),
    ).toMatchObject({ level: 'ERROR', message: 'boom', fields: { since_previous_ms: 12 } });
    // Learned as the bench learns a source, the same.
    const lines = [
      '[Nest] 7  - 11/30/2026, 7:12:59 AM     LOG [RoutesResolver] AppController {/}: +3ms',
      '[Nest] 7  - 11/30/2026, 7:12:59 AM     LOG [RouterExplorer] Mapped {/, GET} route +1ms',
      '[Nest] 7  - 11/30/2026, 7:13:00 AM    WARN [Auth] token expired +840ms',
    ];
    const parser = compileParser({});
    parser.learn('nest', lines, receivedAt);
    expect(parser(lines[2] as string, receivedAt, 'nest')).toMatchObject({
      level: 'WARN',
      message: 'token expired',
      fields: { since_previous_ms: 840 },
    });
  });

  it('leaves ` +5ms` in the text of a line without those labels, and a first line without a diff whole', () => {
    expect(parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM   ERROR [ExceptionsHandler] boom')).toMatchObject({
      message: 'boom',
      fields: { header_columns: '[Nest] 19096' },
    });
    expect(
      parse('[Nest] 19096  - 11/30/2026, 7:12:59 AM   ERROR [X] boom').fields.since_previous_ms,
    ).toBeUndefined();
    for (const line of [
      '2026-11-30 07:12:59 INFO done in +5ms',
      '[web] 2026-11-30 07:12:59 INFO done in +5ms',
      '2026-11-30T07:12:59Z query took +5ms',
      '[app] started - 11/30/2026, 7:12:59 AM took +5ms',
    ]) {
      const read = parse(line);
      expect(read.message.endsWith('+5ms')).toBe(true);
      expect(read.fields.since_previous_ms).toBeUndefined();
    }
    // Not a diff: no space before the plus, no digits, another unit.
    for (const tail of ['x+5ms', 'x +ms', 'x +5s']) {
      expect(parse(`[Nest] 1  - 11/30/2026, 7:12:59 AM   ERROR [X] ${tail}`).message).toBe(tail);
    }
  });
});
