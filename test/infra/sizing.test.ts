import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  isS3BackedInstanceType,
  OR2_PRESETS,
  PRESETS,
  parseSize,
  presetFor,
  shardsFor,
  sizePreset,
  sizingFor,
} from '../../infra/sizing.ts';
import { build, nagFindings, resourcesOf, synth } from './support.ts';

/** The environment of the function whose description is `description`. */
function variables(template: ReturnType<typeof synth>['template'], description: string) {
  const [fn] = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).filter(
    (resource) => resource.Properties?.Description === description,
  );
  const environment = fn?.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined;
  return environment?.Variables ?? {};
}

describe('size presets (infra/sizing.ts)', () => {
  it('derive volumes, shards and warm storage from the volume they are built for', () => {
    expect(
      Object.values(PRESETS).map((preset) => {
        const sizing = sizingFor(preset.name);
        return [
          preset.name,
          sizing.kafkaVolumeGiB,
          sizing.kafkaMaxVolumeGiB,
          sizing.searchVolumeGiB,
          sizing.indexShards,
          sizing.warmGb,
        ];
      }),
    ).toEqual([
      ['small', 50, 100, 120, 2, 0],
      ['medium', 150, 450, 1010, 4, 0],
      ['large', 1100, 4300, 1440, 30, 10890],
    ]);
  });

  it('hold their volume: volumes within the node quota, shards within the heap, enough vCPUs to index', () => {
    expect(
      Object.values(PRESETS).map((preset) => {
        const { limits, searchVolumeGiB } = sizingFor(preset.name);
        return [
          preset.name,
          searchVolumeGiB <= limits.maxGp3GiB,
          limits.shardsPerNode <= limits.maxShardsPerNode,
          limits.vcpuNeeded <= limits.vcpuSustained,
        ];
      }),
    ).toEqual([
      ['small', true, true, true],
      ['medium', true, true, true],
      ['large', true, true, true],
    ]);
  });

  it('refuse a shape that would not hold its volume, saying what fails', () => {
    const small = PRESETS.small;
    const onT3Small = { ...small, search: { ...small.search, instanceType: 't3.small.search' } };
    expect(() => sizePreset(onT3Small, 10)).toThrow(
      "preset small does not hold 10 GB/day: 120 GiB a node exceeds t3.small.search's gp3 quota of 100 GiB.",
    );
    const medium = PRESETS.medium;
    expect(() => sizePreset({ ...medium, search: { ...medium.search, dataNodes: 2 } }, 100)).toThrow(
      'preset medium does not hold 100 GB/day: indexing needs 4.8 vCPU, its nodes sustain 4.0.',
    );
    expect(() => sizePreset(small, 10, { codec: 'lz4' })).toThrow(/no index size ratio for codec lz4/);
    expect(() => sizePreset({ ...medium, indexReplicas: 0 }, 100)).toThrow(
      'preset medium does not hold 100 GB/day: r6g.large.search loses data with a node without a replica (only S3-backed node types keep it).',
    );
  });

  it('on OR2 nodes: a replica only while written, only primaries index, every day hot; medium and large only', () => {
    expect(
      (['medium', 'large'] as const).map((name) => {
        const sizing = sizingFor(name, { family: 'or2' });
        const { limits } = sizing;
        return [
          name,
          `${sizing.search.dataNodes} x ${sizing.search.instanceType}`,
          sizing.replicaDays,
          sizing.searchVolumeGiB,
          limits.maxGp3GiB,
          limits.vcpuNeeded.toFixed(1),
          limits.vcpuSustained,
          sizing.search.warmNodes,
          sizing.hotDays,
        ];
      }),
    ).toEqual([
      ['medium', '2 x or2.large.search', 1, 1160, 1532, '2.4', 4, 0, 14],
      ['large', '8 x or2.xlarge.search', 1, 2850, 3072, '24.0', 32, 0, 14],
    ]);
    // Six or2.xlarge would index 1 TB/day (24 vCPU), but 14 days of it exceed their gp3 quota even with no
    // replica at all.
    const large = OR2_PRESETS.large ?? PRESETS.large;
    expect(() =>
      sizePreset({ ...large, indexReplicas: 0, search: { ...large.search, dataNodes: 6 } }, 1000),
    ).toThrow(
      "preset large does not hold 1000 GB/day: 3320 GiB a node exceeds or2.xlarge.search's gp3 quota of 3072 GiB.",
    );
    // Dropping replicas is refused where they are the durability.
    expect(() => sizePreset({ ...PRESETS.medium, replicaDays: 1 }, 100)).toThrow(
      'preset medium does not hold 100 GB/day: r6g.large.search loses data with a node once replicas are dropped (only S3-backed node types keep it).',
    );
    expect(() => sizingFor('small', { family: 'or2' })).toThrow(/size small has no OR2 preset/);
    expect(presetFor(10, 'or2').name).toBe('medium');
  });

  it('know which node types are OpenSearch-optimized (S3-backed)', () => {
    expect(
      [
        'or1.xlarge.search',
        'or2.large.search',
        'om2.xlarge.search',
        'oi2.large.search',
        'r6g.large.search',
      ].map(isS3BackedInstanceType),
    ).toEqual([true, true, true, true, false]);
  });

  it('size storage for the codec the stack sets, and add UltraWarm nodes when the warm days need them', () => {
    expect(sizingFor('small', { codec: 'default' }).searchVolumeGiB).toBe(150);
    expect(sizingFor('large').search.warmNodes).toBe(8);
    expect(sizingFor('large', { codec: 'default' }).search.warmNodes).toBe(10);
  });

  it('pick the smallest preset built for a volume, and refuse one beyond the largest', () => {
    expect([5, 10, 11, 100, 999].map((gb) => presetFor(gb).name)).toEqual([
      'small',
      'small',
      'medium',
      'medium',
      'large',
    ]);
    expect(() => presetFor(1500)).toThrow(/more than the largest preset/);
    expect(sizingFor(40).requestedGbPerDay).toBe(40);
  });

  it('give every data node a primary shard, more when a shard would pass 40 GB', () => {
    expect(shardsFor(2, 8)).toBe(2);
    expect(shardsFor(2, 81)).toBe(4);
    expect(shardsFor(6, 800)).toBe(24);
  });

  it('parse logward:size values', () => {
    expect(['small', ' Large ', '40', '40GB', '2.5gb/day', '0', 'huge', '-3'].map(parseSize)).toEqual([
      'small',
      'large',
      40,
      40,
      2.5,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the stack at each size', () => {
  it.each([
    ['small', {}],
    ['medium', { 'logward:size': 'medium' }],
    ['large', { 'logward:size': 'large' }],
    ['a volume (40 GB/day)', { 'logward:size': '40GB' }],
    ['medium on OR2', { 'logward:size': 'medium', 'logward:searchNodeFamily': 'or2' }],
    ['large on OR2', { 'logward:size': 'large', 'logward:searchNodeFamily': 'or2' }],
    [
      'large in 3 AZs',
      {
        'logward:size': 'large',
        'logward:account': '123456789012',
        'logward:region': 'eu-west-1',
        'logward:availabilityZones': 'eu-west-1a,eu-west-1b,eu-west-1c',
      },
    ],
  ])('%s synthesizes with no unacknowledged cdk-nag findings', (_name, context) => {
    const { app } = synth(context);
    expect(nagFindings(app)).toEqual([]);
  });

  it('small: 2 x kafka.t3.small, 2 x t3.medium.search, 7 days hot, 1 replica, 2 shards, zstd_no_dict', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::MSK::Cluster', {
      NumberOfBrokerNodes: 2,
      BrokerNodeGroupInfo: Match.objectLike({ InstanceType: 'kafka.t3.small' }),
    });
    template.hasResourceProperties('AWS::MSK::Configuration', {
      ServerProperties: Match.stringLikeRegexp('log.retention.hours=168'),
    });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceType: 't3.medium.search',
        InstanceCount: 2,
        DedicatedMasterEnabled: false,
        WarmEnabled: Match.absent(),
      }),
      EBSOptions: Match.objectLike({ VolumeSize: 120, VolumeType: 'gp3' }),
    });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_SHARDS: '2',
      LOGWARD_INDEX_REPLICAS: '1',
      LOGWARD_INDEX_CODEC: 'zstd_no_dict',
    });
    expect(variables(template, 'Logward: retention.ts')).toMatchObject({ RETENTION_DAYS: '7' });
  });

  it('sizes the search volumes for the codec it sets (logward:indexCodec)', () => {
    const { template } = synth({ 'logward:indexCodec': 'default' });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      EBSOptions: Match.objectLike({ VolumeSize: 150 }),
    });
  });

  it('large: 3 hot days on 6 data nodes, then UltraWarm (with dedicated masters) until day 14', () => {
    const { template } = synth({ 'logward:size': 'large' });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceType: 'r6g.2xlarge.search',
        InstanceCount: 6,
        DedicatedMasterEnabled: true,
        DedicatedMasterCount: 3,
        WarmEnabled: true,
        WarmCount: 8,
        WarmType: 'ultrawarm1.medium.search',
      }),
    });
    expect(variables(template, 'Logward: retention.ts')).toMatchObject({
      RETENTION_DAYS: '14',
      WARM_AFTER_DAYS: '3',
    });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_SHARDS: '30',
    });
  });

  it('large on OR2: 8 x or2.xlarge.search, 14 days hot, replicas dropped after a day, no UltraWarm, 10 s refresh', () => {
    const { stack, template } = synth({ 'logward:size': 'large', 'logward:searchNodeFamily': 'or2' });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({
        InstanceType: 'or2.xlarge.search',
        InstanceCount: 8,
        DedicatedMasterEnabled: false,
        WarmEnabled: Match.absent(),
      }),
      EBSOptions: Match.objectLike({ VolumeSize: 2850, VolumeType: 'gp3' }),
      EncryptionAtRestOptions: { Enabled: true },
    });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_REPLICAS: '1',
      LOGWARD_INDEX_REFRESH_INTERVAL: '10s',
    });
    expect(variables(template, 'Logward: retention.ts')).toMatchObject({
      RETENTION_DAYS: '14',
      REPLICA_DAYS: '1',
    });
    expect(variables(template, 'Logward: retention.ts').WARM_AFTER_DAYS).toBeUndefined();
    const warnings = stack.search.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning');
    expect(JSON.stringify(warnings)).not.toContain('no replica');
  });

  it('an OpenSearch-optimized node type set by hand gets a 10 s refresh, and Graviton masters only', () => {
    const { template } = synth({
      'logward:size': 'medium',
      'logward:searchInstanceType': 'or2.large.search',
    });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_REFRESH_INTERVAL: '10s',
      LOGWARD_INDEX_REPLICAS: '1',
    });
    // The general preset has no replicaDays: replicas are kept.
    expect(variables(template, 'Logward: retention.ts').REPLICA_DAYS).toBeUndefined();
    const general = synth().template;
    expect(variables(general, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_REFRESH_INTERVAL: '1s',
    });
    expect(variables(general, 'Logward: retention.ts').REPLICA_DAYS).toBeUndefined();
    expect(() =>
      build({
        'logward:size': 'medium',
        'logward:searchNodeFamily': 'or2',
        'logward:searchMasterNodes': 3,
        'logward:searchMasterInstanceType': 'm5.large.search',
      }),
    ).toThrow(/OpenSearch-optimized domains need Graviton masters/);
    expect(() => build({ 'logward:searchNodeFamily': 'or3' })).toThrow(
      /searchNodeFamily .* use general or or2/,
    );
    expect(() => build({ 'logward:searchNodeFamily': 'or2' })).toThrow(/size small has no OR2 preset/);
  });

  it('explicit keys win over the preset', () => {
    const { template } = synth({
      'logward:size': 'medium',
      'logward:kafkaInstanceType': 'kafka.m5.large',
      'logward:searchDataNodes': 6,
      'logward:indexShards': 8,
      'logward:indexCodec': 'best_compression',
      'logward:indexRetentionDays': 30,
    });
    template.hasResourceProperties('AWS::MSK::Cluster', {
      BrokerNodeGroupInfo: Match.objectLike({ InstanceType: 'kafka.m5.large' }),
    });
    template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      ClusterConfig: Match.objectLike({ InstanceType: 'r6g.large.search', InstanceCount: 6 }),
    });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_SHARDS: '8',
      LOGWARD_INDEX_CODEC: 'best_compression',
    });
    expect(variables(template, 'Logward: retention.ts')).toMatchObject({ RETENTION_DAYS: '30' });
  });

  it('a single data node gets no replica (it could never be placed), with a synth warning', () => {
    const { stack, template } = synth({ 'logward:searchDataNodes': 1 });
    expect(variables(template, 'Logward: consumes the logs topic')).toMatchObject({
      LOGWARD_INDEX_REPLICAS: '0',
      LOGWARD_INDEX_SHARDS: '1',
    });
    const warnings = stack.search.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning');
    expect(JSON.stringify(warnings)).toContain('no replica');
    expect(() => build({ 'logward:searchDataNodes': 2, 'logward:indexReplicas': 2 })).toThrow(
      /indexReplicas got 2 with 2 data node\(s\)/,
    );
  });

  it('warns when the large preset loses its warm tier but keeps its hot-sized volumes', () => {
    const { stack } = synth({ 'logward:size': 'large', 'logward:warmNodes': 0 });
    const warnings = stack.search.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning');
    expect(JSON.stringify(warnings)).toContain('sizes hot storage for 3 hot days');
  });

  it('UltraWarm needs dedicated masters, non-T3 data nodes, and hot days before retention', () => {
    expect(() => build({ 'logward:warmNodes': 2 })).toThrow(/without dedicated masters/);
    expect(() => build({ 'logward:warmNodes': 2, 'logward:searchMasterNodes': 3 })).toThrow(
      /cannot be used with T2\/T3 data nodes/,
    );
    expect(() => build({ 'logward:size': 'large', 'logward:hotDays': 14 })).toThrow(
      /hotDays got 14 with indexRetentionDays 14/,
    );
    expect(() => build({ 'logward:size': 'enormous' })).toThrow(/logward:size .* use small, medium, large/);
  });
});

