/**
 * Loose ends of the r48 round (issue #14), one class per block: the milliseconds Python's
 * `%(asctime)s,%(msecs)d` writes twice with no `datefmt`, Log4perl's `%c.%p:%P` category, level and
 * pid, a time of day after `[LEVEL] ` in a source that learned no time, and TensorFlow's level
 * letter kept out of the header columns.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (time: string) => Date.parse(`2026-11-30T${time}Z`);

describe('a time of day after `[LEVEL] ` in a source that learned no time', () => {
  it('is the text’s, as after `LEVEL:`', () => {
    const { sample } = readSource(
      [
        '[INFO] server started',
        '[WARNING] disk at 91%',
        '[ERROR] 12:00:00 is not a valid time',
        '[INFO] retrying',
        'ERROR: 12:00:00 is not a valid time either',
      ],
      receivedAt,
    );
    expect(sample[2]).toMatchObject({ level: 'ERROR', message: '12:00:00 is not a valid time' });
    expect(sample[2]?.timestamp).toBeUndefined();
    expect(sample[4]).toMatchObject({ level: 'ERROR', message: '12:00:00 is not a valid time either' });
    expect(sample[4]?.timestamp).toBeUndefined();
  });

  it('is the header’s where the source’s lines carry it there, or in its own bracket', () => {
    const timed = readSource(
      [
        '[INFO] 07:58:01 server started',
        '[WARNING] 07:58:02 disk at 91%',
        '[ERROR] 12:00:00 is not a valid time',
        '[INFO] 07:58:09 retrying',
      ],
      receivedAt,
    );
    expect(timed.sample[2]).toMatchObject({ timestamp: at('12:00:00'), message: 'is not a valid time' });
    // A source whose sample writes the time there on some lines only (a script's timed and untimed
    // echoes) learns no time, yet a time there is its header's still (review42).
    const sometimes = readSource(
      [
        '[INFO] 07:58:01 server started',
        '[INFO] worker ready',
        '[WARNING] 07:58:02 disk at 91%',
        '[INFO] retrying',
        '[ERROR] 07:58:03 upload failed',
        '[INFO] done',
        '[INFO] 07:58:05 again',
        '[INFO] idle',
      ],
      receivedAt,
    );
    expect(sometimes.sample.map((line) => line.timestamp)).toEqual([
      at('07:58:01'),
      undefined,
      at('07:58:02'),
      undefined,
      at('07:58:03'),
      undefined,
      at('07:58:05'),
      undefined,
    ]);
    expect(sometimes.sample[4]).toMatchObject({ level: 'ERROR', message: 'upload failed' });
    // PipeWire writes a monotonic clock where it has no wall clock: the bracketed time is the header's.
    const framed = readSource(
      [
        '[I][11:02:17.541308] pw.context   | [      pipewire.c:  612 pw_init()] version 1.2.6',
        '[E][01924.337051] pw.core      | [          core.c:  382 core_new()] failed',
        '[E][01924.337118] default      | [      pipewire.c:  123 main()] failed to create context',
        '[W][11:02:17.603112] mod.rt       | [      module-rt.c:  341 translate_error()] RTKit error',
      ],
      receivedAt,
    );
    expect(framed.sample.map((line) => line.timestamp)).toEqual([
      at('11:02:17.541'),
      undefined,
      undefined,
      at('11:02:17.603'),
    ]);
    // A line alone still reads it, as `INFO: 07:58:02 text` does.
    expect(parse('[ERROR] 09:00:00 db down')).toMatchObject({
      timestamp: at('09:00:00'),
      message: 'db down',
    });
  });
});

describe("Python's `%(asctime)s,%(msecs)d` with no datefmt: the milliseconds again after a comma, unpadded", () => {
  it.each([
    [
      '2026-11-30 06:00:04,008,8 INFO     [respondd_client.py:443] Using unicast method',
      '06:00:04.008',
      'INFO',
    ],
    ['2026-11-30 06:00:04,052,52 ERROR    [omada.py:161] Login failed', '06:00:04.052', 'ERROR'],
    ['2026-11-30 06:00:04,650,650 WARNING  [x.py:553] unknown command', '06:00:04.650', 'WARN'],
    ['2026-11-30 06:00:04,000,0 INFO     [x.py:62] Started', '06:00:04.000', 'INFO'],
    ['2026-11-30 06:00:04,008,008 INFO     [x.py:62] Started', '06:00:04.008', 'INFO'],
  ])('%j reads its time and level, the count as header', (raw, time, level) => {
    const line = parse(raw);
    expect(line).toMatchObject({ timestamp: at(time), level });
    expect(line.message).toMatch(/^(Using unicast method|Login failed|unknown command|Started)$/);
  });

  it('reads it in a learned source', () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `2026-11-30 06:00:${String(10 + i)},${String(i * 9).padStart(3, '0')},${i * 9} INFO     [x.py:443] Using unicast method`,
    );
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.timestamp)).toEqual(
      lines.map((_, i) => at(`06:00:${10 + i}.${String(i * 9).padStart(3, '0')}`)),
    );
    expect(sample[3]?.message).toBe('Using unicast method');
  });

  it('leaves another number after the fraction as it was', () => {
    for (const raw of [
      // A count: not the same milliseconds.
      '2026-11-30 06:00:04,008,17 INFO t',
      // A number of the text after it.
      '2026-11-30 06:00:04,008,8.5 INFO t',
      '2026-11-30 06:00:04,008,8000 INFO t',
    ])
      expect(parse(raw).timestamp, raw).toBeUndefined();
    // A list after the time, equal first item or not.
    expect(parse('2026-11-30 06:00:04,001,1,2 INFO t')).toMatchObject({
      timestamp: at('06:00:04.001'),
      fields: { header_columns: '1,2' },
    });
    expect(parse('12:00:00,1,2,3 list')).toMatchObject({ timestamp: at('12:00:00'), message: '1,2,3 list' });
    // A CSV row (Windows NPS): the second's next column is no fraction.
    expect(parse('11/30/2026,07:58:02,4,"",x')).toMatchObject({
      timestamp: at('07:58:02'),
      message: '4,"",x',
    });
  });
});

describe("Log4perl's `%c.%p:%P`: a category, its level in capitals and the pid glued after a colon", () => {
  const lines = [
    '2026/11/29 21:14:03 openxpki.system.INFO:41201 OpenXPKI Server 3.32.0 starting (config /etc/openxpki/config.d)',
    '2026/11/29 21:14:05 openxpki.system.INFO:41201 Crypto token ca-signer-3 initialised',
    '2026/11/29 21:15:20 openxpki.auth.INFO:41201 Login successful for user raop01',
    '2026/11/29 21:15:44 openxpki.auth.WARN:41207 Login failed for user jdoe',
    '2026/11/29 21:16:02 openxpki.workflow.ERROR:41208 Workflow 1234 failed: timeout',
    '2026/11/29 21:16:09 openxpki.system.INFO:41201 Forked child process 41209',
    '2026/11/29 21:16:30 openxpki.application.INFO:41209 Certificate issued',
    '2026/11/29 21:17:01 openxpki.system.INFO:41201 Watchdog ready',
  ];

  it('reads the level, the category as the logger and the pid, per line and learned', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const line of [parse(lines[4] as string), sample[4]])
      expect(line).toMatchObject({
        level: 'ERROR',
        logger: 'openxpki.workflow',
        message: 'Workflow 1234 failed: timeout',
        fields: { pid: 41208 },
      });
    expect(sample.map((line) => line.level)).toEqual([
      'INFO',
      'INFO',
      'INFO',
      'WARN',
      'ERROR',
      'INFO',
      'INFO',
      'INFO',
    ]);
    expect(sample[0]?.fields.line).toBeUndefined();
  });

  it('leaves Monolog’s `channel.LEVEL:` and a `name.LEVEL` word as they read', () => {
    expect(parse('2026-11-30 10:00:00 app.ERROR: boom {"x":1} []')).toMatchObject({
      level: 'ERROR',
      message: 'boom {"x":1} []',
      fields: { header_columns: 'app.' },
    });
    expect(parse('2026/11/29 21:14:03 main.INFO text here')).toMatchObject({
      level: 'INFO',
      message: 'text here',
      fields: { header_columns: 'main.' },
    });
  });

  it('reads no level from a source location or a name that is no level in capitals', () => {
    for (const text of ['main.go:12 text', 'Foo.Info:3 text', 'backup.TAR:3 text', 'x.DEBUGGER:3 text']) {
      const line = parse(`2026/11/29 21:14:03 ${text}`);
      expect(line.level, text).toBeUndefined();
      expect(line.message, text).toBe(text);
    }
  });

  it('reads no level from the shape later in a line, where it is the text’s (review42)', () => {
    for (const raw of [
      'connect to service.WARN:443 failed',
      '2026/11/29 21:14:03 set Level.INFO:3 in prose',
      '2026/11/29 21:14:03 retry of api.ERROR:503 in 5 s',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.fields.pid, raw).toBeUndefined();
    }
  });
});

describe("TensorFlow's level letter before a glog caller, learned as a leading column", () => {
  const tf = (n: number, letter: string, caller: string, text: string) =>
    `2026-11-30 06:12:${String(n % 60).padStart(2, '0')}.118204: ${letter} ${caller}] ${text}`;
  // One caller shape on every line: the columns learn the letter and the caller as leading columns.
  const lines = Array.from({ length: 32 }, (_, n) =>
    n % 11 === 5
      ? tf(n, 'W', 'tensorflow/core/framework/op_kernel.cc:1830', `Resource exhausted for batch ${n}`)
      : tf(n, 'I', `tensorflow_serving/model_servers/server_core.cc:${474 + n * 7}`, `Adding model ${n}.`),
  );

  it('is the level and no header column', () => {
    const { sample } = readSource(lines, receivedAt);
    expect(sample[5]).toMatchObject({
      level: 'WARN',
      message: 'Resource exhausted for batch 5',
      fields: { caller: 'tensorflow/core/framework/op_kernel.cc:1830' },
    });
    expect(sample.every((line) => line.fields.header_columns === undefined)).toBe(true);
  });

  it('leaves a line whose letter has no caller as read', () => {
    const { later } = readSource(lines, receivedAt, ['2026-11-30 06:13:00.000001: I think it restarted']);
    expect(later[0]).toMatchObject({ message: 'I think it restarted' });
    expect(later[0]?.level).toBeUndefined();
  });
});
