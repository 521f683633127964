import { CONDITIONS, DOMAINS, LEVELS, type Condition, type Domain, type Level } from '@werkplaats/domain';
import { useEffect, useRef, useState } from 'react';
import { draftKey, readDraft, removeDraft, writeDraft } from '../../app/drafts';
import { hasText } from '../../app/useUnsavedChanges';

/** What the lesson form keeps while one types (the consent is not kept: it is asked anew every time). */
export interface LessonDraft {
  title: string;
  body: string;
  conditions: Condition[];
  level: Level | '';
  domain: Domain | '';
  practiceId: string | null;
}

/** How long typing pauses before what is typed is kept. */
const PAUSE_MS = 400;

function worthKeeping(d: LessonDraft): boolean {
  return hasText(d.title) || hasText(d.body) || d.conditions.length > 0 || d.level !== '' || d.domain !== '';
}

/** A kept draft as read back: anything that is not what the form knows is left out. */
function parse(value: unknown): LessonDraft | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const draft: LessonDraft = {
    title: text(v.title),
    body: text(v.body),
    conditions: Array.isArray(v.conditions)
      ? CONDITIONS.filter((c) => (v.conditions as unknown[]).includes(c))
      : [],
    level: LEVELS.find((l) => l === v.level) ?? '',
    domain: DOMAINS.find((d) => d === v.domain) ?? '',
    practiceId: typeof v.practiceId === 'string' ? v.practiceId : null,
  };
  return worthKeeping(draft) ? draft : null;
}

/**
 * Keeps the lesson form's fields in this browser while one types (after a pause, and at once when the page is
 * left), per signed-in person and atelier. Once the person is known, a draft kept earlier is handed to `restore`
 * (during render, as React's "adjust state when a prop changes") and `restored` says so. `discard` throws the
 * draft away (the form empties itself); `saved` removes it for good once the lesson is saved.
 */
export function useLessonDraft(
  userId: string | null,
  atelierId: string,
  current: LessonDraft,
  restore: (draft: LessonDraft) => void,
) {
  const key = userId ? draftKey('lesson', userId, atelierId) : null;
  const [restored, setRestored] = useState(false);
  // The key whose kept draft was read: only then may what is typed overwrite it.
  const [readFor, setReadFor] = useState<string | null>(null);
  const latest = useRef(current);
  const stopped = useRef(false);

  if (key !== null && readFor !== key) {
    setReadFor(key);
    const kept = parse(readDraft(key));
    setRestored(kept !== null);
    if (kept) restore(kept);
  }

  useEffect(() => {
    latest.current = current;
  });

  const ready = key !== null && readFor === key;
  const { title, body, conditions, level, domain, practiceId } = current;

  useEffect(() => {
    if (!ready || key === null) return;
    const timer = window.setTimeout(() => {
      if (!stopped.current) keep(key, latest.current);
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [ready, key, title, body, conditions, level, domain, practiceId]);

  // Leaving or reloading the page keeps what was typed in the last pause too.
  useEffect(() => {
    if (!ready || key === null) return;
    const flush = () => {
      if (!stopped.current) keep(key, latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [ready, key]);

  return {
    restored,
    /** Thrown away: nothing stays kept until one types again. */
    discard() {
      if (key) removeDraft(key);
      setRestored(false);
    },
    /** The lesson is saved: nothing stays kept, whatever a pending pause would still write. */
    saved() {
      stopped.current = true;
      if (key) removeDraft(key);
    },
  };
}

function keep(key: string, draft: LessonDraft): void {
  if (worthKeeping(draft)) writeDraft(key, draft);
  else removeDraft(key);
}
