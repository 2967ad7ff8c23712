/**
 * From the configuration and the size preset to the search domain's shape and the log indices' settings:
 * explicit `logward:*` keys win, the preset fills in the rest.
 */
import type { LogwardConfig } from './config.ts';
import { isS3BackedInstanceType, S3_BACKED_MIN_REFRESH_SECONDS, type Sizing, shardsFor } from './sizing.ts';

/** The domain's shape, as the Search construct takes it. */
export interface SearchSizing {
  readonly dataNodeInstanceType: string;
  readonly dataNodes: number;
  readonly volumeGiB: number;
  readonly masterNodes: number;
  readonly masterNodeInstanceType?: string;
  readonly warmNodes: number;
  readonly warmInstanceType?: string;
}

/** Settings of the daily log indices and their lifecycle. */
export interface IndexSettings {
  readonly shards: number;
  readonly replicas: number;
  readonly codec: string;
  /** `refresh_interval`: 1s, or 10s on OpenSearch-optimized nodes, which take nothing shorter. */
  readonly refreshInterval: string;
  readonly retentionDays: number;
  /**
   * Days after which the retention Lambda drops an index's replicas: OpenSearch-optimized nodes only, where S3
   * keeps it durable; undefined elsewhere (replicas kept).
   */
  readonly replicaDays?: number;
  /** Days after which the retention Lambda moves an index to UltraWarm; undefined without warm nodes. */
  readonly warmAfterDays?: number;
  /** Non-fatal problems, for synth-time warnings. */
  readonly warnings: readonly string[];
}

/** The preset's domain, its data nodes spread evenly over the zones the domain uses (at most 3). */
export function resolveSearchSizing(config: LogwardConfig, sizing: Sizing, azCount: number): SearchSizing {
  const masterNodes = config.searchMasterNodes ?? sizing.search.masterNodes;
  const zones = Math.max(1, Math.min(3, azCount));
  return {
    dataNodeInstanceType: config.searchInstanceType ?? sizing.search.instanceType,
    dataNodes: config.searchDataNodes ?? Math.ceil(sizing.search.dataNodes / zones) * zones,
    volumeGiB: config.searchVolumeGiB ?? sizing.searchVolumeGiB,
    masterNodes,
    masterNodeInstanceType:
      config.searchMasterInstanceType ?? sizing.search.masterInstanceType ?? 'm6g.large.search',
    warmNodes: config.warmNodes ?? sizing.search.warmNodes,
    warmInstanceType: config.warmInstanceType ?? sizing.search.warmInstanceType,
  };
}

/**
 * Shards: one primary per data node at least (so every node indexes), more when the preset's daily index
 * would make shards over 40 GB. Replicas: 1, so a lost node loses nothing; 0 on a single data node, where a
 * replica could never be placed (the index would stay yellow). On OpenSearch-optimized nodes, where S3 keeps
 * every write, the preset's replicas are dropped after its `replicaDays`, and refresh is 10s (AWS's minimum
 * there; 1s elsewhere). Warm: after `hotDays` when the domain has UltraWarm nodes.
 */
export function resolveIndexSettings(
  config: LogwardConfig,
  sizing: Sizing,
  search: SearchSizing,
  warm: boolean,
): IndexSettings {
  const warnings: string[] = [];
  const s3Backed = isS3BackedInstanceType(search.dataNodeInstanceType);
  const replicas =
    config.indexReplicas ?? Math.min(s3Backed ? (sizing.indexReplicas ?? 1) : 1, search.dataNodes - 1);
  if (replicas === 0 && !s3Backed) {
    warnings.push(
      `Log indices have no replica (data nodes: ${search.dataNodes}, indexReplicas: ${config.indexReplicas ?? 'default'}); losing a node loses its data.`,
    );
  }
  if (replicas > search.dataNodes - 1) {
    throw new Error(
      `logward:indexReplicas got ${replicas} with ${search.dataNodes} data node(s); a replica needs a node of its own: use at most ${search.dataNodes - 1}.`,
    );
  }
  const retentionDays = config.indexRetentionDays ?? sizing.retentionDays;
  const hotDays = config.hotDays ?? Math.min(sizing.hotDays, retentionDays);
  if (warm && hotDays >= retentionDays) {
    throw new Error(
      `logward:hotDays got ${hotDays} with indexRetentionDays ${retentionDays}; with UltraWarm nodes indices must move to warm before they are deleted: use fewer hot days.`,
    );
  }
  if (!warm && sizing.hotDays < retentionDays && config.searchVolumeGiB === undefined) {
    warnings.push(
      `The ${sizing.name} preset sizes hot storage for ${sizing.hotDays} hot days, but without UltraWarm nodes every index stays hot for ${retentionDays} days: set searchVolumeGiB (or keep warmNodes).`,
    );
  }
  if (!warm && config.hotDays !== undefined) {
    warnings.push(
      `logward:hotDays is ${config.hotDays} but the domain has no UltraWarm nodes (warmNodes); indices stay hot until deleted.`,
    );
  }
  return {
    shards: config.indexShards ?? shardsFor(search.dataNodes, sizing.indexGbPerDay),
    replicas,
    codec: config.indexCodec,
    refreshInterval: s3Backed ? `${S3_BACKED_MIN_REFRESH_SECONDS}s` : '1s',
    ...(s3Backed && replicas > 0 && sizing.replicaDays !== undefined
      ? { replicaDays: sizing.replicaDays }
      : {}),
    retentionDays,
    ...(warm ? { warmAfterDays: hotDays } : {}),
    warnings,
  };
}
