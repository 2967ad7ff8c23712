/**
 * Size presets: the broker and search node types, counts, storage and retention that hold a given
 * volume of logs per day, with one index replica. Pure arithmetic, shared by the CDK app
 * (`logward:size`) and the cost model (`bench/cost-model.ts`), so the bill and the stack describe
 * the same cluster. docs/cost.md prints the table these produce.
 */

/** A named preset, or a volume in GB of raw log text per day. */
export type SizeName = 'small' | 'medium' | 'large';

/**
 * The search data node family of a preset: `general` (T3/R6G nodes, one replica for durability) or `or2`
 * (OpenSearch-optimized nodes, every write copied to S3, no replica needed for durability; docs/cost.md).
 */
export type SearchNodeFamily = 'general' | 'or2';

/** What a preset fixes by hand; everything else is derived by `sizingFor`. */
export interface PresetShape {
  readonly name: SizeName;
  /** Raw log volume the preset is built for, GB/day (its upper bound). */
  readonly gbPerDay: number;
  readonly kafka: {
    readonly instanceType: string;
    readonly brokers: number;
    /** How long the `logs` topic keeps records: the replay window after an outage. */
    readonly retentionHours: number;
  };
  readonly search: {
    readonly instanceType: string;
    readonly dataNodes: number;
    readonly masterNodes: number;
    readonly masterInstanceType?: string;
    /**
     * UltraWarm nodes (0 = none: everything stays hot until it is deleted); the sizing adds nodes when the
     * warm days need more than these address.
     */
    readonly warmNodes: number;
    readonly warmInstanceType?: string;
  };
  /**
   * Replicas of the hot indices (default 1). 0 only where the data stays durable without one: on S3-backed
   * (OpenSearch-optimized) nodes (docs/cost.md).
   */
  readonly indexReplicas?: number;
  /**
   * Days after its own day an index keeps its replicas (default: as long as it is hot). Fewer only on
   * S3-backed nodes, where the retention Lambda then sets them to 0: AWS recommends a replica while an index
   * is written, for availability, and S3 keeps it durable after (docs/cost.md).
   */
  readonly replicaDays?: number;
  /** Days an index stays on the hot data nodes. */
  readonly hotDays: number;
  /** Days an index is kept in all (hot, then warm). */
  readonly retentionDays: number;
}

/**
 * Index bytes per raw log byte (primary copy) for each codec the stack can set (`logward:indexCodec`).
 * `default` and `best_compression` are measured on the bench corpus by `node bench/index-size.ts` (the
 * force-merged, searchable index of the documents ingest writes today: 1.21 and 1.02 x raw on 2026-12-02).
 * zstd cannot be measured here (the local engine has no custom-codecs plugin); AWS publishes 18-31 %
 * savings for it against the default codec, and the sizing takes the low end, 18 % off the measured
 * 1.21: 0.99, as much as the measured best_compression. Measure yours with `_cat/indices`.
 */
export const INDEX_RATIOS: Readonly<Record<string, number>> = {
  default: 1.21,
  best_compression: 1.02,
  zstd_no_dict: 0.99,
  zstd: 0.99,
};

/** The assumptions the derived numbers rest on; docs/cost.md explains each. */
export const SIZING_ASSUMPTIONS = {
  /** The codec the stack sets unless `logward:indexCodec` says otherwise (AWS's zstd, OpenSearch >= 2.9). */
  codec: 'zstd_no_dict',
  /** Kafka bytes per raw byte: the agent ships zstd batches (5:1 on log text, taken as 4:1 to be safe). */
  kafkaRatio: 0.25,
  /**
   * Volumes sized to stay under 70 % full at steady state: the free-storage alarm fires at 25 % free, and
   * OpenSearch blocks writes at its flood-stage watermark (95 %).
   */
  diskFill: 0.7,
  /** What Amazon OpenSearch Service reserves on each node: 20 % of its volume, at most 20 GiB. */
  searchReservedGiB: 20,
  /** Largest primary shard we aim for, GB (AWS: 10-50 GB for logs). */
  maxShardGb: 40,
  /** AWS's guidance: at most 25 shards per GiB of Java heap (half the node's memory, at most 32 GiB). */
  shardsPerHeapGiB: 25,
  /**
   * Indexed GB a day (replica copies included) one vCPU sustains. AWS's centralized-logging solution sizes
   * 1 TB/day at 6 × r6g.2xlarge.search (48 vCPU) with one replica, or 6 × r6g.xlarge (24 vCPU) without:
   * 2,000 GB of copies a day on 48 vCPU, or 1,000 on 24, about 41.7 GB a vCPU-day either way. A preset must
   * have at least that many sustained vCPUs (a T3's counted at its baseline share only).
   */
  indexedGbPerVcpuDay: 1000 / 24,
  indexReplicas: 1,
} as const;

