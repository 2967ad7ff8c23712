/**
 * Level readings of the lvl36 round (the lines are invented):
 *
 * - A level word as the last lower-case part of a dotted name names a logger only in brackets
 *   (Python's `[uvicorn.error]`); bare or before a bracket it is the level. lvl36 had widened this
 *   to every dotted name for Alerta's `alerta.app.alert[9]: INFO -` (read FATAL); that dropped a
 *   whole source's levels elsewhere, so it was narrowed back; since lvl38 the part before a pid in
 *   brackets yields only to a level in capitals right after it (`conventions.test.ts`).
 * - GLib's unmarked levels (`domain-DEBUG: HH:MM:SS.mmm: `, `INFO`, `Message`: g_log's default
 *   handler since 2.50, every GLib/GTK program run with `G_MESSAGES_DEBUG` or `--debug`) are read per
 *   line also in a source whose structure was learned (its time's field), as the header finder reads
 *   them: never as a column, since ` **` on the alerting levels moves the fields. Limits: only right
 *   before GLib's own time of day and its colon.
 * - Learned per source, a level letter standing between spaces after a component name in capitals
 *   that follows the time (Micro Focus Service Manager's `PID (TID) date time component level text`:
 *   `02:03:11 RTE I text`, letters F E W I D): the letter slot (`level-slot.ts`), which otherwise
 *   needs a mark beside the letter, takes it when every sample line's letter has such a component
 *   before it and `I` is among the letters; the component goes to `fields.header_columns` and
 *   the text follows the letter. Limits: 2–8 capitals after a digit and a space; one line alone, a
 *   letter after prose (`NOTE I think`) or a lower-case name, and a column of compass points
 *   (`KSFO N 12kt`, no `I`) and a ledger's debits and credits (`TXN D`, `TXN C`) stay text.
 * - BMC AR System's status tag closing a dated line (`text (ARERR 8756)`, arerror.log and the AR
 *   family's `ARAPP…`/`ARDS…` tags): `ERR` ERROR, `WARN` WARN, `NOTE` INFO (the API's AR_RETURN_OK,
 *   "Note"); the tag stays in the message. Limits: closing the message, after a space, with a time.
 */
import { describe, expect, it } from 'vitest';
import { arStatusLevel } from '../../../core/parse/formats/ar-status.ts';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const second = (n: number) => String(n % 60).padStart(2, '0');

describe('a lower-case level word ending a dotted name', () => {
  it('is the logger in brackets only: bare or before a bracket it is the level', () => {
    expect(parseLine('2026-11-30 05:10:57 [uvicorn.error] INFO: started').level).toBe('INFO');
    const bare = parseLine('2026-11-30 05:10:57 app.db.error: connection pool exhausted');
    expect(bare.level).toBe('ERROR');
    expect(parseLine('2026-11-30 05:10:57 worker.warn[12]: queue is 90 % full').level).toBe('WARN');
  });

  it('keeps the dotted level before its pid when one capital letter opens the text (review30)', () => {
    // `I`, `A`, `E` are words of the text as often as level letters: no full level word follows the pid.
    for (const text of ['I think the queue is stuck', 'E-mail relay refused', 'A retry failed'])
      expect(parseLine(`2026-11-30 05:10:57 worker.error[12]: ${text}`), text).toMatchObject({
        level: 'ERROR',
        message: text,
      });
    expect(parseLine('2026-11-30 05:10:57 worker.error[12]: WARN retry 2').level).toBe('WARN');
  });

  it('keeps Monolog capitals and a syslog facility as levels', () => {
    expect(parseLine('2026-11-30 05:10:57 app.ERROR: upstream closed').level).toBe('ERROR');
    expect(parseLine('2026-11-30 05:10:57 kern.warn: thermal throttling').level).toBe('WARN');
  });
});

