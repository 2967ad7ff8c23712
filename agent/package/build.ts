/**
 * Builds the agent's Debian package, dist/logward-agent_<version>_<arch>.deb, with dpkg-deb: the
 * bundled agent, the Node runtime it runs on, the sandboxed systemd unit, an example configuration
 * and the maintainer scripts that create the system user. See deb.ts for the layout.
 *
 * Run: node agent/package/build.ts [--arch amd64|arm64] [--version 0.1.0+1] [--outdir dist]
 * The runtime is the project's pinned Node (the npm `node` package); for another architecture it
 * is that release's `node-linux-<arch>` package from the npm registry.
 */
import { execFile } from 'node:child_process';
import {
  chmod,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { buildAgentBundle, bundleFiles } from '../build.ts';
import { AGENT_VERSION } from '../version.ts';
import {
  COMMAND_PATH,
  CONFIG_PATH,
  commandWrapper,
  conffiles,
  controlFile,
  debianArch,
  INSTALL_DIR,
  PACKAGE_NAME,
  packagedUnit,
  UNIT_PATH,
} from './deb.ts';

const run = promisify(execFile);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE_ARCH = { amd64: 'x64', arm64: 'arm64' } as const;
const COPYRIGHT = `Logward agent: Apache License, Version 2.0 (/usr/share/common-licenses/Apache-2.0).
The bundled dependencies' notices: bundled-dependencies.LEGAL.txt. The Node.js runtime in
/opt/logward-agent/node: node.LICENSE.
`;

export interface DebOptions {
  readonly arch?: 'amd64' | 'arm64';
  readonly version?: string;
  readonly outdir?: string;
  /** A bundle already built (the verification builds two packages from one). */
  readonly bundle?: string;
}

/** Builds the package; returns its path. */
export async function buildAgentDeb(options: DebOptions = {}): Promise<string> {
  const arch = options.arch ?? debianArch(process.arch);
  const version = options.version ?? AGENT_VERSION;
  const outdir = options.outdir ?? join(repo, 'dist');
  const work = await mkdtemp(join(tmpdir(), 'logward-deb-'));
  try {
    const root = join(work, 'root');
    const bundle = options.bundle ?? (await bundleInto(join(work, 'bundle')));
    const runtime = await nodeRuntime(arch, work);
    await stage(root, bundle, runtime);
    const installedSizeKib = Math.ceil((await treeBytes(root)) / 1024);
    await mkdir(join(root, 'DEBIAN'));
    await writeFile(
      join(root, 'DEBIAN', 'control'),
      controlFile({ version, arch, installedSizeKib, nodeVersion: runtime.version }),
    );
    await writeFile(join(root, 'DEBIAN', 'conffiles'), conffiles());
    for (const script of ['postinst', 'prerm', 'postrm']) {
      await copyFile(join(repo, 'agent', 'package', 'debian', script), join(root, 'DEBIAN', script));
      await chmod(join(root, 'DEBIAN', script), 0o755);
    }
    await mkdir(outdir, { recursive: true });
    const out = join(outdir, `${PACKAGE_NAME}_${version}_${arch}.deb`);
    // xz at level 3: a quarter of the runtime's size, in seconds rather than minutes on 2 cores.
    await run('dpkg-deb', ['--root-owner-group', '-Zxz', '-z3', '--build', root, out]);
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Builds the agent bundle into `dir`; returns its path. */
export async function bundleInto(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return buildAgentBundle(join(dir, 'logward-agent.mjs'));
}

interface Runtime {
  readonly binary: string;
  readonly license: string;
  readonly version: string;
  readonly hostArch: boolean;
}

/** The pinned Node release for `arch`: the installed one, or the registry's package for another arch. */
async function nodeRuntime(arch: 'amd64' | 'arm64', work: string): Promise<Runtime> {
  const pinned = JSON.parse(await readFile(join(repo, 'node_modules', 'node', 'package.json'), 'utf8')) as {
    version: string;
  };
  const name = `node-linux-${NODE_ARCH[arch]}`;
  let dir = join(repo, 'node_modules', 'node', 'node_modules', name);
  const hostArch = arch === debianArch(process.arch);
  if (!hostArch) {
    const fetched = join(work, 'runtime');
    await mkdir(fetched);
    const { stdout } = await run('npm', ['pack', '--silent', `${name}@${pinned.version}`], { cwd: fetched });
    await run('tar', ['-xzf', join(fetched, stdout.trim()), '-C', fetched]);
    dir = join(fetched, 'package');
  }
  return {
    binary: join(dir, 'bin', 'node'),
    license: join(dir, 'LICENSE'),
    version: `v${pinned.version}`,
    hostArch,
  };
}

async function stage(root: string, bundle: string, runtime: Runtime): Promise<void> {
  const at = (path: string) => join(root, path);
  const docs = at(`/usr/share/doc/${PACKAGE_NAME}`);
  for (const dir of [INSTALL_DIR, dirname(COMMAND_PATH), dirname(CONFIG_PATH), dirname(UNIT_PATH)])
    await mkdir(at(dir), { recursive: true });
  await mkdir(docs, { recursive: true });

  // The bundle is logward-agent.mjs (bundleInto), so its chunks' names are the ones it imports.
  for (const file of await bundleFiles(bundle)) {
    await copyFile(file, at(`${INSTALL_DIR}/${basename(file)}`));
    await chmod(at(`${INSTALL_DIR}/${basename(file)}`), 0o644);
  }
  await copyFile(runtime.binary, at(`${INSTALL_DIR}/node`));
  // The runtime ships with its symbols (126 -> 108 MB stripped); the host's strip reads only its own arch.
  if (runtime.hostArch) await run('strip', [at(`${INSTALL_DIR}/node`)]);
  await chmod(at(`${INSTALL_DIR}/node`), 0o755);
  await writeFile(at(COMMAND_PATH), commandWrapper(), { mode: 0o755 });

  const unit = await readFile(join(repo, 'agent', 'deploy', 'logward-agent.service'), 'utf8');
  await writeFile(at(UNIT_PATH), packagedUnit(unit), { mode: 0o644 });
  await copyFile(join(repo, 'agent', 'deploy', 'agent.yaml'), at(CONFIG_PATH));
  await chmod(at(CONFIG_PATH), 0o640);

  await writeFile(join(docs, 'copyright'), COPYRIGHT);
  await copyFile(runtime.license, join(docs, 'node.LICENSE'));
  await cp(`${bundle}.LEGAL.txt`, join(docs, 'bundled-dependencies.LEGAL.txt'));
  await copyFile(join(repo, 'agent', 'README.md'), join(docs, 'README.md'));
}

async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { arch: { type: 'string' }, version: { type: 'string' }, outdir: { type: 'string' } },
  });
  const arch =
    values.arch === undefined ? undefined : debianArch(values.arch === 'amd64' ? 'x64' : values.arch);
  const out = await buildAgentDeb({
    ...(arch ? { arch } : {}),
    ...(values.version ? { version: values.version } : {}),
    ...(values.outdir ? { outdir: values.outdir } : {}),
  });
  process.stdout.write(`built ${out}\n`);
}
