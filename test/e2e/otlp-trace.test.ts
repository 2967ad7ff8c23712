/**
 * An app's OpenTelemetry logs, end to end on real engines: the official SDK's OTLP protobuf
 * exporter → the agent's HTTP input → Kafka → the ingest handler → OpenSearch → GET /logs?trace_id=.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { context, SeverityNumber, TraceFlags, trace } from '@opentelemetry/api';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAgentConfig, type RunningAgent, startAgent } from '#agent/index.ts';
import type { LogDocument } from '#core/log-document.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { eventually } from '../support/wait.ts';

const TOKEN = 'otlp-e2e-token-0123456789abcdef';

describe('OpenTelemetry logs searchable by trace id', () => {
  let stack: TestStack;
  let agent: RunningAgent;
  const service = `otel-checkout-${Date.now()}`;
  const traceId = `${Date.now().toString(16).padStart(16, '0')}0123456789abcdef`;
  const spanId = 'eee19b7ec3c1b174';

  beforeAll(async () => {
    stack = await startTestStack('otlp');
    await mkdir(join(stack.dir, 'secrets'));
    await writeFile(join(stack.dir, 'secrets', 'http.token'), `${TOKEN}\n`, { mode: 0o600 });
    agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: [stack.kafkaBootstrap], topics: stack.topology.topics },
        inputs: { http: { listen: '127.0.0.1:0', token_file: join(stack.dir, 'secrets', 'http.token') } },
        state_dir: join(stack.dir, 'agent-state'),
        heartbeat: { enabled: false },
        status: false,
      }),
      { log: () => {} },
    );
  });

  afterAll(async () => {
    await agent?.stop();
    await stack?.pipeline.stop();
  });

  test("an SDK's records come back from GET /logs?trace_id= with their level, service and span", async () => {
    const provider = new LoggerProvider({
      resource: resourceFromAttributes({ 'service.name': service }),
      processors: [
        new SimpleLogRecordProcessor({
          exporter: new OTLPLogExporter({
            url: `${agent.status().endpoints.http}/v1/logs`,
            headers: { authorization: `Bearer ${TOKEN}` },
          }),
        }),
      ],
    });
    const logger = provider.getLogger('checkout');
    const inSpan = trace.setSpanContext(context.active(), {
      traceId,
      spanId,
      traceFlags: TraceFlags.SAMPLED,
    });
    logger.emit({
      severityNumber: SeverityNumber.ERROR,
      body: 'payment failed for order 7',
      context: inSpan,
    });
    logger.emit({ severityNumber: SeverityNumber.INFO, body: 'not in the trace' });
    await provider.shutdown();

    const found = await eventually('the record of the trace in GET /logs', async () => {
      const { status, body } = await stack.get(`/logs?trace_id=${traceId.toUpperCase()}&from=1h`);
      expect(status).toBe(200);
      const items = (body as { items: LogDocument[] }).items;
      expect(items).toHaveLength(1);
      return items[0] as LogDocument;
    });
    expect(found).toMatchObject({
      service,
      level: 'ERROR',
      message: 'payment failed for order 7',
      trace_id: traceId,
      span_id: spanId,
    });
    const bySpan = await stack.get(`/logs?span_id=${spanId}&service=${service}&from=1h`);
    expect((bySpan.body as { items: LogDocument[] }).items.map((item) => item.message)).toEqual([
      'payment failed for order 7',
    ]);
    const bad = await stack.get('/logs?trace_id=not-a-trace');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('trace_id');
  });
});
