import type { AcceptedText, FindingKind } from '@werkplaats/privacy-check';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../app/i18n';

/** How long typing rests before the text is checked again: hints follow the writing, not every key. */
const PAUSE_MS = 700;

/** One empty list for lessons of a werkplaats without words, so the hints' effect sees no change. */
const NO_WORDS: readonly string[] = [];

export interface Hint {
  kind: FindingKind;
  text: string;
  suggestion: string;
}

type Check = typeof import('@werkplaats/privacy-check');
let loading: Promise<Check> | null = null;
/** The rules come in their own chunk, fetched when someone first writes: no weight on anyone's first page. */
const rules = () => (loading ??= import('@werkplaats/privacy-check'));

/** The text the rules read: the title, then the body's words without its tags (as the server reads it). */
function readable(title: string, html: string): string {
  const body = html ? (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') : '';
  return `${title.replace(/\n/g, ' ')}\n\n\n${body}`;
}

/** What the server accepted already in the saved text: what the rules find there that the server no longer shows. */
export interface SavedText {
  title: string;
  body: string;
  /** The server's findings for the saved text (its word list and the resolved findings taken into account). */
  findings: readonly { kind: string; text: string }[];
}

/**
 * The personal-data check's rules run in the browser as hints while a lesson is written: the same package the API
 * refuses a climb with, with the werkplaats's own word list (Atelier.privacyWords) as the server uses it. For a
 * saved lesson, what its author already pseudonymised or confirmed is not hinted again.
 */
function usePersonalDataHints(
  title: string,
  body: string,
  words: readonly string[],
  saved?: SavedText,
): { hints: Hint[] | null; seen: boolean } {
  // `seen`: some were found earlier, so their being gone is worth saying.
  const [state, setState] = useState<{ hints: Hint[] | null; seen: boolean }>({ hints: null, seen: false });
  const empty = !title.trim() && !body.trim();
  useEffect(() => {
    if (empty) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void rules().then(({ findPersonalData }) => {
        if (!current) return;
        const accepted: AcceptedText[] = saved
          ? findPersonalData(readable(saved.title, saved.body), { extraWords: words })
              .filter((f) => !saved.findings.some((s) => s.kind === f.kind && s.text === f.text))
              .map((f) => ({ kind: f.kind, text: f.text }))
          : [];
        const hints = findPersonalData(readable(title, body), { extraWords: words, accepted }).map((f) => ({
          kind: f.kind,
          text: f.text,
          suggestion: f.suggestion,
        }));
        setState((before) => ({ hints, seen: before.seen || hints.length > 0 }));
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // The saved text by its parts: a parent's new object for the same text does not restart the pause.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [empty, title, body, words, saved?.title, saved?.body, saved?.findings]);
  return empty ? { hints: null, seen: state.seen } : state;
}

/**
 * The hints under the editor: a count said politely once typing rests (a live region that holds only the count),
 * and the list of what was found with what it would become, to change now or later when sharing.
 */
export function PersonalDataHints({
  title,
  body,
  words,
  saved,
}: {
  title: string;
  body: string;
  /** The werkplaats's own words (street and place names), as the server's check has them. */
  words?: readonly string[] | null;
  saved?: SavedText;
}) {
  const { t } = useI18n();
  const { hints, seen } = usePersonalDataHints(title, body, words ?? NO_WORDS, saved);
  const id = useId();
  const count = hints?.length ?? 0;
  return (
    <div className="privacy-hints">
      <p id={`${id}-summary`} className="privacy-hints__summary" aria-live="polite" aria-atomic="true">
        {count > 0
          ? t('privacyHints.count', { count })
          : seen && hints !== null
            ? t('privacyHints.none')
            : ''}
      </p>
      {count > 0 && (
        <>
          <p className="field__hint">{t('privacyHints.explain')}</p>
          <ul className="privacy-hints__list" aria-labelledby={`${id}-summary`}>
            {hints!.map((h, i) => (
              <li key={`${h.kind}-${h.text}-${i}`}>
                <span className="privacy-hints__kind">{t(`privacyCheck.kind.${h.kind}`)}:</span>{' '}
                <mark>{h.text}</mark> {t('privacyHints.becomes', { suggestion: h.suggestion })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
