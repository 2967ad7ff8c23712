/** The API's access model in the template: one authorization type per resource tree (lambdas/api/access.ts). */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nagFindings, resourcesOf, synth } from './support.ts';

const s = synth();

/** Every API method as `VERB /path`, with what guards it. */
function methodTable(template = s.template) {
  const resources = resourcesOf(template, 'AWS::ApiGateway::Resource');
  const pathOf = (ref: unknown): string => {
    const id = (ref as { Ref?: string }).Ref;
    const resource = id === undefined ? undefined : resources[id];
    if (!resource) return '';
    const { ParentId, PathPart } = resource.Properties as { ParentId: unknown; PathPart: string };
    return `${pathOf(ParentId)}/${PathPart}`;
  };
  return Object.values(resourcesOf(template, 'AWS::ApiGateway::Method'))
    .map(({ Properties: p = {} }) => ({
      method: `${p.HttpMethod as string} ${pathOf(p.ResourceId) || '/'}`,
      authorization: p.AuthorizationType,
      apiKey: p.ApiKeyRequired === true,
      authorizer: p.AuthorizerId === undefined ? undefined : 'cognito',
    }))
    .sort((a, b) => a.method.localeCompare(b.method));
}

describe('API access: one authorization type per tree', () => {
  it('guards each method as the access model says, and nothing else is exposed', () => {
    expect(methodTable()).toEqual([
      { method: 'ANY /iam/{proxy+}', authorization: 'AWS_IAM', apiKey: false, authorizer: undefined },
      {
        method: 'ANY /people/{proxy+}',
        authorization: 'COGNITO_USER_POOLS',
        apiKey: false,
        authorizer: 'cognito',
      },
      { method: 'GET /{proxy+}', authorization: 'NONE', apiKey: true, authorizer: undefined },
      { method: 'GET /health', authorization: 'NONE', apiKey: false, authorizer: undefined },
      // The console's CORS preflights: API Gateway's mock answers, headers only, on every resource.
      ...['/', '/{proxy+}', '/health', '/iam', '/iam/{proxy+}', '/people', '/people/{proxy+}'].map(
        (path) => ({
          method: `OPTIONS ${path}`,
          authorization: 'NONE',
          apiKey: false,
          authorizer: undefined,
        }),
      ),
    ]);
    const preflights = Object.values(resourcesOf(s.template, 'AWS::ApiGateway::Method')).filter(
      (method) => method.Properties?.HttpMethod === 'OPTIONS',
    );
    expect(
      preflights.map((method) => (method.Properties?.Integration as { Type?: string } | undefined)?.Type),
    ).toEqual(Array(7).fill('MOCK'));
  });

  it('verifies people with the user pool, whose groups are the roles, MFA required, no self sign-up', () => {
    s.template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^PeopleUserPool'), 'Arn'] }],
    });
    s.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
    for (const group of ['logward-admin', 'logward-reader']) {
      s.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
    }
    s.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
    });
    s.template.hasOutput('UserPoolId', Match.anyValue());
    s.template.hasOutput('UserPoolClientId', Match.anyValue());
  });

  it('offers a managed policy that lets IAM principals invoke exactly the /iam tree', () => {
    s.template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'execute-api:Invoke',
            Resource: {
              'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/\\*/iam/\\*$')])],
            },
          },
        ],
      },
    });
    s.template.hasOutput('ApiAdminPolicyArn', Match.anyValue());
  });

  it('throttles GET /health on its own method', () => {
    s.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          ResourcePath: '/~1health',
          HttpMethod: 'GET',
          ThrottlingRateLimit: 10,
          ThrottlingBurstLimit: 20,
        }),
      ]),
    });
  });

  it('names the principal in every access log line', () => {
    const [stage] = Object.values(resourcesOf(s.template, 'AWS::ApiGateway::Stage'));
    const setting = stage?.Properties?.AccessLogSetting as { Format: string } | undefined;
    const format = JSON.parse(setting?.Format ?? '{}') as Record<string, string>;
    expect(format).toMatchObject({
      userArn: '$context.identity.userArn',
      caller: '$context.identity.caller',
      apiKeyId: '$context.identity.apiKeyId',
      cognitoSub: '$context.authorizer.claims.sub',
      principalId: '$context.authorizer.principalId',
      status: '$context.status',
    });
  });
});

