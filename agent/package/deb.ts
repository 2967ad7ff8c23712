/**
 * What goes into the agent's Debian package, as data: the control file, the command wrapper and
 * the packaged systemd unit. The builder (build.ts) lays these out and calls dpkg-deb.
 *
 * Layout, after the habits of Vector's and Fluent Bit's packages:
 * - /opt/logward-agent/: the agent bundle and the Node runtime it runs on (no Node on the server);
 * - /usr/bin/logward-agent: the command;
 * - /etc/logward-agent/agent.yaml: the example configuration, a conffile an upgrade never overwrites;
 * - /lib/systemd/system/logward-agent.service: the sandboxed unit;
 * - /var/lib/logward-agent/: checkpoints and spools, created by postinst and owned by no package
 *   file, so an upgrade or a remove keeps them (only a purge deletes them).
 */

export const PACKAGE_NAME = 'logward-agent';
export const INSTALL_DIR = '/opt/logward-agent';
export const COMMAND_PATH = '/usr/bin/logward-agent';
export const CONFIG_PATH = '/etc/logward-agent/agent.yaml';
export const UNIT_PATH = '/lib/systemd/system/logward-agent.service';
export const STATE_DIR = '/var/lib/logward-agent';

/** Node's process.arch to Debian's architecture name. */
export function debianArch(nodeArch: string): 'amd64' | 'arm64' {
  if (nodeArch === 'x64') return 'amd64';
  if (nodeArch === 'arm64') return 'arm64';
  throw new Error(`the agent package is built for x64 (amd64) and arm64, not ${JSON.stringify(nodeArch)}`);
}

/** A Debian version: starts with a digit; letters, digits and . + ~ - only. */
export function assertDebianVersion(version: string): string {
  if (!/^[0-9][A-Za-z0-9.+~-]*$/.test(version))
    throw new Error(
      `package version ${JSON.stringify(version)}: expected a Debian version such as 0.1.0 or 0.1.0+2`,
    );
  return version;
}

export interface ControlFields {
  readonly version: string;
  readonly arch: 'amd64' | 'arm64';
  /** The unpacked size in KiB (Installed-Size). */
  readonly installedSizeKib: number;
  /** The Node runtime's version, named in the description. */
  readonly nodeVersion: string;
}

/**
 * DEBIAN/control. The runtime needs glibc and libstdc++ (Node's official Linux builds link them
 * dynamically); useradd and groupadd come from passwd, which every Debian base system has.
 */
export function controlFile(fields: ControlFields): string {
  return `${[
    `Package: ${PACKAGE_NAME}`,
    `Version: ${assertDebianVersion(fields.version)}`,
    `Architecture: ${fields.arch}`,
    'Maintainer: Logward maintainers <maintainers@logward.invalid>',
    `Installed-Size: ${fields.installedSizeKib}`,
    'Depends: libc6 (>= 2.28), libstdc++6 (>= 8), libgcc-s1, passwd',
    'Section: admin',
    'Priority: optional',
    'Description: Logward agent: ships log files, stdin and app lines to Kafka (Amazon MSK)',
    ' Tails log files (rotation-safe, resumable from checkpoints), accepts lines from',
    ' applications on a loopback HTTP endpoint, redacts secrets, and ships to Kafka',
    ' with heartbeats. Self-contained: it carries its own Node.js runtime',
    ` (${fields.nodeVersion}) and needs no Node.js or npm on the server.`,
  ].join('\n')}\n`;
}

/** /usr/bin/logward-agent: runs the bundle on the packaged runtime, whatever Node the server has. */
export function commandWrapper(): string {
  return `#!/bin/sh\nexec ${INSTALL_DIR}/node ${INSTALL_DIR}/logward-agent.mjs "$@"\n`;
}

const MANUAL_EXEC = '/usr/bin/node /opt/logward-agent/logward-agent.mjs';

/**
 * The packaged unit is the repository's unit (agent/deploy/logward-agent.service, one home for the
 * sandboxing) with the command of the package instead of a server's own Node.
 */
export function packagedUnit(repositoryUnit: string): string {
  const execLines = repositoryUnit.split('\n').filter((line) => /^Exec\w*=/.test(line));
  if (execLines.length === 0 || !execLines.every((line) => line.includes(MANUAL_EXEC)))
    throw new Error(`the agent's unit: expected every Exec line to run ${MANUAL_EXEC}`);
  return repositoryUnit.replaceAll(MANUAL_EXEC, COMMAND_PATH);
}

/** DEBIAN/conffiles: files an upgrade keeps when the administrator changed them. */
export function conffiles(): string {
  return `${CONFIG_PATH}\n`;
}
