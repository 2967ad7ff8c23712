/**
 * Whether a program's line reads the same bare and carried inside a wrapper: Kubernetes' CRI, a
 * syslog relay (RFC 3164 with a tag, RFC 5424), journalctl's `-o short-iso`, Docker's json-file.
 * Every line of the development sets (the six shared Loghub systems and `format-docs-dev*`; never a
 * held-out set) is read bare, as the ingest reads a source (its structure learned from the first
 * lines, then each line), and again with each wrapper around every line of the source (a fixed host
 * and tag, the wrapper's own time at the line's, `--delay` ms after it, or a fixed time where the line
 * has none; a wrapper to the second writes the second the time falls in).
 * A line disagrees where its level or message (trimmed) differs from the bare reading, or its time
 * where the bare line had its own. Pure reading, no engines.
 *
 * Not counted, as the wrapper is right to give them: the wrapper's time where the bare line read
 * none, and RFC 5424's priority (`<13>`, NOTICE) as the level where the bare line read none.
 *
 *   node bench/wrapper-agreement.ts [--sets loghub,format-docs-dev10,…] [--delay MS] [--classes 12] [--examples N]
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileParser, LEARNING_SAMPLE, type ParsedLine } from '../core/parse/index.ts';
import { LOGHUB_SAMPLES, loghubLines } from '../test/unit/parse/loghub-fixtures.ts';
import { corpusLinesBySource } from './corpus.ts';

/** A development source: its lines and the arrival time they are read at. */
export interface AgreementSource {
  readonly set: string;
  readonly name: string;
  readonly lines: readonly string[];
  readonly receivedAt: number;
}

/** A wrapper around one line, given the time the wrapper writes (epoch ms). */
export interface Wrapper {
  readonly name: string;
  readonly wrap: (line: string, time: number) => string;
  /** The level the wrapper itself gives a line that names none (RFC 5424's priority). */
  readonly ownLevel?: string;
}

const HOST = 'web-3';
const TAG = 'prog';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-28T10:11:12` of `time`, in UTC. */
function isoSeconds(time: number): string {
  return new Date(time).toISOString().slice(0, 19);
}

/** `2026-11-28T10:11:12.345000000Z`: a container runtime's nanoseconds. */
function isoNanos(time: number): string {
  return `${isoSeconds(time)}.${pad(new Date(time).getUTCMilliseconds(), 3)}000000Z`;
}

function syslogDate(time: number): string {
  const d = new Date(time);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${isoSeconds(time).slice(11)}`;
}

export const WRAPPERS: readonly Wrapper[] = [
  { name: 'cri', wrap: (line, time) => `${isoNanos(time)} stdout F ${line}` },
  { name: 'syslog3164', wrap: (line, time) => `${syslogDate(time)} ${HOST} ${TAG}[812]: ${line}` },
  {
    name: 'syslog5424',
    wrap: (line, time) => `<13>1 ${new Date(time).toISOString()} ${HOST} ${TAG} 812 - - ${line}`,
    ownLevel: 'NOTICE',
  },
  {
    name: 'journal-short-iso',
    wrap: (line, time) => `${isoSeconds(time)}+0000 ${HOST} ${TAG}[812]: ${line}`,
  },
  {
    name: 'docker-json',
    wrap: (line, time) =>
      `{"log":${JSON.stringify(`${line}\n`)},"stream":"stdout","time":"${isoNanos(time)}"}`,
  },
];

/** The wrapper's time where the line names none. */
const FIXED_TIME = Date.UTC(2026, 10, 28, 10, 11, 12, 345);
/** How long after the line's own time its wrapper writes, unless told (`--delay`). */
export const WRAPPER_DELAY_MS = 0;

/** One line whose carried reading differs from its bare one. */
export interface Disagreement {
  readonly wrapper: string;
  readonly source: string;
  readonly line: string;
  /** `level`, `message` or `time`, then what differs (`level INFO → none, bare log4j`). */
  readonly kinds: readonly string[];
  readonly bare: ParsedLine;
  readonly carried: ParsedLine;
}

export interface WrapperTally {
  readonly wrapper: string;
  lines: number;
  disagreeing: number;
  level: number;
  message: number;
  time: number;
}

/** Reads a source's lines the way the ingest does: learn from the first lines, then read each. */
function readSource(lines: readonly string[], receivedAt: number, name: string): ParsedLine[] {
  const parse = compileParser({});
  parse.learn(name, lines.slice(0, LEARNING_SAMPLE), receivedAt);
  return lines.map((line) => parse(line, receivedAt, name));
}

const hasTime = (line: ParsedLine) => line.timestamp !== undefined && Number.isFinite(line.timestamp);

/** What differs between a line's bare and carried readings, by class; empty when they agree. */
export function differences(bare: ParsedLine, carried: ParsedLine, wrapper: Wrapper): string[] {
  const kinds: string[] = [];
  const ownLevel =
    wrapper.ownLevel !== undefined && bare.level === undefined && carried.level === wrapper.ownLevel;
  if (bare.level !== carried.level && !ownLevel)
    kinds.push(`level ${bare.level ?? 'none'} → ${carried.level ?? 'none'}, bare ${bare.format}`);
  const bareMessage = bare.message.trim();
  const carriedMessage = carried.message.trim();
  if (bareMessage !== carriedMessage) {
    const shape = carriedMessage.endsWith(bareMessage)
      ? 'keeps a header'
      : bareMessage.endsWith(carriedMessage)
        ? 'loses text'
        : 'other';
    kinds.push(`message ${shape}, bare ${bare.format}`);
  }
  if (hasTime(bare) && carried.timestamp !== bare.timestamp)
    kinds.push(`time ${hasTime(carried) ? 'differs' : 'none'}, bare ${bare.format}`);
  return kinds;
}

