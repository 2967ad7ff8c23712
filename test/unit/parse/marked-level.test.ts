import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { compileLevelVocabulary, useLevelVocabulary } from '../../../core/parse/levels.ts';
import {
  applyStructure,
  emptyHeader,
  endsOnLevelMark,
  lastSteps,
  learnStructure,
  mayHoldMarkedLevel,
  STEP_BUDGET,
  scanHeader,
} from '../../../core/parse/structure.ts';
import { fuzzLine } from '../../support/fuzz-lines.ts';
import { loghubLines } from './loghub-fixtures.ts';

const ctx = { zone: 'UTC', receivedAt: Date.parse('2026-12-02T06:00:00Z') };

/**
 * Every way the header finder reads a level: afresh, while learning, and with a structure learned
 * from lines like it (its level column, weak spellings and one-character marks vouched for).
 */
function markedSomewhere(raw: string): boolean {
  if (endsOnLevelMark(raw, scanHeader(raw, ctx, emptyHeader()))) return true;
  if (endsOnLevelMark(raw, scanHeader(raw, ctx, emptyHeader(), true))) return true;
  const structure = learnStructure([raw, raw, raw, raw], ctx);
  const applied = emptyHeader();
  return (
    structure !== undefined && applyStructure(raw, structure, ctx, applied) && endsOnLevelMark(raw, applied)
  );
}

/** Pieces a header is made of, weighted to levels, their marks and what stands next to them. */
const headerPiece = fc.constantFrom(
  'error',
  'ERROR',
  'Warn',
  'warning',
  'INFO',
  'notice',
  'Note',
  'LOG',
  'crit',
  'Fatal',
  'I',
  'W',
  'E',
  'A',
  'II',
  'WW',
  'DEBUG1',
  'trace2',
  'LOG5',
  '*WARN*',
  'local.ERROR',
  'INFO/Main',
  'db:warn',
  'app.worker',
  '%LINK-3-UPDOWN',
  '%_-3-1',
  '%%01LINK/4/STATE',
  'a.c:3:10',
  'src/a.cs(12,5)',
  ':a.py:3:',
  'UserWarning',
  'sshd',
  '[24200]',
  'pam_unix',
  'system,info,account',
  'Dec 10 06:55:46',
  '2026-11-30T14:02:11.123Z',
  '14:02:11',
  'I1130',
  '42',
  ':',
  ']',
  '[',
  '(',
  ')',
  '<',
  '>',
  '*',
  '#',
  '.',
  '-',
  '---',
  '|',
  '!',
  ' **',
  ' ',
  ' ',
);

const headerLine = fc
  .tuple(fc.array(headerPiece, { maxLength: 16 }), fc.constantFrom(' ', ''))
  .map(([pieces, separator]) => pieces.join(separator));

