import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { isLoopbackHost } from '#core/loopback.ts';
import { configHash, publicConfig, type RunningAgent, startAgent } from './agent.ts';
import { DEFAULT_TUNING, missingTuning, type ProcessTuning } from './config/memory-budget.ts';
import { loadAgentConfig } from './config/parse.ts';
import type { AgentConfig, StatusConfig } from './config/types.ts';
import { isAgentConfigError } from './config/validate.ts';
import { type GeneratorLevel, startGenerator } from './generate.ts';
import { loadToken } from './inputs/http-guard.ts';
import { loadTlsPair, schemeOf } from './inputs/tls-listener.ts';
import type { AgentStatus } from './status.ts';
import { AGENT_VERSION } from './version.ts';

const HELP = `Usage: logward-agent <command> [options]

Ships log lines from files, stdin and a loopback HTTP endpoint to Kafka (Amazon MSK).

Commands:
  run           run the agent (-c agent.yaml)
  status        show what a running agent is doing (per-file offset, lag, lines/s, errors)
  check-config  validate a configuration file and print the effective settings
  generate      write realistic demo log lines to a file
  help          this text

Options: --help on any command, --version.
`;

const RUN_HELP = `Usage: logward-agent run -c <agent.yaml>

Runs until SIGINT/SIGTERM, then waits for Kafka to acknowledge what was sent and saves checkpoints.
  -c, --config <file>   YAML configuration (required)
`;

const STATUS_HELP = `Usage: logward-agent status [-c <agent.yaml> | --url <http://127.0.0.1:8686>] [--json]

Asks a running agent's status endpoint (status.listen in the config, default 127.0.0.1:8686).
  -c, --config <file>   read status.listen (and status.token_file, sent as the token) from this configuration
      --url <url>       status endpoint base URL
      --json            print the raw JSON
`;

const CHECK_HELP = `Usage: logward-agent check-config -c <agent.yaml>

Validates the configuration. Exit 0 when valid; otherwise prints the offending key and what was
expected, and exits 2.
`;

const GENERATE_HELP = `Usage: logward-agent generate --path <file> [options]

Appends realistic log lines with current timestamps, e.g.
  2025-10-23 14:32:15 INFO [payment-service] Payment completed for order order_45231

  --path <file>            file to append to (required)
  --rate <n>               lines per second (default 10)
  --format text|json       (default text)
  --services a,b,c         service names (default payment-service,order-service,auth-service)
  --levels INFO=80,ERROR=5 level weights (default DEBUG=5,INFO=80,WARN=10,ERROR=5)
  --burst-every <ms>       every <ms>, write a burst of mostly errors
  --burst-lines <n>        lines per burst (default 200)
  --count <n>              stop after n entries
`;

type Out = (text: string) => void;

export interface MainOptions {
  /**
   * The process is the agent's own (the command, not a test): `run` may replace it, same pid,
   * with one that has the agent's node flags and environment (see restartWithTuning). @default false
   */
  readonly ownProcess?: boolean;
}

