/**
 * Installs the agent's Debian package on a fresh Debian root, as on a new server with no Node.js
 * and no npm, and checks that it works there:
 * 1. debootstrap a minimal root (cached as a tarball in the engines' cache), chroot into it;
 * 2. `dpkg -i` the package: files, the system user, `logward-agent --version`, no `node` on PATH;
 * 3. run the installed agent, as its user, against the local Kafka until Kafka holds a heartbeat
 *    of its node and a line of the file it follows;
 * 4. upgrade to a newer package: the checkpoints and the edited configuration are kept.
 *
 * Needs root, debootstrap (`apt-get install debootstrap`) and the Debian mirror the host's apt uses.
 * Run: npm run package:verify [-- --deb dist/logward-agent_0.1.0_amd64.deb]
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Admin, Consumer } from '@platformatic/kafka';
import { decodeHeartbeat, decodeLogRecord } from '#core/wire.ts';
import { resolveEngineConfig, startEngines, stopEngines } from '#local/engines/index.ts';
import { AGENT_VERSION } from '../version.ts';
import { buildAgentDeb, bundleInto } from './build.ts';
import { COMMAND_PATH, CONFIG_PATH, STATE_DIR } from './deb.ts';

const exec = promisify(execFile);
const DEADLINE_MS = 120_000;

const say = (line: string) => process.stdout.write(`[package] ${line}\n`);

async function sh(command: string, args: string[]): Promise<string> {
  try {
    return (await exec(command, args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${failed.stderr ?? ''}${failed.stdout ?? ''}`, {
      cause: error,
    });
  }
}

/** The host's own Debian suite and mirror, so the root is what this host's apt would install. */
export function hostDebian(sources: string, osRelease: string): { suite: string; mirror: string } {
  const suite = /^VERSION_CODENAME=(\S+)$/m.exec(osRelease)?.[1];
  if (!suite) throw new Error('not a Debian host: /etc/os-release has no VERSION_CODENAME');
  const deb822 = sources
    .split(/\n\s*\n/)
    .find((stanza) => new RegExp(`^Suites:.*\\b${suite}\\b`, 'm').test(stanza) && /^URIs:/m.test(stanza));
  const mirror =
    (deb822 ? /^URIs:\s*(\S+)/m.exec(deb822)?.[1] : undefined) ??
    new RegExp(`^deb\\s+(?:\\[[^\\]]*\\]\\s+)?(\\S+)\\s+${suite}\\s`, 'm').exec(sources)?.[1];
  if (!mirror) throw new Error(`no apt source for ${suite} in /etc/apt (set LOGWARD_DEBIAN_MIRROR)`);
  return { suite, mirror };
}

function readAptSources(): string {
  const files = ['/etc/apt/sources.list', '/etc/apt/sources.list.d/debian.sources'];
  return files
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n\n');
}

