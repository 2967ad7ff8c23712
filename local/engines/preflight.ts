import { spawnSync } from 'node:child_process';
import type { EngineName } from './config.ts';
import { PreflightError } from './errors.ts';
import { findPython } from './python.ts';
import { MIN_JAVA_MAJOR, MIN_LOCALSTACK_PYTHON, MIN_PYTHON } from './versions.ts';

const JAVA_MISSING = '`java` was not found on PATH (or does not run): the JVM engines need Java 17+';
const INSTALL_HINT = 'On Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven python3-venv';

export interface JavaInfo {
  readonly major: number;
  readonly home: string;
}

/** The engines that run on the JVM. */
export function needsJava(name: EngineName): boolean {
  return name === 'kafka' || name === 'opensearch';
}

/**
 * Checks the tools the given engines need, and throws one PreflightError listing everything missing.
 * `downloading` adds the download tools (mvn for JVM engines).
 */
export function preflight(names: readonly EngineName[], downloading: boolean): void {
  const problems: string[] = [];
  const jvm = names.some(needsJava);
  if (jvm) problems.push(...javaProblems());
  if (jvm && downloading && !commandWorks('mvn', ['--version'])) {
    problems.push('`mvn` (Apache Maven) was not found: it downloads the engine jars from Maven Central');
  }
  if (names.includes('moto')) problems.push(...pythonProblems());
  if (names.includes('localstack') && downloading) problems.push(...localstackPythonProblems());
  if (problems.length > 0) {
    throw new PreflightError(
      `the local engines cannot run here:\n  - ${problems.join('\n  - ')}\n${INSTALL_HINT}`,
    );
  }
}

/** The `java` on PATH: its major version and java.home. Throws PreflightError when absent. */
export function javaInfo(): JavaInfo {
  const result = spawnSync('java', ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new PreflightError(`${JAVA_MISSING}. ${INSTALL_HINT}`, { cause: result.error });
  }
  const output = `${result.stderr}${result.stdout}`;
  const version = /java\.specification\.version = (\d+)/.exec(output)?.[1];
  const home = /java\.home = (.+)/.exec(output)?.[1]?.trim();
  if (!version || !home)
    throw new PreflightError(`could not read java's version from:\n${output.slice(0, 500)}`);
  return { major: Number(version), home };
}

function javaProblems(): string[] {
  try {
    const { major } = javaInfo();
    if (major < MIN_JAVA_MAJOR) return [`java ${major} is too old: Kafka 4 needs Java ${MIN_JAVA_MAJOR}+`];
    return [];
  } catch (error) {
    if (error instanceof PreflightError && error.message.startsWith(JAVA_MISSING)) return [JAVA_MISSING];
    return [error instanceof Error ? error.message : String(error)];
  }
}

function pythonProblems(): string[] {
  const result = spawnSync(
    'python3',
    ['-c', 'import sys, venv, ensurepip; print(sys.version_info[0], sys.version_info[1])'],
    {
      encoding: 'utf8',
    },
  );
  if (result.error) return ['`python3` was not found: it runs moto (DynamoDB, SES, S3, SNS)'];
  if (result.status !== 0)
    return ['python3 cannot create virtual environments (the venv/ensurepip modules are missing)'];
  const [major = 0, minor = 0] = result.stdout.trim().split(' ').map(Number);
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    return [`python ${major}.${minor} is too old: moto needs ${MIN_PYTHON.join('.')}+`];
  }
  return [];
}

function localstackPythonProblems(): string[] {
  try {
    findPython(MIN_LOCALSTACK_PYTHON);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}
