import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const parse = (raw: string, defaultZone?: string) =>
  parseLine(raw, { receivedAt: Date.UTC(2025, 11, 1), defaultZone });
const T = Date.UTC(2025, 9, 23, 14, 32, 15, 123);

describe('log4j / logback', () => {
  it('reads "timestamp LEVEL [thread] logger - message"', () => {
    expect(parse('2025-10-23 14:32:15,123 ERROR [main] c.e.Foo - Connection refused')).toEqual({
      format: 'log4j',
      timestamp: T,
      timestampText: '2025-10-23 14:32:15,123',
      level: 'ERROR',
      message: 'Connection refused',
      logger: 'c.e.Foo',
      fields: { thread: 'main' },
      parseFailed: false,
    });
  });

  it("reads log4j's own default order, `%d [%t] %-5p %c - %m`", () => {
    expect(
      parse('2025-10-23 14:32:15,123 [pool-1-thread-3] WARN  com.example.Cache - evicting'),
    ).toMatchObject({
      format: 'log4j',
      level: 'WARN',
      logger: 'com.example.Cache',
      message: 'evicting',
      fields: { thread: 'pool-1-thread-3' },
    });
  });

  it('reads `%d %p [%t] %c: %m`', () => {
    expect(parse('2025-10-23 14:32:15,123 INFO  [main] org.example.App: started in 3s')).toMatchObject({
      format: 'log4j',
      level: 'INFO',
      logger: 'org.example.App',
      message: 'started in 3s',
      fields: { thread: 'main' },
    });
  });

  it('reads ZooKeeper: `%d - %-5p [%t:%C{1}@%L] - %m`', () => {
    expect(
      parse(
        '2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200',
      ),
    ).toEqual({
      format: 'log4j',
      timestamp: Date.UTC(2015, 6, 29, 17, 41, 44, 747),
      timestampText: '2015-07-29 17:41:44,747',
      level: 'INFO',
      message: 'Notification time out: 3200',
      logger: 'FastLeaderElection',
      fields: { thread: 'QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181', line: 774 },
      parseFailed: false,
    });
  });

  it('reads HDFS: compact date, pid, `logger:`', () => {
    expect(
      parse('081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating'),
    ).toEqual({
      format: 'log4j',
      timestamp: Date.UTC(2008, 10, 9, 20, 36, 15),
      timestampText: '081109 203615',
      level: 'INFO',
      message: 'PacketResponder 1 terminating',
      logger: 'dfs.DataNode$PacketResponder',
      fields: { pid: 148 },
      parseFailed: false,
    });
  });

  it('reads Spark: `yy/MM/dd HH:mm:ss LEVEL logger: message`', () => {
    expect(parse('17/06/09 20:10:40 WARN storage.BlockManager: Block rdd_2_3 already exists')).toMatchObject({
      format: 'log4j',
      timestamp: Date.UTC(2017, 5, 9, 20, 10, 40),
      level: 'WARN',
      logger: 'storage.BlockManager',
      message: 'Block rdd_2_3 already exists',
    });
  });

  it('keeps a joined multi-line event (stack trace) in the message', () => {
    const raw =
      '2025-10-23 14:32:15,123 ERROR [main] c.e.Foo - boom\njava.lang.IllegalStateException: x\n\tat c.e.Foo.run(Foo.java:42)';
    expect(parse(raw)).toMatchObject({
      format: 'log4j',
      level: 'ERROR',
      message: 'boom\njava.lang.IllegalStateException: x\n\tat c.e.Foo.run(Foo.java:42)',
    });
  });

  it('reads the time in the default zone', () => {
    expect(parse('2025-10-23 14:32:15,123 ERROR [main] c.e.Foo - m', 'Europe/Paris').timestamp).toBe(
      T - 2 * 3_600_000,
    );
  });
});

describe('Python logging', () => {
  it('reads `%(asctime)s - %(name)s - %(levelname)s - %(message)s`', () => {
    expect(parse('2025-10-23 14:32:15,123 - app.db - WARNING - pool exhausted - retrying')).toEqual({
      format: 'python',
      timestamp: T,
      timestampText: '2025-10-23 14:32:15,123',
      level: 'WARN',
      message: 'pool exhausted - retrying',
      logger: 'app.db',
      fields: {},
      parseFailed: false,
    });
  });

  it('reads the basicConfig default `LEVEL:name:message`', () => {
    expect(parse('WARNING:root:A shot across the bows')).toEqual({
      format: 'python',
      level: 'WARN',
      message: 'A shot across the bows',
      logger: 'root',
      fields: {},
      parseFailed: false,
    });
    expect(parse('CRITICAL:app.worker:died: out of memory')).toMatchObject({
      level: 'FATAL',
      logger: 'app.worker',
      message: 'died: out of memory',
    });
  });

  it('does not take "LEVEL: text: more" for the basicConfig layout (no logger "disk")', () => {
    expect(parse('ERROR: disk: full')).toMatchObject({
      format: 'generic',
      level: 'ERROR',
      logger: undefined,
    });
  });

  it('takes no number for the logger: `ERROR:500:text` is a status code in the text, not a name', () => {
    expect(parse('ERROR:500:Internal Server Error')).toMatchObject({
      level: 'ERROR',
      logger: undefined,
      message: '500:Internal Server Error',
    });
    expect(parse('app: ERROR:404:Not Found')).toMatchObject({ logger: undefined });
    // A name that opens with digits is still a module's (`2fa.check`), as long29 read it.
    expect(parse('WARNING:2fa.check:token expired')).toMatchObject({
      logger: '2fa.check',
      message: 'token expired',
    });
  });

  it('reads `%(asctime)s - %(levelname)s - %(message)s`', () => {
    expect(parse('2025-10-23 14:32:15,123 - ERROR - boom')).toMatchObject({
      format: 'python',
      level: 'ERROR',
      message: 'boom',
    });
  });
});

