import type { MemoryPlan } from './memory-budget.ts';

/** The agent's validated configuration (camelCase); the YAML file uses the snake_case keys noted per field. */

export type Compression = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export type WireFormat = 'v1' | 'v2';
export type StartAt = 'beginning' | 'end';
export type MultilineMode = 'auto' | 'java' | 'python' | 'node' | 'go' | 'stacktrace' | 'pattern';

export interface MultilineConfig {
  /**
   * `mode`: `auto` (every built-in stack-trace recogniser, and for a source whose lines start with
   * a timestamp, any line that does not), a built-in recogniser, `stacktrace` (all built-ins) or
   * `pattern`. File inputs default to `auto`; `multiline: false` turns it off.
   */
  readonly mode: MultilineMode;
  /** `start_pattern`: with mode `pattern`, a line matching it starts a new event; others continue it. */
  readonly startPattern?: RegExp;
  /** `max_lines` @default 500 */
  readonly maxLines: number;
  /** `max_bytes` @default 262144 */
  readonly maxBytes: number;
  /** `timeout_ms`: flush a pending event after this long without a new line. @default 1000 */
  readonly timeoutMs: number;
}

export interface FileInputConfig {
  /** `paths`: glob patterns. */
  readonly paths: readonly string[];
  /** `exclude`: glob patterns of files never read. */
  readonly exclude: readonly string[];
  readonly service?: string;
  readonly tags: Readonly<Record<string, string>>;
  /** `start_at`: where to begin files present at the first start. Later files always begin at 0. @default end */
  readonly startAt: StartAt;
  readonly multiline?: MultilineConfig;
  /** `max_line_bytes` @default limits.max_line_bytes */
  readonly maxLineBytes: number;
  /**
   * `follow_symlinks`: read files that a glob reaches through a symbolic link. Off, a symlink is
   * skipped and files are opened with O_NOFOLLOW, so a link planted in a log directory cannot make
   * the agent ship another file. @default false
   */
  readonly followSymlinks: boolean;
  /**
   * Set for the `kubernetes` input: the files are container-runtime (CRI) logs under
   * /var/log/pods; namespace, pod and container come from each file's path, and partial lines are
   * joined. @default false
   */
  readonly kubernetes?: boolean;
}

export interface StreamInputConfig {
  readonly service?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly multiline?: MultilineConfig;
  readonly maxLineBytes: number;
}

export interface HttpInputConfig extends StreamInputConfig {
  /** `listen`: a loopback address unless `allow_remote`. @default 127.0.0.1:8687 */
  readonly host: string;
  readonly port: number;
  /** `allow_remote`: permits a non-loopback `listen` address. @default false */
  readonly allowRemote: boolean;
  /**
   * `allowed_hosts`: Host header values (names, without port) accepted besides the loopback names
   * (localhost, 127.0.0.1, ::1); a request naming any other host is refused (DNS rebinding).
   * Required with `allow_remote`. @default []
   */
  readonly allowedHosts: readonly string[];
  /**
   * `token_file`: file holding the token callers send as `Authorization: Bearer <token>` or
   * `X-Logward-Token: <token>`. Without it the agent creates `<state_dir>/http.token` (mode 0600)
   * with a random token on its first start. @default <state_dir>/http.token
   */
  readonly tokenFile: string;
  /** True when `token_file` was not set, so the agent may create the file. */
  readonly tokenFileDefault: boolean;
  /**
   * `tls`: `{cert_file, key_file}` to serve HTTPS. Required with `allow_remote` (tokens and log
   * lines would cross the network in the clear) unless `allow_plaintext: true`. @default - plain HTTP
   */
  readonly tls?: ListenerTlsConfig;
  /** `max_concurrent_requests`: requests handled at once; more are answered 503. @default 32 */
  readonly maxConcurrentRequests: number;
  /** `max_body_bytes` @default 1048576 */
  readonly maxBodyBytes: number;
}

export type SaslConfig =
  | { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string }
  | { readonly mechanism: 'aws-msk-iam'; readonly region: string };

/** `tls` of a listening endpoint: the PEM certificate (chain) and key files it serves HTTPS with. */
export interface ListenerTlsConfig {
  readonly certFile: string;
  readonly keyFile: string;
}

export interface TlsConfig {
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
  readonly serverName?: string;
  readonly rejectUnauthorized: boolean;
}

