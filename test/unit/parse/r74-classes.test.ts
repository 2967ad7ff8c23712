/**
 * Classes of issue #14's round r74: Go, JavaScript and TypeScript loggers' layouts. The lines are
 * invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

/*
 * CLASS: go-ethereum's terminal format (`log/format.go`: the level padded to five letters, `[`,
 * `termTimeFormat` `01-02|15:04:05.000`, `] `, the message padded to 40 before its pairs) under a
 * relay's whole-second syslog header (geth and its forks, Polygon's bor, under journald or rsyslog):
 * the inner clock is the header's second written to the millisecond, and the terminal stamp leaves
 * the message.
 */
describe("go-ethereum's terminal stamp after a syslog header", () => {
  const lines = [
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.362] Starting peer-to-peer node               instance=Geth/v1.14.12',
    'Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.366] Maximum peer count                       ETH=50 total=50',
    'Nov 30 13:04:21 node-7 geth[4121]: WARN [11-30|13:04:21.179] Snapshot extension registration failed   peer=3f29a1b7',
    'Nov 30 13:04:26 node-7 geth[4121]: INFO [11-30|13:04:26.134] Imported new chain segment               number=21,804,113 txs=143',
    'Nov 30 13:04:28 node-7 geth[4121]: DEBUG[11-30|13:04:28.230] Unindexed transactions                   blocks=1 txs=88',
    'Nov 30 13:05:06 node-7 geth[4121]: INFO [11-30|13:05:06.258] Looking for peers                        peercount=31 tried=118',
  ];

  it('reads the inner clock to the millisecond and cuts the stamp from the message, learned or alone', () => {
    const { sample } = readSource(lines, receivedAt);
    const alone = lines.map(parse);
    for (const read of [sample, alone]) {
      expect(read.map((line) => line.timestamp)).toEqual([
        Date.parse('2026-11-30T13:04:17.362Z'),
        Date.parse('2026-11-30T13:04:17.366Z'),
        Date.parse('2026-11-30T13:04:21.179Z'),
        Date.parse('2026-11-30T13:04:26.134Z'),
        Date.parse('2026-11-30T13:04:28.230Z'),
        Date.parse('2026-11-30T13:05:06.258Z'),
      ]);
      expect(read.map((line) => line.level)).toEqual(['INFO', 'INFO', 'WARN', 'INFO', 'DEBUG', 'INFO']);
      expect(read.filter((line) => line.message.startsWith('['))).toEqual([]);
    }
    expect(alone[0]?.message).toMatch(/^Starting peer-to-peer node\b/);
    expect(sample[3]?.message).toBe('Imported new chain segment');
  });

  it('leaves a stamp of another day, another second, or written further into the text', () => {
    const otherDay = parse('Nov 30 13:04:17 node-7 geth[4121]: INFO [11-29|13:04:17.362] Replayed block');
    expect(otherDay.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(otherDay.message).toBe('[11-29|13:04:17.362] Replayed block');
    const otherSecond = parse('Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:18.362] Replayed block');
    expect(otherSecond.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(otherSecond.message).toBe('[11-30|13:04:18.362] Replayed block');
    // A stamp with no text after it stays the message, never emptied.
    const alone = parse('Nov 30 13:04:17 node-7 geth[4121]: INFO [11-30|13:04:17.362]   ');
    expect(alone.timestamp).toBe(Date.parse('2026-11-30T13:04:17.362Z'));
    expect(alone.message.trim()).toBe('[11-30|13:04:17.362]');
    const inText = parse('Nov 30 13:04:17 node-7 app[41]: replayed until [11-30|13:04:17.362] then stopped');
    expect(inText.timestamp).toBe(Date.parse('2026-11-30T13:04:17Z'));
    expect(inText.message).toBe('replayed until [11-30|13:04:17.362] then stopped');
  });
});

/*
 * CLASS: log4js's MARK level (`lib/levels.js`: ALL TRACE DEBUG INFO WARN ERROR FATAL MARK OFF; MARK
 * above FATAL, so always printed, and no failure): a notice where a level is expected, in capitals
 * as log4js prints its level names: bracketed after a time (`[%d{hh:mm:ss.SSS}][%4.4p] %m`, the
 * basic layout's `[%d] [%p] %c - %m`) or in a learned level column. Elsewhere `mark` is a word.
 */
describe("log4js's MARK level", () => {
  it('reads MARK bracketed after a time as a notice, learned or alone', () => {
    const lines = [
      '[07:30:01.208][MARK] Bot v3.1.3 starting...',
      '[07:30:03.354][MARK] loaded 58 plugins in 2.14s',
      '[07:30:03.365][WARN] redis has no password set',
      '[07:31:09.519][INFO] 12 groups online',
      '[07:32:24.485][ERRO] request failed retcode:1034',
      '[07:40:23.123][FATA] gave up reconnecting after 5 attempts',
      '[07:40:54.673][MARK] Bot v3.1.3 starting...',
    ];
    const { sample } = readSource(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual([
      'NOTICE',
      'NOTICE',
      'WARN',
      'INFO',
      'ERROR',
      'FATAL',
      'NOTICE',
    ]);
    expect(sample[1]?.message).toBe('loaded 58 plugins in 2.14s');
    expect(parse('[07:30:01.208][MARK] Bot v3.1.3 starting...').level).toBe('NOTICE');
    const basic = parse('[2026-11-30T07:30:01.208] [MARK] default - checkpoint reached');
    expect([basic.level, basic.logger, basic.message]).toEqual(['NOTICE', 'default', 'checkpoint reached']);
  });

  it('leaves a name in mixed case, a bare word after the time, syslog’s mark and prose', () => {
    const name = parse('[12:00:01] [Mark] see you tomorrow');
    expect(name.level).toBeUndefined();
    expect(parse('2026-11-30 07:30:01 [Mark] see you tomorrow').level).toBeUndefined();
    expect(parse('2026-11-30 07:30:01 MARK reached the checkpoint').level).toBeUndefined();
    expect(parse('Nov 30 10:00:00 host -- MARK --').level).toBeUndefined();
    const prose = parse('2026-11-30 07:30:01 [INFO] mark the message as read');
    expect([prose.level, prose.message]).toEqual(['INFO', 'mark the message as read']);
  });
});

/*
 * CLASS: signale's default layout with a scope (`displayScope` on, its time and date off by
 * default): `[scope] › ` then the badge, two spaces and the type's label padded to the longest, then
 * the text; several scopes a space apart. The badge and label give the level (`types.js`, and the
 * Logger Lavamusic declares and many Discord bots copy: `📝 log`, `⏸ pause`, `🐛 debug`, `⚠ warn`);
 * the same after a time and `› ` with no scope.
 */
describe("signale's scoped line", () => {
  it('reads the badge and label after the scope, with no time, learned or alone', () => {
    const rows = [
      ['▶', 'start', 'INFO', 'Starting Lavamusic v4.7.2'],
      ['ℹ', 'info', 'INFO', 'Loading commands from /app/dist/commands'],
      ['✔', 'success', 'INFO', 'Loaded 94 commands'],
      ['⚠', 'warn', 'WARN', 'Missing channels for guild 1044587203317252106'],
      ['🐛', 'debug', 'DEBUG', 'Player created for guild 1125839912040456192'],
      ['📝', 'log', 'INFO', 'Joined guild Night Owls Radio, now in 412 guilds'],
      ['⏸', 'pause', 'INFO', 'Node Main disconnected, reconnecting in 10000ms'],
      ['✖', 'error', 'ERROR', 'Failed to create queue: Error: Missing Permissions'],
    ] as const;
    const lines = rows.map(([badge, label, , text]) => `[Lavamusic] › ${badge}  ${label.padEnd(10)}${text}`);
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.level)).toEqual(rows.map(([, , level]) => level));
      expect(read.map((line) => line.message)).toEqual(rows.map(([, , , text]) => text));
      expect(read[2]?.fields.header_columns).toBe('[Lavamusic] ›');
    }
    const scopes = parse('[release] [npm] › ★  star      Published 2.0.1');
    expect([scopes.level, scopes.message]).toEqual(['INFO', 'Published 2.0.1']);
    const timed = parse('[1:04:37 PM] › ✔  success   Loaded 94 commands');
    expect([timed.level, timed.message]).toEqual(['INFO', 'Loaded 94 commands']);
    const warned = parse('[1:04:37 PM] › ⚠  warn      Missing channels for guild 1044587203317252106');
    expect([warned.level, warned.message]).toEqual([
      'WARN',
      'Missing channels for guild 1044587203317252106',
    ]);
  });

  it('leaves another label, one space after the badge, no padding, no arrow, and prose', () => {
    expect(parse('[Lavamusic] › ✔  done      Loaded 94 commands').level).toBeUndefined();
    expect(parse('[Lavamusic] › ✔ success   Loaded 94 commands').level).toBeUndefined();
    expect(parse('[Lavamusic] › 📝  log Joined guild').level).toBeUndefined();
    expect(parse('[Lavamusic] ✔  success   Loaded 94 commands').level).toBeUndefined();
    expect(parse('[Lavamusic] > ⏸  pause     Node disconnected').level).toBeUndefined();
    expect(parse('[notes] › 📝  wrote the minutes down').level).toBeUndefined();
  });
});

