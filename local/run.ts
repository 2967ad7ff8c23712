/**
 * `npm run local`: the whole of Logward on this machine. Starts the engines, creates topics,
 * index template and tables, wires the handlers to their local triggers, starts the agent on a
 * demo log that the built-in generator writes, and prints what to try. Ctrl-C stops it all.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  type GeneratorHandle,
  parseAgentConfig,
  type RunningAgent,
  startAgent,
  startGenerator,
} from '#agent/index.ts';
import { ValidationError } from '#core/validation-error.ts';
import { buildConsole, CONSOLE_DIST } from '../console/build.ts';
import { exitOnBadOption, parseCommandLine } from '../ops/command-line.ts';
import { LOCAL_REGION, type LocalCredentials } from './access.ts';
import { resolveEngineConfig, startEngines, stopEngines } from './engines/index.ts';
import { type RunningPipeline, startPipeline } from './pipeline.ts';

const USAGE = `Usage: npm run local -- [options]

Runs Logward locally on real engines (Kafka, OpenSearch, and moto's server for DynamoDB, SES, S3 and SNS).

Options:
  --api-port <port>   port of the local API (env LOGWARD_API_PORT)        default 18080
  --api-key <key>     read-only API key the local API accepts (env LOGWARD_API_KEY) default: random
  --rate <n>          demo log lines per second                            default 5
  --no-demo           do not start the demo generator and agent
  --localstack        serve SES, S3, SNS and Secrets Manager from LocalStack's community runtime
                      on the host, and reach OpenSearch through it (env LOGWARD_AWS=localstack);
                      moto keeps DynamoDB, Kafka stays Kafka
  -h, --help          this text

Engine ports, cache and state folders: see 'npm run engines -- --help'.`;

interface RunOptions {
  readonly apiPort: number;
  readonly apiKey: string;
  readonly rate: number;
  readonly demo: boolean;
  readonly localstack: boolean;
}

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): RunOptions | undefined {
  const { values } = parseCommandLine(
    {
      args: argv,
      options: {
        'api-port': { type: 'string' },
        'api-key': { type: 'string' },
        rate: { type: 'string' },
        'no-demo': { type: 'boolean', default: false },
        localstack: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    HELP,
  );
  if (values.help) return undefined;
  const apiPort = positiveInteger('--api-port', values['api-port'] ?? env.LOGWARD_API_PORT ?? '18080');
  const rate = positiveInteger('--rate', values.rate ?? '5');
  const apiKey = values['api-key'] ?? env.LOGWARD_API_KEY ?? randomBytes(16).toString('hex');
  if (apiKey.length < 20) throw new ValidationError('--api-key', 'expected at least 20 characters');
  return { apiPort, apiKey, rate, demo: !values['no-demo'], localstack: values.localstack };
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535)
    throw new ValidationError(name, `expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (!options) {
    console.log(USAGE);
    return;
  }
  const log = (line: string) => console.log(`[logward] ${line}`);
  const config = resolveEngineConfig(
    options.localstack ? { ...process.env, LOGWARD_AWS: 'localstack' } : process.env,
  );
  const cleanups: Array<() => Promise<void>> = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => log(`while stopping: ${String(error)}`));
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    const startedAt = Date.now();
    const { endpoints, started } = await startEngines(config, { log: (line) => log(`engines: ${line}`) });
    cleanups.push(() => stopEngines(config, started));
    log(`engines ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (AWS APIs: ${config.aws})`);

    await buildConsole(CONSOLE_DIST);
    const lambdaLogFile = join(config.stateDir, 'logs', 'lambdas.log');
    const pipeline: RunningPipeline = await startPipeline({
      endpoints,
      apiPort: options.apiPort,
      apiKey: options.apiKey,
      lambdaLogFile,
      log,
      consoleDir: CONSOLE_DIST,
    });
    cleanups.push(() => pipeline.stop());

    const demoLog = join(config.stateDir, 'demo', 'app.log');
    if (options.demo) {
      const generator: GeneratorHandle = await startGenerator({
        path: demoLog,
        ratePerSecond: options.rate,
        format: 'text',
      });
      cleanups.push(() => generator.stop());
      const agent: RunningAgent = await startAgent(
        parseAgentConfig({
          kafka: { brokers: endpoints.kafkaBootstrap.split(','), topics: pipeline.topology.topics },
          inputs: {
            files: [
              { paths: [join(config.stateDir, 'demo', '*.log')], service: 'demo', start_at: 'beginning' },
            ],
          },
          state_dir: join(config.stateDir, 'agent'),
        }),
        { log: (line) => log(`agent: ${line}`) },
      );
      cleanups.push(() => agent.stop());
    }
    printNextSteps(pipeline.apiUrl, pipeline.credentials, options.demo ? demoLog : undefined, lambdaLogFile);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    await stopAll(1);
  }
}

function printNextSteps(
  apiUrl: string,
  credentials: LocalCredentials,
  demoLog: string | undefined,
  lambdaLogFile: string,
): void {
  const { readerApiKey, admin, tokens } = credentials;
  const key = `-H 'x-api-key: ${readerApiKey}'`;
  const sigv4 = `--aws-sigv4 aws:amz:${LOCAL_REGION}:execute-api --user '${admin.accessKeyId}:${admin.secretAccessKey}'`;
  console.log(`
Logward is running locally.
  Console: ${apiUrl}/   (sign in as admin or reader)
  API:     ${apiUrl}

Credentials, fresh for this run (who may do what: README, "Security"):
  reader API key (GET on /...):            ${readerApiKey}
  IAM admin (SigV4 on /iam/...):           access key ${admin.accessKeyId}  secret ${admin.secretAccessKey}
  person in logward-admin (/people/...):   ${tokens.admin}
  person in logward-reader (/people/...):  ${tokens.reader}

For the README's examples ("Query the API"), in your shell:
  export API=${apiUrl} KEY=${readerApiKey}

Try:
  curl -s ${apiUrl}/health
  curl -s -H "x-api-key: $KEY" "$API/openapi.json"    # after the export above
  curl -s ${key} '${apiUrl}/logs?limit=5'
  curl -s ${key} '${apiUrl}/logs?level=ERROR&from=15m'
  curl -s -H 'authorization: ${tokens.reader}' '${apiUrl}/people/summary?from=1h'
  curl -s ${sigv4} -H 'content-type: application/json' \\
    -d "{\\"matchers\\":{\\"service\\":\\"demo\\"},\\"endsAt\\":\\"$(date -u -d +2hours +%FT%TZ)\\",\\"comment\\":\\"trying Logward\\"}" ${apiUrl}/iam/silences
${
  demoLog
    ? `  echo "$(date -u +%FT%TZ) ERROR [checkout] hello from $USER" >> ${demoLog}
  curl -s ${key} '${apiUrl}/logs?q=hello&limit=1'
`
    : ''
}
Handler logs (as CloudWatch would hold them): tail -f ${lambdaLogFile}
Press Ctrl-C to stop everything.`);
}

const HELP = 'npm run local -- --help';

await main().catch((error: unknown) => exitOnBadOption(error, HELP));
