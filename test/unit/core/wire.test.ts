import { describe, expect, it } from 'vitest';
import {
  decodeLogRecord,
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
      'header.src.host and header.src.id: expected strings',
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
