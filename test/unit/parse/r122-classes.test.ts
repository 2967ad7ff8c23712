/**
 * Round r122, on dev182's customer-support and call-centre software: Flask's default handler's
 * `in module: ` (DocsGPT's worker), a `{path:line} - ` location after the level (the `dialer`
 * package), Celery's task format `name[uuid]: ` (Newfies-Dialer's worker), and the closing pipes of a
 * record written `time|text|` (VICIdial's `event_logger`, Bazarr's layout).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("Flask's `in module: `", () => {
  it('reads the module as a field and the text after it', () => {
    expect(
      read('[2026-11-30 14:05:02,118] INFO in connection: Connected to redis://redis:6379/0'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:05:02.118Z'),
      level: 'INFO',
      message: 'Connected to redis://redis:6379/0',
      fields: { module: 'connection' },
    });
    // The text's own `name: ` stays the text's.
    expect(read('[2026-11-30 14:05:02,122] INFO in mingle: mingle: searching for neighbors')).toMatchObject({
      message: 'mingle: searching for neighbors',
      fields: { module: 'mingle' },
    });
    expect(read('[2026-11-30 14:08:49,761] ERROR in worker: Error downloading file x.docx')).toMatchObject({
      level: 'ERROR',
      message: 'Error downloading file x.docx',
    });
    expect(read('[2026-11-30 14:15:41,370] WARNING in app: Could not drop the vectors').level).toBe('WARN');
  });

  it('reads it in a learned source as per line', () => {
    const at = (s: number, text: string) => `[2026-11-30 14:05:0${s},118] INFO in worker: ${text}`;
    const sample = Array.from({ length: 10 }, (_, s) => at(s, `Total tokens calculated: ${s * 17}`));
    expect(learnt(sample)(at(9, 'remote_worker task completed successfully'))).toMatchObject({
      level: 'INFO',
      message: 'remote_worker task completed successfully',
    });
  });

  it('leaves `in` to the text after any other header', () => {
    // No bracket around the time, a lowercase level, two words before the colon, no space after it.
    expect(read('2026-11-30 14:05:02,118 INFO in progress: 3 left').message).toBe('in progress: 3 left');
    expect(read('[2026-11-30 14:05:02,118] info in worker: x').message).toBe('in worker: x');
    expect(read('[2026-11-30 14:05:02,118] INFO in two words: x').message).toBe('in two words: x');
    expect(read('[2026-11-30 14:05:02,118] INFO in worker:x').message).toBe('in worker:x');
  });

  it("never takes a level or a module from the text's words", () => {
    const line = read('[2026-11-30 14:05:02,118] INFO in worker: task ERROR in db: failed');
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'task ERROR in db: failed',
      fields: { module: 'worker' },
    });
    expect(read('[2026-11-30 14:05:02,118] INFO Retrying in worker: 3 s').message).toBe(
      'Retrying in worker: 3 s',
    );
    expect(read('Starting [x] INFO in worker: y').timestamp).toBeUndefined();
  });
});

describe('a `{path:line} - ` location after the level', () => {
  const path = '/srv/dialer/.venv/lib/python3.11/site-packages/dialer/scripts/calllogic.py';

  it('reads the location as the caller and the text after the dash', () => {
    expect(
      read(`[2026-11-30 06:30:01,377] ERROR {${path}:39} - Not allowed to run at this time`),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T06:30:01.377Z'),
      level: 'ERROR',
      message: 'Not allowed to run at this time',
      fields: { caller: `${path}:39` },
    });
    expect(
      read(`[2026-11-30 07:00:13,512] WARNING {${path}:134} - Failed to initiate call, trying again`),
    ).toMatchObject({
      level: 'WARN',
      message: 'Failed to initiate call, trying again',
    });
  });

  it('leaves a brace without a path, a line number or its dash to the text', () => {
    const at = '[2026-11-30 06:30:01,377] INFO ';
    for (const text of ['{a b.py:3} - x', '{x.py:3} x', '{"k": 1} - x', '{x.py:3}', '{a.py:3 - x'])
      expect(read(`${at}${text}`).message).toBe(text);
  });

  it("never takes a level from the text's words", () => {
    expect(read('[2026-11-30 06:30:01,377] INFO {a.py:3} - ERROR {b.py:4} - x')).toMatchObject({
      level: 'INFO',
      message: 'ERROR {b.py:4} - x',
      fields: { caller: 'a.py:3' },
    });
    // A brace later in the text is the text's.
    expect(read('[2026-11-30 06:30:01,377] INFO called {a.py:3} - x').message).toBe('called {a.py:3} - x');
  });
});

describe("Celery's task `name[id]: `", () => {
  const header = '[2026-11-30 10:30:00,024: INFO/PoolWorker-1] ';
  const id = 'd7c4cadb-2e6c-413d-a4ed-3d211c3a4751';

  it('reads the task name and id as fields and the text after them', () => {
    expect(
      read(`${header}dialer_campaign.tasks.campaign_running[${id}]: Determine the Campaign to proceed`),
    ).toMatchObject({
      level: 'INFO',
      logger: 'PoolWorker-1',
      message: 'Determine the Campaign to proceed',
      fields: { task: 'dialer_campaign.tasks.campaign_running', task_id: id },
    });
    // Outside a task Celery writes `???` for both (`celery/app/log.py`).
    expect(read(`${header}???[???]: x`)).toMatchObject({
      message: 'x',
      fields: { task: '???', task_id: '???' },
    });
  });

  it('reads it in a learned source as per line', () => {
    const at = (s: number, text: string) =>
      `[2026-11-30 10:30:0${s},024: INFO/PoolWorker-1] tasks.run[${id}]: ${text}`;
    const sample = Array.from({ length: 10 }, (_, s) => at(s, `Dialout Subscriber :: status = ${s}`));
    expect(learnt(sample)(at(9, 'No Subscriber to proceed on this campaign')).message).toBe(
      'No Subscriber to proceed on this campaign',
    );
  });

  it("leaves the worker's own messages and a bracket without a UUID to the text", () => {
    for (const text of [
      `Received task: tasks.add[${id}]`,
      `Task tasks.add[${id}] succeeded in 0.01s: None`,
      'cache[3]: hit',
      `tasks.add[${id}]:x`,
      `???[${id}]: x`,
      `.x[${id}]: y`,
    ])
      expect(read(`${header}${text}`).message).toBe(text);
    // Only after Celery's bracket.
    expect(read(`2026-11-30 10:30:00,024 INFO tasks.add[${id}]: x`).fields.task).toBeUndefined();
  });

  it("never takes a level from the text's words", () => {
    expect(read(`${header}tasks.add[${id}]: ERROR/PoolWorker-2 failed`)).toMatchObject({
      level: 'INFO',
      message: 'ERROR/PoolWorker-2 failed',
    });
  });
});

describe('the closing pipes of a `time|text|` record', () => {
  it("reads the text without the layout's closing pipes, the inner ones kept", () => {
    expect(read('2026-11-30 16:55:57|HANGING UP||')).toMatchObject({
      timestamp: Date.parse('2026-11-30T16:55:57Z'),
      message: 'HANGING UP',
    });
    expect(
      read('2026-11-30 16:56:01|STARTING NEW MANAGER TELNET CONNECTION||ATTEMPT|ONE DAY INTERVAL:||').message,
    ).toBe('STARTING NEW MANAGER TELNET CONNECTION||ATTEMPT|ONE DAY INTERVAL:');
    expect(read('2026-11-30 16:07:01|I am not alone! Exiting...|').message).toBe(
      'I am not alone! Exiting...',
    );
    // Bazarr's `%(asctime)s|%(levelname)-8s|%(name)-32s|%(message)s|`.
    expect(read('24/11/2026 02:10:55|WARNING |subliminal_patch.core |Discarding provider x|')).toMatchObject({
      level: 'WARN',
      message: 'Discarding provider x',
    });
  });

  it('keeps a pipe the text ends with when no pipe opens it', () => {
    // A table of pipe-closed columns with the time among them (Amazon Redshift's connection log).
    expect(
      read('authenticated |Mon, 30 Nov 2026 02:00:07:118|10.12.4.18 |51544 |2 |').message.endsWith('|'),
    ).toBe(true);
    expect(read('2026-11-30 16:55:57 HANGING UP|').message).toBe('HANGING UP|');
    expect(read('2026-11-30 16:55:57 INFO a | b |').message).toBe('a | b |');
    expect(read('2026-11-30 16:55:57|HANGING UP| x').message).toBe('HANGING UP| x');
    // A table the text draws keeps its closing pipe and the space before it (review93).
    expect(read('2026-11-30 16:55:57|cols: | a | b |').message).toBe('cols: | a | b |');
    expect(read('2026-11-30 16:55:57|cols: | a | b ||').message).toBe('cols: | a | b ||');
  });

  it("never takes a level or a time from the text's words", () => {
    const line = read('2026-11-30 16:55:57|ORDER ERROR 2026-11-29 10:00:00|');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T16:55:57Z'));
    expect(line.message).toBe('ORDER ERROR 2026-11-29 10:00:00');
  });
});