/** Facts of one search node type. */
export interface SearchInstance {
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly maxGp3GiB: number;
  /** Share of each vCPU the node sustains (a T3's EC2 baseline; 1 for the others). */
  readonly baselineCpu: number;
  /**
   * OpenSearch-optimized (OR1/OR2): every write is copied to S3 before it is acknowledged and a lost node's
   * shards are restored from there, so no replica is needed for durability; only primaries index (replicas
   * copy segments); refresh intervals must be at least 10 s (AWS's OpenSearch-optimized instances page).
   */
  readonly s3Backed?: boolean;
}

/** Shortest `refresh_interval` AWS allows on OpenSearch-optimized nodes (and their default), seconds. */
export const S3_BACKED_MIN_REFRESH_SECONDS = 10;

/**
 * Facts of the search node types the presets may use. vCPUs and memory: AWS's instance pages (OR2: AWS's
 * Price List API answer, which carries them); the largest gp3 volume: AWS's EBS volume size quotas for
 * OpenSearch Service; a T3's sustained share of each vCPU: its EC2 baseline (20 %). T2/T3 nodes cannot be
 * used with UltraWarm.
 */
export const SEARCH_INSTANCES: Readonly<Record<string, SearchInstance>> = {
  't3.small.search': { vcpu: 2, memoryGiB: 2, maxGp3GiB: 100, baselineCpu: 0.2 },
  't3.medium.search': { vcpu: 2, memoryGiB: 4, maxGp3GiB: 200, baselineCpu: 0.2 },
  'm6g.large.search': { vcpu: 2, memoryGiB: 8, maxGp3GiB: 1024, baselineCpu: 1 },
  'r6g.large.search': { vcpu: 2, memoryGiB: 16, maxGp3GiB: 2048, baselineCpu: 1 },
  'r6g.xlarge.search': { vcpu: 4, memoryGiB: 32, maxGp3GiB: 3072, baselineCpu: 1 },
  'r6g.2xlarge.search': { vcpu: 8, memoryGiB: 64, maxGp3GiB: 6144, baselineCpu: 1 },
  'r6g.4xlarge.search': { vcpu: 16, memoryGiB: 128, maxGp3GiB: 12288, baselineCpu: 1 },
  'or2.medium.search': { vcpu: 1, memoryGiB: 8, maxGp3GiB: 768, baselineCpu: 1, s3Backed: true },
  'or2.large.search': { vcpu: 2, memoryGiB: 16, maxGp3GiB: 1532, baselineCpu: 1, s3Backed: true },
  'or2.xlarge.search': { vcpu: 4, memoryGiB: 32, maxGp3GiB: 3072, baselineCpu: 1, s3Backed: true },
  'or2.2xlarge.search': { vcpu: 8, memoryGiB: 64, maxGp3GiB: 6144, baselineCpu: 1, s3Backed: true },
};

/** Whether `instanceType` is an OpenSearch-optimized (S3-backed) node type: OR1, OR2, OM2 or OI2. */
export const isS3BackedInstanceType = (instanceType: string): boolean =>
  SEARCH_INSTANCES[instanceType]?.s3Backed === true || /^o[rmi][12]\./.test(instanceType);

