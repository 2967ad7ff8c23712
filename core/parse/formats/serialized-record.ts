/**
 * loguru's serialized record, its one JSON output (`logger.add(sink, serialize=True)`; loguru 0.7.3's
 * `_handler.py`, `_serialize_record`): the formatted `text` beside the whole `record`, its time and
 * level nested in it, `{"text": "…\n", "record": {"elapsed": …, "level": {"icon": …, "name": "INFO",
 * "no": 20}, …, "message": "…", …, "time": {"repr": "2026-11-30 15:10:02.418220+00:00", "timestamp":
 * 1796051402.41822}}}`. Only that key set is one: `text` and `record` alone at the top, the record
 * holding `time.repr`, `level.name` with `level.no`, and `message`.
 */
import { isJsonObject, type JsonObject } from '../json-object.ts';
import { normaliseLevel, pythonLevelNumber } from '../levels.ts';

type Obj = JsonObject;

/**
 * The level a record's `name` spells, else its `no` on loguru's scale, Python's own (10 DEBUG to 50
 * CRITICAL) with loguru's levels between (`SUCCESS` 25) and custom ones read as the level below them.
 */
function recordLevel(name: string, no: number): string {
  if (normaliseLevel(name) !== undefined) return name;
  if (no < 10) return no >= 0 ? 'TRACE' : name;
  return pythonLevelNumber(Math.min(50, Math.floor(no / 10) * 10)) ?? name;
}

/**
 * `obj` as a flat record the JSON reader's keys read, when it is loguru's serialized record: `time`
 * (`record.time.repr`, or its epoch `timestamp` where no `repr` is text), `level`, `message`
 * (`record.message`: what the user logged, without the sink's format), the record's other keys kept
 * under `record`, and `text` only where it says more than the message. Else undefined.
 */
export function unwrapSerializedRecord(obj: Obj): Obj | undefined {
  const record = obj.record;
  if (!isJsonObject(record) || typeof obj.text !== 'string' || Object.keys(obj).length !== 2)
    return undefined;
  const { time, level, message, ...rest } = record;
  if (!isJsonObject(time) || !isJsonObject(level) || typeof message !== 'string') return undefined;
  if (typeof level.name !== 'string' || typeof level.no !== 'number') return undefined;
  const at = typeof time.repr === 'string' ? time.repr : time.timestamp;
  if (typeof at !== 'string' && typeof at !== 'number') return undefined;
  const flat: Obj = { time: at, level: recordLevel(level.name, level.no), message, record: rest };
  if (obj.text.trimEnd() !== message) flat.text = obj.text;
  return flat;
}
