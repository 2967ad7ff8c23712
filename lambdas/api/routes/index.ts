import type { Route } from '../router.ts';
import { DROP_RULE_ROUTES } from './drop-rules.ts';
import { LOG_ROUTES } from './logs.ts';
import { MANAGEMENT_ROUTES } from './management.ts';
import { PATTERN_ROUTES } from './patterns.ts';
import { SYSTEM_ROUTES } from './system.ts';

/** Every route the API serves; `GET /openapi.json` describes exactly these. */
export const ROUTES: readonly Route[] = [
  ...LOG_ROUTES,
  ...PATTERN_ROUTES,
  ...SYSTEM_ROUTES,
  ...MANAGEMENT_ROUTES,
  ...DROP_RULE_ROUTES,
];
