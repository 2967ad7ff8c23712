/**
 * Nodes, alerts, rules and silences: routes over the alerting stores (core/alerting/stores.ts).
 * Times go out as ISO 8601; store versions stay inside.
 */
import { randomUUID } from 'node:crypto';
import { retiredWhileDownNotification } from '#core/alerting/heartbeat.ts';
import type { AlertState, HistoryEntry, NodeRecord, Silence } from '#core/alerting/model.ts';
import type { RecipientPolicy } from '#core/alerting/recipients.ts';
import { type Channel, RULE_ID_PATTERN, validateRule } from '#core/alerting/rules.ts';
import { validateSilence } from '#core/alerting/silences.ts';
import {
  type AlertStore,
  type HistoryStore,
  historyKey,
  isConcurrentUpdateError,
  type NodeStore,
  type RuleStore,
  type SilenceStore,
} from '#core/alerting/stores.ts';
import { parseKey } from '#core/input-text.ts';
import { encodeListCursor, type ListQuery, pageOf, parseListQuery } from '#core/list-page.ts';
import { applyNodeAction, parseNodeAction } from '#core/node-actions.ts';
import { rejectUnknown, single } from '#core/query-params.ts';
import { ConflictError, UnprocessableError, ValidationError } from '#core/validation-error.ts';
import { BackendUnavailableError } from '../../ports.ts';
import { json, NotFoundError } from '../http.ts';
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
  /** Whom rules may mail (configured allow-lists). */
  readonly recipients: RecipientPolicy;
}

export const NODE_STATES = ['new', 'up', 'late', 'down', 'paused', 'retired'] as const;
export const ALERT_STATES = ['open', 'firing', 'acknowledged'] as const;
export const SILENCE_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const RULE_ID = new RegExp(RULE_ID_PATTERN);
const SILENCE_ID = new RegExp(SILENCE_ID_PATTERN);

