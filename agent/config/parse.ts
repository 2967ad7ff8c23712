import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ID_RULE, isId } from '#core/input-text.ts';
import { isLoopbackHost } from '#core/loopback.ts';
import { SOURCE_TAGS_MAX_BYTES } from '#core/wire.ts';
import {
  IDLE_RSS_MB,
  MEMORY_LIMIT_MAX_MB,
  MEMORY_LIMIT_MIN_MB,
  type MemoryPlan,
  planMemory,
} from './memory-budget.ts';
import type {
  AgentConfig,
  Compression,
  FileInputConfig,
  HttpInputConfig,
  KafkaConfig,
  ListenerTlsConfig,
  MultilineConfig,
  MultilineMode,
  RedactionConfig,
  SaslConfig,
  StreamInputConfig,
  TlsConfig,
  WireFormat,
} from './types.ts';
import {
  AgentConfigError,
  bool,
  hostPort,
  int,
  isObj,
  type Obj,
  obj,
  oneOf,
  onlyKeys,
  optObj,
  optStr,
  regex,
  str,
  strList,
  strMap,
} from './validate.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const COMPRESSIONS: readonly Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
const WIRE_FORMATS: readonly WireFormat[] = ['v1', 'v2'];
const MULTILINE_MODES: readonly MultilineMode[] = [
  'auto',
  'java',
  'python',
  'node',
  'go',
  'stacktrace',
  'pattern',
];

/**
 * The host and node id as the ingest side takes them (`isId`): every line's source carries the
 * host, every heartbeat the node id, and a record or heartbeat with another is refused there.
 */
function idOf(value: string, key: string): string {
  if (!isId(value)) throw new AgentConfigError(key, `a name of ${ID_RULE}`, value);
  return value;
}

/** An input's service, which every line's source carries: an id too. */
function serviceOf(value: unknown, key: string): string | undefined {
  const service = optStr(value, key);
  return service === undefined ? undefined : idOf(service, key);
}

/** Half of what a record's tags may take (`SOURCE_TAGS_MAX_BYTES`): the rest is room for pod metadata. */
const INPUT_TAGS_MAX_BYTES = SOURCE_TAGS_MAX_BYTES / 2;

/** An input's tags, which every line's source carries. */
function tagsOf(value: unknown, key: string): Record<string, string> {
  const tags = strMap(value, key);
  const bytes = Buffer.byteLength(JSON.stringify(tags));
  if (bytes > INPUT_TAGS_MAX_BYTES)
    throw new AgentConfigError(
      key,
      `tags of at most ${INPUT_TAGS_MAX_BYTES} bytes as JSON`,
      `${bytes} bytes`,
    );
  return tags;
}

/** A line may grow up to 6× when JSON-escaped (control bytes as \u0000): it must still fit one record. */
function maxLineFor(recordMaxBytes: number): number {
  return Math.floor(recordMaxBytes / 6);
}

/**
 * The largest `max_line_bytes` set anywhere (limits, or one input), which the default record size
 * makes room for. Values that are not numbers are left to `lineLimit`, which reports them.
 */
function largestLineLimit(limits: Obj, inputs: unknown): number | undefined {
  const set: number[] = [];
  const take = (section: unknown) => {
    const limit = (section as { max_line_bytes?: unknown } | null | undefined)?.max_line_bytes;
    if (typeof limit === 'number' && Number.isFinite(limit)) set.push(limit);
  };
  take(limits);
  if (inputs !== null && typeof inputs === 'object') {
    const i = inputs as { files?: unknown; stdin?: unknown; http?: unknown };
    if (Array.isArray(i.files)) i.files.forEach(take);
    take(i.stdin);
    take(i.http);
  }
  return set.length === 0 ? undefined : Math.max(...set);
}

