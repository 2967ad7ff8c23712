import { describe, expect, test } from 'vitest';
import { openApiDocument } from '#lambdas/api/openapi.ts';
import { ROUTES } from '#lambdas/api/routes/index.ts';
import { OpenApiChecker } from '../../integration/api/openapi-checker.ts';

describe('the OpenAPI document', () => {
  const document = openApiDocument();
  const paths = document.paths as Record<string, Record<string, unknown>>;

  test('describes exactly the routes the router serves', () => {
    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  test('is OpenAPI 3.1 and every response schema compiles', () => {
    expect(document.openapi).toBe('3.1.0');
    const checker = new OpenApiChecker(document);
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const status of Object.keys((op as { responses: object }).responses)) {
          const problems = checker.problems(method, path.replaceAll(/\{\w+\}/g, 'x'), Number(status), null);
          expect(problems.join()).not.toContain('no schema');
        }
      }
    }
  });

  test('a checker catches what the document forbids', () => {
    const checker = new OpenApiChecker(document);
    expect(checker.problems('GET', '/logs', 200, { items: [] })).toEqual([]);
    expect(checker.problems('GET', '/logs', 200, { items: [{}], extra: 1 })).not.toEqual([]);
    expect(checker.problems('GET', '/logs', 418, {})).toEqual(['GET /logs: status 418 is not documented']);
    expect(checker.problems('GET', '/logs/abc', 404, { error: { code: 'not_found', message: 'x' } })).toEqual(
      [],
    );
  });
});
