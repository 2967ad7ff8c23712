import type { RedactionConfig } from '../config/types.ts';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const CARD_CANDIDATE = /\b(?:\d[ -]?){12,18}\d\b/g;

/** Builds a redactor from the optional rules; returns undefined when nothing is to be redacted. */
export function createRedactor(config: RedactionConfig | undefined): ((text: string) => string) | undefined {
  if (!config) return undefined;
  const steps: ((text: string) => string)[] = [];
  if (config.emails) steps.push((t) => t.replace(EMAIL, '[EMAIL]'));
  if (config.bearerTokens) steps.push((t) => t.replace(BEARER, '$1[TOKEN]'));
  if (config.cardNumbers) steps.push((t) => t.replace(CARD_CANDIDATE, (m) => (luhnValid(m) ? '[CARD]' : m)));
  for (const { pattern, replacement } of config.patterns) steps.push((t) => t.replace(pattern, replacement));
  if (steps.length === 0) return undefined;
  return (text) => steps.reduce((t, step) => step(t), text);
}

/** Card numbers are only redacted when they pass the Luhn check, so order ids and timestamps survive. */
export function luhnValid(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
