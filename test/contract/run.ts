/**
 * `npm run test:contract`: the API's contract, checked by schemathesis against a running local
 * API. It reads `/openapi.json` from the API itself, generates requests that fit the document and
 * requests that break it, and runs every check (`--checks all`): no 5xx, only documented statuses
 * and bodies, schema-valid requests accepted, schema-breaking ones refused, and stateful sequences
 * (create, read, delete). Any failure fails the run.
 *
 * schemathesis is installed once into a Python venv in the engines' cache (pinned below); the run
 * starts the engines it needs (reusing healthy ones), a pipeline on tables and topics of its own,
 * and stops what it started. Options: `--max-examples N` (default 30 per operation), `--seed N`
 * (default 1, so CI is reproducible; pass another to explore), `--junit-dir DIR` (a JUnit report of
 * each of the two runs, `contract-people.xml` and `contract-health.xml`, for CI's totals line).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEOPLE_TREE } from '#lambdas/api/access.ts';
import { localTopology } from '#local/bootstrap.ts';
import { installOnce, runLogged } from '#local/engines/download.ts';
import { type EngineConfig, resolveEngineConfig, startEngines, stopEngines } from '#local/engines/index.ts';
import { cachePath } from '#local/engines/paths.ts';
import { startPipeline } from '#local/pipeline.ts';
import { parseCommandLine } from '../../ops/command-line.ts';

/** schemathesis from PyPI, pinned: a new version brings new checks, adopted on purpose. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const HERE = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => console.log(`[contract] ${line}`);

async function installSchemathesis(config: EngineConfig): Promise<string> {
  const dir = cachePath(config, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = join(dir, 'venv', 'bin');
  const logFile = join(config.cacheDir, 'schemathesis-install.log');
  if (
    await installOnce(dir, async (target) => {
      log(`installing schemathesis ${SCHEMATHESIS_VERSION} into ${target} (once)`);
      const common = { cwd: target, logFile, label: 'schemathesis', log };
      await runLogged({
        ...common,
        command: 'python3',
        args: ['-m', 'venv', join(target, 'venv')],
        progress: /$^/,
      });
      await runLogged({
        ...common,
        command: join(target, 'venv', 'bin', 'pip'),
        args: [
          'install',
          '--disable-pip-version-check',
          '--progress-bar',
          'off',
          `schemathesis==${SCHEMATHESIS_VERSION}`,
        ],
        progress: /^(Collecting|Downloading) /,
      });
    })
  ) {
    log('schemathesis installed');
  }
  return join(bin, 'schemathesis');
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const { values } = parseCommandLine(
    {
      args: process.argv.slice(2),
      options: {
        'max-examples': { type: 'string', default: '30' },
        seed: { type: 'string', default: '1' },
        'junit-dir': { type: 'string' },
        'install-only': { type: 'boolean', default: false },
      },
    },
    'Usage: npm run test:contract -- [--max-examples N] [--seed N] [--junit-dir DIR] [--install-only]',
  );
  const config = resolveEngineConfig();
  const schemathesis = await installSchemathesis(config);
  if (values['install-only']) return 0;

  const { endpoints, started } = await startEngines(config, { log });
  const suffix = `contract-${randomBytes(4).toString('hex')}`;
  const apiKey = randomBytes(16).toString('hex');
  const dir = await mkdtemp(join(tmpdir(), 'logward-contract-'));
  const pipeline = await startPipeline({
    endpoints,
    topology: {
      ...localTopology(`t-${suffix}`),
      topics: { logs: `logs-${suffix}`, heartbeats: `heartbeats-${suffix}` },
    },
    apiPort: 0,
    apiKey,
    groupId: `ingest-${suffix}`,
    lambdaLogFile: join(dir, 'lambdas.log'),
    alerting: {
      timers: false,
      // Rules may name a group and addresses at the local domain, so rule bodies are generated with both.
      env: {
        ALERT_RECIPIENT_DOMAINS: 'logward.local',
        ALERT_RECIPIENT_GROUPS: '{"oncall":["ops@logward.local"]}',
      },
    },
  });
  log(`API ${pipeline.apiUrl}; handler logs in ${join(dir, 'lambdas.log')}`);
  try {
    // The document as a read-only client gets it; the requests go to the tree of people, as an
    // admin (the `cognito` scheme, schemathesis.toml), so that writes are exercised too.
    const document = await fetch(`${pipeline.apiUrl}/openapi.json`, { headers: { 'x-api-key': apiKey } });
    if (!document.ok) throw new Error(`GET /openapi.json: HTTP ${document.status}`);
    const schema = join(dir, 'openapi.json');
    await writeFile(schema, await document.text());
    const common = [
      '--checks',
      'all',
      '--max-examples',
      values['max-examples'],
      '--seed',
      values.seed,
      // One worker: a shared 2-core machine, and hypothesis's source inspection is not thread-safe.
      '--workers',
      '1',
      '--no-color',
    ];
    const env = { ...process.env, LOGWARD_CONTRACT_ID_TOKEN: pipeline.credentials.tokens.admin };
    const config = ['--config-file', join(HERE, 'schemathesis.toml'), 'run', schema];
    const junitDir = values['junit-dir'];
    const junit = (name: string): string[] =>
      junitDir ? ['--report', 'junit', '--report-junit-path', resolve(junitDir, `contract-${name}.xml`)] : [];
    // Every route as an admin under /people, but GET /health, which only the root tree serves open.
    const people = await run(
      schemathesis,
      [
        ...config,
        '--url',
        `${pipeline.apiUrl}${PEOPLE_TREE}`,
        '--exclude-path',
        '/health',
        ...common,
        ...junit('people'),
      ],
      env,
    );
    // The one exception: on the open /health resource API Gateway itself (not the handler) answers
    // a method the API does not declare, with 403 "Missing Authentication Token" as in AWS, where
    // no 405 can be configured; the local adapter plays it the same way.
    const health = await run(
      schemathesis,
      [
        ...config,
        '--url',
        pipeline.apiUrl,
        '--include-path',
        '/health',
        ...common,
        '--exclude-checks',
        'unsupported_method',
        ...junit('health'),
      ],
      env,
    );
    return people || health;
  } finally {
    await pipeline.stop();
    if (started.length > 0) await stopEngines(config, started);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
