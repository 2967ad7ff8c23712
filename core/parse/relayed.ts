/**
 * A program's line behind a syslog relay's header read through the bare line's path (r111): the
 * relay's header is taken by `formats/relay.ts`, the body read as the program's own line, with
 * what its source learned from its relayed bodies, and the relay's reading kept where the body's
 * adds nothing to it. The bare path itself is `index.ts`', handed in as a `BarePath`.
 */

import {
  addRelay,
  mayBeRelayed,
  mayHoldHeader,
  type Relayed,
  takeRelayed,
  takeScreenedRelay,
} from './formats/relay.ts';
import type { TimeContext } from './timestamps.ts';
import type { ParsedLine } from './types.ts';

/** What a source learned at one relay's depth: `bodies` is what it learned one relay deeper. */
export interface RelayedState<S> {
  readonly bodies: S | undefined;
}

/**
 * The bare line's path (`index.ts`) as the relay reading uses it: `P` is the parser's plan, `S` a
 * source's learned state, both passed through unread.
 */
export interface BarePath<P, S extends RelayedState<S>> {
  /** `raw` read as it is, with what its source learned at its depth (`parsePrefixed`). */
  readonly parse: (raw: string, plan: P, ctx: TimeContext, state: S | undefined) => ParsedLine;
  /** What `lines` teach at a relay's `depth`, their own relayed bodies included (`learnRelayed`). */
  readonly learn: (lines: readonly string[], plan: P, ctx: TimeContext, depth: number) => S;
  /** True for a format of the program's own, read whole (LPRng's trailer, Gwenhywfar's header). */
  readonly ownsStructure: (format: string) => boolean;
}

/** Relays read around one program's line: a relayed relay's line is read within its second relay. */
export const MAX_RELAYS = 2;

/**
 * `raw` read behind its syslog relay's header where a relay wrote it (`readRelayed`), else as it
 * is; `state` is what the source learned from its lines (`learnRelayed`).
 */
export function parseMaybeRelayed<P, S extends RelayedState<S>>(
  raw: string,
  ctx: TimeContext,
  plan: P,
  state: S | undefined,
  bare: BarePath<P, S>,
): ParsedLine {
  const relayed = mayBeRelayed(raw) ? takeScreenedRelay(raw, ctx, state?.bodies !== undefined) : undefined;
  return relayed === undefined
    ? bare.parse(raw, plan, ctx, state)
    : readRelayed(raw, relayed, ctx, plan, state, 1, bare);
}

/**
 * A line behind a syslog relay's header (`relay.ts`, `relayed` its header taken), read as the
 * program's own line is read bare (its body through the one reading, with what the source learned
 * from its relayed bodies at `depth`), then given the relay's host, tag and fields, and its priority
 * where the body names no level. A body whose reading found no header of the program's own
 * (`readsHeader`: sshd's, the kernel's text) leaves the line to the syslog reading, as before. The
 * body's own time is read against the relay's (`receivedAt`: the year of `Nov 30`, the day of
 * `10:00:00.123`), and is the line's where it names the relay's second finer (`keepsBodyTime`). A
 * body that is itself a relay's line (`relayedRelay`) is read within its second relay, to
 * `MAX_RELAYS`, and taken as its program's line whatever its format.
 */
function readRelayed<P, S extends RelayedState<S>>(
  raw: string,
  relayed: Relayed,
  ctx: TimeContext,
  plan: P,
  state: S | undefined,
  depth: number,
  bare: BarePath<P, S>,
): ParsedLine {
  if (!mayHoldHeader(relayed.body, 0, state?.bodies !== undefined)) return bare.parse(raw, plan, ctx, state);
  const at = Number.isNaN(relayed.ms) ? ctx : { zone: ctx.zone, receivedAt: relayed.ms };
  const bodies = state?.bodies ?? state;
  const inner = depth < MAX_RELAYS && mayBeRelayed(relayed.body) ? takeRelayed(relayed.body, at) : undefined;
  const relayedRelay = inner !== undefined;
  const line =
    inner === undefined
      ? bare.parse(relayed.body, plan, at, bodies)
      : readRelayed(relayed.body, inner, at, plan, bodies, depth + 1, bare);
  // The syslog reading keeps a body of no header of its own, or whose time the relay's overrides
  // (r105, review83, r74's and `second-fraction.ts`' rules for a stamp after a syslog header).
  if (
    !readsHeader(line, relayedRelay) ||
    !addsToRelay(line, relayed, relayedRelay, bare) ||
    line.message === ''
  )
    return bare.parse(raw, plan, ctx, state);
  if (line.timestamp !== undefined && relayed.timeText !== undefined) {
    // The relay's stamp, which the program's own finer time replaced, stays the line's (r105).
    const kept = line.fields.header_columns;
    line.fields.header_columns =
      kept === undefined || kept === '' ? relayed.timeText : `${relayed.timeText} ${String(kept)}`;
  }
  return addRelay(line, relayed, relayedRelay);
}

