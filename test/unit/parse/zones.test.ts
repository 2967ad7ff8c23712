import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallTimeToInstant, zoneOffset } from '../../../core/parse/index.ts';

const H = 3_600_000;
const M = 60_000;

describe('zoneOffset', () => {
  it('gives summer and winter offsets', () => {
    expect(zoneOffset('Europe/Paris', Date.UTC(2025, 6, 1))).toBe(2 * H);
    expect(zoneOffset('Europe/Paris', Date.UTC(2025, 0, 1))).toBe(1 * H);
    expect(zoneOffset('America/New_York', Date.UTC(2025, 6, 1))).toBe(-4 * H);
    expect(zoneOffset('Asia/Kathmandu', Date.UTC(2025, 0, 1))).toBe(5 * H + 45 * M);
    expect(zoneOffset('UTC', Date.UTC(2025, 0, 1))).toBe(0);
  });

  it('changes at the exact instant of a transition, also mid-hour (Lord Howe, +10:30 → +11)', () => {
    const transition = Date.UTC(2025, 9, 4, 15, 30);
    // Warm the hour's cache from both sides first.
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2025, 9, 4, 15, 0))).toBe(10 * H + 30 * M);
    expect(zoneOffset('Australia/Lord_Howe', transition)).toBe(11 * H);
    expect(zoneOffset('Australia/Lord_Howe', transition - 1000)).toBe(10 * H + 30 * M);
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2025, 9, 4, 15, 59))).toBe(11 * H);
  });

  it('counts unknown zones as UTC and says they are invalid', () => {
    expect(zoneOffset('Mars/Olympus', Date.UTC(2025, 0, 1))).toBe(0);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });
});

describe('wallTimeToInstant', () => {
  it('reads an ordinary wall time', () => {
    expect(wallTimeToInstant('America/New_York', Date.UTC(2025, 6, 1, 12))).toBe(Date.UTC(2025, 6, 1, 16));
    expect(wallTimeToInstant('America/New_York', Date.UTC(2025, 0, 1, 12))).toBe(Date.UTC(2025, 0, 1, 17));
  });

  it('moves a wall time skipped by the spring-forward jump past the jump', () => {
    // 02:30 does not exist in New York on 2025-03-09: read with EST (-5) it is 03:30 EDT.
    expect(wallTimeToInstant('America/New_York', Date.UTC(2025, 2, 9, 2, 30))).toBe(
      Date.UTC(2025, 2, 9, 7, 30),
    );
    expect(wallTimeToInstant('Europe/Berlin', Date.UTC(2025, 2, 30, 2, 30))).toBe(
      Date.UTC(2025, 2, 30, 1, 30),
    );
  });

  it('takes the earlier instant for a wall time repeated when clocks go back', () => {
    // 01:30 happens twice in New York on 2025-11-02: first in EDT (05:30Z), then in EST (06:30Z).
    expect(wallTimeToInstant('America/New_York', Date.UTC(2025, 10, 2, 1, 30))).toBe(
      Date.UTC(2025, 10, 2, 5, 30),
    );
    expect(wallTimeToInstant('Europe/Berlin', Date.UTC(2025, 9, 26, 2, 30))).toBe(
      Date.UTC(2025, 9, 26, 0, 30),
    );
  });

  it('reads the wall times right around a transition', () => {
    expect(wallTimeToInstant('Europe/Berlin', Date.UTC(2025, 2, 30, 1, 59, 59))).toBe(
      Date.UTC(2025, 2, 30, 0, 59, 59),
    );
    expect(wallTimeToInstant('Europe/Berlin', Date.UTC(2025, 2, 30, 3, 0))).toBe(Date.UTC(2025, 2, 30, 1, 0));
    expect(wallTimeToInstant('Europe/Berlin', Date.UTC(2025, 9, 26, 3, 0))).toBe(Date.UTC(2025, 9, 26, 2, 0));
  });

  it('handles a southern-hemisphere zone and a quarter-hour offset', () => {
    expect(wallTimeToInstant('Australia/Sydney', Date.UTC(2025, 0, 15, 12))).toBe(Date.UTC(2025, 0, 15, 1));
    expect(wallTimeToInstant('Asia/Kathmandu', Date.UTC(2025, 0, 1))).toBe(Date.UTC(2024, 11, 31, 18, 15));
  });
});

describe('wallTimeToInstant against Intl: random instants over ten years, every 15 minutes around 2025 transitions', () => {
  const zones = [
    'America/New_York',
    'Europe/Berlin',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/Sao_Paulo',
    'Pacific/Chatham',
  ];

  const formats = new Map<string, Intl.DateTimeFormat>();
  const format = (zone: string): Intl.DateTimeFormat => {
    const cached = formats.get(zone);
    if (cached) return cached;
    const created = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, created);
    return created;
  };

  function wallOf(zone: string, instant: number): number {
    const parts = format(zone).formatToParts(instant);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  }

  /** Random instants, plus every 15 minutes of the days in 2025 on which `zone` changes offset. */
  function instants(zone: string): number[] {
    const out: number[] = [];
    let seed = 11;
    const start = Date.UTC(2020, 0, 1);
    const span = 10 * 365 * 86_400_000;
    for (let i = 0; i < 1500; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      out.push(start + Math.floor(((seed / 2_147_483_648) * span) / 1000) * 1000);
    }
    const day = 86_400_000;
    const offset = (t: number): number => wallOf(zone, t) - Math.floor(t / 1000) * 1000;
    for (let d = Date.UTC(2025, 0, 1); d < Date.UTC(2026, 0, 1); d += day) {
      if (offset(d) === offset(d + day)) continue;
      for (let t = d - day; t < d + 2 * day; t += 15 * 60_000) out.push(t);
    }
    return out;
  }

  it.each(zones)('%s: the instant found shows the same wall time, and is the earliest such', (zone) => {
    const wrong: string[] = [];
    for (const instant of instants(zone)) {
      const wall = wallOf(zone, instant);
      const found = wallTimeToInstant(zone, wall);
      if (wallOf(zone, found) !== wall || found > instant || wall - zoneOffset(zone, found) !== found) {
        wrong.push(`${new Date(instant).toISOString()} -> ${new Date(found).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
