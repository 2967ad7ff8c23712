/** Helpers for alerting's engine tests: unique stacks, mail read back from the local SES, heartbeat events. */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { inject } from 'vitest';
import type { NodeHeartbeat } from '#core/alerting/stores.ts';
import { buildMskEvent } from '#core/msk-event.ts';
import { type AgentHeartbeat, encodeHeartbeat, HEARTBEAT_CONTENT_TYPE } from '#core/wire.ts';
import { recordHeartbeats } from '#lambdas/alerting/record-heartbeats.ts';
import { jsonLogger } from '#lambdas/logger.ts';
import { type LocalAlerting, type LocalAlertingOptions, startLocalAlerting } from '#local/alerting.ts';
import { bootstrapLocal, type LocalTopology, localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment, type RunningPipeline, startPipeline } from '#local/pipeline.ts';
import { sentMail } from '#local/sent-mail.ts';

export interface Mail {
  readonly id: string;
  readonly destinations: readonly string[];
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly raw: string;
}

export function uniqueName(name: string): string {
  return `${name}-${randomBytes(4).toString('hex')}`;
}

export function uniqueTopology(suffix: string): LocalTopology {
  return {
    ...localTopology(`t-${suffix}`),
    topics: { logs: `logs-${suffix}`, heartbeats: `heartbeats-${suffix}` },
  };
}

/** Alerting alone (no ingest, no API) on fresh tables, timers off, mail to a recipient of its own. */
export async function startAlertingOnly(
  name: string,
  options: LocalAlertingOptions = {},
): Promise<{ alerting: LocalAlerting; recipient: string; topology: LocalTopology; env: NodeJS.ProcessEnv }> {
  const endpoints = inject('endpoints');
  const suffix = uniqueName(name);
  const topology = uniqueTopology(suffix);
  await bootstrapLocal(endpoints, topology);
  const recipient = `ops-${suffix}@example.test`;
  const env = lambdaEnvironment(endpoints, topology);
  const alerting = await startLocalAlerting(
    { env, endpoints, topology, groupId: `alerting-${suffix}`, write: () => {} },
    { timers: false, emailTo: [recipient], ...options },
  );
  return { alerting, recipient, topology, env };
}

/** The whole pipeline (Kafka → ingest → rules; heartbeats) with timers off and a recipient of its own. */
export async function startAlertingPipeline(
  name: string,
  options: LocalAlertingOptions = {},
): Promise<{ pipeline: RunningPipeline; recipient: string; dir: string }> {
  const endpoints = inject('endpoints');
  const suffix = uniqueName(name);
  const recipient = `ops-${suffix}@example.test`;
  const dir = await mkdtemp(join(tmpdir(), `logward-${name}-`));
  const pipeline = await startPipeline({
    endpoints,
    topology: uniqueTopology(suffix),
    apiPort: 0,
    apiKey: randomBytes(16).toString('hex'),
    groupId: `ingest-${suffix}`,
    batchingWindowMs: 200,
    lambdaLogFile: join(dir, 'lambdas.log'),
    alerting: { timers: false, emailTo: [recipient], ...options },
  });
  return { pipeline, recipient, dir };
}

/** Every mail the local SES holds for `recipient`, oldest first, decoded. */
export async function mailTo(recipient: string): Promise<Mail[]> {
  return (await sentMail(inject('endpoints').sesUrl))
    .filter((m) => m.destinations.includes(recipient))
    .map((m) => ({ id: m.id, destinations: m.destinations, ...parseMime(m.raw) }));
}

function parseMime(raw: string): Omit<Mail, 'id' | 'destinations'> {
  const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
  const headers: Array<[string, string]> = [];
  for (const line of headerBlock.split('\r\n')) {
    const last = headers.at(-1);
    if (line.startsWith(' ') && last) last[1] += line.slice(1);
    else {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
  }
  const subject = (headers.find(([name]) => name === 'Subject')?.[1] ?? '').replace(
    /=\?UTF-8\?B\?([^?]*)\?=/g,
    (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'),
  );
  return { headers, subject, text: part(raw, 'text/plain'), html: part(raw, 'text/html'), raw };
}

function part(raw: string, type: string): string {
  const start = raw.indexOf(`Content-Type: ${type}`);
  if (start < 0) return '';
  const body = raw.slice(raw.indexOf('\r\n\r\n', start) + 4, raw.indexOf('\r\n--', start));
  return Buffer.from(body.replaceAll('\r\n', ''), 'base64').toString('utf8');
}

/**
 * Records heartbeats as the heartbeats handler does, received at `receivedAt`: an agent's, or with
 * `app` the heartbeat an app posted to that agent.
 */
export async function heartbeat(
  alerting: LocalAlerting,
  topic: string,
  nodes: readonly (Pick<NodeHeartbeat, 'nodeId' | 'host'> & { readonly app?: string })[],
  receivedAt: number,
): Promise<void> {
  const event = buildMskEvent(
    nodes.map((n, i) => ({
      topic,
      partition: 0,
      offset: i,
      timestamp: receivedAt,
      key: Buffer.from(n.nodeId),
      value: encodeHeartbeat(
        n.app === undefined
          ? agentHeartbeat(n.nodeId, n.host, receivedAt)
          : { v: 1, type: 'app', nodeId: n.nodeId, host: n.host, app: n.app, sentAt: receivedAt },
      ),
      headers: [['content-type', Buffer.from(HEARTBEAT_CONTENT_TYPE)]],
    })),
    { eventSourceArn: 'arn:aws:kafka:local:0:cluster/test/1', bootstrapServers: 'local' },
  );
  await recordHeartbeats(event, {
    nodes: alerting.stores.nodes,
    logger: jsonLogger({}, () => {}),
    now: () => receivedAt,
  });
}

export function agentHeartbeat(nodeId: string, host: string, sentAt: number): AgentHeartbeat {
  return {
    v: 1,
    type: 'agent',
    nodeId,
    host,
    agentVersion: 'test',
    configHash: 'c0ffee',
    // A wildly wrong node clock: liveness must not care.
    sentAt: sentAt - 86_400_000,
    uptimeSeconds: 1,
    seq: 1,
    intervalSeconds: 30,
    inputs: [],
    kafka: { bufferedBytes: 0, sendErrors: 0, consecutiveFailures: 0 },
    paused: false,
  };
}

/** Writes plain lines (other producers' format) to a topic, keyed by service. */
export async function produceLines(
  bootstrap: string,
  topic: string,
  key: string,
  values: readonly string[],
): Promise<void> {
  const producer = new Producer({
    clientId: 'alerting-test',
    bootstrapBrokers: [bootstrap],
    serializers: stringSerializers,
  });
  try {
    await producer.send({ messages: values.map((value) => ({ topic, key, value })) });
  } finally {
    await producer.close(true);
  }
}