describe("Go's log package", () => {
  it('reads `2025/10/23 14:32:15 message` without a level', () => {
    expect(parse('2025/10/23 14:32:15 listening on :8080')).toEqual({
      format: 'golog',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      timestampText: '2025/10/23 14:32:15',
      message: 'listening on :8080',
      fields: {},
      parseFailed: false,
    });
  });

  it('takes a leading level word without cutting it from the message', () => {
    expect(parse('2025/10/23 14:32:15 WARN: slow')).toMatchObject({
      format: 'golog',
      level: 'WARN',
      message: 'WARN: slow',
    });
  });

  it("cuts a bare level column, slog's default handler's or a log4j layout's, from the message", () => {
    expect(parse('2025/10/23 14:32:15 INFO server started port=8080')).toMatchObject({
      level: 'INFO',
      message: 'server started port=8080',
    });
    expect(
      parse('2025/10/23 14:32:15.530 WARN [HelixServerStarter] Stream exception, retrying'),
    ).toMatchObject({
      level: 'WARN',
      logger: 'HelixServerStarter',
      message: 'Stream exception, retrying',
    });
  });
});

describe('nginx error log', () => {
  it('reads `yyyy/MM/dd HH:mm:ss [level] pid#tid: *cid message`', () => {
    expect(
      parse(
        '2025/10/23 14:32:15 [error] 1234#7: *42 connect() failed (111: Connection refused) while connecting to upstream',
      ),
    ).toEqual({
      format: 'nginx_error',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      timestampText: '2025/10/23 14:32:15',
      level: 'ERROR',
      message: 'connect() failed (111: Connection refused) while connecting to upstream',
      fields: { pid: 1234, tid: 7, connection: 42 },
      parseFailed: false,
    });
    expect(parse('2025/10/23 14:32:15 [notice] 1#1: signal process started')).toMatchObject({
      format: 'nginx_error',
      level: 'NOTICE',
      message: 'signal process started',
      fields: { pid: 1, tid: 1 },
    });
  });
});

describe('timestamp LEVEL [logger] message', () => {
  it('reads the bracket as the logger', () => {
    expect(
      parse('2025-10-23 14:32:15 INFO [payment-service] Payment completed for order order_45231'),
    ).toEqual({
      format: 'level_bracket',
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      timestampText: '2025-10-23 14:32:15',
      level: 'INFO',
      message: 'Payment completed for order order_45231',
      logger: 'payment-service',
      fields: {},
      parseFailed: false,
    });
  });

  it('reads ISO timestamps, bracketed timestamps and bracketed levels', () => {
    expect(parse('2025-10-23T14:32:15.123Z [WARN] cache miss')).toMatchObject({
      format: 'level_bracket',
      level: 'WARN',
      timestamp: T,
      message: 'cache miss',
    });
    expect(parse('[2025-10-23 14:32:15,123] ERROR something broke')).toMatchObject({
      format: 'level_bracket',
      level: 'ERROR',
      timestamp: T,
      message: 'something broke',
    });
  });

  it('reads any case in brackets: Serilog `[INF]`, `[Warning]`', () => {
    expect(parse('2025-10-23 14:32:15.123 +02:00 [INF] Started')).toMatchObject({
      level: 'INFO',
      message: 'Started',
      timestamp: T - 2 * 3_600_000,
    });
    expect(parse('2025-10-23 14:32:15,123 [Warning] careful').level).toBe('WARN');
    expect(parse('2025-10-23 14:32:15,123 [42] not a level').level).toBeUndefined();
  });

  it('does not take an ordinary capitalised word for a level', () => {
    expect(parse('2025-10-23 14:32:15 Error connecting to db')).toMatchObject({
      format: 'timestamped',
      level: undefined,
      message: 'Error connecting to db',
    });
  });

  it('reads a bracketed level after its date as a level column (fluent-bit, beego, AdGuard)', () => {
    expect(parse('2025/10/23 14:32:15.123456 [ERROR] db down')).toMatchObject({
      format: 'level_bracket',
      level: 'ERROR',
      message: 'db down',
      timestamp: T,
    });
    expect(parse('2025/10/23 14:32:15.123 [I] [server.go:281]  http server Running')).toMatchObject({
      level: 'INFO',
      message: 'http server Running',
    });
  });
});