/** A `max_line_bytes` setting, checked against the record size it must fit. */
function lineLimit(value: unknown, key: string, fallback: number, recordMaxBytes: number): number {
  const bytes = int(value, key, fallback, 256, 64 * MiB);
  const max = maxLineFor(recordMaxBytes);
  if (bytes > max)
    throw new AgentConfigError(
      key,
      `at most ${max}: a sixth of kafka.record_max_bytes (${recordMaxBytes}), so that a line still fits one record once JSON-escaped; longer lines need a larger kafka.record_max_bytes (at most kafka.batch_max_bytes)`,
      value,
    );
  return bytes;
}

/** Validates a parsed YAML/JSON object; throws `AgentConfigError` naming the key and what was expected. */
export function parseAgentConfig(input: unknown): AgentConfig {
  const root = obj(input, '(config root)');
  onlyKeys(root, '', [
    'node_id',
    'node_id_env',
    'host',
    'host_env',
    'state_dir',
    'kafka',
    'inputs',
    'limits',
    'scan_interval_ms',
    'poll_interval_ms',
    'checkpoint_interval_ms',
    'partial_line_timeout_ms',
    'release_after_ms',
    'heartbeat',
    'spool',
    'redaction',
    'status',
    'memory_limit_mb',
  ]);
  const limits = optObj(root.limits, 'limits') ?? {};
  onlyKeys(limits, 'limits', ['max_line_bytes']);
  const kafka = parseKafka(root.kafka, largestLineLimit(limits, root.inputs));
  const maxLineBytes = lineLimit(
    limits.max_line_bytes,
    'limits.max_line_bytes',
    Math.min(64 * KiB, maxLineFor(kafka.recordMaxBytes)),
    kafka.recordMaxBytes,
  );
  const host = idOf(optStr(fromEnv(root.host_env, 'host_env') ?? root.host, 'host') ?? hostname(), 'host');
  const heartbeat = optObj(root.heartbeat, 'heartbeat') ?? {};
  onlyKeys(heartbeat, 'heartbeat', ['enabled', 'interval_s']);
  const spool = optObj(root.spool, 'spool') ?? {};
  onlyKeys(spool, 'spool', ['max_bytes']);
  const stateDir = str(root.state_dir, 'state_dir');
  const inputs = parseInputs(root.inputs, maxLineBytes, kafka.recordMaxBytes, stateDir);
  const memory = parseMemoryLimit(root.memory_limit_mb, kafka, maxLineBytes, inputs);
  return {
    nodeId: idOf(
      optStr(fromEnv(root.node_id_env, 'node_id_env') ?? root.node_id, 'node_id') ?? host,
      'node_id',
    ),
    host,
    stateDir,
    kafka: memory ? { ...kafka, ...sizesOf(memory) } : kafka,
    inputs,
    memory,
    scanIntervalMs: int(root.scan_interval_ms, 'scan_interval_ms', 2000, 50, 3_600_000),
    pollIntervalMs: int(root.poll_interval_ms, 'poll_interval_ms', 200, 10, 60_000),
    checkpointIntervalMs: int(root.checkpoint_interval_ms, 'checkpoint_interval_ms', 1000, 50, 600_000),
    partialLineTimeoutMs: int(root.partial_line_timeout_ms, 'partial_line_timeout_ms', 5000, 0, 3_600_000),
    releaseAfterMs: int(root.release_after_ms, 'release_after_ms', 5000, 0, 86_400_000),
    heartbeat: {
      enabled: bool(heartbeat.enabled, 'heartbeat.enabled', true),
      intervalMs: int(heartbeat.interval_s, 'heartbeat.interval_s', 30, 1, 3600) * 1000,
    },
    spool: { maxBytes: int(spool.max_bytes, 'spool.max_bytes', 256 * MiB, MiB, Number.MAX_SAFE_INTEGER) },
    redaction: parseRedaction(root.redaction),
    status: parseStatus(root.status),
  };
}

/**
 * `memory_limit_mb`: the plan that holds peak RSS under it (see memory-budget.ts). A record keeps
 * room for the longest line any input accepts.
 */
