import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { EngineConfigError } from './errors.ts';

/**
 * The processes the launcher runs. moto's one server plays DynamoDB, SES, S3, SNS and Secrets Manager;
 * in the LocalStack mode LocalStack's community runtime takes SES, S3, SNS, Secrets Manager and fronts
 * OpenSearch, and moto keeps DynamoDB.
 */
export type EngineName = 'kafka' | 'opensearch' | 'moto' | 'localstack';

/** All engines, in the order the CLI lists them. */
export const ENGINE_NAMES: readonly EngineName[] = ['kafka', 'opensearch', 'moto', 'localstack'];

/** Who serves the AWS APIs other than DynamoDB: moto's server (default) or LocalStack (LOGWARD_AWS). */
export type AwsMode = 'moto' | 'localstack';

const AWS_MODES: readonly AwsMode[] = ['moto', 'localstack'];

/**
 * What Logward talks to, each with an endpoint of its own: `ses` stands for the AWS APIs other than
 * DynamoDB (SES, S3, SNS, Secrets Manager), which one endpoint serves.
 */
export type ServiceName = 'kafka' | 'opensearch' | 'dynamodb' | 'ses';

export const SERVICE_NAMES: readonly ServiceName[] = ['kafka', 'opensearch', 'dynamodb', 'ses'];

export interface EnginePorts {
  readonly kafka: number;
  readonly kafkaController: number;
  readonly opensearch: number;
  readonly opensearchTransport: number;
  readonly moto: number;
  readonly localstack: number;
}

export interface EngineConfig {
  /** Downloads (jars, the OpenSearch zip, the moto venv). @default ~/.cache/logward (LOGWARD_CACHE_DIR) */
  readonly cacheDir: string;
  /** Runtime state: data, pid files, logs. @default <repo>/.logward (LOGWARD_STATE_DIR) */
  readonly stateDir: string;
  /** Every engine's log file. @default <stateDir>/logs */
  readonly logDir: string;
  /** Who serves SES, S3, SNS and Secrets Manager, and whether OpenSearch is reached through LocalStack. @default moto (LOGWARD_AWS) */
  readonly aws: AwsMode;
  /** Ports on 127.0.0.1. */
  readonly ports: EnginePorts;
  /** Services served elsewhere (Docker, LocalStack, AWS): name → endpoint. An engine that serves only those is not launched. */
  readonly external: Readonly<Partial<Record<ServiceName, string>>>;
  /** JVM heap of OpenSearch. @default 1g (LOGWARD_OPENSEARCH_HEAP) */
  readonly opensearchHeap: string;
  /** How long one engine may take to become healthy. @default 180000 (LOGWARD_ENGINE_START_TIMEOUT, seconds) */
  readonly startTimeoutMs: number;
  /** System user OpenSearch runs as when the launcher runs as root. @default logward (LOGWARD_ENGINE_USER) */
  readonly systemUser: string;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

const EXTERNAL_ENV: Record<ServiceName, string> = {
  kafka: 'LOGWARD_KAFKA_BOOTSTRAP',
  opensearch: 'LOGWARD_OPENSEARCH_URL',
  dynamodb: 'LOGWARD_DYNAMODB_URL',
  ses: 'LOGWARD_SES_URL',
};

/** Reads the launcher's configuration from environment variables, with defaults that avoid common ports. */
export function resolveEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const stateDir = resolve(env.LOGWARD_STATE_DIR || join(repoRoot, '.logward'));
  return {
    cacheDir: resolve(env.LOGWARD_CACHE_DIR || join(homedir(), '.cache', 'logward')),
    stateDir,
    logDir: join(stateDir, 'logs'),
    ports: {
      kafka: readPort(env, 'LOGWARD_KAFKA_PORT', 19092),
      kafkaController: readPort(env, 'LOGWARD_KAFKA_CONTROLLER_PORT', 19093),
      opensearch: readPort(env, 'LOGWARD_OPENSEARCH_PORT', 19200),
      opensearchTransport: readPort(env, 'LOGWARD_OPENSEARCH_TRANSPORT_PORT', 19300),
      // LOGWARD_SES_PORT: the name from when moto served only SES, still honoured.
      moto: readPort(env, 'LOGWARD_MOTO_PORT', readPort(env, 'LOGWARD_SES_PORT', 15005)),
      localstack: readPort(env, 'LOGWARD_LOCALSTACK_PORT', 14566),
    },
    aws: readAwsMode(env),
    external: readExternalEndpoints(env),
    opensearchHeap: readHeap(env, 'LOGWARD_OPENSEARCH_HEAP', '1g'),
    startTimeoutMs: readPositiveNumber(env, 'LOGWARD_ENGINE_START_TIMEOUT', 180) * 1000,
    systemUser: env.LOGWARD_ENGINE_USER || 'logward',
  };
}

const PORT_ENV: Record<EngineName, string> = {
  kafka: 'LOGWARD_KAFKA_PORT',
  opensearch: 'LOGWARD_OPENSEARCH_PORT',
  moto: 'LOGWARD_MOTO_PORT',
  localstack: 'LOGWARD_LOCALSTACK_PORT',
};

/** The environment variable that sets an engine's main port. */
export function portEnvVar(name: EngineName): string {
  return PORT_ENV[name];
}

/** The environment variable that points a service at an external endpoint. */
export function externalEnvVar(name: ServiceName): string {
  return EXTERNAL_ENV[name];
}

function readExternalEndpoints(env: NodeJS.ProcessEnv): Partial<Record<ServiceName, string>> {
  const external: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const value = env[EXTERNAL_ENV[name]]?.trim();
    if (value) external[name] = value;
  }
  return external;
}

function readPort(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EngineConfigError(`${key}=${JSON.stringify(raw)} is not a TCP port: use an integer 1-65535`);
  }
  return port;
}

function readAwsMode(env: NodeJS.ProcessEnv): AwsMode {
  const raw = env.LOGWARD_AWS?.trim() ?? '';
  if (raw === '') return 'moto';
  if ((AWS_MODES as readonly string[]).includes(raw)) return raw as AwsMode;
  throw new EngineConfigError(
    `LOGWARD_AWS=${JSON.stringify(raw)} is not a mode: use ${AWS_MODES.join(' or ')}`,
  );
}

function readPositiveNumber(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new EngineConfigError(`${key}=${JSON.stringify(raw)} is not a positive number of seconds`);
  }
  return value;
}

function readHeap(env: NodeJS.ProcessEnv, key: string, fallback: string): string {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[mg]$/i.test(raw)) {
    throw new EngineConfigError(`${key}=${JSON.stringify(raw)} is not a JVM heap size: use e.g. 512m or 1g`);
  }
  return raw;
}
