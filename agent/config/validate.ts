/** Small typed readers for untrusted config objects; every failure names the key and what was expected. */

export class AgentConfigError extends Error {
  /** Dotted path of the offending key, e.g. `inputs.files[0].paths`. */
  readonly key: string;

  constructor(key: string, expected: string, received?: unknown, options?: { cause?: unknown }) {
    const got = received === undefined ? '' : `, got ${describe(received)}`;
    super(`${key}: expected ${expected}${got}`, options);
    this.name = 'AgentConfigError';
    this.key = key;
  }
}

export function isAgentConfigError(error: unknown): error is AgentConfigError {
  return error instanceof Error && error.name === 'AgentConfigError';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${shown(value).slice(0, 60)})`;
  if (typeof value === 'object') return `an object (${shown(value).slice(0, 60)})`;
  return `${typeof value} ${shown(value)}`;
}

/** JSON, with format characters escaped too: a right-to-left override must not reorder the message. */
function shown(value: unknown): string {
  return (
    JSON.stringify(value)?.replace(
      /\p{Cf}/gu,
      (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
    ) ?? String(value)
  );
}

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown, key: string): Obj {
  if (!isObj(value)) throw new AgentConfigError(key, 'a mapping', value);
  return value;
}

export function optObj(value: unknown, key: string): Obj | undefined {
  return value === undefined || value === null ? undefined : obj(value, key);
}

/** Rejects keys the agent does not know, so a typo never silently falls back to a default. */
export function onlyKeys(value: Obj, key: string, allowed: readonly string[]): void {
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) {
      const where = key === '' ? k : `${key}.${k}`;
      throw new AgentConfigError(where, `one of the known keys (${allowed.join(', ')})`, k);
    }
  }
}

export function str(value: unknown, key: string): string {
  if (typeof value !== 'string' || value === '') throw new AgentConfigError(key, 'a non-empty string', value);
  return value;
}

export function optStr(value: unknown, key: string): string | undefined {
  return value === undefined || value === null ? undefined : str(value, key);
}

export function bool(value: unknown, key: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new AgentConfigError(key, 'true or false', value);
  return value;
}

export function int(value: unknown, key: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new AgentConfigError(key, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new AgentConfigError(key, `one of ${allowed.join(', ')}`, value);
  }
  return value as T;
}

export function strList(value: unknown, key: string, options: { nonEmpty: boolean }): string[] {
  if (value === undefined || value === null) {
    if (options.nonEmpty) throw new AgentConfigError(key, 'a non-empty list of strings', value);
    return [];
  }
  if (!Array.isArray(value)) throw new AgentConfigError(key, 'a list of strings', value);
  if (options.nonEmpty && value.length === 0)
    throw new AgentConfigError(key, 'a non-empty list of strings', value);
  return value.map((item, i) => str(item, `${key}[${i}]`));
}

export function strMap(value: unknown, key: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  const o = obj(value, key);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new AgentConfigError(`${key}.${k}`, 'a string', v);
    }
    out[k] = String(v);
  }
  return out;
}

export function regex(value: unknown, key: string): RegExp {
  const source = str(value, key);
  try {
    return new RegExp(source);
  } catch (error) {
    throw new AgentConfigError(key, 'a valid regular expression', source, { cause: error });
  }
}

/** `host:port` with a port; used for brokers and loopback listeners. `example` goes into the error. */
export function hostPort(
  value: unknown,
  key: string,
  example = '127.0.0.1:8686',
): { host: string; port: number } {
  const s = str(value, key);
  const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(s);
  const port = m ? Number(m[2]) : -1;
  if (!m || port > 65535) throw new AgentConfigError(key, `host:port (e.g. ${example})`, s);
  return { host: (m[1] ?? '').replace(/^\[|\]$/g, ''), port };
}
