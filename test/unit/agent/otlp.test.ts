import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { context, SeverityNumber, TraceFlags, trace } from '@opentelemetry/api';
import { OTLPLogExporter as JsonExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as ProtobufExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import { decodeOtlpProtobuf, OtlpTooLargeError, otlpToLines } from '#agent/inputs/otlp.ts';
import { FakeSender, waitFor } from './fake-sender.ts';

const TOKEN = 'otlp-test-token-0123456789abcdef';
const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const SPAN_ID = 'eee19b7ec3c1b174';

let dir: string;
const running: RunningAgent[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-otlp-'));
  await mkdir(join(dir, 'secrets'));
  await writeFile(join(dir, 'secrets', 'http.token'), `${TOKEN}\n`, { mode: 0o600 });
});

afterEach(async () => {
  for (const agent of running.splice(0)) await agent.stop();
  await rm(dir, { recursive: true, force: true });
});

async function agentWithHttp(sender: FakeSender): Promise<string> {
  const config = parseAgentConfig({
    node_id: 'node-1',
    kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'logs', heartbeats: 'hb' }, linger_ms: 0 },
    inputs: { http: { listen: '127.0.0.1:0', token_file: join(dir, 'secrets', 'http.token') } },
    state_dir: join(dir, 'state'),
    poll_interval_ms: 10,
    heartbeat: { enabled: false },
    status: { listen: '127.0.0.1:0' },
  });
  const agent = await startAgent(config, { sender, log: () => undefined, stopTimeoutMs: 300 });
  running.push(agent);
  return `${agent.status().endpoints.http}/v1/logs`;
}

/** Sends two records through the official OpenTelemetry SDK with the given exporter. */
async function emitWithSdk(exporter: JsonExporter | ProtobufExporter): Promise<void> {
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout', 'deployment.environment': 'prod' }),
    processors: [new SimpleLogRecordProcessor({ exporter })],
  });
  const logger = provider.getLogger('checkout.payments', '1.2.0');
  const inSpan = trace.setSpanContext(context.active(), {
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    traceFlags: TraceFlags.SAMPLED,
  });
  logger.emit({
    severityNumber: SeverityNumber.ERROR,
    severityText: 'ERROR',
    body: 'card declined for order 42',
    attributes: { 'order.id': 42, retry: true, message: 'an attribute named like a role' },
    timestamp: new Date('2026-12-02T06:00:00.123Z'),
    context: inSpan,
  });
  logger.emit({ severityNumber: SeverityNumber.WARN2, body: { reason: 'slow', ms: 1200 } });
  await provider.forceFlush();
  await provider.shutdown();
}

describe('OTLP logs on the HTTP input (the official SDK exporters)', () => {
  for (const [encoding, Exporter] of [
    ['JSON', JsonExporter],
    ['protobuf', ProtobufExporter],
  ] as const) {
    it(`maps OTLP/HTTP ${encoding} records to lines with service, level, time, trace and span ids`, async () => {
      const sender = new FakeSender();
      const url = await agentWithHttp(sender);
      await emitWithSdk(new Exporter({ url, headers: { authorization: `Bearer ${TOKEN}` } }));
      await waitFor(() => sender.lines().length === 2, 10_000, 'two OTLP records shipped');
      const [first, second] = sender.texts().map((text) => JSON.parse(text) as Record<string, unknown>);
      expect(first).toEqual({
        time: '2026-12-02T06:00:00.123Z',
        level: 'ERROR',
        message: 'card declined for order 42',
        service: 'checkout',
        trace_id: TRACE_ID,
        span_id: SPAN_ID,
        scope: 'checkout.payments',
        'order.id': 42,
        retry: true,
        attributes: { message: 'an attribute named like a role' },
        resource: expect.objectContaining({ 'deployment.environment': 'prod' }),
      });
      expect(second).toMatchObject({
        level: 'WARN',
        message: '{"reason":"slow","ms":1200}',
        service: 'checkout',
      });
      expect(second?.trace_id).toBe(undefined);
      expect(typeof second?.time).toBe('string');
    });
  }

  it('refuses OTLP without the token, like every other route', async () => {
    const url = await agentWithHttp(new FakeSender());
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: new Uint8Array(),
    });
    expect(response.status).toBe(401);
  });

  it('reads gzip bodies and refuses a protobuf body that is not an export request, naming why', async () => {
    const sender = new FakeSender();
    const url = await agentWithHttp(sender);
    const json = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'zipped' } }] }] }] };
    const zipped = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        authorization: `Bearer ${TOKEN}`,
      },
      body: gzipSync(JSON.stringify(json)),
    });
    expect(zipped.status).toBe(200);
    await waitFor(() => sender.lines().length === 1);
    const bad = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array([0x0a, 0xff, 0xff]),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/not an OTLP ExportLogsServiceRequest/);
  });

  it('refuses (413) a small request whose records would each repeat a large resource, and keeps serving', async () => {
    const sender = new FakeSender();
    const url = await agentWithHttp(sender);
    // Under the default 1 MiB body limit: a 300 KB resource attribute and 20,000 empty records
    // (2 bytes each) would expand to ~6 GB of lines and exhaust the agent's heap.
    const body = resourceRepeatedByEmptyRecords(300_000, 20_000);
    expect(body.length).toBeLessThan(1024 * 1024);
    const headers = { 'content-type': 'application/x-protobuf', authorization: `Bearer ${TOKEN}` };
    const bomb = await fetch(url, { method: 'POST', headers, body });
    expect(bomb.status).toBe(413);
    expect(await bomb.text()).toMatch(/more than \d+ bytes as lines/);
    expect(sender.lines()).toEqual([]);
    const json = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'after' } }] }] }] };
    const after = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(json),
    });
    expect(after.status).toBe(200);
    await waitFor(() => sender.lines().length === 1);
  });
});

