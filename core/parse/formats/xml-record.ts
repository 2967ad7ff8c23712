/**
 * A log record written as one XML element on one line: log4j 1.x's `XMLLayout` schema as log4net's
 * `XmlLayoutSchemaLog4j` and NLog's `Log4JXmlEventLayout` write it (`<log4j:event logger="…"
 * timestamp="1796000000123" level="INFO" thread="7"><log4j:message>text</log4j:message>…</log4j:event>`,
 * the timestamp epoch milliseconds), log4net's own `XmlLayout` (`<log4net:event timestamp="…+01:00">`),
 * ArcGIS Server's `<Msg time="…" type="WARNING" …>text</Msg>`, FoundationDB's trace events
 * (`<Event Severity="10" Time="1795776000.882538" Type="Net2Starting" … />`), garlic-player's
 * `<event><eventType>…</eventType><eventTime>…</eventTime>…</event>` and a Windows event rendered as XML.
 * Recognised by its shape: `<name`, then attributes in quotes, ending the line with `/>` or `</name>`.
 * The roles come from the names JSON records use (`roles.ts`), on attributes and on child elements.
 */
import { isDigits } from '../calendar.ts';
import type { JsonObject } from '../json-object.ts';
import { putField } from '../json-object.ts';
import { type Level, normaliseLevel } from '../levels.ts';
import { clip, newLine } from '../line.ts';
import { parseAnyTimestamp } from '../timestamp-shapes.ts';
import { parseTimestampText, type TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { ROLE_KEYS, type Role, roleOf } from './roles.ts';

/** An element as read: its name as written, its local name (the prefix dropped), attributes, children, text. */
interface XmlElement {
  readonly qname: string;
  readonly name: string;
  readonly attributes: Array<[name: string, value: string]>;
  readonly children: XmlElement[];
  text: string;
  selfClosed: boolean;
}

/** Deepest child element read (the record is 0); deeper markup is the record's text, as written. */
const MAX_DEPTH = 8;
/** Most elements one line is read into; past them the rest of the record is its text. */
const MAX_ELEMENTS = 512;
/** Elements below the record looked at for its time, level and message (a Windows event's `System/TimeCreated`). */
const ROLE_DEPTH = 2;

// The line being read and the reader's place in it (one line at a time, as `json.ts` keeps its roles).
let src = '';
let pos = 0;
let budget = 0;

/** XML's name characters (`:` and non-ASCII among them), not a logger's name's (`header-fields.ts`). */
function isXmlNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
}

function isXmlNameChar(c: number): boolean {
  return isXmlNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58;
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function nameEnd(i: number, limit: number): number {
  while (i < limit && isXmlNameChar(src.charCodeAt(i))) i++;
  return i;
}

function skipSpace(limit: number): void {
  while (pos < limit && isXmlSpace(src.charCodeAt(pos))) pos++;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and character references decoded; one naming no character stays as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named: string | undefined, decimal?: string, hex?: string) => {
    if (named !== undefined) return NAMED_ENTITIES[named] as string;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    const isCharacter = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return isCharacter ? String.fromCodePoint(code) : whole;
  });
}

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/** Text as written with its entities decoded and its CDATA sections unwrapped; other markup kept. */
function decodeText(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(CDATA_OPEN); at >= 0; at = text.indexOf(CDATA_OPEN, from)) {
    const close = text.indexOf(CDATA_CLOSE, at + CDATA_OPEN.length);
    if (close < 0) break;
    out += decodeEntities(text.slice(from, at)) + text.slice(at + CDATA_OPEN.length, close);
    from = close + CDATA_CLOSE.length;
  }
  return out + decodeEntities(text.slice(from));
}

