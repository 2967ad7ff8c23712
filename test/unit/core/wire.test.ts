import { describe, expect, it } from 'vitest';
import {
  decodeHeartbeat,
  decodeLogRecord,
  encodeChunk,
  encodeRawBodyChunk,
  RAW_BODY_CONTENT_TYPE,
  type RawBodyHeader,
  type Source,
  WIRE_CONTENT_TYPE,
} from '#core/wire.ts';

const src: Source = {
  host: 'web-1',
  id: 'file:1:2:ab',
  kind: 'file',
  path: '/var/log/app.log',
  service: 'app',
};
const body = Buffer.from('first é\r\nsecond\n  at trace\r\n');
const header: RawBodyHeader = { v: 2, src, t: 1_700_000_000_000, o: 4096, n: [10, 7, 12] };

describe('decodeLogRecord, v2 (raw-body) records', () => {
  it('decodes events into v1 lines: offsets from the lengths, terminators and \\r stripped, multiline flagged', () => {
    const value = encodeRawBodyChunk({ ...header, n: [10, 19] }, body);
    expect(decodeLogRecord(value, RAW_BODY_CONTENT_TYPE)).toEqual({
      kind: 'chunk',
      chunk: {
        v: 2,
        src,
        t: header.t,
        lines: [
          { o: 4096, m: 'first é' },
          { o: 4106, m: 'second\n  at trace', f: ['multiline'] },
        ],
      },
    });
    // Without the header (a copy that lost it), the first bytes say what it is.
    expect(decodeLogRecord(value)).toEqual(decodeLogRecord(value, RAW_BODY_CONTENT_TYPE));
  });

  const invalid = (value: Buffer) => {
    const decoded = decodeLogRecord(value, RAW_BODY_CONTENT_TYPE);
    expect(decoded.kind).toBe('invalid');
    return decoded.kind === 'invalid' ? decoded.reason : '';
  };
  const withHeader = (h: object, b = body) => Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), b]);

  it('refuses a malformed record with the field at fault, never throwing', () => {
    expect(invalid(Buffer.from('{"v":2,"src":'))).toBe(
      'header: expected a JSON line ended by a newline before the body',
    );
    expect(invalid(Buffer.from('{"v":2,"src":\nbody\n'))).toBe('header: not valid JSON');
    expect(invalid(withHeader([1, 2]))).toBe('header: not a JSON object');
    expect(invalid(withHeader({ ...header, v: 3 }))).toBe(
      'header.v: unsupported schema version 3, expected 2',
    );
    expect(invalid(withHeader({ ...header, src: { host: 'h' } }))).toBe(
      'header.src.id: expected a string of 1 to 200 characters without control or format characters (such as U+202E)',
    );
    expect(invalid(withHeader({ ...header, t: '1' }))).toBe('header.t: expected epoch milliseconds');
    expect(invalid(withHeader({ ...header, o: -1 }))).toBe(
      'header.o: expected a non-negative integer byte offset',
    );
    expect(invalid(withHeader({ ...header, n: 'x' }))).toBe('header.n: expected an array of event lengths');
    expect(invalid(withHeader({ ...header, n: [10, -7, 26] }))).toBe(
      'header.n[1]: expected a positive integer byte length',
    );
    expect(invalid(withHeader({ ...header, n: [10, 0, 19] }))).toBe(
      'header.n[1]: expected a positive integer byte length',
    );
    expect(invalid(withHeader({ ...header, n: [10, 1.5, 17.5] }))).toBe(
      'header.n[1]: expected a positive integer byte length',
    );
    expect(invalid(withHeader({ ...header, n: [10, 7, 13] }))).toBe(
      'header.n: the event lengths add up to 30 bytes, the body has 29',
    );
    expect(invalid(withHeader({ ...header, n: [10, 7] }))).toBe(
      'header.n: the event lengths add up to 17 bytes, the body has 29',
    );
    expect(invalid(withHeader({ ...header, n: [9, 8, 12] }))).toBe(
      'header.n[0]: the event does not end with a newline',
    );
    expect(invalid(withHeader({ ...header, n: [4] }, Buffer.from([0x61, 0xff, 0x62, 0x0a])))).toBe(
      'body: not valid UTF-8',
    );
  });

  it('keeps the whole value of a refused record, so it is indexed flagged instead of lost', () => {
    const value = withHeader({ ...header, n: [99] });
    expect(decodeLogRecord(value, RAW_BODY_CONTENT_TYPE)).toMatchObject({ raw: value.toString('utf8') });
  });

  it('reads unmarked text that merely starts like a v2 header as plain lines, as v1 does', () => {
    expect(decodeLogRecord(Buffer.from('{"v":2, "note": "hello"}\nnext'))).toEqual({
      kind: 'plain',
      lines: ['{"v":2, "note": "hello"}', 'next'],
    });
  });

  it('refuses a Logward log type it does not know (a newer agent) instead of reading it as text', () => {
    expect(decodeLogRecord(Buffer.from('{"v":3}\nx\n'), 'application/vnd.logward.v3')).toEqual({
      kind: 'invalid',
      reason: `unsupported content type "application/vnd.logward.v3": this ingest reads ${WIRE_CONTENT_TYPE} and ${RAW_BODY_CONTENT_TYPE}`,
      raw: '{"v":3}\nx\n',
    });
  });
});