/** An ExportLogsServiceRequest, hand-encoded: one resource with a `big` attribute, `records` empty log records. */
function resourceRepeatedByEmptyRecords(attributeBytes: number, records: number): Uint8Array {
  const field = (id: number, payload: Buffer) =>
    Buffer.concat([Buffer.from([(id << 3) | 2]), varint(payload.length), payload]);
  const keyValue = Buffer.concat([
    field(1, Buffer.from('big')),
    field(2, field(1, Buffer.from('x'.repeat(attributeBytes)))),
  ]);
  const resource = field(1, keyValue);
  const scopeLogs = Buffer.concat(Array.from({ length: records }, () => field(2, Buffer.alloc(0))));
  return field(1, Buffer.concat([field(1, resource), field(2, scopeLogs)]));
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  while (v >= 0x80) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

describe('OTLP mapping', () => {
  it('loads protobufjs on the first protobuf request, not with the agent', () => {
    const script = `import { createRequire } from 'node:module';
      const { decodeOtlpProtobuf } = await import('#agent/inputs/otlp.ts');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('protobufjs'));
      const before = loaded();
      decodeOtlpProtobuf(new Uint8Array());
      console.log(JSON.stringify([before, loaded()]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../../..', import.meta.url),
    });
    expect(JSON.parse(out.toString())).toEqual([false, true]);
  });
  it('reports a protobuf decoder that cannot be loaded as its own error, not as a bad request', () => {
    const script = `import { registerHooks } from 'node:module';
      registerHooks({ resolve: (specifier, context, next) => {
        if (specifier.startsWith('protobufjs')) throw new Error('protobufjs is missing');
        return next(specifier, context);
      } });
      const { decodeOtlpProtobuf, OtlpRequestError } = await import('#agent/inputs/otlp.ts');
      try { decodeOtlpProtobuf(new Uint8Array()); } catch (error) {
        console.log(JSON.stringify([error instanceof OtlpRequestError, error.message]));
      }`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../../..', import.meta.url),
    });
    expect(JSON.parse(out.toString())).toEqual([false, 'protobufjs is missing']);
  });
  it('refuses a value nested deeper than it reads with a request error (400), not a stack overflow', () => {
    let body: Record<string, unknown> = { stringValue: 'leaf' };
    for (let i = 0; i < 100_000; i++) body = { arrayValue: { values: [body] } };
    const request = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body }] }] }] };
    expect(() => otlpToLines(request, 1e9)).toThrow(/nested deeper than 64 levels/);
    let shallow: Record<string, unknown> = { stringValue: 'leaf' };
    for (let i = 0; i < 10; i++) shallow = { kvlistValue: { values: [{ key: 'k', value: shallow }] } };
    const ok = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: shallow }] }] }] };
    expect(otlpToLines(ok, 1e9)).toHaveLength(1);
  });
  it('stops at the output budget: a resource repeated by many records cannot expand without bound', () => {
    const resource = { attributes: [{ key: 'big', value: { stringValue: 'x'.repeat(1000) } }] };
    const request = {
      resourceLogs: [{ resource, scopeLogs: [{ logRecords: Array.from({ length: 100 }, () => ({})) }] }],
    };
    expect(otlpToLines(request, 200_000)).toHaveLength(100);
    expect(() => otlpToLines(request, 50_000)).toThrow(OtlpTooLargeError);
  });

  it('never throws on odd values: huge times, bad ids, nested bodies', () => {
    const lines = otlpToLines(
      {
        resourceLogs: [
          {
            scopeLogs: [
              {
                logRecords: [
                  {
                    timeUnixNano: '99999999999999999999999',
                    traceId: 'zz',
                    spanId: '',
                    body: { arrayValue: {} },
                  },
                  { severityNumber: 'SEVERITY_NUMBER_FATAL', intValue: 1 } as never,
                ],
              },
            ],
          },
        ],
      },
      1024,
    );
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { message: '[]' },
      { level: 'FATAL', message: 'null' },
    ]);
    expect(decodeOtlpProtobuf(new Uint8Array())).toEqual({});
  });

  it('gives no level for SEVERITY_NUMBER_UNSPECIFIED, by number or by name, nor for a number off the 1–24 scale', () => {
    const records = [0, 'SEVERITY_NUMBER_UNSPECIFIED', 25, 'SEVERITY_NUMBER_WARN3'].map((severityNumber) => ({
      severityNumber,
      body: { stringValue: `record ${severityNumber}` },
    }));
    const lines = otlpToLines({ resourceLogs: [{ scopeLogs: [{ logRecords: records }] }] }, 1e6);
    expect(lines.map((line) => JSON.parse(line).level)).toEqual([undefined, undefined, undefined, 'WARN']);
  });
});
