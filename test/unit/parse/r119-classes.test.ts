/**
 * Round r119, on dev179's higher-education systems: JPlag's CLI stamp with its milliseconds after an
 * underscore (`yyyy-MM-dd-hh:mm:ss_SSS`), and the Open edX services' standard console format, whose
 * five or six header columns (pid, logger, user, address, request id, location) are learned whole.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('milliseconds after an underscore in the year-first class', () => {
  const jplag = (stamp: string, level: string, text: string) => `${stamp} [main] [${level}] JPlag - ${text}`;

  it("reads JPlag's `yyyy-MM-dd-hh:mm:ss_SSS` to the millisecond", () => {
    expect(
      read(jplag('2026-11-30-09:41:07_215', 'INFO', 'Total time for comparing submissions: 0h')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:41:07.215Z'),
      level: 'INFO',
      logger: 'JPlag',
      message: 'Total time for comparing submissions: 0h',
    });
    // Any joiner of the class: an underscore between date and time too.
    expect(read('2026-11-30_12:00:01_123 worker started')).toMatchObject({
      timestamp: Date.parse('2026-11-30T12:00:01.123Z'),
      message: 'worker started',
    });
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 6 }, (_, k) =>
      jplag(
        `2026-11-30-09:41:1${k}_${100 + k * 37}`,
        k === 3 ? 'WARN' : 'INFO',
        `Start writing report ${k}...`,
      ),
    );
    expect(
      learnt(lines)(jplag('2026-11-30-09:42:00_997', 'WARN', 'Minimum threshold of 0 used')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:42:00.997Z'),
      level: 'WARN',
      message: 'Minimum threshold of 0 used',
    });
  });

  it('takes only three digits that end there as milliseconds', () => {
    // Two or four digits, digits going on as a number, or letters glued on: the second stands.
    for (const tail of ['_12', '_1234', '_123_4', '_123abc']) {
      const line = read(jplag(`2026-11-30-09:41:02${tail}`, 'INFO', 'x'));
      expect(line.timestamp).toBe(Date.parse('2026-11-30T09:41:02.000Z'));
      expect(line.fields.header_columns).toContain(tail);
    }
    // The going-on test is the dash's too (`numberGoesOn`): `-358_1`, like `-358-1`, is no fraction (review92).
    expect(read('20261130-05:35:15-358_1 x').timestamp).toBe(Date.parse('2026-11-30T05:35:15.000Z'));
    expect(read('Nov 29 22:03:11-402918_1 x').timestamp).toBe(Date.parse('2026-11-29T22:03:11.000Z'));
    expect(read('20261130-05:35:15-358 x').timestamp).toBe(Date.parse('2026-11-30T05:35:15.358Z'));
    // A name of a file holding a stamp is no time of a line.
    expect(read('IMG_2026-11-30-09:41:02_316.jpg saved').timestamp).toBeUndefined();
    expect(read('20261130_094102_316 capture saved').timestamp).toBeUndefined();
  });

  it("leaves a stamp of the text the text's", () => {
    // The header's time stands; the one in the text sets nothing.
    const line = read('2026-11-30 09:41:02 [main] [INFO] X - the run of 2026-11-30-09:41:05_999 ended');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T09:41:02.000Z'));
    expect(line.message).toBe('X - the run of 2026-11-30-09:41:05_999 ended');
    // No header time: none is taken from the text after a level's bracket and a logger.
    const bare = read('[main] [INFO] X - the run of 2026-11-30-09:41:05_999 ended');
    expect(bare.timestamp).toBeUndefined();
    expect(bare.message).toContain('2026-11-30-09:41:05_999');
  });
});

describe("Open edX's standard console format and its user, address and request id columns", () => {
  const LOGGERS = ['edx_exams.apps.core.api', 'edx_exams.apps.lti.views', 'django.request'];
  /** edx-platform's and edx-exams' `standard`: pid, logger, user, address, location. */
  const edx = (k: number, text: string, level = 'INFO') =>
    `2026-11-30 15:12:0${k % 10},441 ${level} ${k % 2 ? 23 : 24} [${LOGGERS[k % 3]}] [user ${k % 4 ? 5500 + k : 'None'}] [ip ${k % 5 ? `203.0.113.${k}` : 'None'}] api.py:1${k} - ${text}`;
  /** license-manager's: the same and a request id, six columns. */
  const lm = (k: number, text: string, level = 'INFO') =>
    `2026-11-30 15:12:0${k % 10},441 ${level} ${k % 2 ? 23 : 24} [${LOGGERS[k % 3]}] [user ${k % 4 ? 5500 + k : 'None'}] [ip ${k % 5 ? `203.0.113.${k}` : 'None'}] [request_id ${k % 3 ? `a1b2c3d4${k}` : 'None'}] views.py:4${k} - ${text}`;
  const sample = (line: typeof edx) =>
    Array.from({ length: 12 }, (_, k) =>
      line(k, `Exam attempt ${30400 + k} created for user_id=${5500 + k}`),
    );

  it('reads the text after the location, the columns kept', () => {
    expect(learnt(sample(edx))(edx(13, 'Sent grade 82.5 for exam attempt 30401 to LMS'))).toMatchObject({
      level: 'INFO',
      logger: 'edx_exams.apps.lti.views',
      message: 'Sent grade 82.5 for exam attempt 30401 to LMS',
      fields: { caller: 'api.py:113', header_columns: '23 [user 5513] [ip 203.0.113.13]' },
    });
    expect(learnt(sample(lm))(lm(13, 'License 88 assigned', 'WARNING'))).toMatchObject({
      level: 'WARN',
      message: 'License 88 assigned',
      fields: {
        caller: 'views.py:413',
        header_columns: '23 [user 5513] [ip 203.0.113.13] [request_id a1b2c3d413]',
      },
    });
  });

  it("leaves a level word, brackets and a location of the text the text's", () => {
    const later = learnt(sample(lm));
    expect(later(lm(14, 'ERROR: upstream said so'))).toMatchObject({
      level: 'INFO',
      message: 'ERROR: upstream said so',
    });
    expect(later(lm(14, '[user 1] [ip 2] x.py:1 - [ERROR] nested'))).toMatchObject({
      level: 'INFO',
      message: '[user 1] [ip 2] x.py:1 - [ERROR] nested',
    });
  });

  it('learns no column that most sample lines do not share', () => {
    // A bracket opening the text on a third of the lines is the text's, not a sixth column.
    const lines = Array.from({ length: 12 }, (_, k) =>
      edx(k, k % 3 === 0 ? `[WARNING ${k}] quota low` : `Exam attempt ${30400 + k} created`),
    );
    expect(learnt(lines)(edx(13, '[ERROR] grade push failed')).message).toBe('[ERROR] grade push failed');
    expect(learnt(lines)(edx(13, '[ERROR] grade push failed')).level).toBe('INFO');
  });
});
