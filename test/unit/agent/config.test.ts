import { describe, expect, it } from 'vitest';
import { parseAgentConfig } from '#agent/index.ts';

const minimal = {
  kafka: { brokers: ['127.0.0.1:19092'], topics: { logs: 'logs', heartbeats: 'heartbeats' } },
  inputs: {
    files: [{ paths: ['/var/log/app/*.log'], service: 'payments', tags: { env: 'prod' }, start_at: 'end' }],
  },
  state_dir: '/var/lib/logward-agent',
};

function errorOf(input: unknown): string {
  try {
    parseAgentConfig(input);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}

describe('parseAgentConfig', () => {
  it('fills defaults for the minimal config', () => {
    const c = parseAgentConfig(minimal);
    expect(c.kafka).toMatchObject({
      compression: 'zstd',
      wireFormat: 'v2',
      lingerMs: 20,
      batchMaxBytes: 1_000_000,
      recordMaxBytes: 500_000,
      maxInFlight: 2,
      topics: { logs: 'logs' },
    });
    expect(c.inputs.files[0]).toEqual({
      paths: ['/var/log/app/*.log'],
      exclude: [],
      service: 'payments',
      tags: { env: 'prod' },
      startAt: 'end',
      // Files join stack traces by default; `multiline: false` turns it off.
      multiline: { mode: 'auto', startPattern: undefined, maxLines: 500, maxBytes: 262144, timeoutMs: 1000 },
      maxLineBytes: 65536,
      followSymlinks: false,
    });
    expect(c.status).toEqual({ host: '127.0.0.1', port: 8686 });
    expect(c.heartbeat).toEqual({ enabled: true, intervalMs: 30000 });
  });

  it('refuses a host or node id the ingest side would refuse, naming the key', () => {
    const rule =
      'expected a name of 1 to 200 characters without control or format characters (such as U+202E)';
    expect(errorOf({ ...minimal, host: 'web-1\nweb-2' })).toBe(
      `AgentConfigError: host: ${rule}, got string "web-1\\nweb-2"`,
    );
    expect(errorOf({ ...minimal, host: 'h'.repeat(201) })).toMatch(`AgentConfigError: host: ${rule}, got`);
    expect(errorOf({ ...minimal, node_id: 'node\u00001' })).toMatch(
      `AgentConfigError: node_id: ${rule}, got`,
    );
    // A format character: U+202E shows web-1\u202Egpj.exe as web-1exe.jpg.
    expect(errorOf({ ...minimal, host: 'web-1\u202Egpj.exe' })).toBe(
      `AgentConfigError: host: ${rule}, got string "web-1\\u202egpj.exe"`,
    );
    expect(errorOf({ ...minimal, node_id: 'node\u200B1' })).toMatch(
      `AgentConfigError: node_id: ${rule}, got`,
    );
    // The node id defaults to the host, checked as the node id too.
    expect(parseAgentConfig({ ...minimal, host: 'ホスト-1' })).toMatchObject({
      host: 'ホスト-1',
      nodeId: 'ホスト-1',
    });
  });

  it("refuses an input's service or tags the ingest side would refuse, naming the key", () => {
    const files = (input: object) => ({
      ...minimal,
      inputs: { files: [{ paths: ['/var/log/a.log'], ...input }] },
    });
    expect(errorOf(files({ service: 'pay\nments' }))).toMatch(
      'AgentConfigError: inputs.files[0].service: expected a name of 1 to 200 characters without control or format characters (such as U+202E)',
    );
    expect(errorOf({ ...minimal, inputs: { stdin: { tags: { big: 't'.repeat(4096) } } } })).toBe(
      'AgentConfigError: inputs.stdin.tags: expected tags of at most 4096 bytes as JSON, got string "4106 bytes"',
    );
    expect(
      parseAgentConfig(files({ tags: { big: 't'.repeat(4080) } })).inputs.files[0]?.tags.big,
    ).toHaveLength(4080);
  });

  it('turns multiline off for a file input that says multiline: false, and keeps stdin without it', () => {
    const c = parseAgentConfig({
      ...minimal,
      inputs: { files: [{ paths: ['/var/log/a.log'], multiline: false }], stdin: true },
    });
    expect(c.inputs.files[0]?.multiline).toBeUndefined();
    expect(c.inputs.stdin?.multiline).toBeUndefined();
  });

  it.each([
    [
      { ...minimal, kafka: { ...minimal.kafka, brokers: [] } },
      'kafka.brokers: expected a non-empty list of strings',
    ],
    [
      { ...minimal, kafka: { ...minimal.kafka, brokers: ['nohost'] } },
      'kafka.brokers[0]: expected host:port (e.g. b-1.mycluster.kafka.eu-west-1.amazonaws.com:9098)',
    ],
    [
      { ...minimal, kafka: { ...minimal.kafka, compression: 'brotli' } },
      'kafka.compression: expected one of none, gzip',
    ],
    [
      { ...minimal, kafka: { ...minimal.kafka, wire_format: 'v3' } },
      'kafka.wire_format: expected one of v1, v2',
    ],
    [{ ...minimal, state_dir: 3 }, 'state_dir: expected a non-empty string, got number 3'],
    [
      { ...minimal, inputs: { files: [{ paths: ['relative/*.log'] }] } },
      'inputs.files[0].paths[0]: expected an absolute path',
    ],
    [
      { ...minimal, inputs: { files: [{ paths: ['/a'], start_at: 'middle' }] } },
      'inputs.files[0].start_at: expected one of beginning, end',
    ],
    [
      { ...minimal, inputs: { files: [{ paths: ['/a'], multiline: { start_pattern: '(' } }] } },
      'inputs.files[0].multiline.start_pattern: expected a valid regular expression',
    ],
    [{ ...minimal, inputs: {} }, 'inputs: expected at least one of files, kubernetes, stdin or http'],
    [{ ...minimal, kafak: {} }, 'kafak: expected one of the known keys'],
    [
      { ...minimal, limits: { max_line_bytes: 10 } },
      'limits.max_line_bytes: expected an integer from 256 to',
    ],
    [
      {
        ...minimal,
        kafka: { ...minimal.kafka, record_max_bytes: 60_000 },
        limits: { max_line_bytes: 65_536 },
      },
      'limits.max_line_bytes: expected at most 10000: a sixth of kafka.record_max_bytes (60000)',
    ],
    [
      {
        ...minimal,
        kafka: { ...minimal.kafka, record_max_bytes: 500_000 },
        inputs: { files: [{ paths: ['/a'], max_line_bytes: 100_000 }] },
      },
      'inputs.files[0].max_line_bytes: expected at most 83333: a sixth of kafka.record_max_bytes (500000)',
    ],
    [
      { ...minimal, kafka: { ...minimal.kafka, batch_max_bytes: 100_000, record_max_bytes: 200_000 } },
      'kafka.record_max_bytes: expected an integer from 4096 to 100000',
    ],
    [
      { ...minimal, inputs: { http: { listen: '0.0.0.0:8687' } } },
      'inputs.http.listen: expected a loopback address (127.0.0.1, ::1 or localhost); set inputs.http.allow_remote: true',
    ],
    [
      { ...minimal, inputs: { http: { listen: '10.0.0.5:8687', allow_remote: true } } },
      'inputs.http.allowed_hosts: expected the host names remote callers put in the Host header',
    ],
    [
      { ...minimal, inputs: { http: { token_file: 'token' } } },
      'inputs.http.token_file: expected an absolute path',
    ],
    [
      { ...minimal, status: { listen: '0.0.0.0:8686' } },
      'status.token_file: expected a token file when status.listen is not a loopback address (0.0.0.0)',
    ],
    [
      { ...minimal, status: { listen: '127.0.0.1:8686', token_file: 'status.token' } },
      'status.token_file: expected an absolute path',
    ],
    [
      { ...minimal, status: { listen: '0.0.0.0:8686', token_file: '/etc/logward-agent/status.token' } },
      'status.tls: expected {cert_file, key_file} when status.listen is not a loopback address',
    ],
    [
      {
        ...minimal,
        inputs: {
          http: {
            listen: '0.0.0.0:8687',
            allow_remote: true,
            allowed_hosts: ['logs.example.com'],
            token_file: '/etc/logward-agent/http.token',
          },
        },
      },
      'inputs.http.tls: expected {cert_file, key_file} when inputs.http.listen is not a loopback address',
    ],
    [
      { ...minimal, status: { tls: { cert_file: 'agent.pem', key_file: '/etc/agent.key' } } },
      'status.tls.cert_file: expected an absolute path',
    ],
    [
      { ...minimal, status: { tls: { cert_file: '/etc/agent.pem' } } },
      'status.tls.key_file: expected a non-empty string',
    ],
    [
      { ...minimal, inputs: { http: { tls: { cert_file: '/a', key_file: '/b', ca_file: '/c' } } } },
      'inputs.http.tls',
    ],
    [
      { ...minimal, kafka: { ...minimal.kafka, max_in_flight: 6 } },
      'kafka.max_in_flight: expected an integer from 1 to 5',
    ],
    [
      { ...minimal, inputs: { http: { max_concurrent_requests: 0 } } },
      'inputs.http.max_concurrent_requests: expected an integer from 1 to 4096',
    ],
    [
      { ...minimal, inputs: { files: [{ paths: ['/a'], follow_symlinks: 'yes' }] } },
      'inputs.files[0].follow_symlinks: expected true or false',
    ],
  ])('names the key and what was expected (%#)', (input, message) => {
    expect(errorOf(input)).toContain(`AgentConfigError: ${message}`);
  });

  it('sizes records so that at least two fill a batch, and lines so that one fits a record', () => {
    const small = parseAgentConfig({ ...minimal, kafka: { ...minimal.kafka, batch_max_bytes: 60_000 } });
    expect(small.kafka).toMatchObject({ batchMaxBytes: 60_000, recordMaxBytes: 30_000 });
    // JSON escaping can grow a line sixfold; the 64 KiB default line limit shrinks to fit.
    expect(small.inputs.files[0]?.maxLineBytes).toBe(5_000);
    // An explicit line limit gets records large enough for it, as long as the batch allows.
    const explicit = parseAgentConfig({
      ...minimal,
      kafka: { ...minimal.kafka, batch_max_bytes: 700_000 },
      limits: { max_line_bytes: 65_536 },
    });
    expect(explicit.kafka.recordMaxBytes).toBe(393_216);
    expect(explicit.inputs.files[0]?.maxLineBytes).toBe(65_536);
    // So does one input's, and the other inputs keep the default.
    const perInput = parseAgentConfig({
      ...minimal,
      inputs: { files: [{ paths: ['/a'] }, { paths: ['/b'], max_line_bytes: 100_000 }] },
    });
    expect(perInput.kafka.recordMaxBytes).toBe(600_000);
    expect(perInput.inputs.files.map((f) => f.maxLineBytes)).toEqual([65_536, 100_000]);
    const large = parseAgentConfig({ ...minimal, kafka: { ...minimal.kafka, batch_max_bytes: 8_000_000 } });
    expect(large.kafka.recordMaxBytes).toBe(524_288);
    expect(large.inputs.files[0]?.maxLineBytes).toBe(65_536);
  });

  it('parses every input kind, multiline, redaction, auth', () => {
    const c = parseAgentConfig({
      ...minimal,
      kafka: {
        ...minimal.kafka,
        tls: true,
        sasl: { mechanism: 'scram-sha-512', username: 'u', password: 'p' },
      },
      inputs: {
        files: [{ paths: ['/a/*.log'], multiline: 'java', start_at: 'beginning' }],
        stdin: { service: 'cron' },
        http: { listen: '127.0.0.1:0' },
      },
      redaction: { emails: true, patterns: ['secret=\\w+'] },
      status: false,
    });
    expect(c.inputs.files[0]?.multiline).toEqual({
      mode: 'java',
      startPattern: undefined,
      maxLines: 500,
      maxBytes: 262144,
      timeoutMs: 1000,
    });
    expect(c.inputs.stdin?.service).toBe('cron');
    expect(c.inputs.http).toMatchObject({
      host: '127.0.0.1',
      port: 0,
      maxBodyBytes: 1048576,
      allowRemote: false,
      allowedHosts: [],
      tokenFile: '/var/lib/logward-agent/http.token',
      tokenFileDefault: true,
      maxConcurrentRequests: 32,
    });
    const remote = parseAgentConfig({
      ...minimal,
      inputs: {
        http: {
          listen: '0.0.0.0:8687',
          allow_remote: true,
          allowed_hosts: ['Logs.Example.com'],
          token_file: '/etc/logward-agent/http.token',
          tls: { cert_file: '/etc/logward-agent/agent.pem', key_file: '/etc/logward-agent/agent.key' },
        },
      },
    });
    expect(remote.inputs.http).toMatchObject({
      host: '0.0.0.0',
      allowRemote: true,
      allowedHosts: ['logs.example.com'],
      tokenFile: '/etc/logward-agent/http.token',
      tokenFileDefault: false,
      tls: { certFile: '/etc/logward-agent/agent.pem', keyFile: '/etc/logward-agent/agent.key' },
    });
    expect(c.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'u', password: 'p' });
    expect(c.redaction?.patterns[0]?.replacement).toBe('[REDACTED]');
    expect(c.status).toBeUndefined();
    expect(
      parseAgentConfig({
        ...minimal,
        status: {
          listen: '0.0.0.0:8686',
          token_file: '/etc/logward-agent/status.token',
          allow_plaintext: true,
        },
      }).status,
    ).toEqual({ host: '0.0.0.0', port: 8686, tokenFile: '/etc/logward-agent/status.token' });
    expect(
      parseAgentConfig({
        ...minimal,
        status: {
          listen: '0.0.0.0:8686',
          token_file: '/etc/logward-agent/status.token',
          tls: { cert_file: '/etc/logward-agent/agent.pem', key_file: '/etc/logward-agent/agent.key' },
        },
      }).status,
    ).toEqual({
      host: '0.0.0.0',
      port: 8686,
      tokenFile: '/etc/logward-agent/status.token',
      tls: { certFile: '/etc/logward-agent/agent.pem', keyFile: '/etc/logward-agent/agent.key' },
    });
  });
});