function parseMemoryLimit(
  value: unknown,
  kafka: KafkaConfig,
  maxLineBytes: number,
  inputs: AgentConfig['inputs'],
): MemoryPlan | undefined {
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MEMORY_LIMIT_MIN_MB ||
    value > MEMORY_LIMIT_MAX_MB
  )
    throw new AgentConfigError(
      'memory_limit_mb',
      `an integer from ${MEMORY_LIMIT_MIN_MB} to ${MEMORY_LIMIT_MAX_MB} (megabytes of peak RSS; the idle agent alone takes about ${IDLE_RSS_MB})`,
      value,
    );
  const limitMb = value;
  const longestLine = Math.max(
    maxLineBytes,
    ...inputs.files.map((f) => f.maxLineBytes),
    inputs.stdin?.maxLineBytes ?? 0,
    inputs.http?.maxLineBytes ?? 0,
  );
  return planMemory(limitMb, kafka, Math.min(kafka.recordMaxBytes, 6 * longestLine));
}

function sizesOf(plan: MemoryPlan): Pick<KafkaConfig, 'bufferMaxBytes' | 'batchMaxBytes' | 'recordMaxBytes'> {
  return {
    bufferMaxBytes: plan.bufferMaxBytes,
    batchMaxBytes: plan.batchMaxBytes,
    recordMaxBytes: plan.recordMaxBytes,
  };
}

/** Reads and validates a YAML config file. */
export async function loadAgentConfig(path: string): Promise<AgentConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AgentConfigError('(config file)', `a readable file at ${path}`, undefined, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AgentConfigError('(config file)', `valid YAML in ${path} (${reason})`, undefined, {
      cause: error,
    });
  }
  return parseAgentConfig(parsed);
}

/** `requestedLineBytes`: the largest explicit max_line_bytes, which the default record size makes room for. */
function parseKafka(value: unknown, requestedLineBytes: number | undefined): KafkaConfig {
  const k = obj(value, 'kafka');
  onlyKeys(k, 'kafka', [
    'brokers',
    'msk_cluster_arn',
    'region',
    'topics',
    'client_id',
    'compression',
    'wire_format',
    'linger_ms',
    'batch_max_bytes',
    'record_max_bytes',
    'record_max_lines',
    'buffer_max_bytes',
    'max_in_flight',
    'request_timeout_ms',
    'retry_initial_ms',
    'retry_max_ms',
    'tls',
    'sasl',
  ]);
  const mskClusterArn = optStr(k.msk_cluster_arn, 'kafka.msk_cluster_arn');
  if (mskClusterArn !== undefined && !/^arn:aws[\w-]*:kafka:[\w-]+:\d{12}:cluster\/.+/.test(mskClusterArn)) {
    throw new AgentConfigError(
      'kafka.msk_cluster_arn',
      'an MSK cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/...)',
      mskClusterArn,
    );
  }
  const brokers = strList(k.brokers, 'kafka.brokers', { nonEmpty: mskClusterArn === undefined });
  for (const [i, b] of brokers.entries())
    hostPort(b, `kafka.brokers[${i}]`, 'b-1.mycluster.kafka.eu-west-1.amazonaws.com:9098');
  const topics = obj(k.topics, 'kafka.topics');
  onlyKeys(topics, 'kafka.topics', ['logs', 'heartbeats']);
  const batchMaxBytes = int(k.batch_max_bytes, 'kafka.batch_max_bytes', 1_000_000, 4 * KiB, 256 * MiB);
  // Two records per batch: a 512 KiB record in a 1,000,000-byte batch went alone, and every
  // request carried about half what it could. Larger when limits.max_line_bytes asks for it.
  const largestRecord = Math.min(64 * MiB, batchMaxBytes);
  const halfBatch = Math.min(512 * KiB, Math.floor(batchMaxBytes / 2));
  const recordMaxBytes = int(
    k.record_max_bytes,
    'kafka.record_max_bytes',
    Math.min(largestRecord, Math.max(4 * KiB, halfBatch, 6 * (requestedLineBytes ?? 0))),
    4 * KiB,
    largestRecord,
  );
  const retryInitialMs = int(k.retry_initial_ms, 'kafka.retry_initial_ms', 250, 1, 600_000);
  return {
    brokers,
    mskClusterArn,
    region: optStr(k.region, 'kafka.region') ?? mskClusterArn?.split(':')[3],
    topics: {
      logs: str(topics.logs, 'kafka.topics.logs'),
      heartbeats: str(topics.heartbeats, 'kafka.topics.heartbeats'),
    },
    clientId: optStr(k.client_id, 'kafka.client_id') ?? 'logward-agent',
    compression: oneOf(k.compression, 'kafka.compression', COMPRESSIONS, 'zstd'),
    wireFormat: oneOf(k.wire_format, 'kafka.wire_format', WIRE_FORMATS, 'v2'),
    lingerMs: int(k.linger_ms, 'kafka.linger_ms', 20, 0, 60_000),
    batchMaxBytes,
    recordMaxBytes,
    recordMaxLines: int(k.record_max_lines, 'kafka.record_max_lines', 5000, 1, 10_000_000),
    bufferMaxBytes: int(
      k.buffer_max_bytes,
      'kafka.buffer_max_bytes',
      4 * MiB,
      batchMaxBytes,
      16 * 1024 * MiB,
    ),
    maxInFlight: int(k.max_in_flight, 'kafka.max_in_flight', 2, 1, 5),
    requestTimeoutMs: int(k.request_timeout_ms, 'kafka.request_timeout_ms', 30_000, 100, 600_000),
    retryInitialMs,
    retryMaxMs: int(k.retry_max_ms, 'kafka.retry_max_ms', 30_000, retryInitialMs, 3_600_000),
    tls: parseTls(k.tls),
    sasl: parseSasl(k.sasl, mskClusterArn?.split(':')[3] ?? optStr(k.region, 'kafka.region')),
  };
}