/** Runs the CLI; returns the process exit code. */
export async function main(
  argv: string[],
  out: Out = (t) => process.stdout.write(t),
  err: Out = (t) => process.stderr.write(t),
  options: MainOptions = {},
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(HELP);
        return command === undefined ? 1 : 0;
      case '--version':
      case '-v':
        out(`${AGENT_VERSION}\n`);
        return 0;
      case 'run':
        return await run(rest, out, err, options);
      case 'status':
        return await status(rest, out, err);
      case 'check-config':
        return await checkConfig(rest, out, err);
      case 'generate':
        return await generate(rest, out, err);
      default:
        err(`unknown command ${JSON.stringify(command)}\n\n${HELP}`);
        return 1;
    }
  } catch (error) {
    if (isAgentConfigError(error)) {
      err(`invalid configuration: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`${error.message}\n`);
      return 1;
    }
    err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * Keeps V8's young generation at its initial size (a few MB) instead of letting it grow to its
 * default maximum (measured: 128 MB of new space). The agent allocates short-lived strings at a high rate; with
 * the default growth the new space alone was ~128 MB of a ~340 MB peak RSS while shipping a 2M-line
 * file, with no throughput gain. `semi_space_growth_factor` is read each time V8 considers growing
 * the new space, so it takes effect when set at run time (`--max-semi-space-size` would not). An
 * explicit young-generation flag on the command line or in NODE_OPTIONS wins.
 */
function keepYoungGenerationSmall(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (/--(max|min)[-_]semi[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor/.test(given)) return;
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** Set in the agent's environment once it restarted itself with its tuning (the flags added). */
const RESTARTED_ENV = 'LOGWARD_AGENT_NODE_FLAGS';

/**
 * V8's heap flags are read and glibc's malloc variables applied when a process starts, so an agent
 * not started with its tuning (`memory_limit_mb`'s plan, else DEFAULT_TUNING) replaces its process
 * (process.execve: same pid, so systemd and Kubernetes see no change) with one that has it, once.
 * A flag or variable the user gave wins.
 */
function restartWithTuning(tuning: ProcessTuning, err: Out): void {
  if (process.env[RESTARTED_ENV] !== undefined) return;
  const missing = missingTuning(tuning, { execArgv: process.execArgv, env: process.env });
  if (!missing) return;
  const flags = missing.nodeFlags.join(' ');
  if (typeof process.execve !== 'function') {
    err(
      `this Node.js cannot restart itself with ${flags || 'its malloc settings'}; the agent runs without them\n`,
    );
    return;
  }
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...missing.nodeFlags, ...process.argv.slice(1)],
    { ...process.env, ...missing.env, [RESTARTED_ENV]: flags },
  );
}

async function run(args: string[], out: Out, err: Out, options: MainOptions): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return help(out, RUN_HELP);
  if (!values.config) return usage(err, RUN_HELP, '--config is required');
  const config = await loadAgentConfig(values.config);
  if (options.ownProcess) restartWithTuning(config.memory ?? DEFAULT_TUNING, err);
  keepYoungGenerationSmall();
  const agent = await startAgent(config);
  const onCrash = crashHandler(agent, err, (code) => process.exit(code));
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  err(`logward-agent ${AGENT_VERSION} running (node ${config.nodeId}, config ${configHash(config)})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  err('stopping: waiting for Kafka to acknowledge what was sent (signal again to exit at once)\n');
  const again = () => {
    err('exiting without waiting; unacknowledged lines will be re-sent on the next start\n');
    process.exit(130);
  };
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  await agent.stop();
  process.off('SIGINT', again);
  process.off('SIGTERM', again);
  return 0;
}

/**
 * What `run` does with an error nothing caught: the agent's own loop guards every component, so
 * this is a bug or a broken runtime. It is never silent: the error is printed, the agent is
 * stopped (bounded, so checkpoints hold what Kafka acknowledged) and the process exits 70, for
 * the service manager to restart it (systemd's Restart=always).
 */
export function crashHandler(
  agent: Pick<RunningAgent, 'stop'>,
  err: Out,
  exit: (code: number) => void,
): (error: unknown) => void {
  let crashing = false;
  return (error) => {
    err(
      `logward-agent: unexpected error, restarting: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    if (crashing) return;
    crashing = true;
    const timer = setTimeout(() => exit(70), 15_000);
    timer.unref();
    agent.stop().then(
      () => exit(70),
      () => exit(70),
    );
  };
}

async function status(args: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', short: 'c' },
      url: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help(out, STATUS_HELP);
  const listen: StatusConfig | undefined = values.config
    ? (await loadAgentConfig(values.config)).status
    : { host: '127.0.0.1', port: 8686 };
  if (!listen)
    return usage(err, STATUS_HELP, 'the configuration disables the status endpoint (status: false)');
  const base =
    values.url ??
    `${schemeOf(listen.tls)}://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${listen.port}`;
  if (listen.tokenFile && values.url !== undefined && !isPrivateRoute(values.url))
    return usage(
      err,
      STATUS_HELP,
      `--url: https:// or a loopback address, so status.token_file's token does not cross the network in the clear (got ${values.url})`,
    );
  const headers: Record<string, string> = listen.tokenFile
    ? { authorization: `Bearer ${await loadToken(listen.tokenFile, false, 'status.token_file')}` }
    : {};
  let response: Response;
  try {
    response = await fetch(`${base}/status`, { headers });
  } catch (error) {
    err(`no agent answering at ${base}: ${(error as Error).message}\n`);
    return 1;
  }
  if (!response.ok) {
    err(`${base} answered ${response.status}: ${await response.text()}\n`);
    return 1;
  }
  const s = (await response.json()) as AgentStatus;
  out(values.json ? `${JSON.stringify(s, null, 2)}\n` : formatStatus(s));
  return 0;
}

/** True when a request to `url` is encrypted or stays on this machine (a loopback address). */
function isPrivateRoute(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' || isLoopbackHost(parsed.hostname.replace(/^\[|\]$/g, ''));
}

/** Human-readable status table. */
export function formatStatus(s: AgentStatus): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const lines = [
    `node ${s.nodeId} (${s.host})  agent ${s.version}  config ${s.configHash}  up ${Math.floor(s.uptimeMs / 1000)} s`,
    `kafka: ${s.kafka.healthy ? 'ok' : `FAILING${s.kafka.failure ? ` [${s.kafka.failure.toUpperCase()}]` : ''} (${s.kafka.consecutiveFailures} in a row: ${s.kafka.lastError ?? ''})`}  buffered ${mb(s.kafka.bufferedBytes)}  sent ${s.kafka.sentRecords} records  errors ${s.kafka.sendErrors}${s.paused ? '  INPUTS PAUSED' : ''}`,
    `held (not yet in Kafka): ${mb(s.heldBytes)}`,
    '',
    ['STATE', 'OFFSET', 'SIZE', 'LAG', 'LINES/S', 'ERRORS', 'PATH'].join('\t'),
    ...s.files.map((f) =>
      [f.state, f.ackedOffset, f.size, f.lagBytes, f.linesPerSecond.toFixed(1), f.errors, f.path].join('\t'),
    ),
    ...s.streams.map((x) =>
      ['stream', x.ackedBytes, x.spooledBytes, x.lagBytes, '-', x.errors, x.input].join('\t'),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

async function checkConfig(args: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return help(out, CHECK_HELP);
  if (!values.config) return usage(err, CHECK_HELP, '--config is required');
  const config: AgentConfig = await loadAgentConfig(values.config);
  const http = config.inputs.http;
  // The default token file is created at the first run; an explicit one must be usable now.
  if (http && !http.tokenFileDefault) await loadToken(http.tokenFile, false);
  if (config.status?.tokenFile) await loadToken(config.status.tokenFile, false, 'status.token_file');
  if (http?.tls) loadTlsPair(http.tls, 'inputs.http.tls');
  if (config.status?.tls) loadTlsPair(config.status.tls, 'status.tls');
  out(`${values.config}: valid (config hash ${configHash(config)})\n`);
  out(`${JSON.stringify(publicConfig(config), null, 2)}\n`);
  return 0;
}

async function generate(args: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      path: { type: 'string' },
      rate: { type: 'string', default: '10' },
      format: { type: 'string', default: 'text' },
      services: { type: 'string' },
      levels: { type: 'string' },
      'burst-every': { type: 'string' },
      'burst-lines': { type: 'string', default: '200' },
      count: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help(out, GENERATE_HELP);
  if (!values.path) return usage(err, GENERATE_HELP, '--path is required');
  const rate = Number(values.rate);
  if (!(rate > 0)) return usage(err, GENERATE_HELP, `--rate: expected a number > 0, got ${values.rate}`);
  if (values.format !== 'text' && values.format !== 'json') {
    return usage(err, GENERATE_HELP, `--format: expected text or json, got ${values.format}`);
  }
  const levelMix: Partial<Record<GeneratorLevel, number>> = {};
  for (const part of values.levels?.split(',') ?? []) {
    const [level, weight] = part.split('=');
    if (!['DEBUG', 'INFO', 'WARN', 'ERROR'].includes(level ?? '') || !(Number(weight) >= 0)) {
      return usage(
        err,
        GENERATE_HELP,
        `--levels: expected LEVEL=weight pairs (DEBUG, INFO, WARN, ERROR), got ${part}`,
      );
    }
    levelMix[level as GeneratorLevel] = Number(weight);
  }
  const burstEvery = values['burst-every'] === undefined ? undefined : Number(values['burst-every']);
  const generator = await startGenerator({
    path: values.path,
    ratePerSecond: rate,
    format: values.format,
    services: values.services?.split(',').filter(Boolean),
    levelMix,
    burst: burstEvery ? { everyMs: burstEvery, lines: Number(values['burst-lines']) } : undefined,
    maxEntries: values.count === undefined ? undefined : Number(values.count),
  });
  err(`writing ~${rate} lines/s to ${values.path} (Ctrl-C to stop)\n`);
  await Promise.race([
    generator.done,
    new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }),
  ]);
  await generator.stop();
  err(`wrote ${generator.written()} lines\n`);
  return 0;
}

function help(out: Out, text: string): number {
  out(text);
  return 0;
}

function usage(err: Out, text: string, problem: string): number {
  err(`${problem}\n\n${text}`);
  return 1;
}
