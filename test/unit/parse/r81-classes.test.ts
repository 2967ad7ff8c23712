/**
 * Classes of issue #14's round r81 (dev142): a time of day to the minute opening a source's lines.
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (line: string) => parseLine(line, { receivedAt });
const learned = (source: string, lines: readonly string[]) => learnedReader(lines, receivedAt, source);

/*
 * CLASS: a time of day to the minute with no date, opening the line: Oxide's and uMod's log file
 * (`Logger.CreateLogMessage`: `{DateTime.Now.ToShortTimeString()} [{type}] {format}`, `HH:mm` under
 * the invariant culture), irssi's default `timestamp_format` (`%H:%M`). Learned only: alone,
 * `15:02` is as often a ratio, a score or a verse; the sample's times must run forward and take
 * several values, and an elapsed clock opening at `00:00` (Capistrano's Airbrussh) is none.
 */
describe('a time of day to the minute, learned from a source', () => {
  const oxide = [
    '14:02 [Info] Loading Oxide Core v2.0.6100...',
    '14:02 [Info] Loaded extension CSharp v2.0.4000 by Oxide and Contributors',
    '14:03 [Info] Loaded plugin Kits v4.4.0 by someone',
    "14:03 [Warning] Calling 'OnServerInitialized' on 'Kits v4.4.0' took 388ms",
    '14:07 [Info] Saving Oxide data...',
    "14:21 [Error] Failed to call hook 'OnPlayerConnected' on plugin 'Chat v1.0.0'",
    '14:36 [Info] Unloaded plugin Kits v4.4.0 by someone',
    '14:36 [Info] Kits was compiled successfully in 1211ms',
  ];

  it('reads the time on the day of receipt, as a bare `HH:mm:ss` is, and cuts it', () => {
    const read = learned('oxide', oxide);
    expect(read('15:40 [Info] Loaded plugin Kits v4.4.0 by someone')).toMatchObject({
      timestamp: Date.parse('2026-11-30T15:40:00Z'),
      level: 'INFO',
      message: 'Loaded plugin Kits v4.4.0 by someone',
    });
    expect(read('14:02 [Warning] Calling took 12ms')).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:00Z'),
      level: 'WARN',
    });
    const irssi = learned('irssi', [
      '09:58 -!- alice [~a@192.0.2.10] has joined #ops',
      '09:59 <alice> morning',
      '10:02 <bob> the 10:00 deploy went out',
      '10:04 -!- carol [~c@192.0.2.11] has quit [Ping timeout: 250 seconds]',
      '10:11 <alice> thanks',
    ]);
    expect(irssi('10:15 <bob> no problem')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:15:00Z'),
      message: '<bob> no problem',
    });
  });

  it('reads none from a line alone, a column of scores, a repeated pair, an elapsed clock, a time with seconds', () => {
    expect(parse(oxide[0] as string).timestamp).toBeUndefined();
    expect(parse('10:12 is the ratio of wins').timestamp).toBeUndefined();
    const scores = learned('scores', [
      '21:14 Rovers beat United',
      '03:21 United lost at home',
      '17:09 Rovers took the cup',
      '08:15 City drew',
    ]);
    expect(scores('12:10 City won').timestamp).toBeUndefined();
    const version = learned('version', ['10:12 build ok', '10:12 build ok', '10:12 tests ok', '10:12 ok']);
    expect(version('10:12 build ok').timestamp).toBeUndefined();
    const airbrussh = learned('deploy', [
      '00:00 git:wrapper',
      '00:01 git:check',
      '00:02 deploy:check:directories',
      '00:04 deploy:check:linked_dirs',
      '00:05 deploy:check:linked_files',
      '00:09 deploy:symlink:release',
    ]);
    expect(airbrussh('00:12 deploy:cleanup').timestamp).toBeUndefined();
    const seconds = learned('seconds', [
      '10:00:01 started',
      '10:00:05 loading',
      '10:01:00 ready',
      '10:02:30 stopping',
    ]);
    expect(seconds('10:03:00 stopped')).toMatchObject({
      timestamp: Date.parse('2026-11-30T10:03:00Z'),
      message: 'stopped',
    });
  });
});

/*
 * CLASS: a logger's dotted name and its colon after a bracketed level that follows a column of the
 * header (NLog's `${longdate} #${processid} [${level}] ${logger}: ${message}`, SyncTrayzor's
 * App.config): the logger, as it is where the level follows the time (`[Info] A.B: text`).
 */
