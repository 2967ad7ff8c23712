import { describe, expect, test } from 'vitest';
import { handler } from '#lambdas/handlers/api-reader.ts';
import { apiEvent } from './api-event.ts';

describe('the read-only API function', () => {
  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses %s before any route runs', async (method) => {
    const result = await handler(apiEvent(method, '/rules', { body: '{}' }));
    expect(result.statusCode).toBe(403);
    expect(JSON.parse(result.body)).toEqual({
      error: { code: 'forbidden', message: `${method}: this function serves reads only` },
    });
  });
});
