/**
 * The pattern registry in the patterns table. Items:
 * - `S#<service>` / `<pattern id>`: one per pattern (template, first/last seen, count, bytes,
 *   levels, sample values and lines, absorbed ids, successor once refined);
 * - `ID#<pattern id>` / `-`: which service a pattern belongs to, so a pattern is found by id;
 * - `SERVICES` / `<service>`: every service with patterns;
 * - `KIND#<service>` / `<tree leaf>`: the new kinds recently born in one leaf of the miners' tree,
 *   written with a version condition, so of two Lambdas that each create a template for one new
 *   kind from their own lines, the second finds the first's (`sameKind`) and marks its own a twin.
 * A pattern's item also counts the lines drop rules left out of the index (`dropped`, `droppedBytes`);
 * the rules themselves are items of this table too (drop-rule-store.ts).
 * Counts and bytes are added atomically (`ADD`), so concurrent Lambdas never lose one; first seen
 * is set only once (`if_not_exists`), and an item's creation is what tells a new kind of line.
 *
 * Every item expires (`expiresAt`, the tables' TTL) `retentionDays` after its pattern was last
 * seen: each sighting moves the pattern's own item; the `ID#` and `SERVICES` items are moved
 * with it at most once a day (when the pattern item's previous expiry was over a day older), and so
 * are the patterns it absorbed through refinements, whose `successor` pointers drop rules follow.
 */
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DroppedCount } from '#core/drop-rules.ts';
import { isLevel, type Level } from '#core/parse/levels.ts';
import { sameKind, treePath } from '#core/patterns/miner.ts';
import type { PatternEntry, PatternSighting, RecordOutcome } from '#core/patterns/registry.ts';
import { templateTokens } from '#core/patterns/service-miners.ts';
import { boundedKeyPart, TTL_ATTRIBUTE } from '#core/tables.ts';
import type { PatternRegistry } from '../../ports.ts';
import { queryAll } from './alert-store.ts';
import { isConditionFailure } from './client.ts';

const SERVICES = 'SERVICES';
const servicePk = (service: string) => `S#${boundedKeyPart(service)}`;
const idPk = (id: string) => `ID#${id}`;
const kindPk = (service: string) => `KIND#${boundedKeyPart(service)}`;

/** How long, and how many, newly born kinds a tree leaf remembers for finding twins. */
const KIND_MEMORY_MS = 86_400_000;
const KINDS_PER_LEAF = 50;
const CLAIM_ATTEMPTS = 5;
/** Most absorbed patterns kept alive behind one live pattern, through every chain of refinements. */
const MAX_CHAIN_ITEMS = 64;

interface BornKind {
  readonly id: string;
  readonly template: string;
  readonly at: number;
}

/** Days a pattern unseen is remembered. */
export const DEFAULT_PATTERN_RETENTION_DAYS = 90;
const DAY_SECONDS = 86_400;

export class DynamoPatternRegistry implements PatternRegistry {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #retentionSeconds: number;

  /** `retentionDays`: how long after its last sighting a pattern is forgotten. @default 90 */
  constructor(db: DynamoDBDocumentClient, table: string, retentionDays = DEFAULT_PATTERN_RETENTION_DAYS) {
    if (!Number.isInteger(retentionDays) || retentionDays < 1)
      throw new RangeError(`retentionDays: expected a whole number of days ≥ 1, got ${retentionDays}`);
    this.#db = db;
    this.#table = table;
    this.#retentionSeconds = retentionDays * DAY_SECONDS;
  }