function parseTls(value: unknown): TlsConfig | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return { rejectUnauthorized: true };
  const t = obj(value, 'kafka.tls');
  onlyKeys(t, 'kafka.tls', ['ca_file', 'cert_file', 'key_file', 'server_name', 'reject_unauthorized']);
  return {
    caFile: optStr(t.ca_file, 'kafka.tls.ca_file'),
    certFile: optStr(t.cert_file, 'kafka.tls.cert_file'),
    keyFile: optStr(t.key_file, 'kafka.tls.key_file'),
    serverName: optStr(t.server_name, 'kafka.tls.server_name'),
    rejectUnauthorized: bool(t.reject_unauthorized, 'kafka.tls.reject_unauthorized', true),
  };
}

function parseSasl(value: unknown, region: string | undefined): SaslConfig | undefined {
  const s = optObj(value, 'kafka.sasl');
  if (s === undefined) return undefined;
  onlyKeys(s, 'kafka.sasl', ['mechanism', 'username', 'password', 'password_env', 'region']);
  const mechanism = oneOf(
    s.mechanism,
    'kafka.sasl.mechanism',
    ['scram-sha-512', 'aws-msk-iam'] as const,
    'scram-sha-512',
  );
  if (mechanism === 'aws-msk-iam') {
    const r = optStr(s.region, 'kafka.sasl.region') ?? region;
    if (r === undefined)
      throw new AgentConfigError('kafka.sasl.region', 'an AWS region (or kafka.region / msk_cluster_arn)');
    return { mechanism, region: r };
  }
  const password = fromEnv(s.password_env, 'kafka.sasl.password_env') ?? s.password;
  const passwordEnv = s.password_env;
  return {
    mechanism,
    username: str(s.username, 'kafka.sasl.username'),
    password: str(password, passwordEnv === undefined ? 'kafka.sasl.password' : 'kafka.sasl.password_env'),
  };
}

/** A `*_env` key: the value of the environment variable it names, which must be set. */
function fromEnv(value: unknown, key: string): string | undefined {
  const name = optStr(value, key);
  if (name === undefined) return undefined;
  const set = process.env[name];
  if (set === undefined)
    throw new AgentConfigError(key, `the name of a set environment variable (${name} is unset)`);
  return set;
}