/**
 * True when a relayed body's reading found the program's own header: a relayed relay's line, a time
 * of its own, or a level read by a format or a learned structure. A body with none, or with only a
 * level the header finder guessed after a word (`generic`: `sent ERROR <code: 1>`, `authentication
 * error: …`), is a daemon's text (sshd's, the kernel's, `conn=1042 op=0 … text=`), which the syslog
 * reading, tuned on such text over many rounds, reads.
 */
function readsHeader(line: ParsedLine, relayedRelay: boolean): boolean {
  if (relayedRelay) return true;
  if (line.parseFailed || SYSLOG_READS.has(line.format)) return false;
  return line.timestamp !== undefined || line.level !== undefined;
}

/**
 * A body's formats the syslog reading reads after a tag by rules of its own: a JSON record's
 * `payload.` keys and its time against the header's, r50's logfmt record, and a body that reads as
 * a syslog line of no relay's strict shape (r105's `Nov 28 09:03:11.402 backup ERROR in volume`,
 * prose; another day's date): it keeps those lines.
 */
const SYSLOG_READS: ReadonlySet<string> = new Set(['generic', 'json', 'logfmt', 'syslog3164', 'syslog5424']);

/**
 * True when a relayed body's reading adds to the relay's: a relayed relay's line, a structure its
 * source's bodies proved (`learned`), a level, or a finer time of the relay's second, not quoted (`job "2026-11-30 10:02:11.482" done`). A stamp restating the relay's second
 * and nothing more is the syslog reading's to cut or keep (`second-fraction.ts`' restated stamp,
 * learned per source: a line alone keeps it).
 */
function addsToRelay<P, S extends RelayedState<S>>(
  line: ParsedLine,
  relayed: Relayed,
  relayedRelay: boolean,
  bare: BarePath<P, S>,
): boolean {
  if (!keepsBodyTime(line, relayed)) return false;
  if (relayedRelay) return true;
  const own = line.timestamp;
  if (own !== undefined) {
    const at = relayed.body.indexOf(line.timestampText ?? '');
    const before = at > 0 ? relayed.body.charCodeAt(at - 1) : 0;
    if (before === 34 || before === 39) return false;
  }
  if (line.format === 'learned' || (own !== undefined && own !== relayed.ms)) return true;
  // A format of the program's own, read whole (LPRng's trailer, Gwenhywfar's header): also at the relay's instant.
  return line.level !== undefined || bare.ownsStructure(line.format);
}

/**
 * True when a relayed line keeps its body's time: where the body names none other than the relay's
 * second, finer (`Nov 28 09:03:11` and `09:03:11.402`), or the relay names none. Otherwise the
 * relay's, as the syslog reading kept it (r105, review83): its own fraction (RFC 5424's `.250`), or
 * another second, which a program's buffered, elapsed or zoned clock writes (klog's `W0304
 * 11:20:29.981` under `11:20:31`, cage's `00:00:00.041`, a time in the text).
 */
function keepsBodyTime(line: ParsedLine, relayed: Relayed): boolean {
  const own = line.timestamp;
  if (own === undefined || Number.isNaN(relayed.ms) || own === relayed.ms) return true;
  if (isEpochText(line.timestampText)) return false;
  return relayed.ms % 1000 === 0 && own > relayed.ms && own < relayed.ms + 1000;
}

/**
 * A time written as a count of seconds or milliseconds (`1796032800.1234`, an id's
 * `1795996694271-…`): under a relay's clock it is a counter or an id as often as the event's time
 * (NetworkManager's monotonic-looking stamp, r2cloud's observation id), and the relay's second stays.
 */
function isEpochText(text: string | undefined): boolean {
  if (text === undefined || text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

/**
 * What the bodies of the relayed lines among `lines` (at `depth`) teach; undefined unless half the
 * sample's lines or more are relayed bodies that may hold a header (`mayHoldHeader`): a few
 * agree on nothing a structure needs, and a state learned from a few goes stale and is learned again
 * record after record (the ingest's cost); their lines are read with the whole lines' state.
 */
export function learnBodies<P, S extends RelayedState<S>>(
  lines: readonly string[],
  plan: P,
  at: TimeContext,
  depth: number,
  bare: BarePath<P, S>,
): S | undefined {
  if (depth > MAX_RELAYS) return undefined;
  const bodies: string[] = [];
  let headed = 0;
  for (const line of lines) {
    const relayed = mayBeRelayed(line) ? takeRelayed(line, at) : undefined;
    if (relayed === undefined) continue;
    // All the relayed bodies are learned: the few that open with a level word alone would teach a
    // level column every body opens with (renderd's `config renderd: …` among its `DEBUG: …`).
    bodies.push(relayed.body);
    if (mayHoldHeader(relayed.body)) headed++;
  }
  return headed === 0 || headed * 2 < lines.length ? undefined : bare.learn(bodies, plan, at, depth + 1);
}
