/**
 * What the API accepts agrees with what its OpenAPI document says: times, cursors that keep their
 * page size, pages under Lambda's response limit, paginated lists, keys that fit DynamoDB, and
 * rule recipients from the configured allow-lists only. (schemathesis checks the whole document
 * against the running API: `npm run test:contract`.)
 */
import { describe, expect, test } from 'vitest';
import { ruleFingerprint } from '#core/alerting/evaluate.ts';
import {
  checkRecipient,
  expandRecipients,
  parseRecipientPolicy,
  type RecipientPolicy,
  recipientSchema,
} from '#core/alerting/recipients.ts';
import { validateRule } from '#core/alerting/rules.ts';
import { validateSilence } from '#core/alerting/silences.ts';
import { KEY_MAX_CHARS, parseKey, textLength } from '#core/input-text.ts';
import { encodeListCursor, pageOf, parseListQuery } from '#core/list-page.ts';
import type { LogDocument } from '#core/log-document.ts';
import { capPage, encodeCursor, parseLogQuery, TIME_SOURCE_LIST_PATTERN } from '#core/logs-query.ts';
import { parseTimeBound } from '#core/query-params.ts';
import { ValidationError } from '#core/validation-error.ts';
import { decodeHeartbeat } from '#core/wire.ts';
import { openApiDocument } from '#lambdas/api/openapi.ts';
import { OpenApiChecker } from '../../integration/api/openapi-checker.ts';
import { validationProblem } from '../../support/validation.ts';

const now = Date.parse('2026-01-10T12:00:00Z');

/** The field and message of the ValidationError `run` throws. */
function problem(run: () => unknown): [string, string] | undefined {
  const error = validationProblem(run);
  return error && [error.field, error.message];
}

describe('times', () => {
  test('relative times count back for search bounds and forward for ends', () => {
    expect(parseTimeBound('from', '2h', now)).toBe(now - 7_200_000);
    expect(parseTimeBound('endsAt', '2h', now, 'future')).toBe(now + 7_200_000);
  });

  test('RFC 3339 date-times (any offset, lower-case t and z) and dates; nothing looser', () => {
    expect(parseTimeBound('from', '2026-01-10T13:00:00+01:00', now)).toBe(now);
    expect(parseTimeBound('from', '2026-01-10t12:00:00z', now)).toBe(now);
    expect(parseTimeBound('from', '2026-01-10', now)).toBe(Date.parse('2026-01-10T00:00:00Z'));
    for (const loose of ['2026-01-10T12:00Z', '2026-01-10 12:00:00', 'yesterday', '', '2025-02-30'])
      expect(() => parseTimeBound('from', loose, now), loose).toThrow(ValidationError);
  });

  test('a bound before 1970 or after 9999 is clamped, not refused (the document allows any year)', () => {
    expect(parseTimeBound('from', '0001-01-01T00:00:00Z', now)).toBe(0);
    expect(parseTimeBound('from', '999999w', now)).toBe(0);
  });

  test('silences accept relative ends and refuse times the API cannot show', () => {
    const silence = validateSilence({ matchers: { service: 'a' }, endsAt: '2h' }, now, 's1');
    expect(silence.endsAt).toBe(now + 7_200_000);
    expect(problem(() => validateSilence({ matchers: { service: 'a' }, endsAt: 1e20 }, now, 's1'))).toEqual([
      'endsAt',
      expect.stringContaining('epoch ms from 0'),
    ]);
    expect(
      problem(() => validateSilence({ matchers: { service: 'a' }, endsAt: '2h', createdBy: 1 }, now, 's1')),
    ).toEqual(['createdBy', expect.any(String)]);
    expect(problem(() => validateSilence({ matchers: { team: 'a' }, endsAt: '2h' }, now, 's1'))).toEqual([
      'matchers.team',
      expect.any(String),
    ]);
  });
});

