/**
 * Holding the browser's back and forward buttons while a form has unsaved text. The browser has already moved when
 * `popstate` fires, so the step is taken back before the router hears of it, and the form asks. This module listens
 * from the moment it loads (router.tsx imports it), before the router's own listener: listeners on the window run in
 * the order they were added, so only one added first can keep the router from hearing a step.
 */

/** Where the app stands in this tab's history: React Router numbers its entries (`idx` in the history state). */
export function historyIndex(state: unknown): number | null {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
}

interface Asker {
  /** The form's own entry: a step lands elsewhere, counted from here. */
  here: number | null;
  ask: (steps: number) => void;
}

/** The forms holding unsaved text, first come first asked (a page may hold two). */
const askers: Asker[] = [];
/** Set while the tab steps back to the form (that step is ours alone), and while a step the person confirmed is taken. */
let stepping: 'returning' | 'leaving' | null = null;

function onPopState(event: PopStateEvent) {
  if (stepping === 'leaving') {
    stepping = null;
    return;
  }
  if (stepping === 'returning') {
    stepping = null;
    event.stopImmediatePropagation();
    return;
  }
  const asker = askers[0];
  const there = historyIndex(event.state);
  // An entry the router did not number (an anchor on the page) or the same one: nothing is left.
  if (!asker || asker.here === null || there === null || there === asker.here) return;
  event.stopImmediatePropagation();
  stepping = 'returning';
  window.history.go(asker.here - there);
  asker.ask(there - asker.here);
}

if (typeof window !== 'undefined') window.addEventListener('popstate', onPopState);

/** While the returned function is not called, a step through history away from this entry calls `ask` instead. */
export function askBeforeHistoryStep(ask: (steps: number) => void): () => void {
  const asker: Asker = { here: historyIndex(window.history.state), ask };
  askers.push(asker);
  return () => {
    const at = askers.indexOf(asker);
    if (at >= 0) askers.splice(at, 1);
  };
}

/** Takes the step the person confirmed, heard by the router this time. */
export function takeHistoryStep(steps: number): void {
  stepping = 'leaving';
  window.history.go(steps);
}
