/**
 * Readings of the r51 round (issue #14): the text after Python's joined `LEVEL:name:` field opens
 * after its space wherever that field is read, and that field after the time opening the line is
 * read whatever the length of its logger's dotted name and function column.
 *
 * The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe("the text after Python's joined LEVEL:name: field", () => {
  it('opens after the space, as in a line the header finder reads whole', () => {
    // `%(asctime)s %(levelname)s:%(name)s: %(message)s` and `…:%(funcName)s: %(message)s`; the
    // whole-second time is read by the fixed timestamped format, the minute time by the header.
    for (const raw of [
      '2026-11-29 12:19:30 INFO:app.x: text',
      '2026-11-29 12:19:30 INFO:app.x:fn: text',
      '2026-11-29 12:21 INFO:app.x:fn: text',
    ])
      expect(parse(raw), raw).toMatchObject({ level: 'INFO', logger: 'app.x', message: 'text' });
  });

  it('keeps the text glued to the name, and the marks that open the text', () => {
    expect(parse('2026-11-29 12:19:30 INFO:app.x:text')).toMatchObject({ logger: 'app.x', message: 'text' });
    expect(parse('2026-11-29 12:19:30 INFO:app.x: -5 degrees')).toMatchObject({ message: '-5 degrees' });
    expect(parse('2026-11-29 12:19:30 INFO:app.x: | text')).toMatchObject({ message: '| text' });
  });
});

describe("Python's joined LEVEL:name:func: field after the time, past 40 characters", () => {
  it('reads the level and the logger of a long joined field after a time opening the line', () => {
    // `%(asctime)s %(levelname)s:%(name)s:%(funcName)s: %(message)s`, a minute-resolution time.
    expect(
      parse('2026-11-29 12:21 INFO:tanner.session_manager:delete_old_sessions: Session 4e1f is deleted'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'tanner.session_manager',
      message: 'Session 4e1f is deleted',
      fields: { header_columns: 'delete_old_sessions' },
    });
    // `%(name)s:%(message)s`: the first word of the text glued into the field.
    expect(
      parse('2026-11-29 12:19:30,123 CRITICAL:myproject.services.payment_gateway:Card processor down'),
    ).toMatchObject({ level: 'FATAL', logger: 'myproject.services.payment_gateway' });
    // A time of day alone, and one in brackets.
    for (const raw of [
      '12:19:30 WARNING:snare.tanner_handler:parse_tanner_response: Tanner returned no page',
      '[2026-11-29 12:19:30] WARNING:snare.tanner_handler:parse_tanner_response: Tanner returned no page',
    ])
      expect(parse(raw), raw).toMatchObject({ level: 'WARN', logger: 'snare.tanner_handler' });
  });

  it('reads the same in a source whose sample learned the lines, short fields and long', () => {
    const { sample } = readSource(
      [
        '2026-11-29 12:14:20 INFO:snare.server:handle_request: Request path: /index.html',
        '2026-11-29 12:14:21 DEBUG:snare.server:handle_request: Headers received',
        '2026-11-29 12:19:30 WARNING:snare.tanner_handler:parse_tanner_response: Tanner returned no page',
        '2026-11-29 12:19:31 INFO:snare.server:handle_request: Request path: /admin/',
      ],
      receivedAt,
    );
    expect(sample[2]).toMatchObject({
      level: 'WARN',
      logger: 'snare.tanner_handler',
      message: 'Tanner returned no page',
      fields: { header_columns: 'parse_tanner_response' },
    });
    expect(sample[0]).toMatchObject({ level: 'INFO', message: 'Request path: /index.html' });
  });

  it('leaves a long field that is no logger name joined to a level as before', () => {
    for (const text of [
      // A URL, a Windows path and a status code after the level's colon.
      'ERROR:https://db.example.internal/some/very/long/path/x failed',
      'ERROR:500:Internal_Server_Error_while_handling_the_request here',
      // No level in capitals opening the field.
      'Reminder:the_configuration_value_of_the_service_is:wrong today',
      'Info:tanner.session_manager:delete_old_sessions: mixed case',
      'STATUS:orchestrator.scheduler.worker_pool:rebalance_all_queues: done',
      // The field not right after the time.
      'job started NOTE:orchestrator.scheduler.worker_pool_component:x done',
    ]) {
      const raw = `2026-11-29 12:19:30 ${text}`;
      expect(parse(raw), raw).toMatchObject({ level: undefined, message: text });
    }
    // Prose before the time: the time opens no layout (read up to 40 characters only, as before).
    const prose =
      'Meeting 2026-11-30 12:00:00 ERROR:orchestrator.scheduler.worker_pool_component:rebalance done';
    expect(parse(prose).level).toBeUndefined();
    // A Windows path after the level keeps its older reading: no logger, the path no column.
    expect(
      parse('2026-11-29 12:19:30 ERROR:C:\\Users\\someone\\AppData\\Local\\program\\file.log: missing'),
    ).toMatchObject({ level: 'ERROR', logger: undefined, message: 'missing' });
  });
});

describe('a level glued by hyphens reads the full level words of levels.ts, in capitals', () => {
  it('reads every full level word but SEVERE, which no layout glues so', () => {
    for (const [word, level] of [
      ['TRACE', 'TRACE'],
      ['NOTICE', 'NOTICE'],
      ['WARNING', 'WARN'],
      ['CRITICAL', 'FATAL'],
    ] as const)
      expect(parse(`2026/11/29 17:24:47-${word}-Capture started`)).toMatchObject({
        level,
        message: 'Capture started',
      });
    for (const raw of [
      '2026/11/29 17:24:47-SEVERE-Capture failed',
      '2026/11/29 17:24:47-Warning-Capture text',
    ])
      expect(parse(raw), raw).toMatchObject({ level: undefined });
  });
});
