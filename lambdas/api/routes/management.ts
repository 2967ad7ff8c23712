/**
 * Nodes, alerts, rules and silences: routes over the alerting stores (core/alerting/stores.ts).
 * Times go out as ISO 8601; store versions stay inside.
 */
import { randomUUID } from 'node:crypto';
import { retiredWhileDownNotification } from '#core/alerting/heartbeat.ts';
import type { AlertState, HistoryEntry, NodeRecord, Silence } from '#core/alerting/model.ts';
import { type Channel, validateRule } from '#core/alerting/rules.ts';
import { validateSilence } from '#core/alerting/silences.ts';
import {
  type AlertStore,
  type HistoryStore,
  isConcurrentUpdateError,
  type NodeStore,
  type RuleStore,
  type SilenceStore,
} from '#core/alerting/stores.ts';
import { applyNodeAction, parseNodeAction } from '#core/node-actions.ts';
import { integer, type QueryParams, rejectUnknown, single } from '#core/query-params.ts';
import { ValidationError } from '#core/validation-error.ts';
import { BackendUnavailableError } from '../../ports.ts';
import { ConflictError, json, NotFoundError } from '../http.ts';
import type { ApiDependencies, ApiRequest, Route } from '../router.ts';

/** The alerting stores the management routes read and write. */
export interface ManagementStores {
  readonly nodes: NodeStore;
  readonly alerts: AlertStore;
  readonly history: HistoryStore;
  readonly rules: RuleStore;
  readonly silences: SilenceStore;
  /** Where node notifications go (the deployment's default recipients). */
  readonly nodeChannels: readonly Channel[];
}

const ALERT_STATES = ['open', 'firing', 'acknowledged'] as const;
const MAX_KEY = 512;

export const MANAGEMENT_ROUTES: readonly Route[] = [
  get('/nodes', async (request, stores) => {
    rejectUnknown(request.query, ['state']);
    const state = single('state', request.query.state);
    const nodes = await stores.nodes.list();
    const items = nodes.filter((n) => state === undefined || n.state === state).sort(byKey('nodeId'));
    return json(200, { items: items.map(nodeView) });
  }),
  get('/nodes/{id}', async (request, stores) => {
    rejectUnknown(request.query, []);
    return json(200, nodeView(await findNode(stores, key(request, 'id'))));
  }),
  ...(['pause', 'resume', 'retire'] as const).map((kind) =>
    post(`/nodes/{id}/${kind}`, async (request, stores) => {
      const action = parseNodeAction(kind, request.body, request.now);
      const before = await findNode(stores, key(request, 'id'));
      const after = { ...applyNodeAction(before, action, request.now), actionBy: request.caller };
      // A node retired while down gets its alert closed explicitly, in the same transaction.
      const closing =
        action.kind === 'retire'
          ? retiredWhileDownNotification(before, request.caller, request.now, stores.nodeChannels)
          : undefined;
      try {
        await stores.nodes.transition([{ before, after }], closing ? [closing] : []);
      } catch (error) {
        if (isConcurrentUpdateError(error))
          throw new ConflictError('the node changed meanwhile (a heartbeat or the monitor); retry', {
            cause: error,
          });
        throw error;
      }
      return json(200, nodeView(after));
    }),
  ),
  get('/alerts', async (request, stores) => {
    rejectUnknown(request.query, ['state']);
    const state = single('state', request.query.state) ?? 'open';
    if (!(ALERT_STATES as readonly string[]).includes(state)) {
      throw new ValidationError(
        'state',
        `expected one of ${ALERT_STATES.join(', ')}, got ${JSON.stringify(state)}`,
      );
    }
    const alerts = (await stores.alerts.list()).filter(
      (a) => state === 'open' || (state === 'acknowledged') === (a.acknowledgedAt !== undefined),
    );
    return json(200, { items: alerts.sort((a, b) => b.lastSeenAt - a.lastSeenAt).map(alertView) });
  }),
  get('/alerts/history', async (request, stores) => {
    const limit = historyLimit(request.query);
    const fingerprint = single('fingerprint', request.query.fingerprint);
    const entries = await stores.history.recent(fingerprint === undefined ? limit : 1000);
    const items = entries
      .filter((e) => fingerprint === undefined || e.fingerprint === fingerprint)
      .slice(0, limit);
    return json(200, { items: items.map(historyView) });
  }),
  get('/alerts/{fingerprint}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const fingerprint = key(request, 'fingerprint');
    const alert = await stores.alerts.get(fingerprint);
    if (!alert) throw new NotFoundError(`no open alert ${fingerprint}`);
    return json(200, alertView(alert));
  }),
  post('/alerts/{fingerprint}/acknowledge', async (request, stores) => {
    emptyBody(request);
    const fingerprint = key(request, 'fingerprint');
    if (!(await stores.alerts.acknowledge(fingerprint, request.caller, request.now))) {
      throw new NotFoundError(`no open alert ${fingerprint}`);
    }
    const alert = await stores.alerts.get(fingerprint);
    if (!alert) throw new NotFoundError(`alert ${fingerprint} resolved meanwhile`);
    return json(200, alertView(alert));
  }),
  get('/rules', async (request, stores) => {
    rejectUnknown(request.query, []);
    return json(200, { items: (await stores.rules.list()).sort(byKey('id')) });
  }),
  get('/rules/{id}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const id = key(request, 'id');
    const rule = await stores.rules.get(id);
    if (!rule) throw new NotFoundError(`no rule ${id}`);
    return json(200, rule);
  }),
  post('/rules', async (request, stores) => {
    const rule = validateRule(request.body);
    if (!(await stores.rules.create(rule)))
      throw new ConflictError(`a rule with id ${rule.id} exists; use PUT /rules/${rule.id}`);
    return json(201, rule, { location: `/rules/${rule.id}` });
  }),
  route('PUT', '/rules/{id}', async (request, stores) => {
    const id = key(request, 'id');
    const body = bodyObject(request);
    if (body.id !== undefined && body.id !== id)
      throw new ValidationError('id', `must equal the id in the path (${id}); ids never change`);
    const rule = validateRule({ ...body, id });
    if (!(await stores.rules.get(id))) throw new NotFoundError(`no rule ${id}; create it with POST /rules`);
    await stores.rules.put(rule);
    return json(200, rule);
  }),
  route('DELETE', '/rules/{id}', async (request, stores) => {
    emptyBody(request);
    const id = key(request, 'id');
    if (!(await stores.rules.get(id))) throw new NotFoundError(`no rule ${id}`);
    await stores.rules.delete(id);
    return { statusCode: 204, headers: {}, body: '' };
  }),
  get('/silences', async (request, stores) => {
    rejectUnknown(request.query, []);
    const items = (await stores.silences.active(request.now)).sort((a, b) => a.endsAt - b.endsAt);
    return json(200, { items: items.map(silenceView) });
  }),
  get('/silences/{id}', async (request, stores) => {
    rejectUnknown(request.query, []);
    return json(200, silenceView(await findSilence(stores, key(request, 'id'), request.now)));
  }),
  post('/silences', async (request, stores) => {
    const body = bodyObject(request);
    const silence = validateSilence({ ...body, createdBy: request.caller }, request.now, randomUUID());
    await stores.silences.put(silence);
    return json(201, silenceView(silence), { location: `/silences/${silence.id}` });
  }),
  route('PUT', '/silences/{id}', async (request, stores) => {
    const before = await findSilence(stores, key(request, 'id'), request.now);
    const body = bodyObject(request);
    const silence = validateSilence(
      { ...body, createdBy: before.createdBy, startsAt: body.startsAt ?? before.startsAt },
      request.now,
      before.id,
    );
    await stores.silences.put(silence);
    return json(200, silenceView(silence));
  }),
  route('DELETE', '/silences/{id}', async (request, stores) => {
    emptyBody(request);
    const silence = await findSilence(stores, key(request, 'id'), request.now);
    await stores.silences.delete(silence.id);
    return { statusCode: 204, headers: {}, body: '' };
  }),
];