/** Reads every source bare and inside every wrapper; the tallies and each disagreeing line. */
export function measureAgreement(
  sources: readonly AgreementSource[],
  wrappers: readonly Wrapper[] = WRAPPERS,
  delayMs = WRAPPER_DELAY_MS,
): { tallies: WrapperTally[]; disagreements: Disagreement[] } {
  const tallies = wrappers.map(
    (w): WrapperTally => ({ wrapper: w.name, lines: 0, disagreeing: 0, level: 0, message: 0, time: 0 }),
  );
  const disagreements: Disagreement[] = [];
  for (const source of sources) {
    const name = `${source.set}/${source.name}`;
    const bare = readSource(source.lines, source.receivedAt, name);
    wrappers.forEach((wrapper, w) => {
      const tally = tallies[w] as WrapperTally;
      const wrapped = source.lines.map((line, i) => {
        const own = bare[i]?.timestamp;
        const time = own !== undefined && Number.isFinite(own) ? own + delayMs : FIXED_TIME;
        return wrapper.wrap(line, time);
      });
      const carried = readSource(wrapped, source.receivedAt, name);
      source.lines.forEach((line, i) => {
        const b = bare[i] as ParsedLine;
        const c = carried[i] as ParsedLine;
        tally.lines++;
        const kinds = differences(b, c, wrapper);
        if (kinds.length === 0) return;
        tally.disagreeing++;
        if (kinds.some((k) => k.startsWith('level'))) tally.level++;
        if (kinds.some((k) => k.startsWith('message'))) tally.message++;
        if (kinds.some((k) => k.startsWith('time'))) tally.time++;
        disagreements.push({ wrapper: wrapper.name, source: name, line, kinds, bare: b, carried: c });
      });
    });
  }
  return { tallies, disagreements };
}

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The development sets: the six shared Loghub systems and every `format-docs-dev*` corpus. */
export function developmentSources(sets?: ReadonlySet<string>): AgreementSource[] {
  const sources: AgreementSource[] = [];
  if (sets === undefined || sets.has('loghub'))
    for (const sample of LOGHUB_SAMPLES)
      sources.push({
        set: 'loghub',
        name: sample.system,
        lines: loghubLines(sample.system),
        receivedAt: sample.receivedAt,
      });
  const folders = readdirSync(FIXTURES)
    .filter((f) => /^format-docs-dev\d+$/.test(f) && (sets === undefined || sets.has(f)))
    .sort((a, b) => Number(a.slice(15)) - Number(b.slice(15)));
  const receivedAt = Date.parse('2026-12-01T00:00:00Z');
  for (const folder of folders) {
    for (const [name, lines] of corpusLinesBySource(`${FIXTURES}${folder}/corpus.jsonl`))
      sources.push({ set: folder, name, lines, receivedAt });
  }
  return sources;
}

/** Up to `n` of a class's lines, one per source first. */
function examplesOf(list: readonly Disagreement[], n: number): Disagreement[] {
  const seen = new Set<string>();
  const firsts = list.filter((d) => !seen.has(d.source) && seen.add(d.source));
  return [...firsts, ...list.filter((d) => !firsts.includes(d))].slice(0, n);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string' },
      classes: { type: 'string', default: '12' },
      examples: { type: 'string', default: '0' },
      delay: { type: 'string', default: String(WRAPPER_DELAY_MS) },
    },
  });
  const sets = values.sets === undefined ? undefined : new Set(values.sets.split(','));
  const sources = developmentSources(sets);
  const { tallies, disagreements } = measureAgreement(sources, WRAPPERS, Number(values.delay));
  const pct = (n: number, of: number) => `${n} (${((n / Math.max(of, 1)) * 100).toFixed(2)} %)`;
  console.log(
    `node ${process.version}; ${sources.length} development sources; wrapper time ${values.delay} ms after the line's`,
  );
  console.table(
    tallies.map((t) => ({
      wrapper: t.wrapper,
      lines: t.lines,
      disagreeing: pct(t.disagreeing, t.lines),
      level: t.level,
      message: t.message,
      time: t.time,
    })),
  );
  const examples = Number(values.examples);
  for (const tally of tallies) {
    const byClass = new Map<string, Disagreement[]>();
    for (const d of disagreements)
      if (d.wrapper === tally.wrapper)
        for (const kind of d.kinds) {
          const list = byClass.get(kind) ?? [];
          list.push(d);
          byClass.set(kind, list);
        }
    const largest = [...byClass].sort((a, b) => b[1].length - a[1].length).slice(0, Number(values.classes));
    console.log(`\n${tally.wrapper}: largest classes`);
    for (const [kind, list] of largest) {
      const sourceCount = new Set(list.map((d) => d.source)).size;
      console.log(`  ${String(list.length).padStart(6)}  ${kind}  (${sourceCount} sources)`);
      for (const d of examplesOf(list, examples)) {
        console.log(`      ${d.source}: ${JSON.stringify(d.line)}`);
        console.log(
          `        bare ${d.bare.level ?? '-'} ${JSON.stringify(d.bare.message.trim())} | carried ${d.carried.format} ${d.carried.level ?? '-'} ${JSON.stringify(d.carried.message.trim())}`,
        );
      }
    }
  }
}
