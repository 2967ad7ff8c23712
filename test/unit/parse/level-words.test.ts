import { describe, expect, it } from 'vitest';
import { compileParser, type ParsedLine, parseLine } from '../../../core/parse/index.ts';
import { compileLevelVocabulary, levelSpelling, levelWordProblem } from '../../../core/parse/levels.ts';

const receivedAt = Date.parse('2026-11-20T12:00:00Z');

/** Netatalk-like: words no general parser knows, and a known one (`note`, placed INFO) read otherwise. */
const own = compileParser({
  levels: { unusual: 'WARN', note: 'NOTICE', err: 'WARN', V3: 'DEBUG', 'sev-1': 'FATAL', sev_2: 'ERROR' },
});
const known = compileParser({});

const CASES: ReadonlyArray<readonly [string, (word: string) => string]> = [
  ['upper case', (w) => w.toUpperCase()],
  ['lower case', (w) => w],
  ['title case', (w) => w[0]?.toUpperCase() + w.slice(1)],
];

/**
 * Places where the parser reads a level word; `{W}` is the word. `unusual`, declared WARN, has as many
 * letters as `warning`, so each line is read against the same line with the known word in its place.
 */
const LEVEL_PLACES = [
  '2026-11-20 10:00:00 {W} disk slow',
  '2026-11-20 10:00:00 [{W}] disk slow',
  '2026-11-20 10:00:00 {W}: disk slow',
  '2026-11-20 10:00:00,123 [main] {W} c.e.Foo - disk slow',
  '[Fri Nov 20 10:00:00 2026] [{W}] disk slow',
  'ts=2026-11-20T10:00:00Z level={W} msg="disk slow"',
  '{"time":"2026-11-20T10:00:00Z","level":"{W}","msg":"disk slow"}',
  '<13>Nov 20 10:00:00 host shipper[88]: {W} upstream closed',
  'Nov 20 10:00:00 host shipper[88]: [{W}] upstream closed',
  'Nov 20 10:00:00 host shipper[88]: at={W} path=/cart',
  '{W}:root:disk slow',
];

/** A known word is read here in some cases only (upper case, after a thread column). */
const CASED_PLACES = ['2026-11-20 10:00:00 worker {W} disk', '2026-11-20 10:00:00 the {W} engine'];

/** Free text: a known level word is not read here, so a declared one is not either. */
const TEXT_PLACES = [
  '2026-11-20 10:00:00 the disk was {W} today',
  '2026-11-20 10:00:00 INFO disk {W} seen',
  '{"time":"2026-11-20T10:00:00Z","level":"info","msg":"{W} disk"}',
  'ts=2026-11-20T10:00:00Z level=info msg="{W} disk"',
  '<13>Nov 20 10:00:00 host shipper[88]: upstream said {W}',
  'Nov 20 10:00:00 host shipper[88]: ERROR count is 0 after {W}',
  'a plain line that says {W} somewhere',
  // Tallies and counts (`look-alikes.ts`): a known full word there is a word of the text.
  '2026-11-20 10:00:00 | {W} | 0 |',
  '[{W}] 3',
  '{W} 0 FATAL 0',
];

function readAlike(template: string, spell: (word: string) => string): [ParsedLine, ParsedLine] {
  const knownWord = spell('warning');
  const ownWord = spell('unusual');
  const a = known(template.replace('{W}', knownWord), receivedAt);
  const b = own(template.replace('{W}', ownWord), receivedAt);
  // Compare as if the known word had been written.
  return [a, { ...b, message: b.message.replace(ownWord, knownWord) }];
}