function parseInputs(
  value: unknown,
  maxLineBytes: number,
  recordMaxBytes: number,
  stateDir: string,
): AgentConfig['inputs'] {
  const i = obj(value, 'inputs');
  onlyKeys(i, 'inputs', ['files', 'kubernetes', 'stdin', 'http']);
  const filesRaw = i.files ?? [];
  if (!Array.isArray(filesRaw)) throw new AgentConfigError('inputs.files', 'a list of file inputs', filesRaw);
  const files = filesRaw.map((f, n) => parseFileInput(f, `inputs.files[${n}]`, maxLineBytes, recordMaxBytes));
  if (i.kubernetes !== undefined && i.kubernetes !== null && i.kubernetes !== false)
    files.push(parseKubernetesInput(i.kubernetes === true ? {} : i.kubernetes, maxLineBytes, recordMaxBytes));
  const stdin =
    i.stdin === undefined || i.stdin === null || i.stdin === false
      ? undefined
      : parseStream(i.stdin === true ? {} : i.stdin, 'inputs.stdin', [], maxLineBytes, recordMaxBytes);
  const http =
    i.http === undefined || i.http === null || i.http === false
      ? undefined
      : parseHttp(i.http, maxLineBytes, recordMaxBytes, stateDir);
  if (files.length === 0 && stdin === undefined && http === undefined) {
    throw new AgentConfigError('inputs', 'at least one of files, kubernetes, stdin or http', i);
  }
  return { files, stdin, http };
}

function parseFileInput(
  value: unknown,
  key: string,
  maxLineBytes: number,
  recordMaxBytes: number,
): FileInputConfig {
  const f = obj(value, key);
  onlyKeys(f, key, [
    'paths',
    'exclude',
    'service',
    'tags',
    'start_at',
    'multiline',
    'max_line_bytes',
    'follow_symlinks',
  ]);
  const paths = strList(f.paths, `${key}.paths`, { nonEmpty: true });
  paths.forEach((p, n) => {
    if (!p.startsWith('/')) throw new AgentConfigError(`${key}.paths[${n}]`, 'an absolute path or glob', p);
  });
  return {
    paths,
    exclude: strList(f.exclude, `${key}.exclude`, { nonEmpty: false }),
    service: serviceOf(f.service, `${key}.service`),
    tags: tagsOf(f.tags, `${key}.tags`),
    startAt: oneOf(f.start_at, `${key}.start_at`, ['beginning', 'end'] as const, 'end'),
    // Files default to `auto`: a stack trace stays one event unless the input says otherwise.
    multiline: parseMultiline(f.multiline ?? 'auto', `${key}.multiline`),
    maxLineBytes: lineLimit(f.max_line_bytes, `${key}.max_line_bytes`, maxLineBytes, recordMaxBytes),
    followSymlinks: bool(f.follow_symlinks, `${key}.follow_symlinks`, false),
  };
}

/** Where the kubelet keeps container logs: /var/log/pods/<namespace>_<pod>_<uid>/<container>/<n>.log */
export const KUBERNETES_POD_LOGS = '/var/log/pods/*/*/*.log';

/**
 * `inputs.kubernetes`: container logs of every pod on the node, from the kubelet's directory. It
 * is a file input over CRI files, so rotation, checkpoints and backpressure work as for any file.
 */
function parseKubernetesInput(value: unknown, maxLineBytes: number, recordMaxBytes: number): FileInputConfig {
  const key = 'inputs.kubernetes';
  const k = obj(value, key);
  onlyKeys(k, key, ['paths', 'exclude', 'service', 'tags', 'start_at', 'max_line_bytes']);
  const file = parseFileInput(
    { paths: [KUBERNETES_POD_LOGS], start_at: 'beginning', ...k },
    key,
    maxLineBytes,
    recordMaxBytes,
  );
  return { ...file, kubernetes: true };
}

