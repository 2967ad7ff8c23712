/**
 * Facts about the machine a benchmark or drill ran on, printed beside every figure: cores, memory,
 * load average at the start, and the versions of the programs measured.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { VERSIONS } from '#local/engines/index.ts';

export interface MachineFacts {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly freeMemoryGiB: number;
  readonly loadAverage: readonly [number, number, number];
  readonly os: string;
  readonly node: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly at: string;
}

function firstLine(command: string, args: readonly string[]): string {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n').find((l) => l.trim() !== '') ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? 'Linux'}, kernel ${release()}`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}

/** Versions of what the figures depend on; rsyslog and kcat only once they are installed. */
export function machineFacts(): MachineFacts {
  const load = loadavg();
  const kcat = firstLine('sh', ['-c', 'kcat -V 2>&1 | grep -i "^version"']).replace(
    / builtin\.features.*/,
    ')',
  );
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage: [load[0] ?? 0, load[1] ?? 0, load[2] ?? 0].map((n) => Math.round(n * 100) / 100) as [
      number,
      number,
      number,
    ],
    os: osName(),
    node: process.version,
    versions: {
      kafka: VERSIONS.kafka,
      opensearch: VERSIONS.opensearch,
      moto: VERSIONS.moto,
      rsyslog: firstLine('rsyslogd', ['-v'])
        .replace(/ compiled with:.*/, '')
        .replace(/^rsyslogd\s+/, ''),
      kcat: kcat === 'unknown' ? 'not installed' : kcat.replace(/^Version /, ''),
    },
    at: new Date().toISOString(),
  };
}

export function describeMachine(facts: MachineFacts): string {
  const v = Object.entries(facts.versions)
    .map(([k, value]) => `${k} ${value}`)
    .join(', ');
  return [
    `machine: ${facts.cores} cores (${facts.cpu}), ${facts.memoryGiB} GiB memory (${facts.freeMemoryGiB} free), ${facts.os}`,
    `load average at start: ${facts.loadAverage.join(' / ')} (1 / 5 / 15 min) — other work shares this machine`,
    `versions: node ${facts.node}, ${v}`,
    `at: ${facts.at}`,
  ].join('\n');
}
