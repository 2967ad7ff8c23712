import { marshall } from '@aws-sdk/util-dynamodb';
import { Annotations, CfnOutput, type Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { RecipientPolicy } from '#core/alerting/recipients.ts';
import { DEFAULT_RULES } from '#core/alerting/rules.ts';
import { ruleItem } from '#lambdas/adapters/dynamodb/rule-store.ts';
import { AlertChannels, type ChannelSecretSource } from './alert-channels.ts';
import { type FunctionAccess, type FunctionDefaults, LogwardFunction } from './function.ts';
import { ScheduledFunction } from './schedule.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DOMAIN = /^(?!-)[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

/** Properties of the alerting stage. */
export interface AlertingProps {
  /**
   * SES identity alerts are sent from: a domain (`example.com`, DKIM records are output) or an email address
   * (SES sends it a verification link).
   * @default - no identity; alert emails cannot be sent (synth warning)
   */
  readonly senderIdentity?: string;
  /**
   * Default recipients of alert emails (in the SES sandbox they must be verified too).
   * @default - none
   */
  readonly recipients?: readonly string[];
  /**
   * Secret holding the Slack incoming-webhook URL: `create`, or an existing secret's complete ARN.
   * @default - no Slack channel
   */
  readonly slackWebhookSecret?: ChannelSecretSource;
  /**
   * Secret holding the generic alert webhook URL: `create`, or an existing secret's complete ARN.
   * @default - no webhook channel
   */
  readonly alertWebhookSecret?: ChannelSecretSource;
  /**
   * The key webhook requests are signed with: `create` (a random one), or an existing secret's ARN.
   * @default 'create' when `alertWebhookSecret` is set
   */
  readonly alertWebhookSigningSecret?: ChannelSecretSource;
  /**
   * Whom rules may mail (core/alerting/recipients.ts): addresses in these domains, the named groups
   * (group name → addresses), and the default `recipients`. Passed as `ALERT_RECIPIENT_DOMAINS` and
   * `ALERT_RECIPIENT_GROUPS` to the functions that validate rules (API) and send (dispatcher).
   * @default - rules name no recipients and mail the defaults
   */
  readonly recipientPolicy?: Pick<RecipientPolicy, 'domains' | 'groups'>;
  /**
   * Settings shared by every Logward Lambda.
   * @default - no functions (the LocalStack profile): `addFunction` throws
   */
  readonly functions?: FunctionDefaults;
}

/** An alerting Lambda. */
export interface AlertFunctionOptions {
  /** Handler entry file, e.g. `heartbeat-monitor.ts`. */
  readonly entry: string;
  /**
   * Run it on this schedule (EventBridge rate); without it the function is only created.
   * @default - not scheduled
   */
  readonly rate?: Duration;
  /**
   * Timeout.
   * @default - 50 s when scheduled every minute, else 30 s
   */
  readonly timeout?: Duration;
  /**
   * Tables and search access.
   * @default { tables: ['nodes', 'alerts', 'counters'] }
   */
  readonly access?: FunctionAccess;
  /**
   * It delivers alerts: may send from the SES identity, publish to the alert topic and read the webhook
   * secrets. Functions that only decide *which* channels an alert goes to need none of that.
   * @default false
   */
  readonly sends?: boolean;
  /**
   * More environment variables, e.g. the API URL alert mails link to (`LOGWARD_API_URL`).
   * @default - the alert environment only
   */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * The alerting stage: the SES sender identity, the other channels (SNS topic, webhook secrets), the alert
 * environment (`ALERT_EMAIL_FROM`, `ALERT_EMAIL_TO`, `ALERT_SNS_TOPIC_ARN`, `*_WEBHOOK_SECRET_ARN`) and the
 * alerting Lambdas, scheduled or not; only those marked `sends` may deliver.
 */
export class Alerting extends Construct {
  /** The SES identity, when a sender was configured. */
  public readonly identity?: ses.EmailIdentity;
  /** SNS topic and webhook secrets. */
  public readonly channels: AlertChannels;
  /**
   * Environment variables for every function that sends alerts or picks their default channels (read by
   * lambdas/alerting/dependencies.ts): addresses, the topic ARN and secret ARNs, never a webhook URL.
   */
  public readonly environment: Record<string, string>;

  private readonly props: AlertingProps;

  constructor(scope: Construct, id: string, props: AlertingProps) {
    super(scope, id);
    this.props = props;
    const sender = props.senderIdentity;
    for (const recipient of props.recipients ?? []) {
      if (!EMAIL.test(recipient)) {
        throw new Error(
          `${this.node.path}: recipient got ${recipient}; use email addresses like oncall@example.com.`,
        );
      }
    }
    let from: string | undefined;
    if (sender === undefined || sender === '') {
      Annotations.of(this).addWarningV2(
        'logward:alerting:noSender',
        'No SES sender identity: alert emails cannot be sent. Pass -c logward:senderIdentity=example.com (or an email).',
      );
    } else if (EMAIL.test(sender)) {
      this.identity = new ses.EmailIdentity(this, 'Identity', { identity: ses.Identity.email(sender) });
      from = sender;
    } else if (DOMAIN.test(sender)) {
      const identity = new ses.EmailIdentity(this, 'Identity', { identity: ses.Identity.domain(sender) });
      this.identity = identity;
      from = `logward-alerts@${sender}`;
      [
        [identity.dkimDnsTokenName1, identity.dkimDnsTokenValue1],
        [identity.dkimDnsTokenName2, identity.dkimDnsTokenValue2],
        [identity.dkimDnsTokenName3, identity.dkimDnsTokenValue3],
      ].forEach(([name, value], index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, {
          description: `CNAME to add to ${sender}'s DNS for SES DKIM`,
          value: `${name} CNAME ${value}`,
        });
      });
    } else {
      throw new Error(
        `${this.node.path}: senderIdentity got ${JSON.stringify(sender)}; use a domain (example.com) or an email (alerts@example.com).`,
      );
    }
    this.channels = new AlertChannels(this, 'Channels', {
      slackWebhookSecret: props.slackWebhookSecret,
      alertWebhookSecret: props.alertWebhookSecret,
      alertWebhookSigningSecret: props.alertWebhookSigningSecret,
    });
    const allowed = props.recipientPolicy;
    this.environment = {
      ...(from ? { ALERT_EMAIL_FROM: from } : {}),
      ...(props.recipients?.length ? { ALERT_EMAIL_TO: props.recipients.join(',') } : {}),
      ...(allowed?.domains.length ? { ALERT_RECIPIENT_DOMAINS: allowed.domains.join(',') } : {}),
      ...(allowed && Object.keys(allowed.groups).length
        ? { ALERT_RECIPIENT_GROUPS: JSON.stringify(allowed.groups) }
        : {}),
      ...this.channels.environment,
    };
  }

  /**
   * Lets `grantee` deliver alerts: send email from the sender identity (when there is one), publish to the
   * alert topic, read the webhook secrets.
   */
  public grantSend(grantee: iam.IGrantable): void {
    this.identity?.grantSendEmail(grantee);
    this.channels.grantSend(grantee);
  }

  /** Adds an alerting Lambda (scheduled when `rate` is given) with the alert environment; `sends` lets it deliver. */
  public addFunction(id: string, options: AlertFunctionOptions): NodejsFunction {
    const { functions } = this.props;
    if (!functions)
      throw new Error(`${this.node.path}/${id}: this alerting stage was built without functions.`);
    const common = {
      ...functions,
      entry: options.entry,
      description: `Logward: ${options.entry}`,
      extraEnvironment: { ...this.environment, ...options.environment },
      // The monitor reads last-seen times and the dispatcher takes rate-limit units from the counters table.
      access: options.access ?? { tables: ['nodes', 'alerts', 'counters'] },
    } as const;
    const fn = options.rate
      ? new ScheduledFunction(this, id, { ...common, rate: options.rate, timeout: options.timeout }).function
      : new LogwardFunction(this, id, { ...common, timeout: options.timeout }).function;
    if (options.sends) this.grantSend(fn);
    return fn;
  }

  /**
   * Creates the default rules (ERROR and FATAL alert, `DEFAULT_RULES` in core/alerting/rules.ts) in the
   * alerts table when the stack is deployed: a conditional put per rule, so a rule a user changed is never
   * overwritten, and one deleted comes back on the next deploy (disable a rule to turn it off).
   */
  public createDefaultRules(alertsTable: dynamodb.ITable): void {
    for (const rule of DEFAULT_RULES) {
      const put: cr.AwsSdkCall = {
        service: 'DynamoDB',
        action: 'putItem',
        parameters: {
          TableName: alertsTable.tableName,
          Item: marshall(ruleItem(rule), { removeUndefinedValues: true }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
        physicalResourceId: cr.PhysicalResourceId.of(`default-rule-${rule.id}`),
        ignoreErrorCodesMatching: 'ConditionalCheckFailedException',
      };
      new cr.AwsCustomResource(this, `DefaultRule-${rule.id}`, {
        onCreate: put,
        onUpdate: put,
        policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [alertsTable.tableArn] }),
        installLatestAwsSdk: false,
      });
    }
  }
}
