import { normaliseLevel } from '../levels.ts';
import { clip, newLine } from '../line.ts';
import { parseTimestampValue, type TimeContext } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';
import { NESTED_ROLES, ROLE_OF, type Role } from './roles.ts';

type Obj = Record<string, unknown>;

function isPlainObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function accepts(role: Role, v: unknown): boolean {
  if (typeof v === 'string') return true;
  return typeof v === 'number' && (role === 'timestamp' || role === 'level');
}

// Best candidate per role for the line being parsed: value, rank, and where it came from.
const value: Record<Role, unknown> = { timestamp: 0, level: 0, message: 0, logger: 0, service: 0, host: 0 };
const rank: Record<Role, number> = { timestamp: 0, level: 0, message: 0, logger: 0, service: 0, host: 0 };
const fromKey: Record<Role, string | undefined> = {
  timestamp: '',
  level: '',
  message: '',
  logger: '',
  service: '',
  host: '',
};
const fromLeaf: Record<Role, string | undefined> = { ...fromKey };

function reset(): void {
  for (const r in fromKey) {
    fromKey[r as Role] = undefined;
    rank[r as Role] = Number.MAX_SAFE_INTEGER;
  }
}

function offer(role: Role, r: number, v: unknown, key: string, leaf: string | undefined): void {
  if (r >= rank[role] || !accepts(role, v)) return;
  rank[role] = r;
  value[role] = v;
  fromKey[role] = key;
  fromLeaf[role] = leaf;
}

/** Whether `key` (with `leaf` inside it, for nested objects) was taken for a role. */
function taken(key: string, leaf: string | undefined): boolean {
  for (const r in fromKey) {
    if (fromKey[r as Role] === key && fromLeaf[r as Role] === leaf) return true;
  }
  return false;
}

/** The rest of a nested object once its role keys are taken; undefined when nothing is left. */
function remainder(key: string, nested: Obj): Obj | undefined {
  let rest: Obj | undefined;
  for (const leaf in nested) {
    if (taken(key, leaf)) continue;
    rest ??= {};
    rest[leaf] = nested[leaf];
  }
  return rest;
}

/**
 * A JSON object line (`{…}`); undefined when the text is not a JSON object. Well-known keys (see
 * `ROLE_KEYS`) fill the event's timestamp, level, message, logger, service and host; the rest are
 * `fields`. Without a message key the message is empty (everything is in `fields`).
 */
export function parseJson(raw: string, ctx: TimeContext): ParsedLine | undefined {
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(obj)) return undefined;
  reset();
  let nestedSeen = false;
  for (const key in obj) {
    const v = obj[key];
    const rr = ROLE_OF.get(key);
    if (rr !== undefined) offer(rr.role, rr.rank, v, key, undefined);
    const leaves = NESTED_ROLES.get(key);
    if (leaves !== undefined && isPlainObject(v)) {
      nestedSeen = true;
      for (const [leaf, nested] of leaves) {
        if (Object.hasOwn(v, leaf)) offer(nested.role, nested.rank, v[leaf], key, leaf);
      }
    }
  }
  const fields: Obj = {};
  for (const key in obj) {
    if (taken(key, undefined)) continue;
    const v = obj[key];
    if (nestedSeen && NESTED_ROLES.has(key) && isPlainObject(v)) {
      const rest = remainder(key, v);
      if (rest !== undefined) fields[key] = rest;
    } else fields[key] = v;
  }
  const line = newLine('json', fromKey.message === undefined ? '' : (value.message as string));
  line.fields = fields;
  if (fromKey.timestamp !== undefined) {
    const text = String(value.timestamp);
    line.timestampText = text;
    const ms = parseTimestampValue(value.timestamp, ctx);
    if (Number.isNaN(ms)) line.parseError = `unparseable timestamp: ${clip(text)}`;
    else line.timestamp = ms;
  }
  if (fromKey.level !== undefined) {
    line.level = normaliseLevel(value.level);
    // An unknown spelling goes back where it was, so nothing is lost.
    if (line.level === undefined)
      fields[fromLeaf.level === undefined ? fromKey.level : 'level'] = value.level;
  }
  if (fromKey.logger !== undefined) line.logger = value.logger as string;
  if (fromKey.service !== undefined) line.service = value.service as string;
  if (fromKey.host !== undefined) line.host = value.host as string;
  return line;
}