describe('other timestamp-first lines', () => {
  it('reads zap-style tab-separated lines', () => {
    expect(parse('2025-10-23T14:32:15.123Z\tINFO\tcheckout.api\tserver started')).toMatchObject({
      format: 'level_bracket',
      level: 'INFO',
      timestamp: T,
      message: 'server started',
    });
  });

  it("reads winston's `timestamp level: message`", () => {
    expect(parse('2025-10-23T14:32:15.123Z warn: low disk')).toMatchObject({
      level: 'WARN',
      message: 'low disk',
      timestamp: T,
    });
  });

  it('reads key=value pairs after a timestamp as logfmt, keeping the line time', () => {
    expect(parse('2025-10-23T14:32:15.123Z level=error msg="db down" retries=3')).toEqual({
      format: 'logfmt',
      timestamp: T,
      timestampText: '2025-10-23T14:32:15.123Z',
      level: 'ERROR',
      message: 'db down',
      fields: { retries: '3' },
      parseFailed: false,
    });
  });

  it('does not read a number after the time as a zone', () => {
    expect(parse('2025-10-23 14:32:15 -12 items in queue')).toMatchObject({
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      message: '-12 items in queue',
    });
  });

  it('takes a pid in brackets, or a ` | ` column separator, after a time with no level off the text', () => {
    expect(parse('2025/10/23 14:32:15 [4410] connect from backup02 (10.1.0.9)')).toMatchObject({
      timestamp: Date.UTC(2025, 9, 23, 14, 32, 15),
      message: 'connect from backup02 (10.1.0.9)',
      fields: { pid: 4410 },
    });
    expect(parse('2025-10-23 14:32:15,123 | Loading template from ./template.yaml')).toMatchObject({
      timestamp: T,
      message: 'Loading template from ./template.yaml',
    });
    // A bracket that holds more than digits is the text's.
    expect(parse('2025/10/23 14:32:15 [job 7] done').message).toBe('[job 7] done');
  });

  it('keeps a timestamp with plain text as `timestamped`', () => {
    expect(parse('2025-10-23T14:32:15.123Z Server started in 3s')).toEqual({
      format: 'timestamped',
      timestamp: T,
      timestampText: '2025-10-23T14:32:15.123Z',
      message: 'Server started in 3s',
      fields: {},
      parseFailed: false,
    });
  });
});

describe("zerolog's console writer", () => {
  it('reads the text before the trailing key=value fields as the message, the pairs as fields', () => {
    expect(
      parse(
        '2025-10-23T08:03:41Z ERR Failed to fetch node error="record not found" node_key=nodekey:7a2d0f11',
      ),
    ).toMatchObject({
      level: 'ERROR',
      message: 'Failed to fetch node',
      fields: { error: 'record not found', node_key: 'nodekey:7a2d0f11' },
    });
    expect(parse('2025-10-23T08:03:41Z INF Registered tunnel connection')).toMatchObject({
      level: 'INFO',
      message: 'Registered tunnel connection',
    });
    // Its level in brackets (a FormatLevel that brackets it, Centrifugo's), the same.
    expect(
      parse('2025-11-27 08:50:35 [ERR] error publishing channel=news error="pool timeout"'),
    ).toMatchObject({
      level: 'ERROR',
      message: 'error publishing',
      fields: { channel: 'news', error: 'pool timeout' },
    });
    // Words after the pairs: the text goes on, and stays whole.
    expect(parse('2025-10-23T08:03:41Z WRN retry count=3 then give up').message).toBe(
      'retry count=3 then give up',
    );
    // Another logger's level column keeps its pairs in the text, as its corpus truths do.
    expect(parse('2025-10-23T08:03:41Z INFO started port=8080').message).toBe('started port=8080');
  });

  it("steps over the `>` after its caller, and keeps one after a lone `-` (britney2's `> Found …`)", () => {
    expect(parse('2025-10-23T08:03:41Z INF main.go:12 > started').message).toBe('started');
    expect(parse('2025-10-23 08:03:41 > started').message).toBe('started');
    expect(parse('2025-10-23 08:03:41 INFO - > Found 37 non-installable packages').message).toBe(
      '> Found 37 non-installable packages',
    );
    const parser = compileParser({});
    const lines = [
      'I: [2025-10-23T15:02:38+0100] - Compiling Installability tester',
      'I: [2025-10-23T15:02:40+0100] - > Found 37 non-installable packages',
      'I: [2025-10-23T15:02:41+0100] - Loading constraints from /srv/britney/constraints',
      'W: [2025-10-23T15:02:41+0100] - No Faux packages as /srv/britney/faux does not exist',
    ];
    parser.learn('britney', lines, Date.UTC(2025, 11, 1));
    const found = parser(lines[1] as string, Date.UTC(2025, 11, 1), 'britney');
    expect(found).toMatchObject({ level: 'INFO', message: '> Found 37 non-installable packages' });
  });
});
