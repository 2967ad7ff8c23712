/**
 * Round r126, on dev186's hydrology and water-network modelling products: a two-digit year to the
 * minute (Python's `datefmt="%y-%m-%d %H:%M"`, pastas' file handlers); a catalogue's `NOTE` with its
 * message number (HEC-HMS's `NOTE 15301:  text`), INFO in a learned level column; a module and its
 * line closed by a pipe after the level (ANUGA's `%(mname)25s:%(lnum)-4d|`); a name and ` : ` right
 * after a level padded to its colon are the text's (D-Flow FM's `** INFO   : MPI    : no.`).
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.UTC(2026, 11, 1);
const read = (line: string) => parseLine(line, { receivedAt });
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);

describe('a two-digit year to the minute', () => {
  const pastas = (stamp: string, level: string, text: string) =>
    `${stamp} - pastas.model - ${level} - ${text}`;

  it("reads pastas' `%y-%m-%d %H:%M` header", () => {
    expect(
      read(pastas('26-11-30 14:02', 'INFO', 'Nan-values were removed from the residuals.')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:00Z'),
      level: 'INFO',
      message: 'Nan-values were removed from the residuals.',
    });
    // Day first, as `dd-MM-yy HH:mm:ss` reads it, when only that order lies near the arrival.
    expect(read(pastas('30-11-26 14:02', 'WARNING', 'x')).timestamp).toBe(Date.parse('2026-11-30T14:02:00Z'));
    // With seconds the longer shape still reads them.
    expect(read(pastas('26-11-30 14:02:11', 'INFO', 'x')).timestamp).toBe(Date.parse('2026-11-30T14:02:11Z'));
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 8 }, (_, k) =>
      pastas(`26-11-30 14:${10 + k}`, 'INFO', `well B${k} done`),
    );
    expect(
      learnt(lines)(pastas('26-11-30 14:39', 'ERROR', "Calibration series 'oseries.series' is empty!")),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:39:00Z'),
      level: 'ERROR',
      message: "Calibration series 'oseries.series' is empty!",
    });
  });

  it("takes no time from a message's own stamp, nor from an impossible clock", () => {
    // A stamp in the text after a header time is text.
    const line = pastas(
      '26-11-30 14:02',
      'INFO',
      "Time Series 'RH' was extended in the past to 26-01-01 00:00",
    );
    expect(read(line)).toMatchObject({
      timestamp: Date.parse('2026-11-30T14:02:00Z'),
      message: "Time Series 'RH' was extended in the past to 26-01-01 00:00",
    });
    for (const bad of [
      '26-11-30 14:61 files',
      '26-13-45 14:02 files',
      '26-11-30 24:02 files',
      '26-11-30 1402 files',
    ])
      expect(read(bad).timestamp).toBeUndefined();
    // Glued to more digits, it is no stamp.
    expect(read('126-11-30 14:02 files').timestamp).toBeUndefined();
  });
});

describe('a note with its message number', () => {
  const hms = (kind: string, code: number, text: string) => `${kind} ${code}:  ${text}`;
  const sample = [
    hms('NOTE', 14650, 'Run Script: "/srv/hms/nightly.script"'),
    hms(
      'NOTE',
      10019,
      'Finished opening project "Cedar" in directory "/srv/hms/Cedar" at time 30Nov2026, 04:10:07.',
    ),
    hms('WARNING', 10021, 'Project "Cedar" was updated from Version 4.11 to Version 4.12.'),
    hms('NOTE', 15301, 'Began computing simulation run "Storm_0612" at time 30Nov2026, 04:10:09.'),
    hms('NOTE', 40049, 'Found no parameter problems in basin model "Existing".'),
    hms('WARNING', 41074, 'Length for reach "R36" is very short.'),
    hms('NOTE', 15302, 'Finished computing simulation run "Storm_0612" at time 30Nov2026, 04:10:31.'),
    hms('NOTE', 15312, 'The total runtime for this simulation is 00:22.'),
    hms('ERROR', 40118, 'Reach "R12" has no downstream element.'),
  ];

  it("reads HEC-HMS's NOTE as INFO, the lowest of its three kinds, beside WARNING and ERROR", () => {
    const reader = learnt(sample);
    expect(reader(hms('NOTE', 15301, 'Began computing simulation run "B".'))).toMatchObject({
      level: 'INFO',
      message: 'Began computing simulation run "B".',
    });
    expect(reader(hms('WARNING', 15303, 'Aborted run "B".'))).toMatchObject({
      level: 'WARN',
      message: 'Aborted run "B".',
    });
    expect(reader(hms('ERROR', 40118, 'x')).level).toBe('ERROR');
  });

  it("keeps a bare NOTE column's NOTICE (Unidata LDM's, between INFO and WARN)", () => {
    const ldm = (level: string, text: string) =>
      `20261129T114002.318840Z ldmd[1422] ${level} ldmd.c:main():1189 ${text}`;
    const lines = Array.from({ length: 8 }, (_, k) =>
      ldm(k % 3 === 0 ? 'INFO' : 'NOTE', `product ${k} inserted`),
    );
    expect(learnt(lines)(ldm('NOTE', 'Starting Up'))).toMatchObject({ level: 'NOTICE' });
  });

  it("takes no level from a message's own NOTE with a number, nor from a number without its colon", () => {
    // In the text after a header's level, the note is text.
    const reader = learnt(sample);
    expect(reader(hms('WARNING', 10021, 'see NOTE 15301: in the manual'))).toMatchObject({
      level: 'WARN',
      message: 'see NOTE 15301: in the manual',
    });
    // A line alone sets nothing from it.
    expect(read('NOTE 15301 was read').level).toBeUndefined();
    expect(read('please NOTE 12: the change').level).toBeUndefined();
  });
});

describe('a module and its line closed by a pipe', () => {
  const anuga = (level: string, where: string, text: string) =>
    `2026-11-30 09:14:02,958 ${level.padEnd(8)} ${where}|${text}`;

  it("reads ANUGA's `module:line|` as the caller, the text after the pipe", () => {
    expect(
      read(anuga('DEBUG', '                     sww:162 ', 'Taking over the SWW writer lock')),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:14:02.958Z'),
      level: 'DEBUG',
      message: 'Taking over the SWW writer lock',
      fields: { caller: 'sww:162' },
    });
    expect(
      read(anuga('INFO', '          generic_domain:1368', 'Time = 1200.0000 (sec), steps=3911')),
    ).toMatchObject({
      level: 'INFO',
      message: 'Time = 1200.0000 (sec), steps=3911',
      fields: { caller: 'generic_domain:1368' },
    });
  });

  it('reads it in a learned source too, beside untimed print() lines', () => {
    const lines = [
      ...Array.from({ length: 8 }, (_, k) =>
        anuga('INFO', `   generic_domain:${1300 + k}`, `Time = ${k}.0 (sec)`),
      ),
      'Using OMP_NUM_THREADS from environment: 8',
    ];
    expect(
      learnt(lines)(
        anuga('WARNING', '          generic_domain:2444', 'WARNING: Ignored boundary segment (None)'),
      ),
    ).toMatchObject({
      level: 'WARN',
      message: 'WARNING: Ignored boundary segment (None)',
      fields: { caller: 'generic_domain:2444' },
    });
  });

  it('keeps the text after the pipe whole, and sets no level or time from it', () => {
    // The text's own level word, time and fields stay the text's.
    expect(read(anuga('INFO', ' sww:1287', 'ERROR 2026-11-29 10:00:00 [x] y - z'))).toMatchObject({
      timestamp: Date.parse('2026-11-30T09:14:02.958Z'),
      level: 'INFO',
      message: 'ERROR 2026-11-29 10:00:00 [x] y - z',
    });
    // No pipe, a space inside the name, a missing or glued number: text.
    for (const text of [
      'sww:162 text',
      'my module:162|text',
      'sww:|text',
      'sww:12345678|text',
      '9sww:162|text',
    ]) {
      const line = read(`2026-11-30 09:14:02,958 INFO ${text}`);
      expect(line.message).toBe(text);
      expect(line.fields.caller).toBeUndefined();
    }
  });
});

describe('a name and ` : ` after a level padded to its colon', () => {
  const dia = (prefix: string, text: string) => `** ${prefix}: ${text}`;

  it("keeps D-Flow FM's `MPI    : no.` whole after `** INFO   : `", () => {
    expect(read(dia('INFO   ', 'MPI    : no.'))).toMatchObject({ level: 'INFO', message: 'MPI    : no.' });
    expect(read(dia('INFO   ', 'OpenMP : yes.         #threads max : 8'))).toMatchObject({
      level: 'INFO',
      message: 'OpenMP : yes.         #threads max : 8',
    });
    expect(read(dia('WARNING', 'MPI    : no.'))).toMatchObject({ level: 'WARN', message: 'MPI    : no.' });
    expect(read(dia('ERROR  ', 'Process library file does not exist'))).toMatchObject({
      level: 'ERROR',
      message: 'Process library file does not exist',
    });
  });

  it('reads it in a learned source too', () => {
    const lines = Array.from({ length: 8 }, (_, k) =>
      dia('INFO   ', `Writing map output at time    ${k}.000 s`),
    );
    expect(learnt(lines)(dia('INFO   ', 'MPI    : no.'))).toMatchObject({
      level: 'INFO',
      message: 'MPI    : no.',
    });
  });

  it("still steps over a logger's ` : ` column where no level's colon stands before it", () => {
    // Spring Boot's `logger : text` after its thread: the logger stays the header's.
    const boot = read('2026-11-30 10:00:00.123  INFO 4242 --- [main] o.s.b.StartupInfoLogger : Started App');
    expect(boot).toMatchObject({ level: 'INFO', message: 'Started App' });
    // Where a time comes before the level, the name after it is one more column.
    expect(read('2026-11-23 02:51:07 : WARNING : base : Run time of job missed')).toMatchObject({
      level: 'WARN',
      logger: 'base',
      message: 'Run time of job missed',
    });
    // After a time and a program, netdata's padded level and ` : ` thread column stay a header.
    expect(
      read("2026-11-30 05:17:44: netdata INFO  : MAIN : CONFIG: cannot load cloud config 'x'."),
    ).toMatchObject({ level: 'INFO', logger: 'MAIN', message: "CONFIG: cannot load cloud config 'x'." });
    // A word that is no level before the padded colon sets nothing and takes nothing.
    expect(read('** NOTICE  : x').message).toBe('x');
    expect(read('** STATUS   : MPI    : no.').level).toBeUndefined();
  });
});
