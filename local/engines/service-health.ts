import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ListIdentitiesCommand, SESClient } from '@aws-sdk/client-ses';
import { LOCAL_AWS } from '../local-aws.ts';
import type { ServiceName } from './config.ts';
import { ENGINES } from './registry.ts';

const QUICK = { maxAttempts: 1, requestHandler: { requestTimeout: 2000, connectionTimeout: 1000 } } as const;

/**
 * A real API call against a service's endpoint, whoever serves it (a launched engine, Docker,
 * LocalStack): DynamoDB ListTables, SES ListIdentities, or the Kafka / OpenSearch engine's own check.
 */
export async function isServiceHealthy(service: ServiceName, endpoint: string): Promise<boolean> {
  switch (service) {
    case 'kafka':
    case 'opensearch':
      return ENGINES[service].isHealthy(endpoint);
    case 'dynamodb':
      return answers(() => {
        const client = new DynamoDBClient({ ...LOCAL_AWS, ...QUICK, endpoint });
        return client.send(new ListTablesCommand({ Limit: 1 })).finally(() => client.destroy());
      });
    case 'ses':
      return answers(() => {
        const client = new SESClient({ ...LOCAL_AWS, ...QUICK, endpoint });
        return client.send(new ListIdentitiesCommand({ MaxItems: 1 })).finally(() => client.destroy());
      });
  }
}

async function answers(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}
