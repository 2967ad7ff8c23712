/** A JSON object as `JSON.parse` gives it: keys to values of any JSON type. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `obj[key] = v` that keeps a `__proto__` key (which `JSON.parse` gives an object as its own) as a
 * field: assigned, it would set `obj`'s prototype, losing the value and lending its keys to `obj`.
 */
export function putField(obj: JsonObject, key: string, v: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  else obj[key] = v;
}