/** The start tag at `pos` (on its `<`), its attributes quoted; undefined when it is no such tag before `limit`. */
function readStartTag(limit: number): XmlElement | undefined {
  const nameStart = pos + 1;
  if (!isXmlNameStart(src.charCodeAt(nameStart))) return undefined;
  const end = nameEnd(nameStart, limit);
  const qname = src.slice(nameStart, end);
  const element: XmlElement = {
    qname,
    name: localName(qname),
    attributes: [],
    children: [],
    text: '',
    selfClosed: false,
  };
  pos = end;
  for (;;) {
    const before = pos;
    skipSpace(limit);
    if (pos >= limit) return undefined;
    const c = src.charCodeAt(pos);
    if (c === 62) {
      pos++;
      return element;
    }
    if (c === 47) {
      if (pos + 1 >= limit || src.charCodeAt(pos + 1) !== 62) return undefined;
      pos += 2;
      element.selfClosed = true;
      return element;
    }
    if (pos === before || !isXmlNameStart(c)) return undefined;
    const attributeEnd = nameEnd(pos, limit);
    const name = src.slice(pos, attributeEnd);
    pos = attributeEnd;
    skipSpace(limit);
    if (src.charCodeAt(pos) !== 61) return undefined;
    pos++;
    skipSpace(limit);
    const quote = src.charCodeAt(pos);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = src.indexOf(quote === 34 ? '"' : "'", pos + 1);
    if (close < 0 || close >= limit) return undefined;
    const value = src.slice(pos + 1, close);
    // XML allows no `<` in an attribute's value: an HTML fragment's, perhaps, not a record's.
    if (value.includes('<')) return undefined;
    element.attributes.push([name, decodeEntities(value)]);
    pos = close + 1;
  }
}

/**
 * The element at `pos`, well formed and closed before `limit`, its text its text runs and CDATA
 * together; undefined when it is not, nests deeper than `MAX_DEPTH` or the line holds more than
 * `MAX_ELEMENTS`. Each character is looked at once: a failure is not read again.
 */
function readElement(depth: number, limit: number): XmlElement | undefined {
  if (depth > MAX_DEPTH || --budget < 0) return undefined;
  const element = readStartTag(limit);
  if (element === undefined || element.selfClosed) return element;
  let text = '';
  while (pos < limit) {
    const lt = src.indexOf('<', pos);
    if (lt < 0 || lt >= limit) return undefined;
    if (lt > pos) text += decodeEntities(src.slice(pos, lt));
    pos = lt;
    if (src.charCodeAt(pos + 1) === 47) {
      const end = nameEnd(pos + 2, limit);
      if (src.slice(pos + 2, end) !== element.qname) return undefined;
      pos = end;
      skipSpace(limit);
      if (src.charCodeAt(pos) !== 62 || pos >= limit) return undefined;
      pos++;
      element.text = text;
      return element;
    }
    if (src.startsWith(CDATA_OPEN, pos)) {
      const close = src.indexOf(CDATA_CLOSE, pos + CDATA_OPEN.length);
      if (close < 0 || close + CDATA_CLOSE.length > limit) return undefined;
      text += src.slice(pos + CDATA_OPEN.length, close);
      pos = close + CDATA_CLOSE.length;
      continue;
    }
    const child = readElement(depth + 1, limit);
    if (child === undefined) return undefined;
    element.children.push(child);
  }
  return undefined;
}

/**
 * The line as one element: its start tag, the child elements that open its content, and from the
 * first text on (or the first child that is not well formed) the rest of the content as its own
 * text, markup kept as written (garlic-player writes its Qt-quoted metadata unescaped there).
 * Undefined when the line is not `<name …/>` or `<name …>…</name>`.
 */
function readRecord(raw: string): XmlElement | undefined {
  if (raw.charCodeAt(0) !== 60 || !isXmlNameStart(raw.charCodeAt(1))) return undefined;
  let end = raw.length;
  while (end > 0 && isXmlSpace(raw.charCodeAt(end - 1))) end--;
  if (raw.charCodeAt(end - 1) !== 62) return undefined;
  src = raw;
  pos = 0;
  budget = MAX_ELEMENTS;
  const root = readStartTag(end);
  if (root === undefined) return undefined;
  if (root.selfClosed) return pos === end ? root : undefined;
  let close = end - 2;
  while (close > pos && isXmlSpace(raw.charCodeAt(close))) close--;
  const closeTag = `</${root.qname}`;
  const contentEnd = close + 1 - closeTag.length;
  if (contentEnd < pos || !raw.startsWith(closeTag, contentEnd)) return undefined;
  while (pos < contentEnd) {
    skipSpace(contentEnd);
    if (pos >= contentEnd) break;
    const at = pos;
    if (raw.charCodeAt(pos) === 60 && isXmlNameStart(raw.charCodeAt(pos + 1))) {
      const child = readElement(1, contentEnd);
      if (child !== undefined) {
        root.children.push(child);
        continue;
      }
      pos = at;
    }
    const text = raw.slice(at, contentEnd);
    // Two records on one line (`<a>x</a><a>y</a>`) are not one.
    if (text.includes(`${closeTag}>`)) return undefined;
    root.text = decodeText(text).trimEnd();
    break;
  }
  return root;
}