describe('decodeLogRecord, v1 (JSON) records', () => {
  const v1 = (lines: unknown) =>
    decodeLogRecord(Buffer.from(JSON.stringify({ v: 1, src, t: 1, lines })), WIRE_CONTENT_TYPE);

  it('reads a line flagged with flag names', () => {
    expect(v1([{ o: 0, m: 'a', f: ['truncated'] }])).toMatchObject({
      kind: 'chunk',
      chunk: { lines: [{ o: 0, m: 'a', f: ['truncated'] }] },
    });
  });

  it('refuses a line whose offset or flags no agent writes: they would become its event id and keywords', () => {
    // Beyond 2^53 two offsets share a number, so two lines would share an event id and one be lost.
    expect(v1([{ o: 2 ** 53 + 1, m: 'a' }])).toMatchObject({
      kind: 'invalid',
      reason: 'lines[0].o: expected a non-negative integer offset',
    });
    expect(
      v1([
        { o: 0, m: 'a' },
        { o: -1, m: 'b' },
      ]),
    ).toMatchObject({
      reason: 'lines[1].o: expected a non-negative integer offset',
    });
    // Not iterable, a string spread into letters, objects a keyword field refuses.
    for (const f of [{ length: 1 }, 'truncated', [{ a: 1 }], ['x'.repeat(65)]])
      expect(v1([{ o: 0, m: 'a', f }])).toMatchObject({
        kind: 'invalid',
        reason: 'lines[0].f: expected an array of flag names (strings of at most 64 characters)',
      });
  });
});

describe('decodeLogRecord, v2 offsets', () => {
  it('refuses a record whose events reach past 2^53 bytes, where offsets (event ids) would collide', () => {
    const value = encodeRawBodyChunk(
      { v: 2, src, t: 1, o: Number.MAX_SAFE_INTEGER - 2, n: [1, 1, 1, 1] },
      Buffer.from('\n\n\n\n'),
    );
    expect(decodeLogRecord(value, RAW_BODY_CONTENT_TYPE)).toMatchObject({
      kind: 'invalid',
      reason: 'header.o: the events end past 2^53 - 1 bytes',
    });
    const fits = encodeRawBodyChunk(
      { v: 2, src, t: 1, o: Number.MAX_SAFE_INTEGER - 4, n: [1, 1, 1, 1] },
      Buffer.from('\n\n\n\n'),
    );
    const decoded = decodeLogRecord(fits, RAW_BODY_CONTENT_TYPE);
    expect(decoded.kind === 'chunk' && decoded.chunk.lines.map((l) => Number.MAX_SAFE_INTEGER - l.o)).toEqual(
      [4, 3, 2, 1],
    );
  });
});