function parseStream(
  value: unknown,
  key: string,
  extraKeys: readonly string[],
  maxLineBytes: number,
  recordMaxBytes: number,
): StreamInputConfig & { readonly raw: Obj } {
  const s = obj(value, key);
  onlyKeys(s, key, ['service', 'tags', 'multiline', 'max_line_bytes', ...extraKeys]);
  return {
    raw: s,
    service: serviceOf(s.service, `${key}.service`),
    tags: tagsOf(s.tags, `${key}.tags`),
    multiline: parseMultiline(s.multiline, `${key}.multiline`),
    maxLineBytes: lineLimit(s.max_line_bytes, `${key}.max_line_bytes`, maxLineBytes, recordMaxBytes),
  };
}

function parseHttp(
  value: unknown,
  maxLineBytes: number,
  recordMaxBytes: number,
  stateDir: string,
): HttpInputConfig {
  const { raw, ...stream } = parseStream(
    value === true ? {} : value,
    'inputs.http',
    [
      'listen',
      'max_body_bytes',
      'allow_remote',
      'allowed_hosts',
      'token_file',
      'max_concurrent_requests',
      'tls',
      'allow_plaintext',
    ],
    maxLineBytes,
    recordMaxBytes,
  );
  const listen = hostPort(raw.listen ?? '127.0.0.1:8687', 'inputs.http.listen', '127.0.0.1:8687');
  const allowRemote = bool(raw.allow_remote, 'inputs.http.allow_remote', false);
  if (!allowRemote && !isLoopbackHost(listen.host)) {
    throw new AgentConfigError(
      'inputs.http.listen',
      'a loopback address (127.0.0.1, ::1 or localhost); set inputs.http.allow_remote: true to listen on others',
      raw.listen,
    );
  }
  const allowedHosts = strList(raw.allowed_hosts, 'inputs.http.allowed_hosts', { nonEmpty: false });
  if (allowRemote && allowedHosts.length === 0) {
    throw new AgentConfigError(
      'inputs.http.allowed_hosts',
      'the host names remote callers put in the Host header, when allow_remote is true',
      raw.allowed_hosts,
    );
  }
  const tokenFile = optStr(raw.token_file, 'inputs.http.token_file');
  if (tokenFile !== undefined && !tokenFile.startsWith('/'))
    throw new AgentConfigError('inputs.http.token_file', 'an absolute path', tokenFile);
  const tls = listenerTls(raw, 'inputs.http', !isLoopbackHost(listen.host));
  return {
    ...stream,
    ...listen,
    ...(tls && { tls }),
    allowRemote,
    allowedHosts: allowedHosts.map((h) => h.toLowerCase()),
    tokenFile: tokenFile ?? join(stateDir, 'http.token'),
    tokenFileDefault: tokenFile === undefined,
    maxConcurrentRequests: int(
      raw.max_concurrent_requests,
      'inputs.http.max_concurrent_requests',
      32,
      1,
      4096,
    ),
    maxBodyBytes: int(raw.max_body_bytes, 'inputs.http.max_body_bytes', MiB, KiB, 64 * MiB),
  };
}

function parseMultiline(value: unknown, key: string): MultilineConfig | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  const m = typeof value === 'string' ? { mode: value } : obj(value, key);
  onlyKeys(m, key, ['mode', 'start_pattern', 'max_lines', 'max_bytes', 'timeout_ms']);
  const hasPattern = m.start_pattern !== undefined;
  const mode = oneOf(m.mode, `${key}.mode`, MULTILINE_MODES, hasPattern ? 'pattern' : 'auto');
  if (mode === 'pattern' && !hasPattern)
    throw new AgentConfigError(`${key}.start_pattern`, 'a regular expression when mode is pattern');
  return {
    mode,
    startPattern: hasPattern ? regex(m.start_pattern, `${key}.start_pattern`) : undefined,
    maxLines: int(m.max_lines, `${key}.max_lines`, 500, 2, 100_000),
    maxBytes: int(m.max_bytes, `${key}.max_bytes`, 256 * KiB, KiB, 64 * MiB),
    timeoutMs: int(m.timeout_ms, `${key}.timeout_ms`, 1000, 1, 600_000),
  };
}

