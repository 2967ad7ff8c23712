import { Annotations, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { KafkaMode } from '../config.ts';
import { acknowledge } from '../nag.ts';

/** The two topics Logward uses. */
export const TOPICS = ['logs', 'heartbeats'] as const;
/** A Logward topic name. */
export type TopicName = (typeof TOPICS)[number];

/** Port of the SASL/IAM over TLS listener on MSK brokers. */
export const KAFKA_IAM_PORT = 9098;

const CLUSTER_ARN_PARTS =
  /^arn:(?<partition>aws[a-z-]*):kafka:(?<region>[a-z0-9-]+):(?<account>\d{12}):cluster\/(?<name>[A-Za-z0-9-]+)\/(?<uuid>[A-Za-z0-9-]+)$/;

/** Properties of the Kafka (MSK) cluster. */
export interface KafkaClusterProps {
  /** VPC of a new cluster. */
  readonly vpc: ec2.IVpc;
  /** Private subnets of a new cluster, one broker set per AZ. */
  readonly subnets: ec2.SubnetSelection;
  /**
   * provisioned: a new MSK provisioned cluster; serverless: a new MSK Serverless cluster; existing: `existingClusterArn`.
   * @default 'provisioned'
   */
  readonly mode?: KafkaMode;
  /**
   * ARN of the cluster to use in `existing` mode (SASL/IAM on port 9098 must be enabled on it).
   * @default - none; required in `existing` mode
   */
  readonly existingClusterArn?: string;
  /**
   * Kafka version of a provisioned cluster; the MSK topic API needs 3.6.0 or later.
   * @default '3.9.x'
   */
  readonly kafkaVersion?: string;
  /**
   * Broker instance type of a provisioned cluster.
   * @default 'kafka.m7g.large'
   */
  readonly brokerInstanceType?: string;
  /**
   * Number of brokers of a provisioned cluster, a multiple of the AZ count.
   * @default - one per AZ
   */
  readonly brokerCount?: number;
  /**
   * EBS storage per broker of a provisioned cluster, GiB.
   * @default 100
   */
  readonly brokerVolumeGiB?: number;
  /**
   * Most storage autoscaling may grow each broker's volume to, GiB; it grows the volume (never shrinks it)
   * when disk use passes 60 %. Equal to `brokerVolumeGiB` turns autoscaling off.
   * @default - 5 × `brokerVolumeGiB`
   */
  readonly brokerMaxVolumeGiB?: number;
  /**
   * Hours the topics keep records (`log.retention.hours`): how far back a replay can go after an outage.
   * @default 168
   */
  readonly retentionHours?: number;
  /**
   * Create the `logs` and `heartbeats` topics with `AWS::MSK::Topic` (provisioned clusters on Kafka ≥ 3.6 only).
   * @default true for a new provisioned cluster, false otherwise
   */
  readonly createTopics?: boolean;
  /**
   * Partitions of each topic; bounds ingest Lambda parallelism (one concurrent batch per partition).
   * @default { logs: 6, heartbeats: 3 }
   */
  readonly partitions?: Readonly<Record<TopicName, number>>;
  /**
   * CIDRs agents connect from (port 9098).
   * @default - `vpcCidr`
   */
  readonly clientCidrs?: readonly string[];
  /**
   * The VPC's CIDR as a literal, the default client CIDR.
   * @default - the VPC's CIDR token (cdk-nag cannot check it, so it is acknowledged)
   */
  readonly vpcCidr?: string;
  /** Retention of the broker log group. */
  readonly logRetention: logs.RetentionDays;
}

/**
 * The Kafka transport: an MSK provisioned (default) or serverless cluster with IAM auth and TLS only,
 * or an existing cluster by ARN; its topics; the IAM ARNs of topics and groups; a managed policy for agents
 * and the SASL/IAM bootstrap broker string.
 */
export class KafkaCluster extends Construct {
  /** Cluster ARN. */
  public readonly clusterArn: string;
  /** How the cluster was obtained. */
  public readonly mode: KafkaMode;
  /** Partitions per topic (as created, or as assumed for an existing cluster). */
  public readonly partitions: Readonly<Record<TopicName, number>>;
  /** Security group of a new cluster's brokers; undefined for an existing cluster. */
  public readonly securityGroup?: ec2.SecurityGroup;
  /** Managed policy for agent servers: connect and write to the two topics, nothing else. */
  public readonly agentPolicy: iam.ManagedPolicy;
  /** Topics this stack creates (empty when it creates none); consumers wait for them. */
  public readonly topics: msk.CfnTopic[] = [];
  /** Comma-separated SASL/IAM bootstrap brokers (host:9098), read at deploy time. */
  public readonly bootstrapBrokers: string;
  /** A provisioned cluster's name and broker ids, for per-broker alarms; undefined otherwise. */
  public brokers?: { readonly clusterName: string; readonly ids: readonly number[] };

  private readonly clusterName: string;
  private readonly arnPrefix: {
    partition: string;
    region: string;
    account: string;
    name: string;
    uuid: string;
  };

  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    this.mode = props.mode ?? 'provisioned';
    this.clusterName = `${Stack.of(this).stackName}-kafka`;
    this.partitions = props.partitions ?? { logs: 6, heartbeats: 3 };
    for (const [topic, count] of Object.entries(this.partitions)) {
      if (!Number.isInteger(count) || count < 1 || count > 1000) {
        throw new Error(
          `${this.node.path}: partitions.${topic} got ${count}; use a whole number from 1 to 1000.`,
        );
      }
    }

    if (this.mode === 'existing') {
      this.clusterArn = this.validateExistingArn(props.existingClusterArn);
    } else {
      if (props.existingClusterArn !== undefined) {
        throw new Error(
          `${this.node.path}: existingClusterArn got ${props.existingClusterArn} with mode ${this.mode}; ` +
            'set mode to existing (-c logward:kafkaMode=existing) or drop the ARN.',
        );
      }
      this.securityGroup = this.createSecurityGroup(props);
      this.clusterArn =
        this.mode === 'provisioned'
          ? this.createProvisioned(props, this.securityGroup)
          : this.createServerless(props);
    }
    this.arnPrefix = this.splitArn();

    const createTopics = props.createTopics ?? this.mode === 'provisioned';
    if (createTopics) this.createTopics(props);
    else this.warnTopics();

    this.agentPolicy = this.createAgentPolicy();
    this.bootstrapBrokers = this.readBootstrapBrokers();
  }

  /** IAM ARN of a topic of this cluster. */
  public topicArn(topic: string): string {
    return this.kafkaArn('topic', topic);
  }

  /** IAM ARN of a consumer group of this cluster. */
  public groupArn(group: string): string {
    return this.kafkaArn('group', group);
  }

  /** Grants what a Lambda event source mapping with IAM auth needs to consume `topic` as `group`. */
  public grantConsume(grantee: iam.IGrantable, topic: TopicName, group: string): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeClusterDynamicConfiguration'],
        resources: [this.clusterArn],
      }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'],
        resources: [this.topicArn(topic)],
      }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kafka-cluster:DescribeGroup', 'kafka-cluster:AlterGroup'],
        resources: [this.groupArn(group)],
      }),
    );
  }

  private validateExistingArn(arn: string | undefined): string {
    if (arn === undefined || arn === '') {
      throw new Error(
        `${this.node.path}: mode existing needs the cluster ARN; pass -c logward:kafkaClusterArn=arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>.`,
      );
    }
    if (!Token.isUnresolved(arn) && !CLUSTER_ARN_PARTS.test(arn)) {
      throw new Error(
        `${this.node.path}: existingClusterArn got ${arn}; expected arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid> ` +
          '(copy it from `aws kafka list-clusters-v2`).',
      );
    }
    return arn;
  }

  private createSecurityGroup(props: KafkaClusterProps): ec2.SecurityGroup {
    const sg = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Logward MSK brokers (SASL/IAM over TLS)',
      allowAllOutbound: false,
    });
    // The Lambda event source mapping attaches this same group to its pollers' network interfaces.
    sg.connections.allowInternally(ec2.Port.tcp(KAFKA_IAM_PORT), 'MSK event source mapping pollers');
    sg.addEgressRule(
      ec2.Peer.anyIpv4(),
      ec2.Port.tcp(443),
      'Pollers reach Lambda, STS and S3 (endpoints or NAT)',
    );
    const cidrs = props.clientCidrs?.length ? props.clientCidrs : [props.vpcCidr ?? props.vpc.vpcCidrBlock];
    if (cidrs.some((cidr) => Token.isUnresolved(cidr))) {
      acknowledge(sg, [
        {
          id: 'AwsSolutions-EC23',
          reason:
            'Ingress on 9098 from the imported VPC CIDR (a deploy-time value cdk-nag cannot read), never 0.0.0.0/0.',
        },
      ]);
    }
    for (const cidr of cidrs) {
      if (!Token.isUnresolved(cidr) && !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr)) {
        throw new Error(`${this.node.path}: clientCidrs got ${cidr}; use IPv4 CIDRs such as 10.0.0.0/8.`);
      }
      if (cidr === '0.0.0.0/0') {
        throw new Error(
          `${this.node.path}: clientCidrs got 0.0.0.0/0; brokers are private, list the agents' networks.`,
        );
      }
      sg.addIngressRule(
        ec2.Peer.ipv4(cidr),
        ec2.Port.tcp(KAFKA_IAM_PORT),
        'Logward agents (SASL/IAM over TLS)',
      );
    }
    return sg;
  }

  private createProvisioned(props: KafkaClusterProps, sg: ec2.SecurityGroup): string {
    const subnets = props.vpc.selectSubnets(props.subnets);
    const azCount = subnets.subnetIds.length;
    if (azCount < 2) {
      throw new Error(
        `${this.node.path}: MSK needs private subnets in at least 2 AZs, got ${azCount}; add subnets.`,
      );
    }
    const brokerCount = props.brokerCount ?? azCount;
    if (!Number.isInteger(brokerCount) || brokerCount < azCount || brokerCount % azCount !== 0) {
      throw new Error(
        `${this.node.path}: brokerCount got ${brokerCount}; MSK needs a multiple of the ${azCount} AZs, e.g. ${azCount} or ${azCount * 2}.`,
      );
    }
    const version = props.kafkaVersion ?? '3.9.x';
    const match = /^(\d+)\.(\d+)/.exec(version);
    if (!match || Number(match[1]) < 3 || (Number(match[1]) === 3 && Number(match[2]) < 6)) {
      throw new Error(
        `${this.node.path}: kafkaVersion got ${version}; use 3.6.0 or later (e.g. 3.9.x) so topics can be created by CloudFormation.`,
      );
    }
    const volumeGiB = props.brokerVolumeGiB ?? 100;
    const maxVolumeGiB = props.brokerMaxVolumeGiB ?? volumeGiB * 5;
    if (!Number.isInteger(maxVolumeGiB) || maxVolumeGiB < volumeGiB || maxVolumeGiB > 16384) {
      throw new Error(
        `${this.node.path}: brokerMaxVolumeGiB got ${maxVolumeGiB}; use a whole number from brokerVolumeGiB (${volumeGiB}) to 16384.`,
      );
    }
    const retentionHours = props.retentionHours ?? 168;
    if (!Number.isInteger(retentionHours) || retentionHours < 1) {
      throw new Error(
        `${this.node.path}: retentionHours got ${retentionHours}; use a whole number of hours >= 1.`,
      );
    }
    const replication = Math.min(3, brokerCount);
    const brokerLogs = new logs.LogGroup(this, 'BrokerLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const configuration = new msk.CfnConfiguration(this, 'Configuration', {
      // A new Kafka version replaces the configuration (its version list cannot change in place), and a
      // replacement needs a new name: the version is part of it, so a version bump deploys.
      name: `${Stack.of(this).stackName}-kafka-${version.replace(/[^0-9A-Za-z]/g, '-')}`,
      kafkaVersionsList: [version],
      serverProperties: [
        'auto.create.topics.enable=false',
        `default.replication.factor=${replication}`,
        `min.insync.replicas=${Math.max(1, replication - 1)}`,
        'num.partitions=6',
        `log.retention.hours=${retentionHours}`,
        'unclean.leader.election.enable=false',
      ].join('\n'),
    });
    const cluster = new msk.CfnCluster(this, 'Cluster', {
      clusterName: this.clusterName,
      kafkaVersion: version,
      numberOfBrokerNodes: brokerCount,
      brokerNodeGroupInfo: {
        instanceType: props.brokerInstanceType ?? 'kafka.m7g.large',
        clientSubnets: subnets.subnetIds,
        securityGroups: [sg.securityGroupId],
        storageInfo: { ebsStorageInfo: { volumeSize: volumeGiB } },
      },
      clientAuthentication: { sasl: { iam: { enabled: true } }, unauthenticated: { enabled: false } },
      encryptionInfo: {
        // No dataVolumeKmsKeyId: MSK encrypts every volume at rest with its AWS managed key.
        encryptionInTransit: { clientBroker: 'TLS', inCluster: true },
      },
      configurationInfo: { arn: configuration.attrArn, revision: configuration.attrLatestRevisionRevision },
      loggingInfo: { brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: brokerLogs.logGroupName } } },
      enhancedMonitoring: 'PER_BROKER',
    });
    cluster.applyRemovalPolicy(RemovalPolicy.RETAIN);
    // MSK refuses to delete a configuration a cluster still uses: it stays with the retained cluster.
    configuration.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.replicationFactor = replication;
    if (maxVolumeGiB > volumeGiB) this.autoscaleStorage(cluster, volumeGiB, maxVolumeGiB);
    this.brokers = {
      clusterName: this.clusterName,
      ids: Array.from({ length: brokerCount }, (_, index) => index + 1),
    };
    return cluster.attrArn;
  }

  /**
   * Application Auto Scaling grows the brokers' volumes when disk use passes 60 % (MSK never shrinks them).
   * L1 without a role: the service-linked role AWSServiceRoleForApplicationAutoScaling_KafkaCluster is used.
   * After it grew a volume, keep `brokerVolumeGiB` at or below the new size: CloudFormation cannot shrink it.
   */
  private autoscaleStorage(cluster: msk.CfnCluster, volumeGiB: number, maxVolumeGiB: number): void {
    const target = new appscaling.CfnScalableTarget(this, 'StorageScaling', {
      serviceNamespace: 'kafka',
      scalableDimension: 'kafka:broker-storage:VolumeSize',
      resourceId: cluster.attrArn,
      minCapacity: volumeGiB,
      maxCapacity: maxVolumeGiB,
    });
    new appscaling.CfnScalingPolicy(this, 'StorageScalingPolicy', {
      policyName: `${Stack.of(this).stackName}-kafka-storage`,
      policyType: 'TargetTrackingScaling',
      scalingTargetId: target.ref,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: 60,
        disableScaleIn: true,
        predefinedMetricSpecification: { predefinedMetricType: 'KafkaBrokerStorageUtilization' },
      },
    });
  }

  private replicationFactor = 3;

  private createServerless(props: KafkaClusterProps): string {
    const subnets = props.vpc.selectSubnets(props.subnets);
    if (!this.securityGroup)
      throw new Error(`${this.node.path}: internal: serverless cluster without security group.`);
    const cluster = new msk.CfnServerlessCluster(this, 'ServerlessCluster', {
      clusterName: this.clusterName,
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      vpcConfigs: [{ subnetIds: subnets.subnetIds, securityGroups: [this.securityGroup.securityGroupId] }],
    });
    cluster.applyRemovalPolicy(RemovalPolicy.RETAIN);
    return cluster.attrArn;
  }

  private createTopics(props: KafkaClusterProps): void {
    if (this.mode === 'serverless') {
      throw new Error(
        `${this.node.path}: createTopics got true with mode serverless; AWS::MSK::Topic supports provisioned clusters ` +
          'only. Drop logward:createTopics and create the topics with a Kafka admin client (see the warning text).',
      );
    }
    for (const topic of TOPICS) {
      const resource = new msk.CfnTopic(this, `Topic-${topic}`, {
        clusterArn: this.clusterArn,
        topicName: topic,
        partitionCount: this.partitions[topic],
        replicationFactor: this.mode === 'existing' ? 3 : this.replicationFactor,
      });
      resource.applyRemovalPolicy(RemovalPolicy.RETAIN);
      this.topics.push(resource);
    }
    if (this.mode === 'existing' && props.createTopics) {
      Annotations.of(this).addWarningV2(
        'logward:kafka:existingTopics',
        'Topics are created on the existing cluster with replication factor 3; it needs Kafka 3.6+ and 3+ brokers.',
      );
    }
  }

  private warnTopics(): void {
    Annotations.of(this).addWarningV2(
      'logward:kafka:topicsNotCreated',
      `Topics are not created by this stack (mode ${this.mode}). Create ${TOPICS.join(' and ')} before sending ` +
        `data, e.g. kafka-topics.sh --create --topic logs --partitions ${this.partitions.logs} with an IAM-auth client.`,
    );
  }

  private splitArn() {
    const literal = CLUSTER_ARN_PARTS.exec(this.clusterArn);
    if (literal?.groups) {
      const { partition = '', region = '', account = '', name = '', uuid = '' } = literal.groups;
      return { partition, region, account, name, uuid };
    }
    const stack = Stack.of(this);
    // arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>
    const slash = (index: number) => Fn.select(index, Fn.split('/', this.clusterArn));
    const colon = (index: number) => Fn.select(index, Fn.split(':', this.clusterArn));
    return this.mode === 'existing'
      ? { partition: colon(1), region: colon(3), account: colon(4), name: slash(1), uuid: slash(2) }
      : {
          partition: stack.partition,
          region: stack.region,
          account: stack.account,
          name: this.clusterName,
          uuid: slash(2),
        };
  }

  private kafkaArn(kind: 'topic' | 'group', name: string): string {
    const p = this.arnPrefix;
    return `arn:${p.partition}:kafka:${p.region}:${p.account}:${kind}/${p.name}/${p.uuid}/${name}`;
  }

  private createAgentPolicy(): iam.ManagedPolicy {
    return new iam.ManagedPolicy(this, 'AgentPolicy', {
      description:
        'Logward agents: connect to the Logward MSK cluster and write to the logs and heartbeats topics only',
      statements: [
        new iam.PolicyStatement({
          sid: 'Cluster',
          actions: [
            'kafka-cluster:Connect',
            'kafka-cluster:DescribeCluster',
            'kafka-cluster:WriteDataIdempotently',
          ],
          resources: [this.clusterArn],
        }),
        new iam.PolicyStatement({
          sid: 'Topics',
          actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData'],
          resources: TOPICS.map((topic) => this.topicArn(topic)),
        }),
      ],
    });
  }

  private readBootstrapBrokers(): string {
    const call: cr.AwsSdkCall = {
      service: 'Kafka',
      action: 'getBootstrapBrokers',
      parameters: { ClusterArn: this.clusterArn },
      physicalResourceId: cr.PhysicalResourceId.of(this.clusterArn),
      outputPaths: ['BootstrapBrokerStringSaslIam'],
    };
    const reader = new cr.AwsCustomResource(this, 'BootstrapBrokers', {
      onCreate: call,
      onUpdate: call,
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [this.clusterArn] }),
      installLatestAwsSdk: false,
    });
    return reader.getResponseField('BootstrapBrokerStringSaslIam');
  }
}

/** Suppressions for the singleton Lambda behind every `AwsCustomResource` in `stack`, with reasons. */
export function suppressAwsCustomResourceFindings(stack: Stack): void {
  const singleton = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
  if (!singleton) return;
  acknowledge(singleton, [
    {
      id: 'AwsSolutions-IAM4',
      reason: 'CDK AwsCustomResource provider: AWSLambdaBasicExecutionRole only lets it write its own logs.',
      findings: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    },
    {
      id: 'AwsSolutions-L1',
      reason: 'CDK AwsCustomResource provider: its runtime is chosen and upgraded by aws-cdk-lib, not by us.',
    },
    ...['Serverless-LambdaDefaultMemorySize', 'Serverless-LambdaDLQ', 'Serverless-LambdaTracing'].map(
      (id) => ({
        id,
        reason:
          "CDK AwsCustomResource provider: aws-cdk-lib's own function, run only by CloudFormation during a deploy, " +
          'which waits for its answer and reports its failure; its memory and tracing are set by aws-cdk-lib.',
      }),
    ),
  ]);
}
