import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertDebianVersion,
  commandWrapper,
  controlFile,
  debianArch,
  packagedUnit,
} from '#agent/package/deb.ts';
import { hostDebian } from '#agent/package/verify-install.ts';

describe('the agent Debian package', () => {
  it('describes itself in a control file dpkg accepts', () => {
    const control = controlFile({
      version: '0.1.0',
      arch: 'amd64',
      installedSizeKib: 123,
      nodeVersion: 'v24.21.0',
    });
    expect(control).toMatch(/^Package: logward-agent\nVersion: 0\.1\.0\nArchitecture: amd64\n/);
    expect(control).toContain('Depends: libc6 (>= 2.28), libstdc++6 (>= 8), libgcc-s1, passwd\n');
    // Continuation lines of the description start with a space; the file ends with a newline.
    expect(
      control
        .split('\n')
        .slice(-5, -1)
        .every((line) => line.startsWith(' ')),
    ).toBe(true);
    expect(control.endsWith('\n')).toBe(true);
  });

  it('refuses a version dpkg would refuse, naming what was expected', () => {
    expect(assertDebianVersion('0.1.0+verify1')).toBe('0.1.0+verify1');
    expect(() => assertDebianVersion('v0.1.0')).toThrow(/expected a Debian version such as 0\.1\.0/);
    expect(() => assertDebianVersion('0.1 0')).toThrow(/"0\.1 0"/);
  });

  it('maps Node architectures to Debian ones and refuses the rest', () => {
    expect(debianArch('x64')).toBe('amd64');
    expect(debianArch('arm64')).toBe('arm64');
    expect(() => debianArch('ia32')).toThrow(/not "ia32"/);
  });

  it('runs the bundle on its own runtime, passing every argument through', () => {
    expect(commandWrapper()).toBe(
      '#!/bin/sh\nexec /opt/logward-agent/node /opt/logward-agent/logward-agent.mjs "$@"\n',
    );
  });

  it("keeps the repository unit's sandbox and swaps only the command", () => {
    const unit = readFileSync(
      new URL('../../../agent/deploy/logward-agent.service', import.meta.url),
      'utf8',
    );
    const packaged = packagedUnit(unit);
    expect(packaged).toContain('ExecStart=/usr/bin/logward-agent run -c /etc/logward-agent/agent.yaml\n');
    expect(packaged).toContain(
      'ExecStartPre=/usr/bin/logward-agent check-config -c /etc/logward-agent/agent.yaml\n',
    );
    expect(packaged).not.toContain('/usr/bin/node');
    expect(packaged.replaceAll('/usr/bin/logward-agent', '')).toBe(
      unit.replaceAll('/usr/bin/node /opt/logward-agent/logward-agent.mjs', ''),
    );
    expect(() => packagedUnit('[Service]\nExecStart=/usr/local/bin/agent\n')).toThrow(/every Exec line/);
  });

  it("finds the host's suite and mirror in deb822 and one-line apt sources", () => {
    const osRelease = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_CODENAME=bookworm\n';
    const deb822 = [
      'Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main',
      'Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\nComponents: main',
    ].join('\n\n');
    expect(hostDebian(deb822, osRelease)).toEqual({
      suite: 'bookworm',
      mirror: 'http://mirror.example/debian',
    });
    const oneLine = 'deb [arch=amd64] http://other.example/debian bookworm main\n';
    expect(hostDebian(oneLine, osRelease)).toEqual({
      suite: 'bookworm',
      mirror: 'http://other.example/debian',
    });
    expect(() => hostDebian('', 'ID=alpine\n')).toThrow(/not a Debian host/);
    expect(() => hostDebian('', osRelease)).toThrow(/LOGWARD_DEBIAN_MIRROR/);
  });
});
