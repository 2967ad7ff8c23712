import { describe, expect, it } from 'vitest';
import { compareLevels, isAtLeast, isLevel, LEVELS, normaliseLevel } from '../../../core/parse/index.ts';
import {
  levelSpelling,
  levelWord,
  maySpellLevel,
  opensTextUnmarked,
  placedLevelSpelling,
} from '../../../core/parse/levels.ts';

describe('normaliseLevel', () => {
  it.each([
    ['TRACE', 'TRACE'],
    ['trc', 'TRACE'],
    ['verbose', 'TRACE'],
    ['FINEST', 'TRACE'],
    ['debug', 'DEBUG'],
    ['DBG', 'DEBUG'],
    ['D', 'DEBUG'],
    ['fine', 'DEBUG'],
    ['info', 'INFO'],
    ['Information', 'INFO'],
    ['I', 'INFO'],
    ['notice', 'NOTICE'],
    ['NOTICE', 'NOTICE'],
    ['WARNING', 'WARN'],
    ['warn', 'WARN'],
    ['W', 'WARN'],
    ['ERR', 'ERROR'],
    ['error', 'ERROR'],
    ['E', 'ERROR'],
    ['SEVERE', 'ERROR'],
    ['ERRO', 'ERROR'],
    ['SUCCESS', 'INFO'],
    ['CRIT', 'FATAL'],
    ['CRITICAL', 'FATAL'],
    ['alert', 'FATAL'],
    ['EMERG', 'FATAL'],
    ['panic', 'FATAL'],
    ['FATAL', 'FATAL'],
    ['  Warning ', 'WARN'],
    ['wArNiNg', 'WARN'],
  ] as const)('%j is %s', (spelling, level) => {
    expect(normaliseLevel(spelling)).toBe(level);
  });

  it.each([
    [0, 'FATAL'],
    [1, 'FATAL'],
    [2, 'FATAL'],
    [3, 'ERROR'],
    [4, 'WARN'],
    [5, 'NOTICE'],
    [6, 'INFO'],
    [7, 'DEBUG'],
    ['3', 'ERROR'],
  ] as const)('syslog severity %j is %s', (severity, level) => {
    expect(normaliseLevel(severity)).toBe(level);
  });

  it.each([
    [10, 'TRACE'],
    [20, 'DEBUG'],
    [30, 'INFO'],
    [35, 'INFO'],
    [40, 'WARN'],
    [50, 'ERROR'],
    [60, 'FATAL'],
    ['30', 'INFO'],
  ] as const)('bunyan/pino level %j is %s', (n, level) => {
    expect(normaliseLevel(n)).toBe(level);
  });

  it.each([['combo'], [''], ['8'], [-1], [2.5], [100], [600], [null], [undefined], [{}], ['x'.repeat(100)]])(
    '%j is not a level',
    (value) => {
      expect(normaliseLevel(value)).toBeUndefined();
    },
  );
});

describe('level words cut to a column width (placed only)', () => {
  it.each([
    ['WARNI', 'WARN'],
    ['SEVER', 'ERROR'],
    ['Noti', 'NOTICE'],
    ['NOTIC', 'NOTICE'],
    ['INFOR', 'INFO'],
    ['CRITI', 'FATAL'],
    ['FATA', 'FATAL'],
    ['TRAC', 'TRACE'],
  ] as const)('%j is %s where a level stands, and no level as a word of text', (cut, level) => {
    expect(placedLevelSpelling(cut)).toBe(level);
    expect(levelSpelling(cut)).toBeUndefined();
    expect(levelWord(cut)).toBeUndefined();
  });
});

describe('levelWord (a level inside free text)', () => {
  it('takes upper-case spellings of two letters or more and lower-case ones of three or more', () => {
    expect(levelWord('WARN')).toBe('WARN');
    expect(levelWord('ERROR')).toBe('ERROR');
    expect(levelWord('info')).toBe('INFO');
    expect(levelWord('warning')).toBe('WARN');
  });

  it('ignores mixed-case words and single letters', () => {
    expect(levelWord('Error')).toBeUndefined();
    expect(levelWord('wArN')).toBeUndefined();
    expect(levelWord('e')).toBeUndefined();
    expect(levelWord('I')).toBeUndefined();
    expect(levelWord('Payment')).toBeUndefined();
  });
});

describe('level order', () => {
  it('lists the levels least to most severe', () => {
    expect(LEVELS).toEqual(['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'ERROR', 'FATAL']);
  });

  it('compares levels', () => {
    expect(compareLevels('WARN', 'ERROR')).toBeLessThan(0);
    expect(compareLevels('FATAL', 'TRACE')).toBeGreaterThan(0);
    expect(compareLevels('INFO', 'INFO')).toBe(0);
    expect([...LEVELS].reverse().sort(compareLevels)).toEqual([...LEVELS]);
  });

  it('answers "at least" for minimum-level rules', () => {
    expect(isAtLeast('ERROR', 'WARN')).toBe(true);
    expect(isAtLeast('WARN', 'WARN')).toBe(true);
    expect(isAtLeast('NOTICE', 'WARN')).toBe(false);
  });

  it('recognises exact level names only', () => {
    expect(isLevel('WARN')).toBe(true);
    expect(isLevel('warn')).toBe(false);
    expect(isLevel('toString')).toBe(false);
  });
});

describe('maySpellLevel, the quick test before a level lookup', () => {
  it('lets every level spelling through, in any case, and turns most other words away', () => {
    const words = [
      'WARN',
      'warning',
      'Info',
      'I',
      'informational',
      'dpanic',
      'crit',
      'LOG',
      'Note',
      'A',
      'audit',
    ];
    for (const word of [
      ...words,
      ...words.map((w) => w.toLowerCase()),
      ...words.map((w) => w.toUpperCase()),
    ]) {
      expect(levelSpelling(word) ?? placedLevelSpelling(word)).toBeDefined();
      expect(maySpellLevel(word, 0, word.length)).toBe(true);
    }
    for (const word of ['authentication', 'failure', 'zebra', 'connected', 'Kafka'])
      expect(maySpellLevel(word, 0, word.length)).toBe(false);
  });
});

describe('opensTextUnmarked, a spelling that unmarked is a word of text', () => {
  it.each(['ALERT', 'PANIC', 'Panic', 'success', 'Config', 'HTTP', 'http', 'ſuccess'])(
    '%s is text',
    (word) => {
      expect(opensTextUnmarked(word)).toBe(true);
    },
  );

  it.each([
    'INFO',
    'WARN',
    'ERROR',
    'error',
    'DEBUG',
    'TRACE',
    '[ALERT',
    '@LERT',
    'ALERTS',
    'ALERT:',
    'İNFO',
  ])('%s is not', (word) => {
    expect(opensTextUnmarked(word)).toBe(false);
  });
});
