/**
 * Readings of the r54 round (issue #14), one class per block: the cbang C++ library's short level
 * glued between colons after its time.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/** cbang's `%H:%M:%S:` then `L<verbosity>:` or `L :` and a context, as a client's log holds them. */
const CBANG_LINES = [
  '08:10:01:I1:WU12:Starting step 1000 of 50000',
  '08:10:05:I1:WU12:Completed 2000 out of 50000 steps (4%)',
  '08:10:06:I2:OUT7:> POST /api/assign HTTP/1.1',
  '08:10:07:I2:OUT7:< HTTP/1.1 200 HTTP_OK',
  '08:10:08:E :OUT8:Failed response: EOF',
  '08:10:09:I1:cpu-0:Added new work unit: cpus:4 gpus:none',
  '08:10:10:W :WU13:Slow download, retrying',
  '08:10:11:I3:WU13:Running core: /opt/cores/core_a8 -dir x',
  '08:10:12:D1:WU13:State changed to RUN',
  '08:10:13:I1:WU12:Uploading results',
];

describe('cbang’s short level glued between colons after the time', () => {
  it('reads the letter as its level and the context as the logger in a source whose sample agrees', () => {
    const { sample, later } = readSource(CBANG_LINES, receivedAt, [
      '09:00:00:E :WU14:Core returned BAD_WORK_UNIT (114)',
      '09:00:01:I12:WU14:Verbose detail',
    ]);
    expect(sample[0]).toMatchObject({
      level: 'INFO',
      logger: 'WU12',
      message: 'Starting step 1000 of 50000',
    });
    expect(sample[4]).toMatchObject({ level: 'ERROR', logger: 'OUT8', message: 'Failed response: EOF' });
    expect(sample[5]).toMatchObject({
      level: 'INFO',
      logger: 'cpu-0',
      message: 'Added new work unit: cpus:4 gpus:none',
    });
    expect(sample[6]).toMatchObject({ level: 'WARN', logger: 'WU13', message: 'Slow download, retrying' });
    expect(sample[8]).toMatchObject({ level: 'DEBUG', message: 'State changed to RUN' });
    expect(later[0]).toMatchObject({
      level: 'ERROR',
      logger: 'WU14',
      message: 'Core returned BAD_WORK_UNIT (114)',
    });
    expect(later[1]).toMatchObject({ level: 'INFO', message: 'Verbose detail' });
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T08:10:01Z'));
  });

  it('reads the mark after cbang’s date and time too', () => {
    const { sample } = readSource(
      CBANG_LINES.map((line) => `2026-11-30:${line}`),
      receivedAt,
    );
    expect(sample[4]).toMatchObject({ level: 'ERROR', logger: 'OUT8', message: 'Failed response: EOF' });
  });

  it('leaves one line alone as it was: a time and a label of the text', () => {
    expect(parse('12:00:00:I1: the meeting moved')).toMatchObject({ message: 'I1: the meeting moved' });
    expect(parse('12:00:00:I1: the meeting moved').level).toBeUndefined();
    // The long form reads per line already, as before.
    expect(parse('14:03:40:INFO:WU517:Completed')).toMatchObject({ level: 'INFO', message: 'Completed' });
  });

  it('learns nothing from a time with a fraction after a colon, other letters or a few marked lines', () => {
    const fraction = readSource(
      CBANG_LINES.map((line) => `${line.slice(0, 8)}:45${line.slice(8)}`),
      receivedAt,
    );
    expect(fraction.sample[4]?.level).toBeUndefined();
    expect(fraction.sample[4]?.message).toBe('E :OUT8:Failed response: EOF');
    // `E1:` is no cbang mark (an error carries no verbosity), nor `A1:`.
    const others = readSource(
      CBANG_LINES.map((line, n) => `${line.slice(0, 9)}${n % 2 === 0 ? 'E1' : 'A1'}${line.slice(11)}`),
      receivedAt,
    );
    for (const line of others.sample) expect(line.level).toBeUndefined();
    // Two marked lines among prose lines after a time teach nothing.
    const few = readSource(
      [
        ...CBANG_LINES.slice(0, 2),
        ...Array.from({ length: 8 }, (_, n) => `08:11:0${n}: the build step ${n} finished`),
      ],
      receivedAt,
    );
    expect(few.sample[0]?.level).toBeUndefined();
    expect(few.sample[0]?.message).toBe('I1:WU12:Starting step 1000 of 50000');
  });
});

describe('TensorFlow’s C++ letter before its caller, read per line', () => {
  const TF = '2026-11-29 02:14:41.361702: I third_party/nucleus/io/sam_reader.cc:736] Setting block size';

  it('reads the letter and the caller of a line alone', () => {
    expect(parse(TF)).toMatchObject({
      level: 'INFO',
      message: 'Setting block size',
      fields: { caller: 'third_party/nucleus/io/sam_reader.cc:736' },
    });
    expect(
      parse('2026-11-29 02:14:41.361702: F tensorflow/core/kernels/x.cu.cc:12] Check failed'),
    ).toMatchObject({
      level: 'FATAL',
      message: 'Check failed',
      fields: { caller: 'tensorflow/core/kernels/x.cu.cc:12' },
    });
    expect(parse('2026-11-29 02:14:41.361702: W tensorflow/core/util/port.h:9]')).toMatchObject({
      level: 'WARN',
      message: '',
    });
  });

  it('reads a line of that shape among absl’s lines of a learned source', () => {
    const absl = Array.from(
      { length: 10 },
      (_, n) =>
        `I1129 02:14:4${n}.117402 140318822094656 make_examples_core.py:301] Task ${n}/4: Preparing inputs`,
    );
    const { sample } = readSource([...absl.slice(0, 5), TF, ...absl.slice(5)], receivedAt);
    expect(sample[5]).toMatchObject({
      level: 'INFO',
      message: 'Setting block size',
      fields: { caller: 'third_party/nucleus/io/sam_reader.cc:736' },
    });
    expect(sample[0]).toMatchObject({ level: 'INFO', message: 'Task 0/4: Preparing inputs' });
  });

  it('leaves prose, another file, another letter and a letter deeper in the text as written', () => {
    for (const raw of [
      '2026-11-29 02:14:41.361702: I think file.cc:3] was',
      '2026-11-29 02:14:41.361702: I notes.txt:3] was read',
      '2026-11-29 02:14:41.361702: I run_deepvariant.py:364] text',
      '2026-11-29 02:14:41.361702: A third_party/x.cc:3] text',
      '2026-11-29 02:14:41.361702: I third_party/x.cc:3]text',
      '2026-11-29 02:14:41.361702: note I third_party/x.cc:3] text',
      // review45: only `LogMessage`'s `: ` after the time; a space alone is another layout's column.
      '2026-11-29 02:14:41.361702 W third_party/x.cc:3] text',
    ]) {
      const line = parse(raw);
      expect(line.level, raw).toBeUndefined();
      expect(line.message, raw).toBe(raw.slice(raw.indexOf(' ', 20) + 1));
    }
  });
});

