import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { encodeHeartbeat, HEARTBEAT_CONTENT_TYPE } from '#core/wire.ts';
import type { AgentConfig } from './config/types.ts';
import { FileTailer } from './inputs/file-tailer.ts';
import { loadToken } from './inputs/http-guard.ts';
import { HttpInput } from './inputs/http-input.ts';
import { Spool } from './inputs/spool.ts';
import { StdinInput } from './inputs/stdin.ts';
import { buildAgentHeartbeat } from './ops/heartbeat.ts';
import { MemoryGuard } from './ops/memory-guard.ts';
import { RateMeter } from './ops/rates.ts';
import { OpsServer } from './ops/server.ts';
import { createRedactor } from './pipeline/redact.ts';
import { createKafkaSender } from './sink/kafka.ts';
import { type RecordSender, Sink } from './sink/sink.ts';
import { CheckpointStore, type SpoolCheckpoint } from './state/checkpoints.ts';
import type { AgentStatus } from './status.ts';
import { AGENT_VERSION } from './version.ts';

export interface RunningAgent {
  /** Stops reading, waits (bounded) for Kafka to acknowledge what was sent, saves checkpoints, closes. */
  stop(): Promise<void>;
  status(): AgentStatus;
}

export interface StartAgentOptions {
  readonly log?: (line: string) => void;
  /** Replaces the Kafka producer (tests). */
  readonly sender?: RecordSender;
  /** Stream read by the stdin input. @default process.stdin */
  readonly stdin?: Readable;
  /** How long `stop()` waits for Kafka acknowledgements. @default 10000 */
  readonly stopTimeoutMs?: number;
}

/**
 * The effective configuration as it may be shown (check-config) and hashed (heartbeats): secrets
 * left out. The SASL password becomes `[secret]`; the HTTP token is never in the configuration,
 * only its file's path.
 */
export function publicConfig(config: AgentConfig): unknown {
  const sasl = config.kafka.sasl;
  const shown =
    sasl?.mechanism === 'scram-sha-512'
      ? { ...config, kafka: { ...config.kafka, sasl: { ...sasl, password: '[secret]' } } }
      : config;
  return JSON.parse(JSON.stringify(shown, (_k, v: unknown) => (v instanceof RegExp ? v.source : v)));
}

