/**
 * What someone typed in a form and did not save yet, kept in this browser (localStorage) so a reload, a closed
 * tab or a lost connection does not lose it. One entry per form, per signed-in person and per atelier; it may
 * hold personal data, so signing out (and erasing one's account) removes every entry (`clearDrafts`).
 * Storage that refuses (private browsing, full) only means nothing is kept.
 */
const PREFIX = 'werkplaats.draft.';

export function draftKey(form: string, userId: string, scopeId: string): string {
  return `${PREFIX}${form}.${userId}.${scopeId}`;
}

export function readDraft(key: string): unknown {
  try {
    const stored = localStorage.getItem(key);
    return stored === null ? null : (JSON.parse(stored) as unknown);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept: the form still holds it.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}

/** Every kept draft, of everyone who used this browser: on signing out. */
export function clearDrafts(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}
