/**
 * Round r108's classes (dev168, astronomy and observatory control).
 *
 * - A custom level's name in a source's learned level column: Python's `logging.addLevelName` idiom
 *   names a level between two standard ones after the lower (PyBDSF's `mylogger.py`,
 *   `logging.USERINFO = logging.INFO + 1`, under `'%(asctime)s:: %(levelname)-8s: %(message)s'`).
 *   A word in capitals there that ends in a level name reads the level its ending names; its lines
 *   count for the column the level words voted. Never per line alone, never a negated ending
 *   (`NOERROR`), never a word that names no level (`TODO`, `NOTE`).
 * - An arrow after the level's own colon is the text's (`userinfo`'s `'--> ' + desc_str`); one right
 *   after a bare level ends the header as before.
 * - A level letter between the layout's pipes (Ginga's `| %(levelname)1.1s |`) is the line's level:
 *   a level word opening the text after it is text.
 * - A trailing ` (dotted.Class)` is Kafka's logger (`%m (%c)`) in a source whose sample closes half
 *   its lines or more so, per line alone as before; in a source whose sample shows it on fewer, it is
 *   the text's (chimera's `Trying to start /Dome/0 (chimera.instruments.domelna40.DomeLNA40)`).
 * - A name closed by a comma right after a comma-joined level (mwax_mover's `'%(asctime)s,
 *   %(levelname)s, %(threadName)s, %(message)s'`), learned per source when a few names recur.
 *
 * The lines are invented, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { compoundLevelSpelling } from '../../../core/parse/levels.ts';
import { learnedReader } from '../../support/learned-reader.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const learnt = (lines: readonly string[]) => learnedReader(lines, receivedAt);
const sec = (n: number) => String(10 + n).padStart(2, '0');
const spelled = (word: string) => compoundLevelSpelling(word, 0, word.length);

const PYBDSF_LEVELS = [
  'INFO    ',
  'USERINFO',
  'USERINFO',
  'INFO    ',
  'USERINFO',
  'WARNING ',
  'USERINFO',
  'INFO    ',
];
const PYBDSF_TEXTS = [
  'Processing /data/img.fits',
  'Number of islands found ................. : 1874',
  '--> Opened /data/img.fits',
  'Final data shape (npol, nchan, x, y): (1, 1, 8192, 8192)',
];
const pybdsf = (n: number, level = PYBDSF_LEVELS[n % PYBDSF_LEVELS.length] as string, text?: string) =>
  `Sun 22-11-2026 03:41:${sec(n)}:: ${level}: ${text ?? (PYBDSF_TEXTS[n % PYBDSF_TEXTS.length] as string)}`;
const PYBDSF = Array.from({ length: 16 }, (_, n) => pybdsf(n));

describe('a custom level named after a standard one, in a learned level column', () => {
  it('spells the level its ending names, letters in capitals only', () => {
    expect(['USERINFO', 'SYSINFO', 'SUBDEBUG', 'APPWARNING', 'JOBERROR'].map(spelled)).toEqual([
      'INFO',
      'INFO',
      'DEBUG',
      'WARN',
      'ERROR',
    ]);
    // No prefix, a negating one, lower case, other letters, too long, or no level at the end.
    expect(
      [
        'INFO',
        'XINFO',
        'NOERROR',
        'NONFATAL',
        'Userinfo',
        'USER_INFO',
        'VERYLONGPREFIXINFO',
        'TODO',
        'NOTE',
        'INFOS',
      ].map(spelled),
    ).toEqual(Array(10).fill(undefined));
  });

  it('reads USERINFO as INFO and cuts it like the standard names (PyBDSF)', () => {
    const read = learnt(PYBDSF);
    const line = read(pybdsf(20, 'USERINFO', 'Total flux density in model ............. : 61.877 Jy'));
    expect([line.timestamp, line.level, line.message]).toEqual([
      Date.parse('2026-11-22T03:41:30Z'),
      'INFO',
      'Total flux density in model ............. : 61.877 Jy',
    ]);
    expect([read(pybdsf(21, 'WARNING ', 'x')).level, read(pybdsf(22, 'INFO    ', 'y')).level]).toEqual([
      'WARN',
      'INFO',
    ]);
  });

  it('reads a custom name seen after the sample too, and keeps other words in the column as text', () => {
    const read = learnt(PYBDSF);
    expect(read(pybdsf(20, 'SYSERROR', 'disk full')).level).toBe('ERROR');
    // (`NOTE` there is NOTICE already, a level word of its own: EOS's `NOTE`.)
    for (const word of ['NOERROR ', 'TODO    ', 'Userinfo', 'INFOX   ']) {
      const line = read(pybdsf(21, word, 'later'));
      expect(line.level).toBeUndefined();
      expect(line.message).toContain(word.trim());
    }
  });

  it('never reads the name per line alone, nor in a message, nor where no column was learned', () => {
    expect(parseLine(pybdsf(1, 'USERINFO', 'x'), { receivedAt }).level).toBeUndefined();
    const read = learnt(PYBDSF);
    expect(read(pybdsf(20, 'INFO    ', 'USERINFO said SYSERROR')).level).toBe('INFO');
    // A product name in capitals opening each text of a source with no level column.
    const product = Array.from(
      { length: 12 },
      (_, n) => `2026-11-22 03:41:${sec(n)} ${n % 2 === 0 ? 'DATAINFO' : 'GEOINFO'} record ${n} stored`,
    );
    const line = learnt(product)(`2026-11-22 03:41:40 DATAINFO record 40 stored`);
    expect([line.level, line.message]).toEqual([undefined, 'DATAINFO record 40 stored']);
  });
});

describe('an arrow after the level', () => {
  it("is the text's after the level's own colon, the header's after a bare level", () => {
    const textOf = (raw: string) => parseLine(raw, { receivedAt }).message;
    expect(textOf("Sun 22-11-2026 03:41:08:: INFO    : --> Opened '/x'")).toBe("--> Opened '/x'");
    expect(textOf('2026-11-22 03:41:08 ERROR: --> text')).toBe('--> text');
    expect(textOf('ERROR - 2026-11-23 08:14:51 --> text')).toBe('text');
  });
});

describe('a level letter between pipes, then a level word opening the text', () => {
  const ginga = (letter: string, text: string) =>
    `2026-11-21 01:15:51,890 | ${letter} | io_fits.py:157 (load_hdu) | ${text}`;

  it("reads the letter; the word is the text's (Ginga)", () => {
    const sample = Array.from({ length: 12 }, (_, n) =>
      ginga(n % 4 === 3 ? 'W' : 'I', n % 2 === 0 ? `Loading image ${n}` : `fetching 'img${n}.fits'...`),
    );
    const read = learnt(sample);
    const line = read(ginga('E', 'Error loading HDU #2: Header missing END card.'));
    expect([line.level, line.message]).toEqual(['ERROR', 'Error loading HDU #2: Header missing END card.']);
    expect([read(ginga('I', 'Warning: no WCS')).level, read(ginga('I', 'Warning: no WCS')).message]).toEqual([
      'INFO',
      'Warning: no WCS',
    ]);
  });

  it('leaves a letter outside pipes to a level word after it', () => {
    // The letter here is a column's value, no level: the word after it is the level.
    expect(parseLine('2026-11-21 01:15:51,890 E io_fits.py:157 ERROR: bad card', { receivedAt }).level).toBe(
      'ERROR',
    );
  });
});

describe('a name closed by a comma after a comma-joined level, learned per source', () => {
  const THREADS = [
    'MainThread',
    'webserver',
    'subfile_handler',
    'MainThread',
    'archive_handler',
    'webserver',
  ];
  const mwax = (n: number, level: string, thread: string, text: string) =>
    `2026-11-23 07:13:${sec(n)},104, ${level}, ${thread}, ${text}`;
  const SAMPLE = Array.from({ length: 16 }, (_, n) =>
    mwax(n, n % 5 === 4 ? 'DEBUG' : 'INFO', THREADS[n % THREADS.length] as string, `subfile ${n} received`),
  );

  it('reads the thread as a column, the text after it (mwax_mover)', () => {
    const read = learnt(SAMPLE);
    const line = read(mwax(40, 'WARNING', 'webserver', 'GET: Error 404'));
    expect([line.level, line.message]).toEqual(['WARN', 'GET: Error 404']);
  });

  it('keeps a text opening with a word and a comma where no source shows such a column', () => {
    const plain = Array.from(
      { length: 16 },
      (_, n) => `2026-11-23 07:13:${sec(n)},104, INFO, subfile ${n} received`,
    );
    const line = learnt(plain)('2026-11-23 07:13:40,104, INFO, Done, 3 files');
    expect([line.level, line.message]).toEqual(['INFO', 'Done, 3 files']);
    // Varied first words with commas (a sentence's) make no column either.
    const prose = Array.from(
      { length: 16 },
      (_, n) => `2026-11-23 07:13:${sec(n)},104, INFO, Word${n}, then text ${n}`,
    );
    expect(learnt(prose)('2026-11-23 07:13:40,104, INFO, Word3, then text').message).toBe('Word3, then text');
    // After a level closed by its colon, recurring names and commas open the text (Informatica's).
    const KINDS = ['MAPPING', 'DIRECTOR', 'MAPPING', 'READER'];
    const colon = Array.from(
      { length: 16 },
      (_, n) => `2026-11-30 12:40:${sec(n)} <DTMLoggerThread_2> INFO: ${KINDS[n % 4]}, TM_66${n}, step ${n}`,
    );
    expect(
      learnt(colon)('2026-11-30 12:40:40 <DTMLoggerThread_2> INFO: MAPPING, TM_6660, done').message,
    ).toBe('MAPPING, TM_6660, done');
  });
});

describe('a trailing dotted class name, learned per source', () => {
  const PLACES = [
    'chimera.core.manager manager.py:402',
    'chimera.core.site site.py:211',
    'chimera.instruments.telescope telescope.py:174',
  ];
  const chimera = (n: number, text: string) =>
    `22-11-2026 23:58:${sec(n)}.157 ${n % 4 === 3 ? 'DEBUG' : 'INFO'} ${PLACES[n % 3]} ${text}`;
  const kafka = (n: number, text: string, logger = 'kafka.server.KafkaServer') =>
    `[2026-11-22 23:58:${sec(n)},157] INFO ${text} (${logger})`;

  it("is the text's where few of the sample's lines close so (chimera)", () => {
    const sample = Array.from({ length: 16 }, (_, n) =>
      chimera(
        n,
        n % 5 === 0
          ? `Trying to start /Camera/${n} (chimera.instruments.sbig.SBIG)`
          : `Slewing to target ${n}`,
      ),
    );
    const line = learnt(sample)(
      chimera(42, 'Trying to start /Dome/0 (chimera.instruments.domelna40.DomeLNA40)'),
    );
    expect([line.level, line.message]).toEqual([
      'INFO',
      'Trying to start /Dome/0 (chimera.instruments.domelna40.DomeLNA40)',
    ]);
    expect(line.logger).not.toBe('chimera.instruments.domelna40.DomeLNA40');
  });

  it("is the logger where the sample's lines close so, and per line alone (Kafka)", () => {
    const sample = Array.from({ length: 16 }, (_, n) => kafka(n, `started step ${n}`));
    const read = learnt(sample);
    const line = read(kafka(40, 'shut down completed', 'kafka.log.LogManager'));
    expect([line.logger, line.message]).toEqual(['kafka.log.LogManager', 'shut down completed']);
    expect(parseLine(kafka(41, 'shut down completed'), { receivedAt }).logger).toBe(
      'kafka.server.KafkaServer',
    );
  });

  it("counts the lines that open an event: a broker's start opens with its indented KafkaConfig dump (review86)", () => {
    // KafkaServer logs `KafkaConfig values: ` and one tab-indented `name = value` line per setting.
    const sample = [
      kafka(0, 'KafkaConfig values: ', 'kafka.server.KafkaConfig').replace(' (kafka.server.KafkaConfig)', ''),
      ...Array.from({ length: 20 }, (_, n) => `\tadvertised.setting${n} = value${n}`),
      ' (kafka.server.KafkaConfig)',
      ...Array.from({ length: 6 }, (_, n) => kafka(n + 1, `started step ${n}`)),
    ];
    const line = learnt(sample)(kafka(40, 'shut down completed', 'kafka.log.LogManager'));
    expect([line.logger, line.message]).toEqual(['kafka.log.LogManager', 'shut down completed']);
  });
});