describe('pages', () => {
  test('a /logs cursor keeps the limit of its page unless the client gives another', () => {
    const cursor = encodeCursor({ timestamp: now, eventId: 'abc' }, 7);
    expect(parseLogQuery({ cursor: [cursor] }, now).limit).toBe(7);
    expect(parseLogQuery({ cursor: [cursor], limit: ['3'] }, now).limit).toBe(3);
  });

  test('a /logs page stops before the byte cap and its cursor continues after the last item kept', () => {
    const doc = (id: string) => ({ event_id: id, message: 'x'.repeat(1000) }) as unknown as LogDocument;
    const docs = ['a', 'b', 'c', 'd'].map(doc);
    const positions = docs.map((d, i) => ({ timestamp: now - i, eventId: d.event_id }));
    const page = capPage(docs, positions, 4, 2500);
    expect(page.items.map((d) => d.event_id)).toEqual(['a', 'b']);
    expect(parseLogQuery({ cursor: [page.nextCursor as string] }, now)).toMatchObject({
      limit: 4,
      after: { timestamp: now - 1, eventId: 'b' },
    });
    // One event larger than the cap still makes a page of one.
    expect(capPage(docs, positions, 4, 10).items).toHaveLength(1);
    // A short page that fits is the last one.
    expect(capPage(docs.slice(0, 2), positions, 4, 1e6)).toEqual({ items: docs.slice(0, 2) });
  });

  test('list routes page by key, and the cursor keeps the limit', () => {
    const items = ['d', 'a', 'c', 'b', 'e'];
    const first = pageOf(items, (x) => x, parseListQuery({ limit: ['2'] }));
    expect(first.items).toEqual(['a', 'b']);
    const second = pageOf(items, (x) => x, parseListQuery({ cursor: [first.nextCursor as string] }));
    expect(second.items).toEqual(['c', 'd']);
    const last = pageOf(items, (x) => x, parseListQuery({ cursor: [second.nextCursor as string] }));
    expect(last).toEqual({ items: ['e'] });
    expect(pageOf(items, (x) => x, { limit: 2 }, true).items).toEqual(['e', 'd']);
  });

  test('a cursor of the right shape that this API did not make is 422; a malformed one 400', () => {
    expect(() => parseListQuery({ cursor: ['abc'] })).toThrow(
      expect.objectContaining({ name: 'UnprocessableError' }),
    );
    expect(() => parseListQuery({ cursor: ['a b'] })).toThrow(
      expect.objectContaining({ name: 'ValidationError' }),
    );
    expect(() => parseListQuery({ cursor: [encodeListCursor('x', 5000)] })).toThrow(
      expect.objectContaining({ field: 'cursor' }),
    );
  });
});

describe('keys', () => {
  test('a path key is at most 256 code points without control characters, so it fits a sort key', () => {
    expect(parseKey('nodeId', '🙂'.repeat(KEY_MAX_CHARS))).toHaveLength(2 * KEY_MAX_CHARS);
    expect(Buffer.byteLength('🙂'.repeat(KEY_MAX_CHARS))).toBeLessThanOrEqual(1024);
    expect(problem(() => parseKey('nodeId', 'x'.repeat(KEY_MAX_CHARS + 1)))).toEqual([
      'nodeId',
      expect.any(String),
    ]);
    expect(() => parseKey('nodeId', 'a\u0007b')).toThrow(ValidationError);
    expect(() => parseKey('nodeId', '')).toThrow(ValidationError);
  });

  test('fingerprints Logward makes stay reachable through a path key', () => {
    const long = ruleFingerprint('x'.repeat(64), '🙂'.repeat(1000));
    expect(textLength(long)).toBeLessThanOrEqual(225);
    expect(() => parseKey('fingerprint', long)).not.toThrow();
  });

  test('a heartbeat with a node id too long for the keys built from it is refused with the reason', () => {
    const beat = (nodeId: string) =>
      Buffer.from(JSON.stringify({ v: 1, type: 'app', app: 'a', nodeId, host: 'h', sentAt: now }));
    expect(decodeHeartbeat(beat('n'.repeat(200))).ok).toBe(true);
    expect(decodeHeartbeat(beat('n'.repeat(201)))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('nodeId'),
    });
    expect(decodeHeartbeat(beat('a\nb'))).toMatchObject({ ok: false });
  });
});