  /** The TTL of an item whose pattern was seen at `at` (epoch ms). */
  #expiry(at: number): number {
    return Math.floor(at / 1000) + this.#retentionSeconds;
  }

  async record(sightings: readonly PatternSighting[]): Promise<RecordOutcome> {
    const created = await Promise.all(sightings.map((sighting) => this.#recordOne(sighting)));
    return { created: sightings.filter((_, i) => created[i] === 'new').map((s) => s.id) };
  }

  /** Adds one sighting; says whether it created the pattern's item, and as what. */
  async #recordOne(s: PatternSighting): Promise<'new' | 'refined' | 'known'> {
    const names: Record<string, string> = { '#count': 'count', '#bytes': 'bytes', '#ttl': TTL_ATTRIBUTE };
    const expires = this.#expiry(s.at);
    const values: Record<string, unknown> = {
      ':expires': expires,
      ':service': s.service,
      ':template': s.template,
      ':at': s.at,
      ':n': s.count,
      ':bytes': s.bytes,
      ':origin': s.newKind ? 'new' : 'refined',
    };
    const set = [
      'service = :service',
      'template = :template',
      'firstSeen = if_not_exists(firstSeen, :at)',
      'lastSeen = :at',
      'origin = if_not_exists(origin, :origin)',
      '#ttl = :expires',
    ];
    const add = ['#count :n', '#bytes :bytes'];
    if (s.levels.length > 0) {
      add.push('levels :levels');
      values[':levels'] = new Set(s.levels);
    }
    if (s.absorbed.length > 0) {
      add.push('absorbed :absorbed');
      values[':absorbed'] = new Set(s.absorbed);
    }
    if (s.samples.length > 0) {
      set.push('samples = :samples');
      values[':samples'] = s.samples;
    }
    if (s.sampleLines.length > 0) {
      set.push('sampleLines = if_not_exists(sampleLines, :lines)');
      values[':lines'] = s.sampleLines;
    }
    const result = await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { pk: servicePk(s.service), sk: s.id },
        UpdateExpression: `SET ${set.join(', ')} ADD ${add.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        // The item as it was: none (or one without firstSeen, an absorbed id's pointer) means this created it.
        ReturnValues: 'ALL_OLD',
      }),
    );
    await Promise.all(s.absorbed.map((old) => this.#replace(s.service, old, s.id, expires)));
    const before = result.Attributes;
    const previousExpiry = Number(before?.[TTL_ATTRIBUTE] ?? 0);
    if (before?.firstSeen === undefined || previousExpiry < expires - DAY_SECONDS) {
      await this.#index(s.service, s.id, expires);
      await this.#keepAbsorbed(s.service, strings(before?.absorbed), expires);
    }
    if (before?.firstSeen !== undefined) return 'known';
    if (!s.newKind) return 'refined';
    await this.#claimKind(s, expires);
    return 'new';
  }

  /**
   * Records a newly born kind in its tree leaf's list, unless the list already holds a pattern of
   * the same kind: then this one is marked its twin. The list is rewritten only if its version is
   * still the one read, so two claims never both miss each other.
   */
  async #claimKind(s: PatternSighting, expires: number): Promise<void> {
    const tokens = templateTokens(s.template);
    const key = { pk: kindPk(s.service), sk: boundedKeyPart(treePath(tokens).join(' ')) };
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
      const read = await this.#db.send(
        new GetCommand({ TableName: this.#table, Key: key, ConsistentRead: true }),
      );
      const version = Number(read.Item?.version ?? 0);
      const kinds = (Array.isArray(read.Item?.kinds) ? (read.Item.kinds as BornKind[]) : []).filter(
        (kind) => kind.at > s.at - KIND_MEMORY_MS,
      );
      if (kinds.some((kind) => kind.id === s.id)) return;
      const twin = kinds.find((kind) => sameKind(templateTokens(kind.template), tokens));
      if (twin !== undefined) {
        await this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: { pk: servicePk(s.service), sk: s.id },
            UpdateExpression: 'SET twinOf = :twin',
            ExpressionAttributeValues: { ':twin': twin.id },
          }),
        );
        return;
      }
      const next = [...kinds, { id: s.id, template: s.template, at: s.at }].slice(-KINDS_PER_LEAF);
      try {
        await this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: key,
            UpdateExpression: 'SET kinds = :kinds, version = :next, #ttl = :expires',
            ConditionExpression: version === 0 ? 'attribute_not_exists(version)' : 'version = :version',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: {
              ':kinds': next,
              ':next': version + 1,
              ':expires': Math.max(expires, Number(read.Item?.[TTL_ATTRIBUTE] ?? 0)),
              ...(version === 0 ? {} : { ':version': version }),
            },
          }),
        );
        return;
      } catch (error) {
        // Another Lambda claimed a kind in this leaf meanwhile: read its list and judge again.
        if (!isConditionFailure(error)) throw error;
      }
    }
    // Five lost races in a row: the kind stays unclaimed, at worst announced twice, never lost.
  }

  /** Points an absorbed pattern at the one that replaced it (kept as long as its successor). */
  async #replace(service: string, old: string, successor: string, expires: number): Promise<void> {
    await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { pk: servicePk(service), sk: old },
        UpdateExpression:
          'SET successor = :successor, service = if_not_exists(service, :service), #ttl = :expires',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':successor': successor, ':service': service, ':expires': expires },
      }),
    );
  }

  /**
   * Moves the expiry of the patterns a live one absorbed, and of those they absorbed in turn, with
   * their `ID#` pointers: a drop rule made for an old id follows `successor` to today's pattern, so
   * the chain must live as long as its head. Once a day with the head's pointers; bounded.
   */
  async #keepAbsorbed(service: string, absorbed: readonly string[], expires: number): Promise<void> {
    const seen = new Set<string>();
    let next = absorbed.filter((id) => !seen.has(id));
    while (next.length > 0 && seen.size < MAX_CHAIN_ITEMS) {
      const wave = next.slice(0, MAX_CHAIN_ITEMS - seen.size);
      for (const id of wave) seen.add(id);
      const older = await Promise.all(
        wave.map(async (id) => {
          try {
            const moved = await this.#db.send(
              new UpdateCommand({
                TableName: this.#table,
                Key: { pk: servicePk(service), sk: id },
                UpdateExpression: 'SET #ttl = :expires',
                // Only pointers that still exist, never moved earlier; an expired one stays gone.
                ConditionExpression: 'attribute_exists(successor) AND #ttl < :expires',
                ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
                ExpressionAttributeValues: { ':expires': expires },
                ReturnValues: 'ALL_NEW',
              }),
            );
            await this.#point({ pk: idPk(id), sk: '-' }, service, expires);
            return strings(moved.Attributes?.absorbed);
          } catch (error) {
            if (isConditionFailure(error)) return [];
            throw error;
          }
        }),
      );
      next = [...new Set(older.flat())].filter((id) => !seen.has(id));
    }
  }

  /** Points `key` at `service` until `expires`; never moves an expiry earlier (a late, older batch). */
  async #point(key: Record<string, string>, service: string, expires: number): Promise<void> {
    await this.#db
      .send(
        new UpdateCommand({
          TableName: this.#table,
          Key: key,
          UpdateExpression: 'SET service = :service, #ttl = :expires',
          ConditionExpression: 'attribute_not_exists(#ttl) OR #ttl < :expires',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':service': service, ':expires': expires },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  /** Writes (or moves the expiry of) the items that find a pattern by id and list its service. */
  async #index(service: string, id: string, expires: number): Promise<void> {
    await Promise.all([
      this.#point({ pk: idPk(id), sk: '-' }, service, expires),
      this.#point({ pk: SERVICES, sk: boundedKeyPart(service) }, service, expires),
    ]);
  }

  async addDropped(
    counts: ReadonlyArray<DroppedCount & { readonly service: string; readonly id: string }>,
  ): Promise<void> {
    await Promise.all(
      counts.map(async (c) => {
        try {
          await this.#db.send(
            new UpdateCommand({
              TableName: this.#table,
              Key: { pk: servicePk(c.service), sk: c.id },
              UpdateExpression: 'ADD dropped :n, droppedBytes :bytes',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':n': c.count, ':bytes': c.bytes },
            }),
          );
        } catch (error) {
          // Expired or evicted since the batch mined it: an item of counts alone (no TTL, no
          // template) would never go away.
          if (!isConditionFailure(error)) throw error;
        }
      }),
    );
  }

  async current(service: string): Promise<PatternEntry[]> {
    return (await this.#service(service)).filter((entry) => entry.successor === undefined);
  }

  async get(id: string): Promise<PatternEntry | undefined> {
    const index = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: idPk(id), sk: '-' } }),
    );
    const service = index.Item?.service;
    if (typeof service !== 'string') return undefined;
    const item = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { pk: servicePk(service), sk: id },
        ConsistentRead: true,
      }),
    );
    return item.Item ? entryOf(item.Item) : undefined;
  }

  /** Several patterns of one service by id, in one round trip per 100. */
  async many(service: string, ids: readonly string[]): Promise<PatternEntry[]> {
    const out: PatternEntry[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const keys = [...new Set(ids.slice(i, i + 100))].map((id) => ({ pk: servicePk(service), sk: id }));
      let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }> | undefined =
        {
          [this.#table]: { Keys: keys, ConsistentRead: true },
        };
      while (request && Object.keys(request).length > 0) {
        const page = await this.#db.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of page.Responses?.[this.#table] ?? []) {
          const entry = entryOf(item);
          if (entry) out.push(entry);
        }
        request = page.UnprocessedKeys as typeof request;
      }
    }
    return out;
  }

  async list(service?: string): Promise<PatternEntry[]> {
    if (service !== undefined) return this.#service(service);
    const services = await queryAll(this.#db, this.#table, SERVICES);
    const all = await Promise.all(services.map((item) => this.#service(String(item.service ?? item.sk))));
    return all.flat();
  }

  async #service(service: string): Promise<PatternEntry[]> {
    const items = await queryAll(this.#db, this.#table, servicePk(service));
    return items.map(entryOf).filter((entry): entry is PatternEntry => entry !== undefined);
  }
}

function entryOf(item: Record<string, unknown>): PatternEntry | undefined {
  if (typeof item.template !== 'string' || typeof item.firstSeen !== 'number') return undefined;
  const levels = strings(item.levels).filter((level): level is Level => isLevel(level));
  const samples = Array.isArray(item.samples) ? item.samples.map(strings) : [];
  const entry: PatternEntry = {
    id: String(item.sk),
    service: String(item.service),
    template: item.template,
    firstSeen: item.firstSeen,
    lastSeen: Number(item.lastSeen ?? item.firstSeen),
    count: Number(item.count ?? 0),
    bytes: Number(item.bytes ?? 0),
    dropped: Number(item.dropped ?? 0),
    droppedBytes: Number(item.droppedBytes ?? 0),
    levels,
    origin: item.origin === 'refined' ? 'refined' : 'new',
    absorbed: strings(item.absorbed),
    samples,
    sampleLines: strings(item.sampleLines),
  };
  return {
    ...entry,
    ...(typeof item.successor === 'string' ? { successor: item.successor } : {}),
    ...(typeof item.twinOf === 'string' ? { twinOf: item.twinOf } : {}),
  };
}

/** A string set or list attribute as strings (none when absent). */
function strings(value: unknown): string[] {
  return value instanceof Set ? [...value].map(String) : Array.isArray(value) ? value.map(String) : [];
}
