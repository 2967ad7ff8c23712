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
    /** Largest gp3 volume the instance type takes, GiB (AWS's EBS quota per instance type). */
    readonly maxVolumeGiB: number;
    readonly masterNodes: number;
    readonly masterInstanceType?: string;
    /** UltraWarm nodes (0 = none: everything stays hot until it is deleted). */
    readonly warmNodes: number;
    readonly warmInstanceType?: string;
  };
  /** Days an index stays on the hot data nodes. */
  readonly hotDays: number;
  /** Days an index is kept in all (hot, then warm). */
  readonly retentionDays: number;
}

/** The assumptions the derived numbers rest on; docs/cost.md explains each. */
export const SIZING_ASSUMPTIONS = {
  /**
   * Index bytes per raw log byte (primary copy) with `zstd_no_dict`. Measured on the bench corpus
   * (`node bench/index-size.ts`): 1.17 with the default codec, 0.99 with `best_compression`; AWS
   * publishes 18-31 % savings for zstd against the default, so 0.81-0.96: 0.85, the optimistic side.
   * Measure yours with `_cat/indices`.
   */
  indexRatio: 0.85,
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
  indexReplicas: 1,
} as const;

export const PRESETS: Readonly<Record<SizeName, PresetShape>> = {
  small: {
    name: 'small',
    gbPerDay: 10,
    kafka: { instanceType: 'kafka.t3.small', brokers: 2, retentionHours: 168 },
    search: {
      instanceType: 't3.medium.search',
      dataNodes: 2,
      maxVolumeGiB: 200,
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
      // Four large nodes rather than two xlarge ones (same price): 14 days of 100 GB/day with a replica
      // need ~3.4 TB, more than two r6g.xlarge volumes (1.5 TiB each) hold.
      instanceType: 'r6g.large.search',
      dataNodes: 4,
      maxVolumeGiB: 1024,
      masterNodes: 0,
      warmNodes: 0,
    },
    hotDays: 14,
    retentionDays: 14,
  },
  large: {
    name: 'large',
    gbPerDay: 1000,
    kafka: { instanceType: 'kafka.m7g.xlarge', brokers: 2, retentionHours: 72 },
    search: {
      instanceType: 'r6g.2xlarge.search',
      dataNodes: 6,
      maxVolumeGiB: 3072,
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

/**
 * Derives volumes and shards for `size`: a preset name sizes storage for the preset's whole volume, a
 * GB/day figure for that volume on the smallest preset built for it. `indexedFraction` is the share of
 * lines indexed (1 − the drop rate of drop rules): OpenSearch storage follows it, Kafka sees every line.
 */
export function sizingFor(size: SizeName | number, indexedFraction = 1): Sizing {
  const preset = presetFor(size);
  return sizePreset(preset, typeof size === 'number' ? size : preset.gbPerDay, indexedFraction);
}

/** Volumes and shards of `preset`'s nodes carrying `gbPerDay` (at most what the preset is built for). */
export function sizePreset(preset: PresetShape, gbPerDay: number, indexedFraction = 1): Sizing {
  if (gbPerDay > preset.gbPerDay) {
    throw new RangeError(`preset ${preset.name} is built for ${preset.gbPerDay} GB/day, not ${gbPerDay}.`);
  }
  const a = SIZING_ASSUMPTIONS;
  const indexGbPerDay = gbPerDay * indexedFraction * a.indexRatio;
  const hotGb = indexGbPerDay * (1 + a.indexReplicas) * preset.hotDays;
  const searchVolumeGiB = Math.max(
    20,
    roundUp(hotGb / preset.search.dataNodes / a.diskFill + a.searchReservedGiB, 10),
  );
  if (searchVolumeGiB > preset.search.maxVolumeGiB) {
    throw new Error(
      `preset ${preset.name}: ${searchVolumeGiB} GiB per node exceeds ${preset.search.instanceType}'s ${preset.search.maxVolumeGiB}.`,
    );
  }
  // Per broker, for records as the agent ships them (compressed) and as a plain producer would (raw):
  // the volume holds the first, storage autoscaling may grow it to hold the second.
  const kafkaGbPerBroker = (ratio: number) =>
    (gbPerDay * ratio * Math.min(3, preset.kafka.brokers) * preset.kafka.retentionHours) /
    24 /
    preset.kafka.brokers;
  const kafkaVolumeGiB = Math.max(50, roundUp(kafkaGbPerBroker(a.kafkaRatio) / a.diskFill, 50));
  const kafkaMaxVolumeGiB = Math.max(2 * kafkaVolumeGiB, roundUp(kafkaGbPerBroker(1) / a.diskFill, 50));
  const warmGb = indexGbPerDay * Math.max(0, preset.retentionDays - preset.hotDays);
  if (preset.search.warmNodes > 0 && warmGb > preset.search.warmNodes * ULTRAWARM_MEDIUM_TIB * 1024) {
    throw new Error(`preset ${preset.name}: ${warmGb} GB warm exceeds its UltraWarm nodes.`);
  }
  return {
    ...preset,
    requestedGbPerDay: gbPerDay,
    kafkaVolumeGiB,
    kafkaMaxVolumeGiB,
    searchVolumeGiB,
    indexShards: shardsFor(preset.search.dataNodes, indexGbPerDay),
    indexGbPerDay,
    warmGb,
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