export const PRESETS: Readonly<Record<SizeName, PresetShape>> = {
  small: {
    name: 'small',
    gbPerDay: 10,
    kafka: { instanceType: 'kafka.t3.small', brokers: 2, retentionHours: 168 },
    search: {
      // Not t3.small.search: 7 days of 10 GB/day with a replica need 120 GiB a node, above its 100 GiB
      // quota (sizePreset refuses it), and AWS does not recommend it for production.
      instanceType: 't3.medium.search',
      dataNodes: 2,
      masterNodes: 0,
      warmNodes: 0,
    },
    hotDays: 7,
    retentionDays: 7,
  },
  medium: {
    name: 'medium',
    gbPerDay: 100,
    kafka: { instanceType: 'kafka.m7g.large', brokers: 2, retentionHours: 72 },
    search: {
      // Four large nodes (8 vCPU): 100 GB/day with a replica needs 4.8 vCPU of indexing, more than two
      // (4 vCPU) have; two r6g.xlarge would cost the same.
      instanceType: 'r6g.large.search',
      dataNodes: 4,
      masterNodes: 0,
      warmNodes: 0,
    },
    hotDays: 14,
    retentionDays: 14,
  },
  large: {
    name: 'large',
    gbPerDay: 1000,
    // 1 TB/day is about 2.9 MB/s of zstd records, 8.7 MB/s at a peak of three times the mean: each broker
    // writes all of it (replication 2), far below what a kafka.m7g.large carries (docs/cost.md).
    kafka: { instanceType: 'kafka.m7g.large', brokers: 2, retentionHours: 72 },
    search: {
      instanceType: 'r6g.2xlarge.search',
      dataNodes: 6,
      // UltraWarm needs dedicated masters.
      masterNodes: 3,
      masterInstanceType: 'm6g.large.search',
      warmNodes: 8,
      warmInstanceType: 'ultrawarm1.medium.search',
    },
    hotDays: 3,
    retentionDays: 14,
  },
};

/**
 * The presets on OpenSearch-optimized nodes (`logward:searchNodeFamily=or2`): brokers as the general presets,
 * search on OR2 with a replica only while an index is written (today's and yesterday's, for availability, as
 * AWS recommends; S3 keeps every write durable) and every day hot, so no UltraWarm and no masters. `small`
 * has none: two or2.medium cost more than its two t3.medium (docs/cost.md).
 */
export const OR2_PRESETS: Readonly<Partial<Record<SizeName, PresetShape>>> = {
  medium: {
    ...PRESETS.medium,
    // 100 GB/day indexes on primaries only: 2.4 vCPU, under the 4 of two or2.large.
    search: { instanceType: 'or2.large.search', dataNodes: 2, masterNodes: 0, warmNodes: 0 },
    replicaDays: 1,
  },
  large: {
    ...PRESETS.large,
    // 14 days of 1 TB/day, two of them with a replica, need 8 nodes' gp3 (6 would pass or2.xlarge's 3 TiB
    // quota); their 32 vCPU exceed the 24 the primaries' indexing needs.
    search: { instanceType: 'or2.xlarge.search', dataNodes: 8, masterNodes: 0, warmNodes: 0 },
    replicaDays: 1,
    hotDays: 14,
  },
};

/** Most primary data one `ultrawarm1.medium.search` node addresses (AWS UltraWarm storage quotas). */
export const ULTRAWARM_MEDIUM_TIB = 1.5;

/** A preset with every derived number filled in. */
export interface Sizing extends PresetShape {
  /** The volume this sizing was asked for (the preset's own, or the GB/day given). */
  readonly requestedGbPerDay: number;
  readonly kafkaVolumeGiB: number;
  readonly kafkaMaxVolumeGiB: number;
  readonly searchVolumeGiB: number;
  /** Primary shards of each daily index, a multiple of the data nodes. */
  readonly indexShards: number;
  /** Primary index GB per day (raw × index ratio). */
  readonly indexGbPerDay: number;
  /** Primary GB held on UltraWarm at steady state. */
  readonly warmGb: number;
  /** What the preset was checked against: each figure below its limit, or sizePreset throws. */
  readonly limits: {
    readonly maxGp3GiB: number;
    readonly shardsPerNode: number;
    readonly maxShardsPerNode: number;
    readonly vcpuNeeded: number;
    readonly vcpuSustained: number;
  };
}

// The epsilon keeps float noise (37.5 / 0.75 = 50.000…1) from adding a whole step.
const roundUp = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;