/** FoundationDB's `Severity` (flow/Trace.h: SevVerbose 0, SevDebug 5, SevInfo 10, SevWarn 20, SevWarnAlways 30, SevError 40). */
const FOUNDATIONDB_SEVERITY: ReadonlyMap<string, Level> = new Map([
  ['0', 'TRACE'],
  ['5', 'DEBUG'],
  ['10', 'INFO'],
  ['20', 'WARN'],
  ['30', 'WARN'],
  ['40', 'ERROR'],
]);

/** A Windows event's `System/Level` (the event schema's, .NET's `EventLevel`: 1 Critical, 2 Error, 3 Warning, 4 Informational, 5 Verbose). */
const WINDOWS_EVENT_LEVEL: ReadonlyMap<string, Level> = new Map([
  ['1', 'FATAL'],
  ['2', 'ERROR'],
  ['3', 'WARN'],
  ['4', 'INFO'],
  ['5', 'TRACE'],
]);

/** True when `root` is a FoundationDB trace event: `<Event Severity= Time= Type= … Machine= />`. */
function isFoundationDbEvent(root: XmlElement): boolean {
  if (root.qname !== 'Event' || !root.selfClosed) return false;
  const names = new Set(root.attributes.map(([name]) => name));
  return names.has('Severity') && names.has('Time') && names.has('Type') && names.has('Machine');
}

/** Names whose value is a level only when it spells one (ArcGIS's `type`, garlic-player's `eventType`). */
const LEVEL_WORD_NAMES: ReadonlySet<string> = new Set(['type', 'eventtype', 'priority']);
/** Shortest word a `LEVEL_WORD_NAMES` value is a level as: a record's `type="E"` may be any kind. */
const MIN_TYPE_WORD = 3;
/** A Windows event's time: `<TimeCreated SystemTime='…'/>`, behind every time name of `roles.ts`. */
const SYSTEM_TIME = 'systemtime';

/** One name and value of the record, where it stands, for the role its name gives it. */
interface Candidate {
  readonly role: Role;
  /** Lower wins: elements nearer the record first, then the role's rank in `ROLE_KEYS`. */
  readonly order: number;
  /** The name's rank in its role's `ROLE_KEYS` list; past its end for the names this reader adds. */
  readonly rank: number;
  readonly value: string;
  /** The element holding the attribute, or the element itself (`attribute` undefined). */
  readonly element: XmlElement;
  readonly attribute: string | undefined;
  /** The element holding `element`, for a Windows event's `System/Level`. */
  readonly parent: XmlElement | undefined;
}

/** Candidates one level deeper rank behind every name of the level above (`ROLE_KEYS`' lists are shorter). */
const ROLE_SPAN = 100;

/** Roles read only from the record's own attributes and its children: a logger, service or host deeper is another's. */
const NEAR_ROLES: ReadonlySet<Role> = new Set(['logger', 'service', 'host']);

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The role a name gives its value, with its rank; undefined when none. */
function roleOfName(name: string): { role: Role; rank: number } | undefined {
  const rr = roleOf(name);
  if (rr !== undefined) return rr;
  const lower = name.toLowerCase();
  if (lower === SYSTEM_TIME) return { role: 'timestamp', rank: ROLE_KEYS.timestamp.length };
  if (LEVEL_WORD_NAMES.has(lower)) return { role: 'level', rank: ROLE_KEYS.level.length };
  return undefined;
}

