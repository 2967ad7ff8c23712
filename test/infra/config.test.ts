import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { CONTEXT_KEYS, ConfigError, configFromContext, MAX_PARSERS_BYTES } from '../../infra/config.ts';
import { describeRun, exitOf, runNodeScript } from '../support/node-script.ts';

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
      slackWebhookSecret: undefined,
      alertWebhookSecret: undefined,
      alertWebhookSigningSecret: undefined,
      alertRecipientDomains: [],
      alertRecipientGroups: {},
      parsers: undefined,
      defaultTimeZone: undefined,
      logRetentionDays: 30,
      size: 'small',
      searchNodeFamily: 'general',
      indexRetentionDays: undefined,
      hotDays: undefined,
      warmNodes: undefined,
      warmInstanceType: undefined,
      indexShards: undefined,
      indexReplicas: undefined,
      indexCodec: 'zstd_no_dict',
      deadLetterExpiryDays: 90,
      kafkaMode: 'provisioned',
      kafkaClusterArn: undefined,
      kafkaVersion: undefined,
      kafkaInstanceType: undefined,
      kafkaBrokerCount: undefined,
      kafkaVolumeGiB: undefined,
      kafkaMaxVolumeGiB: undefined,
      kafkaRetentionHours: undefined,
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

  it.each([
    [
      { 'logward:defaultTimeZone': 'Europe/Pariss' },
      'logward:defaultTimeZone (or LOGWARD_DEFAULT_TIMEZONE) got "Europe/Pariss": not an IANA time zone; use e.g. UTC, Europe/Paris or America/New_York.',
    ],
    [
      { 'logward:parsers': '{"nginx":{"format":"apache"}}' },
      /^logward:parsers \(or LOGWARD_PARSERS\) got \{"nginx":\{"format":"apache"\}\}: parsers\.nginx\.format: expected one of /,
    ],
    [
      { 'logward:parsers': { billing: { zone: 'Mars/Olympus' } } },
      'logward:parsers (or LOGWARD_PARSERS) got {"billing":{"zone":"Mars/Olympus"}}: parsers.billing.zone: expected an IANA time zone such as Europe/Paris, got "Mars/Olympus".',
    ],
    [
      { 'logward:parsers': { netatalk: { levels: { note: 'NOTE' } } } },
      'logward:parsers (or LOGWARD_PARSERS) got {"netatalk":{"levels":{"note":"NOTE"}}}: parsers.netatalk.levels.note: expected one of TRACE, DEBUG, INFO, NOTICE, WARN, ERROR, FATAL, got "NOTE".',
    ],
    [
      { 'logward:parsers': { netatalk: { levels: { note: 'NOTICE', NOTE: 'INFO' } } } },
      /^logward:parsers \(or LOGWARD_PARSERS\) got .*: parsers\.netatalk\.levels\.NOTE: expected each word once, in any case .*, got "NOTE" beside "note"\.$/,
    ],
    [
      { 'logward:parsers': '{"netatalk":{"levels":{"__proto__":"INFO"}}}' },
      /^logward:parsers \(or LOGWARD_PARSERS\) got .*: parsers\.netatalk\.levels\.__proto__: expected a word of 1 to 13 characters opening with a letter, .*, got "__proto__"\.$/,
    ],
    [
      { 'logward:parsers': '{"netatalk":{"levels":{"not a word":"INFO"}}}' },
      /^logward:parsers \(or LOGWARD_PARSERS\) got .*: parsers\.netatalk\.levels\.not a word: expected a word of 1 to 13 characters opening with a letter, of letters, digits, _, - and \. only, got "not a word"\.$/,
    ],
    [
      { 'logward:parsers': '{nginx:1}' },
      /^logward:parsers \(or LOGWARD_PARSERS\) got "\{nginx:1\}": not JSON \(.+\); pass e\.g\. /,
    ],
    [
      { 'logward:parsers': '[]' },
      /^logward:parsers .* got \[\]: parsers: expected an object of service name/,
    ],
    [
      { 'logward:slackWebhookSecret': 'https://hooks.slack.com/services/T000/B000/XXXX' },
      /^logward:slackWebhookSecret \(or LOGWARD_SLACK_WEBHOOK_SECRET\) got "https:.*": use create, or the complete ARN/,
    ],
    [
      // A partial ARN (no 6-character suffix) would need a wildcard grant.
      {
        'logward:alertWebhookSecret': 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:logward/webhook',
      },
      /^logward:alertWebhookSecret .* use create, or the complete ARN/,
    ],
    [
      { 'logward:alertRecipientDomains': 'example.com, not a domain' },
      'logward:alertRecipientDomains (or LOGWARD_ALERT_RECIPIENT_DOMAINS) got "example.com,not a domain": alertRecipientDomains: expected domains such as example.com, got "not a domain".',
    ],
    [
      { 'logward:alertRecipientGroups': '{"oncall":' },
      /^logward:alertRecipientGroups \(or LOGWARD_ALERT_RECIPIENT_GROUPS\) got .*: alertRecipientGroups: expected JSON such as \{"oncall":\["a@example\.com"\]\}\.$/,
    ],
    [
      { 'logward:alertRecipientGroups': { oncall: ['ops@example.com', 'pager'] } },
      'logward:alertRecipientGroups (or LOGWARD_ALERT_RECIPIENT_GROUPS) got {"oncall":["ops@example.com","pager"]}: alertRecipientGroups.oncall[1]: expected an email address, got "pager".',
    ],
    [
      { 'logward:alertRecipientGroups': { 'On Call': ['ops@example.com'] } },
      /^logward:alertRecipientGroups .*: alertRecipientGroups\.On Call: group names are \[a-z0-9-\]\{1,64\}\.$/,
    ],
    [
      { 'logward:alertWebhookSigningSecret': 'hunter2' },
      /^logward:alertWebhookSigningSecret \(or LOGWARD_ALERT_WEBHOOK_SIGNING_SECRET\) got "hunter2": use create, or the complete ARN/,
    ],
  ])('rejects %j, naming the key', (context, message) => {
    expect(() => config(context)).toThrow(message);
  });

  it('reads the recipient allow-lists from -c strings, cdk.json values or the environment', () => {
    const groups = { oncall: ['ops@example.com', 'pager@example.com'] };
    const expected = { alertRecipientDomains: ['example.com', 'corp.example'], alertRecipientGroups: groups };
    const pick = (c: ReturnType<typeof config>) => ({
      alertRecipientDomains: c.alertRecipientDomains,
      alertRecipientGroups: c.alertRecipientGroups,
    });
    expect(
      pick(
        config({
          'logward:alertRecipientDomains': 'Example.com, corp.example',
          'logward:alertRecipientGroups': JSON.stringify(groups),
        }),
      ),
    ).toEqual(expected);
    expect(
      pick(
        config({
          'logward:alertRecipientDomains': ['example.com', 'corp.example'],
          'logward:alertRecipientGroups': groups,
        }),
      ),
    ).toEqual(expected);
    expect(
      pick(
        config(
          {},
          {
            LOGWARD_ALERT_RECIPIENT_DOMAINS: 'example.com,corp.example',
            LOGWARD_ALERT_RECIPIENT_GROUPS: JSON.stringify(groups),
          },
        ),
      ),
    ).toEqual(expected);
  });

  it('accepts parsers from -c (a JSON string) or cdk.json (an object), checked against the default zone', () => {
    const parsers = {
      nginx: { format: 'access_combined', zone: 'Europe/Paris' },
      billing: { custom: { name: 'billing', regex: '^(?<timestamp>\\S+) (?<message>.*)$' } },
      netatalk: { levels: { note: 'NOTICE', severe: 'ERROR', V3: 'DEBUG' } },
    };
    expect(config({ 'logward:parsers': JSON.stringify(parsers) }).parsers).toEqual(parsers);
    expect(config({ 'logward:parsers': parsers, 'logward:defaultTimeZone': 'Asia/Tokyo' })).toMatchObject({
      parsers,
      defaultTimeZone: 'Asia/Tokyo',
    });
    expect(config({}, { LOGWARD_PARSERS: '{"api":{"format":"json"}}' }).parsers).toEqual({
      api: { format: 'json' },
    });
  });

  it('keeps LOGWARD_PARSERS within the Lambda environment limit', () => {
    const services = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`service-${i}`, { zone: 'Europe/Paris' }]),
    );
    expect(() => config({ 'logward:parsers': services })).toThrow(
      new RegExp(
        `is \\d+ bytes as JSON; at most ${MAX_PARSERS_BYTES} fit in the ingest Lambda's 4 KB environment`,
      ),
    );
  });

  it('takes channel secrets as create or a complete secret ARN', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:logward/slack-AbCdEf';
    expect(
      config({ 'logward:slackWebhookSecret': arn, 'logward:alertWebhookSecret': 'create' }),
    ).toMatchObject({
      slackWebhookSecret: arn,
      alertWebhookSecret: 'create',
    });
  });

  it('fails `cdk synth` (node infra/app.ts) with the key named and exit status 1', async () => {
    const result = await runNodeScript(join(import.meta.dirname, '..', '..', 'infra', 'app.ts'), [], {
      env: {
        ...process.env,
        CDK_CONTEXT_JSON: JSON.stringify({ 'logward:parsers': '{"nginx":{"format":7}}' }),
      },
      timeoutMs: 45_000,
    });
    expect(exitOf(result), describeRun(result)).toEqual({ status: 1, signal: null, timedOut: false });
    expect(result.stderr).toMatch(
      /^Logward configuration error: logward:parsers \(or LOGWARD_PARSERS\) got \{"nginx":\{"format":7\}\}: parsers\.nginx\.format: expected one of/m,
    );
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