describe('a service’s own level words (levels in LOGWARD_PARSERS)', () => {
  describe.each(CASES)('in %s', (_, spell) => {
    it.each(LEVEL_PLACES)('are read where a known word is: %s', (template) => {
      const [a, b] = readAlike(template, spell);
      expect({ level: b.level, format: b.format, message: b.message }).toEqual({
        level: a.level,
        format: a.format,
        message: a.message,
      });
    });

    it.each([...TEXT_PLACES, ...CASED_PLACES])('are not read where a known word is not: %s', (template) => {
      const [a, b] = readAlike(template, spell);
      expect({ level: b.level, format: b.format, message: b.message }).toEqual({
        level: a.level,
        format: a.format,
        message: a.message,
      });
    });
  });

  it('the places above read the known word, the free text never (the comparison is not empty)', () => {
    for (const template of LEVEL_PLACES)
      expect(known(template.replace('{W}', 'WARNING'), receivedAt).level, template).toBe('WARN');
    for (const template of TEXT_PLACES)
      for (const [, spell] of CASES)
        expect(known(template.replace('{W}', spell('warning')), receivedAt).level, template).not.toBe('WARN');
  });

  it('each place reads the declared word in its upper case', () => {
    for (const template of LEVEL_PLACES) {
      expect(own(template.replace('{W}', 'UNUSUAL'), receivedAt).level, template).toBe('WARN');
      expect(known(template.replace('{W}', 'UNUSUAL'), receivedAt).level, template).not.toBe('WARN');
    }
  });

  it('override a known word’s meaning: MySQL’s [Note] as NOTICE, err as WARN', () => {
    const note = '2026-11-20T10:00:00.000000Z 0 [Note] InnoDB: ready';
    expect(known(note, receivedAt).level).toBe('INFO');
    expect(own(note, receivedAt)).toMatchObject({ level: 'NOTICE', message: 'InnoDB: ready' });
    expect(own('{"level":"err","msg":"x"}', receivedAt).level).toBe('WARN');
    expect(own('2026-11-20 10:00:00 ERR disk slow', receivedAt).level).toBe('WARN');
    // The words the service did not declare keep their meaning.
    expect(own('2026-11-20 10:00:00 ERROR disk slow', receivedAt).level).toBe('ERROR');
  });

  it('words with digits and _ - . are read as whole words where levels stand', () => {
    expect(own('2026-11-20 10:00:00 V3 verbose detail', receivedAt)).toMatchObject({
      level: 'DEBUG',
      message: 'verbose detail',
    });
    // Without the map `[V3]` is a verbosity letter (TRACE); declared, the word is the service's.
    expect(own('2026-11-20 10:00:00 [V3] verbose detail', receivedAt).level).toBe('DEBUG');
    expect(own('2026-11-20 10:00:00 [sev-1] fire', receivedAt)).toMatchObject({
      level: 'FATAL',
      message: 'fire',
    });
    expect(own('2026-11-20 10:00:00 SEV_2 fire', receivedAt)).toMatchObject({
      level: 'ERROR',
      message: 'fire',
    });
    expect(own('{"level":"v3","msg":"x"}', receivedAt).level).toBe('DEBUG');
    expect(own('Nov 20 10:00:00 host shipper[88]: level=V3 path=/', receivedAt).level).toBe('DEBUG');
    // A pair the known words read is read as before, though `level=warn2` now fits the wider pattern.
    const pairs = 'Nov 20 10:00:00 host shipper[88]: level=warn2 severity=error path=/';
    expect(own(pairs, receivedAt).level).toBe(known(pairs, receivedAt).level);
    // Look-alikes: another number, a word that only starts so, the word inside text.
    expect(own('2026-11-20 10:00:00 V4 verbose detail', receivedAt).level).toBeUndefined();
    expect(own('2026-11-20 10:00:00 V3x detail', receivedAt).level).toBeUndefined();
    expect(own('2026-11-20 10:00:00 the disk V3 engine', receivedAt).level).toBeUndefined();
    expect(known('2026-11-20 10:00:00 SEV_2 fire', receivedAt).level).toBeUndefined();
  });

  it('a text line’s level= pair reads a declared word of any length validation takes (up to 13)', () => {
    const long = compileParser({ levels: { 'verbosity-10': 'DEBUG', extraordinary: 'NOTICE' } });
    const pair = (value: string) => `Nov 20 10:00:00 host shipper[88]: level=${value} path=/`;
    expect(long(pair('verbosity-10'), receivedAt).level).toBe('DEBUG');
    expect(long(pair('EXTRAORDINARY'), receivedAt).level).toBe('NOTICE');
    expect(long('ts=2026-11-20T10:00:00Z level=verbosity-10 msg=x', receivedAt).level).toBe('DEBUG');
    // Look-alikes: a longer value, the word inside another, another service.
    expect(long(pair('verbosity-100'), receivedAt).level).toBeUndefined();
    expect(long(pair('extraordinaryx'), receivedAt).level).toBeUndefined();
    expect(known(pair('extraordinary'), receivedAt).level).toBeUndefined();
  });

  it('a learned level column reads the declared word as it reads a known one', () => {
    const sample = (word: string) =>
      Array.from({ length: 32 }, (_, i) => `10:00:${10 + i} [main] ${i % 3 ? 'Info' : word} disk ${i} slow`);
    known.learn('known', sample('Warning'), receivedAt);
    own.learn('own', sample('Unusual'), receivedAt);
    known.learn('unlisted', sample('Unusual'), receivedAt);
    const line = '10:00:50 [main] Unusual disk 50 slow';
    expect(own(line, receivedAt, 'own')).toMatchObject({ level: 'WARN', message: 'disk 50 slow' });
    expect(own.structureOf('own')?.levelField).toEqual(known.structureOf('known')?.levelField);
    expect(known(line, receivedAt, 'unlisted').level).toBeUndefined();
  });

  it('a learned level slot (a word between pipes deep in a header) reads the declared word as it reads a known one, and its override', () => {
    const line = (n: number, word: string) =>
      `2026-11-30 10:00:${String(n % 60).padStart(2, '0')}.100 [Service] AG 7781 syncd 41 PID:812 TID:${n} Unit:4 session ${4400 + n} |${word}| K-41-10 copy part ${n}`;
    const sample = Array.from({ length: 32 }, (_, n) => line(n, 'Info'));
    const noticeWarning = compileParser({ levels: { unusual: 'WARN', warning: 'NOTICE' } });
    known.learn('slot-known', sample, receivedAt);
    own.learn('slot-own', sample, receivedAt);
    noticeWarning.learn('slot-override', sample, receivedAt);
    const a = known(line(40, 'Warning'), receivedAt, 'slot-known');
    const b = own(line(40, 'Unusual'), receivedAt, 'slot-own');
    expect(a.level).toBe('WARN');
    expect({ level: b.level, message: b.message.replace('Unusual', 'Warning') }).toEqual({
      level: a.level,
      message: a.message,
    });
    expect(noticeWarning(line(40, 'Warning'), receivedAt, 'slot-override').level).toBe('NOTICE');
    expect(known(line(40, 'Unusual'), receivedAt, 'slot-known').level).toBeUndefined();
  });

  it('a level bracket learned by its place reads the declared word as it reads a known one', () => {
    const context = (n: number) => (n % 3 === 0 ? '[No context]' : `[jobid=${48211 + n}]`);
    const line = (n: number, word: string) =>
      `11/30/2026 12:${10 + n}:03.211 [Application] NB 51216 nbjm 117 PID:6120 TID:${14 + n} File ID:117 ${context(n)} [${word}] V-117-${100 + n} job ${n} done`;
    const sample = (word: string) =>
      Array.from({ length: 16 }, (_, n) => line(n, n % 5 === 2 ? word : 'Info'));
    known.learn('bracket-known', sample('Warning'), receivedAt);
    own.learn('bracket-own', sample('Unusual'), receivedAt);
    known.learn('bracket-unlisted', sample('Unusual'), receivedAt);
    const a = known(line(20, 'Warning'), receivedAt, 'bracket-known');
    const b = own(line(20, 'Unusual'), receivedAt, 'bracket-own');
    expect(a.level).toBe('WARN');
    expect({ level: b.level, message: b.message }).toEqual({ level: a.level, message: a.message });
    expect(known(line(20, 'Unusual'), receivedAt, 'bracket-unlisted').level).toBeUndefined();
  });

  it('a call or a learn that throws puts the known words back (withLevelWords restores in finally)', () => {
    const line = '2026-11-20 10:00:00 UNUSUAL disk slow';
    const throwing = {
      toString(): string {
        throw new Error('no text');
      },
    };
    expect(() => own(throwing as never, receivedAt)).toThrow('no text');
    expect(known(line, receivedAt).level).toBeUndefined();
    const sample = {
      *[Symbol.iterator]() {
        yield line;
        throw new Error('sample cut');
      },
    };
    expect(() => own.learn('throws', sample as never, receivedAt)).toThrow('sample cut');
    expect(known(line, receivedAt).level).toBeUndefined();
    expect(parseLine(line).level).toBeUndefined();
  });

  it('another parser, read between lines of this one, keeps the known words only', () => {
    const line = '2026-11-20 10:00:00 UNUSUAL disk slow';
    expect(own(line, receivedAt).level).toBe('WARN');
    expect(known(line, receivedAt).level).toBeUndefined();
    expect(parseLine(line).level).toBeUndefined();
    expect(parseLine(line, { levels: { unusual: 'WARN' } }).level).toBe('WARN');
    expect(known('2026-11-20T10:00:00.000000Z 0 [Note] InnoDB: ready', receivedAt).level).toBe('INFO');
  });
});

describe('levelWordProblem and compileLevelVocabulary', () => {
  it.each(['note', 'V3', 'sev-1', 'sev_2', 'lvl.2', 'a', 'x'.repeat(13)])('%s may be declared', (word) => {
    expect(levelWordProblem(word)).toBeUndefined();
  });

  it.each(['', '3', '-x', 'two words', 'wärn', 'x'.repeat(14), 'a:b', '[x]'])('%j may not', (word) => {
    expect(levelWordProblem(word)).toMatch(/^a word of 1 to 13 characters opening with a letter/);
  });

  it('leaves out what validation would refuse, and never throws', () => {
    const vocabulary = compileLevelVocabulary({
      good: 'WARN',
      'bad word': 'WARN',
      worse: 'SEVERE' as never,
    });
    expect(vocabulary.spellings.get('good')).toBe('WARN');
    expect(vocabulary.spellings.has('bad word')).toBe(false);
    expect(vocabulary.spellings.has('worse')).toBe(false);
    expect(vocabulary.unlettered).toBe(false);
    // The known tables are untouched.
    expect(levelSpelling('good')).toBeUndefined();
  });
});
