/**
 * Round r117, on dev177's emergency-management and dispatch software: Python's dash-joined header
 * with up to four columns before its level (OpenTAKServer), a `basicConfig` logger's name that
 * carries an address and its port (taky), and the text after Celery's worker bracket.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe("Python's dash-joined header with several columns before the level", () => {
  const ots = (columns: string, level: string, text: string) =>
    `[2026-11-30 14:03:52,520] - eud_handler[2187] - ${columns} - ${level} - ${text}`;

  it("reads OpenTAKServer's four columns, its level and its text", () => {
    expect(
      read(ots('EudHandler - handle_auth - 408', 'WARNING', 'User tablet-sar-03 does not exist')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:03:52.520Z'),
      level: 'WARN',
      message: 'User tablet-sar-03 does not exist',
      fields: { header_columns: 'eud_handler[2187] - EudHandler - handle_auth - 408' },
    });
    expect(read('2026-11-30 14:03:52,520 - app - mod - fn - 152 - ERROR - Pong error: x')).toMatchObject({
      level: 'ERROR',
      message: 'Pong error: x',
      fields: { header_columns: 'app - mod - fn - 152' },
    });
  });

  it('keeps one column the logger and reads a caller after the level as before', () => {
    expect(read('2026-11-30 14:03:52,520 - app.db - INFO - ready')).toMatchObject({
      format: 'python',
      logger: 'app.db',
      level: 'INFO',
      message: 'ready',
    });
    expect(
      read('2026-11-29 13:10:00,123 - MainProcess[2817] - litserve.server - INFO - server.py:1514 - Swagger'),
    ).toMatchObject({ level: 'INFO', message: 'Swagger', fields: { caller: 'server.py:1514' } });
  });

  it("leaves a level word of the text the text's", () => {
    // The level the header gives stands; the words after it are text, a dash-joined level too.
    expect(read(ots('EudHandler - handle - 124', 'INFO', 'peer said - ERROR - retry'))).toMatchObject({
      level: 'INFO',
      message: 'peer said - ERROR - retry',
    });
    // Nor is a name of the text before its own dash a logger (`%(levelname)s - %(message)s`).
    expect(read(ots('EudHandler - handle_cot - 444', 'INFO', 'engine14 - ERROR - lost'))).toMatchObject({
      level: 'INFO',
      message: 'engine14 - ERROR - lost',
    });
    expect(read(ots('EudHandler - handle_cot - 444', 'INFO', 'engine14 - lost')).logger).toBeUndefined();
    // No level within four columns: none is taken from further on.
    const far = read('2026-11-30 14:03:52,520 - a - b - c - d - e - ERROR - text');
    expect(far.level).toBeUndefined();
    expect(far.message).toContain('ERROR - text');
    // A level in lower case after several columns is a word of the text, not `levelname`'s.
    expect(read('2026-11-30 14:03:52,520 - job - step - error - retried').level).toBeUndefined();
    // A column of several words is no header's column.
    expect(read('2026-11-30 14:03:52,520 - we fixed it - and - ERROR - text').level).toBeUndefined();
  });

  it('reads it in a learned source too', () => {
    const lines = [
      ots('eud_handler - main - 152', 'INFO', 'Started SSL server on port 8089'),
      ots('EudHandler - handle_auth - 408', 'INFO', "engine14 is ID'ed by cert"),
      ots('EudHandler - handle_auth - 412', 'INFO', 'Successful login from bc-north'),
      ots('EudHandler - handle_cot - 444', 'WARNING', "EUD isn't authenticated, ignoring"),
    ];
    expect(
      learnt(lines)(ots('EudHandler - pong - 157', 'ERROR', 'Pong error: [Errno 32] Broken pipe')),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Pong error: [Errno 32] Broken pipe',
    });
  });
});

describe("a basicConfig logger's name ending in @ and an IPv4 address", () => {
  it("keeps the port in taky's client logger's name", () => {
    expect(
      read('INFO:SocketTAKClient@198.51.100.31:40122:Socket disconnect: Client disconnected'),
    ).toMatchObject({
      level: 'INFO',
      logger: 'SocketTAKClient@198.51.100.31:40122',
      message: 'Socket disconnect: Client disconnected',
    });
    expect(read('WARNING:SocketTAKClient@203.0.113.70:38811:x').logger).toBe(
      'SocketTAKClient@203.0.113.70:38811',
    );
  });

  it('leaves digits the text opens with where the name holds no address', () => {
    expect(read('INFO:root:8080:listening')).toMatchObject({ logger: 'root', message: '8080:listening' });
    expect(read('INFO:app:203.0.113.70:80:x')).toMatchObject({ logger: 'app', message: '203.0.113.70:80:x' });
    // The text's own address and port stay the text's.
    expect(read('INFO:root:peer@10.0.0.1:80:up')).toMatchObject({
      logger: 'root',
      message: 'peer@10.0.0.1:80:up',
    });
  });

  it('takes no number past a port, nor an address that is none', () => {
    expect(read('INFO:app@203.0.113.70:99999:x')).toMatchObject({
      logger: 'app@203.0.113.70',
      message: '99999:x',
    });
    expect(read('INFO:app@203.0.113.70:123456:x').message).toBe('123456:x');
    expect(read('INFO:a@1.2.3.256:80:x')).toMatchObject({ logger: 'a@1.2.3.256', message: '80:x' });
    expect(read('INFO:a@1.2.3:80:x').message).toBe('80:x');
    // No colon after the digits: they open the text.
    expect(read('INFO:a@192.0.2.1:80 retries: x').message).toBe('80 retries: x');
  });
});

describe("the text after Celery's worker bracket", () => {
  it('keeps a bracket the program wrote first', () => {
    expect(
      read('[2026-11-30 15:01:01,506: INFO/ForkPoolWorker-1] [EXTERNAL FEED] Fetching CAP alert XML from x'),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T15:01:01.506Z'),
      level: 'INFO',
      logger: 'ForkPoolWorker-1',
      message: '[EXTERNAL FEED] Fetching CAP alert XML from x',
    });
  });

  it("sets no level from the text's bracket", () => {
    expect(read('[2026-11-30 15:01:01,506: INFO/MainProcess] [ERROR] upstream said so')).toMatchObject({
      level: 'INFO',
      logger: 'MainProcess',
      message: '[ERROR] upstream said so',
    });
  });

  it("takes no logger, column or caller from the text's opening words", () => {
    // The process name is the header's; a name, a dash or a location the text opens with are the text's.
    const at = '[2026-11-30 15:01:01,506: INFO/MainProcess] ';
    expect(read(`${at}app.db - migration done`)).toMatchObject({
      logger: 'MainProcess',
      message: 'app.db - migration done',
    });
    const word = read(`${at}alice - hi`);
    expect(word).toMatchObject({ logger: 'MainProcess', message: 'alice - hi' });
    expect(word.fields.header_columns).toBeUndefined();
    const dashed = read(`${at}- ERROR - x`);
    expect(dashed).toMatchObject({ level: 'INFO', message: '- ERROR - x' });
    expect(dashed.fields.header_columns).toBeUndefined();
    expect(read(`${at}server.py:12 - x`)).toMatchObject({ message: 'server.py:12 - x' });
    expect(read(`${at}server.py:12 - x`).fields.caller).toBeUndefined();
  });

  it('reads a task line and a plain text as before', () => {
    expect(
      read('[2026-11-30 15:01:01,506: WARNING/ForkPoolWorker-1] tasks.add[6f1c-22]: hello'),
    ).toMatchObject({
      level: 'WARN',
      message: 'tasks.add[6f1c-22]: hello',
    });
    expect(read('[2026-11-30 15:01:01,506: INFO/MainProcess] mingle: all alone').message).toBe(
      'mingle: all alone',
    );
  });

  it('reads it in a learned source too', () => {
    const at = (s: string) => `[2026-11-30 15:01:0${s},506: INFO/ForkPoolWorker-1] `;
    const lines = [
      `${at('1')}Task cap.tasks.fetch_feeds[0c1d] received`,
      `${at('2')}[EXTERNAL FEED] Processing feed entry with ID: a`,
      `${at('3')}Checking external feed x...`,
      `${at('4')}[EXTERNAL FEED] Fetching CAP alert XML from y`,
    ];
    expect(learnt(lines)(`${at('5')}[EXTERNAL FEED] CAP validation passed for y`)).toMatchObject({
      level: 'INFO',
      message: '[EXTERNAL FEED] CAP validation passed for y',
    });
  });
});
