import { Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { nagFindings, synth } from './support.ts';

const EXISTING_ARN =
  'arn:aws:kafka:eu-west-1:123456789012:cluster/shared-kafka/0a1b2c3d-1111-2222-3333-444455556666-2';

/** Every acknowledgment recorded in the tree, as [rule, reason]. */
function acknowledgments(root: IConstruct): [string, string][] {
  return root.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>)),
    );
}

describe('cdk-nag AwsSolutions and Serverless on the whole app', () => {
  it.each([
    ['defaults', {}],
    [
      'with SES sender, alarm emails and CORS',
      {
        'logward:senderIdentity': 'alerts@example.com',
        'logward:alarmEmails': 'ops@example.com',
        'logward:corsOrigins': 'https://logs.example.com',
        'logward:apiTracing': true,
      },
    ],
    [
      'Slack secret created, webhook secret imported, parsers',
      {
        'logward:slackWebhookSecret': 'create',
        'logward:alertWebhookSecret':
          'arn:aws:secretsmanager:eu-west-1:123456789012:secret:logward/webhook-AbCdEf',
        'logward:parsers': '{"nginx":{"format":"access_combined"}}',
      },
    ],
    ['MSK Serverless', { 'logward:kafkaMode': 'serverless' }],
    ['API tracing and WAF on', { 'logward:apiTracing': true, 'logward:wafRateLimit': 2000 }],
    ['existing cluster', { 'logward:kafkaMode': 'existing', 'logward:kafkaClusterArn': EXISTING_ARN }],
    ['endpoints only, no NAT', { 'logward:natGateways': 0 }],
    [
      'imported VPC',
      {
        'logward:vpcId': 'vpc-0123456789abcdef0',
        'logward:privateSubnetIds': 'subnet-0aaa,subnet-0bbb',
        'logward:availabilityZones': 'eu-west-1a,eu-west-1b',
        'logward:vpcCidr': '10.20.0.0/16',
      },
    ],
    [
      'single-node search with dedicated masters',
      { 'logward:searchDataNodes': 1, 'logward:searchMasterNodes': 3 },
    ],
  ])('%s: no unacknowledged findings', (_name, context) => {
    const { app } = synth(context);
    expect(nagFindings(app)).toEqual([]);
  });

  it('does report findings (control: an unencrypted queue without TLS enforcement)', () => {
    const { app, stack } = synth();
    new Queue(stack, 'Careless', { encryption: QueueEncryption.UNENCRYPTED });
    expect(nagFindings(app)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AwsSolutions-SQS2 @ Logward\/Careless/),
        expect.stringMatching(/^Serverless-SQSRedrivePolicy @ Logward\/Careless/),
      ]),
    );
  });

  it('writes a reason for every acknowledgment', () => {
    const { app } = synth({ 'logward:kafkaMode': 'existing', 'logward:kafkaClusterArn': EXISTING_ARN });
    const acks = acknowledgments(app).filter(([rule]) =>
      /^Annotation::(AwsSolutions|Serverless)-/.test(rule),
    );
    expect(acks.some(([rule]) => rule.startsWith('Annotation::Serverless-'))).toBe(true);
    for (const [rule, reason] of acks) {
      expect(reason.length, `reason of ${rule}`).toBeGreaterThan(40);
    }
  });
});
