import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP, READER_GROUP } from '#lambdas/api/access.ts';
import { acknowledge } from '../nag.ts';

/**
 * The Cognito user pool people sign in to (the console will use it): no self sign-up, MFA
 * required, and two groups that are the API's roles for people, `logward-admin` and
 * `logward-reader`. API Gateway's Cognito authorizer verifies their ID tokens on `/people/…`.
 */
export class People extends Construct {
  public readonly userPool: cognito.UserPool;
  /** The app client of the console (public: no secret; SRP sign-in). */
  public readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
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
    this.client = this.userPool.addClient('Console', {
      generateSecret: false,
      authFlows: { userSrp: true },
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
