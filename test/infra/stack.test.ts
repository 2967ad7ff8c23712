import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '#core/alerting/rules.ts';
import { LogwardFunction, PROJECT_ROOT } from '../../infra/constructs/function.ts';
import {
  logicalId,
  nagFindings,
  PRIVATE_SSE_S3_BUCKET,
  resourcesOf,
  type Synthesized,
  synth,
} from './support.ts';

let s: Synthesized;

interface Statement {
  readonly Effect?: string;
  readonly Action: string[] | string;
  readonly Resource: unknown;
}

/** The statements of an IAM policy resource. */
function statementsOf(policy: { Properties?: Record<string, unknown> } | undefined): Statement[] {
  const document = policy?.Properties?.PolicyDocument as { Statement: Statement[] } | undefined;
  return document?.Statement ?? [];
}

/** Logical id of the one resource of `type` whose logical id contains `name`. */
function idOf(template: Synthesized['template'], type: string, name: string): string {
  const ids = Object.keys(resourcesOf(template, type)).filter((id) => id.includes(name));
  expect(ids, `${type} ${name}`).toHaveLength(1);
  return ids[0] ?? '';
}

/** The statements of the default policy of the function whose logical id contains `name`. */
function functionStatements(template: Synthesized['template'], name: string): Statement[] {
  return statementsOf(resourcesOf(template, 'AWS::IAM::Policy')[idOf(template, 'AWS::IAM::Policy', name)]);
}

/** The IAM ARN of a topic or group of the new cluster, as the template spells it. */
function kafkaArn(kind: 'topic' | 'group', name: string) {
  const uuid = {
    'Fn::Select': [
      2,
      { 'Fn::Split': ['/', { 'Fn::GetAtt': [Match.stringLikeRegexp('^KafkaCluster'), 'Arn'] }] },
    ],
  };
  return {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':kafka:',
        { Ref: 'AWS::Region' },
        ':',
        { Ref: 'AWS::AccountId' },
        `:${kind}/Logward-kafka/`,
        uuid,
        `/${name}`,
      ],
    ],
  };
}

beforeAll(() => {
  s = synth({
    'logward:senderIdentity': 'example.com',
    'logward:alarmEmails': 'ops@example.com,oncall@example.com',
    'logward:alertRecipients': 'team@example.com',
  });
});

describe('MSK (provisioned, the default)', () => {
  it('uses SASL/IAM only, TLS between clients and brokers and inside the cluster, and broker logs', () => {
    s.template.hasResourceProperties('AWS::MSK::Cluster', {
      KafkaVersion: '3.9.x',
      NumberOfBrokerNodes: 2,
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } },
      // The `small` preset, the default.
      BrokerNodeGroupInfo: Match.objectLike({
        InstanceType: 'kafka.t3.small',
        StorageInfo: { EBSStorageInfo: { VolumeSize: 50 } },
      }),
      LoggingInfo: { BrokerLogs: { CloudWatchLogs: Match.objectLike({ Enabled: true }) } },
    });
  });

  it('retains the cluster, its configuration and its topics when the stack is deleted', () => {
    for (const type of ['AWS::MSK::Cluster', 'AWS::MSK::Configuration', 'AWS::MSK::Topic']) {
      s.template.hasResource(type, { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      s.template.allResources(type, { DeletionPolicy: 'Retain' });
    }
  });

  it('disables topic auto-creation and creates both topics with AWS::MSK::Topic', () => {
    s.template.hasResourceProperties('AWS::MSK::Configuration', {
      ServerProperties: Match.stringLikeRegexp('auto.create.topics.enable=false'),
    });
    s.template.hasResourceProperties('AWS::MSK::Topic', {
      TopicName: 'logs',
      PartitionCount: 6,
      ReplicationFactor: 2,
    });
    s.template.hasResourceProperties('AWS::MSK::Topic', { TopicName: 'heartbeats', PartitionCount: 3 });
  });

  it('admits port 9098 only from the VPC CIDR and from its own group (the event source pollers)', () => {
    const [group] = Object.values(resourcesOf(s.template, 'AWS::EC2::SecurityGroup')).filter((sg) =>
      String(sg.Properties?.GroupDescription).includes('MSK'),
    );
    expect(group?.Properties?.SecurityGroupIngress).toEqual([
      expect.objectContaining({ CidrIp: '10.64.0.0/16', FromPort: 9098, ToPort: 9098, IpProtocol: 'tcp' }),
    ]);
    s.template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 9098, ToPort: 9098 });
  });

  it('reads the SASL/IAM bootstrap brokers at deploy time and outputs them', () => {
    const [reader] = Object.values(resourcesOf(s.template, 'Custom::AWS'));
    expect(JSON.stringify(reader?.Properties?.Create)).toContain('\\"action\\":\\"getBootstrapBrokers\\"');
    s.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 'kafka:GetBootstrapBrokers',
            Effect: 'Allow',
            Resource: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
          },
        ],
      },
    });
    s.template.hasOutput('KafkaBootstrapBrokers', {
      Value: { 'Fn::GetAtt': [Match.anyValue(), 'BootstrapBrokerStringSaslIam'] },
    });
  });
});

