import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcesOf, synth } from './support.ts';

const EXISTING_ARN =
  'arn:aws:kafka:eu-west-1:123456789012:cluster/shared-kafka/0a1b2c3d-1111-2222-3333-444455556666-2';

describe('MSK Serverless', () => {
  const { stack, template } = synth({ 'logward:kafkaMode': 'serverless' });

  it('creates a serverless cluster with IAM auth in the private subnets and no provisioned cluster', () => {
    template.hasResourceProperties('AWS::MSK::ServerlessCluster', {
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      VpcConfigs: [{ SubnetIds: Match.anyValue(), SecurityGroups: Match.anyValue() }],
    });
    template.resourceCountIs('AWS::MSK::Cluster', 0);
  });

  it('creates no topics (AWS::MSK::Topic is provisioned-only) and says so at synth', () => {
    template.resourceCountIs('AWS::MSK::Topic', 0);
    Annotations.fromStack(stack).hasWarning(
      '/Logward/Kafka',
      Match.stringLikeRegexp('Topics are not created'),
    );
  });
});

describe('existing cluster by ARN', () => {
  const { template } = synth({ 'logward:kafkaMode': 'existing', 'logward:kafkaClusterArn': EXISTING_ARN });

  it('consumes from the given cluster and creates none', () => {
    template.resourceCountIs('AWS::MSK::Cluster', 0);
    template.resourceCountIs('AWS::MSK::ServerlessCluster', 0);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: EXISTING_ARN,
      Topics: ['logs'],
    });
  });

  it('scopes IAM to literal topic and group ARNs of that cluster', () => {
    const prefix = 'arn:aws:kafka:eu-west-1:123456789012';
    const suffix = 'shared-kafka/0a1b2c3d-1111-2222-3333-444455556666-2';
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Resource: EXISTING_ARN }),
          Match.objectLike({
            Resource: [`${prefix}:topic/${suffix}/heartbeats`, `${prefix}:topic/${suffix}/logs`],
          }),
        ],
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Resource: `${prefix}:group/${suffix}/logward-logs` }),
        ]),
      },
    });
  });

  it('creates topics there only when asked', () => {
    template.resourceCountIs('AWS::MSK::Topic', 0);
    const withTopics = synth({
      'logward:kafkaMode': 'existing',
      'logward:kafkaClusterArn': EXISTING_ARN,
      'logward:createTopics': 'true',
    });
    withTopics.template.hasResourceProperties('AWS::MSK::Topic', {
      ClusterArn: EXISTING_ARN,
      TopicName: 'logs',
    });
  });
});

describe('network options', () => {
  it('a region-pinned stack with given AZs synthesizes offline across 3 AZs, replication factor 3', () => {
    const { template } = synth({
      'logward:account': '123456789012',
      'logward:region': 'eu-west-1',
      'logward:availabilityZones': 'eu-west-1a,eu-west-1b,eu-west-1c',
    });
    template.resourcePropertiesCountIs('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false }, 6);
    template.hasResourceProperties('AWS::MSK::Cluster', { NumberOfBrokerNodes: 3 });
    template.hasResourceProperties('AWS::MSK::Configuration', {
      ServerProperties: Match.stringLikeRegexp('min.insync.replicas=2'),
    });
    template.hasResourceProperties('AWS::MSK::Topic', { TopicName: 'logs', ReplicationFactor: 3 });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceCount: 3,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
      }),
    });
  });

  it('natGateways=0 builds isolated subnets and adds SES and SNS endpoints instead of a NAT', () => {
    const { template } = synth({ 'logward:natGateways': 0 });
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    for (const service of ['.email', '.sns']) {
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        ServiceName: { 'Fn::Join': ['', Match.arrayWith([service])] },
        PrivateDnsEnabled: true,
      });
    }
  });

  it('warns when webhook secrets are configured without a NAT (the webhooks are on the internet)', () => {
    const { stack } = synth({ 'logward:natGateways': 0, 'logward:slackWebhookSecret': 'create' });
    Annotations.fromStack(stack).hasWarning(
      '/Logward/Alerting',
      Match.stringLikeRegexp('natGateways is 0: the dispatcher cannot reach the internet'),
    );
  });

  it('imports a VPC from context offline and puts the functions in its subnets', () => {
    const { template } = synth({
      'logward:vpcId': 'vpc-0123456789abcdef0',
      'logward:privateSubnetIds': 'subnet-0aaa,subnet-0bbb',
      'logward:availabilityZones': 'eu-west-1a,eu-west-1b',
      'logward:vpcCidr': '10.20.0.0/16',
    });
    template.resourceCountIs('AWS::EC2::VPC', 0);
    template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: Match.objectLike({ SubnetIds: ['subnet-0aaa', 'subnet-0bbb'] }),
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.20.0.0/16', FromPort: 9098 })],
    });
  });

  it('admits agents from the configured CIDRs', () => {
    const { template } = synth({ 'logward:kafkaClientCidrs': '10.1.0.0/16, 192.168.0.0/24' });
    const groups = Object.values(resourcesOf(template, 'AWS::EC2::SecurityGroup'));
    const msk = groups.find((group) => String(group.Properties?.GroupDescription).includes('MSK'));
    expect(msk?.Properties?.SecurityGroupIngress).toEqual([
      expect.objectContaining({ CidrIp: '10.1.0.0/16', FromPort: 9098 }),
      expect.objectContaining({ CidrIp: '192.168.0.0/24', FromPort: 9098 }),
    ]);
  });
});

