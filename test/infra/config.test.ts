import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { CONTEXT_KEYS, ConfigError, configFromContext } from '../../infra/config.ts';

function config(context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) {
  return configFromContext(new App({ context }).node, env);
}

describe('configFromContext', () => {
  it('has defaults for everything', () => {
    expect(config({})).toEqual({
      account: undefined,
      region: undefined,
      alarmEmails: [],
      alertRecipients: [],
      senderIdentity: undefined,
      logRetentionDays: 30,
      indexRetentionDays: 14,
      kafkaMode: 'provisioned',
      kafkaClusterArn: undefined,
      kafkaVersion: undefined,
      kafkaInstanceType: undefined,
      kafkaBrokerCount: undefined,
      kafkaVolumeGiB: undefined,
      kafkaClientCidrs: [],
      createTopics: undefined,
      searchInstanceType: undefined,
      searchDataNodes: undefined,
      searchVolumeGiB: undefined,
      searchMasterNodes: undefined,
      searchMasterInstanceType: undefined,
      vpcId: undefined,
      vpcCidr: undefined,
      privateSubnetIds: [],
      availabilityZones: [],
      natGateways: undefined,
      ingestReservedConcurrency: undefined,
      kafkaPollers: undefined,
      corsOrigins: [],
      apiTracing: false,
    });
  });

  it('reads -c strings (what the CLI passes) and cdk.json values (numbers, lists, booleans)', () => {
    const fromCli = config({
      'logward:alarmEmails': 'a@example.com, b@example.com',
      'logward:kafkaBrokerCount': '4',
      'logward:apiTracing': 'true',
    });
    const fromJson = config({
      'logward:alarmEmails': ['a@example.com', 'b@example.com'],
      'logward:kafkaBrokerCount': 4,
      'logward:apiTracing': true,
    });
    for (const c of [fromCli, fromJson]) {
      expect([c.alarmEmails, c.kafkaBrokerCount, c.apiTracing]).toEqual([
        ['a@example.com', 'b@example.com'],
        4,
        true,
      ]);
    }
  });

  it('falls back to environment variables, context first', () => {
    const c = config(
      { 'logward:kafkaMode': 'serverless' },
      {
        LOGWARD_KAFKA_MODE: 'existing',
        LOGWARD_SENDER_IDENTITY: 'example.com',
        LOGWARD_LOG_RETENTION_DAYS: '7',
      },
    );
    expect([c.kafkaMode, c.senderIdentity, c.logRetentionDays]).toEqual(['serverless', 'example.com', 7]);
  });

  it.each([
    [
      { 'logward:kafkaMode': 'kraft' },
      'logward:kafkaMode (or LOGWARD_KAFKA_MODE) got "kraft": use provisioned, serverless or existing.',
    ],
    [
      { 'logward:alarmEmails': 'ops' },
      'logward:alarmEmails (or LOGWARD_ALARM_EMAILS) got "ops": not an email address; pass e.g. ops@example.com,oncall@example.com.',
    ],
    [
      { 'logward:logRetentionDays': '0' },
      'logward:logRetentionDays (or LOGWARD_LOG_RETENTION_DAYS) got "0": expected a whole number from 1 to 3653.',
    ],
    [
      { 'logward:apiTracing': 'yes' },
      'logward:apiTracing (or LOGWARD_API_TRACING) got "yes": expected true or false.',
    ],
  ])('rejects %j with the value and the fix', (context, message) => {
    expect(() => config(context)).toThrow(new ConfigError(message));
  });

  it('rejects unknown logward:* keys (typos) and lists the known ones', () => {
    expect(() => config({ 'logward:kafkaMdoe': 'serverless' })).toThrow(
      /Unknown context key\(s\) logward:kafkaMdoe; known keys: account, region/,
    );
  });

  it('documents every key with its environment variable', () => {
    for (const [key, spec] of Object.entries(CONTEXT_KEYS)) {
      expect(spec.env).toMatch(/^LOGWARD_[A-Z_]+$/);
      expect(spec.doc.length, key).toBeGreaterThan(10);
    }
  });
});
