/**
 * The event-count histogram as plain SVG. Drag across it to zoom to a range; with the keyboard,
 * each bar is a button that zooms to its interval.
 */
import { h, svg } from './dom.ts';

export interface Bucket {
  readonly start: string;
  readonly count: number;
}

const WIDTH = 1000;
const HEIGHT = 100;

export function histogram(
  buckets: readonly Bucket[],
  intervalMs: number,
  zoom: (from: number, to: number) => void,
): HTMLElement {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = WIDTH / Math.max(1, buckets.length);
  const bars = buckets.map((bucket, i) => {
    const height = (bucket.count / max) * (HEIGHT - 4);
    const start = Date.parse(bucket.start);
    const label = `${new Date(start).toLocaleString()}: ${bucket.count} events`;
    const bar = svg(
      'rect',
      {
        x: i * width + 0.5,
        y: HEIGHT - height,
        width: Math.max(width - 1, 0.5),
        height: Math.max(height, bucket.count > 0 ? 1 : 0),
        class: 'bar',
        tabindex: 0,
        role: 'button',
        'aria-label': `${label}; zoom in`,
      },
      svg('title', {}, document.createTextNode(label)),
    );
    bar.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        zoom(start, start + intervalMs);
      }
    });
    return bar;
  });
  const selection = svg('rect', { class: 'selection', x: 0, y: 0, width: 0, height: HEIGHT });
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      preserveAspectRatio: 'none',
      class: 'histogram',
      role: 'group',
      'aria-label': 'Events over time; drag across to zoom',
    },
    ...bars,
    selection,
  );
  const indexAt = (event: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(box.width, 1)) * WIDTH;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / width)));
  };
  let anchor: number | undefined;
  chart.addEventListener('pointerdown', (event) => {
    const e = event as PointerEvent;
    anchor = indexAt(e);
    chart.setPointerCapture(e.pointerId);
    draw(anchor, anchor);
  });
  chart.addEventListener('pointermove', (event) => {
    if (anchor !== undefined) draw(anchor, indexAt(event as PointerEvent));
  });
  chart.addEventListener('pointerup', (event) => {
    if (anchor === undefined) return;
    const [a, b] = [anchor, indexAt(event as PointerEvent)].sort((x, y) => x - y) as [number, number];
    anchor = undefined;
    const first = buckets[a];
    const last = buckets[b];
    if (first && last) zoom(Date.parse(first.start), Date.parse(last.start) + intervalMs);
  });
  function draw(a: number, b: number) {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    selection.setAttribute('x', String(lo * width));
    selection.setAttribute('width', String((hi - lo + 1) * width));
  }
  const first = buckets[0];
  const last = buckets.at(-1);
  return h(
    'figure',
    { class: 'histogram-figure' },
    chart,
    h(
      'figcaption',
      {},
      first && last
        ? `${new Date(Date.parse(first.start)).toLocaleString()} — ${new Date(Date.parse(last.start) + intervalMs).toLocaleString()}, ${intervalLabel(intervalMs)} per bar`
        : 'No events in this range',
    ),
  );
}

function intervalLabel(ms: number): string {
  if (ms % 86400e3 === 0) return `${ms / 86400e3} d`;
  if (ms % 3600e3 === 0) return `${ms / 3600e3} h`;
  if (ms % 60e3 === 0) return `${ms / 60e3} min`;
  return `${ms / 1000} s`;
}
