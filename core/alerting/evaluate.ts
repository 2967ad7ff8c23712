/**
 * Rule evaluation on a batch of documents, pure: which documents match which rule, grouped per
 * fingerprint (rule + group key) with a count and a few samples. Counting windows (threshold,
 * rate-spike) are decided by `thresholdReached` / `spikeDetected` on per-minute buckets that the
 * caller keeps in the counters table.
 */
import type { RE2JS } from 're2js';
import { FINGERPRINT_MAX_CHARS } from '../input-text.ts';
import type { LogDocument } from '../log-document.ts';
import { isAtLeast } from '../parse/levels.ts';
import { boundedKeyPart } from '../tables.ts';
import type { AlertLabels, Sample } from './model.ts';
import { compileRuleRegex, RULE_LIMITS, type Rule, type RuleMatch } from './rules.ts';

/** Samples kept per alert (per batch and per notification). */
export const MAX_SAMPLES = 5;
/** Characters of a message kept in a sample. */
export const SAMPLE_MESSAGE_CHARS = 1000;

export interface RuleMatches {
  readonly rule: Rule;
  readonly fingerprint: string;
  readonly groupKey: string;
  readonly labels: AlertLabels;
  readonly count: number;
  readonly samples: Sample[];
  /** For volume-anomaly rules: the pattern most of the matches had. */
  readonly topPattern?: { readonly id: string; readonly template: string; readonly count: number };
}

const regexCache = new Map<string, RE2JS>();

function compiled(source: string): RE2JS {
  let re = regexCache.get(source);
  if (re === undefined) {
    re = compileRuleRegex(source);
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(source, re);
  }
  return re;
}

/** True when the document satisfies every condition of `match`. */
export function documentMatches(match: RuleMatch, doc: LogDocument): boolean {
  if (match.minLevel !== undefined && (doc.level === undefined || !isAtLeast(doc.level, match.minLevel)))
    return false;
  if (match.maxLevel !== undefined && (doc.level === undefined || !isAtLeast(match.maxLevel, doc.level)))
    return false;
  if (match.service !== undefined && doc.service !== match.service) return false;
  if (match.host !== undefined && doc.host !== match.host) return false;
  if (match.contains !== undefined && !doc.message.includes(match.contains)) return false;
  if (match.regex !== undefined && !compiled(match.regex).test(regexInput(doc.message))) return false;
  if (match.fields !== undefined) {
    for (const [name, expected] of Object.entries(match.fields)) {
      const actual = doc.fields[name];
      if (actual === undefined || actual === null || String(actual) !== expected) return false;
    }
  }
  return true;
}

function regexInput(message: string): string {
  const max = RULE_LIMITS.maxRegexInputChars;
  return message.length > max ? message.slice(0, max) : message;
}

/** The alert identity of a rule and group key. Readable, and bounded for a DynamoDB sort key. */
export function ruleFingerprint(ruleId: string, groupKey: string): string {
  const prefix = `rule:${ruleId}:`;
  // At most FINGERPRINT_MAX_CHARS characters: a fingerprint is a path key of the API too.
  return `${prefix}${boundedKeyPart(groupKey, FINGERPRINT_MAX_CHARS - prefix.length)}`;
}

export function groupKeyOf(rule: Rule, doc: Pick<LogDocument, 'service' | 'host' | 'pattern_id'>): string {
  // A pattern is its own alert for pattern rules, whatever the grouping.
  if (isPatternRule(rule)) return doc.pattern_id ?? '';
  if (rule.groupBy === 'service') return doc.service;
  if (rule.groupBy === 'host') return doc.host;
  return '*';
}

/** New-pattern and pattern-spike rules: one alert per pattern. */
export function isPatternRule(rule: Rule): boolean {
  return rule.condition.kind === 'new-pattern' || rule.condition.kind === 'pattern-spike';
}

type Collected = RuleMatches & {
  samples: Sample[];
  count: number;
  patterns?: Map<string, { readonly template: string; count: number }>;
};

/** Distinct patterns tallied per volume-anomaly alert and batch (the most frequent one is reported). */
const MAX_TALLIED_PATTERNS = 1000;

/**
 * Groups the documents matching each enabled ingest-time rule (absence rules are the monitor's),
 * fed one group of documents at a time so a batch need not be held whole.
 */
export class RuleMatchCollector {
  readonly #rules: readonly Rule[];
  readonly #matches = new Map<string, Collected>();

  constructor(rules: readonly Rule[]) {
    this.#rules = rules.filter((rule) => rule.enabled && rule.condition.kind !== 'absence');
  }

  add(documents: readonly LogDocument[]): void {
    for (const rule of this.#rules) {
      for (const doc of documents) {
        if (!documentMatches(rule.match, doc)) continue;
        if (isPatternRule(rule) && doc.pattern_id === undefined) continue;
        const groupKey = groupKeyOf(rule, doc);
        const fingerprint = ruleFingerprint(rule.id, groupKey);
        let entry = this.#matches.get(fingerprint);
        if (entry === undefined) {
          entry = { rule, fingerprint, groupKey, labels: labelsFor(rule, doc), count: 0, samples: [] };
          if (rule.condition.kind === 'volume-anomaly') entry.patterns = new Map();
          this.#matches.set(fingerprint, entry);
        }
        entry.count++;
        if (entry.samples.length < MAX_SAMPLES) entry.samples.push(sampleOf(doc));
        if (entry.patterns !== undefined && doc.pattern_id !== undefined) tallyPattern(entry.patterns, doc);
      }
    }
  }