describe('mayHoldMarkedLevel: the quick test that spares a syslog line the level search', () => {
  it('is true whenever the header finder reads a level followed by : ] > or ) (generated headers)', () => {
    fc.assert(
      fc.property(headerLine, (raw) => !markedSomewhere(raw) || mayHoldMarkedLevel(raw)),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('is true whenever the header finder reads a level of one or two letters (generated headers)', () => {
    const letters = fc.stringMatching(/^[A-Za-z]{1,2}$/);
    const doubled = fc.constantFrom(...'ACDEFINTVWacdefintvw').map((c) => c + c);
    const shortWord = fc
      .tuple(
        fc.constantFrom('', '(', '[', '<', ' ', '.', '/', ':', '%', '*', '-'),
        fc.oneof(letters, doubled),
        fc.constantFrom(')', ']', '>', ':', '):', ']:', ')]', ' '),
      )
      .map((parts) => parts.join(''));
    const line = fc
      .array(fc.oneof(headerPiece, shortWord), { maxLength: 10 })
      .chain((pieces) => fc.constantFrom(pieces.join(' '), pieces.join('')));
    fc.assert(
      fc.property(line, (raw) => !markedSomewhere(raw) || mayHoldMarkedLevel(raw)),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('passes a service’s own level word of two letters, and no other word of two', () => {
    const before = useLevelVocabulary(compileLevelVocabulary({ ok: 'INFO' }));
    try {
      expect(mayHoldMarkedLevel('Dec 10 06:55:46 host app[7]: ok: done')).toBe(true);
      expect(mayHoldMarkedLevel('Dec 10 06:55:46 host app[7]: at: done')).toBe(false);
    } finally {
      useLevelVocabulary(before);
    }
    expect(mayHoldMarkedLevel('Dec 10 06:55:46 host app[7]: ok: done')).toBe(false);
    expect(mayHoldMarkedLevel('Dec 10 06:55:46 host Xorg[7]: (II) done')).toBe(true);
  });

  it('is true whenever the header finder reads one, on the fuzz test’s lines and on real logs', () => {
    fc.assert(
      fc.property(fuzzLine, (raw) => !markedSomewhere(raw) || mayHoldMarkedLevel(raw)),
      { numRuns: 5_000, seed: 11 },
    );
    for (const system of ['Apache', 'HDFS', 'Linux', 'OpenSSH', 'Spark', 'Zookeeper'])
      for (const raw of loghubLines(system))
        if (markedSomewhere(raw)) expect(mayHoldMarkedLevel(raw), raw).toBe(true);
  });

  it('is false for most syslog lines, whose programs wrote no level', () => {
    const lines = [...loghubLines('OpenSSH'), ...loghubLines('Linux')];
    expect(lines.filter((raw) => !mayHoldMarkedLevel(raw)).length).toBeGreaterThan(lines.length * 0.8);
    expect(mayHoldMarkedLevel('Dec 10 06:55:46 LabSZ sshd[24200]: Failed password for root [preauth]')).toBe(
      false,
    );
    expect(mayHoldMarkedLevel('Dec 10 06:55:46 LabSZ sshd[24200]: error: Received disconnect')).toBe(true);
    expect(mayHoldMarkedLevel('Nov 23 17:12:41 cisco1 23: %LINK-3-UPDOWN: Interface down')).toBe(true);
  });

  it('reads back a field of digits longer than the native skip reaches (32 characters)', () => {
    const digits = '1'.repeat(40);
    expect(mayHoldMarkedLevel(`Dec 10 06:55:46 LabSZ sshd[24200]: a${digits}: done`)).toBe(true);
    expect(mayHoldMarkedLevel(`Dec 10 06:55:46 LabSZ sshd[24200]: %${digits}] done`)).toBe(true);
    expect(mayHoldMarkedLevel(`Dec 10 06:55:46 LabSZ sshd[24200]: [${digits}] done`)).toBe(false);
  });

  it('a syslog line still takes a marked level the header finds after its tag', () => {
    const line = parseLine('Nov 23 17:12:41 vpn-gw1 pluto[26867]: "branch-tokyo" #1: ERROR: network error', {
      receivedAt: ctx.receivedAt,
    });
    expect(line).toMatchObject({ level: 'ERROR', message: 'network error' });
  });
});

describe('mayHoldMarkedLevel: levels the generated headers do not reach (review)', () => {
  it('is true for a mnemonic whose facility and name are digits and underscores (`%_-3-1:`)', () => {
    for (const raw of [
      'Nov 23 17:12:41 cisco1 23: %_-3-1: Interface down',
      'Nov 23 17:12:41 cisco1 23: %%01_/4/1: Interface down',
    ]) {
      expect(endsOnLevelMark(raw, scanHeader(raw, ctx, emptyHeader())), raw).toBe(true);
      expect(mayHoldMarkedLevel(raw), raw).toBe(true);
    }
    expect(parseLine('Nov 23 17:12:41 cisco1 23: %_-3-1: Interface down', ctx)).toMatchObject({
      level: 'ERROR',
      message: 'Interface down',
    });
  });

  it('agrees with a learned structure whose time ends far into the line (a level glued by a colon)', () => {
    const structure = learnStructure(
      Array.from({ length: 5 }, (_, i) => `host app pid 176450000${i}.123 hello`),
      ctx,
    );
    expect(structure).toMatchObject({ timeField: 3, levelField: -1, levelAfterTime: -1 });
    if (structure === undefined) return;
    for (const digits of [10, 200, 212, 230, 260]) {
      const raw = `Nov 23 17:12:41 1764500000.${'1'.repeat(digits)}:ERROR:x disk full`;
      const applied = emptyHeader();
      const marked = applyStructure(raw, structure, ctx, applied) && endsOnLevelMark(raw, applied);
      expect(!marked || mayHoldMarkedLevel(raw), `${digits} digits`).toBe(true);
    }
  });

  it('reaches as far as the header finder behind bracketed tokens, which extend its header (lvl38)', () => {
    // Bracketed context (log4j's `[%X{…}] [%t]`) in a syslog message puts the level past 241 characters.
    const raw = `Nov 23 17:12:41 host app[12]: [user:admin] [pipeline:${'orders_cdc_'.repeat(10)}mysql] [thread:${'PipelineRunnable-'.repeat(4)}orders] ERROR: disk full`;
    expect(raw.indexOf('ERROR')).toBeGreaterThan(241);
    expect(markedSomewhere(raw)).toBe(true);
    expect(mayHoldMarkedLevel(raw)).toBe(true);
    expect(parseLine(raw, ctx)).toMatchObject({ level: 'ERROR', message: 'disk full' });
    // A bracket of words extends nothing: the quick test stops where the header does.
    const words = `Nov 23 17:12:41 host app[12]: [${'a few words '.repeat(20)}] ERROR: disk full`;
    expect(markedSomewhere(words) || mayHoldMarkedLevel(words)).toBe(false);
  });

  it('walks each character of the line’s head a bounded number of times, however many marks it has', () => {
    const prefix = 'Nov 23 17:12:41 host app: ';
    for (const piece of ['1:', '12:', 'abc:', '(:', '(:a', ' :', 'a.c(:', '%1:']) {
      const raw = prefix + piece.repeat(400);
      mayHoldMarkedLevel(raw);
      expect(lastSteps, piece).toBeLessThanOrEqual(STEP_BUDGET);
    }
  });
});
