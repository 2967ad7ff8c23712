/** The web console in AWS: S3 behind CloudFront with OAC, security headers, config.json, Cognito's hosted UI. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../infra/config.ts';
import { Console } from '../../infra/constructs/console.ts';
import { CONSOLE_FIXTURE, logicalId, PRIVATE_SSE_S3_BUCKET, resourcesOf, synth } from './support.ts';

const s = synth();
const distributionId = logicalId(s.stack.console.distribution.node.defaultChild as never);
const bucketId = logicalId(s.stack.console.bucket.node.defaultChild as never);
const logBucketId = logicalId(s.stack.console.logBucket.node.defaultChild as never);
const domainName = { 'Fn::GetAtt': [distributionId, 'DomainName'] };
const consoleUrl = { 'Fn::Join': ['', ['https://', domainName, '/']] };

/** `{Ref}` or `{Logical.Attr}` for a token of the template. */
function tokenText(token: unknown): string {
  const { Ref, 'Fn::GetAtt': getAtt } = token as { Ref?: string; 'Fn::GetAtt'?: string[] };
  return `{${Ref ?? getAtt?.join('.')}}`;
}

/** The config.json the deployment uploads, as staged in the cloud assembly (markers for deploy-time values). */
function configJson(): string {
  const dir = s.app.synth().directory;
  const staged = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'config.json')));
  expect(staged).toHaveLength(1);
  return readFileSync(join(dir, staged[0] ?? '', 'config.json'), 'utf8');
}

/** The response headers policy's CSP, its tokens written as `{Ref}` / `{Logical.Attr}`. */
function contentSecurityPolicy(): string {
  const [policy] = Object.values(resourcesOf(s.template, 'AWS::CloudFront::ResponseHeadersPolicy'));
  const config = policy?.Properties?.ResponseHeadersPolicyConfig as {
    SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } };
  };
  const join = config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy as {
    'Fn::Join': [string, unknown[]];
  };
  return join['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : tokenText(part))).join('');
}

describe('console hosting', () => {
  it('keeps the files in a private, encrypted, versioned bucket with access logs, TLS only', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      ...PRIVATE_SSE_S3_BUCKET,
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logBucketId }, LogFilePrefix: 's3/' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets only this distribution read the files, through origin access control', () => {
    s.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: {
              StringEquals: {
                'AWS:SourceArn': Match.objectLike({
                  'Fn::Join': ['', Match.arrayWith([{ Ref: distributionId }])],
                }),
              },
            },
          }),
        ]),
      },
    });
    s.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: [
          Match.objectLike({
            OriginAccessControlId: Match.anyValue(),
            S3OriginConfig: { OriginAccessIdentity: '' },
          }),
        ],
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD'],
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
        Logging: { Bucket: { 'Fn::GetAtt': [logBucketId, 'RegionalDomainName'] }, Prefix: 'cloudfront/' },
      }),
    });
  });

  it('answers with a CSP that allows only its own files, the API and the sign-in domain, and no framing', () => {
    const apiId = logicalId(s.stack.api.restApi.node.defaultChild as never);
    const domainId = logicalId(s.stack.people.domain.node.defaultChild as never);
    expect(contentSecurityPolicy()).toBe(
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self' https://{${apiId}}.execute-api.{AWS::Region}.{AWS::URLSuffix} ` +
          `https://{${domainId}}.auth.{AWS::Region}.amazoncognito.com`,
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    s.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Override: true,
          },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
        }),
      }),
    });
  });

  it('uploads the build and a config.json naming the /people tree and the hosted UI, then invalidates', () => {
    const [deployment] = Object.values(resourcesOf(s.template, 'Custom::CDKBucketDeployment'));
    const props = deployment?.Properties ?? {};
    expect(props.DestinationBucketName).toEqual({ Ref: bucketId });
    expect(props.DistributionPaths).toEqual(['/*']);
    expect(props.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    // Source.jsonData: the file holds markers the deployment replaces with these deploy-time values.
    const markers: Record<string, unknown> = Object.assign({}, ...(props.SourceMarkers as object[]));
    const filled = configJson().replace(/<<marker:0xbaba:\d+>>/g, (marker) => tokenText(markers[marker]));
    expect(JSON.parse(filled)).toEqual({
      apiBase: `https://{${logicalId(s.stack.api.restApi.node.defaultChild as never)}}.execute-api.{AWS::Region}.{AWS::URLSuffix}/{${logicalId(s.stack.api.restApi.deploymentStage.node.defaultChild as never)}}/people`,
      auth: {
        kind: 'cognito',
        domain: `https://{${logicalId(s.stack.people.domain.node.defaultChild as never)}}.auth.{AWS::Region}.amazoncognito.com`,
        clientId: `{${logicalId(s.stack.people.client.node.defaultChild as never)}}`,
        redirectUri: `https://{${distributionId}.DomainName}/`,
      },
    });
    s.template.hasOutput('ConsoleUrl', { Value: consoleUrl });
  });
});

describe('sign-in with the hosted UI', () => {
  it('gives the user pool a domain, logward-<account> unless configured', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['logward-', { Ref: 'AWS::AccountId' }]] },
    });
    synth({ 'logward:signInDomainPrefix': 'acme-logs' }).template.hasResourceProperties(
      'AWS::Cognito::UserPoolDomain',
      { Domain: 'acme-logs' },
    );
  });

  it.each(['Acme', 'my-aws-logs', '-logs', 'x'.repeat(64)])(
    'refuses the domain prefix %j, naming the key',
    (prefix) => {
      expect(() => synth({ 'logward:signInDomainPrefix': prefix })).toThrow(ConfigError);
      expect(() => synth({ 'logward:signInDomainPrefix': prefix })).toThrow(/logward:signInDomainPrefix/);
    },
  );

  it('the console client: code flow only, no secret, back to the console', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [consoleUrl],
      LogoutURLs: [consoleUrl],
      SupportedIdentityProviders: ['COGNITO'],
    });
  });
});

describe('Console construct', () => {
  it('refuses to synthesize unpublished: a console without config.json cannot load', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    new Console(stack, 'Console', { logRetention: logs.RetentionDays.ONE_MONTH, builtDir: CONSOLE_FIXTURE });
    expect(() => app.synth()).toThrow(/The console was never published/);
  });
});
