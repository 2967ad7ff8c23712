import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string, format?: 'sap_listlog') =>
  parseLine(raw, { receivedAt, ...(format ? { format } : {}) });

/** A record of `@sap/logging`'s 23 fields: the source, thread, message type and the fields after it. */
const record = (type: string, rest: string) =>
  `#2.0#2026 11 29 16:05:14:720#+00:00#INFO#/x${'#'.repeat(15)}t1#${type}##${rest}`;

const APPROUTER =
  '#2.0#2026 11 29 16:05:14:720#+00:00#ERROR#/Handler#####85c76397-0f3d-4ba7-9b1e-a0086d71153f####L6CtpZMjXdst40WBSLJQ0Crk06BnNeRT######mx215wm8#PLAIN##GET request to /sap/opu/odata/$metadata completed with status 502#';

describe("SAP's list log format 2.0 (NetWeaver AS Java, @sap/logging's ListLog)", () => {
  it('reads the time and zone, severity, source name, ids and the message field', () => {
    expect(parse(APPROUTER)).toMatchObject({
      format: 'sap_listlog',
      timestamp: Date.parse('2026-11-29T16:05:14.720Z'),
      level: 'ERROR',
      logger: '/Handler',
      message: 'GET request to /sap/opu/odata/$metadata completed with status 502',
      parseFailed: false,
    });
    expect(parse(APPROUTER).fields).toEqual({
      correlation_id: '85c76397-0f3d-4ba7-9b1e-a0086d71153f',
      session: 'L6CtpZMjXdst40WBSLJQ0Crk06BnNeRT',
      thread: 'mx215wm8',
      message_type: 'PLAIN',
    });
  });

  it("applies NetWeaver's zone without a colon or with a one-digit hour, and its capitalised severities", () => {
    const netweaver =
      '#2.0#2008 04 15 16:43:09:687#+0300#Info#/System/Changes/configtool# ###C0000A37462200010000000301BE2893###configtool########Thread[Thread-5,5,main]#Plain## Value of property ArchiveOldLogFiles was changed from OFF to ON#';
    expect(parse(netweaver)).toMatchObject({
      timestamp: Date.parse('2008-04-15T13:43:09.687Z'),
      level: 'INFO',
      logger: '/System/Changes/configtool',
      message: ' Value of property ArchiveOldLogFiles was changed from OFF to ON',
    });
    expect(parse(netweaver).fields).toMatchObject({
      location: 'configtool',
      thread: 'Thread[Thread-5,5,main]',
    });
    const halfHour = APPROUTER.replace('+00:00#ERROR', '+6:30#Warning');
    expect(parse(halfHour)).toMatchObject({
      timestamp: Date.parse('2026-11-29T09:35:14.720Z'),
      level: 'WARN',
    });
  });

  it('maps PATH, the flow trace, to DEBUG and FATAL to FATAL', () => {
    expect(parse(APPROUTER.replace('#ERROR#', '#PATH#')).level).toBe('DEBUG');
    expect(parse(APPROUTER.replace('#ERROR#', '#FATAL#')).level).toBe('FATAL');
  });

  it('unescapes `\\#` and `\\\\` inside a field and keeps the arguments of a Java record', () => {
    const line = parse(record('Java', 'Order \\#{0} in C:\\\\sap\\tmp#1#4711#'));
    expect(line.message).toBe('Order #{0} in C:\\sap\\tmp');
    expect(line.fields).toMatchObject({ message_type: 'Java', arguments: ['1', '4711'] });
  });

  it('keeps a record whose message goes on past the line, as written so far', () => {
    expect(parse(record('Plain', 'first line of'))).toMatchObject({
      format: 'sap_listlog',
      message: 'first line of',
    });
  });

  it('can be forced', () => {
    expect(parse(APPROUTER, 'sap_listlog').format).toBe('sap_listlog');
    expect(parse('2026-11-29 text', 'sap_listlog').parseFailed).toBe(true);
  });

  it.each([
    ['a comment', '# 2.0 settings for the router'],
    ['a version without its mark', '#2.0 2026 11 29 16:05:14:720 INFO text'],
    ['too few fields', '#2.0#2026 11 29 16:05:14:720#+00:00#INFO#/x#text#'],
    ['no zone field', '#2.0#2026 11 29 16:05:14:720#INFO#/x###########t1#Plain##text#'],
    ['a markdown heading', '#1.2# Release notes ###########'],
  ])('leaves %s to the other readers', (_, raw) => {
    expect(parse(raw).format).not.toBe('sap_listlog');
  });

  it("reads the list log's time where it opens any line (the shape table)", () => {
    expect(parse('2026 11 29 16:04:47:532 INFO started')).toMatchObject({
      timestamp: Date.parse('2026-11-29T16:04:47.532Z'),
      level: 'INFO',
      message: 'started',
    });
  });
});
