/**
 * A message's shape: the masked message (`core/patterns/mask.ts`), trimmed and bounded, stored as
 * the keyword `message_shape` and aggregated by `GET /summary`.
 */
import { maskVariables } from './patterns/mask.ts';

/** Longest shape kept (a keyword stays small). */
export const MAX_SHAPE_LENGTH = 256;

export function messageShape(message: string): string {
  const shape = maskVariables(message).trim();
  return shape.length > MAX_SHAPE_LENGTH ? shape.slice(0, MAX_SHAPE_LENGTH) : shape;
}
