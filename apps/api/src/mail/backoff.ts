/**
 * When a message that failed for the `attempts`-th time is tried again: after `delaysMs[attempts - 1]`, or
 * never (null: it is dead) once every delay is used. The default delays (MAIL_RETRY_DELAYS) are 1 min, 5 min,
 * 30 min, 2 h and 12 h: a mail server that is away for an evening still gets the mail, a lost cause gives up
 * within the day.
 */
export function retryDelay(attempts: number, delaysMs: readonly number[]): number | null {
  if (attempts < 1) return 0;
  return attempts <= delaysMs.length ? delaysMs[attempts - 1]! : null;
}

/** How long a worker holds a message it took; after it, another worker may take it again (a crash mid-send). */
export const LEASE_MS = 5 * 60_000;