/** Every attribute and text-only child element to `ROLE_DEPTH` whose name gives it a role, best first per role. */
function candidatesOf(root: XmlElement): Candidate[] {
  const found: Candidate[] = [];
  const visit = (element: XmlElement, parent: XmlElement | undefined, depth: number): void => {
    const offer = (name: string, value: string, attribute: string | undefined, nearDepth: number): void => {
      const rr = roleOfName(name);
      if (rr === undefined || (depth !== nearDepth && NEAR_ROLES.has(rr.role))) return;
      const order = depth * ROLE_SPAN + rr.rank;
      found.push({ role: rr.role, rank: rr.rank, order, value, element, attribute, parent });
    };
    for (const [name, value] of element.attributes) offer(localName(name), value, name, 0);
    if (depth > 0 && element.children.length === 0) offer(element.name, element.text, undefined, 1);
    if (depth < ROLE_DEPTH) for (const child of element.children) visit(child, element, depth + 1);
  };
  visit(root, undefined, 0);
  return found.sort((a, b) => a.order - b.order);
}

/**
 * The level a candidate gives: a word of the level words; a number only on its product's scale
 * (FoundationDB's `Severity`, a Windows event's `System/Level`), any other number none.
 */
function candidateLevel(candidate: Candidate, root: XmlElement, foundationDb: boolean): Level | undefined {
  const value = candidate.value.trim();
  if (!isDigits(value))
    return candidate.rank < ROLE_KEYS.level.length || value.length >= MIN_TYPE_WORD
      ? normaliseLevel(value)
      : undefined;
  if (foundationDb && candidate.element === root && candidate.attribute === 'Severity')
    return FOUNDATIONDB_SEVERITY.get(value);
  if (
    candidate.attribute === undefined &&
    candidate.element.qname === 'Level' &&
    isWindowsSystem(candidate.parent, root)
  )
    return WINDOWS_EVENT_LEVEL.get(value);
  return undefined;
}

/** True when `element` is a Windows event's `System`: the first child of an `<Event>` holding its `Provider`. */
function isWindowsSystem(element: XmlElement | undefined, root: XmlElement): boolean {
  return (
    element !== undefined &&
    element.qname === 'System' &&
    root.name === 'Event' &&
    root.children[0] === element &&
    element.children.some((child) => child.qname === 'Provider')
  );
}

function readTime(value: string, ctx: TimeContext): number {
  const read = parseTimestampText(value, ctx);
  return Number.isNaN(read) ? parseAnyTimestamp(value, ctx) : read;
}

/** What a record's roles took: whole elements, and attributes by element. */
interface Taken {
  readonly elements: Set<XmlElement>;
  readonly attributes: Map<XmlElement, Set<string>>;
}

function take(taken: Taken, { element, attribute }: Pick<Candidate, 'element' | 'attribute'>): void {
  if (attribute === undefined) {
    taken.elements.add(element);
    return;
  }
  const names = taken.attributes.get(element) ?? new Set<string>();
  names.add(attribute);
  taken.attributes.set(element, names);
}

/** A name-value pair an element stands for: log4j's `<log4j:data name= value=/>`, a Windows event's `<Data Name=>value</Data>`. */
function namedValue(element: XmlElement): [string, string] | undefined {
  if (element.children.length > 0) return undefined;
  let name: string | undefined;
  let value: string | undefined;
  for (const [attribute, v] of element.attributes) {
    const lower = attribute.toLowerCase();
    if (lower === 'name') name = v;
    else if (lower === 'value') value = v;
    // The name and value's attributes alone: `<Provider Name= Guid=/>` is an object of its own.
    else return undefined;
  }
  if (name === undefined || (value === undefined && element.text === '')) return undefined;
  return [name, value ?? element.text];
}

/**
 * An element as a field's value, as JSON keeps an object: its text alone when it has no attributes
 * and no children; else its attributes, its children by local name (a name written twice, a list;
 * a named value under its name), and its text under `text`. What the roles took is left out.
 */
function fieldValue(element: XmlElement, taken: Taken): unknown {
  if (element.attributes.length === 0 && element.children.length === 0) return element.text;
  const out = attributesAndChildren(element, taken);
  keepText(out, element);
  return out;
}

/** An element's own text under `text`, where no attribute or child has that name. */
function keepText(out: JsonObject, element: XmlElement): void {
  if (element.text !== '' && !Object.hasOwn(out, 'text')) out.text = element.text;
}

