/**
 * Time-zone offsets from the platform's Intl data, cached per zone and UTC hour so the hot path
 * pays one Map lookup. An hour that contains a transition is never cached as a whole.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  /** UTC hour index → offset in ms for that whole hour. */
  readonly hours: Map<number, number>;
}

const zones = new Map<string, ZoneCache | null>();
const MAX_CACHED_HOURS = 20_000;
/** Most zones given a formatter; only names a line's reading proved known, and configured ones, come here. */
const MAX_CACHED_ZONES = 2_000;

const UTC_NAMES = new Set([
  'UTC',
  'Etc/UTC',
  'GMT',
  'Etc/GMT',
  'Z',
  'utc',
  'Universal',
  'Etc/Universal',
  'Zulu',
]);

function zoneCache(zone: string): ZoneCache | null {
  let cache = zones.get(zone);
  if (cache !== undefined) return cache;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    cache = { format, hours: new Map() };
  } catch {
    cache = null;
  }
  if (zones.size >= MAX_CACHED_ZONES) zones.clear();
  zones.set(zone, cache);
  return cache;
}

/** True when `zone` is an IANA zone name (or `UTC`) this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  return UTC_NAMES.has(zone) || zoneCache(zone) !== null;
}

/**
 * The tz database's areas, the first part of its `Area/City` names, backward links' (`US/Eastern`)
 * included: a name read from a line outside them is no zone, without asking the runtime (each
 * question builds a formatter, tens of µs).
 */
const ZONE_AREAS: ReadonlySet<string> = new Set([
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
  'Etc',
  'US',
  'Canada',
  'Mexico',
  'Brazil',
  'Chile',
]);

/**
 * The runtime's own zone names (ICU's canonical ones, `Asia/Calcutta`, `Europe/Kiev`): a name among
 * them is a zone without asking the runtime. Built on first use.
 */
let canonicalNames: ReadonlySet<string> | undefined;

/** Names read from lines that the runtime named a zone (aliases such as `US/Eastern`): real zones only, so few. */
const aliasesRead = new Map<string, string>();

/**
 * Names read from lines that name no zone. Asking costs a formatter each (tens of µs), so at most
 * MAX_UNKNOWN_NAMES are ever asked: past that, a name the runtime lists or an alias already read is
 * still a zone, and any other stays text. Lines that write a new made-up `America/…` each could
 * otherwise make every line ten to twenty times dearer.
 */
const unknownNames = new Set<string>();
const MAX_UNKNOWN_NAMES = 256;

/**
 * The zone a name written in a line names, as the runtime calls it (`Asia/Kolkata` → `Asia/Calcutta`,
 * `US/Eastern` → `America/New_York`), or '' when it names none: an `Area/City` outside the tz
 * database's areas, one the runtime does not know, or a known one in another letter case
 * (`EUROPE/PARIS`: a logger prints the database's spelling, as Java's `ZoneId` requires). A name
 * without a slash (`UTC`, `CET`) is asked as it is. Once MAX_UNKNOWN_NAMES names were found to be
 * none, an alias never read before stays text too (see `unknownNames`).
 */
export function zoneNamedInText(name: string): string {
  if (UTC_NAMES.has(name)) return 'UTC';
  const slash = name.indexOf('/');
  if (slash >= 0 && !ZONE_AREAS.has(name.slice(0, slash))) return '';
  canonicalNames ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalNames.has(name)) return name;
  const alias = aliasesRead.get(name);
  if (alias !== undefined) return alias;
  if (unknownNames.has(name) || unknownNames.size >= MAX_UNKNOWN_NAMES) return '';
  const zone = runtimeZoneName(name);
  if (zone === '') unknownNames.add(name);
  else aliasesRead.set(name, zone);
  return zone;
}

function runtimeZoneName(name: string): string {
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return zone === name || zone.toLowerCase() !== name.toLowerCase() ? zone : '';
  } catch {
    return '';
  }
}

function computeOffset(format: Intl.DateTimeFormat, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of format.formatToParts(whole)) {
    switch (part.type) {
      case 'year':
        y = Number(part.value);
        break;
      case 'month':
        mo = Number(part.value);
        break;
      case 'day':
        d = Number(part.value);
        break;
      case 'hour':
        h = Number(part.value);
        break;
      case 'minute':
        mi = Number(part.value);
        break;
      case 'second':
        s = Number(part.value);
        break;
      case 'era':
        break;
    }
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - whole;
}

/**
 * Offset of `zone` from UTC at `instant`, in ms (east positive: Europe/Paris in summer is +7,200,000).
 * Unknown zones count as UTC.
 */
export function zoneOffset(zone: string, instant: number): number {
  if (UTC_NAMES.has(zone)) return 0;
  const cache = zoneCache(zone);
  if (cache === null) return 0;
  const hour = Math.floor(instant / HOUR);
  const cached = cache.hours.get(hour);
  if (cached !== undefined) return cached;
  const atStart = computeOffset(cache.format, hour * HOUR);
  const atEnd = computeOffset(cache.format, hour * HOUR + HOUR - 1000);
  if (atStart !== atEnd) return computeOffset(cache.format, instant);
  if (cache.hours.size >= MAX_CACHED_HOURS) cache.hours.clear();
  cache.hours.set(hour, atStart);
  return atStart;
}

/**
 * The instant at which the wall clock of `zone` reads `wall` (a wall-clock time encoded as if it
 * were UTC, e.g. `Date.UTC(y, mo, d, h, mi, s, ms)`). Ambiguous times (clocks going back) take the
 * earlier instant; times skipped by a forward jump are read with the offset before the jump, so
 * they land after it — the same choice as Temporal's `disambiguation: 'compatible'`.
 */
export function wallTimeToInstant(zone: string, wall: number): number {
  if (UTC_NAMES.has(zone)) return wall;
  const before = zoneOffset(zone, wall - DAY);
  const after = zoneOffset(zone, wall + DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = zoneOffset(zone, early) === before;
  const lateValid = zoneOffset(zone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early;
}
