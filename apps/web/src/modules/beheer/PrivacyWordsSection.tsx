import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerPrivacyWordsQuery = graphql(`
  query BeheerPrivacyWords($slug: String!) {
    workshop(slug: $slug) {
      id
      privacyWords
    }
  }
`);

const SetPrivacyWordsMutation = graphql(`
  mutation BeheerSetPrivacyWords($workshopId: ID!, $words: [String!]!) {
    setPrivacyWords(workshopId: $workshopId, words: $words) {
      id
      privacyWords
    }
  }
`);

/** As the API keeps them: one space between words, compared without regard to case. */
const tidy = (word: string) => word.trim().replace(/\s+/g, ' ');
const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'accent' }) === 0;
const sorted = (words: string[]) => [...words].sort((a, b) => a.localeCompare(b, 'nl'));

/**
 * The werkplaats's own words for the personal-data check (street names, local place names): listed A–Z, added
 * and removed here, and saved together after a confirmation that says what changes.
 */
export function PrivacyWordsSection({ workshop, slug }: { workshop: BeheerWorkshop; slug: string }) {
  const { bt } = useBeheerText();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(BeheerPrivacyWordsQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const saved = data?.workshop?.privacyWords;
  return (
    <section aria-labelledby={`${id}-words`}>
      <h2 id={`${id}-words`}>{bt('privacyWords.title')}</h2>
      <p>{bt('privacyWords.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : (error && !data) || !saved ? (
        <LoadError retry={() => void refetch()} />
      ) : (
        <WordsEditor workshop={workshop} saved={saved} />
      )}
    </section>
  );
}

function WordsEditor({ workshop, saved }: { workshop: BeheerWorkshop; saved: string[] }) {
  const { bt } = useBeheerText();
  const id = useId();
  const [words, setWords] = useState<string[]>(saved);
  const [word, setWord] = useState('');
  const [wordError, setWordError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(SetPrivacyWordsMutation);
  const form = useRef<HTMLFormElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const field = () => form.current?.querySelector('input') ?? null;
  const removers = useRef(new Map<string, HTMLButtonElement>());

  const added = words.filter((w) => !saved.some((s) => same(s, w)));
  const removed = saved.filter((s) => !words.some((w) => same(s, w)));
  const changed = added.length > 0 || removed.length > 0;

  function onAdd(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    // Several at once are welcome, one per line or separated by commas (a list pasted from elsewhere).
    const fresh = word
      .split(/[\n,;]/)
      .map(tidy)
      .filter(Boolean);
    if (fresh.length === 0) {
      setWordError(bt('privacyWords.empty'));
      field()?.focus();
      return;
    }
    const tooLong = fresh.find((w) => w.length > 100);
    if (tooLong) {
      setWordError(bt('privacyWords.tooLong'));
      field()?.focus();
      return;
    }
    const next = [...words];
    for (const w of fresh) if (!next.some((n) => same(n, w))) next.push(w);
    if (next.length === words.length) {
      setWordError(bt('privacyWords.already', { word: fresh[0]! }));
      field()?.focus();
      return;
    }
    setWords(sorted(next));
    setWordError(null);
    setWord('');
    setNotice(bt('privacyWords.added', { count: next.length - words.length }));
    field()?.focus();
  }

  function onRemove(w: string) {
    const index = words.indexOf(w);
    const next = words.filter((x) => x !== w);
    setWords(next);
    setNotice(bt('privacyWords.removed', { word: w }));
    // Focus stays in the list: on the word that takes its place, or the one before, or the field when it is empty.
    const neighbour = next[index] ?? next[index - 1];
    requestAnimationFrame(() => {
      const target = neighbour ? removers.current.get(neighbour) : field();
      target?.focus();
    });
  }

  async function onConfirm() {
    setProblem(null);
    try {
      const result = await save({ variables: { workshopId: workshop.id, words } });
      const kept = result.data?.setPrivacyWords.privacyWords ?? words;
      setWords(kept);
      setConfirming(false);
      setNotice(bt('privacyWords.saved', { count: kept.length }));
      // The save button is off now that nothing waits: the keyboard goes on from the list's heading.
      requestAnimationFrame(() => listHeading.current?.focus());
    } catch (failure) {
      const found = apiProblems(failure)[0];
      setProblem(found?.code === 'BAD_USER_INPUT' ? bt('privacyWords.invalid') : bt('beheer.problem'));
    }
  }

  return (
    <>
      <form ref={form} className="form beheer__words-add" noValidate onSubmit={onAdd}>
        <Field
          label={bt('privacyWords.word')}
          hint={bt('privacyWords.wordHint')}
          value={word}
          maxLength={2000}
          autoComplete="off"
          error={wordError ?? undefined}
          onChange={(e) => {
            setWord(e.target.value);
            setWordError(null);
          }}
        />
        <button type="submit" className="button">
          {bt('privacyWords.add')}
        </button>
      </form>
      <StatusMessage>{notice}</StatusMessage>
      <h3 id={`${id}-list`} ref={listHeading} tabIndex={-1}>
        {bt('privacyWords.listTitle', { count: words.length })}
      </h3>
      {words.length === 0 ? (
        <Empty>{bt('privacyWords.none')}</Empty>
      ) : (
        <ul className="beheer__words" aria-labelledby={`${id}-list`}>
          {words.map((w) => (
            <li key={w}>
              <span className="beheer__word">{w}</span>
              {added.includes(w) && <span className="meta"> {bt('privacyWords.new')}</span>}
              <button
                ref={(element) => {
                  if (element) removers.current.set(w, element);
                  else removers.current.delete(w);
                }}
                type="button"
                className="button"
                aria-label={bt('privacyWords.removeOf', { word: w })}
                onClick={() => onRemove(w)}
              >
                {bt('privacyWords.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="beheer__row">
        <p className="meta" id={`${id}-pending`}>
          {changed
            ? bt('privacyWords.pending', { added: added.length, removed: removed.length })
            : bt('privacyWords.unchanged')}
        </p>
        <button
          type="button"
          className="button button--primary"
          aria-describedby={`${id}-pending`}
          disabled={!changed}
          onClick={() => {
            setProblem(null);
            setConfirming(true);
          }}
        >
          {bt('privacyWords.save')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={bt('privacyWords.confirmTitle')}
        confirmLabel={bt('privacyWords.confirm')}
        cancelLabel={bt('privacyWords.cancel')}
        tone="primary"
        busy={saving.loading}
        problem={problem}
        onConfirm={() => void onConfirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{bt('privacyWords.confirmText', { added: added.length, removed: removed.length })}</p>
        {added.length > 0 && <p>{bt('privacyWords.confirmAdded', { words: added.join(', ') })}</p>}
        {removed.length > 0 && <p>{bt('privacyWords.confirmRemoved', { words: removed.join(', ') })}</p>}
      </ConfirmDialog>
    </>
  );
}
