import { createRequire } from 'node:module';
import type * as Protobuf from 'protobufjs/light.js';
import { otelSeverityLevel } from '#core/parse/levels.ts';
import { unixNanoMs } from '#core/parse/timestamps.ts';

/**
 * OpenTelemetry logs over OTLP/HTTP (`POST /v1/logs`, protobuf or JSON), turned into one JSON log
 * line per log record, which the ingest side parses like any JSON line:
 * - `time` from timeUnixNano (else observedTimeUnixNano), `level` from severityText (else the
 *   severity number's name), `message` from the body (a structured body as JSON);
 * - `service` from the resource's `service.name`; the other resource attributes under `resource`;
 * - `trace_id` and `span_id` in hex;
 * - the record's attributes as fields of their own, except those whose names the ingest side reads
 *   as the event's time, level, message, service or host, which stay under `attributes`.
 */

/** The OTLP logs messages Logward reads (opentelemetry-proto, collector/logs/v1 and logs/v1). */
const OTLP_LOGS: Protobuf.INamespace = {
  nested: {
    otlp: {
      nested: {
        ExportLogsServiceRequest: {
          fields: { resourceLogs: { rule: 'repeated', type: 'ResourceLogs', id: 1 } },
        },
        ResourceLogs: {
          fields: {
            resource: { type: 'Resource', id: 1 },
            scopeLogs: { rule: 'repeated', type: 'ScopeLogs', id: 2 },
          },
        },
        Resource: { fields: { attributes: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
        ScopeLogs: {
          fields: {
            scope: { type: 'InstrumentationScope', id: 1 },
            logRecords: { rule: 'repeated', type: 'LogRecord', id: 2 },
          },
        },
        InstrumentationScope: {
          fields: { name: { type: 'string', id: 1 }, version: { type: 'string', id: 2 } },
        },
        LogRecord: {
          fields: {
            timeUnixNano: { type: 'fixed64', id: 1 },
            severityNumber: { type: 'int32', id: 2 },
            severityText: { type: 'string', id: 3 },
            body: { type: 'AnyValue', id: 5 },
            attributes: { rule: 'repeated', type: 'KeyValue', id: 6 },
            flags: { type: 'fixed32', id: 8 },
            traceId: { type: 'bytes', id: 9 },
            spanId: { type: 'bytes', id: 10 },
            observedTimeUnixNano: { type: 'fixed64', id: 11 },
            eventName: { type: 'string', id: 12 },
          },
        },
        KeyValue: { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } },
        AnyValue: {
          oneofs: {
            value: {
              oneof: [
                'stringValue',
                'boolValue',
                'intValue',
                'doubleValue',
                'arrayValue',
                'kvlistValue',
                'bytesValue',
              ],
            },
          },
          fields: {
            stringValue: { type: 'string', id: 1 },
            boolValue: { type: 'bool', id: 2 },
            intValue: { type: 'int64', id: 3 },
            doubleValue: { type: 'double', id: 4 },
            arrayValue: { type: 'ArrayValue', id: 5 },
            kvlistValue: { type: 'KeyValueList', id: 6 },
            bytesValue: { type: 'bytes', id: 7 },
          },
        },
        ArrayValue: { fields: { values: { rule: 'repeated', type: 'AnyValue', id: 1 } } },
        KeyValueList: { fields: { values: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
      },
    },
  },
};

/**
 * protobufjs and its types for OTLP_LOGS, made on the first protobuf request: an agent without the
 * HTTP input never runs them.
 */
let exportRequest: Protobuf.Type | undefined;
function otlpExportRequest(): Protobuf.Type {
  // A literal require(), so that esbuild puts protobufjs into the bundle, initialised on this call.
  exportRequest ??= (
    (typeof require === 'function'
      ? require('protobufjs/light.js')
      : createRequire(import.meta.url)('protobufjs/light.js')) as typeof Protobuf
  ).Root.fromJSON(OTLP_LOGS).lookupType('otlp.ExportLogsServiceRequest');
  return exportRequest;
}

/** An OTLP request, as protobufjs or the OTLP/JSON encoding gives it (camelCase keys). */
interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
  bytesValue?: string;
}
interface KeyValue {
  key?: string;
  value?: AnyValue;
}
interface LogRecord {
  timeUnixNano?: string | number;
  observedTimeUnixNano?: string | number;
  severityNumber?: number | string;
  severityText?: string;
  body?: AnyValue;
  attributes?: KeyValue[];
  traceId?: string;
  spanId?: string;
  eventName?: string;
}
interface ExportLogsRequest {
  resourceLogs?: Array<{
    resource?: { attributes?: KeyValue[] };
    scopeLogs?: Array<{ scope?: { name?: string; version?: string }; logRecords?: LogRecord[] }>;
  }>;
}

/** A request the OTLP input could not read; the HTTP input answers 400 with its message. */
export class OtlpRequestError extends Error {
  override name = 'OtlpRequestError';
}

/**
 * A request whose lines would exceed the output budget (the HTTP input answers 413). Every record
 * carries its resource's attributes, so a small body (one large resource, many empty records)
 * would otherwise expand without bound and exhaust the agent's memory.
 */
export class OtlpTooLargeError extends OtlpRequestError {
  override name = 'OtlpTooLargeError';
}

/** Decodes an OTLP/HTTP protobuf body; trace and span ids become hex, 64-bit numbers strings. */
export function decodeOtlpProtobuf(body: Uint8Array): ExportLogsRequest {
  // Outside the try: a decoder that cannot be loaded is the agent's fault, never the request's (a 400
  // tells an OTLP exporter to drop the batch).
  const request = otlpExportRequest();
  try {
    return request.toObject(request.decode(body), {
      longs: String,
      bytes: String,
      defaults: false,
    }) as ExportLogsRequest;
  } catch (error) {
    throw new OtlpRequestError(`not an OTLP ExportLogsServiceRequest: ${(error as Error).message}`);
  }
}

/** Whether a parsed JSON body is an OTLP/JSON logs request. */
export function isOtlpJson(value: unknown): value is ExportLogsRequest {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'resourceLogs' in value;
}

/** Keys the ingest side reads as the event's own time, level, message, logger, service or host. */
const ROLE_LIKE =
  /^(?:@?timestamp|time|ts|@t|datetime|date|eventTime|level|severity|lvl|loglevel|log_level|levelname|@l|log|msg|message|@m|@mt|text|event|logger|logger_name|loggerName|name|component|service|app|application|service_name|host|hostname|trace_id|span_id|resource|attributes)$/;

/** Bytes arrive base64 from protobufjs (bytes: String); OTLP/JSON sends trace ids in hex already. */
function hexId(value: string | undefined, bytes: number): string | undefined {
  if (!value) return undefined;
  if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(value)) return value.toLowerCase();
  const hex = Buffer.from(value, 'base64').toString('hex');
  return hex.length === bytes * 2 && !/^0+$/.test(hex) ? hex : undefined;
}

/** Deepest nesting of arrays and key-value lists read; deeper is a 400, not a stack overflow (500). */
const MAX_VALUE_DEPTH = 64;

function plain(value: AnyValue | undefined, depth: number): unknown {
  if (value === undefined) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : String(value.intValue);
  }
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue !== undefined || value.kvlistValue !== undefined) {
    if (depth >= MAX_VALUE_DEPTH)
      throw new OtlpRequestError(`a value is nested deeper than ${MAX_VALUE_DEPTH} levels`);
    if (value.arrayValue !== undefined)
      return (value.arrayValue.values ?? []).map((v) => plain(v, depth + 1));
    return attributes(value.kvlistValue?.values, depth + 1);
  }
  if (value.bytesValue !== undefined) return value.bytesValue;
  return null;
}