describe('rule recipients come only from the configured allow-lists', () => {
  const policy: RecipientPolicy = {
    ...parseRecipientPolicy('example.com', '{"payments-oncall":["pay@example.com","lead@partner.org"]}'),
    addresses: ['ops@corp.example'],
  };
  const rule = (to: string[]) => ({ id: 'r', channels: [{ kind: 'email', to }] });

  test('an address at an allowed domain, a group, or a default recipient is accepted', () => {
    expect(
      validateRule(rule(['a@example.com', 'A@EXAMPLE.COM', 'payments-oncall', 'ops@corp.example']), policy),
    ).toMatchObject({ channels: [{ kind: 'email' }] });
  });

  test.each([
    ['thief@evil.example'],
    ['a@sub.example.com'],
    ['unknown-group'],
    ['a@example.com.evil.example'],
  ])('%s is a 400 naming the field', (address) => {
    expect(problem(() => validateRule(rule(['a@example.com', address]), policy))).toEqual([
      'channels[0].to[1]',
      expect.stringContaining('not an allowed recipient'),
    ]);
  });

  test('with no allow-list configured, rules name no recipients (the defaults apply)', () => {
    expect(
      problem(() => validateRule(rule(['a@example.com']), parseRecipientPolicy(undefined, undefined))),
    ).toEqual(['channels[0].to[0]', expect.stringContaining('configure alertRecipientDomains')]);
  });

  test('stored rules are read without the policy, and sending keeps only allowed recipients', () => {
    expect(validateRule(rule(['old@elsewhere.example', 'payments-oncall']))).toBeDefined();
    expect(expandRecipients(policy, ['old@elsewhere.example', 'payments-oncall', 'a@example.com'])).toEqual([
      'pay@example.com',
      'lead@partner.org',
      'a@example.com',
    ]);
  });

  test('bad allow-list configuration names the setting', () => {
    expect(problem(() => parseRecipientPolicy('not a domain', undefined))).toEqual([
      'alertRecipientDomains',
      expect.any(String),
    ]);
    expect(problem(() => parseRecipientPolicy(undefined, '{"Bad Name":["a@example.com"]}'))?.[0]).toBe(
      'alertRecipientGroups.Bad Name',
    );
    expect(problem(() => parseRecipientPolicy(undefined, '{"g":["nope"]}'))?.[0]).toBe(
      'alertRecipientGroups.g[0]',
    );
  });

  test('the OpenAPI schema of a recipient allows exactly what checkRecipient allows', () => {
    const schema = recipientSchema(policy) as { anyOf: Array<{ enum?: string[]; pattern?: string }> };
    const pattern = new RegExp(schema.anyOf[1]?.pattern as string, 'u');
    expect(schema.anyOf[0]?.enum).toEqual(['payments-oncall', 'ops@corp.example']);
    for (const address of ['a@example.com', 'x.y+z@ExAmPlE.CoM']) {
      expect(pattern.test(address)).toBe(true);
      expect(checkRecipient(policy, address, 'to')).toBe(address);
    }
    for (const address of ['a@example.org', 'a@xexample.com', 'a b@example.com']) {
      expect(pattern.test(address)).toBe(false);
      expect(() => checkRecipient(policy, address, 'to')).toThrow(ValidationError);
    }
    expect(recipientSchema(parseRecipientPolicy(undefined, undefined))).toBeUndefined();
  });
});

