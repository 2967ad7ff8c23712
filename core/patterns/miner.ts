/**
 * Streaming template mining for one service: a Drain-style parse tree (He et al., ICWS 2017) over
 * masked messages. Lines are grouped by token count, then by their first tokens, and a line joins
 * the most similar pattern of its leaf when enough of its tokens agree; the tokens that disagree
 * become wildcards (`<*>`). docs/patterns.md explains the choices and figures.
 *
 * The state is plain data (`toState` / `PatternMiner.fromState`), so a cold start can load what an
 * earlier run learned; memory is bounded by `maxPatterns`, least recently seen first out, and
 * estimated as it changes (`footprint`), so a holder of many miners can bound them all.
 */
import { holdsPlaceholder, maskVariables } from './mask.ts';
import { patternId } from './pattern-id.ts';

export const WILDCARD = '<*>';
/** Tokens of a message a miner looks at unless told otherwise. */
export const DEFAULT_MAX_TOKENS = 64;

export interface MinerOptions {
  /** Leading tokens that key the tree below the token count. @default 2 */
  readonly prefixTokens?: number;
  /** Share of a line's words (unmasked tokens) a pattern must share for the line to join it. @default 0.6 */
  readonly similarity?: number;
  /** Children of one tree node before further first tokens share a wildcard child. @default 100 */
  readonly maxChildren?: number;
  /** Patterns kept; past it the least recently seen tenth is evicted. @default 2000 */
  readonly maxPatterns?: number;
  /** Tokens of a message looked at. @default DEFAULT_MAX_TOKENS */
  readonly maxTokens?: number;
}

/** What mining one line found. */
export interface MinedLine {
  readonly id: string;
  readonly template: string;
  /** `new`: a pattern this miner had not seen; `refined`: the line generalised a known pattern. */
  readonly change: 'new' | 'refined' | 'none';
  /** With `refined`: the id the pattern had before this line. */
  readonly previousId?: string;
  /** The template's tokens (read them at once: a later line may refine them). */
  readonly templateTokens: readonly string[];
  /** The masked message's tokens, aligned with the template's (for reading sample values). */
  readonly tokens: readonly string[];
}

/** A learned pattern as plain data. */
export interface PatternState {
  readonly tokens: readonly string[];
  readonly count: number;
  /** The ids this pattern had before it was refined, oldest first (at most `MAX_ABSORBED`). */
  readonly absorbed: readonly string[];
  /** Tree keys from the token count down to the leaf. */
  readonly path: readonly string[];
}

export interface MinerState {
  readonly version: 1;
  readonly service: string;
  readonly patterns: readonly PatternState[];
}

/** How much the miner holds. */
export interface MinerFootprint {
  readonly patterns: number;
  readonly nodes: number;
  /** An estimate of the heap it holds (patterns, tree, recent texts), bytes. */
  readonly bytes: number;
}

const MAX_ABSORBED = 32;
/** Masked texts remembered per miner (about 100 KB of strings at most). */
const RECENT_TEXTS = 1024;

interface Pattern {
  tokens: string[];
  id: string;
  template: string;
  count: number;
  lastSeen: number;
  absorbed: string[];
  path: string[];
  leaf: Node;
  evicted: boolean;
}

/** A recently mined masked text: the pattern it joined, its tokens, and what mining it returns. */
interface RecentText {
  readonly pattern: Pattern;
  readonly tokens: readonly string[];
  result?: MinedLine;
}

interface Node {
  readonly children: Map<string, Node>;
  readonly patterns: Pattern[];
}

const newNode = (): Node => ({ children: new Map(), patterns: [] });

export class PatternMiner {
  readonly service: string;
  readonly #prefixTokens: number;
  readonly #similarity: number;
  readonly #maxChildren: number;
  readonly #maxPatterns: number;
  readonly #maxTokens: number;
  readonly #root = newNode();
  /** Recent masked texts and the pattern each joined, so a repeated one skips the tree. */
  readonly #recent = new Map<string, RecentText>();
  #patterns = 0;
  #nodes = 0;
  #clock = 0;
  /** Estimated bytes of the patterns and the tree. */
  #bytes = 0;
  #evictions = 0;
  /** Estimated bytes of `#recent`. */
  #recentBytes = 0;

