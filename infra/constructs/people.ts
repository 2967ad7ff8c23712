import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP, READER_GROUP } from '#lambdas/api/access.ts';
import { acknowledge } from '../nag.ts';

/** Properties of the people's user pool. */
export interface PeopleProps {
  /** The console's URL: where the hosted UI sends people back after signing in or out. */
  readonly consoleUrl: string;
  /**
   * Prefix of the hosted UI's domain, `<prefix>.auth.<region>.amazoncognito.com`, unique in the region.
   * @default `logward-<account id>`
   */
  readonly domainPrefix?: string;
}

/**
 * The Cognito user pool people sign in to: no self sign-up, MFA required, and two groups that are
 * the API's roles for people, `logward-admin` and `logward-reader`. API Gateway's Cognito
 * authorizer verifies their ID tokens on `/people/…`. The console signs people in through the
 * pool's hosted UI with the authorization code flow and PKCE (console/src/auth-cognito.ts).
 */
export class People extends Construct {
  public readonly userPool: cognito.UserPool;
  /** The app client of the console (public: no secret; hosted UI code flow with PKCE, or SRP). */
  public readonly client: cognito.UserPoolClient;
  /** The hosted UI's domain. */
  public readonly domain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: PeopleProps) {
    super(scope, id);
    const prefix = props.domainPrefix;
    if (prefix !== undefined && !isDomainPrefix(prefix)) {
      throw new Error(
        `${this.node.path}: domainPrefix got ${JSON.stringify(prefix)}; use ${DOMAIN_PREFIX_RULE}.`,
      );
    }
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // People and their MFA devices: losing them to a stack deletion locks everyone out.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: prefix ?? `logward-${Stack.of(this).account}` },
    });
    this.client = this.userPool.addClient('Console', {
      generateSecret: false,
      authFlows: { userSrp: true },
      // The code flow only (no implicit grant, whose tokens travel in URLs); the console sends a PKCE challenge.
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
        callbackUrls: [props.consoleUrl],
        logoutUrls: [props.consoleUrl],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
    });
    for (const [group, description] of [
      [ADMIN_GROUP, 'Logward admins: read, and change rules, silences, acknowledgements and nodes'],
      [READER_GROUP, 'Logward readers: read logs, summaries, nodes, alerts, rules and silences'],
    ] as const) {
      new cognito.CfnUserPoolGroup(this, group, {
        userPoolId: this.userPool.userPoolId,
        groupName: group,
        description,
      });
    }
    acknowledge(this.userPool, [
      ...['AwsSolutions-COG3', 'AwsSolutions-COG8'].map((id) => ({
        id,
        reason:
          'Threat protection (the Plus feature plan) is billed per active user; the pool has no self sign-up, ' +
          'MFA is required and passwords are long, so it is left to the operator to turn on.',
      })),
    ]);
  }
}

/** What Cognito accepts as a domain prefix. */
export const DOMAIN_PREFIX_RULE =
  "1 to 63 lowercase letters, digits and inner hyphens, without 'aws', 'amazon' or 'cognito'";

/** Whether Cognito accepts `prefix` as a domain prefix (DOMAIN_PREFIX_RULE). */
export function isDomainPrefix(prefix: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) && !/aws|amazon|cognito/.test(prefix);
}
