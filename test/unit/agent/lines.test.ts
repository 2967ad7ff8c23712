import { describe, expect, it } from 'vitest';
import {
  ByteLine,
  ByteRun,
  decodeLine,
  escapeInvalidUtf8,
  LineSplitter,
  type RawLine,
} from '#agent/pipeline/lines.ts';

function split(chunks: (string | Buffer)[], max = 1024, start = 0): RawLine[] {
  const s = new LineSplitter(max, start);
  const out: RawLine[] = [];
  for (const c of chunks) s.push(typeof c === 'string' ? Buffer.from(c) : c, out);
  return out;
}

describe('LineSplitter', () => {
  it('splits across chunk boundaries and records offsets and resume points', () => {
    const lines = split(['ab', 'c\nde', 'f\n\nx'], 1024, 100);
    expect(lines.map((l) => [l.offset, l.end, l.bytes.toString()])).toEqual([
      [100, 104, 'abc'],
      [104, 108, 'def'],
      [108, 109, ''],
    ]);
  });

  it('strips CRLF terminators but keeps a lone CR inside a line', () => {
    const lines = split(['a\r\nb\rc\r\n']);
    expect(lines.map((l) => l.bytes.toString())).toEqual(['a', 'b\rc']);
  });

  it('keeps a partial line intact when the caller reuses its read buffer', () => {
    const s = new LineSplitter(1024, 0);
    const buf = Buffer.from('abc\r\nde');
    const first = s.push(buf);
    expect(first.map((l) => l.bytes.toString())).toEqual(['abc']); // a view, decoded before reuse
    buf.write('f\nxyz\n\n', 0);
    const next = s.push(buf.subarray(0, 7));
    expect(next.map((l) => [l.offset, l.end, l.bytes.toString()])).toEqual([
      [5, 9, 'def'],
      [9, 13, 'xyz'],
      [13, 14, ''],
    ]);
  });

  it('walks the lines in place: a whole line is a range of the read buffer, a line across reads a copy', () => {
    const s = new LineSplitter(1024, 10);
    const buf = Buffer.from('ab\r\ncd\nef');
    s.feed(buf);
    const seen: [number, number, boolean, number, number, number][] = [];
    const record = () => {
      const l = s.line;
      seen.push([l.offset, l.end, l.source === buf, l.start, l.length, l.terminator]);
    };
    while (s.next()) record();
    s.feed(Buffer.from('g\n'));
    while (s.next()) record();
    expect(seen).toEqual([
      [10, 14, true, 0, 2, 2],
      [14, 17, true, 4, 2, 1],
      [17, 21, false, 0, 3, 1],
    ]);
    expect(s.line.source.toString()).toBe('efg');
  });

  it('holds an unterminated line until flush', () => {
    const s = new LineSplitter(1024, 0);
    expect(s.push(Buffer.from('partial'))).toEqual([]);
    expect(s.pendingStart).toBe(0);
    expect(s.pendingBytes).toBe(7);
    const last = s.flush();
    expect(last?.bytes.toString()).toBe('partial');
    expect(last?.end).toBe(7);
    expect(s.flush()).toBeUndefined();
  });

  it('truncates a long line, keeps its head, skips to the newline with bounded memory', () => {
    const s = new LineSplitter(256, 0);
    const out: RawLine[] = [];
    const block = Buffer.alloc(64 * 1024, 'x');
    for (let i = 0; i < 160; i++) s.push(block, out); // 10 MiB without a newline
    expect(out).toEqual([]);
    expect(s.pendingBytes).toBe(160 * 64 * 1024);
    s.push(Buffer.from('\nnext\n'), out);
    expect(out).toHaveLength(2);
    expect(out[0]?.bytes.length).toBe(256);
    expect(out[0]?.truncated).toBe(true);
    expect(out[0]?.end).toBe(160 * 64 * 1024 + 1);
    expect(out[1]?.bytes.toString()).toBe('next');
    expect(out[1]?.truncated).toBe(false);
  });

  it('never cuts a multi-byte character when truncating', () => {
    const lines = split([`${'a'.repeat(255)}é rest\n`], 256);
    expect(lines[0]?.bytes.toString()).toBe('a'.repeat(255));
    expect(decodeLine(lines[0] as RawLine).flags).toEqual(['truncated']);
  });
});

describe('ByteLine.extend', () => {
  /** The ByteLines of `pieces`, each fed as one read. */
  const byteLines = (...pieces: string[]): ByteLine[] => {
    const splitter = new LineSplitter(1024, 0);
    const lines: ByteLine[] = [];
    for (const piece of pieces) {
      splitter.feed(Buffer.from(piece));
      while (splitter.next()) lines.push(new ByteLine(splitter.line));
    }
    return lines;
  };

  it('gathers consecutive lines of one read, terminators included, into one run', () => {
    const [a, b, c] = byteLines('one\r\ntwo\nthree\n');
    const run = new ByteRun();
    expect([a, b, c].map((line) => line?.extend(run))).toEqual([true, true, true]);
    const target = Buffer.alloc(run.length);
    run.moveTo(target, 0);
    expect(target.toString()).toBe('one\r\ntwo\nthree\n');
    expect(run.length).toBe(0);
  });

  it('leaves out a line put together across reads, a detached line, and a line of another read', () => {
    const [first, across, next] = byteLines('one\ntw', 'o\nthree\n');
    const run = new ByteRun();
    expect(first?.extend(run)).toBe(true);
    expect(across?.extend(run)).toBe(false);
    expect(next?.extend(run)).toBe(false);
    const [detached] = byteLines('four\n');
    detached?.detach();
    expect(detached?.extend(new ByteRun())).toBe(false);
  });
});

describe('decodeLine', () => {
  const raw = (bytes: Buffer): RawLine => ({
    offset: 0,
    end: bytes.length + 1,
    bytes,
    truncated: false,
    terminator: 1,
  });

  it('passes valid UTF-8 and NUL bytes through unchanged', () => {
    expect(decodeLine(raw(Buffer.from('héllo\u0000wörld')))).toEqual({
      offset: 0,
      end: 14,
      text: 'héllo\u0000wörld',
      flags: [],
    });
  });

  it('escapes invalid bytes as \\xNN and flags the line', () => {
    const line = decodeLine(raw(Buffer.from([0x61, 0xff, 0x62, 0xc3, 0x28, 0xe2, 0x82])));
    expect(line.text).toBe('a\\xffb\\xc3(\\xe2\\x82');
    expect(line.flags).toEqual(['invalid_utf8']);
  });

  it('rejects overlong encodings and surrogates', () => {
    expect(escapeInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf');
    expect(escapeInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80');
    expect(escapeInvalidUtf8(Buffer.from('🙂ok'))).toBe('🙂ok');
  });
});