describe('the source of a record, v1 and v2 alike', () => {
  const v1 = (source: object) =>
    encodeChunk({ v: 1, src: source as Source, t: 1_700_000_000_000, lines: [{ o: 0, m: 'line' }] });
  const v2 = (source: object) =>
    encodeRawBodyChunk(
      { v: 2, src: source as Source, t: 1_700_000_000_000, o: 0, n: [5] },
      Buffer.from('line\n'),
    );
  const reasonOf = (value: Buffer, contentType: string) => {
    const decoded = decodeLogRecord(value, contentType);
    return decoded.kind === 'invalid' ? decoded.reason : decoded.kind;
  };
  const rule =
    'expected a string of 1 to 200 characters without control or format characters (such as U+202E)';

  it.each([
    ['empty', ''],
    ['201 characters', 'a'.repeat(201)],
    ['201 emoji (402 UTF-16 units)', '🪵'.repeat(201)],
    ['900 KB', 'h'.repeat(900_000)],
    ['a newline (a forged log line in the id)', 'web-1\nweb-2'],
    ['a NUL', 'web\u00001'],
    ['DEL', 'web\u007f'],
    ['a C1 control (NEL)', 'web\u0085'],
    ['a right-to-left override (a disguised name)', 'web-1\u202Egpj.exe'],
    ['a zero-width space', 'web\u200B-1'],
    ['a byte order mark', '\uFEFFweb-1'],
    ['a number', 42],
    ['null', null],
    ['an object', { name: 'web-1' }],
  ])('refuses a host or source id that is %s, naming the field', (_what, value) => {
    expect(reasonOf(v1({ ...src, host: value }), WIRE_CONTENT_TYPE)).toBe(`src.host: ${rule}`);
    expect(reasonOf(v1({ ...src, id: value }), WIRE_CONTENT_TYPE)).toBe(`src.id: ${rule}`);
    expect(reasonOf(v2({ ...src, host: value }), RAW_BODY_CONTENT_TYPE)).toBe(`header.src.host: ${rule}`);
    expect(reasonOf(v2({ ...src, id: value }), RAW_BODY_CONTENT_TYPE)).toBe(`header.src.id: ${rule}`);
  });

  it.each([
    ['200 characters', 'a'.repeat(200)],
    ['200 emoji', '🪵'.repeat(200)],
    ['spaces, colons and non-Latin letters', 'file:2049:131075:9f2c1a stdin:Ünïcode:ホスト'],
  ])('accepts a host and source id of %s', (_what, value) => {
    expect(reasonOf(v1({ ...src, host: value, id: value }), WIRE_CONTENT_TYPE)).toBe('chunk');
    expect(reasonOf(v2({ ...src, host: value, id: value }), RAW_BODY_CONTENT_TYPE)).toBe('chunk');
  });

  it.each([
    ['kind', { kind: 'otlp' }, 'kind: expected "file", "stdin" or "http"'],
    ['kind', { kind: undefined }, 'kind: expected "file", "stdin" or "http"'],
    ['service', { service: 's'.repeat(201) }, `service: ${rule}`],
    ['service', { service: 'pay\nments' }, `service: ${rule}`],
    ['path', { path: `/${'p'.repeat(4096)}` }, 'path: expected a string of at most 4096 bytes'],
    ['path', { path: 7 }, 'path: expected a string of at most 4096 bytes'],
    [
      'tags',
      { tags: { big: 't'.repeat(8192) } },
      'tags: expected an object of strings, at most 8192 bytes as JSON',
    ],
    ['tags', { tags: { n: 1 } }, 'tags: expected an object of strings, at most 8192 bytes as JSON'],
    ['tags', { tags: ['env'] }, 'tags: expected an object of strings, at most 8192 bytes as JSON'],
  ])('bounds %s, which every line of the record repeats: %j', (_field, change, reason) => {
    expect(reasonOf(v1({ ...src, ...change }), WIRE_CONTENT_TYPE)).toBe(`src.${reason}`);
    expect(reasonOf(v2({ ...src, ...change }), RAW_BODY_CONTENT_TYPE)).toBe(`header.src.${reason}`);
  });

  it('accepts a path of 4096 bytes and tags of 8192 bytes as JSON', () => {
    const source = { ...src, path: `/${'p'.repeat(4095)}`, tags: { big: 't'.repeat(8192 - 12) } };
    expect(reasonOf(v1(source), WIRE_CONTENT_TYPE)).toBe('chunk');
    expect(reasonOf(v2(source), RAW_BODY_CONTENT_TYPE)).toBe('chunk');
  });

  it('holds a heartbeat node id to the same rule', () => {
    const heartbeat = (nodeId: unknown) =>
      decodeHeartbeat(
        Buffer.from(JSON.stringify({ v: 1, type: 'app', nodeId, host: 'h', app: 'a', sentAt: 1 })),
      );
    expect(heartbeat('node\n1')).toEqual({ ok: false, reason: `nodeId: ${rule}` });
    expect(heartbeat(7)).toEqual({ ok: false, reason: `nodeId: ${rule}` });
    expect(heartbeat('n'.repeat(200)).ok).toBe(true);
  });
});
