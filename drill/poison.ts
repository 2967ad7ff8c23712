/**
 * Poison under load: hostile lines among 30,000 numbered ones, each of which used to fail its
 * whole batch on every retry (and so stall its partition) or take its record's neighbours with
 * it: deep JSON, a numeric time beyond any date, a 2 KB service, a message that makes a rule's
 * regex backtrack catastrophically, and a heartbeat with a 2 KB node id. Each poison line must
 * be indexed (flagged or not) or dead-lettered with its reason; the heartbeat recorded, or
 * refused with its reason in the heartbeats handler's log (node ids are API path keys, at most
 * 200 characters); every numbered line indexed once, and both consumer groups caught up.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { validateRule } from '#core/alerting/rules.ts';
import { encodeHeartbeat } from '#core/wire.ts';
import {
  AgentProcess,
  checkNumbered,
  type Drill,
  handlerLogs,
  indexedDocs,
  makeDir,
  pendingDeadLetters,
  startStack,
  waitForIndex,
  waitForLag,
} from './harness.ts';
import { NumberedWriter } from './writer.ts';

export const poison: Drill = {
  name: 'poison',
  what: 'deep JSON, a time of 1e300, a 2 KB service, a ReDoS regex rule and a 2 KB node id among 30,000 lines at 2,000/s',
  budgetSeconds: 240,
  async run(ctx) {
    const stack = await startStack('poison');
    const run = randomBytes(3).toString('hex');
    const marker = (kind: string) => `poisonx${kind}x${run}`;
    const path = join(await makeDir(join(stack.dir, 'logs')), 'app.log');
    const writer = new NumberedWriter(path, 'poison', 2000);
    const agent = await AgentProcess.configure(stack, [path]);
    const failures: string[] = [];
    const notes: string[] = [];
    const redos = 'a'.repeat(48);
    try {
      await stack.pipeline.alerting.stores.rules.put(
        validateRule({ id: 'drill-redos', name: 'ReDoS', match: { regex: '^(a|aa)+$' } }),
      );
      const depth = 20_000;
      const inFile = {
        deep: `{"level":"error","msg":"${marker('deep')}","a":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        time: `{"time":1e300,"level":"error","msg":"${marker('time')}"}`,
        // A rule's regex sees this message: with JavaScript's engine, ^(a|aa)+$ never finishes on it.
        redos: `${redos}!`,
      };
      agent.start();
      const writing = writer.run(30_000, () => Date.now() > ctx.deadline);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      writer.inject(Object.values(inFile));
      // Another producer's plain line names its own service (2 KB); a heartbeat names a 2 KB node.
      const producer = new Producer({
        clientId: 'drill-poison',
        bootstrapBrokers: stack.endpoints.kafkaBootstrap.split(','),
        serializers: stringSerializers,
      });
      const nodeId = `n${run}${'n'.repeat(2048)}`;
      try {
        await producer.send({
          messages: [
            {
              topic: stack.topics.logs,
              key: 'other-producer',
              value: JSON.stringify({
                service: `s${run}${'s'.repeat(2048)}`,
                level: 'error',
                msg: marker('service'),
              }),
            },
            {
              topic: stack.topics.heartbeats,
              key: nodeId,
              value: encodeHeartbeat({
                v: 1,
                type: 'agent',
                nodeId,
                host: 'drill-host',
                agentVersion: 'drill',
                configHash: 'drill',
                sentAt: Date.now(),
                uptimeSeconds: 1,
                seq: 1,
                intervalSeconds: 30,
                inputs: [],
                kafka: { bufferedBytes: 0, sendErrors: 0, consecutiveFailures: 0 },
                paused: false,
              }).toString('utf8'),
            },
          ],
        });
      } finally {
        await producer.close(true);
      }
      await writing;
      ctx.log(`    wrote ${writer.written.toLocaleString('en-US')} numbered lines and 5 poison ones`);
      await waitForIndex(stack.opensearch, stack.service, writer.written + 3, ctx.deadline);
      const logsLag = await waitForLag(stack, stack.groupId, stack.topics.logs, ctx.deadline);
      const heartbeatsLag = await waitForLag(
        stack,
        `${stack.groupId}-heartbeats`,
        stack.topics.heartbeats,
        ctx.deadline,
      );
      notes.push(`consumer lag at the end: logs ${logsLag}, heartbeats ${heartbeatsLag}`);
      if (logsLag !== 0) failures.push(`the logs consumer did not catch up (lag ${logsLag})`);
      if (heartbeatsLag !== 0)
        failures.push(`the heartbeats consumer did not catch up (lag ${heartbeatsLag})`);

      const letters = await pendingDeadLetters(stack);
      const deadReasons = letters.flatMap(({ letter }) =>
        letter.reasons.map((r) => ({ reason: r.reason, values: Object.values(letter.event.records).flat() })),
      );
      await stack.opensearch.indices.refresh({ index: 'logs-*' });
      for (const [kind, text] of Object.entries({
        ...{ deep: marker('deep'), time: marker('time') },
        service: marker('service'),
        redos,
      })) {
        const found = await stack.opensearch.search({
          index: 'logs-*',
          body: {
            size: 1,
            query: { match: { message: text } },
            _source: ['parse_failed', 'parse_error', 'service', 'flags'],
          },
        });
        const hit = found.body.hits.hits[0]?._source as Record<string, unknown> | undefined;
        if (hit !== undefined) {
          notes.push(
            `poison ${kind}: indexed (parse_failed ${hit.parse_failed}${hit.parse_error ? `, ${String(hit.parse_error).slice(0, 60)}` : ''})`,
          );
          continue;
        }
        const dead = deadReasons.find((d) =>
          d.values.some((r) => Buffer.from(r.value, 'base64').toString('utf8').includes(text.slice(0, 40))),
        );
        if (dead) notes.push(`poison ${kind}: dead-lettered (${dead.reason.slice(0, 80)})`);
        else failures.push(`poison ${kind}: neither indexed nor dead-lettered`);
      }
      const node = (await stack.pipeline.alerting.stores.nodes.list()).find((n) =>
        n.nodeId.startsWith(`n${run}`),
      );
      if (node)
        notes.push(
          `2 KB node id recorded as ${node.nodeId.slice(0, 12)}…${node.nodeId.slice(-17)} (${Buffer.byteLength(node.nodeId)} bytes)`,
        );
      else {
        const refused = (await handlerLogs(stack)).find(
          (l) => l.handler === 'heartbeats' && l.message === 'invalid heartbeat skipped',
        );
        if (refused) notes.push(`2 KB node id refused, logged with its reason: ${String(refused.reason)}`);
        else
          failures.push('the heartbeat with a 2 KB node id was neither recorded nor refused with its reason');
      }
      const redosAlert = (await stack.pipeline.alerting.stores.alerts.list()).some(
        (a) => a.labels.ruleId === 'drill-redos',
      );
      notes.push(`ReDoS rule evaluated on every line${redosAlert ? '' : ' (no line matched it)'}`);

      const check = checkNumbered(await indexedDocs(stack.opensearch, stack.service), writer.written);
      if (check.missing.length > 0) notes.push(`first missing line numbers: ${check.missing.join(', ')}`);
      return {
        written: writer.written,
        indexed: check.indexed,
        distinct: check.distinct,
        duplicates: check.duplicates,
        lost: check.lost,
        notes,
        failures,
      };
    } finally {
      writer.close();
      await agent.stop();
      await stack.close();
    }
  },
};
