/** Structured JSON logs, one object per line, as CloudWatch Logs Insights reads them. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export function jsonLogger(
  base: Record<string, unknown> = {},
  write: (line: string) => void = console.log,
): Logger {
  const emit = (level: string) => (message: string, details?: Record<string, unknown>) =>
    write(JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...details }));
  return { info: emit('INFO'), warn: emit('WARN'), error: emit('ERROR') };
}
