import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';

export interface OpenSearchSettings {
  /** Endpoint URL, e.g. `https://vpc-logs-xyz.eu-west-1.es.amazonaws.com` or `http://127.0.0.1:19200`. */
  readonly url: string;
  /** Sign requests with SigV4 (Amazon OpenSearch Service); requires `region`. */
  readonly sigv4Region?: string;
}

/** Reads the OpenSearch settings from the environment the Lambda or the local runtime sets. */
export function openSearchSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenSearchSettings {
  const url = env.OPENSEARCH_URL;
  if (!url) throw new Error('OPENSEARCH_URL is not set: expected the OpenSearch endpoint URL');
  const sigv4 = env.OPENSEARCH_AUTH === 'sigv4';
  const region = env.AWS_REGION;
  if (sigv4 && !region) throw new Error('OPENSEARCH_AUTH=sigv4 needs AWS_REGION');
  return sigv4 && region ? { url, sigv4Region: region } : { url };
}

export function createOpenSearchClient(settings: OpenSearchSettings): Client {
  if (settings.sigv4Region === undefined) return new Client({ node: settings.url });
  return new Client({
    node: settings.url,
    ...AwsSigv4Signer({ region: settings.sigv4Region, service: 'es', getCredentials: defaultProvider() }),
  });
}