  matches(): RuleMatches[] {
    return [...this.#matches.values()].map(({ patterns, ...entry }) => {
      const top = patterns === undefined ? undefined : mostFrequent(patterns);
      return top === undefined ? entry : { ...entry, topPattern: top };
    });
  }
}

function tallyPattern(
  patterns: Map<string, { readonly template: string; count: number }>,
  doc: LogDocument,
): void {
  const id = doc.pattern_id as string;
  const known = patterns.get(id);
  if (known !== undefined) known.count++;
  else if (patterns.size < MAX_TALLIED_PATTERNS) patterns.set(id, { template: doc.pattern ?? '', count: 1 });
}

function mostFrequent(
  patterns: ReadonlyMap<string, { readonly template: string; readonly count: number }>,
): RuleMatches['topPattern'] {
  let top: RuleMatches['topPattern'];
  for (const [id, { template, count }] of patterns)
    if (top === undefined || count > top.count) top = { id, template, count };
  return top;
}

/** The matches of one set of documents (see `RuleMatchCollector`). */
export function collectMatches(rules: readonly Rule[], documents: readonly LogDocument[]): RuleMatches[] {
  const collector = new RuleMatchCollector(rules);
  collector.add(documents);
  return collector.matches();
}

function labelsFor(rule: Rule, doc: LogDocument): AlertLabels {
  const labels: { -readonly [K in keyof AlertLabels]: AlertLabels[K] } = { ruleId: rule.id };
  if (rule.groupBy === 'service') labels.service = doc.service;
  else if (rule.match.service !== undefined) labels.service = rule.match.service;
  if (rule.groupBy === 'host') labels.host = doc.host;
  else if (rule.match.host !== undefined) labels.host = rule.match.host;
  if (rule.match.minLevel !== undefined) labels.level = rule.match.minLevel;
  if (isPatternRule(rule)) {
    labels.service = doc.service;
    if (doc.pattern_id !== undefined) labels.patternId = doc.pattern_id;
    if (doc.pattern !== undefined) labels.pattern = doc.pattern;
  }
  return labels;
}

export function sampleOf(doc: LogDocument): Sample {
  const sample: { -readonly [K in keyof Sample]: Sample[K] } = {
    at: doc['@timestamp'],
    service: doc.service,
    host: doc.host,
    message:
      doc.message.length > SAMPLE_MESSAGE_CHARS
        ? `${doc.message.slice(0, SAMPLE_MESSAGE_CHARS)}…`
        : doc.message,
    eventId: doc.event_id,
  };
  if (doc.level !== undefined) sample.level = doc.level;
  return sample;
}

/** Short alert title: `ERROR payment-service`, `checkout errors web-1`, `timeouts`. */
export function alertTitle(rule: Rule, groupKey: string): string {
  return rule.groupBy === 'none' ? rule.name : `${rule.name} ${groupKey}`;
}

/** Minute number (epoch minutes) of a time. */
export function minuteOf(epochMs: number): number {
  return Math.floor(epochMs / 60_000);
}

/** Counter key of a rule's group. */
export function counterKey(ruleId: string, groupKey: string): string {
  return `RULE#${ruleId}#${boundedKeyPart(groupKey)}`;
}

/** Sum of buckets for minutes in [from, to]. */
export function sumBuckets(buckets: ReadonlyMap<number, number>, from: number, to: number): number {
  let sum = 0;
  for (const [minute, count] of buckets) if (minute >= from && minute <= to) sum += count;
  return sum;
}

/** Matches within the window ending at `nowMinute`, when they reach the threshold; else undefined. */
export function thresholdReached(
  condition: { readonly count: number; readonly windowMinutes: number },
  buckets: ReadonlyMap<number, number>,
  nowMinute: number,
): number | undefined {
  const inWindow = sumBuckets(buckets, nowMinute - condition.windowMinutes + 1, nowMinute);
  return inWindow >= condition.count ? inWindow : undefined;
}

/** Matches in the current window when it is a spike against the baseline windows before it. */
export function spikeDetected(
  condition: {
    readonly windowMinutes: number;
    readonly baselineWindows: number;
    readonly factor: number;
    readonly minCount: number;
  },
  buckets: ReadonlyMap<number, number>,
  nowMinute: number,
): number | undefined {
  const w = condition.windowMinutes;
  const current = sumBuckets(buckets, nowMinute - w + 1, nowMinute);
  if (current < condition.minCount) return undefined;
  const baselineTotal = sumBuckets(
    buckets,
    nowMinute - w * (condition.baselineWindows + 1) + 1,
    nowMinute - w,
  );
  const baseline = baselineTotal / condition.baselineWindows;
  return current >= condition.factor * Math.max(baseline, 1) ? current : undefined;
}

/** Minutes of history a counting rule needs (window plus baseline). */
export function historyMinutes(rule: Rule): number {
  const c = rule.condition;
  if (c.kind === 'threshold') return c.windowMinutes;
  if (c.kind === 'rate-spike') return c.windowMinutes * (c.baselineWindows + 1);
  if (c.kind === 'pattern-spike' || c.kind === 'volume-anomaly') return c.baselineMinutes + 1;
  return 0;
}
