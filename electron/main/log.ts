import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LOG_BYTES = 1_000_000;

/**
 * A small rotating log file in the app's data folder (logs/main.log, one previous file kept),
 * so support can see what failed on an office PC without a console.
 */
export function createFileLogger(directory: string): (message: string, error: unknown) => void {
  const dir = join(directory, 'logs');
  const file = join(dir, 'main.log');
  return (message, error) => {
    const detail =
      error instanceof Error ? `${error.stack ?? error.message}` : error ? String(error) : '';
    const line = `${new Date().toISOString()} ${message}${detail ? `\n${detail}` : ''}\n`;
    console.error(line.trimEnd());
    try {
      mkdirSync(dir, { recursive: true });
      try {
        if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
      } catch {
        // No log file yet.
      }
      appendFileSync(file, line);
    } catch {
      // Logging must never take the app down.
    }
  };
}