describe('rules refuse what the document does not describe', () => {
  test.each([
    [{ id: 'r', colour: 'red' }, 'colour'],
    [{ id: 'r', match: { level: 'ERROR' } }, 'match.level'],
    [{ id: 'r', condition: { kind: 'match', count: 1 } }, 'condition.count'],
    [{ id: 'r', condition: { kind: 'new-pattern', factor: 2 } }, 'condition.factor'],
    [{ id: 'r', condition: { kind: 'new-pattern', count: null } }, 'condition.count'],
    [{ id: 'r', condition: { kind: 'pattern-spike', windowMinutes: 5 } }, 'condition.windowMinutes'],
    [{ id: 'r', condition: { kind: 'pattern-spike', deviations: null } }, 'condition.deviations'],
    [{ id: 'r', condition: { kind: 'volume-anomaly', direction: 'DOWN' } }, 'condition.direction'],
    [{ id: 'r', condition: { kind: 'volume-anomaly', baselineMinutes: 1441 } }, 'condition.baselineMinutes'],
    [{ id: 'r', channels: [{ kind: 'slack', url: 'https://x' }] }, 'channels[0].url'],
    [{ id: 'r', groupWaitSeconds: null }, 'groupWaitSeconds'],
    [{ id: 'r', match: { fields: { '': 'x' } } }, 'match.fields.'],
  ])('%j is refused naming %s', (input, field) => {
    expect(problem(() => validateRule(input))?.[0]).toBe(field);
  });
});

describe('baseline rules as the document describes them', () => {
  const checker = new OpenApiChecker(openApiDocument());
  const asServed = (condition: object) =>
    checker.problems('GET', '/rules/r', 200, validateRule({ id: 'r', condition }));

  test('what validateRule makes of pattern-spike and volume-anomaly conditions is a documented Rule', () => {
    expect(asServed({ kind: 'pattern-spike' })).toEqual([]);
    expect(
      asServed({
        kind: 'pattern-spike',
        deviations: 2.5,
        minCount: 1,
        baselineMinutes: 10,
        warmupMinutes: 10,
      }),
    ).toEqual([]);
    expect(asServed({ kind: 'volume-anomaly', direction: 'down', baselineMinutes: 1440 })).toEqual([]);
  });

  test('the bounds the document states are the ones validateRule enforces', () => {
    const documented = (condition: object) =>
      checker.problems('GET', '/rules/r', 200, { ...validateRule({ id: 'r' }), condition }).length === 0;
    for (const condition of [
      { kind: 'pattern-spike', deviations: 0.9 },
      { kind: 'pattern-spike', deviations: 51 },
      { kind: 'pattern-spike', baselineMinutes: 9 },
      { kind: 'pattern-spike', minCount: 0 },
      { kind: 'volume-anomaly', warmupMinutes: 0 },
      { kind: 'volume-anomaly', direction: 'sideways' },
    ]) {
      expect(documented(condition), JSON.stringify(condition)).toBe(false);
      expect(() => validateRule({ id: 'r', condition }), JSON.stringify(condition)).toThrow(ValidationError);
    }
  });
});

test('the OpenAPI pattern of time_source allows exactly what GET /logs accepts', () => {
  const pattern = new RegExp(TIME_SOURCE_LIST_PATTERN);
  for (const value of ['line', 'record, ingest', ' ingest ,line,', '']) {
    expect(pattern.test(value)).toBe(true);
    expect(() => parseLogQuery({ time_source: [value] }, 0)).not.toThrow();
  }
  for (const value of ['clock', 'LINE', 'line;record']) {
    expect(pattern.test(value)).toBe(false);
    expect(() => parseLogQuery({ time_source: [value] }, 0)).toThrow(ValidationError);
  }
});

test('GET /logs may serve documents indexed before time_source existed, as the spec says', () => {
  const checker = new OpenApiChecker(openApiDocument());
  const older = {
    '@timestamp': '2025-10-23T14:00:00.000Z',
    event_id: 'abc.0',
    service: 'app',
    host: 'vm',
    message: 'indexed by an earlier version',
    format: 'plain',
    source: { kind: 'file', id: 'f', offset: 0, topic: 'logs', partition: 0, kafka_offset: 0 },
    fields: {},
    ingested_at: '2025-10-23T14:00:01.000Z',
    parse_failed: false,
  };
  expect(checker.problems('GET', '/logs', 200, { items: [older] })).toEqual([]);
  expect(
    checker.problems('GET', '/logs', 200, { items: [{ ...older, time_source: 'nowhere' }] }),
  ).not.toEqual([]);
});
