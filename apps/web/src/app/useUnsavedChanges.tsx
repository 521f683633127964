import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../modules/common/ConfirmDialog';
import { useI18n } from './i18n';

/** Whether a click on a link should be held: a plain left click on a link to another page of this app. */
function heldLink(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return null;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href, window.location.href);
  // Another site: the browser's own question (beforeunload) asks. The same page (an anchor): nothing is lost.
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return url;
}

/** Where the app stands in this tab's history: React Router numbers its entries (`idx` in the history state). */
function historyIndex(state: unknown): number | null {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
}

/** What the dialog asks about: following a link, or a step through the tab's history (back or forward). */
type Leaving = { to: string } | { steps: number };

/**
 * Set while the tab steps back to the form (that `popstate` is ours, and nobody else's to hear) and while a step the
 * person confirmed is taken (every guard lets that one through to the router). Shared by all guards of the page: a
 * page may hold two forms with unsaved text, and the first guard to hear a step answers for both.
 */
let stepping: 'returning' | 'leaving' | null = null;

/**
 * Leaving a form with unsaved text asks first. While `dirty`, a link to another page of the app and the browser's
 * back and forward buttons open a dialog (focus on "Annuleren", which stays), and closing or reloading the tab gets
 * the browser's own question. Returns the dialog, to be rendered by the form's page. `body` says what happens to the
 * text instead of the usual "it is lost" (the lesson form keeps a draft on the device).
 *
 * React Router's `useBlocker` needs a data router, and the app keeps declarative routes (a smaller first bundle:
 * see router.tsx), so leaving is held here instead. Links: a capturing listener on the document runs before the
 * Link's own handler and stops it. Back and forward: the browser has already moved when `popstate` fires, so a
 * capturing listener on the window (which runs before the router's own) keeps the router from hearing it and steps
 * the tab back to the form; the dialog then asks, and "Verlaten" takes the same step again, this time heard.
 */
export function useUnsavedChanges(dirty: boolean, body?: string): ReactNode {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [pending, setPending] = useState<Leaving | null>(null);

  useEffect(() => {
    if (!dirty) return;
    // The form's own entry: a step through history lands elsewhere, and is counted from here.
    const here = historyIndex(window.history.state);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const url = heldLink(event);
      if (!url) return;
      event.preventDefault();
      event.stopPropagation();
      setPending({ to: url.pathname + url.search + url.hash });
    };
    const onPopState = (event: PopStateEvent) => {
      if (stepping === 'leaving') {
        // Every guard hears this step in the same task; the next one is asked about again.
        setTimeout(() => (stepping = null));
        return;
      }
      if (stepping === 'returning') {
        stepping = null;
        event.stopImmediatePropagation();
        return;
      }
      const there = historyIndex(event.state);
      // An entry the router did not number (an anchor on the page) or the same one: nothing is left.
      if (here === null || there === null || there === here) return;
      event.stopImmediatePropagation();
      stepping = 'returning';
      window.history.go(here - there);
      setPending({ steps: there - here });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('popstate', onPopState, true);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('popstate', onPopState, true);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, location.key]);

  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.stay')}
      onConfirm={() => {
        const leaving = pending;
        setPending(null);
        if (!leaving) return;
        if ('to' in leaving) {
          void navigate(leaving.to);
        } else {
          stepping = 'leaving';
          window.history.go(leaving.steps);
        }
      }}
      onClose={() => setPending(null)}
    >
      <p>{body ?? t('unsaved.body')}</p>
    </ConfirmDialog>
  );
}

/** Whether a field holds text worth keeping: for rich text, words outside the tags. */
export function hasText(value: string): boolean {
  return (
    value
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() !== ''
  );
}
