/**
 * loguru's serialized record (`serialize=True`, loguru 0.7.3's `_handler.py`): the time and level
 * nested under `record` are read, and the message the user logged (`record.message`). Only that key
 * set: other JSON reads as before. The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const at = (iso: string) => Date.parse(iso);

/** A record as loguru serializes it, `time` and `level` replaceable. */
function serialized(
  message: string,
  level: object = { icon: 'ℹ️', name: 'INFO', no: 20 },
  time: object = { repr: '2026-11-30 15:10:02.418220+00:00', timestamp: 1796051402.41822 },
  text = `${message}\n`,
): string {
  return JSON.stringify({
    text,
    record: {
      elapsed: { repr: '0:00:03.125004', seconds: 3.125004 },
      exception: null,
      extra: { event: 'pull_request' },
      file: { name: 'app.py', path: '/srv/app.py' },
      function: 'handle',
      level,
      line: 51,
      message,
      module: 'app',
      name: 'service.app',
      process: { id: 7, name: 'MainProcess' },
      thread: { id: 1, name: 'MainThread' },
      time,
    },
  });
}

describe('loguru’s serialized record', () => {
  it('reads the time, the level and the logged message, the rest of the record kept', () => {
    const line = parse(serialized('Received a webhook'));
    expect(line).toMatchObject({
      format: 'json',
      timestamp: at('2026-11-30T15:10:02.418Z'),
      level: 'INFO',
      message: 'Received a webhook',
      fields: { record: { function: 'handle', line: 51, extra: { event: 'pull_request' } } },
    });
    expect(line.fields.text).toBeUndefined();
  });

  it('reads the epoch timestamp where no repr is written, and an offset in the repr', () => {
    expect(parse(serialized('x', undefined, { timestamp: 1796051402.418 })).timestamp).toBe(
      at('2026-11-30T15:10:02.418Z'),
    );
    expect(parse(serialized('x', undefined, { repr: '2026-11-30 16:10:02.000000+01:00' })).timestamp).toBe(
      at('2026-11-30T15:10:02Z'),
    );
  });

  it('reads loguru’s own levels and a custom one by its number', () => {
    const level = (name: string, no: number) => parse(serialized('x', { icon: '', name, no })).level;
    expect(level('WARNING', 30)).toBe('WARN');
    expect(level('SUCCESS', 25)).toBe('INFO');
    expect(level('TRACE', 5)).toBe('TRACE');
    expect(level('CRITICAL', 50)).toBe('FATAL');
    expect(level('NOTIFY', 35)).toBe('WARN');
  });

  it('keeps the sink’s text where it says more than the message', () => {
    const line = parse(serialized('done', undefined, undefined, '2026-11-30 15:10:02 | INFO | done\n'));
    expect(line.message).toBe('done');
    expect(line.fields.text).toBe('2026-11-30 15:10:02 | INFO | done\n');
  });
});

describe('JSON the serialized record’s reading leaves alone', () => {
  it('reads a record of other keys, or with more keys at the top, as before', () => {
    const wider = parse(
      JSON.stringify({
        text: 'hello',
        record: { message: 'm', level: { name: 'ERROR', no: 40 }, time: { repr: 'x' } },
        job: 'a',
      }),
    );
    expect(wider).toMatchObject({ message: 'hello', fields: { job: 'a' } });
    expect(wider.level).toBeUndefined();
    const flat = parse('{"text":"hello","record":{"id":4}}');
    expect(flat).toMatchObject({ message: 'hello', fields: { record: { id: 4 } } });
    expect(flat.timestamp).toBeUndefined();
  });

  it('reads no level that is not a name beside a number', () => {
    const line = parse(
      JSON.stringify({
        text: 'hi\n',
        record: { message: 'hi', level: 'INFO', time: { repr: '2026-11-30 15:10:02' } },
      }),
    );
    expect(line.timestamp).toBeUndefined();
    expect(line.message).toBe('hi');
  });
});
