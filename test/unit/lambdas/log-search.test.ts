import { describe, expect, test } from 'vitest';
import { buildLogSearch } from '#lambdas/adapters/opensearch/log-search.ts';

describe('buildLogSearch', () => {
  test('filters, safe full text, stable sort and search_after', () => {
    expect(
      buildLogSearch({
        text: 'declined -retry',
        levels: ['ERROR', 'FATAL'],
        services: ['payments'],
        from: 1000,
        to: 2000,
        fields: { status: '500' },
        order: 'desc',
        limit: 50,
        after: { timestamp: 1500, eventId: 'id-1' },
      }),
    ).toEqual({
      size: 50,
      track_total_hits: false,
      query: {
        bool: {
          filter: [
            { terms: { level: ['ERROR', 'FATAL'] } },
            { terms: { service: ['payments'] } },
            { range: { '@timestamp': { format: 'epoch_millis', gte: 1000, lt: 2000 } } },
            { term: { 'fields.status': '500' } },
          ],
          must: [
            {
              simple_query_string: {
                query: 'declined -retry',
                fields: ['message', 'message.parts', 'message_words'],
                default_operator: 'and',
                lenient: true,
              },
            },
          ],
        },
      },
      sort: [{ '@timestamp': { order: 'desc' } }, { event_id: { order: 'desc' } }],
      search_after: [1500, 'id-1'],
    });
  });
});
