import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { EngineConfig } from './config.ts';
import { fetchMavenArtifacts, installOnce, isInstalled } from './download.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { cachePath, installLogPath, statePaths } from './paths.ts';
import type { LaunchSpec } from './process.ts';
import { VERSIONS } from './versions.ts';

const MAIN_CLASS = 'software.amazon.dynamodb.services.local.main.ServerRunner';

/** Credentials DynamoDB Local accepts (it checks only that some are present). */
export const DUMMY_CREDENTIALS = { accessKeyId: 'logward', secretAccessKey: 'logward' } as const;

function installDir(config: EngineConfig): string {
  return cachePath(config, `dynamodb-local-${VERSIONS.dynamodbLocal}`);
}

function libDir(config: EngineConfig): string {
  return join(installDir(config), 'lib');
}

async function install(config: EngineConfig, log: LogLine): Promise<void> {
  await installOnce(installDir(config), (dir) =>
    fetchMavenArtifacts({
      artifacts: [
        { groupId: 'software.amazon.dynamodb', artifactId: 'DynamoDBLocal', version: VERSIONS.dynamodbLocal },
      ],
      cacheDir: config.cacheDir,
      workDir: join(dir, 'fetch'),
      outputDir: join(dir, 'lib'),
      // sqlite4java looks for libsqlite4java-linux-amd64.so, without a version suffix.
      stripVersion: true,
      logFile: installLogPath(config, 'dynamodb'),
      label: dynamodb.label,
      log,
    }),
  );
}

/**
 * In memory by default: tests want a clean slate and it is faster. LOGWARD_DYNAMODB_PERSIST=1 keeps
 * tables in <state>/dynamodb/data for a long-lived local stack. `-sharedDb` makes every access key and
 * region see the same tables, as one AWS account would.
 */
async function prepare(config: EngineConfig): Promise<LaunchSpec> {
  const { dir } = statePaths(config, 'dynamodb');
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const storage = config.dynamodbPersist ? ['-dbPath', dataDir] : ['-inMemory'];
  return {
    command: 'java',
    args: [
      '-Xmx512m',
      `-Djava.library.path=${libDir(config)}`,
      '-cp',
      `${libDir(config)}/*`,
      MAIN_CLASS,
      '-port',
      String(config.ports.dynamodb),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    cwd: dir,
  };
}

/** A real API call: ListTables with dummy credentials. */
async function isHealthy(url: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: DUMMY_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 2000, connectionTimeout: 1000 },
  });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

export const dynamodb: EngineDefinition = {
  name: 'dynamodb',
  label: `DynamoDB Local ${VERSIONS.dynamodbLocal}`,
  port: (config) => config.ports.dynamodb,
  otherPorts: () => [],
  isInstalled: (config) => isInstalled(installDir(config)),
  install,
  prepare,
  isHealthy,
};
