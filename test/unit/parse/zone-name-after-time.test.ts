/**
 * A time followed by an IANA zone name, a class several loggers share: PHP's error_log under
 * `date.timezone` (`[29-Nov-2026 08:12:40 Europe/Warsaw]`), Java's `ZonedDateTime` (`…+01:00[Europe/Paris]`),
 * and loggers that print a zone id after the time. The name is read with the runtime's own tz data
 * (Intl), its daylight-saving rules included. Limits: a name needs its `Area/City` slash (`Japan`,
 * `EST5EDT` stay text after a time), and one the runtime does not know is no zone. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-02T06:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const time = (line: string) => parse(line).timestamp;
const at = (iso: string) => Date.parse(iso);

describe('a time followed by an IANA zone name', () => {
  it('reads PHP’s error_log time in its named zone, and its `PHP Warning:` level after it', () => {
    const line = parse(
      '[29-Nov-2026 08:12:40 Europe/Warsaw] PHP Warning:  Undefined array key "x" in /srv/a.php on line 2',
    );
    expect(line).toMatchObject({
      timestamp: at('2026-11-29T07:12:40Z'),
      level: 'WARN',
      message: 'Undefined array key "x" in /srv/a.php on line 2',
    });
  });

  it('follows daylight saving: a winter date and a summer date of one zone', () => {
    expect(time('[15-Jan-2026 12:00:00 Europe/Warsaw] PHP Notice:  x')).toBe(at('2026-01-15T11:00:00Z'));
    expect(time('[15-Jul-2026 12:00:00 Europe/Warsaw] PHP Notice:  x')).toBe(at('2026-07-15T10:00:00Z'));
    expect(time('2026-01-15 12:00:00 America/New_York INFO x')).toBe(at('2026-01-15T17:00:00Z'));
    expect(time('2026-07-15 12:00:00 America/New_York INFO x')).toBe(at('2026-07-15T16:00:00Z'));
    // Three parts, and a zone with no daylight saving a quarter-hour off.
    expect(time('2026-07-15 12:00:00 America/Argentina/Buenos_Aires INFO x')).toBe(
      at('2026-07-15T15:00:00Z'),
    );
    expect(time('2026-07-15 12:00:00 Asia/Kathmandu INFO x')).toBe(at('2026-07-15T06:15:00Z'));
  });

  it('reads a repeated hour as its first instant, a skipped hour after the jump (Temporal’s `compatible`)', () => {
    // Europe/Berlin: 2026-10-25 02:30 happens twice (CEST, then CET); 2026-03-29 02:30 never happens.
    expect(time('2026-10-25 02:30:00 Europe/Berlin INFO x')).toBe(at('2026-10-25T00:30:00Z'));
    expect(time('2026-03-29 02:30:00 Europe/Berlin INFO x')).toBe(at('2026-03-29T01:30:00Z'));
  });

  it('reads the name after a year-less syslog date and a comma fraction too', () => {
    expect(time('Nov 28 10:00:00 Asia/Tokyo host app[1]: hi')).toBe(at('2026-11-28T01:00:00Z'));
    expect(time('2026-07-28 10:00:00,123 America/New_York WARN hello')).toBe(at('2026-07-28T14:00:00.123Z'));
  });

  it('keeps Java’s offset and takes the bracketed zone name after it as part of the time', () => {
    const line = parse('2026-11-28T10:00:00.123+01:00[Europe/Paris] [main] INFO c.e.App - started');
    expect(line).toMatchObject({
      timestamp: at('2026-11-28T09:00:00.123Z'),
      timestampText: '2026-11-28T10:00:00.123+01:00[Europe/Paris]',
      level: 'INFO',
      message: 'started',
      fields: { thread: 'main' },
    });
    expect(time('2026-11-28T10:00:00.123Z[UTC] [main] INFO c.e.App - started')).toBe(
      at('2026-11-28T10:00:00.123Z'),
    );
  });

  it('leaves a name the runtime does not know, or one without its slash, as text: the time stays the context’s', () => {
    for (const zone of ['Foo/Bar', 'Europe/Parisx', 'Mars/Olympus_Mons']) {
      const line = parse(`[29-Nov-2026 08:12:40 ${zone}] PHP Warning:  text`);
      expect(line.timestamp).toBe(at('2026-11-29T08:12:40Z'));
      expect(line.level).toBeUndefined();
    }
    expect(time('2026-11-28 10:00:00 Japan office opened')).toBe(at('2026-11-28T10:00:00Z'));
    expect(time('2026-11-28 10:00:00 GET/Index served')).toBe(at('2026-11-28T10:00:00Z'));
    // A bracket after an offset that names no zone is the next field.
    expect(parse('2026-11-28T10:00:00Z[main] INFO c.e.App - started').timestamp).toBe(
      at('2026-11-28T10:00:00Z'),
    );
  });

  it('reads a name only as the tz database spells it, an alias in its own zone', () => {
    // Any other letter case is text, as Java's ZoneId reads it: the runtime would take it.
    for (const zone of ['EUROPE/PARIS', 'Europe/PARIS', 'America/New_YORK']) {
      const line = parse(`2026-11-28 10:00:00 ${zone} office opened`);
      expect(line.timestamp, zone).toBe(at('2026-11-28T10:00:00Z'));
      expect(line.message, zone).toContain(zone);
    }
    expect(time('2026-11-28 10:00:00 US/Eastern INFO x')).toBe(at('2026-11-28T15:00:00Z'));
    expect(time('2026-11-28 10:00:00 Asia/Kolkata INFO x')).toBe(at('2026-11-28T04:30:00Z'));
    expect(time('2026-11-28 10:00:00 Europe/Kyiv INFO x')).toBe(at('2026-11-28T08:00:00Z'));
    // The POSIX sign of the `Etc/GMT±N` names: `Etc/GMT+5` is five hours west of Greenwich.
    expect(time('2026-11-28 10:00:00 Etc/GMT+5 INFO x')).toBe(at('2026-11-28T15:00:00Z'));
    expect(time('2026-11-28 10:00:00 Etc/GMT-14 INFO x')).toBe(at('2026-11-27T20:00:00Z'));
    expect(time('2026-11-28 10:00:00 Etc/UTC INFO x')).toBe(at('2026-11-28T10:00:00Z'));
  });

  it('follows the southern hemisphere’s daylight saving and a zone’s past rules', () => {
    // Australia/Sydney: 2026-04-05 02:30 happens twice (AEDT, then AEST); 2026-10-04 02:30 never.
    expect(time('2026-04-05 02:30:00 Australia/Sydney INFO x')).toBe(at('2026-04-04T15:30:00Z'));
    expect(time('2026-10-04 02:30:00 Australia/Sydney INFO x')).toBe(at('2026-10-03T16:30:00Z'));
    // Europe/Moscow kept summer time all year in 2011–2014 (+04), then +03.
    expect(time('2012-01-15 12:00:00 Europe/Moscow INFO x')).toBe(at('2012-01-15T08:00:00Z'));
    expect(time('2016-01-15 12:00:00 Europe/Moscow INFO x')).toBe(at('2016-01-15T09:00:00Z'));
  });

  it('lets Java’s offset name the instant when its bracketed zone disagrees, as ZonedDateTime.parse does', () => {
    expect(time('2026-07-28T10:00:00+01:00[Europe/Paris] INFO x')).toBe(at('2026-07-28T09:00:00Z'));
  });

  it('asks the runtime about no name outside the tz database’s areas, and a flood of names evicts no zone’s offsets', () => {
    const Original = Intl.DateTimeFormat;
    const formatToParts = Original.prototype.formatToParts;
    let made = 0;
    let computed = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args) {
        made++;
        return Reflect.construct(target, args);
      },
    });
    Original.prototype.formatToParts = function (this: Intl.DateTimeFormat, date) {
      computed++;
      return formatToParts.call(this, date);
    };
    try {
      for (let n = 0; n < 3000; n++) parse(`2026-11-28 10:00:00 Zone${n}/City${n} INFO x`);
      expect(made).toBe(0);
      expect(time('2026-11-28 10:00:00 Europe/Warsaw INFO x')).toBe(at('2026-11-28T09:00:00Z'));
      for (let n = 0; n < 3000; n++) parse(`2026-11-28 10:00:00 Europe/Nowhere${n} INFO x`);
      computed = 0;
      expect(time('2026-11-28 10:00:00 Europe/Warsaw INFO x')).toBe(at('2026-11-28T09:00:00Z'));
      expect(computed).toBe(0);
    } finally {
      Intl.DateTimeFormat = Original;
      Original.prototype.formatToParts = formatToParts;
    }
  });

  it('never throws on names of odd shapes, and remembers a bounded number of them', () => {
    for (let n = 0; n < 3000; n++) {
      expect(() => parse(`2026-11-28 10:00:00 Zone${n}/City${n} INFO x`)).not.toThrow();
    }
    for (const zone of [
      'A/',
      'A//B',
      'A/b',
      '/Europe',
      `Europe/${'X'.repeat(60)}`,
      'Etc/GMT+99',
      'Europe/../../etc/passwd',
      'Europe/Pa\u0000ris',
      'Europe/Par\tis',
      'Europe/Paris\u0007',
    ]) {
      expect(time(`2026-11-28 10:00:00 ${zone} INFO x`)).toBe(at('2026-11-28T10:00:00Z'));
    }
  });
});

// review26w: the zone's name meeting the other readings of a time.
describe('a zone name where another reading of the time meets it', () => {
  it('keeps the name read before a year a layout may also zone after it (ctime with a zone)', () => {
    // The layout's second zone place, after the year, found none and cleared the name read first.
    expect(time('Mon Nov 30 10:00:00 Europe/Warsaw 2026 text here')).toBe(at('2026-11-30T09:00:00Z'));
    expect(time('Mon Nov 30 10:00:00 CET 2026 text here')).toBe(at('2026-11-30T09:00:00Z'));
  });

  it("never lets a source's restated stamp, written without a zone, move a header its zone name placed", () => {
    const lines = Array.from(
      { length: 32 },
      (_, i) =>
        `2026-11-30 10:00:${String(i).padStart(2, '0')} Europe/Warsaw app: 2026-11-30 10:00:${String(i).padStart(2, '0')}.${100 + i} handled ${i}`,
    );
    const parser = compileParser({});
    parser.learn('warsaw', lines, receivedAt);
    // Read in the source's zone (UTC), the restated stamp lies an hour from the header: as with an
    // offset written there, the header's instant holds.
    expect(parser(lines[5] as string, receivedAt, 'warsaw').timestamp).toBe(at('2026-11-30T09:00:05Z'));
  });
});
