import { readFileSync } from 'node:fs';
import { DaemonSet } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, ServiceAccount } from 'kubernetes-models/v1';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseAgentConfig } from '#agent/index.ts';

const MANIFEST = new URL('../../../agent/deploy/kubernetes/logward-agent.yaml', import.meta.url);
const MODELS = { Namespace, ServiceAccount, ConfigMap, DaemonSet } as const;

function manifest(): Array<Record<string, unknown> & { kind: keyof typeof MODELS }> {
  return parseAllDocuments(readFileSync(MANIFEST, 'utf8')).map((doc) => {
    if (doc.errors.length > 0) throw doc.errors[0];
    return doc.toJS() as Record<string, unknown> & { kind: keyof typeof MODELS };
  });
}

function byKind<K extends keyof typeof MODELS>(kind: K): InstanceType<(typeof MODELS)[K]> {
  const found = manifest().find((resource) => resource.kind === kind);
  if (!found) throw new Error(`no ${kind} in the manifest`);
  return new MODELS[kind](found as never) as InstanceType<(typeof MODELS)[K]>;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the Kubernetes DaemonSet manifest', () => {
  it('validates against the Kubernetes schema, resource by resource', () => {
    const resources = manifest();
    expect(resources.map((resource) => resource.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ConfigMap',
      'DaemonSet',
    ]);
    for (const resource of resources) {
      const Model = MODELS[resource.kind];
      expect(() => new Model(resource as never).validate(), resource.kind).not.toThrow();
    }
  });

  it('the schema check is real: a wrong field type is refused', () => {
    const daemonSet = manifest().find((resource) => resource.kind === 'DaemonSet') as unknown as {
      spec: { template: { spec: { containers: Array<Record<string, unknown>> } } };
    };
    const container = daemonSet.spec.template.spec.containers[0];
    if (container) container.args = 'run';
    expect(() => new DaemonSet(daemonSet as never).validate()).toThrow(/args/);
  });

  it('mounts the pod logs read-only and keeps the state on the node', () => {
    const spec = byKind('DaemonSet').spec?.template.spec;
    const volumes = Object.fromEntries((spec?.volumes ?? []).map((v) => [v.name, v]));
    expect(volumes['pod-logs']?.hostPath).toEqual({ path: '/var/log/pods', type: 'Directory' });
    expect(volumes.state?.hostPath).toEqual({ path: '/var/lib/logward-agent', type: 'DirectoryOrCreate' });
    const mounts = spec?.containers[0]?.volumeMounts ?? [];
    expect(mounts.find((m) => m.name === 'pod-logs')).toMatchObject({
      mountPath: '/var/log/pods',
      readOnly: true,
    });
  });

  it('grants no API access and no privilege beyond reading files', () => {
    const daemonSet = byKind('DaemonSet');
    expect(byKind('ServiceAccount').automountServiceAccountToken).toBe(false);
    expect(manifest().some((resource) => /Role/.test(resource.kind))).toBe(false);
    const security = daemonSet.spec?.template.spec?.containers[0]?.securityContext;
    expect(security).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'], add: ['DAC_READ_SEARCH'] },
    });
  });

  it('sizes memory from the measured figures: a request over idle, a limit over full speed', () => {
    const resources = byKind('DaemonSet').spec?.template.spec?.containers[0]?.resources;
    expect(resources?.requests?.memory).toBe('96Mi');
    expect(resources?.limits?.memory).toBe('256Mi');
  });

  it("carries an agent configuration the agent accepts, with the node's name as node id", () => {
    vi.stubEnv('NODE_NAME', 'ip-10-0-1-23.eu-west-1.compute.internal');
    const config = parseAgentConfig(
      parseAllDocuments(byKind('ConfigMap').data?.['agent.yaml'] ?? '')[0]?.toJS(),
    );
    expect(config.nodeId).toBe('ip-10-0-1-23.eu-west-1.compute.internal');
    expect(config.inputs.files).toMatchObject([{ kubernetes: true, paths: ['/var/log/pods/*/*/*.log'] }]);
  });

  it('refuses an *_env key that names an unset variable, naming the key', () => {
    vi.stubEnv('NODE_NAME', undefined);
    const yaml = byKind('ConfigMap').data?.['agent.yaml'] ?? '';
    expect(() => parseAgentConfig(parseAllDocuments(yaml)[0]?.toJS())).toThrow(
      /host_env: expected the name of a set environment variable \(NODE_NAME is unset\)/,
    );
  });
});
