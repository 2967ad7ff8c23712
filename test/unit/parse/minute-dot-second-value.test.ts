/**
 * A time value `yyyy-MM-dd HH:mm.ss`, its seconds after a dot: structlog's `TimeStamper` given
 * `fmt="%Y-%m-%d %H:%M.%S"` (BC Gov's vc-authn-oidc `logconf.json`), under a record's time key.
 * Read only as a whole value; the same text on a free-text line is left as it was. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { parseTimestampText } from '../../../core/parse/timestamps.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const utc = { zone: 'UTC', receivedAt };

describe('a yyyy-MM-dd HH:mm.ss time value', () => {
  it('reads structlog’s JSON record with the dotted seconds under its timestamp key', () => {
    expect(
      parseLine(
        '{"event": "Webhook received", "topic": "present_proof_v2_0", "logger": "api.routers.acapy_handler", "level": "info", "timestamp": "2026-11-20 14:07.09"}',
        { receivedAt },
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-20T14:07:09Z'),
      level: 'INFO',
      message: 'Webhook received',
    });
  });

  it('reads the value in the context’s zone, as every time without an offset', () => {
    expect(parseTimestampText('2026-11-20 14:07.09', utc)).toBe(Date.parse('2026-11-20T14:07:09Z'));
    expect(parseTimestampText('2026-11-20 14:07.09', { zone: 'Europe/Oslo', receivedAt })).toBe(
      Date.parse('2026-11-20T13:07:09Z'),
    );
  });

  it('reads nothing else with a dot after the minutes', () => {
    for (const text of [
      '2026-11-20 14:07.9', // one digit: a decimal of the minute, or a fraction
      '2026-11-20 14:07.090', // three
      '2026-11-20T14:07.09', // no strftime writes the T with it
      '2026-11-20 14:07.09Z', // nothing after the seconds
      '2026-11-20 14.07.09', // no colon
      '2026-11-20 14:07.61', // no such second
      '2026-11-20 25:07.09', // no such hour
      '2026-13-20 14:07.09', // no such month
      '2026/11/20 14:07.09',
    ])
      expect(parseTimestampText(text, utc), text).toBeNaN();
  });

  it('leaves the same text opening a free-text line unread', () => {
    expect(
      parseLine('2026-11-20 14:07.09 [info     ] Webhook received', { receivedAt }).timestamp,
    ).toBeUndefined();
  });
});