/** An element's attributes and children as `fieldValue` keeps them, without its text. */
function attributesAndChildren(element: XmlElement, taken: Taken): JsonObject {
  const out: JsonObject = {};
  const takenNames = taken.attributes.get(element);
  for (const [name, value] of element.attributes)
    if (!takenNames?.has(name) && !isNamespaceDeclaration(name)) putField(out, name, value);
  // Keys a name written twice made a list of (an attribute's value may be no list of ours).
  const repeated = new Set<string>();
  for (const child of element.children) {
    if (taken.elements.has(child)) continue;
    const named = namedValue(child);
    const [key, value] = named ?? [child.name, fieldValue(child, taken)];
    // An element whose attributes the roles took (`<TimeCreated SystemTime=…/>`) leaves nothing.
    if (isEmptyObject(value) && taken.attributes.has(child)) continue;
    if (!Object.hasOwn(out, key)) putField(out, key, value);
    else if (repeated.has(key)) (out[key] as unknown[]).push(value);
    else {
      putField(out, key, [out[key], value]);
      repeated.add(key);
    }
  }
  return out;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function isNamespaceDeclaration(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:');
}

/**
 * A log record written as one XML element (see the module's comment); undefined when the line is no
 * such element, or one naming neither a time nor a level it could read (an HTML fragment, `<b>x</b>`).
 * The time: an attribute or text-only child whose name says so (`roles.ts`'s time keys, a Windows
 * event's `SystemTime`), the record's own before its children's; the level: a level name's word,
 * `type`/`eventType`/`priority` only when they spell a level, a number only on its product's scale;
 * the message: a message name's that holds text (`message`, `msg`, `text`; `log4j:message`), else the
 * record's own text, else FoundationDB's event `Type`. The rest in `fields`, children as JSON objects,
 * the record's own text under `text` where a name gave the message: no text of the line is dropped.
 */
export function parseXmlRecord(raw: string, ctx: TimeContext): ParsedLine | undefined {
  const root = readRecord(raw);
  src = '';
  if (root === undefined) return undefined;
  const foundationDb = isFoundationDbEvent(root);
  const taken: Taken = { elements: new Set(), attributes: new Map() };
  let time: Candidate | undefined;
  let timeMs = Number.NaN;
  let level: Level | undefined;
  let message: Candidate | undefined;
  // A message name holding no text (`msg=""`) yields to the record's own text.
  let blankMessage: Candidate | undefined;
  const near: Partial<Record<Role, Candidate>> = {};
  for (const candidate of candidatesOf(root)) {
    if (candidate.role === 'timestamp') {
      if (!Number.isNaN(timeMs)) continue;
      const ms = readTime(candidate.value, ctx);
      if (time === undefined || !Number.isNaN(ms)) {
        time = candidate;
        timeMs = ms;
      }
    } else if (candidate.role === 'level') {
      if (level !== undefined) continue;
      level = candidateLevel(candidate, root, foundationDb);
      if (level !== undefined) take(taken, candidate);
    } else if (candidate.role === 'message') {
      if (candidate.value.trim() === '') blankMessage ??= candidate;
      else message ??= candidate;
    } else near[candidate.role] ??= candidate;
  }
  if (Number.isNaN(timeMs) && level === undefined) return undefined;
  const line = newLine('xml', '');
  if (time !== undefined) {
    take(taken, time);
    line.timestampText = time.value;
    if (Number.isNaN(timeMs)) line.parseError = `unparseable timestamp: ${clip(time.value)}`;
    else line.timestamp = timeMs;
  }
  line.level = level;
  if (message !== undefined) {
    take(taken, message);
    line.message = message.value;
  } else if (root.text !== '') line.message = root.text;
  else if (foundationDb) {
    const type = root.attributes.find(([name]) => name === 'Type') as [string, string];
    take(taken, { element: root, attribute: 'Type' });
    line.message = type[1];
  } else if (blankMessage !== undefined) take(taken, blankMessage);
  for (const role of ['logger', 'service', 'host'] as const) {
    const candidate = near[role];
    if (candidate === undefined || candidate.value === '') continue;
    take(taken, candidate);
    line[role] = candidate.value;
  }
  line.fields = attributesAndChildren(root, taken);
  if (message !== undefined) keepText(line.fields, root);
  return line;
}
