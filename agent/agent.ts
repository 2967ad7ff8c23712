import { createHash } from 'node:crypto';
import type { AgentConfig } from './config/types.ts';
import { FileTailer } from './inputs/file-tailer.ts';
import { createRedactor } from './pipeline/redact.ts';
import { createKafkaSender } from './sink/kafka.ts';
import { type RecordSender, Sink } from './sink/sink.ts';
import { CheckpointStore } from './state/checkpoints.ts';
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
  /** How long `stop()` waits for Kafka acknowledgements. @default 10000 */
  readonly stopTimeoutMs?: number;
}

/** Hash of the effective configuration, reported in heartbeats so drift between nodes is visible. */
export function configHash(config: AgentConfig): string {
  const text = JSON.stringify(config, (_k, v: unknown) => (v instanceof RegExp ? v.source : v));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Starts the agent: opens checkpoints, scans the inputs once (so "files present at start" is
 * decided before this resolves), then follows them until `stop()`.
 */
export async function startAgent(
  config: AgentConfig,
  options: StartAgentOptions = {},
): Promise<RunningAgent> {
  const log =
    options.log ?? ((line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`));
  const startedAt = Date.now();
  const hash = configHash(config);
  const { store, state, fresh } = await CheckpointStore.open(config.stateDir);
  const sender = options.sender ?? (await createKafkaSender(config.kafka, config.nodeId));
  const sink = new Sink(sender, { ...config.kafka, log });
  const tailer = new FileTailer({
    inputs: config.inputs.files,
    ctx: {
      host: config.host,
      topic: config.kafka.topics.logs,
      recordMaxBytes: config.kafka.recordMaxBytes,
      recordMaxLines: config.kafka.recordMaxLines,
      redact: createRedactor(config.redaction),
      enqueue: (r) => sink.enqueue(r),
    },
    fresh,
    checkpoints: state.files,
    partialLineTimeoutMs: config.partialLineTimeoutMs,
    releaseAfterMs: config.releaseAfterMs,
    room: () => config.kafka.bufferMaxBytes - sink.bufferedBytes,
    log,
  });
  let checkpointErrors = 0;
  let lastSavedAt: number | undefined;
  const saveCheckpoints = async (): Promise<void> => {
    try {
      await store.save({ files: tailer.checkpoints(), spools: [] });
      lastSavedAt = Date.now();
    } catch (error) {
      checkpointErrors++;
      log(`cannot save checkpoints to ${store.path}: ${(error as Error).message}`);
    }
  };

  await tailer.scan(Date.now());
  await saveCheckpoints();

  let stopping = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const loop = (async () => {
    let nextScan = Date.now() + config.scanIntervalMs;
    let nextCheckpoint = Date.now() + config.checkpointIntervalMs;
    while (!stopping) {
      const now = Date.now();
      if (now >= nextScan) {
        await tailer.scan(now);
        nextScan = now + config.scanIntervalMs;
      }
      const more = await tailer.poll(now);
      if (now >= nextCheckpoint) {
        await saveCheckpoints();
        nextCheckpoint = now + config.checkpointIntervalMs;
      }
      if (!stopping) await (more ? new Promise<void>((r) => setImmediate(r)) : sleep(config.pollIntervalMs));
    }
  })();

  const status = (): AgentStatus => {
    const now = Date.now();
    const files = tailer.progress(now);
    return {
      nodeId: config.nodeId,
      host: config.host,
      version: AGENT_VERSION,
      configHash: hash,
      startedAt,
      uptimeMs: now - startedAt,
      paused: sink.full,
      heldBytes: files.reduce((sum, f) => sum + f.lagBytes, 0),
      kafka: sink.stats(),
      files,
      streams: [],
      checkpoints: { lastSavedAt, errors: checkpointErrors },
      errors: { scan: tailer.scanErrors, checkpoint: checkpointErrors },
    };
  };

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      wake?.();
      await loop;
      // Partial lines and pending multiline events are not flushed: the checkpoint stays before
      // them and the next start reads them whole.
      const drained = await sink.close(options.stopTimeoutMs ?? 10_000);
      if (!drained)
        log('stopped before Kafka acknowledged everything; unacknowledged lines will be re-sent on restart');
      await saveCheckpoints();
      await tailer.close();
    })();
    return stopped;
  };

  return { stop, status };
}
