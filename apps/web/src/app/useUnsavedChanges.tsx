import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../modules/common/ConfirmDialog';
import { askBeforeHistoryStep, takeHistoryStep } from './history-guard';
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

/** What the dialog asks about: following a link, or a step through the tab's history (back or forward). */
type Leaving = { to: string } | { steps: number };

/**
 * Leaving a form with unsaved text asks first. While `dirty`, a link to another page of the app and the browser's
 * back and forward buttons open a dialog (focus on "Annuleren", which stays), and closing or reloading the tab gets
 * the browser's own question. Returns the dialog, to be rendered by the form's page. `body` says what happens to the
 * text instead of the usual "it is lost" (the lesson form keeps a draft on the device).
 *
 * React Router's `useBlocker` needs a data router, and the app keeps declarative routes (a smaller first bundle:
 * see router.tsx), so leaving is held here instead. Links: a capturing listener on the document runs before the
 * Link's own handler and stops it. Back and forward: history-guard.ts steps the tab back to the form before the
 * router hears of it; the dialog then asks, and "Verlaten zonder opslaan" takes the same step again.
 */
export function useUnsavedChanges(dirty: boolean, body?: string): ReactNode {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [pending, setPending] = useState<Leaving | null>(null);

  useEffect(() => {
    if (!dirty) return;
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
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    const release = askBeforeHistoryStep((steps) => setPending({ steps }));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      release();
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
          takeHistoryStep(leaving.steps);
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