function parseRedaction(value: unknown): RedactionConfig | undefined {
  const r = optObj(value, 'redaction');
  if (r === undefined) return undefined;
  onlyKeys(r, 'redaction', ['emails', 'card_numbers', 'bearer_tokens', 'patterns']);
  const patternsRaw = r.patterns ?? [];
  if (!Array.isArray(patternsRaw))
    throw new AgentConfigError('redaction.patterns', 'a list of {pattern, replacement}', patternsRaw);
  const patterns = patternsRaw.map((p, n) => {
    const key = `redaction.patterns[${n}]`;
    const o: Obj = isObj(p) ? p : { pattern: p };
    onlyKeys(o, key, ['pattern', 'replacement']);
    const re = regex(o.pattern, `${key}.pattern`);
    return {
      pattern: new RegExp(re.source, 'g'),
      replacement: optStr(o.replacement, `${key}.replacement`) ?? '[REDACTED]',
    };
  });
  return {
    emails: bool(r.emails, 'redaction.emails', false),
    cardNumbers: bool(r.card_numbers, 'redaction.card_numbers', false),
    bearerTokens: bool(r.bearer_tokens, 'redaction.bearer_tokens', false),
    patterns,
  };
}

function parseStatus(value: unknown): AgentConfig['status'] {
  if (value === false) return undefined;
  const s = optObj(value, 'status') ?? {};
  onlyKeys(s, 'status', ['listen', 'token_file', 'tls', 'allow_plaintext']);
  const listen = hostPort(s.listen ?? '127.0.0.1:8686', 'status.listen');
  const tokenFile = optStr(s.token_file, 'status.token_file');
  if (tokenFile !== undefined && !tokenFile.startsWith('/'))
    throw new AgentConfigError('status.token_file', 'an absolute path', tokenFile);
  // Off loopback, status and metrics (file paths, hosts, errors) reach a network: only with the token.
  if (tokenFile === undefined && !isLoopbackHost(listen.host)) {
    throw new AgentConfigError(
      'status.token_file',
      `a token file when status.listen is not a loopback address (${listen.host}); every request must then send its token`,
    );
  }
  const tls = listenerTls(s, 'status', !isLoopbackHost(listen.host));
  return { ...listen, ...(tokenFile !== undefined && { tokenFile }), ...(tls && { tls }) };
}

/**
 * `tls: {cert_file, key_file}` of a listening endpoint. Off loopback it is required, since tokens
 * and log lines would otherwise cross the network in the clear, unless `allow_plaintext: true` says
 * TLS ends before the network (a service-mesh sidecar, a TLS-terminating proxy on the host).
 */
function listenerTls(section: Obj, key: string, offLoopback: boolean): ListenerTlsConfig | undefined {
  const allowPlaintext = bool(section.allow_plaintext, `${key}.allow_plaintext`, false);
  if (section.tls === undefined || section.tls === null) {
    if (offLoopback && !allowPlaintext)
      throw new AgentConfigError(
        `${key}.tls`,
        `{cert_file, key_file} when ${key}.listen is not a loopback address, so tokens and data do not cross the network in the clear (or ${key}.allow_plaintext: true where TLS ends before the network)`,
      );
    return undefined;
  }
  const t = obj(section.tls, `${key}.tls`);
  onlyKeys(t, `${key}.tls`, ['cert_file', 'key_file']);
  const file = (name: 'cert_file' | 'key_file'): string => {
    const path = str(t[name], `${key}.tls.${name}`);
    if (!path.startsWith('/')) throw new AgentConfigError(`${key}.tls.${name}`, 'an absolute path', path);
    return path;
  };
  return { certFile: file('cert_file'), keyFile: file('key_file') };
}