describe('agent policy', () => {
  it('allows connecting to the cluster and writing to the two topics, nothing else', () => {
    const policies = Object.values(resourcesOf(s.template, 'AWS::IAM::ManagedPolicy'));
    const agent = policies.find((policy) => String(policy.Properties?.Description).includes('agents'));
    const document = agent?.Properties?.PolicyDocument as
      | { Statement: Record<string, unknown>[] }
      | undefined;
    const statements = document?.Statement ?? [];
    expect(statements.map((statement) => [statement.Sid, statement.Action])).toEqual([
      [
        'Cluster',
        ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'],
      ],
      ['Topics', ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData']],
    ]);
    s.template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^KafkaCluster'), 'Arn'] } }),
          Match.objectLike({ Resource: [kafkaArn('topic', 'heartbeats'), kafkaArn('topic', 'logs')] }),
        ],
      },
    });
    expect(JSON.stringify(statements)).not.toContain('*');
    s.template.hasOutput('AgentPolicyArn', { Value: { Ref: Match.stringLikeRegexp('KafkaAgentPolicy') } });
  });
});

describe('Lambda functions', () => {
  it('run Node 24 on ARM64 in the VPC with source maps and an explicit log group', () => {
    const functions = Object.values(resourcesOf(s.template, 'AWS::Lambda::Function')).filter((fn) =>
      String(fn.Properties?.Description).startsWith('Logward:'),
    );
    expect(functions.length).toBeGreaterThanOrEqual(2);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Environment: {
          Variables: expect.objectContaining({
            NODE_OPTIONS: '--enable-source-maps',
            OPENSEARCH_AUTH: 'sigv4',
          }),
        },
        LoggingConfig: { LogGroup: expect.anything() },
        VpcConfig: expect.objectContaining({ SubnetIds: expect.any(Array) }),
      });
    }
  });

  it('are wired only to handler files that exist in lambdas/handlers', () => {
    const entries = s.stack.node
      .findAll()
      .filter((construct): construct is LogwardFunction => construct instanceof LogwardFunction)
      .map((fn) => basename(fn.entry));
    expect(entries.sort()).toEqual([
      'alert-dispatcher.ts',
      'api-reader.ts',
      'api.ts',
      'heartbeat-monitor.ts',
      'heartbeats.ts',
      'ingest.ts',
      'retention.ts',
    ]);
    for (const entry of entries)
      expect(existsSync(join(PROJECT_ROOT, 'lambdas', 'handlers', entry)), entry).toBe(true);
  });

  it('give every log group a retention', () => {
    for (const group of Object.values(resourcesOf(s.template, 'AWS::Logs::LogGroup'))) {
      expect(group.Properties?.RetentionInDays).toBe(30);
    }
  });

  it('get the table names from core/tables.ts', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          NODES_TABLE: { Ref: Match.stringLikeRegexp('StorageNodes') },
          COUNTERS_TABLE: { Ref: Match.stringLikeRegexp('StorageCounters') },
          ALERTS_TABLE: { Ref: Match.stringLikeRegexp('StorageAlerts') },
        }),
      },
    });
  });

  it('reserve no concurrency by default, so a first deploy fits the default 10-concurrency quota', () => {
    const functions = Object.values(resourcesOf(s.template, 'AWS::Lambda::Function'));
    expect(functions.length).toBeGreaterThan(5);
    for (const fn of functions) expect(fn.Properties?.ReservedConcurrentExecutions).toBeUndefined();
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      Environment: {
        Variables: Match.objectLike({ DEAD_LETTER_BUCKET: { Ref: Match.stringLikeRegexp('DeadLetters') } }),
      },
    });
  });
});

describe('ingest event source mapping', () => {
  it('reads the logs topic from the start in 1000-record batches and sends failed batches to S3', () => {
    const bucket = s.stack.ingestion.deadLetterBucket.node.defaultChild as import('aws-cdk-lib').CfnResource;
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      Topics: ['logs'],
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 1000,
      MaximumBatchingWindowInSeconds: 1,
      AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'logward-logs' },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('KafkaCluster'), 'Arn'] },
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(bucket), 'Arn'] } } },
    });
  });

  it('waits for the topics to exist', () => {
    const mappings = resourcesOf(s.template, 'AWS::Lambda::EventSourceMapping');
    const [id] = Object.keys(mappings);
    const dependsOn = (s.template.toJSON().Resources[id ?? ''] as { DependsOn?: string[] }).DependsOn ?? [];
    expect(dependsOn.filter((dep) => dep.includes('Topic'))).toHaveLength(2);
  });

  it('grants the ingest role Kafka read on its topic and group only', () => {
    s.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('IngestLogs'),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'],
            Resource: kafkaArn('topic', 'logs'),
          }),
          Match.objectLike({
            Action: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
            Resource: kafkaArn('group', 'logward-logs'),
          }),
        ]),
      },
    });
  });

  it('keeps the dead-letter bucket private, encrypted, TLS-only, with request metrics on dead-letters/', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      ...PRIVATE_SSE_S3_BUCKET,
      MetricsConfigurations: [
        { Id: 'DeadLetterWrites', Prefix: 'dead-letters/' },
        { Id: 'FailedBatchWrites', Prefix: 'aws/lambda/' },
      ],
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'replayed/', ExpirationInDays: 30, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'dead-letters/', ExpirationInDays: 90, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'aws/lambda/', ExpirationInDays: 90, Status: 'Enabled' }),
        ]),
      },
    });
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    s.template.hasOutput('DeadLetterBucket', Match.anyValue());
  });
});

