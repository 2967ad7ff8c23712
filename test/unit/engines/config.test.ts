import { describe, expect, it } from 'vitest';
import {
  EngineConfigError,
  endpointsFor,
  enginesToLaunch,
  resolveEngineConfig,
} from '#local/engines/index.ts';

describe('resolveEngineConfig', () => {
  it('defaults to uncommon ports on 127.0.0.1, moto for DynamoDB and the other AWS APIs, a 1g OpenSearch heap', () => {
    const config = resolveEngineConfig({ HOME: '/home/dev' });
    expect(config.ports).toEqual({
      kafka: 19092,
      kafkaController: 19093,
      opensearch: 19200,
      opensearchTransport: 19300,
      moto: 15005,
      localstack: 14566,
    });
    expect(config.opensearchHeap).toBe('1g');
    expect(config.startTimeoutMs).toBe(180_000);
    expect(config.stateDir.endsWith('/.logward')).toBe(true);
    expect(config.logDir).toBe(`${config.stateDir}/logs`);
    expect(endpointsFor(config)).toEqual({
      kafkaBootstrap: '127.0.0.1:19092',
      opensearchUrl: 'http://127.0.0.1:19200',
      dynamodbUrl: 'http://127.0.0.1:15005',
      sesUrl: 'http://127.0.0.1:15005',
    });
    expect(enginesToLaunch(config)).toEqual(['kafka', 'opensearch', 'moto']);
  });

  it("takes moto's port from LOGWARD_MOTO_PORT, or from LOGWARD_SES_PORT, its former name", () => {
    expect(resolveEngineConfig({ LOGWARD_SES_PORT: '25005' }).ports.moto).toBe(25005);
    expect(resolveEngineConfig({ LOGWARD_MOTO_PORT: '26005', LOGWARD_SES_PORT: '25005' }).ports.moto).toBe(
      26005,
    );
  });

  it('reads dirs, ports and options from the environment', () => {
    const config = resolveEngineConfig({
      LOGWARD_CACHE_DIR: '/ci/cache',
      LOGWARD_STATE_DIR: '/ci/state',
      LOGWARD_KAFKA_PORT: '29092',
      LOGWARD_MOTO_PORT: '25005',
      LOGWARD_OPENSEARCH_HEAP: '512m',
      LOGWARD_ENGINE_START_TIMEOUT: '30',
    });
    expect(config.cacheDir).toBe('/ci/cache');
    expect(config.stateDir).toBe('/ci/state');
    expect(config.logDir).toBe('/ci/state/logs');
    expect(config.ports.kafka).toBe(29092);
    expect(config.opensearchHeap).toBe('512m');
    expect(config.startTimeoutMs).toBe(30_000);
    expect(endpointsFor(config).sesUrl).toBe('http://127.0.0.1:25005');
    expect(endpointsFor(config).dynamodbUrl).toBe('http://127.0.0.1:25005');
  });

  it('uses external endpoints instead of local engines when they are set', () => {
    const config = resolveEngineConfig({
      LOGWARD_KAFKA_BOOTSTRAP: 'broker:9092',
      LOGWARD_OPENSEARCH_URL: 'http://localhost:4566/opensearch',
      LOGWARD_DYNAMODB_URL: 'http://localhost:4566',
      LOGWARD_SES_URL: 'http://localhost:4566',
    });
    expect(config.external).toEqual({
      kafka: 'broker:9092',
      opensearch: 'http://localhost:4566/opensearch',
      dynamodb: 'http://localhost:4566',
      ses: 'http://localhost:4566',
    });
    expect(endpointsFor(config)).toEqual({
      kafkaBootstrap: 'broker:9092',
      opensearchUrl: 'http://localhost:4566/opensearch',
      dynamodbUrl: 'http://localhost:4566',
      sesUrl: 'http://localhost:4566',
    });
    expect(enginesToLaunch(config)).toEqual([]);
  });

  it('still launches moto while one of the services it plays is not external', () => {
    const dynamodbElsewhere = resolveEngineConfig({ LOGWARD_DYNAMODB_URL: 'http://127.0.0.1:8000' });
    expect(enginesToLaunch(dynamodbElsewhere)).toEqual(['kafka', 'opensearch', 'moto']);
    expect(endpointsFor(dynamodbElsewhere)).toMatchObject({
      dynamodbUrl: 'http://127.0.0.1:8000',
      sesUrl: 'http://127.0.0.1:15005',
    });
    const sesElsewhere = resolveEngineConfig({ LOGWARD_SES_URL: 'http://127.0.0.1:4566' });
    expect(enginesToLaunch(sesElsewhere, ['moto'])).toEqual(['moto']);
  });

  it('in the LocalStack mode, LocalStack serves the AWS APIs and fronts OpenSearch; moto keeps DynamoDB', () => {
    const config = resolveEngineConfig({ LOGWARD_AWS: 'localstack' });
    expect(config.aws).toBe('localstack');
    expect(enginesToLaunch(config)).toEqual(['kafka', 'opensearch', 'moto', 'localstack']);
    expect(endpointsFor(config)).toEqual({
      kafkaBootstrap: '127.0.0.1:19092',
      opensearchUrl: 'http://127.0.0.1:14566/opensearch/us-east-1/logward',
      dynamodbUrl: 'http://127.0.0.1:15005',
      sesUrl: 'http://127.0.0.1:14566',
    });
    const elsewhere = resolveEngineConfig({
      LOGWARD_AWS: 'localstack',
      LOGWARD_DYNAMODB_URL: 'http://127.0.0.1:8000',
      LOGWARD_OPENSEARCH_URL: 'http://127.0.0.1:9200',
    });
    expect(enginesToLaunch(elsewhere)).toEqual(['kafka', 'localstack']);
    expect(resolveEngineConfig({}).aws).toBe('moto');
    expect(enginesToLaunch(resolveEngineConfig({}))).not.toContain('localstack');
  });

  it('rejects invalid values with the value received and how to fix it', () => {
    expect(() => resolveEngineConfig({ LOGWARD_KAFKA_PORT: '70000' })).toThrowError(
      new EngineConfigError('LOGWARD_KAFKA_PORT="70000" is not a TCP port: use an integer 1-65535'),
    );
    expect(() => resolveEngineConfig({ LOGWARD_MOTO_PORT: 'x' })).toThrowError(EngineConfigError);
    expect(() => resolveEngineConfig({ LOGWARD_AWS: 'docker' })).toThrowError(
      new EngineConfigError('LOGWARD_AWS="docker" is not a mode: use moto or localstack'),
    );
    expect(() => resolveEngineConfig({ LOGWARD_OPENSEARCH_HEAP: '1 GB' })).toThrowError(
      /is not a JVM heap size: use e.g. 512m or 1g/,
    );
  });
});