describe("a dotted logger and its colon after a level, after the header's columns", () => {
  const at = '2026-11-22 08:14:03.1123 #6184';

  it('reads the logger and cuts it', () => {
    expect(parse(`${at} [Info] SyncTrayzor.Bootstrapper: SyncTrayzor 1.1.29.0 starting`)).toMatchObject({
      level: 'INFO',
      logger: 'SyncTrayzor.Bootstrapper',
      message: 'SyncTrayzor 1.1.29.0 starting',
    });
    expect(
      parse(`${at} [Warn] SyncTrayzor.Services.Metering.MeteringService: Network is metered`),
    ).toMatchObject({
      level: 'WARN',
      logger: 'SyncTrayzor.Services.Metering.MeteringService',
      message: 'Network is metered',
    });
  });

  it('keeps an undotted word, a bracketed logger and its text, and text after a colon-less name', () => {
    expect(parse(`${at} [Info] Syncthing version 1: started`)).toMatchObject({
      message: 'Syncthing version 1: started',
    });
    expect(parse(`${at} [Info] Syncthing version 1: started`).logger).toBeUndefined();
    expect(parse(`${at} [Info] [Core] SyncTrayzor.Bootstrapper: x`)).toMatchObject({
      logger: 'Core',
      message: 'SyncTrayzor.Bootstrapper: x',
    });
    expect(parse(`${at} [Info] SyncTrayzor.Bootstrapper started`)).toMatchObject({
      message: 'SyncTrayzor.Bootstrapper started',
    });
  });
});

/*
 * CLASS: NLog's `${stacktrace}` before the text in its default flat format (`StackTraceLayoutRenderer`:
 * `Type.Method` frames, outermost first, joined by ` => `, three at most by default; Shoko Server's
 * nlog.config `${level}|${stacktrace} ${message}`): a column learned from the source, kept in
 * `fields.caller`. Learned only, and two frames at least: one line's arrow is its own text.
 */
describe("NLog's flat stack trace opening the text, learned from a source", () => {
  const at = (s: number) => `[2026-11-24 19:02:1${s}:347] Info|`;
  const lines = [
    `${at(0)}Program.Main => ShokoServer.Run => ShokoServer.StartUp Server v4.2.2.0 starting`,
    `${at(1)}ShokoServer.StartUp => DatabaseFactory.Init => SQLite.TestConnection Initializing Database: SQLite`,
    `${at(2)}DatabaseFactory.Init => SQLite.UpdateSchema Database schema is at version 118`,
    `${at(3)}<>c.<Main>b__0_0 => <Run>d__5.MoveNext => Worker.Tick Tick 4 of 10`,
    `${at(4)}Scheduler.Execute => CheckJob.Execute => Connectivity.Check Network check: 3 of 3 hosts`,
  ];

  it('reads the frames as the caller and the text after them', () => {
    const read = learned('shoko', lines);
    expect(
      read(`${at(5)}Scheduler.Execute => CheckJob.Execute => Connectivity.Check Network is up`),
    ).toMatchObject({
      level: 'INFO',
      message: 'Network is up',
      fields: { caller: 'Scheduler.Execute => CheckJob.Execute => Connectivity.Check' },
    });
    expect(read(`${at(6)}<>c.<Main>b__0_0 => Worker.Tick Tick 5 of 10`).message).toBe('Tick 5 of 10');
  });

  it('keeps one frame, an arrow of the text, and a line alone as written', () => {
    const read = learned('shoko', lines);
    expect(read(`${at(7)}Program.Main Server stopping`).message).toBe('Program.Main Server stopping');
    expect(read(`${at(8)}state idle => syncing for folder docs`).message).toBe(
      'state idle => syncing for folder docs',
    );
    expect(parse(lines[0] as string).message).toBe(
      'Program.Main => ShokoServer.Run => ShokoServer.StartUp Server v4.2.2.0 starting',
    );
    const arrows = learned('arrows', [
      '2026-11-24 19:02:10 state.A => state.B on event x',
      '2026-11-24 19:02:11 nothing to do',
      '2026-11-24 19:02:12 checked 4 folders',
      '2026-11-24 19:02:13 idle',
    ]);
    expect(arrows('2026-11-24 19:02:14 state.B => state.C on event y').message).toBe(
      'state.B => state.C on event y',
    );
  });
});