describe('a structured logger’s own time key is not given back to a finer field', () => {
  const iso = (raw: string) => new Date(parse(raw).timestamp ?? 0).toISOString();

  it('keeps logrus’s `time` (to the second) over an event’s own `timestamp` with nanoseconds', () => {
    const raw =
      '{"attempt":0,"level":"info","msg":"TASK_STATE","ns":"worker","state":"RUNNING","time":"2026-11-30T11:02:11Z","timestamp":"2026-11-30T11:02:11.118254911Z"}';
    expect(iso(raw)).toBe('2026-11-30T11:02:11.000Z');
    expect(parse(raw).fields.timestamp).toBe('2026-11-30T11:02:11.118254911Z');
  });

  it('still reads a logger’s finer `time` over a `timestamp` to the second, and zap’s `ts`', () => {
    expect(
      iso(
        '{"time":"2026-11-30T18:00:01.221063807Z","level":"INFO","msg":"started","library":"x","timestamp":"2026-11-30T18:00:01"}',
      ),
    ).toBe('2026-11-30T18:00:01.221Z');
    expect(
      iso('{"level":"info","ts":1795946652.551207,"msg":"Request handled","timestamp":1795946652.550307}'),
    ).toBe('2026-11-29T10:04:12.551Z');
  });

  it('keeps the finer key where no logger’s own key was taken (no `msg`, or no `time`)', () => {
    expect(
      iso('{"@timestamp":"2026-11-30T11:02:11Z","timestamp":"2026-11-30T11:02:11.118Z","message":"x"}'),
    ).toBe('2026-11-30T11:02:11.118Z');
    expect(
      iso(
        '{"level":"info","message":"x","timestamp":"2026-11-30T11:02:11Z","time":"2026-11-30T11:02:11.118Z"}',
      ),
    ).toBe('2026-11-30T11:02:11.118Z');
  });
});

describe('a thread bracket glued to the logger’s, its values long names without spaces', () => {
  const URL_THREAD = 'consume-setup-amqp://pulsar_eu:********@mq.example.org:5671//pulsar';
  const line = (n: number, thread: string, text = `job ${n} queued`) =>
    `2026-11-30 07:00:${String(10 + n).padStart(2, '0')},441 DEBUG [app.client.exchange][${thread}] ${text}`;
  const threads = (n: number) =>
    n % 3 === 0 ? URL_THREAD : n % 3 === 1 ? 'MainThread' : '[manager=_default_]-[action=preprocess]';

  it('learns the column, URL-named threads too, and keeps the thread among the header’s columns', () => {
    const { sample, later } = readSource(
      Array.from({ length: 12 }, (_, n) => line(n, threads(n))),
      receivedAt,
      [line(20, `consume-kill-amqp://pulsar_eu:********@mq.example.org:5671//pulsar`, 'Killed job 7')],
    );
    expect(sample[0]).toMatchObject({
      level: 'DEBUG',
      logger: 'app.client.exchange',
      message: 'job 0 queued',
      fields: { header_columns: `[${URL_THREAD}]` },
    });
    expect(sample[2]?.message).toBe('job 2 queued');
    expect(later[0]).toMatchObject({ message: 'Killed job 7' });
  });

  it('keeps a long bracket of prose, a bracket on a few lines and brackets apart as they were', () => {
    const prose = '[see the notes about the consumer setup for the message queue on the edge node]';
    const spaced = readSource(
      Array.from({ length: 12 }, (_, n) => line(n, n % 3 === 0 ? prose.slice(1, -1) : threads(n))),
      receivedAt,
    );
    expect(spaced.sample[0]?.message).toBe(`${prose} job 0 queued`);
    // The thread bracket on a few lines only: no column.
    const few = readSource(
      Array.from({ length: 12 }, (_, n) =>
        n < 3
          ? line(n, URL_THREAD)
          : `2026-11-30 07:00:${String(10 + n).padStart(2, '0')},441 DEBUG [app.client.exchange] job ${n} queued`,
      ),
      receivedAt,
    );
    expect(few.sample[0]?.message).toBe(`[${URL_THREAD}] job 0 queued`);
    // A space between the brackets: the long one is the text's, as before.
    const apart = readSource(
      Array.from({ length: 12 }, (_, n) => line(n, threads(n)).replace('] [', ']  [').replace('][', '] [')),
      receivedAt,
    );
    expect(apart.sample[0]?.message).toBe(`[${URL_THREAD}] job 0 queued`);
  });
});
