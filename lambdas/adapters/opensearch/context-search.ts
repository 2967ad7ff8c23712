import type { LogDocument } from '#core/log-document.ts';

/**
 * The OpenSearch search body for the lines before (or after) `anchor` in its source: agent
 * sources by host, source id and byte offset (or sequence); plain Kafka producers by partition,
 * Kafka offset and line index.
 */
export function buildContextSearch(anchor: LogDocument, direction: 'before' | 'after', size: number) {
  const order = direction === 'before' ? 'desc' : 'asc';
  const source = anchor.source;
  const fromKafka = source.kind === 'kafka';
  const filter: unknown[] = [{ term: { 'source.id': source.id } }, { term: { 'source.kind': source.kind } }];
  if (!fromKafka) filter.push({ term: { host: anchor.host } });
  const sort = fromKafka
    ? [{ 'source.kafka_offset': { order } }, { 'source.offset': { order } }]
    : [{ 'source.offset': { order } }, { event_id: { order } }];
  const after = fromKafka ? [source.kafka_offset, source.offset] : [source.offset, anchor.event_id];
  return { size, track_total_hits: false, query: { bool: { filter } }, sort, search_after: after };
}
