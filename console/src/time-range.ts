/** Time ranges: the relative choices of the range picker, and ranges from a zoom. */

export const RELATIVE_RANGES = [
  { value: '15m', label: 'Last 15 minutes' },
  { value: '1h', label: 'Last hour' },
  { value: '4h', label: 'Last 4 hours' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
] as const;

export const DEFAULT_RANGE = '1h';
const RELATIVE = /^(\d{1,6})(s|m|h|d|w)$/;
const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };

/** Epoch ms of a `from`/`to` value as the API reads it (relative to now, or a date-time); NaN if neither. */
export function timeOf(value: string, now: number): number {
  const relative = RELATIVE.exec(value);
  if (relative) return now - Number(relative[1]) * (UNIT_MS[relative[2] as string] as number);
  return Date.parse(value);
}

/** A short label of a range: the relative choice's, or its two ends. */
export function rangeLabel(from: string, to: string | undefined): string {
  const relative = RELATIVE_RANGES.find((r) => r.value === from);
  if (relative && !to) return relative.label;
  const show = (value: string) => (RELATIVE.test(value) ? `${value} ago` : new Date(value).toLocaleString());
  return `${show(from)} → ${to ? show(to) : 'now'}`;
}