/** Shards of a daily index: one per data node at least, more when a shard would exceed `maxShardGb`. */
export function shardsFor(dataNodes: number, indexGbPerDay: number): number {
  const perNode = Math.max(1, Math.ceil(indexGbPerDay / (dataNodes * SIZING_ASSUMPTIONS.maxShardGb)));
  return dataNodes * perNode;
}

/** The presets of a node family, smallest first. */
function presetsOf(family: SearchNodeFamily): PresetShape[] {
  return family === 'or2' ? Object.values(OR2_PRESETS) : Object.values(PRESETS);
}

/**
 * The preset for a name or a volume, on the node family asked for: a volume picks the smallest preset built
 * for it (on OR2, from medium up).
 */
export function presetFor(size: SizeName | number, family: SearchNodeFamily = 'general'): PresetShape {
  if (typeof size === 'string') {
    const preset = family === 'or2' ? OR2_PRESETS[size] : PRESETS[size];
    if (!preset) {
      throw new RangeError(
        `size ${size} has no OR2 preset: two or2.medium.search cost more than its two t3.medium.search; ` +
          'use searchNodeFamily general, or size medium or more.',
      );
    }
    return preset;
  }
  const fitting = presetsOf(family).find((preset) => size <= preset.gbPerDay);
  if (!fitting) {
    throw new RangeError(
      `size ${size} GB/day is more than the largest preset (large, ${PRESETS.large.gbPerDay} GB/day) is built for; ` +
        'size the cluster by hand with the kafka* and search* keys (docs/cost.md shows how).',
    );
  }
  return fitting;
}

/** What the indexed share and codec of a sizing are. */
export interface SizingOptions {
  /** Share of lines indexed (1 − the drop rate of drop rules): OpenSearch storage follows it, Kafka sees every line. */
  readonly indexedFraction?: number;
  /** `index.codec` of the log indices, one of INDEX_RATIOS' keys (default zstd_no_dict). */
  readonly codec?: string;
  /** The search node family (default general). */
  readonly family?: SearchNodeFamily;
}

/**
 * Derives volumes and shards for `size`: a preset name sizes storage for the preset's whole volume, a
 * GB/day figure for that volume on the smallest preset built for it.
 */
export function sizingFor(size: SizeName | number, options: SizingOptions = {}): Sizing {
  const preset = presetFor(size, options.family);
  return sizePreset(preset, typeof size === 'number' ? size : preset.gbPerDay, options);
}

/**
 * Volumes and shards of `preset`'s nodes carrying `gbPerDay` (at most what the preset is built for). Throws
 * when the preset would not hold it: a volume above the node type's quota, more shards than its heap
 * carries, fewer vCPUs than the indexing needs, or more warm data than its UltraWarm nodes address.
 */
