import type { SASLOptions } from '@platformatic/kafka';
import type { KafkaConfig } from '../config/types.ts';

export class MskSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MskSetupError';
  }
}

/** Loads an optional dependency by name, so installs without MSK extras still run. */
async function optionalImport<T>(name: string, purpose: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    throw new MskSetupError(`${purpose} needs the package ${name}: npm install --save-exact ${name}`, {
      cause: error,
    });
  }
}

interface KafkaSdk {
  KafkaClient: new (o: {
    region?: string;
  }) => { send(c: unknown): Promise<Record<string, string | undefined>> };
  GetBootstrapBrokersCommand: new (i: { ClusterArn: string }) => unknown;
}

/** Broker discovery from an MSK cluster ARN, preferring the endpoint that matches the auth mode. */
export async function resolveMskBrokers(config: KafkaConfig, clusterArn: string): Promise<string[]> {
  const sdk = await optionalImport<KafkaSdk>('@aws-sdk/client-kafka', 'kafka.msk_cluster_arn');
  const client = new sdk.KafkaClient({ region: config.region });
  const out = await client.send(new sdk.GetBootstrapBrokersCommand({ ClusterArn: clusterArn }));
  const preferred =
    config.sasl?.mechanism === 'aws-msk-iam'
      ? out.BootstrapBrokerStringSaslIam
      : config.sasl?.mechanism === 'scram-sha-512'
        ? out.BootstrapBrokerStringSaslScram
        : config.tls
          ? out.BootstrapBrokerStringTls
          : out.BootstrapBrokerString;
  if (!preferred)
    throw new MskSetupError(`MSK cluster ${clusterArn} has no broker endpoint for the configured auth`);
  return preferred.split(',');
}

interface SignerModule {
  generateAuthToken(o: { region: string }): Promise<{ token: string; expiryTime: number }>;
}

/** SASL/OAUTHBEARER with a token from aws-msk-iam-sasl-signer-js (MSK IAM auth). */
export async function mskIamSasl(region: string): Promise<SASLOptions> {
  const signer = await optionalImport<SignerModule>(
    'aws-msk-iam-sasl-signer-js',
    'kafka.sasl.mechanism aws-msk-iam',
  );
  return {
    mechanism: 'OAUTHBEARER',
    token: async () => (await signer.generateAuthToken({ region })).token,
  };
}