  constructor(service: string, options: MinerOptions = {}) {
    this.service = service;
    this.#prefixTokens = options.prefixTokens ?? 2;
    this.#similarity = options.similarity ?? 0.6;
    this.#maxChildren = options.maxChildren ?? 100;
    this.#maxPatterns = options.maxPatterns ?? 2000;
    this.#maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  }

  /** Mines one message: finds or creates its pattern, generalising it when the line disagrees. */
  mine(message: string): MinedLine {
    const masked = maskVariables(message);
    this.#clock++;
    const seen = this.#recent.get(masked);
    if (seen !== undefined && !seen.pattern.evicted) {
      // The same masked text as a recent line: it joins the same pattern, which refinement can
      // only have made more general since (so it still matches), without walking the tree again.
      const pattern = seen.pattern;
      pattern.count++;
      pattern.lastSeen = this.#clock;
      // One result per recent text, made again only once a refinement changed the pattern's id.
      if (seen.result?.id !== pattern.id)
        seen.result = {
          id: pattern.id,
          template: pattern.template,
          change: 'none',
          templateTokens: pattern.tokens,
          tokens: seen.tokens,
        };
      return seen.result;
    }
    const tokens = tokenize(masked, this.#maxTokens);
    const path = this.#pathOf(tokens);
    const leaf = this.#leafFor(path);
    const pattern = this.#closest(leaf, tokens);
    if (pattern === undefined) {
      const created = this.#add(tokens.slice(), 1, [], path, leaf);
      this.#remember(masked, created, tokens);
      return {
        id: created.id,
        template: created.template,
        change: 'new',
        templateTokens: created.tokens,
        tokens,
      };
    }
    pattern.count++;
    pattern.lastSeen = this.#clock;
    const previousId = pattern.id;
    this.#remember(masked, pattern, tokens);
    if (!generalise(pattern.tokens, tokens))
      return {
        id: previousId,
        template: pattern.template,
        change: 'none',
        templateTokens: pattern.tokens,
        tokens,
      };
    const before = patternBytes(pattern);
    pattern.template = pattern.tokens.join(' ');
    pattern.id = patternId(this.service, pattern.template);
    pattern.absorbed.push(previousId);
    if (pattern.absorbed.length > MAX_ABSORBED) pattern.absorbed.shift();
    this.#bytes += patternBytes(pattern) - before;
    return {
      id: pattern.id,
      template: pattern.template,
      change: 'refined',
      previousId,
      templateTokens: pattern.tokens,
      tokens,
    };
  }

  /** Every pattern, as plain data. */
  toState(): MinerState {
    const patterns: PatternState[] = [];
    this.#visit(this.#root, (pattern) =>
      patterns.push({
        tokens: [...pattern.tokens],
        count: pattern.count,
        absorbed: [...pattern.absorbed],
        path: [...pattern.path],
      }),
    );
    return { version: 1, service: this.service, patterns };
  }

  /** A miner that knows what `state` holds. */
  static fromState(state: MinerState, options: MinerOptions = {}): PatternMiner {
    const miner = new PatternMiner(state.service, options);
    for (const saved of state.patterns) miner.learn(saved.tokens, saved.count, saved.absorbed, saved.path);
    return miner;
  }

  /**
   * Adds a pattern known from elsewhere (another Lambda's registry entry, a saved state); a
   * template already known is only counted. `path` defaults to where the template's tokens lead.
   */
  learn(
    tokens: readonly string[],
    count = 1,
    absorbed: readonly string[] = [],
    path?: readonly string[],
  ): void {
    const where = path ? [...path] : this.#pathOf(tokens);
    const leaf = this.#leafFor(where);
    const template = tokens.join(' ');
    const known = leaf.patterns.find((pattern) => pattern.template === template);
    if (known) {
      known.count += count;
      return;
    }
    this.#add([...tokens], count, [...absorbed], where, leaf);
  }

  /** What the miner holds, kept up to date as it changes (no walk of the tree). */
  footprint(): MinerFootprint {
    return { patterns: this.#patterns, nodes: this.#nodes, bytes: this.bytes };
  }

  /** The estimated heap the miner holds, bytes. */
  get bytes(): number {
    return this.#bytes + this.#recentBytes;
  }

  get size(): number {
    return this.#patterns;
  }

  /** Patterns this miner has evicted: a line of their kind would now make a new pattern. */
  get evictions(): number {
    return this.#evictions;
  }

  /**
   * Removes the pattern with id `id` (one just created for a kind the registry turned out to
   * know); false when the miner has none.
   */
  forget(id: string): boolean {
    let found: Pattern | undefined;
    this.#visit(this.#root, (pattern) => {
      if (pattern.id === id) found = pattern;
    });
    if (found === undefined) return false;
    this.#remove(new Set([found]));
    return true;
  }