describe('sizing and API options', () => {
  it('sizes MSK and OpenSearch from context', () => {
    const { template } = synth({
      'logward:kafkaInstanceType': 'kafka.t3.small',
      'logward:kafkaBrokerCount': 4,
      'logward:kafkaVolumeGiB': 200,
      'logward:searchInstanceType': 'r7g.large.search',
      'logward:searchDataNodes': 4,
      'logward:searchVolumeGiB': 500,
      'logward:searchMasterNodes': 3,
      'logward:logRetentionDays': 90,
    });
    template.hasResourceProperties('AWS::MSK::Cluster', {
      NumberOfBrokerNodes: 4,
      BrokerNodeGroupInfo: Match.objectLike({
        InstanceType: 'kafka.t3.small',
        StorageInfo: { EBSStorageInfo: { VolumeSize: 200 } },
      }),
    });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceType: 'r7g.large.search',
        InstanceCount: 4,
        DedicatedMasterEnabled: true,
        DedicatedMasterCount: 3,
      }),
      EBSOptions: Match.objectLike({ VolumeSize: 500, VolumeType: 'gp3' }),
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('adds more CORS origins beside the console (preflight without API key) and X-Ray tracing when asked', () => {
    const { template } = synth({
      'logward:corsOrigins': 'https://logs.example.com',
      'logward:apiTracing': 'true',
    });
    // The console's origin is the default answer; the template answers another allowed origin with itself.
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'OPTIONS',
      ApiKeyRequired: false,
      Integration: Match.objectLike({
        IntegrationResponses: [
          Match.objectLike({
            ResponseTemplates: {
              'application/json': Match.stringLikeRegexp('#if\\(\\$origin == "https://logs.example.com"\\)'),
            },
          }),
        ],
      }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: REST API',
      Environment: {
        Variables: Match.objectLike({
          LOGWARD_CORS_ORIGINS: {
            'Fn::Join': ['', ['https://', Match.anyValue(), ',https://logs.example.com']],
          },
        }),
      },
    });
    template.hasResourceProperties('AWS::ApiGateway::Stage', { TracingEnabled: true });
  });

  it('provisioned pollers turn on the retry limit and bisect-on-error, so a bad batch cannot block a partition', () => {
    const { template } = synth({ 'logward:kafkaPollers': '1,4' });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      Topics: ['logs'],
      ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 4 },
      MaximumRetryAttempts: 10,
      BisectBatchOnFunctionError: true,
    });
  });

  it('drops reserved concurrency when set to 0 (accounts with a low concurrency quota)', () => {
    const { template } = synth({ 'logward:ingestReservedConcurrency': 0 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      ReservedConcurrentExecutions: Match.absent(),
    });
  });

  it('warns at synth when no SES sender is configured', () => {
    const { stack } = synth();
    Annotations.fromStack(stack).hasWarning(
      '/Logward/Alerting',
      Match.stringLikeRegexp('No SES sender identity'),
    );
  });

  it('uses an email address as the sender identity as given', () => {
    const { stack, template } = synth({ 'logward:senderIdentity': 'alerts@example.com' });
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'alerts@example.com' });
    expect(stack.alerting.environment.ALERT_EMAIL_FROM).toBe('alerts@example.com');
  });
});