/** A minimal Debian root (required packages only), from a cached tarball after the first time. */
async function freshRoot(dir: string, cacheDir: string): Promise<void> {
  const { suite, mirror } = hostDebian(readAptSources(), readFileSync('/etc/os-release', 'utf8'));
  const tarball = join(cacheDir, `debootstrap-${suite}-minbase-${process.arch}.tgz`);
  if (!existsSync(tarball)) {
    say(`downloading a minimal ${suite} root once (cached in ${tarball})`);
    await mkdir(cacheDir, { recursive: true });
    const scratch = await mkdtemp(join(tmpdir(), 'logward-debootstrap-'));
    try {
      await sh('debootstrap', [
        '--variant=minbase',
        `--make-tarball=${tarball}.partial`,
        suite,
        scratch,
        process.env.LOGWARD_DEBIAN_MIRROR ?? mirror,
      ]);
      await sh('mv', [`${tarball}.partial`, tarball]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  say(`unpacking a minimal ${suite} root into ${dir}`);
  await sh('debootstrap', [
    '--variant=minbase',
    `--unpack-tarball=${tarball}`,
    suite,
    dir,
    process.env.LOGWARD_DEBIAN_MIRROR ?? mirror,
  ]);
}

class Chroot {
  readonly #mounts: string[] = [];
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  async mount(): Promise<void> {
    for (const [source, target, args] of [
      ['proc', 'proc', ['-t', 'proc']],
      ['/dev', 'dev', ['--bind']],
    ] as const) {
      await sh('mount', [...args, source, join(this.dir, target)]);
      this.#mounts.unshift(join(this.dir, target));
    }
  }

  async unmount(): Promise<void> {
    for (const target of this.#mounts.splice(0)) await sh('umount', ['-l', target]).catch(() => undefined);
  }

  run(args: string[]): Promise<string> {
    return sh('chroot', [this.dir, ...args]);
  }

  async install(deb: string): Promise<string> {
    await copyFile(deb, join(this.dir, 'tmp', 'logward-agent.deb'));
    return this.run(['dpkg', '--force-confold', '-i', '/tmp/logward-agent.deb']);
  }

  path(inside: string): string {
    return join(this.dir, inside);
  }
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`check failed: ${what}`);
  say(`ok: ${what}`);
}

/** Runs the installed agent as its user until Kafka holds its heartbeat and a line it followed. */
async function shipFromInstalledAgent(root: Chroot, bootstrap: string): Promise<void> {
  const id = randomUUID().slice(0, 8);
  const topics = { logs: `pkg-logs-${id}`, heartbeats: `pkg-heartbeats-${id}` };
  const admin = new Admin({ clientId: 'logward-package-verify', bootstrapBrokers: [bootstrap] });
  await admin
    .createTopics({ topics: Object.values(topics), partitions: 1, replicas: 1 })
    .finally(() => admin.close());

  const nodeId = `package-verify-${id}`;
  await mkdir(root.path('/var/log/verify'), { recursive: true });
  await writeFile(root.path('/var/log/verify/app.log'), '');
  const config = [
    `node_id: ${nodeId}`,
    `state_dir: ${STATE_DIR}`,
    `kafka: { brokers: ["${bootstrap}"], topics: { logs: ${topics.logs}, heartbeats: ${topics.heartbeats} } }`,
    'inputs: { files: [ { paths: ["/var/log/verify/*.log"], service: verify, start_at: beginning } ] }',
    'heartbeat: { enabled: true, interval_s: 1 }',
    'status: false',
    '',
  ].join('\n');
  await writeFile(root.path('/etc/logward-agent/verify.yaml'), config);
  await root.run(['chgrp', 'logward-agent', '/etc/logward-agent/verify.yaml']);
  await root.run(['chmod', '0640', '/etc/logward-agent/verify.yaml']);
  await root.run([COMMAND_PATH, 'check-config', '-c', '/etc/logward-agent/verify.yaml']);
  await appendFile(root.path('/var/log/verify/app.log'), `2026-01-01T00:00:00Z INFO installed ${id}\n`);

  const [uid, gid] = (await root.run(['sh', '-c', 'id -u logward-agent; id -g logward-agent']))
    .trim()
    .split('\n');
  const agent = spawn(
    'chroot',
    [`--userspec=${uid}:${gid}`, root.dir, COMMAND_PATH, 'run', '-c', '/etc/logward-agent/verify.yaml'],
    // A server's plain environment, not this shell's (no NODE_OPTIONS, no extra CA files).
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' },
    },
  );
  const exited = new Promise<number | null>((resolve) => agent.once('exit', (code) => resolve(code)));
  const consumer = new Consumer({
    groupId: `package-verify-${id}`,
    clientId: 'logward-package-verify',
    bootstrapBrokers: [bootstrap],
    maxWaitTime: 200,
  });
  try {
    const stream = await consumer.consume({
      topics: Object.values(topics),
      mode: 'earliest',
      autocommit: false,
    });
    const seen = await new Promise<{ heartbeat: boolean; line: boolean }>((resolve, reject) => {
      const seen = { heartbeat: false, line: false };
      const timer = setTimeout(
        () => reject(new Error(`nothing from ${nodeId} in Kafka within ${DEADLINE_MS / 1000} s`)),
        DEADLINE_MS,
      );
      void exited.then((code) => reject(new Error(`the installed agent exited early (code ${code})`)));
      stream.on('data', (message) => {
        if (message.topic === topics.heartbeats) {
          const decoded = decodeHeartbeat(message.value);
          if (decoded.ok && decoded.heartbeat.nodeId === nodeId) seen.heartbeat = true;
        } else {
          const decoded = decodeLogRecord(message.value);
          if (
            decoded.kind === 'chunk' &&
            decoded.chunk.lines.some((line) => line.m.includes(`installed ${id}`))
          )
            seen.line = true;
        }
        if (seen.heartbeat && seen.line) {
          clearTimeout(timer);
          resolve(seen);
        }
      });
    });
    check(seen.heartbeat, `Kafka acknowledged a heartbeat of node ${nodeId} from the installed agent`);
    check(seen.line, 'Kafka holds the line the installed agent read from /var/log/verify/app.log');
  } finally {
    await consumer.close(true);
    agent.kill('SIGTERM');
  }
  const code = await exited;
  check(code === 0, `the agent stopped cleanly on SIGTERM (exit ${code})`);
  check(existsSync(root.path(`${STATE_DIR}/checkpoints.json`)), `checkpoints saved in ${STATE_DIR}`);
}

export async function verifyInstall(deb: string | undefined): Promise<void> {
  const config = resolveEngineConfig();
  const work = await mkdtemp(join(tmpdir(), 'logward-package-'));
  const root = new Chroot(join(work, 'root'));
  const { endpoints, started } = await startEngines(config, { only: ['kafka'], log: say });
  try {
    const bundle = deb ? undefined : await bundleInto(join(work, 'bundle'));
    const first = deb ?? (await buildAgentDeb({ outdir: join(work, 'v1'), ...(bundle ? { bundle } : {}) }));
    await freshRoot(root.dir, config.cacheDir);
    await root.mount();

    check(
      (await root.run(['sh', '-c', 'command -v node nodejs npm || true'])).trim() === '',
      'the fresh root has no node and no npm',
    );
    await root.install(first);
    check(
      (await root.run([COMMAND_PATH, '--version'])).trim() === AGENT_VERSION,
      `logward-agent --version prints ${AGENT_VERSION}`,
    );
    check(
      (await root.run(['getent', 'passwd', 'logward-agent'])).includes('/usr/sbin/nologin'),
      'the system user logward-agent exists, with no login shell',
    );
    check(
      existsSync(root.path('/lib/systemd/system/logward-agent.service')),
      'the systemd unit is installed',
    );
    check(
      (await root.run(['stat', '-c', '%U:%G %a', STATE_DIR])).trim() === 'logward-agent:logward-agent 750',
      `${STATE_DIR} belongs to the agent, mode 750`,
    );
    check(
      (await root.run(['stat', '-c', '%G %a', CONFIG_PATH])).trim() === 'logward-agent 640',
      `${CONFIG_PATH} is readable by the agent's group only`,
    );

    await shipFromInstalledAgent(root, endpoints.kafkaBootstrap);

    const checkpoints = await readFile(root.path(`${STATE_DIR}/checkpoints.json`));
    await appendFile(root.path(CONFIG_PATH), '# edited by the administrator\n');
    const editedConfig = await readFile(root.path(CONFIG_PATH));
    const upgradeVersion = `${AGENT_VERSION}+verify1`;
    const second = await buildAgentDeb({
      outdir: join(work, 'v2'),
      version: upgradeVersion,
      ...(bundle ? { bundle } : {}),
    });
    await root.install(second);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
    const installedVersion = await root.run(['dpkg-query', '-W', '--showformat=${Version}', 'logward-agent']);
    check(installedVersion === upgradeVersion, `upgraded to ${upgradeVersion}`);
    check(
      (await readFile(root.path(`${STATE_DIR}/checkpoints.json`))).equals(checkpoints),
      'the upgrade kept the checkpoints',
    );
    check(
      (await readFile(root.path(CONFIG_PATH))).equals(editedConfig),
      'the upgrade kept the edited configuration',
    );
    say('the package installs, runs and upgrades on a fresh root');
  } finally {
    await root.unmount();
    await rm(work, { recursive: true, force: true });
    if (started.length > 0) await stopEngines(config, started);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { deb: { type: 'string' } } });
  await verifyInstall(values.deb);
}
