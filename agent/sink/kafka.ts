import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { ProduceAcks, Producer, type ProducerOptions, stringSerializer } from '@platformatic/kafka';
import { CONTENT_TYPE_HEADER, WIRE_CONTENT_TYPE } from '#core/wire.ts';
import type { KafkaConfig } from '../config/types.ts';
import { mskIamSasl, resolveMskBrokers } from './msk.ts';
import type { OutRecord, Placement, RecordSender } from './sink.ts';

type AgentProducer = Producer<string, Buffer, string, string>;

/**
 * A sender on @platformatic/kafka's producer: idempotent, acks=all, compressed. Each record
 * carries the wire content-type header and is keyed by its source id, so the default murmur2
 * partitioner keeps one source on one partition, in order.
 */
export async function createKafkaSender(config: KafkaConfig, nodeId: string): Promise<RecordSender> {
  const brokers =
    config.brokers.length > 0
      ? [...config.brokers]
      : await resolveMskBrokers(config, config.mskClusterArn ?? '');
  const producer: AgentProducer = new Producer(producerOptions(config, nodeId, brokers));
  const headersByType = new Map<string, Record<string, string>>();
  const headersOf = (contentType = WIRE_CONTENT_TYPE): Record<string, string> => {
    const known = headersByType.get(contentType);
    if (known !== undefined) return known;
    const headers = { [CONTENT_TYPE_HEADER]: contentType };
    headersByType.set(contentType, headers);
    return headers;
  };
  return {
    async send(records: readonly OutRecord[]): Promise<Placement> {
      const result = await producer.send({
        messages: records.map((r) => ({
          topic: r.topic,
          key: r.key,
          value: r.value,
          headers: headersOf(r.contentType),
        })),
      });
      return placementOf(result.offsets ?? []);
    },
    async close(): Promise<void> {
      await producer.close(true);
    },
  };
}

/** Where a produce request's records landed: the base offset in each `topic:partition`. */
export function placementOf(
  offsets: readonly { readonly topic: string; readonly partition: number; readonly offset: bigint }[],
): Placement {
  const placement = new Map<string, bigint>();
  for (const { topic, partition, offset } of offsets) placement.set(`${topic}:${partition}`, offset);
  return placement;
}

/** Producer settings for a validated config: idempotent, acks=all, compression, TLS and SASL. */
export function producerOptions(
  config: KafkaConfig,
  nodeId: string,
  brokers: readonly string[],
): ProducerOptions<string, Buffer, string, string> {
  const options: ProducerOptions<string, Buffer, string, string> = {
    clientId: `${config.clientId}-${nodeId}`.replace(/[^\w.-]+/g, '_'),
    bootstrapBrokers: [...brokers],
    idempotent: true,
    acks: ProduceAcks.ALL,
    compression: config.compression,
    timeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    connectTimeout: Math.min(10_000, config.requestTimeoutMs),
    // Short client-level retries; the sink retries whole batches with its own capped backoff.
    retries: 2,
    retryDelay: config.retryInitialMs,
    autocreateTopics: true,
    serializers: { key: stringSerializer, headerKey: stringSerializer, headerValue: stringSerializer },
  };
  const tls = tlsOptions(config);
  if (tls) options.tls = tls;
  if (config.sasl?.mechanism === 'scram-sha-512') {
    options.sasl = {
      mechanism: 'SCRAM-SHA-512',
      username: config.sasl.username,
      password: config.sasl.password,
    };
    options.tls ??= {};
  } else if (config.sasl?.mechanism === 'aws-msk-iam') {
    options.sasl = mskIamSasl(config.sasl.region);
    options.tls ??= {};
  }
  return options;
}

function tlsOptions(config: KafkaConfig): TlsOptions | undefined {
  const t = config.tls;
  if (!t) return undefined;
  return {
    ca: t.caFile ? readFileSync(t.caFile) : undefined,
    cert: t.certFile ? readFileSync(t.certFile) : undefined,
    key: t.keyFile ? readFileSync(t.keyFile) : undefined,
    servername: t.serverName,
    rejectUnauthorized: t.rejectUnauthorized,
  };
}