export const MANAGEMENT_ROUTES: readonly Route[] = [
  get('/nodes', async (request, stores) => {
    const page = parseListQuery(request.query, ['state']);
    const state = oneOf('state', single('state', request.query.state), NODE_STATES);
    const nodes = (await stores.nodes.list()).filter((n) => state === undefined || n.state === state);
    return json(
      200,
      view(
        pageOf(nodes, (n) => n.nodeId, page),
        nodeView,
      ),
    );
  }),
  get('/nodes/{nodeId}', async (request, stores) => {
    rejectUnknown(request.query, []);
    return json(200, nodeView(await findNode(stores, parseKey('nodeId', param(request, 'nodeId')))));
  }),
  ...(['pause', 'resume', 'retire'] as const).map((kind) =>
    post(`/nodes/{nodeId}/${kind}`, async (request, stores) => {
      rejectUnknown(request.query, []);
      const id = parseKey('nodeId', param(request, 'nodeId'));
      const action = parseNodeAction(kind, request.body, request.now);
      const before = await findNode(stores, id);
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
    const page = parseListQuery(request.query, ['state']);
    const state = oneOf('state', single('state', request.query.state), ALERT_STATES) ?? 'open';
    const alerts = (await stores.alerts.list()).filter(
      (a) => state === 'open' || (state === 'acknowledged') === (a.acknowledgedAt !== undefined),
    );
    // Most recently seen first; the fingerprint breaks ties so pages never overlap.
    const order = (a: AlertState) => `${String(a.lastSeenAt).padStart(16, '0')}#${a.fingerprint}`;
    return json(200, view(pageOf(alerts, order, page, true), alertView));
  }),
  get('/alerts/history', async (request, stores) => {
    const page = parseListQuery(request.query, ['fingerprint']);
    const fingerprint = single('fingerprint', request.query.fingerprint);
    return json(200, view(await historyPage(stores, page, fingerprint), historyView));
  }),
  get('/alerts/{fingerprint}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const fingerprint = parseKey('fingerprint', param(request, 'fingerprint'));
    const alert = await stores.alerts.get(fingerprint);
    if (!alert) throw new NotFoundError(`no open alert ${fingerprint}`);
    return json(200, alertView(alert));
  }),
  post('/alerts/{fingerprint}/acknowledge', async (request, stores) => {
    const fingerprint = parseKey('fingerprint', param(request, 'fingerprint'));
    emptyBody(request);
    if (!(await stores.alerts.acknowledge(fingerprint, request.caller, request.now))) {
      throw new NotFoundError(`no open alert ${fingerprint}`);
    }
    const alert = await stores.alerts.get(fingerprint);
    if (!alert) throw new NotFoundError(`alert ${fingerprint} resolved meanwhile`);
    return json(200, alertView(alert));
  }),
  get('/rules', async (request, stores) => {
    const page = parseListQuery(request.query);
    return json(
      200,
      pageOf(await stores.rules.list(), (r) => r.id, page),
    );
  }),
  get('/rules/{ruleId}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const id = ruleId(request);
    const rule = await stores.rules.get(id);
    if (!rule) throw new NotFoundError(`no rule ${id}`);
    return json(200, rule);
  }),
  post('/rules', async (request, stores) => {
    rejectUnknown(request.query, []);
    const rule = validateRule(request.body, stores.recipients);
    if (!(await stores.rules.create(rule)))
      throw new ConflictError(`a rule with id ${rule.id} exists; use PUT /rules/${rule.id}`);
    return json(201, rule, { location: `/rules/${rule.id}` });
  }),
  route('PUT', '/rules/{ruleId}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const id = ruleId(request);
    const body = bodyObject(request);
    if (body.id !== undefined && body.id !== id)
      throw new UnprocessableError('id', `must equal the id in the path (${id}); ids never change`);
    const rule = validateRule({ ...body, id }, stores.recipients);
    if (!(await stores.rules.get(id))) throw new NotFoundError(`no rule ${id}; create it with POST /rules`);
    await stores.rules.put(rule);
    return json(200, rule);
  }),
  route('DELETE', '/rules/{ruleId}', async (request, stores) => {
    const id = ruleId(request);
    emptyBody(request);
    if (!(await stores.rules.get(id))) throw new NotFoundError(`no rule ${id}`);
    await stores.rules.delete(id);
    return { statusCode: 204, headers: {}, body: '' };
  }),
  get('/silences', async (request, stores) => {
    const page = parseListQuery(request.query);
    // Soonest end first; the id breaks ties.
    const order = (s: Silence) => `${String(s.endsAt).padStart(16, '0')}#${s.id}`;
    return json(200, view(pageOf(await stores.silences.active(request.now), order, page), silenceView));
  }),
  get('/silences/{silenceId}', async (request, stores) => {
    rejectUnknown(request.query, []);
    return json(200, silenceView(await findSilence(stores, silenceId(request), request.now)));
  }),
  post('/silences', async (request, stores) => {
    rejectUnknown(request.query, []);
    const body = inputOnly(bodyObject(request));
    const silence = validateSilence({ ...body, createdBy: request.caller }, request.now, randomUUID());
    await stores.silences.put(silence);
    return json(201, silenceView(silence), { location: `/silences/${silence.id}` });
  }),
  route('PUT', '/silences/{silenceId}', async (request, stores) => {
    rejectUnknown(request.query, []);
    const id = silenceId(request);
    const body = inputOnly(bodyObject(request));
    const before = await findSilence(stores, id, request.now);
    const silence = validateSilence(
      { ...body, createdBy: before.createdBy, startsAt: body.startsAt ?? before.startsAt },
      request.now,
      before.id,
    );
    await stores.silences.put(silence);
    return json(200, silenceView(silence));
  }),
  route('DELETE', '/silences/{silenceId}', async (request, stores) => {
    const id = silenceId(request);
    emptyBody(request);
    const silence = await findSilence(stores, id, request.now);
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

function param(request: ApiRequest, name: string): string {
  return request.params[name] ?? '';
}

function ruleId(request: ApiRequest): string {
  const id = param(request, 'ruleId');
  if (!RULE_ID.test(id))
    throw new ValidationError('ruleId', `expected a rule id [a-z0-9-]{1,64}, got ${JSON.stringify(id)}`);
  return id;
}

function silenceId(request: ApiRequest): string {
  const id = param(request, 'silenceId');
  if (!SILENCE_ID.test(id))
    throw new ValidationError('silenceId', 'expected a silence id (a lower-case UUID)');
  return id;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new ValidationError(name, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** `createdBy` is the caller, never what the body says: a `createdBy` in the body is ignored. */
function inputOnly(body: Record<string, unknown>): Record<string, unknown> {
  const { createdBy: _ignored, ...rest } = body;
  return rest;
}

function view<T>(
  page: { readonly items: readonly T[]; readonly nextCursor?: string },
  render: (item: T) => unknown,
) {
  return { ...page, items: page.items.map(render) };
}

/** A page of history, most recent first, optionally of one fingerprint (read in store pages until full). */
async function historyPage(stores: ManagementStores, page: ListQuery, fingerprint: string | undefined) {
  const items: HistoryEntry[] = [];
  let before = page.after;
  for (let read = 0; ; read++) {
    const batch = await stores.history.recent(LIST_READ, before);
    for (const entry of batch) {
      if (fingerprint === undefined || entry.fingerprint === fingerprint) items.push(entry);
      if (items.length === page.limit) {
        const more = batch.length === LIST_READ || entry !== batch.at(-1);
        return { items, ...(more ? { nextCursor: encodeListCursor(historyKey(entry), page.limit) } : {}) };
      }
    }
    if (batch.length < LIST_READ) return { items };
    before = historyKey(batch.at(-1) as HistoryEntry);
    // A rare fingerprint must not make one request read the whole history: answer what was found
    // with a cursor where the reading stopped.
    if (read === MAX_READS - 1) return { items, nextCursor: encodeListCursor(before, page.limit) };
  }
}

/** Entries read from the history store at a time, and at most how many times per request. */
const LIST_READ = 1000;
const MAX_READS = 10;

function bodyObject(request: ApiRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ValidationError('body', 'expected a JSON object');
  return body as Record<string, unknown>;
}

/** Refuses query parameters and any body but none or `{}`. */
export function emptyBody(request: ApiRequest): void {
  rejectUnknown(request.query, []);
  if (
    request.body !== undefined &&
    !(typeof request.body === 'object' && request.body !== null && Object.keys(request.body).length === 0)
  ) {
    throw new ValidationError('body', 'expected no body');
  }
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
