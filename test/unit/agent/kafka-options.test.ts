import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgentConfig } from '#agent/index.ts';
import { producerOptions } from '#agent/sink/kafka.ts';

const base = {
  inputs: { stdin: true },
  state_dir: '/tmp/x',
};

function kafka(extra: Record<string, unknown>) {
  return parseAgentConfig({
    ...base,
    kafka: { brokers: ['b-1:9096'], topics: { logs: 'l', heartbeats: 'h' }, ...extra },
  }).kafka;
}

describe('producerOptions', () => {
  it('is idempotent with acks=all and the configured compression', () => {
    const o = producerOptions(kafka({}), 'node 1', ['b-1:9092']);
    expect(o).toMatchObject({
      clientId: 'logward-agent-node_1',
      bootstrapBrokers: ['b-1:9092'],
      idempotent: true,
      acks: -1,
      compression: 'zstd',
      autocreateTopics: true,
    });
    expect(o.sasl).toBeUndefined();
    expect(o.tls).toBeUndefined();
  });

  it('maps SCRAM-SHA-512 (over TLS), with the password from the environment', () => {
    process.env.LOGWARD_TEST_KAFKA_PASSWORD = 's3cret';
    try {
      const o = producerOptions(
        kafka({
          sasl: {
            mechanism: 'scram-sha-512',
            username: 'agent',
            password_env: 'LOGWARD_TEST_KAFKA_PASSWORD',
          },
        }),
        'n',
        ['b-1:9096'],
      );
      expect(o.sasl).toEqual({ mechanism: 'SCRAM-SHA-512', username: 'agent', password: 's3cret' });
      expect(o.tls).toEqual({});
    } finally {
      delete process.env.LOGWARD_TEST_KAFKA_PASSWORD;
    }
  });

  it('maps MSK IAM to OAUTHBEARER with a token provider, region from the cluster ARN', () => {
    const config = kafka({
      brokers: [],
      msk_cluster_arn: 'arn:aws:kafka:eu-west-1:123456789012:cluster/logs/abc-1',
      sasl: { mechanism: 'aws-msk-iam' },
    });
    expect(config.sasl).toEqual({ mechanism: 'aws-msk-iam', region: 'eu-west-1' });
    const o = producerOptions(config, 'n', ['b-1:9098']);
    expect(o.sasl?.mechanism).toBe('OAUTHBEARER');
    expect(typeof o.sasl?.token).toBe('function');
    expect(o.tls).toEqual({});
  });

  it('reads TLS files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logward-tls-'));
    try {
      await writeFile(join(dir, 'ca.pem'), 'CA');
      const o = producerOptions(
        kafka({ tls: { ca_file: join(dir, 'ca.pem'), server_name: 'kafka.internal' } }),
        'n',
        ['b:9094'],
      );
      expect(o.tls).toMatchObject({ servername: 'kafka.internal', rejectUnauthorized: true });
      expect(o.tls?.ca?.toString()).toBe('CA');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unset password variable and a malformed ARN', () => {
    expect(() =>
      kafka({ sasl: { mechanism: 'scram-sha-512', username: 'u', password_env: 'NOPE_NOT_SET' } }),
    ).toThrow(
      'kafka.sasl.password_env: expected the name of a set environment variable (NOPE_NOT_SET is unset)',
    );
    expect(() => kafka({ brokers: [], msk_cluster_arn: 'arn:nope' })).toThrow(
      'kafka.msk_cluster_arn: expected an MSK cluster ARN',
    );
  });
});
