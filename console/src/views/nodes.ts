/** Nodes: each heartbeating agent or app, its state and last heartbeat; pause, resume and retire. */
import { ago, formatTime, h } from '../dom.ts';
import { fill, table } from '../list.ts';
import type { View, ViewContext } from '../view.ts';

interface NodeRecord {
  readonly nodeId: string;
  readonly host: string;
  readonly kind: string;
  readonly app?: string;
  readonly agentVersion?: string;
  readonly intervalSeconds: number;
  readonly state: string;
  readonly stateSince: string;
  readonly lastSeenAt: string;
  readonly lastSentAt: string;
  readonly pausedUntil?: string;
  readonly note?: string;
  readonly actionBy?: string;
  readonly progress?: {
    readonly inputs: number;
    readonly ackedBytes: number;
    readonly lagBytes: number;
    readonly oldestUnackedMs: number;
    readonly errors: number;
    readonly bufferedBytes: number;
    readonly backpressure: boolean;
  };
}

/** "2 inputs acknowledged to 1.2 MB, lag 4 KB, oldest unacknowledged 0.3 s" (positions in their current files). */
function progressText(progress: NodeRecord['progress']): string {
  if (!progress) return '—';
  const parts = [
    `${progress.inputs} input${progress.inputs === 1 ? '' : 's'} acknowledged to ${bytes(progress.ackedBytes)}`,
    `lag ${bytes(progress.lagBytes)}`,
  ];
  if (progress.oldestUnackedMs > 0)
    parts.push(`oldest unacknowledged ${(progress.oldestUnackedMs / 1000).toFixed(1)} s`);
  if (progress.bufferedBytes > 0) parts.push(`${bytes(progress.bufferedBytes)} buffered`);
  if (progress.errors > 0) parts.push(`${progress.errors} input errors`);
  if (progress.backpressure) parts.push('inputs paused: Kafka is behind');
  return parts.join(', ');
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

export function nodesView(context: ViewContext): View {
  const { api } = context;
  const body = h('div', {}, h('p', { role: 'status' }, 'Loading nodes…'));
  const message = h('p', { class: 'field-error', role: 'alert' });
  const element = h(
    'section',
    { class: 'view nodes', 'aria-labelledby': 'nodes-title' },
    h('h1', { id: 'nodes-title' }, 'Nodes'),
    h(
      'p',
      { class: 'hint' },
      'Last heartbeat is when Logward received it; clock skew compares it with the node’s own clock.',
    ),
    message,
    body,
  );

  const act = (node: NodeRecord, kind: 'pause' | 'resume' | 'retire') => async () => {
    message.textContent = '';
    const body =
      kind === 'pause'
        ? { until: prompt(`Pause ${node.nodeId} until (2h, 1d, or a date-time)?`, '2h') ?? '' }
        : {};
    if (kind === 'pause' && !body.until) return;
    if (kind === 'retire' && !confirm(`Retire ${node.nodeId}? Its heartbeats are no longer expected.`))
      return;
    try {
      await api.post(`/nodes/${encodeURIComponent(node.nodeId)}/${kind}`, body);
      await load();
    } catch (error) {
      message.textContent = `${node.nodeId}: ${(error as Error).message}`;
    }
  };

  async function load() {
    await fill(body, async () => {
      const page = await api.get<{ items: NodeRecord[] }>('/nodes', { limit: '1000' });
      return h(
        'div',
        {},
        table(
          'Nodes by id',
          ['Node', 'Host', 'State', 'Last heartbeat', 'Progress and lag', 'Clock skew', 'Agent', ''],
          page.items.map((n) => [
            n.nodeId,
            n.host,
            h(
              'span',
              {},
              h('span', { class: `state state-${n.state}` }, n.state),
              ` since ${formatTime(n.stateSince)}`,
              n.pausedUntil ? `, until ${formatTime(n.pausedUntil)}` : '',
              n.note ? ` (${n.note})` : '',
            ),
            h('time', { datetime: n.lastSeenAt, title: formatTime(n.lastSeenAt) }, ago(n.lastSeenAt)),
            progressText(n.progress),
            `${((Date.parse(n.lastSentAt) - Date.parse(n.lastSeenAt)) / 1000).toFixed(1)} s`,
            [n.kind, n.app, n.agentVersion].filter(Boolean).join(' '),
            context.canWrite
              ? h(
                  'span',
                  {},
                  n.state === 'paused' || n.state === 'retired'
                    ? h('button', { type: 'button', onclick: act(n, 'resume') }, `Resume ${n.nodeId}`)
                    : h('button', { type: 'button', onclick: act(n, 'pause') }, `Pause ${n.nodeId}`),
                  ' ',
                  n.state === 'retired'
                    ? null
                    : h('button', { type: 'button', onclick: act(n, 'retire') }, `Retire ${n.nodeId}`),
                )
              : '',
          ]),
        ),
      );
    });
  }

  void load();
  const timer = setInterval(() => void load(), 15_000);
  return { element, dispose: () => clearInterval(timer) };
}