/** Hash of the effective configuration without secrets, reported in heartbeats so drift between nodes is visible. */
export function configHash(config: AgentConfig): string {
  return createHash('sha256')
    .update(JSON.stringify(publicConfig(config)))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Starts the agent: opens checkpoints, scans the inputs once (so "files present at start" is
 * decided before this resolves), then follows them until `stop()`.
 */
export async function startAgent(
  config: AgentConfig,
  options: StartAgentOptions = {},
): Promise<RunningAgent> {
  const write =
    options.log ?? ((line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`));
  // A log that cannot be written (stderr closed: EPIPE) must not stop the shipping.
  const log = (line: string) => {
    try {
      write(line);
    } catch {
      // nowhere left to say it
    }
  };
  const startedAt = Date.now();
  const hash = configHash(config);
  const http0 = config.inputs.http;
  // First, so that a bad token file stops the start before anything is opened.
  const httpToken = http0 ? await loadToken(http0.tokenFile, http0.tokenFileDefault) : undefined;
  const statusToken = config.status?.tokenFile
    ? await loadToken(config.status.tokenFile, false, 'status.token_file')
    : undefined;
  const { store, state, fresh } = await CheckpointStore.open(config.stateDir);
  const sender = options.sender ?? (await createKafkaSender(config.kafka, config.nodeId));
  // Inputs paused on a full buffer resume as soon as an ack frees room, not a poll interval later
  // (with a small buffer, waiting out the interval after every fill halved the throughput).
  let pausedOnRoom = false;
  let wake: (() => void) | undefined;
  const sink = new Sink(sender, {
    ...config.kafka,
    log,
    onAck: () => {
      if (pausedOnRoom) wake?.();
    },
  });
  const memory = config.memory && new MemoryGuard(config.memory.softLimitBytes);
  // Over memory_limit_mb's soft limit, one batch at a time: inputs wait until Kafka took what is
  // buffered (never dropping a line), and the garbage collector catches up meanwhile.
  const memoryTight = () => memory !== undefined && sink.bufferedBytes > 0 && memory.over();
  const room = () => (memoryTight() ? 0 : config.kafka.bufferMaxBytes - sink.bufferedBytes);
  const enqueue = sink.enqueue.bind(sink);
  const redact = createRedactor(config.redaction);
  const common = {
    host: config.host,
    topic: config.kafka.topics.logs,
    recordMaxBytes: config.kafka.recordMaxBytes,
    recordMaxLines: config.kafka.recordMaxLines,
    rawBody: config.kafka.wireFormat === 'v2',
    redact,
    enqueue,
    allocate: sink.allocate.bind(sink),
  };
  const tailer = new FileTailer({
    inputs: config.inputs.files,
    ctx: common,
    fresh,
    checkpoints: state.files,
    partialLineTimeoutMs: config.partialLineTimeoutMs,
    releaseAfterMs: config.releaseAfterMs,
    room,
    log,
  });

  const spools: Spool[] = [];
  const openSpool = async (name: 'stdin' | 'http', input: NonNullable<AgentConfig['inputs']['stdin']>) => {
    const spool = await Spool.open({
      ...common,
      name,
      dir: join(config.stateDir, 'spool', name),
      maxBytes: config.spool.maxBytes,
      input,
      room,
      jsonLines: name === 'http',
      resume: state.spools.find((s) => s.input === name),
      log,
    });
    spools.push(spool);
    return spool;
  };
  const stdin = config.inputs.stdin
    ? new StdinInput(
        options.stdin ?? process.stdin,
        await openSpool('stdin', config.inputs.stdin),
        config.inputs.stdin.maxLineBytes,
        log,
      )
    : undefined;
  const httpConfig = config.inputs.http;
  const http = httpConfig
    ? await HttpInput.start({
        config: httpConfig,
        token: httpToken as string,
        spool: await openSpool('http', httpConfig),
        nodeId: config.nodeId,
        host: config.host,
        heartbeatTopic: config.kafka.topics.heartbeats,
        enqueue,
        sinkFull: () => sink.full || memoryTight(),
        log,
      })
    : undefined;

  let checkpointErrors = 0;
  let loopErrors = 0;
  let lastLoopError: string | undefined;
  let lastSavedAt: number | undefined;
  const spoolCheckpoints = (): SpoolCheckpoint[] => spools.map((s) => s.checkpoint());
  const saveCheckpoints = async (): Promise<void> => {
    try {
      await store.save({ files: tailer.checkpoints(), spools: spoolCheckpoints() });
      lastSavedAt = Date.now();
    } catch (error) {
      checkpointErrors++;
      log(`cannot save checkpoints to ${store.path}: ${(error as Error).message}`);
    }
  };

  await tailer.scan(Date.now());
  await saveCheckpoints();

  const rates = new RateMeter();
  const sampleRates = (now: number) =>
    rates.sample(now, new Map(tailer.progress(now).map((f) => [f.id ?? f.path, f.lines] as const)));
  sampleRates(startedAt);

  const status = (): AgentStatus => {
    const now = Date.now();
    const files = tailer
      .progress(now)
      .map((f) => ({ ...f, linesPerSecond: rates.rate(f.id ?? f.path, now, f.lines) }));
    const streams = spools.map((s) => s.progress(now));
    return {
      nodeId: config.nodeId,
      host: config.host,
      version: AGENT_VERSION,
      configHash: hash,
      startedAt,
      uptimeMs: now - startedAt,
      paused: room() <= 0,
      heldBytes:
        files.reduce((sum, f) => sum + f.lagBytes, 0) + streams.reduce((sum, s) => sum + s.lagBytes, 0),
      kafka: sink.stats(),
      memory: config.memory && {
        rssBytes: process.memoryUsage.rss(),
        limitBytes: config.memory.limitBytes,
        pauses: memory?.pauses ?? 0,
      },
      files,
      streams,
      checkpoints: { lastSavedAt, errors: checkpointErrors },
      errors: { scan: tailer.scanErrors, checkpoint: checkpointErrors, loop: loopErrors, lastLoopError },
      http: http && {
        inFlight: http.guard.inFlight,
        acceptedLines: http.accepted,
        refused: { ...http.guard.refused },
      },
      endpoints: { status: ops?.url, http: http?.url },
    };
  };

  let ops: OpsServer | undefined;
  if (config.status) {
    try {
      ops = await OpsServer.start(config.status, status, statusToken, log);
    } catch (error) {
      // Shipping logs matters more than the status page: warn and carry on.
      log(
        `status endpoint disabled: cannot listen on ${config.status.host}:${config.status.port}: ${(error as Error).message}`,
      );
    }
  }

  let heartbeatSeq = 0;
  const sendHeartbeat = (now: number) => {
    const heartbeat = buildAgentHeartbeat(status(), heartbeatSeq++, config.heartbeat.intervalMs, now);
    const record = {
      topic: config.kafka.topics.heartbeats,
      key: config.nodeId,
      value: encodeHeartbeat(heartbeat),
      contentType: HEARTBEAT_CONTENT_TYPE,
    };
    // While sends fail, the queue is stuck behind the failing batch: the heartbeat, which says
    // why (kafka.failure), goes beside it.
    if (sink.stats().consecutiveFailures > 0) void sink.sendAside(record);
    else if (!sink.full) enqueue(record); // when full it would be stale by the time it is sent
  };

  let stopping = false;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  /**
   * One pass over every component. Each step is guarded on its own: an error is logged, counted
   * (`errors.loop` in status, metrics) and the pass goes on, so one failing part never stops the
   * others, and the next pass tries it again.
   */
  const guarded = async <T>(what: string, step: () => T | Promise<T>, fallback: T): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      loopErrors++;
      lastLoopError = `${what}: ${error instanceof Error ? error.message : String(error)}`;
      log(`agent loop: ${lastLoopError} (continuing)`);
      return fallback;
    }
  };
  // A pending multiline event is emitted once idle for its timeout: wake up for that, whatever the
  // poll interval, or the last event of a quiet file would wait a whole interval.
  const idleSleepMs = Math.min(
    config.pollIntervalMs,
    ...config.inputs.files.map((f) => f.multiline?.timeoutMs ?? Number.POSITIVE_INFINITY),
  );
  const loop = (async () => {
    let nextScan = Date.now() + config.scanIntervalMs;
    let nextCheckpoint = Date.now() + config.checkpointIntervalMs;
    let nextRate = Date.now() + 1000;
    let nextHeartbeat = config.heartbeat.enabled ? Date.now() : Number.POSITIVE_INFINITY;
    while (!stopping) {
      const now = Date.now();
      const errorsBefore = loopErrors;
      if (now >= nextScan) {
        await guarded('file scan', () => tailer.scan(now), undefined);
        nextScan = now + config.scanIntervalMs;
      }
      let more = await guarded('file read', () => tailer.poll(now), false);
      for (const spool of spools)
        if (await guarded(`${spool.name} spool`, () => spool.poll(now), false)) more = true;
      await guarded('stdin', () => stdin?.tick(now), undefined);
      if (now >= nextCheckpoint) {
        await saveCheckpoints();
        nextCheckpoint = now + config.checkpointIntervalMs;
      }
      if (now >= nextRate) {
        await guarded('rates', () => sampleRates(now), undefined);
        nextRate = now + 1000;
      }
      if (now >= nextHeartbeat) {
        await guarded('heartbeat', () => sendHeartbeat(now), undefined);
        nextHeartbeat = now + config.heartbeat.intervalMs;
      }
      if (stopping) break;
      if (more && room() > 0 && loopErrors === errorsBefore) {
        await new Promise<void>((r) => setImmediate(r));
      } else {
        // Checked and armed in one synchronous step, so an ack cannot slip in between. A pass
        // that failed waits too, so a persistent error does not spin.
        pausedOnRoom = more && loopErrors === errorsBefore;
        await sleep(idleSleepMs);
        pausedOnRoom = false;
      }
    }
  })();

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      wake?.();
      await loop;
      await http?.close();
      await stdin?.close();
      // Partial lines and pending multiline events are not flushed: the checkpoint stays before
      // them and the next start reads them whole.
      const drained = await sink.close(options.stopTimeoutMs ?? 10_000);
      if (!drained)
        log('stopped before Kafka acknowledged everything; unacknowledged lines will be re-sent on restart');
      await saveCheckpoints();
      await tailer.close();
      for (const spool of spools) await spool.close();
      await ops?.close();
    })();
    return stopped;
  };

  return { stop, status };
}
