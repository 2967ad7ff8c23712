import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EngineInstallError } from './errors.ts';
import { tailFile } from './process.ts';

/** One Maven artifact to fetch. */
export interface MavenArtifact {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
  readonly type?: string;
}

export interface LoggedCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Output goes here, appended. */
  readonly logFile: string;
  /** Shown in progress lines, e.g. "kafka 4.4.0". */
  readonly label: string;
  /** Counts lines matching this as progress (e.g. maven's "Downloaded from"). */
  readonly progress: RegExp;
  readonly log: (line: string) => void;
}

const PROGRESS_EVERY_MS = 10_000;

/**
 * Runs a download command with its output in a log file, printing a progress line every 10 s,
 * and throws EngineInstallError pointing to the log when it fails.
 */
export function runLogged(spec: LoggedCommand): Promise<void> {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const out = createWriteStream(spec.logFile, { flags: 'a' });
  out.write(`\n$ ${spec.command} ${spec.args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    const countProgress = (chunk: Buffer) => {
      out.write(chunk);
      count += chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => spec.progress.test(line)).length;
    };
    child.stdout.on('data', countProgress);
    child.stderr.on('data', countProgress);
    const ticker = setInterval(
      () => spec.log(`  ${spec.label}: still working (${count} files fetched so far)`),
      PROGRESS_EVERY_MS,
    );
    let finished = false;
    /** Ends the log first, so an error message can quote its last lines. */
    const finish = (toError?: () => Error) => {
      if (finished) return;
      finished = true;
      clearInterval(ticker);
      out.end(() => (toError ? reject(toError()) : resolve()));
    };
    child.once('error', (error) =>
      finish(() => new EngineInstallError(`${spec.label}: could not run ${spec.command}`, { cause: error })),
    );
    child.once('close', (code, signal) => {
      if (code === 0) return finish();
      finish(
        () =>
          new EngineInstallError(
            `${spec.label}: ${spec.command} failed (${signal ?? `exit ${code}`}). ` +
              `Last lines of ${spec.logFile}:\n${tailFile(spec.logFile, 12)}`,
          ),
      );
    });
  });
}

/**
 * Copies Maven artifacts and their runtime dependencies into `outputDir` with
 * `mvn dependency:copy-dependencies`, using a Maven repository inside the cache dir.
 */
export async function fetchMavenArtifacts(options: {
  readonly artifacts: readonly MavenArtifact[];
  readonly cacheDir: string;
  readonly workDir: string;
  readonly outputDir: string;
  readonly stripVersion?: boolean;
  readonly logFile: string;
  readonly label: string;
  readonly log: (line: string) => void;
}): Promise<void> {
  mkdirSync(options.workDir, { recursive: true });
  writeFileSync(join(options.workDir, 'pom.xml'), pomFor(options.artifacts));
  await runLogged({
    command: 'mvn',
    args: [
      '-B',
      `-Dmaven.repo.local=${join(options.cacheDir, 'maven-repo')}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${options.outputDir}`,
      '-DincludeScope=runtime',
      `-Dmdep.stripVersion=${options.stripVersion === true}`,
    ],
    cwd: options.workDir,
    logFile: options.logFile,
    label: options.label,
    progress: /^\[INFO\] Downloaded from/,
    log: options.log,
  });
}

const INSTALLED_MARKER = '.installed';

/** True when `installOnce` completed for this folder. */
export function isInstalled(target: string): boolean {
  return existsSync(join(target, INSTALLED_MARKER));
}

/**
 * Builds `target` unless a previous build completed; the marker is written last, so an interrupted
 * download is redone from scratch next time. Builds in place (a Python venv cannot be moved).
 */
export async function installOnce(target: string, build: (dir: string) => Promise<void>): Promise<boolean> {
  if (isInstalled(target)) return false;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  try {
    await build(target);
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(join(target, INSTALLED_MARKER), `${new Date().toISOString()}\n`);
  return true;
}

function pomFor(artifacts: readonly MavenArtifact[]): string {
  const dependencies = artifacts
    .map(
      (a) =>
        `    <dependency><groupId>${a.groupId}</groupId><artifactId>${a.artifactId}</artifactId>` +
        `<version>${a.version}</version>${a.type ? `<type>${a.type}</type>` : ''}</dependency>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by local/engines: fetches pinned engine artifacts. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.logward.local</groupId>
  <artifactId>engine-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${dependencies}
  </dependencies>
</project>
`;
}
