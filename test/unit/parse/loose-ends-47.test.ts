/**
 * Loose ends of the r47 round (issue #14), one class per block: a time of day right after `LEVEL:`
 * (and no `LEVEL:name:` logger of white space and digits), a source location after a level word with
 * or without a bracket before it, glog's glued level letter before any level word of the text, and a
 * level's spelling inside a `name[pid]: ` tag's name.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (time: string) => Date.parse(`2026-11-30T${time}Z`);

describe('a time of day right after `LEVEL:`', () => {
  it.each([
    ['\u001b[92mINFO\u001b[0m:\t07:58:02 - uvicorn.error - Started server process [1]', 'INFO', '07:58:02'],
    ['\u001b[93mWARNING\u001b[0m:\t08:01:13 - app.worker - Tenant mismatch', 'WARN', '08:01:13'],
    ['ERROR:\t08:02:44 - app.api - Exception in ASGI application', 'ERROR', '08:02:44'],
    ['INFO:     07:58:02 Started server', 'INFO', '07:58:02'],
    ['INFO: 07:58:02.250 - Started server', 'INFO', '07:58:02.250'],
  ])('%j reads its time and level', (raw, level, time) => {
    expect(parse(raw)).toMatchObject({ level, timestamp: at(time) });
    expect(parse(raw).message).toMatch(/Started server|Tenant mismatch|Exception in ASGI application/);
  });

  it('reads the same in a learned source', () => {
    const { sample } = readSource(
      [
        'INFO:\t07:58:02 - uvicorn.error - Started server process [1]',
        'INFO:\t07:58:02 - uvicorn.error - Waiting for application startup.',
        'WARNING:\t08:01:13 - app.worker - Tenant mismatch for job 12',
        'INFO:\t08:02:40 - uvicorn.access - 203.0.113.9:40112 - "GET /health HTTP/1.1" 200',
      ],
      receivedAt,
    );
    expect(sample.map((line) => line.timestamp)).toEqual(
      ['07:58:02', '07:58:02', '08:01:13', '08:02:40'].map(at),
    );
    expect(sample.map((line) => line.level)).toEqual(['INFO', 'INFO', 'WARN', 'INFO']);
    expect(sample[0]?.message).not.toMatch(/^58:02/);
  });

  it('leaves text after a level that holds no time in the header position', () => {
    for (const raw of [
      'INFO: 3 items',
      'ERROR: 10:1 ratio',
      'INFO: 12:30 meeting moved',
      'WARNING: retry 2:30 later',
      'WARNING: retry at 12:30:00 later',
      'INFO:07:58:02 - glued to the level',
    ]) {
      expect(parse(raw).timestamp, raw).toBeUndefined();
      expect(parse(raw).message, raw).toBe(raw.slice(raw.indexOf(':') + 1).trim());
    }
    // After a lone dash a time of day is a duration (ts36).
    expect(parse('INFO - 14:02:11 elapsed')).toMatchObject({ level: 'INFO', message: '14:02:11 elapsed' });
    expect(parse('INFO - 14:02:11 elapsed').timestamp).toBeUndefined();
    expect(parse('done: 12:30:45 all jobs')).toMatchObject({ message: 'done: 12:30:45 all jobs' });
    expect(parse('done: 12:30:45 all jobs').timestamp).toBeUndefined();
  });

  it('stays text in a source whose `LEVEL:` lines learned no time (review40)', () => {
    const { sample } = readSource(
      [
        'INFO: server started',
        'WARNING: disk at 91%',
        'ERROR: 12:00:00 is not a valid time',
        'INFO: retrying',
        'INFO:     [19-11-2026 13:25:51] dated',
      ],
      receivedAt,
    );
    expect(sample[2]).toMatchObject({ level: 'ERROR', message: '12:00:00 is not a valid time' });
    expect(sample[2]?.timestamp).toBeUndefined();
    // A dated time there still reads, as before.
    expect(sample[4]).toMatchObject({ message: 'dated', timestamp: Date.parse('2026-11-19T13:25:51Z') });
  });

  it('keeps a real `LEVEL:name:` logger, and takes no tab and hour for one', () => {
    expect(parse('INFO:app.db:07 rows copied')).toMatchObject({
      level: 'INFO',
      logger: 'app.db',
      message: '07 rows copied',
    });
    expect(parse('WARNING:root:disk almost full')).toMatchObject({ level: 'WARN', logger: 'root' });
    expect(parse('INFO:\t07:58:02 - x - t').logger).not.toBe('\t07');
  });
});

describe('a source location after a level word, with or without a bracket before it', () => {
  it('is the caller in both, the text after it', () => {
    expect(parse('INFO (main.c:3): key missing')).toMatchObject({
      level: 'INFO',
      message: 'key missing',
      fields: { caller: 'main.c:3' },
    });
    expect(parse('[MO] info (MicroOcpp.cpp:369): text')).toMatchObject({
      level: 'INFO',
      message: 'text',
      fields: { caller: 'MicroOcpp.cpp:369', header_columns: '[MO]' },
    });
  });

  it("keeps a config file's line, no source's, in the text in both", () => {
    // `conf.yaml:3` is what the message is about, not where the line was logged from.
    expect(parse('INFO (conf.yaml:3): key missing')).toMatchObject({
      level: 'INFO',
      message: '(conf.yaml:3): key missing',
    });
    expect(parse('INFO (conf.yaml:3): key missing').fields.caller).toBeUndefined();
    expect(parse('[MO] info (conf.yaml:3): text').fields.caller).toBeUndefined();
    expect(parse('see info (page 3): text').fields.caller).toBeUndefined();
  });
});

describe("glog's level letter glued before its date", () => {
  it('is the level, whatever level word the text holds, per line and learned', () => {
    for (const [raw, level] of [
      ['W1130 07:31:59.794204   28814 vm.go:384] prog: Runtime error: conversion failed', 'WARN'],
      ['W1130 07:31:59.794204   28814 vm.go:384] prog: error: conversion failed', 'WARN'],
      ['I1130 07:31:59.794204   28814 loader.go:140] prog: Load warning: x', 'INFO'],
      ['E1130 07:38:37.335994   28814 http.go:181] Error writing metrics response', 'ERROR'],
    ] as const) {
      expect(parse(raw), raw).toMatchObject({ level, fields: { thread: '28814' } });
      expect(parse(raw).message, raw).toBe(raw.slice(raw.indexOf('] ') + 2));
    }
  });

  it('leaves a letter that spells no level to the level word after it', () => {
    expect(parse('X1130 07:31:59.794204   28814 vm.go:384] ERROR: boom')).toMatchObject({ level: 'ERROR' });
    expect(parse('2026-11-30 07:31:59 prog: error: conversion failed')).toMatchObject({ level: 'ERROR' });
  });
});

describe("a level's spelling inside a `name[pid]: ` tag's name", () => {
  it.each([
    ['error-handler[3]: INFO (x) started', 'error-handler[3]:'],
    ['error_handler[3]: INFO (x) started', 'error_handler[3]:'],
    ['warn.app[3]: WARNING (x) disk almost full', 'warn.app[3]:'],
    ['error-handler[3]: INFO Started', 'error-handler[3]:'],
  ])('%s is the name: the column after the tag reads', (raw, tag) => {
    expect(parse(raw)).toMatchObject({ fields: { header_columns: tag } });
    expect(parse(raw).level).toBe(raw.includes('WARNING') ? 'WARN' : 'INFO');
  });

  it('a tag that is the level word alone still reads; text after the tag stays text', () => {
    expect(parse('ERROR[3]: disk failed')).toMatchObject({ level: 'ERROR', message: 'disk failed' });
    for (const raw of [
      // Before a lower-case word, as after any tag (`myapp[3]: INFO started`).
      'error-handler[3]: INFO started',
      'myapp[3]: INFO started',
      'error-handler[3]: (CRON) INFO (x)',
      'error-handler[3]: error (x) started',
      'error-handler[3]: started ok',
    ])
      expect(parse(raw).level, raw).toBeUndefined();
  });
});