describe("GLib's unmarked level in a learned source", () => {
  const debug = (n: number) => `(remote-viewer:2214): virt-viewer-DEBUG: 07:41:${second(n)}.203: step ${n}`;
  const lines = [
    ...Array.from({ length: 28 }, (_, n) => debug(n)),
    "(remote-viewer:2214): GSpice-WARNING **: 07:42:17.106: Invalid uri port: 'x'",
    '(remote-viewer:2214): virt-viewer-INFO: 07:42:18.000: connected',
    '(remote-viewer:2214): virt-viewer-Message: 07:42:19.000: display ready',
    debug(40),
  ];

  it('reads each line its level, time and text', () => {
    const { sample } = readLines(lines, receivedAt);
    expect(sample.map((line) => line.level)).toEqual([
      ...Array.from({ length: 28 }, () => 'DEBUG'),
      'WARN',
      'INFO',
      'NOTICE',
      'DEBUG',
    ]);
    expect(sample[0]?.message).toBe('step 0');
    expect(sample[0]?.timestamp).toBe(Date.parse('2026-11-30T07:41:00.203Z'));
    expect(sample[30]?.message).toBe('display ready');
  });

  it('reads no level from a domain word without GLib time after it', () => {
    const plain = (n: number) => `(kiosk:88): status: 07:41:${second(n)}.203: step ${n}`;
    const { sample } = readLines(
      Array.from({ length: 32 }, (_, n) => plain(n)),
      receivedAt,
    );
    expect(sample.every((line) => line.level === undefined)).toBe(true);
    const noTime = (n: number) => `(kiosk:88): job-DEBUG: 07:41:${second(n)} step ${n}`;
    const other = readLines(
      Array.from({ length: 32 }, (_, n) => noTime(n)),
      receivedAt,
    );
    expect(other.sample.some((line) => line.level !== undefined && line.message.startsWith('07:'))).toBe(
      false,
    );
  });
});

describe('a level letter between spaces after a component in capitals', () => {
  const sm = (n: number, component: string, letter: string, text: string) =>
    `4120( 41${second(n)}) 11/30/2026 02:03:${second(n)} ${component} ${letter} ${text}`;
  const lines = Array.from({ length: 32 }, (_, n) =>
    n % 7 === 3
      ? sm(n, 'RAD', 'E', `Unable to lock record in table problem for key IM${n}`)
      : n % 5 === 2
        ? sm(n, 'RTE', 'W', `Schedule record ${n} is late`)
        : sm(n, n % 2 ? 'JRTE' : 'RTE', 'I', `User u${n} has logged out.`),
  );

  it('reads the letter as the level, the component to the header columns', () => {
    const { sample, later } = readLines(lines, receivedAt, [sm(40, 'JS', 'D', 'I am a debug line')]);
    expect([sample[0]?.level, sample[0]?.message, sample[0]?.fields.header_columns]).toEqual([
      'INFO',
      'User u0 has logged out.',
      '4120( 4100) RTE',
    ]);
    expect([sample[3]?.level, sample[3]?.message]).toEqual([
      'ERROR',
      'Unable to lock record in table problem for key IM3',
    ]);
    expect(sample[2]?.level).toBe('WARN');
    expect([later[0]?.level, later[0]?.message]).toEqual(['DEBUG', 'I am a debug line']);
  });

  it('leaves a later line whose letter follows no component as read', () => {
    const { later } = readLines(lines, receivedAt, ['4120( 4100) 11/30/2026 02:04:00 then I restarted it']);
    expect(later[0]?.level).toBeUndefined();
  });

  it('learns nothing from one line, compass points or letters after prose', () => {
    expect(parseLine(sm(1, 'RTE', 'I', 'User x has logged out.')).level).toBeUndefined();
    const wind = (n: number, d: string) => `2026-11-30 02:03:${second(n)} KSFO ${d} ${n}kt`;
    const compass = readLines(
      Array.from({ length: 32 }, (_, n) => wind(n, n % 4 === 0 ? 'W' : n % 5 === 0 ? 'E' : 'N')),
      receivedAt,
    );
    expect(compass.sample.every((line) => line.level === undefined)).toBe(true);
    const prose = (n: number, l: string) => `2026-11-30 02:03:${second(n)} then ${l} went home`;
    const words = readLines(
      Array.from({ length: 32 }, (_, n) => prose(n, n % 3 ? 'I' : 'W')),
      receivedAt,
    );
    expect(words.sample.every((line) => line.level === undefined)).toBe(true);
  });

  it('learns nothing from a ledger column of debits and credits (D and C, no I)', () => {
    // review28: `D` alone satisfied the I-or-D test, so `TXN D` read DEBUG and lost its letter.
    const entry = (n: number) =>
      `2026-11-30 02:03:${second(n)} TXN ${n % 4 === 1 ? 'C' : 'D'} amount ${String(n)}.00 EUR`;
    const ledger = readLines(
      Array.from({ length: 32 }, (_, n) => entry(n)),
      receivedAt,
    );
    expect(ledger.sample.every((line) => line.level === undefined)).toBe(true);
    expect(ledger.sample[0]?.message).toBe('TXN D amount 0.00 EUR');
  });
});