  /**
   * Gives memory back until the miner holds at most `bytes`: first the recent texts, then the
   * least recently seen patterns, a tenth of `maxPatterns` at a time.
   */
  shrinkTo(bytes: number): void {
    if (this.bytes <= bytes) return;
    this.#forgetRecent();
    while (this.#bytes > bytes && this.#patterns > 0) this.#evict(undefined);
  }

  #pathOf(tokens: readonly string[]): string[] {
    return treePath(tokens, this.#prefixTokens);
  }

  /**
   * The leaf for a path, created if missing. A node with `maxChildren` children sends further
   * tokens to its wildcard child, so a field of ever-new first words cannot grow the tree forever.
   */
  #leafFor(path: string[]): Node {
    let node = this.#root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string;
      let child = node.children.get(key);
      if (child === undefined && i > 0 && key !== WILDCARD) {
        const wildcard = node.children.get(WILDCARD);
        if (node.children.size >= this.#maxChildren) {
          path[i] = WILDCARD;
          child = wildcard;
        }
      }
      if (child === undefined) {
        child = newNode();
        node.children.set(path[i] as string, child);
        this.#nodes++;
        this.#bytes += NODE_BYTES;
      }
      node = child;
    }
    return node;
  }

  /**
   * The leaf's most similar pattern, if similar enough (ties: the more general one). Similarity
   * counts only the line's words, the tokens masking left alone: masked tokens agree by
   * construction and say nothing about the kind of line, while words are what tell two kinds
   * apart ("Received disconnect from <ip>: Bye Bye" is not "Received disconnect from <ip>: disconnected by user").
   */
  #closest(leaf: Node, tokens: readonly string[]): Pattern | undefined {
    let best: Pattern | undefined;
    let bestSame = -1;
    let bestWildcards = -1;
    for (const pattern of leaf.patterns) {
      const { same, wildcards } = agreement(pattern.tokens, tokens);
      if (same > bestSame || (same === bestSame && wildcards > bestWildcards)) {
        best = pattern;
        bestSame = same;
        bestWildcards = wildcards;
      }
    }
    return best !== undefined && similarEnough(bestSame, tokens, this.#similarity) ? best : undefined;
  }

  #add(tokens: string[], count: number, absorbed: string[], path: string[], leaf: Node): Pattern {
    const template = tokens.join(' ');
    const pattern: Pattern = {
      tokens,
      id: patternId(this.service, template),
      template,
      count,
      lastSeen: this.#clock,
      absorbed,
      path,
      leaf,
      evicted: false,
    };
    leaf.patterns.push(pattern);
    this.#patterns++;
    this.#bytes += patternBytes(pattern);
    if (this.#patterns > this.#maxPatterns) this.#evict(pattern);
    return pattern;
  }

  #remember(masked: string, pattern: Pattern, tokens: readonly string[]): void {
    if (this.#recent.size >= RECENT_TEXTS) this.#forgetRecent();
    const known = this.#recent.get(masked);
    if (known !== undefined) this.#recentBytes -= recentBytes(masked, known.tokens);
    this.#recent.set(masked, { pattern, tokens });
    this.#recentBytes += recentBytes(masked, tokens);
  }

  #forgetRecent(): void {
    this.#recent.clear();
    this.#recentBytes = 0;
  }

  /**
   * Drops the least recently seen tenth of the patterns (never `keep`, the one just added), and
   * the tree nodes no pattern is under any more, so the tree never outgrows the patterns.
   */
  #evict(keep: Pattern | undefined): void {
    const all: Pattern[] = [];
    this.#visit(this.#root, (pattern) => {
      if (pattern !== keep) all.push(pattern);
    });
    all.sort((a, b) => a.lastSeen - b.lastSeen);
    const drop = new Set(all.slice(0, Math.max(1, Math.ceil(this.#maxPatterns / 10))));
    this.#evictions += drop.size;
    this.#remove(drop);
  }

  #remove(drop: ReadonlySet<Pattern>): void {
    for (const pattern of drop) {
      pattern.evicted = true;
      const index = pattern.leaf.patterns.indexOf(pattern);
      if (index >= 0) pattern.leaf.patterns.splice(index, 1);
      this.#bytes -= patternBytes(pattern);
      this.#prune(pattern.path);
    }
    this.#patterns -= drop.size;
  }

  /** Removes the nodes along `path` that hold no pattern and no child, deepest first. */
  #prune(path: readonly string[]): void {
    const trail: Node[] = [this.#root];
    for (const key of path) {
      const child = (trail.at(-1) as Node).children.get(key);
      if (child === undefined) return;
      trail.push(child);
    }
    for (let i = path.length; i > 0; i--) {
      const node = trail[i] as Node;
      if (node.patterns.length > 0 || node.children.size > 0) return;
      (trail[i - 1] as Node).children.delete(path[i - 1] as string);
      this.#nodes--;
      this.#bytes -= NODE_BYTES;
    }
  }

  #visit(node: Node, see: (pattern: Pattern) => void): void {
    for (const pattern of node.patterns) see(pattern);
    for (const child of node.children.values()) this.#visit(child, see);
  }
}