describe('OpenSearch', () => {
  it('is OpenSearch 2.19 in the VPC, encrypted at rest and node to node, HTTPS with TLS 1.2, logging', () => {
    s.template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      EngineVersion: 'OpenSearch_2.19',
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      VPCOptions: { SubnetIds: Match.anyValue(), SecurityGroupIds: Match.anyValue() },
      ClusterConfig: Match.objectLike({ InstanceCount: 2, ZoneAwarenessEnabled: true }),
      LogPublishingOptions: Match.objectLike({
        SEARCH_SLOW_LOGS: Match.objectLike({ Enabled: true }),
        INDEX_SLOW_LOGS: Match.objectLike({ Enabled: true }),
      }),
    });
  });

  it('allows es:ESHttp* only to the Logward Lambda roles, and only searches to the API reader', () => {
    const [domain] = Object.values(resourcesOf(s.template, 'AWS::OpenSearchService::Domain'));
    const policy = domain?.Properties?.AccessPolicies as {
      Statement: { Effect: string; Action: unknown; Principal: { AWS: unknown }; Resource: unknown }[];
    };
    expect(policy.Statement.map((statement) => statement.Action)).toEqual([
      'es:ESHttp*',
      ['es:ESHttpGet', 'es:ESHttpHead'],
      'es:ESHttpPost',
      'es:ESHttpGet',
      'es:ESHttpDelete',
      'es:ESHttpPut',
      ['es:ESHttpDelete', 'es:ESHttpPut'],
      'es:ESHttpDelete',
      'es:ESHttpPut',
    ]);
    const [writers, ...scoped] = policy.Statement;
    const principals = (writers?.Principal.AWS ?? []) as unknown[];
    expect(principals).toHaveLength(2); // ingest, api (IAM and Cognito trees)
    for (const principal of principals) {
      expect(principal).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/ServiceRole/), 'Arn'] });
    }
    // A same-account resource policy grants on its own: the reader's and retention's statements are as
    // narrow as their roles'.
    const principal = (statement: (typeof scoped)[number]) =>
      (statement.Principal.AWS as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0].replace(
        /[0-9A-F]{8}$/,
        '',
      );
    const path = (statement: (typeof scoped)[number]) =>
      /:domain\/logward-logs(\/[^"]*)"/.exec(JSON.stringify(statement.Resource))?.[1];
    expect(scoped.map((statement) => [principal(statement), path(statement)])).toEqual([
      ['ApiApiReaderFunctionServiceRole', '/*'], // and the domain itself
      ['ApiApiReaderFunctionServiceRole', '/logs-*/_search'],
      ['SearchIndexRetentionFunctionServiceRole', '/_cat/indices/*'],
      ['SearchIndexRetentionFunctionServiceRole', '/logs-*'],
      ['SearchIndexRetentionFunctionServiceRole', '/logs-*/_settings'],
      ['SearchIndexRetentionFunctionServiceRole', '/*,*'],
      ['SearchIndexRetentionFunctionServiceRole', '/logs-*/*'],
      ['SearchIndexRetentionFunctionServiceRole', '/logs-*/*/*'],
    ]);
    expect(scoped.slice(-3).map((statement) => statement.Effect)).toEqual(['Deny', 'Deny', 'Deny']);
  });
});

