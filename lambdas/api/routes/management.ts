/** Nodes, alerts, rules and silences: routes over the alerting stores (core/alerting/stores.ts). */
import type { Route } from '../router.ts';

export const MANAGEMENT_ROUTES: readonly Route[] = [];
