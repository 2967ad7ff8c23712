import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Consumer } from '@platformatic/kafka';
import type { EngineConfig } from './config.ts';
import { fetchMavenArtifacts, installOnce, isInstalled } from './download.ts';
import type { EngineDefinition, LogLine } from './engine.ts';
import { EngineStartError } from './errors.ts';
import { cachePath, installLogPath, statePaths } from './paths.ts';
import type { LaunchSpec } from './process.ts';
import { VERSIONS } from './versions.ts';

const MAIN_CLASS = 'kafka.Kafka';
const NODE_ID = 1;

function installDir(config: EngineConfig): string {
  return cachePath(config, `kafka-${VERSIONS.kafka}`);
}

function classpath(config: EngineConfig): string {
  return `${join(installDir(config), 'lib')}/*`;
}

async function install(config: EngineConfig, log: LogLine): Promise<void> {
  await installOnce(installDir(config), (dir) =>
    fetchMavenArtifacts({
      artifacts: [
        { groupId: 'org.apache.kafka', artifactId: 'kafka_2.13', version: VERSIONS.kafka },
        // Kafka 4 logs through SLF4J 1.7: this is log4j2's binding for that API.
        { groupId: 'org.apache.logging.log4j', artifactId: 'log4j-slf4j-impl', version: VERSIONS.log4j },
        { groupId: 'org.apache.logging.log4j', artifactId: 'log4j-core', version: VERSIONS.log4j },
      ],
      cacheDir: config.cacheDir,
      workDir: join(dir, 'fetch'),
      outputDir: join(dir, 'lib'),
      logFile: installLogPath(config, 'kafka'),
      label: kafka.label,
      log,
    }),
  );
}

/**
 * Single-node KRaft: one process is broker and controller, with a static controller quorum
 * (`controller.quorum.voters`), so changing the ports later needs no re-format.
 * Topics are not auto-created, as on MSK by default: callers create theirs.
 */
function serverProperties(config: EngineConfig, dataDir: string): string {
  const { kafka: port, kafkaController: controllerPort } = config.ports;
  return `${[
    'process.roles=broker,controller',
    `node.id=${NODE_ID}`,
    `controller.quorum.voters=${NODE_ID}@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=1',
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
  ].join('\n')}\n`;
}

const LOG4J2_PROPERTIES = `status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = org.apache.kafka
logger.kafka.level = WARN
logger.state.name = state.change.logger
logger.state.level = WARN
`;

/**
 * A random KRaft cluster id (16 bytes, base64url), never starting with '-': StorageTool would read
 * such an id as an option, as Kafka's own Uuid.randomUuid() also avoids.
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function formatStorage(config: EngineConfig, propertiesFile: string, dataDir: string, log: LogLine): void {
  if (existsSync(join(dataDir, 'meta.properties'))) return;
  const clusterId = newClusterId();
  log(`kafka: formatting KRaft storage in ${dataDir} (cluster id ${clusterId})`);
  const result = spawnSync(
    'java',
    ['-cp', classpath(config), 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propertiesFile],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new EngineStartError(
      `kafka: storage format failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
      { cause: result.error },
    );
  }
}

async function prepare(config: EngineConfig, log: LogLine): Promise<LaunchSpec> {
  const { dir } = statePaths(config, 'kafka');
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const propertiesFile = join(dir, 'server.properties');
  const log4jFile = join(dir, 'log4j2.properties');
  writeFileSync(propertiesFile, serverProperties(config, dataDir));
  writeFileSync(log4jFile, LOG4J2_PROPERTIES);
  formatStorage(config, propertiesFile, dataDir, log);
  return {
    command: 'java',
    args: [
      '-Xms512m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${log4jFile}`,
      '-cp',
      classpath(config),
      MAIN_CLASS,
      propertiesFile,
    ],
    cwd: dir,
  };
}

/**
 * Up once a consumer can join a group: the broker answers Metadata before its group coordinator has
 * loaded the offsets topic, and until it has, a JoinGroup is refused ("This is not the correct
 * coordinator"); a consumer started in that window spends its retries, and under load runs out of
 * them. A new group each time, which leaves as it goes, so no probe waits for an earlier one.
 */
async function isHealthy(bootstrap: string): Promise<boolean> {
  const consumer = new Consumer({
    clientId: 'logward-engine-health',
    groupId: `logward-engine-health-${randomUUID()}`,
    bootstrapBrokers: bootstrap.split(','),
    retries: 0,
    timeout: 2000,
  });
  try {
    await consumer.joinGroup({});
    return true;
  } catch {
    return false;
  } finally {
    await consumer.close().catch(() => {});
  }
}

export const kafka: EngineDefinition = {
  name: 'kafka',
  label: `Kafka ${VERSIONS.kafka}`,
  port: (config) => config.ports.kafka,
  otherPorts: (config) => [config.ports.kafkaController],
  isInstalled: (config) => isInstalled(installDir(config)),
  install,
  prepare,
  isHealthy,
};
