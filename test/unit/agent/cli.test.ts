import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configHash } from '#agent/agent.ts';
import { buildAgentBundle } from '#agent/build.ts';
import { crashHandler, main } from '#agent/cli.ts';
import { loadAgentConfig, parseAgentConfig, startAgent } from '#agent/index.ts';
import { FakeSender } from './fake-sender.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logward-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (t) => {
      out += t;
    },
    (t) => {
      err += t;
    },
  );
  return { code, out, err };
}

const valid = `
kafka: { brokers: ["127.0.0.1:19092"], topics: { logs: logs, heartbeats: heartbeats } }
inputs:
  files:
    - { paths: ["/var/log/app/*.log"], service: payments, tags: { env: prod }, start_at: end }
state_dir: /var/lib/logward-agent
`;

describe('logward-agent CLI', () => {
  it('prints help for every command', async () => {
    for (const command of ['run', 'status', 'check-config', 'generate']) {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: logward-agent ${command}`);
    }
    expect((await cli(['--help'])).out).toContain('Commands:');
    expect((await cli(['nope'])).code).toBe(1);
  });

  it('check-config accepts a valid file and names the bad key otherwise (exit 2)', async () => {
    const good = join(dir, 'good.yaml');
    await writeFile(good, valid);
    const ok = await cli(['check-config', '-c', good]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/valid \(config hash [0-9a-f]{16}\)/);
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, valid.replace('start_at: end', 'start_at: middle'));
    expect(await cli(['check-config', '-c', bad])).toEqual({
      code: 2,
      out: '',
      err: 'invalid configuration: inputs.files[0].start_at: expected one of beginning, end, got string "middle"\n',
    });
    await writeFile(bad, 'kafka: [');
    const yamlError = await cli(['check-config', '-c', bad]);
    expect(yamlError.code).toBe(2);
    expect(yamlError.err).toContain('expected valid YAML');
    expect((await cli(['check-config'])).code).toBe(1);
  });

  it('check-config and the config hash leave secrets out; a bad token file is named', async () => {
    const withPassword = (password: string) =>
      valid.replace(
        'topics: { logs: logs, heartbeats: heartbeats } }',
        `topics: { logs: logs, heartbeats: heartbeats }, sasl: { mechanism: scram-sha-512, username: agent, password: ${password} } }`,
      );
    const a = join(dir, 'secret-a.yaml');
    const b = join(dir, 'secret-b.yaml');
    await writeFile(a, withPassword('hunter2-secret-a'));
    await writeFile(b, withPassword('other-secret-b'));
    const shownA = await cli(['check-config', '-c', a]);
    const shownB = await cli(['check-config', '-c', b]);
    expect(shownA.code).toBe(0);
    expect(shownA.out).not.toContain('hunter2');
    expect(shownA.out).toContain('"password": "[secret]"');
    // Nodes that differ only in their password report the same configuration.
    expect(shownA.out.split('\n')[0]?.replace(a, b)).toBe(shownB.out.split('\n')[0]);
    expect(configHash(parseAgentConfig(parseYaml(withPassword('x'))))).toBe(
      configHash(parseAgentConfig(parseYaml(withPassword('y')))),
    );

    const tokenFile = join(dir, 'http.token');
    await writeFile(tokenFile, 'a-token-of-32-characters-or-more\n', { mode: 0o644 });
    await chmod(tokenFile, 0o644);
    const http = join(dir, 'http.yaml');
    await writeFile(
      http,
      `kafka: { brokers: ["127.0.0.1:19092"], topics: { logs: logs, heartbeats: heartbeats } }\ninputs: { http: { token_file: ${tokenFile} } }\nstate_dir: ${dir}\n`,
    );
    const loose = await cli(['check-config', '-c', http]);
    expect(loose.code).toBe(2);
    expect(loose.err).toContain('inputs.http.token_file: expected a file other users cannot read');
    await chmod(tokenFile, 0o640);
    expect((await cli(['check-config', '-c', http])).code).toBe(0);
    await writeFile(tokenFile, 'short\n');
    expect((await cli(['check-config', '-c', http])).err).toContain(
      'inputs.http.token_file: expected a token of at least 16 characters',
    );
  });

  it('an error nothing caught is printed, the agent stopped, and the process exits 70 for a restart', async () => {
    const events: string[] = [];
    let err = '';
    const onCrash = crashHandler(
      {
        stop: async () => {
          events.push('stopped');
        },
      },
      (t) => {
        err += t;
      },
      (code) => events.push(`exit ${code}`),
    );
    onCrash(new Error('boom'));
    onCrash(new Error('again'));
    await new Promise((r) => setImmediate(r));
    expect(err).toContain('unexpected error, restarting: Error: boom');
    expect(err).toContain('Error: again');
    expect(events).toEqual(['stopped', 'exit 70']);
  });

  it('generate writes the requested number of entries', async () => {
    const path = join(dir, 'gen.log');
    const r = await cli([
      'generate',
      '--path',
      path,
      '--rate',
      '5000',
      '--count',
      '100',
      '--levels',
      'ERROR=1,INFO=0,DEBUG=0,WARN=0',
    ]);
    expect(r.code).toBe(0);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines.filter((l) => / ERROR \[/.test(l))).toHaveLength(100);
    expect((await cli(['generate', '--path', path, '--format', 'xml'])).err).toContain(
      '--format: expected text or json',
    );
  });

  it('status reads a running agent', async () => {
    const agent = await startAgent(
      parseAgentConfig({
        kafka: { brokers: ['127.0.0.1:1'], topics: { logs: 'l', heartbeats: 'h' } },
        inputs: { stdin: true },
        state_dir: join(dir, 'state'),
        heartbeat: { enabled: false },
        status: { listen: '127.0.0.1:0' },
      }),
      { sender: new FakeSender(), stdin: new PassThrough(), log: () => undefined },
    );
    try {
      const r = await cli(['status', '--url', agent.status().endpoints.status as string]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('kafka: ok');
      expect(r.out).toMatch(/stream\t0\t0\t0\t-\t0\tstdin/);
    } finally {
      await agent.stop();
    }
    expect((await cli(['status', '--url', 'http://127.0.0.1:1'])).err).toContain('no agent answering');
  });

  it('status sends the token of status.token_file from the configuration', async () => {
    const tokenFile = join(dir, 'status.token');
    await writeFile(tokenFile, 'status-token-0123456789abcdef\n', { mode: 0o600 });
    const file = join(dir, 'status-token.yaml');
    await writeFile(
      file,
      `kafka: { brokers: ["127.0.0.1:1"], topics: { logs: l, heartbeats: h } }
inputs: { stdin: true }
state_dir: ${join(dir, 'state-token')}
heartbeat: { enabled: false }
status: { listen: "127.0.0.1:0", token_file: ${tokenFile} }
`,
    );
    const agent = await startAgent(await loadAgentConfig(file), {
      sender: new FakeSender(),
      stdin: new PassThrough(),
      log: () => undefined,
    });
    try {
      const url = agent.status().endpoints.status as string;
      const refused = await cli(['status', '--url', url]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('answered 401');
      const r = await cli(['status', '-c', file, '--url', url]);
      expect(r.err).toBe('');
      expect(r.out).toContain('kafka: ok');
    } finally {
      await agent.stop();
    }
  });

  it('status never sends the token over plain HTTP to another host', async () => {
    const tokenFile = join(dir, 'status-clear.token');
    await writeFile(tokenFile, 'status-token-0123456789abcdef\n', { mode: 0o600 });
    const file = join(dir, 'status-clear.yaml');
    await writeFile(
      file,
      `kafka: { brokers: ["127.0.0.1:1"], topics: { logs: l, heartbeats: h } }
inputs: { stdin: true }
state_dir: ${join(dir, 'state-clear')}
status: { listen: "127.0.0.1:8686", token_file: ${tokenFile} }
`,
    );
    const r = await cli(['status', '-c', file, '--url', 'http://agent.invalid:8686']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--url: https:// or a loopback address');
  });

  it('bundles into one runnable file', async () => {
    const out = await buildAgentBundle(join(dir, 'logward-agent.mjs'));
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, [out, '--version'], { cwd: tmpdir() }).toString()).toMatch(
      /^\d+\.\d+\.\d+\n$/,
    );
  });
});