export interface KafkaConfig {
  /** `brokers`: bootstrap `host:port` list; may be empty when `msk_cluster_arn` is set. */
  readonly brokers: readonly string[];
  /** `msk_cluster_arn`: discover brokers from an MSK cluster. */
  readonly mskClusterArn?: string;
  readonly region?: string;
  readonly topics: { readonly logs: string; readonly heartbeats: string };
  /** `client_id` @default logward-agent */
  readonly clientId: string;
  /**
   * zstd comes from node:zlib (no native add-on) and measured fastest with this client; lz4 and
   * snappy run as WebAssembly. @default zstd
   */
  readonly compression: Compression;
  /**
   * `wire_format`: the record format of file lines. `v1` pins JSON records, for an ingest deployed
   * before v2 (which reads a v2 record as plain text, without provenance). @default v2
   */
  readonly wireFormat: WireFormat;
  /** `linger_ms`: wait this long for more records before sending a batch. @default 20 */
  readonly lingerMs: number;
  /**
   * `batch_max_bytes`: upper bound (before compression) of the records sent in one request. Kept
   * under the broker's `message.max.bytes` (about 1 MB on Kafka and MSK) so even incompressible
   * lines are accepted. @default 1000000
   */
  readonly batchMaxBytes: number;
  /** `record_max_bytes`: upper bound of one record (one chunk of lines). @default min(524288, batch_max_bytes / 2), or 6 × the largest explicit max_line_bytes when larger (at most batch_max_bytes) */
  readonly recordMaxBytes: number;
  /** `record_max_lines` @default 5000 */
  readonly recordMaxLines: number;
  /**
   * `buffer_max_bytes`: in-memory bytes awaiting acknowledgement before inputs pause. Enough for
   * the batches in flight and the next ones; more only costs memory. @default 4194304
   */
  readonly bufferMaxBytes: number;
  /**
   * `max_in_flight`: batches sent and not yet acknowledged. Each source's order in Kafka holds at
   * any value: a batch written ahead of an earlier one's retry is sent again after it (see
   * agent/README.md, sink). @default 2
   */
  readonly maxInFlight: number;
  /** `request_timeout_ms` @default 30000 */
  readonly requestTimeoutMs: number;
  /** `retry_initial_ms` @default 250 */
  readonly retryInitialMs: number;
  /** `retry_max_ms` @default 30000 */
  readonly retryMaxMs: number;
  readonly tls?: TlsConfig;
  readonly sasl?: SaslConfig;
}

export interface RedactionConfig {
  readonly emails: boolean;
  readonly cardNumbers: boolean;
  readonly bearerTokens: boolean;
  readonly patterns: readonly { readonly pattern: RegExp; readonly replacement: string }[];
}

export interface AgentConfig {
  /** `node_id` @default the host name */
  readonly nodeId: string;
  /** `host` @default os.hostname() */
  readonly host: string;
  /** `state_dir`: checkpoints and the disk spool live here. */
  readonly stateDir: string;
  readonly kafka: KafkaConfig;
  readonly inputs: {
    readonly files: readonly FileInputConfig[];
    readonly stdin?: StreamInputConfig;
    readonly http?: HttpInputConfig;
  };
  /** `scan_interval_ms`: how often globs are re-evaluated. @default 2000 */
  readonly scanIntervalMs: number;
  /** `poll_interval_ms`: how often open files are checked for growth. @default 200 */
  readonly pollIntervalMs: number;
  /** `checkpoint_interval_ms` @default 1000 */
  readonly checkpointIntervalMs: number;
  /** `partial_line_timeout_ms`: a final line without newline is emitted after this idle time. @default 5000 */
  readonly partialLineTimeoutMs: number;
  /** `release_after_ms`: a rotated-away or deleted file read to its end is closed after this idle time. @default 5000 */
  readonly releaseAfterMs: number;
  readonly heartbeat: { readonly enabled: boolean; readonly intervalMs: number };
  /** `spool.max_bytes`: disk bound for stdin/HTTP input waiting for Kafka. @default 268435456 */
  readonly spool: { readonly maxBytes: number };
  readonly redaction?: RedactionConfig;
  /** `status`: health, status JSON and Prometheus metrics; `false` disables. */
  readonly status?: StatusConfig;
  /**
   * `memory_limit_mb`: peak RSS to stay under, by trading throughput. The kafka buffer, batch and
   * record sizes above are already the plan's; the CLI applies its node flags and environment.
   * @default no limit
   */
  readonly memory?: MemoryPlan;
}

export interface StatusConfig {
  /** `listen`: host and port. A non-loopback address needs `token_file`. @default 127.0.0.1:8686 */
  readonly host: string;
  readonly port: number;
  /**
   * `token_file`: file holding the token every request must send, as the HTTP input's callers do
   * (`Authorization: Bearer <token>` or `X-Logward-Token`). Required when `listen` is not a
   * loopback address; optional on loopback. @default - none
   */
  readonly tokenFile?: string;
  /**
   * `tls`: `{cert_file, key_file}` to serve HTTPS. Required off loopback (the token would cross the
   * network in the clear) unless `allow_plaintext: true`. @default - plain HTTP
   */
  readonly tls?: ListenerTlsConfig;
}
