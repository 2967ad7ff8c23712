/**
 * A flat OpenTelemetry log record as one JSON line: the log data model's `body`, `severity_text` and
 * `severity_number` (`severityText`, `severityNumber` in OTLP/JSON), as Python's `ConsoleLogExporter`
 * writes `LogRecord.to_json()` and an OTLP/JSON `logRecord` reads alone. Only a record holding `body`
 * and a severity key is one: elsewhere `body` is a request's or a message's payload. A whole OTLP
 * document (`resourceLogs` → `scopeLogs` → `logRecords`) on one line is not split here (the agent's
 * OTLP input splits one); it is read as one event of fields.
 */
import { isJsonObject, type JsonObject } from '../json-object.ts';
import { normaliseLevel, otelSeverityLevel } from '../levels.ts';
import { unixNanoMs } from '../timestamps.ts';
import type { ParsedLine } from '../types.ts';

type Obj = JsonObject;

const TEXT_KEYS = ['severity_text', 'severityText'] as const;
const NUMBER_KEYS = ['severity_number', 'severityNumber'] as const;

function firstKey(obj: Obj, keys: readonly string[]): string | undefined {
  return keys.find((key) => Object.hasOwn(obj, key));
}

/** The text of OTel's `body`: a string, or OTLP/JSON's `{"stringValue": …}`; undefined otherwise. */
function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (isJsonObject(body)) {
    const text = body.stringValue;
    if (typeof text === 'string') return text;
  }
  return undefined;
}

const TIME_KEYS = ['timeUnixNano', 'observedTimeUnixNano'] as const;

/** OTLP's time, else its observed time, into `line` when it has none; the key read leaves `line.fields`. */
function takeUnixNanoTime(obj: Obj, line: ParsedLine): void {
  for (const key of TIME_KEYS) {
    const ms = unixNanoMs(obj[key]);
    if (ms === undefined) continue;
    line.timestamp = ms;
    line.timestampText = String(obj[key]);
    delete line.fields[key];
    return;
  }
}

/** True when `obj` is a flat OTel record: a `body` beside a severity text or number. */
export function isOtelRecord(obj: Obj): boolean {
  return (
    Object.hasOwn(obj, 'body') &&
    (firstKey(obj, TEXT_KEYS) !== undefined || firstKey(obj, NUMBER_KEYS) !== undefined)
  );
}

/**
 * Reads `obj`'s level (its severity text, else its number on OTel's scale), with no time key read
 * its OTLP time (`timeUnixNano`, else `observedTimeUnixNano`), and with no message key read
 * (`withMessage` false) its body as the message into `line`, when `obj` is an OTel record and `line`
 * has no level yet. The severity text and body keys read leave `line.fields`; a severity number
 * stays there, as it tells apart steps that share a level (WARN2 from WARN).
 */
export function takeOtelRecord(obj: Obj, line: ParsedLine, withMessage: boolean): void {
  if (!isOtelRecord(obj)) return;
  const textKey = firstKey(obj, TEXT_KEYS);
  const numberKey = firstKey(obj, NUMBER_KEYS);
  const byText = textKey === undefined ? undefined : normaliseLevel(obj[textKey]);
  const level = byText ?? (numberKey === undefined ? undefined : otelSeverityLevel(obj[numberKey]));
  if (level !== undefined) {
    line.level = level;
    if (byText !== undefined) delete line.fields[textKey as string];
  }
  if (line.timestamp === undefined && line.timestampText === undefined) takeUnixNanoTime(obj, line);
  const body = withMessage ? undefined : bodyText(obj.body);
  if (body !== undefined) {
    line.message = body;
    delete line.fields.body;
  }
}
