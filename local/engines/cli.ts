import { parseArgs } from 'node:util';
import {
  ENGINE_NAMES,
  type EngineConfig,
  type EngineName,
  endpointsFor,
  engineStatus,
  installEngines,
  resolveEngineConfig,
  startEngines,
  stopEngines,
  VERSIONS,
} from './index.ts';
import { smokeCheck } from './smoke.ts';

const HELP = `Usage: node local/engines/cli.ts <command> [--only kafka,opensearch,moto,localstack]

Runs Logward's engines on 127.0.0.1 without Docker.

Commands:
  install   download the engines into the cache (once), start nothing
  start     install if needed, start the engines in parallel, wait until healthy
  stop      stop the engines this launcher started
  status    show each engine's process and health
  check     smoke-test the engines: Kafka round trip, OpenSearch index+search,
            DynamoDB CreateTable, SES send read back from the sent mail
  help      this text

Versions: Kafka ${VERSIONS.kafka}, OpenSearch ${VERSIONS.opensearch} (integ-test), moto ${VERSIONS.moto} (DynamoDB, SES, S3, SNS)

Environment:
  LOGWARD_CACHE_DIR            downloads (default ~/.cache/logward)
  LOGWARD_STATE_DIR            data, pid files, logs (default <repo>/.logward; logs in logs/)
  LOGWARD_KAFKA_PORT           19092   (LOGWARD_KAFKA_CONTROLLER_PORT 19093)
  LOGWARD_OPENSEARCH_PORT      19200   (LOGWARD_OPENSEARCH_TRANSPORT_PORT 19300)
  LOGWARD_MOTO_PORT            15005   (LOGWARD_SES_PORT, its former name, still works)
  LOGWARD_AWS=localstack       LocalStack mode: LocalStack ${VERSIONS.localstack} on the host serves SES, S3,
                               SNS, Secrets Manager and fronts OpenSearch; moto keeps DynamoDB
  LOGWARD_LOCALSTACK_PORT      14566   (LocalStack's gateway in that mode)
  LOGWARD_PYTHON               a Python 3.12+ for LocalStack (default: found on PATH or in pyenv)
  LOGWARD_KAFKA_BOOTSTRAP, LOGWARD_OPENSEARCH_URL, LOGWARD_DYNAMODB_URL, LOGWARD_SES_URL
                               use an external endpoint instead of a launched engine
                               (moto is not launched when both DynamoDB and SES are external)
  LOGWARD_OPENSEARCH_HEAP      OpenSearch heap (default 1g)
  LOGWARD_ENGINE_START_TIMEOUT seconds each engine may take to become healthy (default 180)
  LOGWARD_ENGINE_USER          user OpenSearch runs as when started by root (default logward)
`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  const config = resolveEngineConfig();
  const only = parseOnly(values.only);
  switch (command) {
    case 'install':
      return timed('install', () => installEngines(config, { log, only }));
    case 'start':
      return timed('start', async () => {
        const { started } = await startEngines(config, { log, only });
        log(`started: ${started.join(', ') || 'none (all were already running, or external)'}`);
        printEndpoints(config);
      });
    case 'stop':
      await stopEngines(config, only);
      log('stopped');
      return 0;
    case 'status':
      return printStatus(config);
    case 'check':
      return timed('check', () => smokeCheck(endpointsFor(config), log));
    case 'help':
      process.stdout.write(HELP);
      return 0;
    default:
      process.stderr.write(`unknown command: ${command}\n\n${HELP}`);
      return 2;
  }
}

function parseOnly(raw: string | undefined): EngineName[] {
  if (raw === undefined) return [...ENGINE_NAMES];
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !ENGINE_NAMES.includes(name as EngineName));
  if (unknown.length > 0)
    throw new Error(`--only: unknown engine(s) ${unknown.join(', ')}; use ${ENGINE_NAMES.join(',')}`);
  return names as EngineName[];
}

async function timed(what: string, run: () => Promise<void>): Promise<number> {
  const startedAt = Date.now();
  await run();
  log(`${what} took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return 0;
}

function printEndpoints(config: EngineConfig): void {
  const endpoints = endpointsFor(config);
  for (const [key, value] of Object.entries(endpoints)) process.stdout.write(`${key}=${value}\n`);
}

async function printStatus(config: EngineConfig): Promise<number> {
  const rows = await engineStatus(config);
  const table = [
    ['ENGINE', 'RUNNING', 'HEALTHY', 'PID', 'PORT', 'LOG'],
    ...rows.map((row) => [
      row.name,
      row.external ? 'external' : row.running ? 'yes' : 'no',
      row.healthy ? 'yes' : 'no',
      row.pid === undefined ? '-' : String(row.pid),
      String(row.port),
      row.external ?? row.log,
    ]),
  ];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0))) ?? [];
  for (const cells of table) {
    process.stdout.write(
      `${cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
  return rows.every((row) => row.healthy) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    process.exitCode = 1;
  },
);
