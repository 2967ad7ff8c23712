import type { AgentStatus } from '../status.ts';

function esc(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Prometheus text exposition of the agent's status. */
export function renderMetrics(s: AgentStatus): string {
  const out: string[] = [];
  const metric = (name: string, type: 'gauge' | 'counter', help: string, rows: [string, number][]) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of rows) out.push(`${name}${labels} ${value}`);
  };
  const file = (f: { path: string }) => `{path="${esc(f.path)}"}`;
  metric('logward_agent_up', 'gauge', 'Agent running (1), with version and config hash labels.', [
    [`{version="${esc(s.version)}",config_hash="${s.configHash}",node_id="${esc(s.nodeId)}"}`, 1],
  ]);
  metric('logward_agent_uptime_seconds', 'gauge', 'Seconds since the agent started.', [
    ['', Math.floor(s.uptimeMs / 1000)],
  ]);
  metric('logward_agent_paused', 'gauge', '1 while inputs are paused because Kafka is behind.', [
    ['', s.paused ? 1 : 0],
  ]);
  metric('logward_agent_held_bytes', 'gauge', 'Bytes in inputs not yet acknowledged by Kafka.', [
    ['', s.heldBytes],
  ]);
  metric('logward_agent_kafka_buffered_bytes', 'gauge', 'Bytes sent or queued, awaiting acknowledgement.', [
    ['', s.kafka.bufferedBytes],
  ]);
  metric('logward_agent_kafka_sent_records_total', 'counter', 'Records acknowledged by Kafka.', [
    ['', s.kafka.sentRecords],
  ]);
  metric('logward_agent_kafka_sent_bytes_total', 'counter', 'Record bytes acknowledged by Kafka.', [
    ['', s.kafka.sentBytes],
  ]);
  metric('logward_agent_kafka_send_errors_total', 'counter', 'Failed send attempts (each is retried).', [
    ['', s.kafka.sendErrors],
  ]);
  metric(
    'logward_agent_kafka_resent_for_order_batches_total',
    'counter',
    'Batches sent again because Kafka did not write them after the batch before them (their lines are in Kafka twice).',
    [['', s.kafka.resentForOrder]],
  );
  metric(
    'logward_agent_kafka_failing',
    'gauge',
    '1 while sends fail, labelled with why: authentication, authorization or unavailable.',
    (['authentication', 'authorization', 'unavailable'] as const).map((reason) => [
      `{reason="${reason}"}`,
      s.kafka.failure === reason ? 1 : 0,
    ]),
  );
  metric(
    'logward_agent_file_offset_bytes',
    'gauge',
    'Offset acknowledged by Kafka, per file.',
    s.files.map((f) => [file(f), f.ackedOffset]),
  );
  metric(
    'logward_agent_file_lag_bytes',
    'gauge',
    'File size minus acknowledged offset.',
    s.files.map((f) => [file(f), f.lagBytes]),
  );
  metric(
    'logward_agent_file_lines_total',
    'counter',
    'Lines read, per file.',
    s.files.map((f) => [file(f), f.lines]),
  );
  metric(
    'logward_agent_file_lines_per_second',
    'gauge',
    'Lines read per second (10 s window).',
    s.files.map((f) => [file(f), f.linesPerSecond]),
  );
  metric(
    'logward_agent_file_errors_total',
    'counter',
    'Read errors and lost copytruncate tails, per file.',
    s.files.map((f) => [file(f), f.errors]),
  );
  metric(
    'logward_agent_stream_lag_bytes',
    'gauge',
    'Spooled bytes not yet acknowledged, per stream input.',
    s.streams.map((x) => [`{input="${x.input}"}`, x.lagBytes]),
  );
  if (s.http) {
    const refused = s.http.refused;
    metric('logward_agent_http_refused_total', 'counter', 'HTTP input requests refused, by reason.', [
      ['{reason="overloaded"}', refused.overloaded],
      ['{reason="host"}', refused.host],
      ['{reason="token"}', refused.token],
    ]);
  }
  metric('logward_agent_errors_total', 'counter', 'Scan, checkpoint and main-loop errors.', [
    ['{kind="scan"}', s.errors.scan],
    ['{kind="checkpoint"}', s.errors.checkpoint],
    ['{kind="loop"}', s.errors.loop],
  ]);
  return `${out.join('\n')}\n`;
}