/*
 * CLASS: the `debug` package's line where its stream is no terminal (`formatArgs`: `getDate() +
 * namespace + ' ' + text`, `getDate` being `toISOString() + ' '`): the namespace after the ISO
 * stamp is the logger, the rest the text, and the line debug output, as on a terminal.
 */
describe("the debug package's namespace after its ISO stamp", () => {
  it('reads the namespace as the logger and the line as debug output, learned or alone', () => {
    const lines = [
      '2026-11-26T14:03:11.204Z ioredis:redis status[192.0.2.21:6379]: wait -> connecting',
      '2026-11-26T14:03:11.214Z ioredis:connection send 1 commands in offline queue',
      '2026-11-26T14:03:12.001Z express:router:route new "/"',
      '2026-11-26T14:03:12.310Z socket.io:client connecting to namespace /chat',
    ];
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.logger)).toEqual([
        'ioredis:redis',
        'ioredis:connection',
        'express:router:route',
        'socket.io:client',
      ]);
      expect(read.map((line) => line.level)).toEqual(['DEBUG', 'DEBUG', 'DEBUG', 'DEBUG']);
      expect(read[0]?.message).toBe('status[192.0.2.21:6379]: wait -> connecting');
      expect(read[0]?.timestamp).toBe(Date.parse('2026-11-26T14:03:11.204Z'));
    }
  });

  it('leaves a number after the colon, a capital, an offset instead of Z, and a level before the name', () => {
    for (const raw of [
      '2026-11-26T14:03:11.204Z worker:3 started',
      '2026-11-26T14:03:11.204Z Tip:Use the flag',
      '2026-11-26T14:03:11.204+00:00 app:db connected',
      '2026-11-26T14:03:11.2041 app:db connected',
      '2026-11-26 14:03:11.204Z app:db connected',
      '2026-11-26T14:03:11.204Z [12] app:db connected',
      '2026-11-26T14:03:11.204Z app:db',
      '2026-11-26T14:03:11.204Z app:db ',
    ]) {
      const line = parse(raw);
      expect([line.level, line.logger], raw).toEqual([undefined, undefined]);
    }
    const leveled = parse('2026-11-26T14:03:11.204Z INFO app:db connected');
    expect([leveled.level, leveled.message]).toEqual(['INFO', 'app:db connected']);
  });

  it('keeps a level the line writes after the namespace, never hiding an error as debug output', () => {
    const lines = [
      '2026-11-26T14:03:11.204Z ioredis:redis status[192.0.2.21:6379]: wait -> connecting',
      '2026-11-26T14:03:11.214Z ioredis:connection send 1 commands in offline queue',
      '2026-11-26T14:03:12.311Z app:db {ERROR} connection refused',
      '2026-11-26T14:03:12.312Z app:db ERROR- connection refused',
      '2026-11-26T14:03:12.313Z app:db (FATAL@pool) out of connections',
      '2026-11-26T14:03:12.314Z ioredis:redis status[192.0.2.21:6379]: connecting -> connect',
    ];
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)])
      expect(read.map((line) => line.level)).toEqual(['DEBUG', 'DEBUG', 'ERROR', 'ERROR', 'FATAL', 'DEBUG']);
  });
});