describe("BMC AR System's status tag closing a dated line", () => {
  it('gives the level and leaves the tag in the message', () => {
    const error = parseLine(
      'Mon Nov 30 01:13:57 2026  390695 : An error has occurred while loading a plug-in (ARERR 8756)',
    );
    expect([error.level, error.message]).toEqual([
      'ERROR',
      '390695 : An error has occurred while loading a plug-in (ARERR 8756)',
    ]);
    const warn = parseLine('Mon Nov 30 01:18:25 2026  390635 : Thread pool at 90 percent (ARWARN 9351)');
    expect(warn.level).toBe('WARN');
    const note = parseLine(
      'Mon Nov 30 01:13:39 2026  390600 : Server x64 Version 20.02.00 starting (ARNOTE 20)',
    );
    expect(note.level).toBe('INFO');
    expect(arStatusLevel('approval sent (ARAPPWARN 4550)')).toBe('WARN');
    expect(arStatusLevel('pool rebuilt (ARDSERR 3010)')).toBe('ERROR');
  });

  it('reads no level from look-alikes', () => {
    for (const text of [
      'save failed (ARERR)',
      'save failed (ARERR 93) retried',
      'save failed(ARERR 93)',
      'save failed (ARERRX 93)',
      'save failed (ARFATAL 93)',
      'save failed (arerr 93)',
      '(ARERR 93)',
    ])
      expect(arStatusLevel(text)).toBeUndefined();
    expect(parseLine('save failed (ARERR 303)').level).toBeUndefined();
  });

  it("yields to the line's own level: a header level word and a source's learned readings (review29w)", () => {
    // A tag quoted at the end of the text is the weakest reading of a line: it read before the
    // header zone's level word and the learned slot, so a quoted ARERR turned INFO lines into errors.
    const worded = parseLine('2026-11-30 10:00:00 [INFO@mau.init] ticket closed after retry (ARERR 303)');
    expect([worded.level, worded.message]).toEqual(['INFO', 'ticket closed after retry (ARERR 303)']);
    const sm = (n: number, letter: string, text: string) =>
      `4120( 41${second(n)}) 11/30/2026 02:03:${second(n)} RTE ${letter} ${text}`;
    const lines = Array.from({ length: 32 }, (_, n) => sm(n, n % 5 === 2 ? 'W' : 'I', `record ${n} synced`));
    const { later } = readLines(lines, receivedAt, [sm(40, 'I', 'Remedy said: save failed (ARERR 303)')]);
    expect([later[0]?.level, later[0]?.message]).toEqual(['INFO', 'Remedy said: save failed (ARERR 303)']);
  });
});