// Rough V8 sizes, for the footprint estimate (bench/pattern-mining.ts measures the real heap).
const NODE_BYTES = 200;
const PATTERN_BYTES = 120;
const TOKEN_BYTES = 40;
const ID_BYTES = 48;
const RECENT_ENTRY_BYTES = 100;

function patternBytes(pattern: Pattern): number {
  return (
    PATTERN_BYTES +
    pattern.template.length * 2 +
    (pattern.tokens.length + pattern.path.length) * TOKEN_BYTES +
    pattern.absorbed.length * ID_BYTES
  );
}

/** A recent text's entry: the masked string and the tokens kept with it. */
function recentBytes(masked: string, tokens: readonly string[]): number {
  return RECENT_ENTRY_BYTES + masked.length * 2 + tokens.length * TOKEN_BYTES;
}

/**
 * True when the message, masked as the miner masks it, fits the template: as many tokens, and
 * each of the template's words but its wildcards the same.
 */
export function fitsTemplate(message: string, template: readonly string[]): boolean {
  const tokens = tokenize(maskVariables(message), DEFAULT_MAX_TOKENS);
  if (tokens.length !== template.length) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (template[i] !== WILDCARD && template[i] !== tokens[i]) return false;
  }
  return true;
}

/** Whitespace-separated tokens, at most `max`. */
export function tokenize(masked: string, max: number): string[] {
  const tokens = masked.split(WHITESPACE);
  let start = 0;
  let end = tokens.length;
  if (tokens[0] === '') start = 1;
  if (end > start && tokens[end - 1] === '') end--;
  if (start > 0 || end < tokens.length || end - start > max)
    return tokens.slice(start, Math.min(end, start + max));
  return tokens;
}

const WHITESPACE = /\s+/;

function treeKey(token: string): string {
  return holdsPlaceholder(token) ? WILDCARD : token;
}

/** Tree keys of a line: its token count, then its leading tokens (variable ones as the wildcard). */
export function treePath(tokens: readonly string[], prefixTokens = 2): string[] {
  const path = [String(tokens.length)];
  const depth = Math.min(prefixTokens, tokens.length);
  for (let i = 0; i < depth; i++) path.push(treeKey(tokens[i] as string));
  return path;
}

/** Words of `tokens` equal at the same position in `known` (masked tokens never count), and `known`'s wildcards. */
function agreement(known: readonly string[], tokens: readonly string[]): { same: number; wildcards: number } {
  let same = 0;
  let wildcards = 0;
  for (let i = 0; i < known.length; i++) {
    const token = known[i] as string;
    if (token === WILDCARD) wildcards++;
    else if (token === tokens[i] && !holdsPlaceholder(token)) same++;
  }
  return { same, wildcards };
}

/** True when `same` of the line's words reach `similarity` of them (a line of masked tokens only always does). */
function similarEnough(same: number, tokens: readonly string[], similarity: number): boolean {
  let words = 0;
  for (const token of tokens) if (!holdsPlaceholder(token)) words++;
  return words === 0 || same >= similarity * words;
}

/**
 * True when a line of one template's tokens would have joined the other's pattern, either way
 * round (the same tree leaf, and similar enough): two miners that each created one of them from
 * their own lines met one kind of line twice.
 */
export function sameKind(a: readonly string[], b: readonly string[], similarity = 0.6): boolean {
  if (treePath(a).join('\u0000') !== treePath(b).join('\u0000')) return false;
  return (
    similarEnough(agreement(a, b).same, b, similarity) || similarEnough(agreement(b, a).same, a, similarity)
  );
}

/** Turns every token of `template` that `tokens` disagrees with into a wildcard; true if any changed. */
function generalise(template: string[], tokens: readonly string[]): boolean {
  let changed = false;
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== WILDCARD && template[i] !== tokens[i]) {
      template[i] = WILDCARD;
      changed = true;
    }
  }
  return changed;
}
