/**
 * CloudWatch metrics in Embedded Metric Format: one JSON log line per batch, which CloudWatch
 * turns into metrics without an API call (nothing to batch, nothing to retry, no IAM).
 */
export type MetricUnit = 'Count' | 'Milliseconds' | 'Bytes';

export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly unit: MetricUnit;
}

export const METRICS_NAMESPACE = 'Logward';

export function emfRecord(
  metrics: readonly Metric[],
  dimensions: Readonly<Record<string, string>>,
  timestamp: number,
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [Object.keys(dimensions)],
          Metrics: metrics.map((m) => ({ Name: m.name, Unit: m.unit })),
        },
      ],
    },
    ...dimensions,
  };
  for (const m of metrics) record[m.name] = m.value;
  return record;
}
