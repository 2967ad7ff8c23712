/**
 * Validates real responses against the OpenAPI 3.1 document with Ajv's JSON Schema 2020-12
 * validator: finds the operation by method and path template, then the schema of the status
 * code's `application/json` content. A status the document does not list is an error too.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const ID = 'logward-openapi';

export class OpenApiChecker {
  readonly #doc: Doc;
  readonly #ajv: Ajv2020;

  constructor(document: Record<string, unknown>) {
    this.#doc = document as Doc;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    this.#ajv.addFormat('date-time', {
      type: 'string',
      validate: (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
    });
    this.#ajv.addSchema({ ...document, $id: ID });
  }

  /** The path template of the document that `path` falls under. */
  template(path: string): string | undefined {
    const segments = path.split('/').filter(Boolean);
    return Object.keys(this.#doc.paths).find((template) => {
      const parts = template.split('/').filter(Boolean);
      return (
        parts.length === segments.length && parts.every((p, i) => p.startsWith('{') || p === segments[i])
      );
    });
  }

  /** Problems with this response, or an empty list when it is exactly what the document says. */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const template = this.template(path);
    if (!template) return [`no path in the document for ${path}`];
    const operation = this.#doc.paths[template]?.[method.toLowerCase()];
    if (!operation) return [`no ${method} operation for ${template}`];
    if (!(String(status) in operation.responses))
      return [`${method} ${template}: status ${status} is not documented`];
    const response = operation.responses[String(status)] as { content?: object };
    if (response.content === undefined) {
      return body === undefined || body === null || body === ''
        ? []
        : [`${method} ${template} ${status}: expected no body`];
    }
    const pointer = `#/paths/${pointerTo(template)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    const validate = this.#ajv.getSchema(`${ID}${pointer}`);
    if (!validate) return [`no schema at ${pointer}`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${method} ${path} ${status}: ${e.instancePath || '/'} ${e.message ?? ''}`,
    );
  }
}

function pointerTo(template: string): string {
  return template.replaceAll('~', '~0').replaceAll('/', '~1').replaceAll('{', '%7B').replaceAll('}', '%7D');
}