describe('MSK storage and upgrades', () => {
  it('autoscales broker storage (target 60 % used, never scaling in) up to the preset maximum', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ServiceNamespace: 'kafka',
      ScalableDimension: 'kafka:broker-storage:VolumeSize',
      ResourceId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^KafkaCluster'), 'Arn'] },
      MinCapacity: 50,
      MaxCapacity: 100,
      RoleARN: Match.absent(),
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 60,
        DisableScaleIn: true,
        PredefinedMetricSpecification: { PredefinedMetricType: 'KafkaBrokerStorageUtilization' },
      },
    });
  });

  it('a Kafka version bump renames the configuration it must replace; the cluster keeps its name', () => {
    const names = (version: string) => {
      const { template } = synth({ 'logward:kafkaVersion': version });
      const [configuration] = Object.values(resourcesOf(template, 'AWS::MSK::Configuration'));
      const [cluster] = Object.values(resourcesOf(template, 'AWS::MSK::Cluster'));
      return [
        configuration?.Properties?.Name,
        configuration?.Properties?.KafkaVersionsList,
        cluster?.Properties?.ClusterName,
      ];
    };
    expect(names('3.8.x')).toEqual(['Logward-kafka-3-8-x', ['3.8.x'], 'Logward-kafka']);
    expect(names('3.9.x')).toEqual(['Logward-kafka-3-9-x', ['3.9.x'], 'Logward-kafka']);
  });

  it('an OpenSearch version bump upgrades the domain in place (EnableVersionUpgrade)', () => {
    const { template } = synth();
    template.hasResource('AWS::OpenSearchService::Domain', {
      UpdatePolicy: { EnableVersionUpgrade: true },
    });
  });
});

describe('dead letters and concurrency', () => {
  it('expire dead letters after logward:deadLetterExpiryDays', () => {
    const { template } = synth({ 'logward:deadLetterExpiryDays': 30 });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'dead-letters/', ExpirationInDays: 30 }),
          Match.objectLike({ Prefix: 'aws/lambda/', ExpirationInDays: 30 }),
        ]),
      },
    });
  });

  it('reserves ingest concurrency only when asked (logward:ingestReservedConcurrency)', () => {
    const { template } = synth({ 'logward:ingestReservedConcurrency': 6 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the logs topic',
      ReservedConcurrentExecutions: 6,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Logward: consumes the heartbeats topic',
      ReservedConcurrentExecutions: Match.absent(),
    });
  });
});
