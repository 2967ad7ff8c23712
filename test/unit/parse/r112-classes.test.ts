/**
 * Round r112, on dev172's MUD and MOO servers: TinyMUX's log stamp and its `Name PRI/SEC  : `
 * header (`start_log` in `log.cpp`), and ToastStunt's severity marks after its ctime stamp
 * (`do_log` in `src/log.cc`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);
const cri = (line: string) => `2026-12-01T00:00:00.000000000Z stdout F ${line}`;

describe("TinyMUX's stamp and header (`%d.%02d%02d:%02d%02d%02d `, `%s %3s/%-5s: `)", () => {
  it('reads the stamp, the category as the logger, the game name and the text', () => {
    expect(read('2026.1130:110316 Duskmere NET/CONN : [6/198.51.100.61] Connection opened')).toMatchObject({
      timestamp: Date.parse('2026-11-30T11:03:16.000Z'),
      logger: 'NET/CONN',
      message: '[6/198.51.100.61] Connection opened',
      fields: { mud_name: 'Duskmere' },
    });
    // A secondary of five or more fills its column; a short one is padded to five.
    expect(read('2026.1130:110247 Duskmere INI/START: Starting: TinyMUX 2.13.0.6')).toMatchObject({
      logger: 'INI/START',
      message: 'Starting: TinyMUX 2.13.0.6',
    });
    expect(
      read('2026.1130:114032 Duskmere CON/LOGOUT: [6/198.51.100.61] Logout by Wrenna(#334)'),
    ).toMatchObject({
      logger: 'CON/LOGOUT',
      message: '[6/198.51.100.61] Logout by Wrenna(#334)',
    });
    expect(
      read('2026.1130:115923 Duskmere BUG/DB   : Object Fountain(#2204) has bad contents list').logger,
    ).toBe('BUG/DB');
  });

  it('reads a game name with spaces, a lone primary padded to nine and a primary right-aligned to three', () => {
    expect(read('2026.1130:110247 The Old Keep DMP/DUMP : Dumping: data/netmux.db.#8#')).toMatchObject({
      logger: 'DMP/DUMP',
      message: 'Dumping: data/netmux.db.#8#',
      fields: { mud_name: 'The Old Keep' },
    });
    expect(read('2026.1130:110247 TinyMUX SHUTDOWN : Going down.')).toMatchObject({
      logger: 'SHUTDOWN',
      message: 'Going down.',
      fields: { mud_name: 'TinyMUX' },
    });
    expect(read('2026.1130:110247 TinyMUX  NO/START: x')).toMatchObject({ logger: 'NO/START', message: 'x' });
  });

  it('reads it in a learned source and carried by a container runtime', () => {
    const lines = [
      '2026.1130:110247 Duskmere INI/START: Starting: TinyMUX 2.13.0.6',
      '2026.1130:110247 Duskmere INI/LOAD : Loading: data/netmux.db',
      '2026.1130:110249 Duskmere NET/PORT : Listening on port 2860 (telnet).',
      '2026.1130:110316 Duskmere NET/CONN : [6/198.51.100.61] Connection opened (remote port 51544)',
    ];
    const later = '2026.1130:121952 Duskmere NET/DISC : [7/203.0.113.15] Connection closed';
    const want = {
      timestamp: Date.parse('2026-11-30T12:19:52.000Z'),
      logger: 'NET/DISC',
      message: '[7/203.0.113.15] Connection closed',
    };
    expect(learnt(lines)(later)).toMatchObject(want);
    expect(read(cri(later))).toMatchObject(want);
  });

  it("guesses no level, nor takes fields, from the entry's text: the header prints none", () => {
    for (const text of [
      'ERROR: player typed this',
      // A syslog structured-data element's shape (review91: it was cut to fields.structuredData).
      '[meta@32473 level="error"] player typed this',
      '[WARN] player typed this',
      'level=error player',
      'W/tag player',
      '⚠ player',
      'failed (ARERR 8756)',
      '{"level":"error","msg":"x"}',
    ]) {
      const line = read(`2026.1130:110604 Duskmere CON/BAD  : ${text}`);
      expect(line.level, text).toBeUndefined();
      expect(line.message, text).toBe(text);
      expect(line.logger, text).toBe('CON/BAD');
    }
  });

  it('reads no header where the widths do not fit, and no stamp past the line start', () => {
    // Unpadded, over-padded, lower case, no game name: the line keeps its words.
    for (const raw of [
      '2026.1130:110316 Duskmere NET/CONN: x',
      '2026.1130:110316 Duskmere NET/CONN   : x',
      '2026.1130:110316 Duskmere net/conn : x',
      '2026.1130:110316 NET/CONN : x',
      '2026.1130:110316 Duskmere SHUTDOWN: x',
    ]) {
      const line = read(raw);
      expect(line.logger, raw).toBeUndefined();
      expect(line.fields.mud_name, raw).toBeUndefined();
    }
    expect(read('release 2026.1130:110316 built').timestamp).toBeUndefined();
    // Not a date: month 13, hour 25.
    expect(read('2026.1330:110316 Duskmere NET/CONN : x').timestamp).toBeUndefined();
    expect(read('2026.1130:250316 Duskmere NET/CONN : x').timestamp).toBeUndefined();
  });
});

describe("ToastStunt's severity mark after its ctime stamp", () => {
  it('reads *** ERROR, ### WARN and !!! NOTICE, the text after the mark', () => {
    expect(read('Nov 30 15:08:29: *** accept: Too many open files')).toMatchObject({
      timestamp: Date.parse('2026-11-30T15:08:29.000Z'),
      level: 'ERROR',
      message: 'accept: Too many open files',
    });
    expect(read('Nov 30 15:08:29: ### Low memory')).toMatchObject({ level: 'WARN', message: 'Low memory' });
    expect(read('Nov  3 15:08:29: !!! Checkpoint done')).toMatchObject({
      timestamp: Date.parse('2026-11-03T15:08:29.000Z'),
      level: 'NOTICE',
      message: 'Checkpoint done',
    });
  });

  it('reads it in a learned source and carried by a container runtime', () => {
    const lines = [
      'Nov 30 14:00:02: STARTING: Version 2.7.3 of the ToastStunt/LambdaMOO server',
      'Nov 30 14:00:02: LOADING: toastcore.db',
      'Nov 30 14:00:05: LOADING: toastcore.db done',
      'Nov 30 14:02:11: ACCEPT: #-5 on port 7777 from 192.0.2.14, port 51812',
      'Nov 30 14:02:14: CONNECTED: Wizard (#2) on port 7777 from 192.0.2.14, port 51812',
    ];
    const later = 'Nov 30 14:09:30: *** open_network_connection: Connection refused';
    const want = { level: 'ERROR', message: 'open_network_connection: Connection refused' };
    expect(learnt(lines)(later)).toMatchObject(want);
    expect(learnt(lines)('Nov 30 14:09:31: CONNECTED: Wizard (#2)').level).toBeUndefined();
    expect(read(cri(later))).toMatchObject(want);
  });

  // review89: the mark is the header's, written by `do_log` from the severity; a level word opening
  // the text after it (`### ERROR …`, `*** DEBUG: …`) is the text's and neither raises nor hides it.
  it('reads the mark over a level word opening the text after it', () => {
    expect(read('Nov 30 15:08:29: ### ERROR rate high')).toMatchObject({
      level: 'WARN',
      message: 'ERROR rate high',
    });
    expect(read('Nov 30 15:08:29: *** DEBUG: dump failed')).toMatchObject({
      level: 'ERROR',
      message: 'DEBUG: dump failed',
    });
    expect(read('Nov 30 15:08:29: !!! [INFO] checkpoint')).toMatchObject({
      level: 'NOTICE',
      message: '[INFO] checkpoint',
    });
  });

  it("reads no mark the server's own text or another place holds", () => {
    for (const raw of [
      // `server_log()` writes `> ` before a database's text at no severity: no level.
      'Nov 30 14:09:30: > *** from the database',
      // A mark deeper in the text, glued to nothing, or with no text after it.
      'Nov 30 14:09:30: CONNECTED: *** x',
      'Nov 30 14:09:30: ***x',
      'Nov 30 14:09:30: ***  x',
      'Nov 30 14:09:30: *** ',
      // Not the stamp `do_log` writes: a year, a weekday, no colon after the time.
      'Nov 30 14:09:30 2026: *** x',
      'Mon Nov 30 14:09:30: *** x',
    ]) {
      const line = read(raw);
      expect(line.level, raw).toBeUndefined();
    }
  });
});
