/**
 * A message's shape: the message with its variable parts (quoted values, UUIDs, IP addresses,
 * hex ids, numbers) replaced by placeholders, so "timeout after 30s for 10.0.0.7" and
 * "timeout after 12s for 10.0.0.9" group together. Computed per line at ingest (the engine has
 * no scripts), stored as the keyword `message_shape`, and aggregated by `GET /summary`.
 */

/** Longest message prefix looked at, and longest shape kept (a keyword stays small). */
const MAX_INPUT = 512;
export const MAX_SHAPE_LENGTH = 256;

const QUOTED = /"[^"\n]{0,512}"|(?<!\w)'[^'\n]{0,512}'(?!\w)/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const IP = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g;
/** 0x-prefixed, or a word of 6+ hex digits mixing letters and digits (ids, hashes). */
const HEX = /\b(?:0x[0-9a-f]+|(?=[0-9a-f]{6,}\b)[0-9a-f]*(?:\d[0-9a-f]*[a-f]|[a-f][0-9a-f]*\d)[0-9a-f]*)\b/gi;
const NUMBER = /\d+(?:\.\d+)*/g;
const ANY_DIGIT = /\d/;

/** The message's shape; pure and fast (a few native regex passes over at most 512 characters). */
export function messageShape(message: string): string {
  let shape = message.length > MAX_INPUT ? message.slice(0, MAX_INPUT) : message;
  if (shape.includes('"') || shape.includes("'")) shape = shape.replace(QUOTED, '<str>');
  // Every other variable part holds a digit: most messages with none skip four passes.
  if (ANY_DIGIT.test(shape)) {
    shape = shape.replace(UUID, '<uuid>').replace(IP, '<ip>').replace(HEX, '<hex>').replace(NUMBER, '<num>');
  }
  shape = shape.trim();
  return shape.length > MAX_SHAPE_LENGTH ? shape.slice(0, MAX_SHAPE_LENGTH) : shape;
}
