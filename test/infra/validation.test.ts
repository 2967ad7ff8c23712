import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { type CfnDomain, EngineVersion } from 'aws-cdk-lib/aws-opensearchservice';
import { describe, expect, it } from 'vitest';
import { Alerting } from '../../infra/constructs/alerting.ts';
import { LogwardFunction } from '../../infra/constructs/function.ts';
import { KafkaCluster } from '../../infra/constructs/kafka.ts';
import { Search } from '../../infra/constructs/search.ts';
import { build, nagFindings, STUB_HANDLERS, synth } from './support.ts';

function scope() {
  const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const subnets = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  const functions = {
    vpc,
    vpcSubnets: subnets,
    securityGroup: new ec2.SecurityGroup(stack, 'Sg', { vpc }),
    logRetention: logs.RetentionDays.ONE_WEEK,
    environment: {},
    handlersDir: STUB_HANDLERS,
  };
  return { stack, vpc, subnets, functions };
}

const ONE_WEEK = logs.RetentionDays.ONE_WEEK;

describe('props are validated early, naming the value and the fix', () => {
  it('MSK broker count must be a multiple of the AZs', () => {
    const { stack, vpc, subnets } = scope();
    expect(
      () => new KafkaCluster(stack, 'Kafka', { vpc, subnets, brokerCount: 3, logRetention: ONE_WEEK }),
    ).toThrow('Test/Kafka: brokerCount got 3; MSK needs a multiple of the 2 AZs, e.g. 2 or 4.');
  });

  it('MSK version must support AWS::MSK::Topic', () => {
    const { stack, vpc, subnets } = scope();
    expect(
      () => new KafkaCluster(stack, 'Kafka', { vpc, subnets, kafkaVersion: '2.8.1', logRetention: ONE_WEEK }),
    ).toThrow(/kafkaVersion got 2.8.1; use 3.6.0 or later/);
  });

  it('existing mode needs a well-formed cluster ARN', () => {
    const { stack, vpc, subnets } = scope();
    expect(
      () => new KafkaCluster(stack, 'A', { vpc, subnets, mode: 'existing', logRetention: ONE_WEEK }),
    ).toThrow(/mode existing needs the cluster ARN; pass -c logward:kafkaClusterArn=/);
    expect(
      () =>
        new KafkaCluster(stack, 'B', {
          vpc,
          subnets,
          mode: 'existing',
          existingClusterArn: 'arn:aws:kafka:eu-west-1:123:cluster/x',
          logRetention: ONE_WEEK,
        }),
    ).toThrow(
      /existingClusterArn got arn:aws:kafka:eu-west-1:123:cluster\/x; expected arn:aws:kafka:<region>/,
    );
  });

  it('an ARN without existing mode is a mistake, not ignored', () => {
    expect(() =>
      synth({ 'logward:kafkaClusterArn': 'arn:aws:kafka:eu-west-1:123456789012:cluster/a/b' }),
    ).toThrow(/existingClusterArn got .* with mode provisioned; set mode to existing/);
  });

  it('serverless cannot create topics through CloudFormation', () => {
    expect(() => synth({ 'logward:kafkaMode': 'serverless', 'logward:createTopics': true })).toThrow(
      /createTopics got true with mode serverless; AWS::MSK::Topic supports provisioned clusters only/,
    );
  });

  it('agents may not be admitted from anywhere', () => {
    expect(() => synth({ 'logward:kafkaClientCidrs': '0.0.0.0/0' })).toThrow(/clientCidrs got 0.0.0.0\/0/);
  });

  it('OpenSearch data nodes must spread evenly over the zones, masters must be a quorum', () => {
    const { stack, vpc, subnets } = scope();
    const base = { vpc, subnets, clientSecurityGroups: [], logRetention: ONE_WEEK };
    expect(() => new Search(stack, 'A', { ...base, dataNodes: 3 })).toThrow(
      'Test/A: dataNodes got 3; with zone awareness over 2 AZs use a multiple of 2.',
    );
    expect(() => new Search(stack, 'B', { ...base, masterNodes: 2 })).toThrow(
      /masterNodes got 2; use 0, 3 or 5/,
    );
  });

  it('OpenSearch-optimized data nodes need OpenSearch 2.11 or later (AWS), and are deployed on 2.19', () => {
    const { stack, vpc, subnets } = scope();
    const base = { vpc, subnets, clientSecurityGroups: [], logRetention: ONE_WEEK };
    expect(
      () =>
        new Search(stack, 'Old', {
          ...base,
          dataNodeInstanceType: 'or2.large.search',
          version: EngineVersion.openSearch('2.9'),
        }),
    ).toThrow(
      'Test/Old: version got OpenSearch_2.9 with or2.large.search data nodes; OpenSearch-optimized nodes need OpenSearch 2.11 or later.',
    );
    const search = new Search(stack, 'Current', { ...base, dataNodeInstanceType: 'or2.large.search' });
    const domain = search.domain.node.defaultChild as CfnDomain;
    expect(domain.engineVersion).toBe('OpenSearch_2.19');
    expect(
      () =>
        new Search(stack, 'Elastic', {
          ...base,
          dataNodeInstanceType: 'or1.xlarge.search',
          version: EngineVersion.ELASTICSEARCH_7_10,
        }),
    ).toThrow(/OpenSearch-optimized nodes need OpenSearch 2.11 or later/);
  });

  it('SES sender must be a domain or an email address', () => {
    const { stack, functions } = scope();
    expect(() => new Alerting(stack, 'Alerting', { senderIdentity: 'not a domain', functions })).toThrow(
      /senderIdentity got "not a domain"; use a domain \(example.com\) or an email/,
    );
  });

  it('schedules start at one minute and must outlast their timeout', () => {
    const { stack, functions } = scope();
    const alerting = new Alerting(stack, 'Alerting', { functions });
    expect(() =>
      alerting.addFunction('Monitor', {
        entry: 'heartbeat-monitor.ts',
        rate: Duration.minutes(1),
        timeout: Duration.seconds(90),
      }),
    ).toThrow(
      /timeout 1 minute 30 seconds; EventBridge rates start at 1 minute and the timeout must be shorter/,
    );
  });

  it('function memory and timeout stay within Lambda limits', () => {
    const { stack, functions } = scope();
    expect(() => new LogwardFunction(stack, 'Fn', { ...functions, entry: 'api.ts', memorySize: 64 })).toThrow(
      'Test/Fn: memorySize got 64; use a whole number of MiB from 128 to 10240.',
    );
  });

  it('log retention must be a value CloudWatch Logs accepts', () => {
    expect(() => synth({ 'logward:logRetentionDays': 45 })).toThrow(
      /logRetentionDays got 45; CloudWatch Logs accepts 1, 3, 5, 7/,
    );
  });

  it('an imported VPC needs one AZ per subnet and its CIDR', () => {
    expect(() =>
      synth({
        'logward:vpcId': 'vpc-1',
        'logward:privateSubnetIds': 'subnet-a,subnet-b',
        'logward:availabilityZones': 'eu-west-1a',
      }),
    ).toThrow(/got 2 private subnet id\(s\) and 1 availability zone\(s\)/);
    expect(() =>
      synth({
        'logward:vpcId': 'vpc-1',
        'logward:privateSubnetIds': 'subnet-a',
        'logward:availabilityZones': 'eu-west-1a',
      }),
    ).toThrow(/needs its CIDR, got undefined; pass -c logward:vpcCidr=/);
  });

  it('a VPC lookup without account and region explains the offline alternative', () => {
    expect(() => synth({ 'logward:vpcId': 'vpc-1' })).toThrow(
      /lookups need an account and region.*import offline/,
    );
  });
});

