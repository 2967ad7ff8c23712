import { describe, expect, it } from 'vitest';
import {
  cloudwatchCost,
  floorOf,
  holds,
  logwardCost,
  PRICES,
  ratio,
  sum,
  TARGETS,
  targetShapes,
} from '../../bench/cost-model.ts';
import { OR2_PRESETS, PRESETS, sizePreset } from '../../infra/sizing.ts';

describe('the cost model (bench/cost-model.ts)', () => {
  it('prices the preset the stack deploys: its brokers, nodes and volumes', () => {
    const lines = logwardCost('large', 1000);
    expect(lines['MSK brokers']).toBeCloseTo(2 * PRICES['kafka.m7g.large'].usd * 730);
    expect(lines['OpenSearch data nodes']).toBeCloseTo(6 * PRICES['r6g.2xlarge.search'].usd * 730);
    expect(lines['OpenSearch gp3 storage']).toBeCloseTo(
      6 * sizePreset(PRESETS.large, 1000).searchVolumeGiB * 0.122,
    );
    expect(lines['UltraWarm nodes']).toBeCloseTo(8 * PRICES['ultrawarm1.medium.search'].usd * 730);
  });

  it('reserved instances discount OpenSearch hours only; a drop rate shrinks storage, not brokers', () => {
    const base = logwardCost('medium', 100);
    const reserved = logwardCost('medium', 100, { reserved: true });
    expect(reserved['OpenSearch data nodes']).toBeCloseTo((base['OpenSearch data nodes'] ?? 0) * 0.7);
    expect(reserved['MSK brokers']).toBe(base['MSK brokers']);
    const dropped = logwardCost('medium', 100, { dropRate: 0.2 });
    expect(dropped['OpenSearch gp3 storage']).toBeLessThan(base['OpenSearch gp3 storage'] ?? 0);
    expect(dropped['MSK brokers']).toBe(base['MSK brokers']);
  });

  it('compares with CloudWatch Logs Standard at $0.50/GB ingested, and never prices a preset beyond its volume', () => {
    expect(cloudwatchCost(100, 14).Ingestion).toBe(1500);
    expect(holds('small', 100)).toBe(false);
    expect(() => sizePreset(PRESETS.small, 100)).toThrow('preset small is built for 10 GB/day, not 100.');
    expect(ratio('small', 10)).toBeCloseTo(sum(logwardCost('small', 10)) / sum(cloudwatchCost(10, 7)));
    expect(TARGETS.map((t) => [t.gbPerDay, t.preset, t.atMost])).toEqual([
      [10, 'small', 1.1],
      [100, 'medium', 0.5],
      [1000, 'large', 0.3],
    ]);
  });

  it('prices OR2 presets with their S3 copy of the primaries and replicas on gp3 only while written', () => {
    const large = OR2_PRESETS.large ?? PRESETS.large;
    const lines = logwardCost(large, 1000);
    const sizing = sizePreset(large, 1000);
    expect(lines['OpenSearch data nodes']).toBeCloseTo(8 * PRICES['or2.xlarge.search'].usd * 730);
    expect(lines['OpenSearch managed storage (S3)']).toBeCloseTo(sizing.indexGbPerDay * 14 * 0.024);
    expect(lines['OpenSearch gp3 storage']).toBeCloseTo(8 * sizing.searchVolumeGiB * 0.122);
    expect(lines['UltraWarm nodes']).toBe(0);
    expect(targetShapes('medium').map((row) => row.label)).toEqual(['medium', 'medium (or2)']);
    expect(targetShapes('small').map((row) => row.label)).toEqual(['small']);
  });

  it('splits the cheapest preset for a target into what runs regardless of traffic and what grows per line', () => {
    const floor = floorOf('large', 1000);
    expect(floor.label).toBe('large (or2)');
    const lines = logwardCost(floor.shape, 1000);
    expect(floor.kafka).toBeCloseTo((lines['MSK brokers'] ?? 0) + (lines['MSK storage'] ?? 0));
    expect(floor.kafka + floor.searchNodes + floor.searchStorage + floor.perLine).toBeCloseTo(sum(lines));
    expect(floorOf('small', 10).label).toBe('small');
  });
});
