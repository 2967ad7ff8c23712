import { describe, expect, it } from 'vitest';
import { localTopology } from '#local/bootstrap.ts';
import { lambdaEnvironment } from '#local/pipeline.ts';

const endpoints = {
  kafkaBootstrap: '127.0.0.1:19092',
  opensearchUrl: 'http://127.0.0.1:19200',
  dynamodbUrl: 'http://127.0.0.1:18000',
  sesUrl: 'http://127.0.0.1:15005',
};

describe('lambdaEnvironment', () => {
  it('passes the parsing settings of the caller through to the ingest handler, as the stack does', () => {
    const parsers = '{"billing":{"format":"logfmt"},"netatalk":{"levels":{"note":"NOTICE"}}}';
    const env = lambdaEnvironment(endpoints, localTopology(), 'group', {
      LOGWARD_PARSERS: parsers,
      LOGWARD_DEFAULT_TIMEZONE: 'Europe/Paris',
      RETENTION_DAYS: '7',
      UNRELATED: 'x',
    });
    expect(env).toMatchObject({
      LOGWARD_PARSERS: parsers,
      LOGWARD_DEFAULT_TIMEZONE: 'Europe/Paris',
      RETENTION_DAYS: '7',
    });
    expect(env.UNRELATED).toBeUndefined();
  });

  it('leaves them unset when the caller has none', () => {
    const env = lambdaEnvironment(endpoints, localTopology(), 'group', {});
    expect(Object.keys(env)).not.toContain('LOGWARD_PARSERS');
  });
});
