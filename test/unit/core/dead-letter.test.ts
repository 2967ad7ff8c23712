import { describe, expect, test } from 'vitest';
import {
  deadLetterForBatch,
  deadLetterForRecords,
  deadLetterKey,
  parseDeadLetter,
  positionKey,
} from '#core/dead-letter.ts';
import { loadEvent } from '../../support/fixtures.ts';

const now = Date.parse('2025-10-23T14:33:00Z');

describe('dead letters', () => {
  test('keep only the named records, each with its reason', () => {
    const event = loadEvent('msk-logs');
    const letter = deadLetterForRecords(
      event,
      new Map([[positionKey({ topic: 'logs', partition: 2, offset: 7 }), '403: blocked']]),
      'ingest',
      now,
    );
    expect(letter.reasons).toEqual([{ topic: 'logs', partition: 2, offset: 7, reason: '403: blocked' }]);
    expect(letter.event.records).toEqual({ 'logs-2': event.records['logs-2'] });
    expect(deadLetterKey('dead-letters/', letter)).toBe(
      'dead-letters/2025/10/23/2025-10-23T14:33:00.000Z-ingest-logs-2-7.json',
    );
  });

  test('a whole failed batch keeps every record', () => {
    const letter = deadLetterForBatch(loadEvent('msk-logs'), 'TimeoutError', now);
    expect(letter.reasons.map((r) => [r.partition, r.offset, r.reason])).toEqual([
      [0, 15, 'TimeoutError'],
      [2, 7, 'TimeoutError'],
    ]);
    expect(letter.stage).toBe('event-source');
  });

  test('parsing round-trips and refuses what is not a dead letter', () => {
    const letter = deadLetterForBatch(loadEvent('msk-logs'), 'x', now);
    expect(parseDeadLetter(JSON.stringify(letter))).toEqual({ ok: true, letter });
    expect(parseDeadLetter('{"v":2}')).toEqual({ ok: false, reason: 'unsupported version 2' });
    expect(parseDeadLetter('nope')).toEqual({ ok: false, reason: 'not JSON' });
  });

  test("reads the event source mapping's S3 invocation records, payload as a string or an object", () => {
    const event = loadEvent('msk-logs');
    const record = {
      version: '1.0',
      timestamp: '2025-10-23T14:40:00.000Z',
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 11 },
      responseContext: { statusCode: 200, functionError: 'Unhandled' },
      payload: JSON.stringify(event),
    };
    for (const payload of [record.payload, event]) {
      const parsed = parseDeadLetter(JSON.stringify({ ...record, payload }));
      expect(parsed.ok && parsed.letter.event).toEqual(event);
      expect(parsed.ok && parsed.letter.reasons[0]?.reason).toBe(
        'event source mapping gave up: RetryAttemptsExhausted after 11 invocations',
      );
    }
    expect(parseDeadLetter(JSON.stringify({ ...record, payload: '{"x":1}' }))).toEqual({
      ok: false,
      reason: 'payload: expected an MSK event',
    });
  });
});
