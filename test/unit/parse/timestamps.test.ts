import { describe, expect, it } from 'vitest';
import { parseTimestampText, parseTimestampValue, type TimeContext } from '../../../core/parse/index.ts';

const utc: TimeContext = { zone: 'UTC', receivedAt: Date.UTC(2025, 11, 1) };
const paris: TimeContext = { zone: 'Europe/Paris', receivedAt: Date.UTC(2025, 11, 1) };

describe('parseTimestampText: ISO 8601 / RFC 3339 and log4j/Python spellings', () => {
  it.each([
    ['2025-10-23T14:32:15Z', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['2025-10-23T14:32:15.123Z', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['2025-10-23T14:32:15.1Z', Date.UTC(2025, 9, 23, 14, 32, 15, 100)],
    ['2025-10-23T14:32:15.123456789Z', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['2025-10-23t14:32:15z', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['2025-10-23T14:32:15+02:00', Date.UTC(2025, 9, 23, 12, 32, 15)],
    ['2025-10-23T14:32:15-0530', Date.UTC(2025, 9, 23, 20, 2, 15)],
    ['2025-10-23T14:32:15.5+05', Date.UTC(2025, 9, 23, 9, 32, 15, 500)],
    ['2025-10-23 14:32:15,123', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['2025-10-23 14:32:15 +0200', Date.UTC(2025, 9, 23, 12, 32, 15)],
    ['2025-10-23 14:32:15 UTC', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['2025-10-23', Date.UTC(2025, 9, 23)],
    ['2016-12-31T23:59:60Z', Date.UTC(2016, 11, 31, 23, 59, 59, 999)],
  ])('%s', (text, expected) => {
    expect(parseTimestampText(text, utc)).toBe(expected);
  });

  it('reads a time without a zone in the default zone, and ignores it when the text has one', () => {
    expect(parseTimestampText('2025-07-01T12:00:00', paris)).toBe(Date.UTC(2025, 6, 1, 10));
    expect(parseTimestampText('2025-01-01T12:00:00', paris)).toBe(Date.UTC(2025, 0, 1, 11));
    expect(parseTimestampText('2025-07-01T12:00:00Z', paris)).toBe(Date.UTC(2025, 6, 1, 12));
  });
});

describe('parseTimestampText: other shapes', () => {
  it.each([
    ['10/Oct/2000:13:55:36 -0700', Date.UTC(2000, 9, 10, 20, 55, 36)],
    ['Sun Dec 04 04:47:44 2005', Date.UTC(2005, 11, 4, 4, 47, 44)],
    ['Wed Oct 11 14:32:52.123456 2025', Date.UTC(2025, 9, 11, 14, 32, 52, 123)],
    ['081109 203615', Date.UTC(2008, 10, 9, 20, 36, 15)],
    ['17/06/09 20:10:40', Date.UTC(2017, 5, 9, 20, 10, 40)],
    ['2025/10/23 14:32:15', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['2025/10/23 14:32:15.123456', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['Jun 14 15:16:01', Date.UTC(2025, 5, 14, 15, 16, 1)],
    ['Jul  7 08:06:15', Date.UTC(2025, 6, 7, 8, 6, 15)],
    ['Jul 7 08:06:15', Date.UTC(2025, 6, 7, 8, 6, 15)],
    ['[2025-10-23 14:32:15]', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['Thu, 23 Oct 2025 14:32:15 GMT', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['Thu, 23 Oct 2025 14:32:15 +0200', Date.UTC(2025, 9, 23, 12, 32, 15)],
  ])('%s', (text, expected) => {
    expect(parseTimestampText(text, utc)).toBe(expected);
  });

  it.each([
    ['1761229935', Date.UTC(2025, 9, 23, 14, 32, 15)],
    ['1761229935.5', Date.UTC(2025, 9, 23, 14, 32, 15, 500)],
    ['1761229935123', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['1761229935123456', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['1761229935123456789', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    // A fraction is cut to the millisecond, as in every other shape, not rounded up.
    ['1761229935.123789', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['1761229935.1239', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
    ['1761229935123.9', Date.UTC(2025, 9, 23, 14, 32, 15, 123)],
  ])('epoch %s', (text, expected) => {
    expect(parseTimestampText(text, utc)).toBe(expected);
  });

  it.each([
    ['2025-13-01T00:00:00Z'],
    ['2025-02-29T00:00:00Z'],
    ['2025-10-23T24:00:00Z'],
    ['2025-10-23T14:32Z'],
    ['yesterday'],
    [''],
    ['   '],
    ['Foo 12 10:00:00'],
    ['2025-10-23T14:32:15Z trailing'],
    ['x'.repeat(1000)],
  ])('%j is not a timestamp', (text) => {
    expect(parseTimestampText(text, utc)).toBeNaN();
  });
});

describe('round trip against Date#toISOString', () => {
  it('reads back 20,000 random instants from year 1 to 9999, with and without the zone letter', () => {
    let seed = 3;
    const wrong: string[] = [];
    const min = new Date('0001-01-01T00:00:00Z').getTime();
    const max = new Date('9999-12-31T23:59:59Z').getTime();
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const instant = Math.floor(min + (seed / 2_147_483_648) * (max - min));
      const iso = new Date(instant).toISOString();
      if (parseTimestampText(iso, paris) !== instant) wrong.push(iso);
      if (parseTimestampText(iso.slice(0, -1), utc) !== instant) wrong.push(`${iso} without Z`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('parseTimestampValue', () => {
  it('reads JSON numbers as epoch seconds, ms, µs or ns by magnitude', () => {
    const t = Date.UTC(2025, 9, 23, 14, 32, 15, 123);
    expect(parseTimestampValue(1761229935.123, utc)).toBe(t);
    expect(parseTimestampValue(1761229935123, utc)).toBe(t);
    expect(parseTimestampValue(1761229935123456, utc)).toBe(t);
    expect(parseTimestampValue(1.761229935123456e18, utc)).toBe(t);
  });

  it('refuses what cannot be a time', () => {
    expect(parseTimestampValue(-1, utc)).toBeNaN();
    expect(parseTimestampValue(Number.NaN, utc)).toBeNaN();
    expect(parseTimestampValue(Number.POSITIVE_INFINITY, utc)).toBeNaN();
    expect(parseTimestampValue(true, utc)).toBeNaN();
    expect(parseTimestampValue(null, utc)).toBeNaN();
  });
});

describe('syslog dates without a year', () => {
  const at = (receivedAt: number, zone = 'UTC'): TimeContext => ({ zone, receivedAt });

  it('puts a Dec 31 line received on Jan 1 in the previous year', () => {
    expect(parseTimestampText('Dec 31 23:59:58', at(Date.UTC(2026, 0, 1, 0, 0, 10)))).toBe(
      Date.UTC(2025, 11, 31, 23, 59, 58),
    );
  });

  it('puts a Jan 1 line received on Dec 31 (sender clock ahead) in the next year', () => {
    expect(parseTimestampText('Jan  1 00:00:05', at(Date.UTC(2025, 11, 31, 23, 59, 59)))).toBe(
      Date.UTC(2026, 0, 1, 0, 0, 5),
    );
  });

  it('keeps the received year for earlier dates of that year, and tolerates a little clock skew', () => {
    expect(parseTimestampText('Jun 14 15:16:01', at(Date.UTC(2025, 11, 1)))).toBe(
      Date.UTC(2025, 5, 14, 15, 16, 1),
    );
    expect(parseTimestampText('Jun 14 15:16:01', at(Date.UTC(2025, 5, 14, 15, 15)))).toBe(
      Date.UTC(2025, 5, 14, 15, 16, 1),
    );
  });

  it('puts a line from a month later than the received date in the previous year', () => {
    expect(parseTimestampText('Aug  1 10:00:00', at(Date.UTC(2025, 6, 1)))).toBe(Date.UTC(2024, 7, 1, 10));
  });

  it('reads Feb 29 in the closest leap year before', () => {
    expect(parseTimestampText('Feb 29 12:00:00', at(Date.UTC(2024, 2, 1)))).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('takes the year of the received time in the default zone', () => {
    // 2025-12-31T23:30Z is already 2026 in Paris, so "Jan 1 00:10" (Paris) is 2026-01-01 and in the past.
    expect(parseTimestampText('Jan  1 00:10:00', at(Date.UTC(2025, 11, 31, 23, 30), 'Europe/Paris'))).toBe(
      Date.UTC(2025, 11, 31, 23, 10),
    );
  });
});

describe("Go's ` Z` for UTC", () => {
  it('reads `2006-01-02 15:04:05.000 Z`, as Mattermost writes it, and not a word that starts with Z', () => {
    expect(parseTimestampText('2026-11-30 10:00:00.123 Z', utc)).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 123));
    expect(parseTimestampText('2026-11-30 10:00:00.123 Zulu', utc)).toBeNaN();
  });
});