export function sizePreset(preset: PresetShape, gbPerDay: number, options: SizingOptions = {}): Sizing {
  if (gbPerDay > preset.gbPerDay) {
    throw new RangeError(`preset ${preset.name} is built for ${preset.gbPerDay} GB/day, not ${gbPerDay}.`);
  }
  const a = SIZING_ASSUMPTIONS;
  const codec = options.codec ?? a.codec;
  const ratio = INDEX_RATIOS[codec];
  if (ratio === undefined) {
    throw new RangeError(
      `no index size ratio for codec ${codec}: use one of ${Object.keys(INDEX_RATIOS).join(', ')}.`,
    );
  }
  const search = preset.search;
  const node = SEARCH_INSTANCES[search.instanceType];
  if (!node) {
    throw new RangeError(
      `preset ${preset.name}: no facts for ${search.instanceType}; add it to SEARCH_INSTANCES.`,
    );
  }
  const holds = (condition: boolean, problem: string) => {
    if (!condition)
      throw new RangeError(`preset ${preset.name} does not hold ${gbPerDay} GB/day: ${problem}.`);
  };
  const replicas = preset.indexReplicas ?? a.indexReplicas;
  holds(
    replicas >= 1 || node.s3Backed === true,
    `${search.instanceType} loses data with a node without a replica (only S3-backed node types keep it)`,
  );
  holds(
    preset.replicaDays === undefined || node.s3Backed === true,
    `${search.instanceType} loses data with a node once replicas are dropped (only S3-backed node types keep it)`,
  );
  const copies = 1 + replicas;
  // Today's index and the `replicaDays` before it keep their replicas; older ones are primaries only.
  const replicatedDays = Math.min(preset.hotDays, (preset.replicaDays ?? preset.hotDays) + 1);
  const dailyCopies = preset.hotDays + replicas * replicatedDays;
  const indexGbPerDay = gbPerDay * (options.indexedFraction ?? 1) * ratio;
  const hotGb = indexGbPerDay * dailyCopies;
  const searchVolumeGiB = Math.max(
    20,
    roundUp(hotGb / search.dataNodes / a.diskFill + a.searchReservedGiB, 10),
  );
  holds(
    searchVolumeGiB <= node.maxGp3GiB,
    `${searchVolumeGiB} GiB a node exceeds ${search.instanceType}'s gp3 quota of ${node.maxGp3GiB} GiB`,
  );
  const indexShards = shardsFor(search.dataNodes, indexGbPerDay);
  const shardsPerNode = Math.ceil((indexShards * dailyCopies) / search.dataNodes);
  const heapGiB = Math.min(32, node.memoryGiB / 2);
  holds(
    shardsPerNode <= heapGiB * a.shardsPerHeapGiB,
    `${shardsPerNode} shards a node exceed ${a.shardsPerHeapGiB} per GiB of its ${heapGiB} GiB heap`,
  );
  // On S3-backed nodes only primaries index; replicas copy the segments (segment replication).
  const indexingCopies = node.s3Backed ? 1 : copies;
  const vcpuNeeded = (gbPerDay * indexingCopies) / a.indexedGbPerVcpuDay;
  const vcpuSustained = search.dataNodes * node.vcpu * node.baselineCpu;
  holds(
    vcpuSustained >= vcpuNeeded,
    `indexing needs ${vcpuNeeded.toFixed(1)} vCPU, its nodes sustain ${vcpuSustained.toFixed(1)}`,
  );
  const warmDays = Math.max(0, preset.retentionDays - preset.hotDays);
  const warmGb = indexGbPerDay * warmDays;
  // The preset's UltraWarm nodes, or more when the warm days (and one migrating in) need them.
  const warmNodes =
    search.warmNodes > 0
      ? Math.max(
          search.warmNodes,
          Math.ceil((indexGbPerDay * (warmDays + 1)) / (ULTRAWARM_MEDIUM_TIB * 1024)),
        )
      : 0;
  if (warmNodes > 0) {
    holds(node.baselineCpu === 1, `UltraWarm cannot be used with ${search.instanceType} data nodes`);
  }
  // Per broker, for records as the agent ships them (compressed) and as a plain producer would (raw):
  // the volume holds the first, storage autoscaling may grow it to hold the second.
  const kafkaGbPerBroker = (kafkaRatio: number) =>
    (gbPerDay * kafkaRatio * Math.min(3, preset.kafka.brokers) * preset.kafka.retentionHours) /
    24 /
    preset.kafka.brokers;
  const kafkaVolumeGiB = Math.max(50, roundUp(kafkaGbPerBroker(a.kafkaRatio) / a.diskFill, 50));
  const kafkaMaxVolumeGiB = Math.max(2 * kafkaVolumeGiB, roundUp(kafkaGbPerBroker(1) / a.diskFill, 50));
  return {
    ...preset,
    search: { ...search, warmNodes },
    requestedGbPerDay: gbPerDay,
    kafkaVolumeGiB,
    kafkaMaxVolumeGiB,
    searchVolumeGiB,
    indexShards,
    indexGbPerDay,
    warmGb,
    limits: {
      maxGp3GiB: node.maxGp3GiB,
      shardsPerNode,
      maxShardsPerNode: heapGiB * a.shardsPerHeapGiB,
      vcpuNeeded,
      vcpuSustained,
    },
  };
}

/** Parses `logward:size`: small, medium, large, or a volume such as `40` or `40GB` (GB/day). */
export function parseSize(value: string): SizeName | number | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'small' || text === 'medium' || text === 'large') return text;
  const match = /^(\d+(?:\.\d+)?)\s*(gb(\/day)?)?$/.exec(text);
  if (!match) return undefined;
  const gb = Number(match[1]);
  return gb > 0 ? gb : undefined;
}
