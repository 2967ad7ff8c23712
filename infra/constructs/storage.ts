import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

import { TABLES, TTL_ATTRIBUTE } from '#core/tables.ts';
import type { TableKey } from './function.ts';

/** Properties of the storage stage. */
export interface StorageProps {
  /**
   * What happens to the tables when they leave the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * DynamoDB tables as defined in core/tables.ts, all on-demand with point-in-time recovery, AWS-managed encryption and TTL on `expiresAt`:
 * `nodes` (pk `nodeId`), `counters` (pk `pk`, sk `sk`), `alerts` (pk `pk`, sk `sk`; alert state and outbox), `patterns` (pk `pk`, sk `sk`; the pattern registry).
 */
export class Storage extends Construct {
  /** One item per agent node: liveness state. */
  public readonly nodes: dynamodb.Table;
  /** Per-bucket counters (summaries). */
  public readonly counters: dynamodb.Table;
  /** Alert state, rules and outbox. */
  public readonly alerts: dynamodb.Table;
  /** The pattern registry. */
  public readonly patterns: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.nodes = this.table('Nodes', 'nodes', removalPolicy);
    this.counters = this.table('Counters', 'counters', removalPolicy);
    this.alerts = this.table('Alerts', 'alerts', removalPolicy);
    this.patterns = this.table('Patterns', 'patterns', removalPolicy);
  }

  /** Environment variables naming the tables (`NODES_TABLE`, … from core/tables.ts), for the Lambdas. */
  public get environment(): Record<string, string> {
    return Object.fromEntries(this.all().map(([key, table]) => [TABLES[key].envVar, table.tableName]));
  }

  /** Grants item reads and writes on the given tables (and nothing else). */
  public grantReadWrite(grantee: iam.IGrantable, tables: readonly TableKey[]): void {
    for (const [key, table] of this.all()) if (tables.includes(key)) table.grantReadWriteData(grantee);
  }

  /** Grants item reads on the given tables (and nothing else). */
  public grantRead(grantee: iam.IGrantable, tables: readonly TableKey[]): void {
    for (const [key, table] of this.all()) if (tables.includes(key)) table.grantReadData(grantee);
  }

  private all(): [TableKey, dynamodb.Table][] {
    return [
      ['nodes', this.nodes],
      ['counters', this.counters],
      ['alerts', this.alerts],
      ['patterns', this.patterns],
    ];
  }

  private table(id: string, key: TableKey, removalPolicy: RemovalPolicy): dynamodb.Table {
    const definition: { partitionKey: string; sortKey?: string } = TABLES[key];
    const attribute = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    return new dynamodb.Table(this, id, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: definition.sortKey ? attribute(definition.sortKey) : undefined,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // Enabled on every table; items without the attribute (e.g. nodes) simply never expire.
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
  }
}
