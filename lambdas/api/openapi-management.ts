/** The OpenAPI paths and schemas of the management routes (nodes, alerts, rules, silences). */
type Schema = Record<string, unknown>;

export const MANAGEMENT_SCHEMAS: Record<string, Schema> = {};

export const MANAGEMENT_PATHS: Record<string, Record<string, Schema>> = {};
