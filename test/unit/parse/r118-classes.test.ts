/**
 * Round r118, on dev178's citizen-science and crowdsourcing software: a month-name stamp to the
 * minute closing a bracket after a thread's label (mprime), `log` under a JSON record's level key
 * (Common Voice's console records, NestJS's JSON logger), an arrow after a layout's separator kept in
 * the text (mapillary_tools), and a Go caller in hivemind's caller bracket.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a month-name stamp to the minute closing a bracket', () => {
  it("reads mprime's thread labels and their stamp", () => {
    expect(read('[Worker #1 Nov 30 20:14] Setting affinity to run worker on CPU core #1')).toMatchObject({
      timestamp: Date.parse('2026-11-30T20:14:00.000Z'),
      message: 'Setting affinity to run worker on CPU core #1',
    });
    expect(read('[Main thread Nov 30 22:31] Execution halted.')).toMatchObject({
      timestamp: Date.parse('2026-11-30T22:31:00.000Z'),
      message: 'Execution halted.',
    });
    expect(read('[Comm thread Nov 30 21:14] PrimeNet error 503: Server unavailable')).toMatchObject({
      timestamp: Date.parse('2026-11-30T21:14:00.000Z'),
      message: 'PrimeNet error 503: Server unavailable',
    });
    // One worker alone is `[Worker`; ctime's padded day, a stamp with no label.
    expect(read('[Worker Feb  5 00:22] Worker starting')).toMatchObject({
      timestamp: Date.parse('2026-02-05T00:22:00.000Z'),
      message: 'Worker starting',
    });
    expect(read('[Nov 30 20:14] Starting workers.')).toMatchObject({
      timestamp: Date.parse('2026-11-30T20:14:00.000Z'),
      message: 'Starting workers.',
    });
  });

  it('reads it in a learned source too', () => {
    const lines = [
      '[Main thread Nov 30 20:14] Mersenne number primality test program version 30.19',
      '[Main thread Nov 30 20:14] Starting workers.',
      '[Comm thread Nov 30 20:14] Updating computer information on the server',
      '[Worker #2 Nov 30 20:14] Worker starting',
      '[Worker #1 Nov 30 20:22] Iteration: 41210000 / 136279841 [30.24%], ms/iter:  4.823, ETA: 5d 07:22',
    ];
    expect(learnt(lines)('[Worker #1 Nov 30 20:39] Gerbicz error check passed.')).toMatchObject({
      timestamp: Date.parse('2026-11-30T20:39:00.000Z'),
      message: 'Gerbicz error check passed.',
    });
  });

  it('reads no stamp the bracket does not close, and none from the text', () => {
    // Not closed right after the minute: a word follows it inside the bracket.
    expect(read('[Nov 30 20:14 x] hi').timestamp).toBeUndefined();
    // Unbracketed, a month, a day and a minute are prose or a syslog date cut short.
    expect(read('Nov 30 20:14 hello').timestamp).toBeUndefined();
    expect(read('backup due Nov 30 20:14] soon').timestamp).toBeUndefined();
    expect(read('[x] due Nov 30 20:14] soon').timestamp).toBeUndefined();
    // The text's own stamp sets no time where the header gave none.
    expect(read('Worker said [Nov 30 20:14] done').timestamp).toBeUndefined();
    // A header's own time stands over a stamp in the text.
    expect(read('[Worker #1 Nov 30 20:14] resumed from [Nov 29 08:00] save file')).toMatchObject({
      timestamp: Date.parse('2026-11-30T20:14:00.000Z'),
      message: 'resumed from [Nov 29 08:00] save file',
    });
    // No month name: digits and a minute are a ratio or a score.
    expect(read('[Worker 11 30 20:14] x').timestamp).toBeUndefined();
  });
});

describe("`log` under a JSON record's level key", () => {
  it("reads console.log's level as INFO", () => {
    expect(
      read(
        '{"msg":"Maintenance mode is off","name":"voice","level":"log","hostname":"cv-web-6d9f7b8c4-x2lqp","pid":27,"time":"2026-11-30T19:20:00.412Z"}',
      ),
    ).toMatchObject({
      level: 'INFO',
      message: 'Maintenance mode is off',
      logger: 'voice',
      host: 'cv-web-6d9f7b8c4-x2lqp',
      fields: { pid: 27 },
    });
    expect(
      read(
        '{"level":"log","pid":27,"timestamp":1796066400000,"message":"Nest application successfully started"}',
      ),
    ).toMatchObject({ level: 'INFO', message: 'Nest application successfully started' });
    expect(read('{"severity":"LOG","msg":"x"}').level).toBe('INFO');
    // Its siblings stay what they were.
    expect(read('{"msg":"x","level":"error"}').level).toBe('ERROR');
  });

  it('reads it in a record wrapped under another key, as a level word there is (review92)', () => {
    // A shipper's object around the logger's record (Filebeat's `json`): its message and level are the line's.
    expect(
      read(
        '{"@timestamp":"2026-11-30T19:20:00.412Z","json":{"level":"log","message":"Nest application successfully started"}}',
      ),
    ).toMatchObject({ level: 'INFO', message: 'Nest application successfully started' });
    // Under another key of the wrapped record, `log` names no level, and the record is not taken.
    expect(read('{"time":"2026-11-30T19:20:00.412Z","data":{"type":"log","message":"x"}}')).toMatchObject({
      message: '',
      fields: { data: { type: 'log', message: 'x' } },
    });
    // The line's own level stands over the wrapped one.
    expect(read('{"level":"error","data":{"level":"log","message":"x"}}')).toMatchObject({
      level: 'ERROR',
      message: 'x',
    });
  });

  it('takes no level from `log` under any other key, nor from the text', () => {
    expect(read('{"type":"log","msg":"x"}').level).toBeUndefined();
    expect(read('{"msg":"log","kind":"log"}').level).toBeUndefined();
    // A word that only starts so is no level, and stays in the fields.
    const logs = read('{"level":"logs","msg":"x"}');
    expect(logs.level).toBeUndefined();
    expect(logs.fields.level).toBe('logs');
    // The message's words set no level where the record's key named none.
    expect(read('{"msg":"level log reached","time":"2026-11-30T19:20:00.412Z"}').level).toBeUndefined();
    expect(read('{"msg":"ERROR: boom","level":"log"}').level).toBe('INFO');
  });
});

describe("an arrow after a layout's separator is the text's", () => {
  it("keeps mapillary_tools' step arrow in the message", () => {
    expect(read('06:00:03.412 - INFO    - ==> Processing 1288 files with source native...')).toMatchObject({
      timestamp: Date.parse('2026-11-30T06:00:03.412Z'),
      level: 'INFO',
      message: '==> Processing 1288 files with source native...',
    });
    expect(read('Mon 2026-11-30 00:00:46.146: --> 220 mail.corp.example ESMTP')).toMatchObject({
      message: '--> 220 mail.corp.example ESMTP',
    });
  });

  it('still ends the header at an arrow right after the time or the level', () => {
    expect(read('ERROR - 2026-11-23 08:14:51 --> text')).toMatchObject({ level: 'ERROR', message: 'text' });
  });

  it('reads no level from the text after the arrow', () => {
    const line = read('06:00:03.412 - INFO    - ==> ERROR: upload failed');
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('==> ERROR: upload failed');
  });
});

describe("a Go caller in hivemind's caller bracket", () => {
  const hivemind = (level: string, rest: string) => `Nov 30 22:41:21.402 [${level}] ${rest}`;

  it("reads p2pd's re-logged caller as the line's caller", () => {
    expect(
      read(hivemind('ERROR', '[identify/id.go:483] failed when receiving peer addresses: stream reset')),
    ).toMatchObject({
      level: 'ERROR',
      message: 'failed when receiving peer addresses: stream reset',
      fields: { caller: 'identify/id.go:483' },
    });
    expect(read(hivemind('WARN', '[hivemind.dht.protocol.call_ping:138] ping failed'))).toMatchObject({
      message: 'ping failed',
      fields: { caller: 'hivemind.dht.protocol.call_ping:138' },
    });
  });

  it('reads a caller with a drive once, not again as a `[key:value]` field (review92)', () => {
    // nested-logrus-formatter's fields after a bracketed level took `C` for a key.
    const line = read(hivemind('ERROR', '[C:\\src\\p2p\\id.go:483] stream reset'));
    expect(line).toMatchObject({ message: 'stream reset', fields: { caller: 'C:\\src\\p2p\\id.go:483' } });
    expect(line.fields.C).toBeUndefined();
    // Its own fields read as before.
    expect(read('2026-11-24 09:15:30.227 [INFO] [source:db1] [metric:wal] starting')).toMatchObject({
      message: 'starting',
      fields: { source: 'db1', metric: 'wal' },
    });
  });

  it("leaves a bracket that is no caller, or INFO's, in the text", () => {
    // INFO's lines carry no caller block: a bracket there is the text's.
    expect(read(hivemind('INFO', '[identify/id.go:483] x')).message).toBe('[identify/id.go:483] x');
    expect(read(hivemind('ERROR', '[3/4] shards lost')).message).toBe('[3/4] shards lost');
    // Glued to the text, or no line number: not a caller.
    expect(read(hivemind('ERROR', '[id.go:483]x')).message).toBe('[id.go:483]x');
    expect(read(hivemind('ERROR', '[identify/id.go] x')).fields.caller).toBeUndefined();
    // A level word inside the caller's text sets no level over the header's.
    expect(read(hivemind('WARN', '[identify/id.go:483] ERROR: x')).level).toBe('WARN');
  });
});
