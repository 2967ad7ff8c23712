/**
 * Size presets: the broker and search node types, counts, storage and retention that hold a given
 * volume of logs per day, with one index replica. Pure arithmetic, shared by the CDK app
 * (`logward:size`) and the cost model (`bench/cost-model.ts`), so the bill and the stack describe
 * the same cluster. docs/cost.md prints the table these produce.
 */

/** A named preset, or a volume in GB of raw log text per day. */
export type SizeName = 'small' | 'medium' | 'large';

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
   * (OpenSearch-optimized) nodes, which the stack does not deploy yet (docs/cost.md).
   */
  readonly indexReplicas?: number;
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

/**
 * Facts of the search node types the presets may use. vCPUs and memory: AWS's instance pages; the largest
 * gp3 volume: AWS's EBS volume size quotas for OpenSearch Service; a T3's sustained share of each vCPU: its
 * EC2 baseline (20 %). T2/T3 nodes cannot be used with UltraWarm.
 */
export const SEARCH_INSTANCES: Readonly<
  Record<
    string,
    { vcpu: number; memoryGiB: number; maxGp3GiB: number; baselineCpu: number; s3Backed?: boolean }
  >
> = {
  't3.small.search': { vcpu: 2, memoryGiB: 2, maxGp3GiB: 100, baselineCpu: 0.2 },
  't3.medium.search': { vcpu: 2, memoryGiB: 4, maxGp3GiB: 200, baselineCpu: 0.2 },
  'm6g.large.search': { vcpu: 2, memoryGiB: 8, maxGp3GiB: 1024, baselineCpu: 1 },
  'r6g.large.search': { vcpu: 2, memoryGiB: 16, maxGp3GiB: 2048, baselineCpu: 1 },
  'r6g.xlarge.search': { vcpu: 4, memoryGiB: 32, maxGp3GiB: 3072, baselineCpu: 1 },
  'r6g.2xlarge.search': { vcpu: 8, memoryGiB: 64, maxGp3GiB: 6144, baselineCpu: 1 },
  'r6g.4xlarge.search': { vcpu: 16, memoryGiB: 128, maxGp3GiB: 12288, baselineCpu: 1 },
  // OpenSearch-optimized: every write is copied to S3 as it arrives, and a lost node's shards are restored
  // from there (AWS's OR1/OR2 documentation). Priced as an alternative only; the stack does not deploy it.
  'or2.xlarge.search': { vcpu: 4, memoryGiB: 32, maxGp3GiB: 3072, baselineCpu: 1, s3Backed: true },
};

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

/** The preset for a name or a volume: a volume picks the smallest preset built for it. */
export function presetFor(size: SizeName | number): PresetShape {
  if (typeof size === 'string') return PRESETS[size];
  const fitting = Object.values(PRESETS).find((preset) => size <= preset.gbPerDay);
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
}

/**
 * Derives volumes and shards for `size`: a preset name sizes storage for the preset's whole volume, a
 * GB/day figure for that volume on the smallest preset built for it.
 */
export function sizingFor(size: SizeName | number, options: SizingOptions = {}): Sizing {
  const preset = presetFor(size);
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
  const copies = 1 + replicas;
  const indexGbPerDay = gbPerDay * (options.indexedFraction ?? 1) * ratio;
  const hotGb = indexGbPerDay * copies * preset.hotDays;
  const searchVolumeGiB = Math.max(
    20,
    roundUp(hotGb / search.dataNodes / a.diskFill + a.searchReservedGiB, 10),
  );
  holds(
    searchVolumeGiB <= node.maxGp3GiB,
    `${searchVolumeGiB} GiB a node exceeds ${search.instanceType}'s gp3 quota of ${node.maxGp3GiB} GiB`,
  );
  const indexShards = shardsFor(search.dataNodes, indexGbPerDay);
  const shardsPerNode = Math.ceil((indexShards * copies * preset.hotDays) / search.dataNodes);
  const heapGiB = Math.min(32, node.memoryGiB / 2);
  holds(
    shardsPerNode <= heapGiB * a.shardsPerHeapGiB,
    `${shardsPerNode} shards a node exceed ${a.shardsPerHeapGiB} per GiB of its ${heapGiB} GiB heap`,
  );
  const vcpuNeeded = (gbPerDay * copies) / a.indexedGbPerVcpuDay;
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
