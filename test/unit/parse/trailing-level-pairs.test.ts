import { describe, expect, it } from 'vitest';
import { compileParser } from '#core/parse/index.ts';
import { learnTrailingLevelKey } from '#core/parse/trailing-level-pairs.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');

/** Each line of `lines` read by a parser that learned them as one source (or, `learned` false, by none). */
function read(lines: readonly string[], learned = true) {
  const parser = compileParser({});
  if (learned) parser.learn('s', lines, receivedAt);
  return lines.map((raw) => parser(raw, receivedAt, learned ? 's' : undefined));
}

// Superdesk's Celery worker: `CELERY_WORKER_LOG_FORMAT = "%(message)s level=%(levelname)s process=%(processName)s"`.
const SUPERDESK = [
  'Provider 5f9a1c2e8b7d4a0012c3e001 updated level=INFO process=ForkPoolWorker-4',
  'Get AP nitf : https://api.example.org/media/v/content/8c2f/download?type=text&format=nitf level=INFO process=ForkPoolWorker-4',
  'No NITF for story https://api.example.org/media/v/content/91d4 level=WARNING process=ForkPoolWorker-4',
  'update is already running for Reuters wire level=ERROR process=ForkPoolWorker-2',
  'Task: publish:transmit is already running. level=INFO process=ForkPoolWorker-1 task=publish:transmit task_id=8c2f',
];

describe('a level among the pairs closing a headerless line, under the key its source agreed on (r92)', () => {
  it('learns the level key from the sample and reads level, message and pairs', () => {
    expect(learnTrailingLevelKey(SUPERDESK)).toBe('level');
    const lines = read(SUPERDESK);
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      ['INFO', 'Provider 5f9a1c2e8b7d4a0012c3e001 updated'],
      ['INFO', 'Get AP nitf : https://api.example.org/media/v/content/8c2f/download?type=text&format=nitf'],
      ['WARN', 'No NITF for story https://api.example.org/media/v/content/91d4'],
      ['ERROR', 'update is already running for Reuters wire'],
      ['INFO', 'Task: publish:transmit is already running.'],
    ]);
    expect(lines[4]?.fields).toEqual({
      process: 'ForkPoolWorker-1',
      task: 'publish:transmit',
      task_id: '8c2f',
    });
  });

  it('keeps every pair it takes out of the text, `__proto__` too (review73)', () => {
    const parser = compileParser({});
    parser.learn('s', SUPERDESK, receivedAt);
    const line = parser('Sent x level=ERROR __proto__=a constructor=b', receivedAt, 's');
    expect(line.message).toBe('Sent x');
    expect(Object.getPrototypeOf(line.fields)).toBe(Object.prototype);
    expect(Object.entries(line.fields)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);
  });

  it('keeps a later line whose closing pairs name no level whole', () => {
    const parser = compileParser({});
    parser.learn('s', SUPERDESK, receivedAt);
    const line = parser('Ingest queue at level=high pressure=7 owner=wire', receivedAt, 's');
    expect([line.level, line.message]).toEqual([
      undefined,
      'Ingest queue at level=high pressure=7 owner=wire',
    ]);
  });

  it('learns nothing from prose writing a level pair on a line or two, nor reads a line alone', () => {
    const prose = [
      'Raised the alarm level=high for the north site',
      'Nothing new from AP Media',
      'Set the verbosity of the crawler level=debug',
      'Queued item with id: 63f0 and item_id: urn:newsml:example.org:b4e1',
      'Provider 61b2 updated',
    ];
    expect(learnTrailingLevelKey(prose)).toBeUndefined();
    expect(read(prose).map((line) => line.level)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(read(SUPERDESK, false)[0]?.message).toBe(SUPERDESK[0]);
  });

  it('learns nothing from logfmt records, whose pairs run all the way', () => {
    const logfmt = [
      'time="2026-11-29T23:50:03Z" level=info msg="find iface" iface=wg0',
      'time="2026-11-29T23:50:04Z" level=warning msg="peer gone" iface=wg0',
      'time="2026-11-29T23:50:05Z" level=info msg="sync" iface=wg1',
      'time="2026-11-29T23:50:06Z" level=error msg="resolve failed" iface=wg1',
    ];
    expect(learnTrailingLevelKey(logfmt)).toBeUndefined();
  });
});
