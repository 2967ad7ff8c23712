/**
 * Level classes of the lvl41 round (false levels in `format-docs-dev84` to `-dev86`):
 *
 * - Monolog's JSON record (PHP's standard logger, as Symfony and Laravel apps write it:
 *   `{"message","context","level","level_name","channel","datetime","extra"}`): a key naming the
 *   level (`level_name`) that spells it wins over one holding a number (another level key holding a
 *   word is ranked as before), and a number of 100 or more is no pino level: Monolog's scale only in
 *   a record of Monolog's keys, otherwise no level, never FATAL;
 * - a bracket that opens with a level word and goes on, one space on, with a word written in the
 *   same case (`[Error Handler]`, `[HTTP SERVER]`, `[DEBUG CONSOLE]`, `[Info Panel]`) names a scope,
 *   not a level: a level in brackets fills them (`[WARN ]`, `[ INFO ]`) or is joined by a mark;
 * - a level opening the line padded before a colon standing apart (`INFO     : APP [time]`,
 *   Python's `%(levelname)-8s: `), whose widest word fills the pad (`CRITICAL: APP [time]`): the
 *   learned header finds the time one field earlier, and the text after it.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { monologLevel, normaliseLevel } from '../../../core/parse/levels.ts';
import { learnStructure, type Structure, startsLikeStructure } from '../../../core/parse/structure.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe("Monolog's JSON record: its level read by name, or by its own scale, never as pino's FATAL", () => {
  const monolog = (level: number, name: string | undefined, message: string, n = 7) =>
    JSON.stringify({
      message,
      context: {},
      level,
      ...(name === undefined ? {} : { level_name: name }),
      channel: 'app',
      datetime: `2026-11-29T09:41:${String(n % 60).padStart(2, '0')}.000224+00:00`,
      extra: {},
    });

  it.each([
    [100, 'DEBUG', 'DEBUG'],
    [200, 'INFO', 'INFO'],
    [250, 'NOTICE', 'NOTICE'],
    [300, 'WARNING', 'WARN'],
    [400, 'ERROR', 'ERROR'],
    [500, 'CRITICAL', 'FATAL'],
    [550, 'ALERT', 'FATAL'],
    [600, 'EMERGENCY', 'FATAL'],
  ] as const)('level %i with level_name %s reads %s, the number kept in fields', (n, name, level) => {
    const line = parse(monolog(n, name, 'Matched route "ap_shared_inbox".'));
    expect(line).toMatchObject({ format: 'json', level, message: 'Matched route "ap_shared_inbox".' });
    expect(line.timestamp).toBe(Date.parse('2026-11-29T09:41:07.000Z'));
    expect(line.fields).toMatchObject({ level: n, channel: 'app' });
  });

  it.each([
    [100, 'DEBUG'],
    [200, 'INFO'],
    [250, 'NOTICE'],
    [300, 'WARN'],
    [400, 'ERROR'],
    [600, 'FATAL'],
  ] as const)('without level_name, level %i in a record of channel and datetime reads %s', (n, level) => {
    expect(parse(monolog(n, undefined, 'cache warmed')).level).toBe(level);
  });

  it('reads a source of Monolog lines learned from its sample the same way', () => {
    const names = ['DEBUG', 'INFO', 'INFO', 'DEBUG', 'WARNING', 'INFO', 'ERROR', 'INFO'] as const;
    const numbers = { DEBUG: 100, INFO: 200, WARNING: 300, ERROR: 400 } as const;
    const lines = Array.from({ length: 32 }, (_, n) => {
      const name = names[n % 8] as (typeof names)[number];
      return monolog(numbers[name], name, `step ${n}`, n);
    });
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((l) => l.level)).toEqual(lines.map((_, n) => normaliseLevel(names[n % 8]) as string));
  });

  it('a level name under another level key wins over a number too', () => {
    expect(parse('{"time":"2026-11-29T09:41:07Z","level":30,"levelname":"ERROR","msg":"x"}').level).toBe(
      'ERROR',
    );
    expect(parse('{"time":"2026-11-29T09:41:07Z","level_name":"warning","level":60,"msg":"x"}').level).toBe(
      'WARN',
    );
  });

  it('a level_name alone is the level', () => {
    expect(parse('{"datetime":"2026-11-29T09:41:07Z","level_name":"NOTICE","message":"x"}').level).toBe(
      'NOTICE',
    );
  });

  describe('negatives: no false FATAL', () => {
    it.each([
      ['{"msg":"x","level":100}'],
      ['{"time":"2026-11-29T09:41:07Z","level":200,"msg":"started"}'],
      // log4j's `intLevel` (smaller is more severe: 100 FATAL) in a custom JSON template.
      ['{"timeMillis":1795932845904,"level":500,"loggerName":"app","message":"trace"}'],
      ['{"@timestamp":"2026-11-29T09:41:07Z","severity":400,"message":"x"}'],
      // Monolog's keys but only one of them, or a number off its scale.
      ['{"message":"x","level":300,"channel":"app"}'],
      ['{"message":"x","level":300,"datetime":"2026-11-29T09:41:07Z"}'],
      ['{"message":"x","level":201,"channel":"app","datetime":"2026-11-29T09:41:07Z"}'],
      ['{"message":"x","level":1000,"channel":"app","datetime":"2026-11-29T09:41:07Z"}'],
    ])('%s has no level, its number kept', (raw) => {
      const line = parse(raw);
      expect(line.level).toBeUndefined();
      const key = 'severity' in JSON.parse(raw) ? 'severity' : 'level';
      expect(line.fields[key]).toBe(JSON.parse(raw)[key]);
    });

    it("keeps pino's numbers as they were, and syslog's where the record says so", () => {
      expect(parse('{"level":60,"time":1761229935123,"msg":"boom"}').level).toBe('FATAL');
      expect(parse('{"level":99,"time":1761229935123,"msg":"custom"}').level).toBe('FATAL');
      expect(parse('{"level":30,"time":1761229935123,"msg":"ok"}').level).toBe('INFO');
      expect(parse('{"level":3,"short_message":"bad","version":"1.1","host":"h"}').level).toBe('ERROR');
      expect(parse('{"level":3,"time":1761229935123,"msg":"bad"}').level).toBeUndefined();
    });

    it('a number is not displaced by a text that spells no level', () => {
      const line = parse('{"level":50,"s":"abc","time":1761229935123,"msg":"boom"}');
      expect(line.level).toBe('ERROR');
      expect(line.fields).toMatchObject({ s: 'abc' });
    });

    it.each([
      // A pino record at 30 of an app logging a finding: its severity is the finding's, not the line's.
      [
        '{"level":30,"time":1761229935123,"msg":"scan done","severity":"critical","cve":"CVE-2026-1"}',
        'INFO',
      ],
      ['{"level":30,"time":1761229935123,"msg":"lint","severity":"error","rule":"no-undef"}', 'INFO'],
      ['{"level":50,"time":1761229935123,"msg":"x","s":"I"}', 'ERROR'],
      ['{"level":50,"time":1761229935123,"msg":"x","log":{"level":"info"}}', 'ERROR'],
      // A number written as text is no level's name.
      ['{"level":30,"time":1761229935123,"msg":"x","level_name":"1"}', 'INFO'],
    ])(
      'a word under a key that is not the level name yields to the number by rank: %s reads %s',
      (raw, level) => {
        expect(parse(raw).level).toBe(level);
      },
    );

    it.each([
      // A chat's or a game's record: a channel, a date and a level of its own, no Monolog context.
      [
        '{"datetime":"2026-11-29T09:41:07Z","channel":"#general","user":"bob","level":500,"message":"bob reached level 500"}',
      ],
      ['{"message":"x","level":400,"channel":"app","datetime":"2026-11-29T09:41:07Z"}'],
    ])("%s, without Monolog's context and extra, has no level", (raw) => {
      expect(parse(raw).level).toBeUndefined();
    });

    it('monologLevel knows only its eight numbers', () => {
      expect([99, 101, 150, 350, 700].map(monologLevel)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    });
  });
});

describe('a bracket opening with a level word then another word written alike is a scope, not a level', () => {
  const at = '2026-11-29 10:00:01 ';

  it.each([
    ['[Error Handler] caught nothing'],
    ['[HTTP SERVER] failed to bind'],
    ['[DEBUG CONSOLE] attached'],
    ['[Info Panel] opened'],
    ['[error handler] caught nothing'],
    ['[ Error Handler ] caught nothing'],
    ['[Warning Light Controller] on'],
  ])('%s has no level and keeps its bracket', (text) => {
    for (const raw of [at + text, `10:00:01 ${text}`, text]) {
      const line = parse(raw);
      expect(line.level).toBeUndefined();
      expect(line.message.endsWith(text.slice(text.indexOf(']') + 2))).toBe(true);
      expect(line.message).not.toMatch(/^[A-Za-z]+\] /);
    }
  });

  it('a signale scope after its arrow no longer lends its first word as the level', () => {
    const line = parse(
      '[1:09:15 PM] › [HTTP SERVER] get /invoices/INV-21007/pdf ✖  error     Route not resolved',
    );
    expect(line.level).not.toBe('INFO');
  });

  it.each([
    ['[WARN ] disk low', 'WARN', 'disk low'],
    ['[ INFO ] ready', 'INFO', 'ready'],
    ['[ INFO] ready', 'INFO', 'ready'],
    ['[INFO ] ready', 'INFO', 'ready'],
    ['[Error] caught nothing', 'ERROR', 'caught nothing'],
    ['[WARNING] Disk low', 'WARN', 'Disk low'],
    ['[INFO@mau.init] ok', 'INFO', 'ok'],
    ['[ERROR] [Error Handler] caught nothing', 'ERROR', 'caught nothing'],
    ['INFO [Error Handler] caught nothing', 'INFO', 'caught nothing'],
  ])('%s still reads %s', (text, level, message) => {
    const line = parse(at + text);
    expect(line).toMatchObject({ level, message });
  });

  it.each([
    // A name or path written otherwise follows the level inside its bracket: the level stands.
    ['[ERROR, x] disk', 'ERROR'],
    ['[ERROR main] boom', 'ERROR'],
    [
      '[INFO crates/libcontainer/src/container/init_builder.rs:94] 2026-11-28T13:10:06.500503029+01:00 created',
      'INFO',
    ],
    ['[Info   :   BepInEx] Running under Unity v2022.3.23.1', 'INFO'],
  ])('%s still reads %s', (raw, level) => {
    expect(parse(raw.startsWith('[INFO crates') || raw.startsWith('[Info ') ? raw : at + raw).level).toBe(
      level,
    );
  });

  it.each([
    ['[ERROR HTTP] 500 on /x'],
    ['[WARN HTTP] retry'],
    ['[Error Http] not found'],
    ['[ERROR TRACE] dumped'],
    ['[INFO DEBUG] attached'],
    ['[Error Warning] shown'],
  ])('%s: the scope lends no later word as the level either', (text) => {
    for (const raw of [at + text, text]) expect(parse(raw).level).toBeUndefined();
  });

  it.each([
    ['[HTTP ERROR] 500 on /x', 'ERROR'],
    ['[Connection Error] timeout', 'ERROR'],
  ])('%s: a name opened by no full level word keeps its level word (%s)', (text, level) => {
    expect(parse(at + text).level).toBe(level);
  });

  it('a source of scoped lines learns no level from its scopes', () => {
    const scopes = ['[Error Handler]', '[Session Store]', '[Info Panel]', '[Error Http]'];
    const lines = Array.from(
      { length: 32 },
      (_, n) => `2026-11-29 10:00:${String(n % 60).padStart(2, '0')} ${scopes[n % 4]} step ${n} done`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((l) => l.level)).toEqual(lines.map(() => undefined));
  });
});

describe('a padded level whose widest word fills the pad before its colon', () => {
  const words = ['INFO', 'INFO', 'WARNING', 'INFO', 'ERROR', 'INFO', 'DEBUG', 'INFO'];
  const line = (word: string, n: number, text = `step ${n} done`) =>
    `${word.padEnd(8)}: APP [10:40:${String(n % 60).padStart(2, '0')}:123] ${text}`;
  const lines = Array.from({ length: 32 }, (_, n) => line(words[n % 8] as string, n));

  it('reads the time, the level and the text of the widest word as of the others', () => {
    const { sample, later } = readSource(lines, receivedAt, [
      line('CRITICAL', 59, 'disk gone'),
      line('ERROR', 58),
    ]);
    expect(sample[2]).toMatchObject({ level: 'WARN', message: 'step 2 done' });
    expect(later[0]).toMatchObject({ level: 'FATAL', message: 'disk gone' });
    expect(later[0]?.timestamp).toBe(Date.parse('2026-11-30T10:40:59.123Z'));
    expect(later[1]).toMatchObject({ level: 'ERROR', message: 'step 58 done' });
  });

  it('starts an event there for multiline grouping, as the other lines do', () => {
    const structure = learnStructure(lines, { zone: 'UTC', receivedAt });
    expect(structure).toBeDefined();
    const starts = (raw: string) =>
      startsLikeStructure(raw, structure as Structure, { zone: 'UTC', receivedAt });
    expect(
      [line('CRITICAL', 59), line('ERROR', 58), 'Traceback: APP (most recent call last)'].map(starts),
    ).toEqual([true, true, false]);
  });

  it("reads the time of a product's own word that fills the pad, with no level", () => {
    const own = Array.from({ length: 32 }, (_, n) =>
      line(n % 3 === 0 ? 'STATUS' : (words[n % 8] as string), n),
    );
    const { later } = readSource(own, receivedAt, [line('EXCEPTION', 14, 'PDelay Response Receipt Timeout')]);
    expect(later[0]).toMatchObject({ message: 'PDelay Response Receipt Timeout' });
    expect(later[0]?.timestamp).toBe(Date.parse('2026-11-30T10:40:14.123Z'));
  });

  it('negatives: a line alone, prose with a colon, and a word not in capitals are read as before', () => {
    expect(parse('CRITICAL: APP [10:40:59:123] disk gone')).toMatchObject({
      level: 'FATAL',
      message: 'APP [10:40:59:123] disk gone',
    });
    expect(parse('WARNING: expires [2026-12-31 23:59:59] soon').message).toBe(
      'expires [2026-12-31 23:59:59] soon',
    );
    const { later } = readSource(lines, receivedAt, [
      'Note: APP [10:40:57:123] text',
      'see: APP [10:40:57:123] text',
    ]);
    expect(later.map((l) => l.timestamp)).toEqual([undefined, undefined]);
  });
});
