/**
 * A bracketed one-character status mark opening most lines of a source (maltrail's `[i]` `[!]` `[x]`,
 * sagan's and Meer's `[*]` `[W]` `[E]` `[D]`, Metasploit's and Impacket's `[*]` `[!]` `[-]`): learned
 * per source (`learnMarkedSource`), never read on a line alone beyond the marks the line-alone reading
 * knew (`[*]` `[!]` `[-]` before a capital). `[+]` (success in Metasploit, debug in Impacket) and `[?]`
 * (a prompt in most scripts, a warning in maltrail) stay unread. The lines are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../core/parse/index.ts';
import { readSource as readLines } from '../../support/read-source.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const readSource = (lines: readonly string[], later: readonly string[] = []) =>
  readLines(lines, receivedAt, later);

describe('bracketed status marks learned per source', () => {
  const maltrail = [
    "[i] using configuration file '/opt/maltrail/maltrail.conf'",
    '[i] loading trails...',
    '[x] virtual interface missing. Replacing it with all interface names',
    "[i] opening interface 'eth1'",
    "[!] please install 'schedtool' for better CPU scheduling",
    '[i] 1,612,908 trails loaded',
    '[?] at least 384MB of free memory required',
    '[i] sensor started (pid 7712)',
    "[!] unable to retrieve data from 'https://x.example/botcc.rules' ('timed out')",
    '[i] updating trails (this might take a while)...',
  ];

  it('reads maltrail’s marks where its lines open with them, and leaves `[?]` unread', () => {
    const { sample } = readSource(maltrail);
    expect(sample.map((p) => p.level)).toEqual([
      'INFO',
      'INFO',
      'ERROR',
      'INFO',
      'WARN',
      'INFO',
      undefined,
      'INFO',
      'WARN',
      'INFO',
    ]);
    expect(sample[2]?.message).toBe('virtual interface missing. Replacing it with all interface names');
    expect(sample[5]?.message).toBe('1,612,908 trails loaded');
  });

  it('reads sagan’s `[*]` as INFO even before a number, and keeps its text whole', () => {
    const sagan = [
      "[*] Sagan's PID is 31877",
      '[*] 53 classifications loaded',
      '[*] Loading /usr/local/etc/sagan-rules/bind.rules rule file.',
      '[W] [rules.c, line 1288] Duplicate signature id 5001964 found, skipping',
      '[*] 6 references loaded.',
      '[E] [rules.c, line 412] Cannot open rule file: No such file or directory',
      '[*] Spawning 100 Processor Threads.',
      '[D] [processor.c, line 88] Thread 4 idle',
      '[*] Opening input FIFO (/var/sagan/fifo/sagan.fifo)',
    ];
    const { sample } = readSource(sagan);
    expect(sample.map((p) => p.level)).toEqual([
      'INFO',
      'INFO',
      'INFO',
      'WARN',
      'INFO',
      'ERROR',
      'INFO',
      'DEBUG',
      'INFO',
    ]);
    expect(sample[3]?.message).toBe('[rules.c, line 1288] Duplicate signature id 5001964 found, skipping');
  });

  it('reads no mark on a line alone beyond the ones read before', () => {
    expect(parseLine('[i] loading trails...').level).toBeUndefined();
    expect(parseLine('[x] virtual interface missing').level).toBeUndefined();
    expect(parseLine('[E] Cannot open rule file').level).toBeUndefined();
  });

  it('learns nothing from a checklist, a menu, or a sample the marks do not mostly open', () => {
    const checklist = [
      '[x] Write the design note',
      '[ ] Review the parser change',
      '[x] Ship the release',
      '[ ] Update the changelog',
      '[x] Tag the commit',
      '[x] Close the issue',
      '[ ] Announce it',
      '[x] Archive the branch',
      '[ ] Retire the old job',
    ];
    expect(readSource(checklist).sample.map((p) => p.level)).toEqual(checklist.map(() => undefined));
    const menu = [
      '[e] Enum Services',
      '[o] Open Service',
      '[x] Close Service',
      '[g] Get service status',
      '[s] Start service',
      '[t] Stop service',
      '[p] Pause service',
      '[r] Resume service',
      '[i] Get service config',
    ];
    expect(readSource(menu).sample.map((p) => p.level)).toEqual(menu.map(() => undefined));
    const prose = [
      'release notes for 4.2',
      'the following items are done:',
      '[x] parser change merged',
      'we also fixed [!] marks inside messages',
      'nothing else changed',
      'the build is green',
      '[i] see the wiki',
      'thanks to all contributors',
      'more next week',
    ];
    expect(readSource(prose).sample.map((p) => p.level)).toEqual(prose.map(() => undefined));
  });

  it('reads no mark inside a message of a marked source', () => {
    const lines = Array.from({ length: 10 }, (_, n) => `[i] trail ${n} loaded`);
    const { later } = readSource(lines, ['trail [x] missing', 'see [!] below']);
    expect(later.map((p) => p.level)).toEqual([undefined, undefined]);
  });
});

describe('look-alikes of learned status marks (review26d)', () => {
  it('learns nothing where the info mark is not most of the marks (a task list with starred items)', () => {
    const tasks = [
      '[*] Important: call the bank',
      '[x] Buy milk',
      '[x] Pay rent',
      '[-] Cancelled dentist',
      '[x] Book flights',
      '[x] Renew passport',
      '[*] Star: taxes',
      '[x] Clean garage',
      '[-] Dropped gym',
      '[x] Water plants',
    ];
    // `[*]` and `[-]` before a capital are read on a line alone, as before; the done items are no errors.
    const { sample } = readSource(tasks);
    const done = tasks.flatMap((t, n) => (t.startsWith('[x]') ? [n] : []));
    expect(done.map((n) => sample[n]?.level)).toEqual(done.map(() => undefined));
  });

  it('keeps a level the line states after its time, and its word', () => {
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `[*] 2026-11-30 10:00:${String(n).padStart(2, '0')} ${n % 3 === 0 ? 'ERROR' : 'INFO'} step ${n}`,
    );
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.level)).toEqual(lines.map((_, n) => (n % 3 === 0 ? 'ERROR' : 'INFO')));
    // A line with no level of its own still takes its mark's.
    const { later } = readSource(lines, ['[-] 2026-11-30 10:01:00 step failed']);
    expect(later[0]?.level).toBe('ERROR');
  });
});

// review26w: the marks meeting this session's other readings.
describe('learned status marks before a time the line-alone mark reading does not know', () => {
  it("reads the time opening the text after any mark, as the source's other marks' lines read it (ctime, JavaScript's Date)", () => {
    const marks = ['*', 'i', '!', 'E', '*', 'i'];
    const lines = Array.from(
      { length: 12 },
      (_, n) =>
        `[${marks[n % 6]}] Mon Nov 30 2026 10:00:${String(n).padStart(2, '0')} GMT+0100 (Central European Standard Time) step ${n}`,
    );
    const { sample } = readSource(lines);
    // `[*]` and `[!]` are read on a line alone as the security tools' marks: their time was left in the text.
    expect(sample.map((p) => p.timestamp)).toEqual(
      lines.map((_, n) => Date.parse(`2026-11-30T09:00:${String(n).padStart(2, '0')}Z`)),
    );
    expect(sample.map((p) => p.message)).toEqual(lines.map((_, n) => `step ${n}`));
    expect(sample.map((p) => p.level)).toEqual(
      lines.map((_, n) => ({ '*': 'INFO', i: 'INFO', '!': 'WARN', E: 'ERROR' })[marks[n % 6] as string]),
    );
    const { later } = readSource(lines, [
      '[!] Mon Nov 30 10:01:00 2026 disk nearly full',
      '[*] Mon Nov 30 2026 10:02:00 GMT+0100 (CET) job done at 10:05:00',
    ]);
    expect(later[0]?.timestamp).toBe(Date.parse('2026-11-30T10:01:00Z'));
    expect(later[0]?.message).toBe('disk nearly full');
    // A time ending the text is the text's once one opened it.
    expect(later[1]?.timestamp).toBe(Date.parse('2026-11-30T09:02:00Z'));
    expect(later[1]?.message).toBe('job done at 10:05:00');
  });

  it('leaves a weekday that opens no time in the text', () => {
    const lines = Array.from({ length: 12 }, (_, n) => `[${n % 2 ? '*' : 'i'}] Mon Nov 30 meeting ${n}`);
    const { sample } = readSource(lines);
    expect(sample.map((p) => p.message)).toEqual(lines.map((l) => l.slice(4)));
    expect(sample.every((p) => p.timestamp === undefined)).toBe(true);
  });
});
