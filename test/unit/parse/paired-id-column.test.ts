import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

/** A source's lines, learned from themselves, as read. */
function readSource(lines: readonly string[]) {
  const parser = compileParser({});
  parser.learn('s', lines, receivedAt);
  return lines.map((raw) => parser(raw, receivedAt, 's'));
}

const TEXTS = [
  'L2TPNS version 2.4.1',
  '   New tunnel from 198.51.100.8:1701 ID 1',
  'Received SCCRQ',
  'New session (1/1)',
  'Sending ICRP',
  'Login by nina@example.org at 203.0.113.5',
  'Sending HELLO message',
  'Shutting down session 2: Closed (Received CDN).',
];

describe("a column of two ids joined by a slash (l2tpns's `%02d/%02d` tunnel and session)", () => {
  it('steps over the pair where the source opens its lines with one, keeping it as a header column', () => {
    const lines = readSource(TEXTS.map((text, k) => `2026-11-21 05:31:1${k} 0${k % 2}/0${k % 3} ${text}`));
    expect(lines.map((line) => line.message)).toEqual(TEXTS.map((text) => text.trimStart()));
    expect(lines[1]?.fields.header_columns).toBe('01/01');
  });

  it("keeps the pair as text on a line alone, and where few of a source's lines open with one", () => {
    expect(parseLine(`2026-11-21 05:31:12 01/00 ${TEXTS[2]}`, { receivedAt }).message).toBe(
      '01/00 Received SCCRQ',
    );
    const mixed = TEXTS.map(
      (text, k) => `2026-11-21 05:31:1${k} ${k < 2 ? `${k + 1}/4 ` : ''}${text.trimStart()}`,
    );
    expect(readSource(mixed)[0]?.message).toBe('1/4 L2TPNS version 2.4.1');
  });

  it("keeps a slashed number as text after a column learned on single ids (a thread's), not on pairs (review79)", () => {
    const parser = compileParser({});
    parser.learn(
      's',
      Array.from({ length: 8 }, (_, k) => `2026-11-21 05:31:1${k} 7f3a9c7fe64${k} worker step ${k}`),
      receivedAt,
    );
    for (const text of ['3/4 of the disks are done', '10/12 backups kept'])
      expect(parser(`2026-11-21 05:31:19 ${text}`, receivedAt, 's').message).toBe(text);
  });
});
