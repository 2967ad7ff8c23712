import { createServer } from 'node:net';
import { join } from 'node:path';
import { type EngineConfig, resolveEngineConfig } from './config.ts';

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The configuration of a private Kafka, OpenSearch or moto from the same launcher: free ports and a
 * state folder under `dir`, so a test or drill may stop it without disturbing the shared engines.
 */
export async function privateEngineConfig(
  name: 'kafka' | 'opensearch' | 'moto',
  dir: string,
): Promise<EngineConfig> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOGWARD_STATE_DIR: join(dir, 'engines') };
  if (name === 'kafka') {
    env.LOGWARD_KAFKA_PORT = String(await freePort());
    env.LOGWARD_KAFKA_CONTROLLER_PORT = String(await freePort());
    delete env.LOGWARD_KAFKA_BOOTSTRAP;
  } else if (name === 'moto') {
    env.LOGWARD_MOTO_PORT = String(await freePort());
    delete env.LOGWARD_SES_PORT;
    delete env.LOGWARD_DYNAMODB_URL;
    delete env.LOGWARD_SES_URL;
  } else {
    env.LOGWARD_OPENSEARCH_PORT = String(await freePort());
    env.LOGWARD_OPENSEARCH_TRANSPORT_PORT = String(await freePort());
    env.LOGWARD_OPENSEARCH_HEAP = env.LOGWARD_OPENSEARCH_HEAP ?? '512m';
    delete env.LOGWARD_OPENSEARCH_URL;
  }
  return resolveEngineConfig(env);
}