describe('least privilege: what an API key reaches runs under a role that only reads', () => {
  const functions = resourcesOf(s.template, 'AWS::Lambda::Function');
  const functionId = (prefix: string) => {
    const id = Object.keys(functions).find((name) => name.startsWith(prefix));
    if (id === undefined) throw new Error(`no function ${prefix}`);
    return id;
  };
  const reader = functionId('ApiApiReaderFunction');
  const admin = functionId('ApiApiHandlerFunction');

  /** Which function each method's proxy integration invokes. */
  function integrations(): Record<string, string> {
    const resources = resourcesOf(s.template, 'AWS::ApiGateway::Resource');
    const pathOf = (ref: unknown): string => {
      const resource = resources[(ref as { Ref?: string }).Ref ?? ''];
      if (!resource) return '';
      const { ParentId, PathPart } = resource.Properties as { ParentId: unknown; PathPart: string };
      return `${pathOf(ParentId)}/${PathPart}`;
    };
    return Object.fromEntries(
      Object.values(resourcesOf(s.template, 'AWS::ApiGateway::Method'))
        .filter(({ Properties: p = {} }) => p.HttpMethod !== 'OPTIONS')
        .map(({ Properties: p = {} }) => {
          const uri = JSON.stringify((p.Integration as { Uri?: unknown } | undefined)?.Uri);
          const target = [reader, admin].find((id) => uri.includes(`"${id}"`)) ?? 'none';
          return [`${p.HttpMethod as string} ${pathOf(p.ResourceId)}`, target];
        }),
    );
  }

  /** Every action of a function's role, with the resources of each statement. */
  function actionsOf(fnId: string): Array<{ action: string; resource: string }> {
    const getAtt = functions[fnId]?.Properties?.Role as { 'Fn::GetAtt': [string, string] } | undefined;
    const role = getAtt?.['Fn::GetAtt'][0];
    return Object.values(resourcesOf(s.template, 'AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties?.Roles).includes(`"${role}"`))
      .flatMap(
        (policy) =>
          (policy.Properties?.PolicyDocument as { Statement: Record<string, unknown>[] } | undefined)
            ?.Statement ?? [],
      )
      .flatMap((statement) =>
        [statement.Action].flat().map((action) => ({
          action: String(action),
          resource: JSON.stringify(statement.Resource),
        })),
      );
  }

  it('sends the API-key tree and /health to the reader, the IAM and Cognito trees to the api function', () => {
    expect(integrations()).toEqual({
      'GET /{proxy+}': reader,
      'GET /health': reader,
      'ANY /iam/{proxy+}': admin,
      'ANY /people/{proxy+}': admin,
    });
  });

  it("gives the reader's role reads only: item reads, OpenSearch GET/HEAD, and POST to the log indices' _search", () => {
    const actions = actionsOf(reader);
    const names = [...new Set(actions.map((a) => a.action))].sort();
    expect(names).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
      'dynamodb:GetItem',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:Query',
      'dynamodb:Scan',
      'es:ESHttpGet',
      'es:ESHttpHead',
      'es:ESHttpPost',
    ]);
    for (const { resource } of actions.filter((a) => a.action === 'es:ESHttpPost')) {
      expect(resource).toMatch(/"\/logs-\*\/_search"\]\]\}$/);
    }
    // The api function of the other trees keeps its writes: the split is what takes them from the reader.
    expect(actionsOf(admin).map((a) => a.action)).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:DeleteItem', 'es:ESHttpPost', 'es:ESHttpPut']),
    );
  });
});

describe('optional WAF', () => {
  it('is absent by default', () => {
    s.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
  });

  it('puts a rate-based rule per IP on the stage when logward:wafRateLimit is set', () => {
    const withWaf = synth({ 'logward:wafRateLimit': 1000 });
    withWaf.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP', EvaluationWindowSec: 300 },
          },
        }),
      ],
    });
    withWaf.template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: Match.anyValue(),
      WebACLArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('WebAcl'), 'Arn'] },
    });
    expect(nagFindings(withWaf.app)).toEqual([]);
  });

  it.each([5, 'many', 2.5])('refuses wafRateLimit %j, naming the key', (value) => {
    expect(() => synth({ 'logward:wafRateLimit': value })).toThrow(/logward:wafRateLimit/);
  });
});