describe('alert channel secrets', () => {
  it('are create or a complete secret ARN', () => {
    const { stack, functions } = scope();
    expect(
      () =>
        new Alerting(stack, 'Alerting', {
          functions,
          slackWebhookSecret: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:slack',
        }),
    ).toThrow(
      /^Test\/Alerting\/Channels\/SlackWebhookSecret got "arn:aws:secretsmanager:eu-west-1:123456789012:secret:slack"; use create, or the complete secret ARN/,
    );
  });
});

describe('construct hooks for the handlers still to come', () => {
  it('a scheduled handler is one call: EventBridge rate(1 minute), alert environment, SES permission if it sends', () => {
    const { stack, functions } = scope();
    const alerting = new Alerting(stack, 'Alerting', {
      functions,
      senderIdentity: 'example.com',
      recipients: ['a@example.com'],
    });
    alerting.addFunction('Digest', { entry: 'alert-dispatcher.ts', rate: Duration.minutes(1), sends: true });
    alerting.addFunction('Watcher', { entry: 'heartbeat-monitor.ts', rate: Duration.minutes(5) });
    const template = Template.fromStack(stack);
    // Only the sender has a policy at all (the watcher has no tables in this bare scope).
    expect(Object.keys(template.findResources('AWS::IAM::Policy'))).toEqual([
      expect.stringMatching(/^AlertingDigestFunctionServiceRoleDefaultPolicy/),
    ]);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 } })],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 50,
      Environment: {
        Variables: Match.objectLike({
          ALERT_EMAIL_TO: 'a@example.com',
          ALERT_EMAIL_FROM: 'logward-alerts@example.com',
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: ['ses:SendEmail', 'ses:SendRawEmail'] })]),
      },
    });
  });

  it('another Kafka consumer is one call on the ingestion stage, with its own group and alarms', () => {
    const { stack } = build();
    stack.ingestion.addConsumer('IngestAudit', {
      entry: 'heartbeats.ts',
      topic: 'logs',
      consumerGroupId: 'audit',
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      Topics: ['logs'],
      AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'audit' },
      StartingPosition: 'TRIM_HORIZON',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'OffsetLag',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('IngestAudit') } }],
    });
  });
});

describe('deploy-time setup hook on the search domain', () => {
  it('runs a function as a custom resource after the domain exists, passing the domain URL', () => {
    const { app, stack } = build();
    stack.search.addDeployTimeSetup('IndexTemplates', stack.api.handler, { templateVersion: '1' });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::CloudFormation::CustomResource', {
      Properties: Match.objectLike({ templateVersion: '1', url: Match.anyValue() }),
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^SearchDomain')]),
    });
    expect(nagFindings(app)).toEqual([]);
  });
});