type Handler = (request: ApiRequest, stores: ManagementStores) => ReturnType<Route['handle']>;

function route(method: Route['method'], path: string, handle: Handler): Route {
  return {
    method,
    path,
    handle: (request: ApiRequest, deps: ApiDependencies) => {
      if (!deps.management) throw new BackendUnavailableError('the alerting store (not configured)');
      return handle(request, deps.management);
    },
  };
}
function get(path: string, handle: Handler): Route {
  return route('GET', path, handle);
}
function post(path: string, handle: Handler): Route {
  return route('POST', path, handle);
}

function key(request: ApiRequest, name: string): string {
  const value = request.params[name] ?? '';
  if (value === '' || value.length > MAX_KEY || /\p{Cc}/u.test(value)) {
    throw new ValidationError(name, `expected 1 to ${MAX_KEY} printable characters`);
  }
  return value;
}

function bodyObject(request: ApiRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ValidationError('body', 'expected a JSON object');
  return body as Record<string, unknown>;
}

function emptyBody(request: ApiRequest): void {
  rejectUnknown(request.query, []);
  if (
    request.body !== undefined &&
    !(typeof request.body === 'object' && request.body !== null && Object.keys(request.body).length === 0)
  ) {
    throw new ValidationError('body', 'expected no body');
  }
}

function historyLimit(query: QueryParams): number {
  rejectUnknown(query, ['limit', 'fingerprint']);
  return integer('limit', single('limit', query.limit), { min: 1, max: 1000, fallback: 100 });
}

async function findNode(stores: ManagementStores, id: string): Promise<NodeRecord> {
  const node = await stores.nodes.get(id);
  if (!node) throw new NotFoundError(`no node ${id}`);
  return node;
}

async function findSilence(stores: ManagementStores, id: string, now: number): Promise<Silence> {
  const silence = (await stores.silences.active(now)).find((s) => s.id === id);
  if (!silence) throw new NotFoundError(`no active silence ${id}`);
  return silence;
}

function byKey<K extends string>(k: K) {
  return (a: Record<K, string>, b: Record<K, string>) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0);
}

/** Epoch-ms times as ISO 8601; the store's version left out. */
function withIsoTimes(record: object, times: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (name === 'version') continue;
    out[name] = times.includes(name) && typeof value === 'number' ? new Date(value).toISOString() : value;
  }
  return out;
}

function nodeView(n: NodeRecord) {
  return withIsoTimes(n, NODE_TIMES);
}

function alertView(a: AlertState) {
  return withIsoTimes(a, ['openedAt', 'lastSeenAt', 'pendingSince', 'notifiedAt', 'acknowledgedAt']);
}

function historyView(h: HistoryEntry) {
  return withIsoTimes(h, ['at']);
}

function silenceView(s: Silence) {
  return withIsoTimes(s, ['startsAt', 'endsAt']);
}

const NODE_TIMES = [
  'firstSeenAt',
  'lastSeenAt',
  'lastSentAt',
  'stateSince',
  'downSince',
  'recoveringSince',
  'returnedAt',
  'pausedUntil',
];
