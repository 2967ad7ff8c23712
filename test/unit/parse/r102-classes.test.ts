/**
 * Classes of round r102 (ITSM and ML serving): CA / Broadcom Service Desk Manager's `stdlog` level
 * column in its whole shape, and Rich's time of day with its microseconds after a dash
 * (text-generation-webui, SD.Next). The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });
const at = (iso: string) => Date.parse(iso);

/*
 * CLASS: the stdlog's `Date Time Node Process PID Level File Line Message` (Broadcom KB000026081):
 * `SIGNIFICANT` NOTICE, other words as spelled, the text after the line number.
 */
describe("Service Desk Manager's stdlog level column", () => {
  const lines = [
    '11/22 05:58:40.11 SDMAPP01 pdm_d_mgr   2216 SIGNIFICANT  daemon_obj.c 1287 Starting daemon spelsrvr',
    '11/22 06:00:07.49 SDMAPP01 web:local   3644 SIGNIFICANT  session.c  5272 Session 0A3F1C88 created; session count 1',
    '11/22 06:02:11.98 SDMAPP01 domsrvr     3520 ERROR        attr_lock.c 733 Unable to update cr:401290',
    '11/22 06:05:41.11 SDMAPP01 sqlagt:select3 3460 ERROR        sqlsrvr.c  2290 Database connection lost; reconnecting',
  ];

  it('reads the level and the text after the file and line, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.level)).toEqual(['NOTICE', 'NOTICE', 'ERROR', 'ERROR']);
      expect(read.map((line) => line.message)).toEqual([
        'Starting daemon spelsrvr',
        'Session 0A3F1C88 created; session count 1',
        'Unable to update cr:401290',
        'Database connection lost; reconnecting',
      ]);
      expect(read[0]?.timestamp).toBe(at('2026-11-22T05:58:40.110Z'));
    }
  });

  it('leaves SIGNIFICANT a word outside that whole shape', () => {
    for (const raw of [
      'The change was SIGNIFICANT for the team',
      '11/22 05:58:40.11 SIGNIFICANT change in load',
      // No source file before the line number, no PID, a word no level spells.
      '11/22 05:58:40.11 SDMAPP01 pdm_d_mgr 2216 SIGNIFICANT  daemon_obj 1287 text',
      '11/22 05:58:40.11 SDMAPP01 pdm_d_mgr SIGNIFICANT  daemon_obj.c 1287 text',
      '11/22 05:58:40.11 SDMAPP01 pdm_d_mgr 2216 IMPORTANT  daemon_obj.c 1287 text',
      // Another time opening the line.
      '2026-11-22 05:58:40 SDMAPP01 pdm_d_mgr 2216 SIGNIFICANT  daemon_obj.c 1287 text',
    ])
      expect(parse(raw).level, raw).toBeUndefined();
  });
});

/*
 * CLASS: Rich's `log_time_format='%H:%M:%S-%f'` (SD.Next's `installer.py`, copied by
 * text-generation-webui's `modules/logging_colors.py`): six digits after the dash are microseconds.
 */
describe("Rich's time of day with its microseconds after a dash", () => {
  const lines = [
    '08:12:03-004512 INFO     Starting Text generation web UI',
    '08:12:11-421873 INFO     Loaded "Qwen2.5-14B-Instruct-Q5_K_M.gguf" in 8.41 seconds.',
    '08:31:47-118004 WARNING  Context length exceeded: truncating the prompt.',
    '09:02:30-004118 ERROR    No model is loaded! Select one in the Model tab.',
  ];

  it('reads the fraction, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.timestamp)).toEqual([
        at('2026-11-30T08:12:03.004Z'),
        at('2026-11-30T08:12:11.421Z'),
        at('2026-11-30T08:31:47.118Z'),
        at('2026-11-30T09:02:30.004Z'),
      ]);
      expect(read.map((line) => line.level)).toEqual(['INFO', 'INFO', 'WARN', 'ERROR']);
      expect(read[0]?.message).toBe('Starting Text generation web UI');
    }
  });

  it('keeps an offset, three digits, a longer run and YAZ’s date as they were read', () => {
    // Four digits are an offset: 12:00 at -05:00.
    expect(parse('12:00:00-0500 INFO x').timestamp).toBe(at('2026-11-30T17:00:00Z'));
    // Three or seven digits, or digits going on, are no `%f`: the seconds alone.
    expect(parse('10:11:12-123 INFO x').timestamp).toBe(at('2026-11-30T10:11:12Z'));
    expect(parse('10:11:12-1234567 INFO x').timestamp).toBe(at('2026-11-30T10:11:12Z'));
    expect(parse('10:11:12-123456-7 INFO x').timestamp).toBe(at('2026-11-30T10:11:12Z'));
    expect(parse('10:11:12-123456x INFO x').timestamp).toBe(at('2026-11-30T10:11:12Z'));
    expect(parse('06:25:01-28/11 zebrasrv(1) [server] Starting').timestamp).toBe(at('2026-11-28T06:25:01Z'));
  });
});

/*
 * review81: the stdlog reader asked only where the whole line is the stdlog's: its time's
 * hundredths, and no level word already in the node's or the process's column.
 */
describe("the stdlog's shape, held to its columns (review81)", () => {
  it('keeps a level read before the columns, and the text after it', () => {
    const raw = '11/22 05:58:40.11 INFO moved 12 ERROR files.log 3 to archive';
    expect(parse(raw).level).toBe('INFO');
    expect(parse(raw).message).toBe('moved 12 ERROR files.log 3 to archive');
    expect(parse('11/22 05:58:40.11 host ERROR 12 WARN files.log 3 x').level).not.toBe('WARN');
  });

  it('asks for the hundredths: no whole seconds, no zone', () => {
    for (const raw of [
      '11/22 05:58:40 host cron 12 ERROR x.c 1 text',
      '11/22 05:58:40.11+0100 host cron 12 ERROR x.c 1 text',
    ])
      expect(parse(raw).message, raw).toBe(raw.slice(raw.indexOf(' host') + 1));
  });
});