describe('OpenSearch access of the writers', () => {
  it('lets the ingest role PUT the index template it installs on its first write (es:ESHttpPut on the domain)', () => {
    const domain = idOf(s.template, 'AWS::OpenSearchService::Domain', 'SearchDomain');
    const search = functionStatements(s.template, 'IngestLogs').filter((statement) =>
      JSON.stringify(statement.Action).includes('es:'),
    );
    expect(search).toEqual([
      expect.objectContaining({
        Action: expect.arrayContaining(['es:ESHttpPut', 'es:ESHttpPost', 'es:ESHttpGet']),
        // `PUT _index_template/…` and `PUT logs-*/_mapping` are paths under the domain ARN: `<arn>/*`.
        Resource: [
          { 'Fn::GetAtt': [domain, 'Arn'] },
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': [domain, 'Arn'] }, '/*']] },
        ],
      }),
    ]);
    const [resource] = Object.values(resourcesOf(s.template, 'AWS::OpenSearchService::Domain'));
    const policy = resource?.Properties?.AccessPolicies as
      | { Statement: Record<string, unknown>[] }
      | undefined;
    const [statement] = policy?.Statement ?? [];
    expect(statement).toMatchObject({ Action: 'es:ESHttp*', Effect: 'Allow' });
    expect(JSON.stringify(statement?.Resource)).toContain(':domain/logward-logs/*');
    expect(statement?.Principal).toEqual({
      AWS: expect.arrayContaining([
        { 'Fn::GetAtt': [expect.stringMatching(/^IngestionIngestLogsFunctionServiceRole/), 'Arn'] },
      ]),
    });
  });

  /** The statements of the retention role's policy, each resource as its path on the domain. */
  function retentionGrants(template: Synthesized['template']) {
    const domain = idOf(template, 'AWS::OpenSearchService::Domain', 'SearchDomain');
    const pathOf = (resource: unknown) => {
      const [arn, path] = (resource as { 'Fn::Join': [string, [unknown, string]] })['Fn::Join'][1];
      expect(arn).toEqual({ 'Fn::GetAtt': [domain, 'Arn'] });
      return path;
    };
    return functionStatements(template, 'IndexRetention').map(({ Effect, Action, Resource }) => [
      Effect,
      Action,
      ...[Resource].flat().map(pathOf),
    ]);
  }

  /**
   * Whether the retention role's policy lets `action` reach `path`, as IAM matches a resource: `*` stands
   * for any characters, `/` and `,` included; a Deny wins over any Allow.
   */
  function retentionMay(grants: ReturnType<typeof retentionGrants>, action: string, path: string): boolean {
    const matching = grants.filter(([, actions, ...resources]) => {
      const glob = (resource: unknown) =>
        new RegExp(
          `^${String(resource)
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        );
      return [actions].flat().includes(action) && resources.some((resource) => glob(resource).test(path));
    });
    return matching.some(([effect]) => effect === 'Allow') && !matching.some(([effect]) => effect === 'Deny');
  }

  // lambdas/adapters/opensearch/retention.ts, one index per request; the warm paths with UltraWarm nodes.
  const retentionSends: [string, string][] = [
    ['es:ESHttpGet', '/_cat/indices/logs-*'],
    ['es:ESHttpDelete', '/logs-2025.10.01'],
    ['es:ESHttpPut', '/logs-2025.10.20/_settings'],
  ];
  const warmSends: [string, string][] = [
    ['es:ESHttpGet', '/_cat/indices/_warm'],
    ['es:ESHttpGet', '/_ultrawarm/migration/_status'],
    ['es:ESHttpPost', '/_ultrawarm/migration/logs-2025.10.20/_warm'],
  ];
  // What `logs-*` alone would let through: other indices joined by a comma, and documents.
  const beyondRetention: [string, string][] = [
    ['es:ESHttpDelete', '/logs-2025.10.01,secrets'],
    // The comma percent-encoded, as the OpenSearch client sends it; the domain decodes it.
    ['es:ESHttpDelete', '/logs-2025.10.01%2Csecrets'],
    ['es:ESHttpPut', '/logs-2025.10.20%2csecrets/_settings'],
    ['es:ESHttpDelete', '/logs-2025.10.01/_doc/1'],
    ['es:ESHttpPut', '/logs-2025.10.20/_doc/_settings'],
    ['es:ESHttpPut', '/logs-2025.10.20,secrets/_settings'],
  ];
  const beyondWarm: [string, string][] = [
    ['es:ESHttpPost', '/_ultrawarm/migration/logs-2025.10.20,secrets/_warm'],
    ['es:ESHttpPost', '/_ultrawarm/migration/logs-2025.10.20%2Csecrets/_warm'],
    ['es:ESHttpPost', '/_ultrawarm/migration/logs-2025.10.20/_doc/_warm'],
  ];

  it('lets the retention role list indices, delete log indices and drop their replicas, nothing else', () => {
    expect(retentionGrants(s.template)).toEqual([
      ['Allow', 'es:ESHttpGet', '/_cat/indices/*'],
      ['Allow', 'es:ESHttpDelete', '/logs-*'],
      ['Allow', 'es:ESHttpPut', '/logs-*/_settings'],
      ['Deny', ['es:ESHttpDelete', 'es:ESHttpPut'], '/*%2C*', '/*%2c*', '/*,*'],
      ['Deny', 'es:ESHttpDelete', '/logs-*/*'],
      ['Deny', 'es:ESHttpPut', '/logs-*/*/*'],
    ]);
    const grants = retentionGrants(s.template);
    for (const [action, path] of retentionSends)
      expect([action, path, retentionMay(grants, action, path)]).toEqual([action, path, true]);
    for (const [action, path] of beyondRetention)
      expect([action, path, retentionMay(grants, action, path)]).toEqual([action, path, false]);
    s.template.resourceCountIs('AWS::CloudFormation::CustomResource', 0);
  });

  it('with UltraWarm nodes, also lets it read the migration status and migrate log indices to warm', () => {
    const grants = retentionGrants(synth({ 'logward:size': 'large' }).template);
    expect(grants).toEqual([
      ['Allow', 'es:ESHttpGet', '/_cat/indices/*', '/_ultrawarm/migration/_status'],
      ['Allow', 'es:ESHttpDelete', '/logs-*'],
      ['Allow', 'es:ESHttpPut', '/logs-*/_settings'],
      ['Allow', 'es:ESHttpPost', '/_ultrawarm/migration/logs-*/_warm'],
      ['Deny', ['es:ESHttpDelete', 'es:ESHttpPost', 'es:ESHttpPut'], '/*%2C*', '/*%2c*', '/*,*'],
      ['Deny', 'es:ESHttpDelete', '/logs-*/*'],
      ['Deny', 'es:ESHttpPut', '/logs-*/*/*'],
      ['Deny', 'es:ESHttpPost', '/_ultrawarm/migration/*/*/*'],
    ]);
    for (const [action, path] of [...retentionSends, ...warmSends])
      expect([action, path, retentionMay(grants, action, path)]).toEqual([action, path, true]);
    for (const [action, path] of [...beyondRetention, ...beyondWarm])
      expect([action, path, retentionMay(grants, action, path)]).toEqual([action, path, false]);
  });
});

describe('DynamoDB', () => {
  it.each([
    ['nodes', [{ AttributeName: 'nodeId', KeyType: 'HASH' }]],
    [
      'counters/alerts',
      [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    ],
  ])('%s: on-demand, PITR, AWS-managed encryption, TTL on expiresAt', (_name, keySchema) => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: keySchema,
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it.each([
    // What each handler's stores touch: lambdas/alerting/dependencies.ts.
    ['IngestLogs', ['Alerts', 'Counters', 'Patterns'], true],
    ['IngestHeartbeats', ['Counters', 'Nodes'], false],
    ['HeartbeatMonitor', ['Alerts', 'Counters', 'Nodes'], false],
    ['AlertDispatcher', ['Alerts', 'Counters', 'Nodes'], false],
    ['ApiHandler', ['Alerts', 'Counters', 'Nodes', 'Patterns'], true],
    ['ApiReader', ['Alerts', 'Nodes', 'Patterns'], true],
    ['IndexRetention', [], true],
  ])('%s gets data access to tables %j and search=%s, nothing more', (name, tables, search) => {
    const [policy] = Object.entries(resourcesOf(s.template, 'AWS::IAM::Policy')).filter(([id]) =>
      id.includes(name),
    );
    const statements = statementsOf(policy?.[1]);
    const tableRefs = statements
      .filter((statement) => JSON.stringify(statement.Action).includes('dynamodb:'))
      .flatMap(
        (statement) => JSON.stringify(statement.Resource).match(/Storage([A-Za-z]+?)[0-9A-F]{8}/g) ?? [],
      )
      .map((id) => id.replace(/^Storage/, '').replace(/[0-9A-F]{8}$/, ''));
    expect([...new Set(tableRefs)].sort()).toEqual(tables);
    expect(statements.some((statement) => JSON.stringify(statement.Action).includes('es:ESHttp'))).toBe(
      search,
    );
  });
});

describe('SES and alerting', () => {
  it('creates the sender identity and outputs its DKIM records', () => {
    s.template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'example.com' });
    const outputs = Object.keys(s.template.findOutputs('*'));
    expect(outputs.filter((name) => name.includes('DkimRecord'))).toHaveLength(3);
  });

  it('passes sender and recipients to the alerting functions and lets them send', () => {
    expect(s.stack.resolve(s.stack.alerting.environment)).toEqual({
      ALERT_EMAIL_FROM: 'logward-alerts@example.com',
      ALERT_EMAIL_TO: 'team@example.com',
      ALERT_SNS_TOPIC_ARN: { Ref: expect.stringMatching(/^AlertingChannelsAlertTopic/) },
    });
    const [dispatcher] = Object.entries(resourcesOf(s.template, 'AWS::IAM::Policy')).filter(([id]) =>
      id.includes('AlertDispatcher'),
    );
    const ses = statementsOf(dispatcher?.[1]).filter((statement) =>
      String(statement.Action).includes('ses:'),
    );
    expect(ses.map((statement) => statement.Action)).toEqual([['ses:SendEmail', 'ses:SendRawEmail']]);
    expect(ses[0]?.Resource).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':ses:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':identity/',
          { Ref: expect.stringMatching(/^AlertingIdentity/) },
        ],
      ],
    });
  });

  it('runs the heartbeat monitor and the alert dispatcher every minute, index retention daily', () => {
    const rules = Object.values(resourcesOf(s.template, 'AWS::Events::Rule')).map((rule) => [
      rule.Properties?.Description,
      rule.Properties?.ScheduleExpression,
    ]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['Logward: runs heartbeat-monitor.ts every 1 minute', 'rate(1 minute)'],
        ['Logward: runs alert-dispatcher.ts every 1 minute', 'rate(1 minute)'],
        ['Logward: runs retention.ts every 1 day', 'rate(1 day)'],
      ]),
    );
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: retention.ts',
      // The `small` preset keeps 7 days, all hot: no WARM_AFTER_DAYS without UltraWarm nodes.
      Environment: { Variables: Match.objectLike({ RETENTION_DAYS: '7', WARM_AFTER_DAYS: Match.absent() }) },
    });
  });
});

describe('API Gateway', () => {
  it('throttles through a usage plan bound to the stage and the key', () => {
    s.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 50, BurstLimit: 100 },
      ApiStages: [Match.objectLike({ Stage: Match.anyValue() })],
    });
    s.template.hasResourceProperties('AWS::ApiGateway::UsagePlanKey', { KeyType: 'API_KEY' });
  });

  it('writes JSON access logs and error execution logs, tracing off by default', () => {
    s.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'v1',
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      MethodSettings: Match.arrayWith([Match.objectLike({ LoggingLevel: 'ERROR', DataTraceEnabled: false })]),
      TracingEnabled: false,
    });
    s.template.hasOutput('ApiUrl', Match.anyValue());
  });

  it('lets exactly the console origin call it from a browser, in the preflight and in the handler', () => {
    const domainName = {
      'Fn::GetAtt': [idOf(s.template, 'AWS::CloudFront::Distribution', 'Console'), 'DomainName'],
    };
    s.template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'OPTIONS',
      Integration: Match.objectLike({
        IntegrationResponses: [
          Match.objectLike({
            ResponseParameters: Match.objectLike({
              'method.response.header.Access-Control-Allow-Origin': {
                'Fn::Join': ['', ["'https://", domainName, "'"]],
              },
            }),
            ResponseTemplates: Match.absent(),
          }),
        ],
      }),
    });
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: REST API',
      Environment: {
        Variables: Match.objectLike({ LOGWARD_CORS_ORIGINS: { 'Fn::Join': ['', ['https://', domainName]] } }),
      },
    });
    // A 401 from the Cognito authorizer (an expired token) must reach the console as a 401, not a CORS error.
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
      s.template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: type,
        ResponseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': {
            'Fn::Join': ['', ["'https://", domainName, "'"]],
          },
          'gatewayresponse.header.Vary': "'Origin'",
        },
      });
    }
  });
});

describe('monitoring', () => {
  it('encrypts the alarm topic with a rotating customer key CloudWatch may use, and subscribes the emails', () => {
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    s.template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  it.each([
    ['OffsetLag', 'AWS/Lambda', 100000],
    ['Errors', 'AWS/Lambda', 1],
    ['Throttles', 'AWS/Lambda', 1],
    ['ClusterStatus.red', 'AWS/ES', 1],
    ['ClusterIndexWritesBlocked', 'AWS/ES', 1],
    ['KafkaDataLogsDiskUsed', 'AWS/Kafka', 80],
  ])('alarms on %s to the topic', (metricName, namespace, threshold) => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metricName,
      Namespace: namespace,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmTopic') }],
    });
  });

  it('alarms on errors and throttles of every Logward function, to the topic, on alarm and on recovery', () => {
    const functions = Object.entries(resourcesOf(s.template, 'AWS::Lambda::Function')).filter(([, fn]) =>
      String(fn.Properties?.Description).startsWith('Logward:'),
    );
    expect(functions).toHaveLength(7);
    const topic = [{ Ref: Match.stringLikeRegexp('^MonitoringAlarmTopic') }];
    for (const [id] of functions) {
      for (const metric of ['Errors', 'Throttles']) {
        s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }],
          AlarmActions: topic,
          OKActions: topic,
        });
      }
    }
  });

  it.each([['IngestLogs'], ['IngestHeartbeats']])('alarms on the event source OffsetLag of %s', (name) => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'OffsetLag',
      Statistic: 'Maximum',
      EvaluationPeriods: 5,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: idOf(s.template, 'AWS::Lambda::Function', name) } }],
    });
  });

  it("alarms on the first object written under dead-letters/ or the mappings' aws/lambda/ (request metrics filters)", () => {
    const bucket = { Ref: idOf(s.template, 'AWS::S3::Bucket', 'DeadLetters') };
    const puts = (filterId: string) =>
      Match.objectLike({
        MetricStat: Match.objectLike({
          Metric: {
            Namespace: 'AWS/S3',
            MetricName: 'PutRequests',
            Dimensions: Match.arrayWith([
              { Name: 'BucketName', Value: bucket },
              { Name: 'FilterId', Value: filterId },
            ]),
          },
          Stat: 'Sum',
        }),
        ReturnData: false,
      });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      // No object written is no data: that is fine.
      TreatMissingData: 'notBreaching',
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'FILL(puts0, 0) + FILL(puts1, 0)' }),
        puts('DeadLetterWrites'),
        puts('FailedBatchWrites'),
      ]),
    });
  });

  it('treats a silent domain, a silent broker disk or a stopped schedule as failing, and silent errors as fine', () => {
    const alarms = Object.values(resourcesOf(s.template, 'AWS::CloudWatch::Alarm')).map((alarm) => [
      alarm.Properties?.MetricName ?? 'expression',
      alarm.Properties?.TreatMissingData,
    ]);
    for (const metric of ['ClusterStatus.red', 'FreeStorageSpace', 'ClusterIndexWritesBlocked']) {
      expect(alarms).toContainEqual([metric, 'breaching']);
    }
    expect(alarms.filter(([metric]) => metric === 'KafkaDataLogsDiskUsed')).toEqual([
      ['KafkaDataLogsDiskUsed', 'breaching'],
      ['KafkaDataLogsDiskUsed', 'breaching'],
    ]);
    expect(alarms.filter(([metric]) => metric === 'Invocations')).toEqual([
      ['Invocations', 'breaching'],
      ['Invocations', 'breaching'],
      ['Invocations', 'breaching'],
    ]);
    for (const metric of ['Errors', 'Throttles', 'expression']) {
      expect(
        alarms.filter(([name]) => name === metric).every(([, missing]) => missing === 'notBreaching'),
      ).toBe(true);
    }
  });

  it('alarms when the heartbeat monitor, the dispatcher or the retention job stops being invoked', () => {
    for (const [name, period] of [
      ['HeartbeatMonitor', 300],
      ['AlertDispatcher', 300],
      ['IndexRetention', 86400],
    ] as const) {
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Invocations',
        Statistic: 'Sum',
        Period: period,
        EvaluationPeriods: 2,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'breaching',
        Dimensions: [
          { Name: 'FunctionName', Value: { Ref: idOf(s.template, 'AWS::Lambda::Function', name) } },
        ],
      });
    }
  });

  it('alarms when a broker data disk is 80 % full, per broker of the cluster', () => {
    for (const broker of ['1', '2']) {
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Kafka',
        MetricName: 'KafkaDataLogsDiskUsed',
        Statistic: 'Maximum',
        Threshold: 80,
        Dimensions: [
          { Name: 'Broker ID', Value: broker },
          { Name: 'Cluster Name', Value: 'Logward-kafka' },
        ],
      });
    }
  });

  it('alarms when the domain blocks writes (AWS recommended: ClusterIndexWritesBlocked >= 1 for 5 minutes)', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ES',
      MetricName: 'ClusterIndexWritesBlocked',
      Statistic: 'Maximum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      Dimensions: Match.arrayWith([
        { Name: 'DomainName', Value: { Ref: idOf(s.template, 'AWS::OpenSearchService::Domain', 'Search') } },
      ]),
    });
  });

  it('watches the domain itself for red status and free storage', () => {
    for (const metric of ['ClusterStatus.red', 'FreeStorageSpace']) {
      s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ES',
        MetricName: metric,
        Dimensions: Match.arrayWith([
          {
            Name: 'DomainName',
            Value: { Ref: idOf(s.template, 'AWS::OpenSearchService::Domain', 'Search') },
          },
        ]),
      });
    }
  });

  it('alarms when a search node has a quarter of its storage left', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'FreeStorageSpace',
      Namespace: 'AWS/ES',
      // A quarter of the small preset's 120 GiB, in MiB.
      Threshold: 30720,
      ComparisonOperator: 'LessThanOrEqualToThreshold',
    });
  });

  it('draws a dashboard', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'Logward-pipeline' });
  });
});

describe('network', () => {
  it('creates private subnets with one NAT, DynamoDB/S3 gateway endpoints and the endpoints the ESM needs', () => {
    s.template.resourcePropertiesCountIs('AWS::EC2::NatGateway', {}, 1);
    s.template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      ServiceName: { 'Fn::Join': ['', Match.arrayWith(['.dynamodb'])] },
    });
    for (const service of ['lambda', 'sts']) {
      s.template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Interface',
        PrivateDnsEnabled: true,
        ServiceName: { 'Fn::Join': ['', Match.arrayWith([`.${service}`])] },
      });
    }
    s.template.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'REJECT' });
  });
});

describe('alert channels: SNS topic and webhook secrets', () => {
  const WEBHOOK_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:logward/webhook-AbCdEf';
  let c: Synthesized;
  beforeAll(() => {
    c = synth({
      'logward:senderIdentity': 'example.com',
      'logward:alertRecipients': 'team@example.com',
      'logward:slackWebhookSecret': 'create',
      'logward:alertWebhookSecret': WEBHOOK_ARN,
      'logward:alertRecipientDomains': 'example.com',
      'logward:alertRecipientGroups': { oncall: ['pager@example.org'] },
    });
  });
  const topicRef = () => ({ Ref: idOf(c.template, 'AWS::SNS::Topic', 'AlertingChannelsAlertTopic') });
  const slackRef = () => ({ Ref: idOf(c.template, 'AWS::SecretsManager::Secret', 'SlackWebhookSecret') });
  const signingRef = () => ({
    Ref: idOf(c.template, 'AWS::SecretsManager::Secret', 'AlertWebhookSigningSecret'),
  });

  it('encrypts the alert topic with its own rotating key and refuses publishers without TLS', () => {
    const key = idOf(c.template, 'AWS::KMS::Key', 'AlertTopicKey');
    c.template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'Logward alerts',
      KmsMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] },
    });
    c.template.hasResourceProperties('AWS::KMS::Key', {
      Description: 'Logward alert topic (SMS and mobile push)',
      EnableKeyRotation: true,
    });
    c.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [topicRef()],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    c.template.hasOutput('AlertTopicArn', { Value: topicRef() });
  });

  it('creates the Slack secret (retained; the URL is put after deploy) and imports the webhook one by ARN', () => {
    c.template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    c.template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ Description: Match.stringLikeRegexp('Slack incoming webhook URL') }),
    });
    c.template.hasOutput('SlackWebhookSecretArn', {
      Value: slackRef(),
      Description: Match.stringLikeRegexp('put-secret-value'),
    });
    expect(Object.keys(c.template.findOutputs('AlertWebhookSecretArn'))).toEqual([]);
  });

  it('creates a random signing secret for the webhook, retained, and outputs where the receiver reads it', () => {
    c.template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Description: Match.stringLikeRegexp('signed with \\(HMAC-SHA256\\)'),
        GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
      }),
    });
    c.template.hasOutput('AlertWebhookSigningSecretArn', {
      Value: signingRef(),
      Description: Match.stringLikeRegexp('get-secret-value'),
    });
    const imported = synth({
      'logward:alertWebhookSecret': WEBHOOK_ARN,
      'logward:alertWebhookSigningSecret': `${WEBHOOK_ARN.slice(0, -7)}-signing-AbCdEf`,
    });
    imported.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(() => synth({ 'logward:alertWebhookSigningSecret': 'create' })).toThrow(
      /AlertWebhookSigningSecret got "create" without alertWebhookSecret/,
    );
  });

  it('lets only the dispatcher publish to the topic and read exactly the three secrets (two URLs, the signing key)', () => {
    const delivery = (statement: Statement) =>
      /sns:|kms:|secretsmanager:|ses:/.test(JSON.stringify(statement.Action));
    expect(functionStatements(c.template, 'AlertDispatcher').filter(delivery)).toEqual([
      expect.objectContaining({ Action: ['ses:SendEmail', 'ses:SendRawEmail'] }),
      { Action: 'sns:Publish', Effect: 'Allow', Resource: topicRef() },
      {
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [idOf(c.template, 'AWS::KMS::Key', 'AlertTopicKey'), 'Arn'] },
      },
      {
        Action: 'secretsmanager:GetSecretValue',
        Effect: 'Allow',
        Resource: [WEBHOOK_ARN, signingRef(), slackRef()],
      },
    ]);
    for (const [id, policy] of Object.entries(resourcesOf(c.template, 'AWS::IAM::Policy'))) {
      if (id.includes('AlertDispatcher')) continue;
      expect(statementsOf(policy).filter(delivery), id).toEqual([]);
    }
  });

  it.each([['HeartbeatMonitor'], ['AlertDispatcher'], ['ApiHandler']])(
    '%s gets the default channels: topic and secret ARNs, never a webhook URL',
    (name) => {
      const fn = resourcesOf(c.template, 'AWS::Lambda::Function')[
        idOf(c.template, 'AWS::Lambda::Function', name)
      ];
      const environment = fn?.Properties?.Environment as { Variables: Record<string, unknown> } | undefined;
      const variables = environment?.Variables ?? {};
      expect(variables).toMatchObject({
        ALERT_EMAIL_TO: 'team@example.com',
        ALERT_SNS_TOPIC_ARN: topicRef(),
        SLACK_WEBHOOK_SECRET_ARN: slackRef(),
        ALERT_WEBHOOK_SECRET_ARN: WEBHOOK_ARN,
        ALERT_WEBHOOK_SIGNING_SECRET_ARN: signingRef(),
        // Whom rules may mail: the API checks rules against it, the dispatcher sends within it.
        ALERT_RECIPIENT_DOMAINS: 'example.com',
        ALERT_RECIPIENT_GROUPS: '{"oncall":["pager@example.org"]}',
      });
      expect(Object.keys(variables).filter((name) => /WEBHOOK.*_URL$|_SIGNING_SECRET$/.test(name))).toEqual(
        [],
      );
    },
  );

  it('never lets any function send a webhook over plain http (the local runtime alone may, to loopback)', () => {
    for (const [id, fn] of Object.entries(resourcesOf(c.template, 'AWS::Lambda::Function'))) {
      expect(JSON.stringify(fn.Properties?.Environment ?? {}), id).not.toContain('ALLOW_LOOPBACK_HTTP');
    }
  });

  it('has no unacknowledged cdk-nag findings', () => {
    expect(nagFindings(c.app)).toEqual([]);
  });
});

describe('ingest parsing configuration', () => {
  it('passes logward:parsers and logward:defaultTimeZone to the ingest function only', () => {
    const parsers = { nginx: { format: 'access_combined', zone: 'Europe/Paris' } };
    const { template } = synth({
      'logward:parsers': JSON.stringify(parsers),
      'logward:defaultTimeZone': 'America/New_York',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      Environment: {
        Variables: Match.objectLike({
          LOGWARD_PARSERS: JSON.stringify(parsers),
          LOGWARD_DEFAULT_TIMEZONE: 'America/New_York',
        }),
      },
    });
    const carriers = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).filter((fn) =>
      JSON.stringify(fn.Properties?.Environment ?? {}).includes('LOGWARD_PARSERS'),
    );
    expect(carriers).toHaveLength(1);
  });

  it('defaults the zone to UTC and sets no parsers', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      Environment: {
        Variables: Match.objectLike({ LOGWARD_DEFAULT_TIMEZONE: 'UTC', LOGWARD_PARSERS: Match.absent() }),
      },
    });
  });

  it('tells ingest the index retention, so no line is filed in an index retention deletes', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      // The same days as the retention function (the `small` preset keeps 7).
      Environment: { Variables: Match.objectLike({ RETENTION_DAYS: '7' }) },
    });
  });
});

describe('default rules', () => {
  it('are created on deploy with a conditional put per rule, never overwriting a changed rule', () => {
    const creates = Object.values(resourcesOf(s.template, 'Custom::AWS'))
      .map((resource) => JSON.stringify(resource.Properties?.Create))
      .filter((create) => create.includes('putItem'));
    expect(creates).toHaveLength(DEFAULT_RULES.length);
    for (const [i, rule] of DEFAULT_RULES.entries()) {
      expect(creates[i]).toContain('attribute_not_exists(pk)');
      expect(creates[i]).toContain(`default-rule-${rule.id}`);
      expect(creates[i]).toContain('ConditionalCheckFailedException');
    }
  });

  it('alert mails link to the console, webhooks to the API: the monitor and dispatcher get both URLs', () => {
    for (const name of ['HeartbeatMonitor', 'AlertDispatcher']) {
      const [fn] = Object.entries(resourcesOf(s.template, 'AWS::Lambda::Function')).filter(([id]) =>
        id.includes(name),
      );
      const environment = fn?.[1].Properties?.Environment as
        | { Variables: Record<string, unknown> }
        | undefined;
      const variables = environment?.Variables ?? {};
      expect(JSON.stringify(variables.LOGWARD_API_URL)).toContain('ApiRestApi');
      const distribution = idOf(s.template, 'AWS::CloudFront::Distribution', 'Console');
      expect(variables.LOGWARD_CONSOLE_URL).toEqual({
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/']],
      });
    }
  });
});