function attributes(list: KeyValue[] | undefined, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of list ?? []) if (key) out[key] = plain(value, depth);
  return out;
}

function isoTime(nanos: string | number | undefined): string | undefined {
  const ms = unixNanoMs(nanos);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** One JSON line per log record, in the request's order, at most `maxBytes` characters of lines in all. */
export function otlpToLines(request: ExportLogsRequest, maxBytes: number): string[] {
  const lines: string[] = [];
  let total = 0;
  if (!Array.isArray(request.resourceLogs)) throw new OtlpRequestError('resourceLogs: expected an array');
  for (const resourceLogs of request.resourceLogs) {
    const resource = attributes(resourceLogs.resource?.attributes);
    const service = resource['service.name'];
    delete resource['service.name'];
    for (const scopeLogs of resourceLogs.scopeLogs ?? []) {
      for (const record of scopeLogs.logRecords ?? []) {
        const body = plain(record.body, 0);
        const recordAttributes = attributes(record.attributes);
        const own: Record<string, unknown> = {};
        const kept: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(recordAttributes))
          (ROLE_LIKE.test(key) ? kept : own)[key] = value;
        const line = {
          time: isoTime(record.timeUnixNano) ?? isoTime(record.observedTimeUnixNano),
          level: record.severityText || otelSeverityLevel(record.severityNumber),
          message: typeof body === 'string' ? body : JSON.stringify(body),
          service: typeof service === 'string' ? service : undefined,
          trace_id: hexId(record.traceId, 16),
          span_id: hexId(record.spanId, 8),
          event_name: record.eventName || undefined,
          scope: scopeLogs.scope?.name || undefined,
          ...own,
          ...(Object.keys(kept).length > 0 ? { attributes: kept } : {}),
          ...(Object.keys(resource).length > 0 ? { resource } : {}),
        };
        const text = JSON.stringify(line);
        total += text.length;
        if (total > maxBytes)
          throw new OtlpTooLargeError(
            `the request's log records come to more than ${maxBytes} bytes as lines`,
          );
        lines.push(text);
      }
    }
  }
  return lines;
}
