/**
 * Round r104, on dev166's content-management systems: log4j 2's level cut to two letters between a
 * bracketed thread and a dotted logger closed by ` - ` (Apache Roller's `%level{length=2}`), and
 * xPDO's `(LEVEL @ file : line)` group after its time (MODX Revolution's error log).
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.UTC(2026, 11, 1);

/** A parser that learned `src` from `lines`, and a reader of that source's lines. */
function learnt(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('src', lines, receivedAt);
  return (line: string) => parser(line, receivedAt, 'src');
}

describe('a level cut to two letters after the thread (log4j 2’s `%level{length=2}`, Apache Roller)', () => {
  const roller = (thread: string, level: string, rest: string) =>
    `2026-11-23 05:58:02,114 [${thread}] ${level} ${rest}`;

  it('reads IN, DE, WA, ER, TR and FA before a dotted logger and ` - `, the text after the dash', () => {
    expect(
      parseLine(
        roller('main', 'IN', 'o.a.r.w.u.c.RollerContext - Roller Weblogger initializing, version 6.1.4'),
      ),
    ).toMatchObject({
      level: 'INFO',
      logger: 'o.a.r.w.u.c.RollerContext',
      message: 'Roller Weblogger initializing, version 6.1.4',
      fields: { thread: 'main' },
      timestamp: Date.UTC(2026, 10, 23, 5, 58, 2, 114),
    });
    const levels = { DE: 'DEBUG', WA: 'WARN', ER: 'ERROR', TR: 'TRACE', FA: 'FATAL' };
    for (const [cut, level] of Object.entries(levels))
      expect(parseLine(roller('http-nio-8080-exec-4', cut, 'o.a.r.w.u.r.s.PageServlet - text')).level).toBe(
        level,
      );
  });

  it('reads them so in a learned source too', () => {
    const read = learnt([
      roller('main', 'IN', 'o.a.r.w.u.c.RollerContext - Roller Weblogger initializing'),
      roller('main', 'IN', 'o.a.r.w.b.DatabaseProvider - Using JNDI datasource'),
      roller('main', 'DE', 'o.a.s.d.Dispatcher - Dispatcher initialized'),
      roller('pool-2-thread-1', 'DE', 'o.a.r.w.b.j.JPAPingTargetManagerImpl - Ping queue contains 3 entries'),
      roller('http-nio-8080-exec-4', 'WA', 'o.a.r.w.u.r.s.PageServlet - Weblog not found'),
      roller('main', 'IN', 'o.a.r.w.u.c.RollerContext - initialization complete'),
    ]);
    expect(read(roller('http-nio-8080-exec-3', 'ER', 'o.a.r.w.u.MailUtil - Failed to send'))).toMatchObject({
      level: 'ERROR',
      logger: 'o.a.r.w.u.MailUtil',
      message: 'Failed to send',
    });
  });

  it('reads no two letters as prose, a country, other letters, or without the logger and dash', () => {
    expect(parseLine(roller('main', 'IN', 'clause rejected - retrying')).level).toBeUndefined();
    expect(parseLine(roller('main', 'IN', 'clause rejected')).level).toBeUndefined();
    expect(parseLine(roller('main', 'DE', 'FR IN shipments delayed')).level).toBeUndefined();
    expect(parseLine(roller('main', 'FR', 'o.a.r.Shipping - text')).level).toBeUndefined();
    expect(parseLine(roller('main', 'In', 'o.a.r.Shipping - text')).level).toBeUndefined();
    expect(parseLine(roller('main', 'IX', 'o.a.r.Shipping - text')).level).toBeUndefined();
    expect(parseLine('2026-11-23 05:58:02,114 IN o.a.r.Shipping - text').level).toBeUndefined();
    // A country glued to a dotted name is the logger's first part, no level (review82).
    expect(parseLine(roller('worker-3', 'DE.bund.Importer', '- imported')).level).toBeUndefined();
    expect(parseLine(roller('worker-3', 'IN', 'e.g. - imported')).level).toBeUndefined();
    const countries = learnt(
      ['DE', 'IN', 'FR', 'DE', 'IN', 'FR', 'DE', 'IN'].map((c, n) =>
        roller(`w${n}`, c, `orders shipped ${n}`),
      ),
    );
    expect(countries(roller('w9', 'DE', 'orders shipped 9')).level).toBeUndefined();
    const one = learnt(Array.from({ length: 8 }, (_, n) => roller('main', 'IN', `stock ${n} counted`)));
    expect(one(roller('main', 'IN', 'stock 9 counted')).level).toBeUndefined();
  });
});

describe('xPDO’s `(LEVEL @ file : line)` after the time (MODX Revolution’s error log)', () => {
  const modx = (group: string, text: string) => `[2026-11-21 06:14:37] (${group}) ${text}`;

  it('reads the level, the location as the caller and the text after the group', () => {
    expect(
      parseLine(
        modx(
          'ERROR @ /var/www/core/cache/x/14.include.cache.php : 27',
          'PHP warning: Undefined array key "alias"',
        ),
      ),
    ).toMatchObject({
      level: 'ERROR',
      message: 'PHP warning: Undefined array key "alias"',
      fields: { caller: '/var/www/core/cache/x/14.include.cache.php:27' },
      timestamp: Date.UTC(2026, 10, 21, 6, 14, 37),
    });
    expect(parseLine(modx('ERROR @ /index.php', '[pThumb] Could not create cache directory'))).toMatchObject({
      level: 'ERROR',
      message: '[pThumb] Could not create cache directory',
      fields: { caller: '/index.php' },
    });
    expect(parseLine(modx('WARN in modSnippet @ /index.php : 3', 'text'))).toMatchObject({
      level: 'WARN',
      logger: 'modSnippet',
      message: 'text',
    });
    expect(parseLine(modx('DEBUG @ /connectors/index.php', 'x')).level).toBe('DEBUG');
    // `_getLogLevel`'s other two words, INFO and FATAL (its `default`) (review82).
    expect(parseLine(modx('INFO @ /index.php', 'x'))).toMatchObject({ level: 'INFO', message: 'x' });
    expect(parseLine(modx('FATAL @ /index.php : 9', 'x'))).toMatchObject({
      level: 'FATAL',
      fields: { caller: '/index.php:9' },
    });
  });

  it('keeps a parenthesis of the text, another word, or a group elsewhere in the line', () => {
    expect(parseLine(modx('see @ docs', 'text')).message).toBe('(see @ docs) text');
    expect(parseLine(modx('NOTICE @ /index.php', 'text')).message).not.toBe('text');
    expect(parseLine('[2026-11-21 06:14:37] saved (ERROR @ /index.php) text').fields.caller).toBeUndefined();
    expect(parseLine('2026-11-21 06:14:37 (ERROR @ /index.php) text').fields.caller).toBeUndefined();
  });
});