/*
 * CLASS: Ruby's semantic_logger default text format (`formatters/default.rb`: time, level letter,
 * `[pid:thread]`, tags, named tags, duration, the class name, then `-- ` and the text): the class
 * name is the logger, the process info the thread, the tags kept apart, the text after ` -- `.
 */
describe("semantic_logger's class name before its ` -- `", () => {
  it('reads the name as the logger and the text after the dashes, learned or alone', () => {
    const lines = [
      '2026-11-28 05:59:58.402117 I [1:main] RocketJob::Server -- Rocket Job Server started',
      '2026-11-28 05:59:58.454203 I [1:rocketjob 1] RocketJob::Worker -- Started',
      '2026-11-28 06:06:28.933120 I [1:rocketjob 1] [c25746a4b01f] Reports::DailySalesJob -- Start #perform',
      '2026-11-28 06:06:47.346001 I [1:rocketjob 1] [c25746a4b01f] (18.412s) Reports::DailySalesJob -- Completed #perform',
      '2026-11-28 06:18:57.836512 W [1:rocketjob 3] Rails -- Job failed -- will retry',
    ];
    const { sample } = readSource(lines, receivedAt);
    for (const read of [sample, lines.map(parse)]) {
      expect(read.map((line) => line.logger)).toEqual([
        'RocketJob::Server',
        'RocketJob::Worker',
        'Reports::DailySalesJob',
        'Reports::DailySalesJob',
        'Rails',
      ]);
      expect(read.map((line) => line.message)).toEqual([
        'Rocket Job Server started',
        'Started',
        'Start #perform',
        'Completed #perform',
        'Job failed -- will retry',
      ]);
      expect(read[1]?.fields.thread).toBe('1:rocketjob 1');
      expect(read[3]?.fields.tags).toBe('[c25746a4b01f] (18.412s)');
    }
  });

  it('leaves a name in lower case, no dashes after the name, and another header', () => {
    const lower = parse('2026-11-28 05:59:58.402117 I [1:main] worker -- started');
    expect(lower.message).toBe('worker -- started');
    const prose = parse('2026-11-28 05:59:58.402117 I [1:main] Started the server -- at last');
    expect(prose.message).toBe('Started the server -- at last');
    const other = parse('2026-11-28 05:59:58.402 INFO [main] Server -- started');
    expect(other.message).toBe('Server -- started');
    expect(parse('2026-11-28 05:59:58.402 INFO [1:main] Server -- started').message).toBe(
      'Server -- started',
    );
    const glued = parse('2026-11-28 05:59:58.402117 I [1:main] [c25746a4]xReports -- Start');
    expect(glued.message).toBe('[c25746a4]xReports -- Start');
  });
});
