/**
 * Round r110, on dev171's grid middleware: Python's colon-joined header with a thread id between the
 * time and the level (WMCore's `Harness.py`), and BOINC's `MSG_LOG` kind after its `[PID=n]`.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("Python's colon-joined header (`%(asctime)s:%(thread)d:%(levelname)s:%(module)s:`)", () => {
  it('reads the time, the thread id as a header column, the level and the module; the text keeps its colons', () => {
    expect(
      read('2026-11-25 14:02:11,407:140027318425408:INFO:Harness:>>>Starting: JobSubmitter<<<'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-25T14:02:11.407Z'),
      level: 'INFO',
      logger: 'Harness',
      message: '>>>Starting: JobSubmitter<<<',
      fields: { header_columns: '140027318425408' },
    });
    expect(
      read('2026-11-25 14:03:14,201:140026771928832:ERROR:JobSubmitterPoller:Failed, message: [Errno 28] x'),
    ).toMatchObject({
      level: 'ERROR',
      logger: 'JobSubmitterPoller',
      message: 'Failed, message: [Errno 28] x',
    });
  });

  it('keeps the text whole after `asctime:LEVEL:name:` too', () => {
    expect(read('2026-11-25 14:02:11,407:INFO:Harness:>>>Starting: JobSubmitter<<<')).toMatchObject({
      timestamp: Date.parse('2026-11-25T14:02:11.407Z'),
      level: 'INFO',
      logger: 'Harness',
      message: '>>>Starting: JobSubmitter<<<',
    });
    // A Rust path's `::` is still one name (hickory-dns's `LEVEL:target:line:`).
    expect(read('1796042424:WARN:hickory_server::authority::catalog:482:zone transfer refused').message).toBe(
      'zone transfer refused',
    );
  });

  it('reads it in a learned source too', () => {
    const lines = [
      '2026-11-25 14:02:11,407:140027318425408:INFO:Harness:>>>Starting: JobSubmitter<<<',
      '2026-11-25 14:02:11,410:140027318425408:INFO:Harness:>>>Initializing default database',
      '2026-11-25 14:02:12,688:140026771928832:INFO:BaseWorkerThread:Initialising default database',
      '2026-11-25 14:02:23,502:140026771928832:WARNING:JobSubmitterPoller:Job id 88214305 can only run',
    ];
    expect(
      learnt(lines)('2026-11-25 14:03:15,320:140026771928832:INFO:BaseWorkerThread:took 62.731 secs'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-25T14:03:15.320Z'),
      level: 'INFO',
      logger: 'BaseWorkerThread',
      message: 'took 62.731 secs',
    });
  });

  it('reads no level where none is written, nor in an IPv6 address after the time', () => {
    const note = read('2026-11-25 14:02:11,407: note: 3 items');
    expect(note.level).toBeUndefined();
    expect(note.message).toBe('note: 3 items');
    const address = read('2026-11-25 14:02:11,407:2001:db8::1 connected');
    expect(address.timestamp).toBe(Date.parse('2026-11-25T14:02:11.407Z'));
    expect(address.level).toBeUndefined();
    expect(address.message).toBe('2001:db8::1 connected');
    expect(read('2026-11-25 14:02:11,407:2001:DB8::1:x').level).toBeUndefined();
    expect(read('2026-11-25 14:02:11,407:42:note: x').level).toBeUndefined();
  });
});

describe("BOINC's MSG_LOG kind after `[PID=n]`", () => {
  it('reads normal, debug and CRITICAL in that slot, the pid and the text after the padding', () => {
    expect(
      read('2026-11-27 16:20:07.3182 [PID=23817] normal   Request: [USER#41522] [HOST#1190377] client 8.0.2'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-27T16:20:07.318Z'),
      level: 'INFO',
      message: 'Request: [USER#41522] [HOST#1190377] client 8.0.2',
      fields: { pid: 23817 },
    });
    expect(
      read('2026-11-27 16:21:10.2900 [PID=23871] CRITICAL [HOST#1191009] bad authenticator'),
    ).toMatchObject({
      level: 'FATAL',
      message: '[HOST#1191009] bad authenticator',
      fields: { pid: 23871 },
    });
    // `%-5d` pads a short pid inside the bracket.
    const debug = read('2026-11-27 16:21:10.2900 [PID=238  ] debug    [HOST#1191009] x');
    expect(debug).toMatchObject({ level: 'DEBUG', message: '[HOST#1191009] x', fields: { pid: 238 } });
    expect(debug.fields.thread).toBeUndefined();
  });

  it('reads it in a learned source, the kind no header column', () => {
    const lines = [
      '2026-11-27 16:20:07.3182 [PID=23817] normal   Request: [USER#41522] [HOST#1190377] client 8.0.2',
      '2026-11-27 16:20:07.3594 [PID=23817] normal   [HOST#1190377] got 2 completed results',
      '2026-11-27 16:20:07.4847 [PID=23817] normal   Scheduler ran 0.167 seconds',
      '2026-11-27 16:20:08.3677 [PID=23822] normal   Request: [USER#9931] [HOST#1188204] client 7.24.1',
    ];
    const line = learnt(lines)('2026-11-27 16:20:08.5193 [PID=23822] normal   Scheduler ran 0.152 seconds');
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'Scheduler ran 0.152 seconds',
      fields: { pid: 23822 },
    });
    expect(line.fields.header_columns).toBeUndefined();
  });

  it('reads normal nowhere else: not without the pid bracket, not unpadded, not in the text', () => {
    for (const raw of [
      '2026-11-27 16:21:10.2900 normal   x',
      '2026-11-27 16:21:10.2900 [PID=238] normally fine',
      '2026-11-27 16:21:10.2900 [pid=238] normal   x',
      '2026-11-27 16:21:10.2900 [PID=] normal   x',
      '2026-11-27 16:21:10.2900 the load is normal   again',
      'normal   [PID=238] x',
    ])
      expect(read(raw).level, raw).toBeUndefined();
  });

  it("keeps another header's level when the bracket stands where the pid's would (no ten-thousandth time before it)", () => {
    expect(read('2026-11-27 16:20:07 INFO [PID=1] CRITICAL boom').level).toBe('INFO');
    expect(read('2026-11-27 16:20:07 WARN [PID=1] normal   x').level).toBe('WARN');
    expect(read('2026-11-27 16:20:07 WARN [PID=1] normal   x').fields.pid).toBeUndefined();
  });
});
