import { RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/**
 * Where a channel's secret comes from: `create` makes a secret in this stack, holding a generated placeholder
 * until you put the URL into it after deploy; anything else is the complete ARN of an existing secret.
 */
export type ChannelSecretSource = 'create' | (string & {});

/** A complete Secrets Manager secret ARN (the one `describe-secret` prints, with its 6-character suffix). */
export const SECRET_ARN =
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+-[A-Za-z0-9]{6}$/;

/** Properties of the alert channels. */
export interface AlertChannelsProps {
  /**
   * Secret holding the Slack incoming-webhook URL as its plain secret string.
   * @default - no Slack channel
   */
  readonly slackWebhookSecret?: ChannelSecretSource;
  /**
   * Secret holding the generic webhook URL as its plain secret string.
   * @default - no webhook channel
   */
  readonly alertWebhookSecret?: ChannelSecretSource;
  /**
   * Secret holding the key every webhook request is signed with (HMAC-SHA256, `X-Logward-Signature`);
   * `create` generates a random 64-character one. Only with `alertWebhookSecret`.
   * @default 'create' when `alertWebhookSecret` is set
   */
  readonly alertWebhookSigningSecret?: ChannelSecretSource;
}

/** One webhook channel: its secret and the environment variable naming the secret's ARN. */
export interface WebhookChannel {
  /** Construct id of the secret, e.g. `SlackWebhookSecret`. */
  readonly id: string;
  /** What the secret holds, e.g. `Slack incoming webhook URL`. */
  readonly what: string;
  /** Environment variable naming the secret's ARN. */
  readonly envVar: string;
  /** The secret. */
  readonly secret: secretsmanager.ISecret;
  /** Whether this stack created it (its value must then be put after deploy). */
  readonly created: boolean;
}

/**
 * Alert channels beyond email: an SNS topic (SMS and mobile push subscribe to it) encrypted with its own
 * rotating KMS key, and one Secrets Manager secret per webhook channel (Slack, generic webhook), created
 * here or imported by ARN. Functions learn the topic and secret ARNs from `environment`; only the ones
 * passed to `grantSend` may publish and read the secrets.
 */
export class AlertChannels extends Construct {
  /** Topic for SMS and mobile push alerts (`ALERT_SNS_TOPIC_ARN`). */
  public readonly topic: sns.Topic;
  /** Environment naming the topic and the secrets' ARNs (never a URL). */
  public readonly environment: Record<string, string>;
  /** The webhook channels configured. */
  public readonly webhooks: WebhookChannel[] = [];
  /** The generic webhook's signing secret (`ALERT_WEBHOOK_SIGNING_SECRET_ARN`), with the webhook. */
  public readonly signingSecret?: { readonly secret: secretsmanager.ISecret; readonly created: boolean };
  private readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AlertChannelsProps = {}) {
    super(scope, id);
    this.key = new kms.Key(this, 'AlertTopicKey', {
      description: 'Logward alert topic (SMS and mobile push)',
      enableKeyRotation: true,
    });
    this.topic = new sns.Topic(this, 'AlertTopic', {
      displayName: 'Logward alerts',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.addWebhook(
      'SlackWebhookSecret',
      'SLACK_WEBHOOK_SECRET_ARN',
      'Slack incoming webhook URL',
      props.slackWebhookSecret,
    );
    this.addWebhook(
      'AlertWebhookSecret',
      'ALERT_WEBHOOK_SECRET_ARN',
      'alert webhook URL',
      props.alertWebhookSecret,
    );
    this.signingSecret = this.addSigningSecret(props);
    this.environment = {
      ALERT_SNS_TOPIC_ARN: this.topic.topicArn,
      ...Object.fromEntries(this.webhooks.map((webhook) => [webhook.envVar, webhook.secret.secretArn])),
      ...(this.signingSecret
        ? { ALERT_WEBHOOK_SIGNING_SECRET_ARN: this.signingSecret.secret.secretArn }
        : {}),
    };
  }

  /** Whether any webhook channel (which needs internet access) is configured. */
  public get hasWebhooks(): boolean {
    return this.webhooks.length > 0;
  }

  /** Lets `grantee` publish to the topic and read each channel secret, and nothing more. */
  public grantSend(grantee: iam.IGrantable): void {
    const principal = grantee.grantPrincipal;
    principal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.topic.topicArn] }),
    );
    // What publishing to a topic under a customer-managed key needs (SNS encrypts with a data key).
    principal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [this.key.keyArn],
      }),
    );
    if (this.webhooks.length > 0) {
      principal.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [
            ...this.webhooks.map((webhook) => webhook.secret.secretArn),
            ...(this.signingSecret ? [this.signingSecret.secret.secretArn] : []),
          ],
        }),
      );
    }
  }

  private addSigningSecret(
    props: AlertChannelsProps,
  ): { readonly secret: secretsmanager.ISecret; readonly created: boolean } | undefined {
    const source = props.alertWebhookSigningSecret;
    if (!props.alertWebhookSecret) {
      if (source)
        throw new Error(
          `${this.node.path}/AlertWebhookSigningSecret got ${JSON.stringify(source)} without alertWebhookSecret; ` +
            'set alertWebhookSecret too, or leave the signing secret out.',
        );
      return undefined;
    }
    if (source === undefined || source === '' || source === 'create') {
      const secret = new secretsmanager.Secret(this, 'AlertWebhookSigningSecret', {
        description:
          'Logward: the key alert webhook requests are signed with (HMAC-SHA256); give it to the receiver',
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        removalPolicy: RemovalPolicy.RETAIN,
      });
      acknowledge(secret, [
        {
          id: 'AwsSolutions-SMG4',
          reason:
            'The receiver holds the same key to verify signatures; a rotation Lambda cannot hand it the new one. ' +
            'Rotate by putting a new value and giving it to the receiver (the dispatcher reads it within 5 minutes).',
        },
      ]);
      return { secret, created: true };
    }
    this.checkArn('AlertWebhookSigningSecret', source);
    return {
      secret: secretsmanager.Secret.fromSecretCompleteArn(this, 'AlertWebhookSigningSecret', source),
      created: false,
    };
  }

  private checkArn(id: string, source: string): void {
    if (!Token.isUnresolved(source) && !SECRET_ARN.test(source)) {
      throw new Error(
        `${this.node.path}/${id} got ${JSON.stringify(source)}; use create, or the complete secret ARN ` +
          '(arn:aws:secretsmanager:<region>:<account>:secret:<name>-AbCdEf, from `aws secretsmanager describe-secret --query ARN`).',
      );
    }
  }

  private addWebhook(
    id: string,
    envVar: string,
    what: string,
    source: ChannelSecretSource | undefined,
  ): void {
    if (source === undefined || source === '') return;
    if (source === 'create') {
      // Created with a generated placeholder (CloudFormation needs a value); the operator puts the URL.
      const secret = new secretsmanager.Secret(this, id, {
        description: `Logward: ${what} (the whole secret string is the URL)`,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      acknowledge(secret, [
        {
          id: 'AwsSolutions-SMG4',
          reason:
            'The secret is a webhook URL issued by Slack or the receiving service; no rotation Lambda can mint a ' +
            'new one. Rotate by putting the new URL (aws secretsmanager put-secret-value).',
        },
      ]);
      this.webhooks.push({ id, what, envVar, secret, created: true });
      return;
    }
    this.checkArn(id, source);
    const secret = secretsmanager.Secret.fromSecretCompleteArn(this, id, source);
    this.webhooks.push({ id, what, envVar, secret, created: false });
  }
}
