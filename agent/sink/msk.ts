import type { GetBootstrapBrokersCommandOutput } from '@aws-sdk/client-kafka';
import type { SASLOptions } from '@platformatic/kafka';
import type { KafkaConfig } from '../config/types.ts';

export class MskSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MskSetupError';
  }
}

/**
 * Broker discovery from an MSK cluster ARN (GetBootstrapBrokers), choosing the endpoint that
 * matches the auth mode: IAM (9098), SCRAM (9096), TLS (9094) or plaintext (9092).
 */
export async function resolveMskBrokers(config: KafkaConfig, clusterArn: string): Promise<string[]> {
  // Loaded on demand: the AWS SDK is only needed when brokers come from an ARN.
  const { KafkaClient, GetBootstrapBrokersCommand } = commonJsExports(await import('@aws-sdk/client-kafka'));
  const client = new KafkaClient({ region: config.region });
  let out: GetBootstrapBrokersCommandOutput;
  try {
    out = await client.send(new GetBootstrapBrokersCommand({ ClusterArn: clusterArn }));
  } catch (error) {
    throw new MskSetupError(`cannot get the brokers of ${clusterArn}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    client.destroy();
  }
  const preferred =
    config.sasl?.mechanism === 'aws-msk-iam'
      ? out.BootstrapBrokerStringSaslIam
      : config.sasl?.mechanism === 'scram-sha-512'
        ? out.BootstrapBrokerStringSaslScram
        : config.tls
          ? out.BootstrapBrokerStringTls
          : out.BootstrapBrokerString;
  if (!preferred) {
    throw new MskSetupError(
      `MSK cluster ${clusterArn} has no broker endpoint for the configured auth (kafka.sasl / kafka.tls)`,
    );
  }
  return preferred.split(',');
}

/** SASL/OAUTHBEARER with a fresh token from aws-msk-iam-sasl-signer-js at every (re)authentication. */
export function mskIamSasl(region: string): SASLOptions {
  return {
    mechanism: 'OAUTHBEARER',
    token: async () => {
      const { generateAuthToken } = commonJsExports(await import('aws-msk-iam-sasl-signer-js'));
      return (await generateAuthToken({ region })).token;
    },
  };
}

/**
 * A package imported on demand: its named exports, which the agent bundle's chunk of a CommonJS
 * package holds under `default` (its `module.exports`), and Node's own import holds at the top.
 */
function commonJsExports<T extends object>(imported: T): T {
  const exports = (imported as { default?: unknown }).default;
  return typeof exports === 'object' && exports !== null ? (exports as T) : imported;
}
