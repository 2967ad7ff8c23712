/**
 * Round r116, on dev176's core-banking and payments software: Gwenhywfar's log line (AqBanking's
 * `"%d:%04d/%02d/%02d %02d-%02d-%02d:%s(%d):%s\n"`, `DBG_*`'s `__FILE__":%5d: "`), and the text
 * after a level's own colon (winston's `${timestamp} - ${level}: ${message}`, obfs4proxy's
 * `[NOTICE]: `), where a name and ` - ` are the program's words.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });

describe("Gwenhywfar's log line (AqBanking, aqhbci-tool)", () => {
  it('reads the priority, the local time, the ident, the pid and the macro’s location', () => {
    expect(
      read('3:2026/11/30 06-30-22:aqhbci(20598):cbox_queue.c:  612: Error performing queue (-54)'),
    ).toMatchObject({
      format: 'gwen_log',
      timestamp: Date.parse('2026-11-30T06:30:22.000Z'),
      timestampText: '2026/11/30 06-30-22',
      level: 'ERROR',
      logger: 'aqhbci',
      message: 'Error performing queue (-54)',
      fields: { pid: 20598, caller: 'cbox_queue.c:612' },
    });
  });

  it("maps GWEN_LOGGER_LEVEL's nine numbers", () => {
    const levels = ['FATAL', 'FATAL', 'FATAL', 'ERROR', 'WARN', 'NOTICE', 'INFO', 'DEBUG', 'TRACE'];
    for (const [n, level] of levels.entries())
      expect(read(`${n}:2026/11/30 06-00-01:aqbanking(1):abgui.c:  182: x`).level, String(n)).toBe(level);
  });

  it('reads a text logged without the macro’s location, and a line number of six digits', () => {
    expect(read('7:2026/11/30 06-00-01:gwenhywfar(42):started')).toMatchObject({
      format: 'gwen_log',
      level: 'DEBUG',
      message: 'started',
      logger: 'gwenhywfar',
      fields: { pid: 42 },
    });
    expect(read('6:2026/11/30 06-00-01:aqhbci(1):big.c:123456: x').fields.caller).toBe('big.c:123456');
  });

  it("reads the time as local time in the source's zone", () => {
    const line = parseLine('6:2026/11/30 07-00-01:aqhbci(1):cbox_send.c:   71: Queue sent', {
      receivedAt,
      defaultZone: 'Europe/Berlin',
    });
    expect(line.timestamp).toBe(Date.parse('2026-11-30T06:00:01.000Z'));
  });

  it('reads it in a learned source and carried by CRI as bare', () => {
    const lines = [
      '6:2026/11/30 06-00-01:aqbanking(20411):banking_online.c:  318: Creating provider "aqhbci"',
      '5:2026/11/30 06-00-02:aqbanking(20411):abgui.c:  182: Automatically accepting valid new certificate [A3:5E]',
      '6:2026/11/30 06-00-02:aqhbci(20411):cbox_hbci.c:  241: Creating dialog open request',
      '6:2026/11/30 06-00-03:aqhbci(20411):cbox_queue.c:  126: Dialog open.',
      '4:2026/11/30 07-15-11:aqhbci(21037):cbox_prepare.c:  431: Job "JobSepaTransferSingle" does not fit into queue, will retry later',
    ];
    const later = '3:2026/11/30 07-16-46:aqhbci(21037):cbox_recv.c:  187: Dialog aborted by server';
    const bare = learnedReader(lines, receivedAt)(later);
    expect(bare).toMatchObject({
      format: 'gwen_log',
      level: 'ERROR',
      timestamp: Date.parse('2026-11-30T07:16:46.000Z'),
      message: 'Dialog aborted by server',
    });
    const carried = read(`2026-11-30T07:16:47.000000000Z stderr F ${later}`);
    expect(carried).toMatchObject({
      format: 'gwen_log',
      level: bare.level,
      timestamp: bare.timestamp,
      message: bare.message,
      fields: { stream: 'stderr' },
    });
  });
});

describe("Gwenhywfar's log line: what is not read", () => {
  it('sets the level from the priority alone, never from a word of the text', () => {
    for (const text of ['ERROR: cannot connect', 'WARN disk full', 'FATAL error in queue', '[error] x']) {
      const line = read(`6:2026/11/30 06-00-01:aqhbci(1):cbox_queue.c:  126: ${text}`);
      expect(line.format, text).toBe('gwen_log');
      expect(line.level, text).toBe('INFO');
      expect(line.message, text).toBe(text);
    }
  });

  it('sets none from text in a learned source whose texts open with level words', () => {
    const texts = ['ERROR: a', 'FATAL: b', 'WARN c', 'ERROR: d', 'CRITICAL e'];
    const lines = texts.map((text, k) => `6:2026/11/30 06-00-0${k}:aqhbci(1):cbox_queue.c:  126: ${text}`);
    const reader = learnedReader(lines, receivedAt);
    for (const [k, raw] of lines.entries()) {
      const line = reader(raw);
      expect(line.level, raw).toBe('INFO');
      expect(line.message, raw).toBe(texts[k]);
    }
  });

  it('keeps a location the text forged later in the text, and a time in the text out of the time', () => {
    const line = read('6:2026/11/30 06-00-01:aqhbci(1):a.c:    1: b.c:    2: at 2020/01/01 00-00-00');
    expect(line.fields.caller).toBe('a.c:1');
    expect(line.message).toBe('b.c:    2: at 2020/01/01 00-00-00');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T06:00:01.000Z'));
  });

  it('reads no line that is not the whole header', () => {
    const near = [
      '9:2026/11/30 06-00-01:aqhbci(1):x',
      '12:2026/11/30 06-00-01:aqhbci(1):x',
      'x:2026/11/30 06-00-01:aqhbci(1):x',
      '6:2026/11/30 06:00:01:aqhbci(1):x',
      '6:2026-11-30 06-00-01:aqhbci(1):x',
      '6:2026/11/30T06-00-01:aqhbci(1):x',
      '6:2026/02/30 06-00-01:aqhbci(1):x',
      '6:2026/11/30 24-00-01:aqhbci(1):x',
      '6:2026/11/30 06-00-01:aqhbci:x',
      '6:2026/11/30 06-00-01:(1):x',
      '6:2026/11/30 06-00-01:aqhbci(x):x',
      '6:2026/11/30 06-00-01:aqhbci(1)x',
      '6:2026/11/30 06-00-01:a:b(1):x',
      '6:2026/11/30 06-00-01: (1):x',
      '6:2026/11/30 06-00-01:\t(1):x',
      '6:2026/11/30 06-00-01:Error performing queue (1):x',
      '6:2026/11/30 06-00-01',
    ];
    for (const raw of near) expect(read(raw).format, raw).not.toBe('gwen_log');
  });

  it('reads it only from the line’s start', () => {
    const line = read('2026-11-30 06:00:01 INFO copied 6:2026/11/30 06-00-01:aqhbci(1):a.c:    1: ERROR x');
    expect(line.format).not.toBe('gwen_log');
    expect(line.level).toBe('INFO');
    expect(line.timestamp).toBe(Date.parse('2026-11-30T06:00:01.000Z'));
  });
});

describe("the text after a level's own colon", () => {
  it('keeps a name and ` - ` after winston’s `- level: ` in the message', () => {
    expect(
      read(
        '2026-11-30T09:15:41.602Z - info: QuotesModel::handleQuoteRequest - quoteId: 7d3f0c2a source: mwallet-tz',
      ),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:15:41.602Z'),
      level: 'INFO',
      logger: undefined,
      message: 'QuotesModel::handleQuoteRequest - quoteId: 7d3f0c2a source: mwallet-tz',
    });
    expect(
      read('2026-11-30T09:27:40.229Z - warn: getParticipantEndpoint - no endpoint cached'),
    ).toMatchObject({
      level: 'WARN',
      logger: undefined,
      message: 'getParticipantEndpoint - no endpoint cached',
    });
    // With a terminal, winston's `colorize()` wraps the level in colour codes: read as plain.
    expect(read('2026-11-30T09:15:41.602Z - \u001b[32minfo\u001b[39m: QuotesModel::x - y')).toMatchObject({
      level: 'INFO',
      logger: undefined,
      message: 'QuotesModel::x - y',
    });
  });

  it('keeps it after a bracketed level and its colon (obfs4proxy), alone and in a learned source', () => {
    const lines = [
      '2026/11/29 08:02:11 [NOTICE]: obfs4proxy-0.0.14 - launched',
      '2026/11/29 08:02:11 [INFO]: obfs4proxy - initializing server transport listeners',
      '2026/11/29 08:02:11 [INFO]: obfs4 - registered listener: [scrubbed]:8443',
      '2026/11/29 08:02:11 [NOTICE]: obfs4proxy - accepting connections',
      '2026/11/29 08:06:20 [INFO]: obfs4([scrubbed]:54651) - new connection',
      '2026/11/29 08:07:00 [INFO]: obfs4([scrubbed]:54651) - closed connection',
      '2026/11/29 08:12:58 [WARN]: obfs4([scrubbed]:52174) - handshake failed: EOF',
      '2026/11/29 08:42:18 [NOTICE]: obfs4proxy - terminated',
    ];
    const reader = learnedReader(lines, receivedAt);
    for (const raw of lines) {
      const text = raw.slice(raw.indexOf(']: ') + 3);
      expect(read(raw).message, raw).toBe(text);
      expect(reader(raw).message, raw).toBe(text);
      expect(reader(raw).logger, raw).toBeUndefined();
    }
  });

  it('still reads a logger before ` - ` where the level wrote no colon of its own', () => {
    expect(read('2026-11-30 09:27:40 INFO c.e.Foo - text')).toMatchObject({
      level: 'INFO',
      logger: 'c.e.Foo',
      message: 'text',
    });
  });

  it('still reads the header going on after a level glued to a name by a colon', () => {
    const line = read('09:14:02 - LiteLLM Proxy:INFO: proxy_server.py:2031 - Loaded config');
    expect(line.level).toBe('INFO');
    expect(line.message).toBe('Loaded config');
    expect(line.fields.caller).toBe('proxy_server.py:2031');
  });

  it('lets no word of the text after the colon set the level or a logger', () => {
    const line = read('2026-11-30T09:15:41.602Z - info: ERROR - c.e.Foo - fatal: boom');
    expect(line.level).toBe('INFO');
    expect(line.logger).toBeUndefined();
    expect(line.message).toBe('ERROR - c.e.Foo - fatal: boom');
  });
});
