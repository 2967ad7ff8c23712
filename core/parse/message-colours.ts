import type { ParsedLine } from './types.ts';

const ESC = 27;

/**
 * A terminal colour code at `i` (`ESC [ params letter`, as `clean` drops them): its end, or -1.
 */
function codeEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== ESC || text.charCodeAt(i + 1) !== 91) return -1;
  let j = i + 2;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c >= 48 && c <= 57) || c === 59 || c === 63) j++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return j + 1;
    else return -1;
  }
}

/** SGR parameters that end a style (`0`, none, `22`–`29`, `39`, `49`): the code closes, opens nothing. */
const CLOSING = /^(?:0|22|23|24|25|27|28|29|39|49)?$/;

/** Whether the code `text[from, to)` is an SGR code that only closes styles (`ESC[0m`, `ESC[39m`). */
function closes(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) !== 109) return false;
  for (const part of text.slice(from + 2, to - 1).split(';')) if (!CLOSING.test(part)) return false;
  return true;
}

/** Whether the code `text[from, to)` is an SGR code that sets a style (`ESC[1m`, `ESC[32m`). */
function opens(text: string, from: number, to: number): boolean {
  return text.charCodeAt(to - 1) === 109 && !closes(text, from, to);
}

/**
 * The line's message with the terminal colour codes its own text carries (`formats` read the line
 * without them, `clean`): Rails' SQL colouring (`ActiveRecord::LogSubscriber#color`, `"#{bold}#{color}
 * #{text}#{CLEAR}"`), werkzeug's status colour inside its request (`_ansi_style`), a library's
 * highlighted values. Codes between the message's first and last visible characters are its own.
 * Codes right before it are kept only from the first that opens a style that a code inside the
 * message closes (`ESC[1mESC[36mUser Load (0.7ms)ESC[0m  …`), and codes right after it only to close a
 * style left open (`…ESC[35mCOMMITESC[0m`); a header's closing code before the text
 * (`- ESC[39mtext`) and a formatter's colour around the whole message (`ESC[32mtextESC[39m`, Nest's
 * level colour) stay out. Only where the line wrote codes and the message, read without them, is
 * found in the line; the line is returned changed or as it was.
 */
export function keepMessageColours(text: string, line: ParsedLine): ParsedLine {
  const message = line.message;
  if (message.length === 0 || text.indexOf('\u001b[') < 0 || message.indexOf('\u001b') >= 0) return line;
  // The line's visible characters and where each stands in `text`; the codes as [start, end) pairs.
  let visible = '';
  const at: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const end = codeEnd(text, i);
    if (end > 0) {
      codes.push(i, end);
      i = end;
    } else {
      visible += text[i];
      at.push(i);
      i++;
    }
  }
  // The text most often closes the line: no search then.
  const from = visible.endsWith(message) ? visible.length - message.length : visible.lastIndexOf(message);
  if (from < 0) return line;
  const a = at[from] as number;
  const b = (at[from + message.length - 1] as number) + 1;
  let closedInside = false;
  let firstCode = codes.length;
  for (let k = 0; k < codes.length; k += 2) {
    const s = codes[k] as number;
    if (s < a) continue;
    if (s >= b) break;
    if (firstCode === codes.length) firstCode = k;
    if (closes(text, s, codes[k + 1] as number)) closedInside = true;
  }
  // Codes touching the message's start, back to the first opening one, when a code inside closes.
  let start = a;
  if (closedInside) {
    let k = firstCode - 2;
    let reach = a;
    while (k >= 0 && (codes[k + 1] as number) === reach) {
      reach = codes[k] as number;
      if (opens(text, reach, codes[k + 1] as number)) start = reach;
      k -= 2;
    }
  }
  // A style the kept text leaves open is closed by the codes right after it.
  let open = false;
  for (let k = 0; k < codes.length; k += 2) {
    const s = codes[k] as number;
    if (s < start) continue;
    if (s >= b) break;
    const e = codes[k + 1] as number;
    if (closes(text, s, e)) open = false;
    else if (opens(text, s, e)) open = true;
  }
  let end = b;
  while (open) {
    const e = codeEnd(text, end);
    if (e < 0) break;
    if (closes(text, end, e)) open = false;
    end = e;
  }
  if (start === a && end === b && firstCode === codes.length) return line;
  line.message = text.slice(start, end);
  return line;
}
