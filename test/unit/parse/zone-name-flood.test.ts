/**
 * Lines that each write a new made-up zone name (`America/Xq123`) must not make the runtime build a
 * formatter per line: past a bound, only the runtime's own names and aliases already read count.
 * Its own file, so the module's caches start empty.
 */
import { describe, expect, it } from 'vitest';
import { zoneNamedInText } from '../../../core/parse/zones.ts';

describe('zone names read from lines, under a flood of made-up ones', () => {
  it('keeps reading real zones, and stops asking the runtime about new unknown names', () => {
    expect(zoneNamedInText('US/Pacific')).toBe('America/Los_Angeles');
    const asked: string[] = [];
    const realDateTimeFormat = Intl.DateTimeFormat;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      asked.push(String(args[1]?.timeZone));
      return new realDateTimeFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      for (let i = 0; i < 1_000; i += 1) expect(zoneNamedInText(`America/Xq${i}`)).toBe('');
      expect(asked.length).toBeLessThanOrEqual(256);
      const askedDuringFlood = asked.length;
      expect(zoneNamedInText('America/Xq999999')).toBe('');
      expect(asked.length).toBe(askedDuringFlood);
      // The runtime's own names, and an alias read before the flood, still name their zones.
      expect(zoneNamedInText('Europe/Paris')).toBe('Europe/Paris');
      expect(zoneNamedInText('US/Pacific')).toBe('America/Los_Angeles');
      // An alias first seen after the flood stays text: the documented price of the bound.
      expect(zoneNamedInText('US/Eastern')).toBe('');
      expect(asked.length).toBe(askedDuringFlood);
    } finally {
      Intl.DateTimeFormat = realDateTimeFormat;
    }
  });
});
