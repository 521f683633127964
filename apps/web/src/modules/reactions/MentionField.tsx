import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';

const MentionCandidatesQuery = graphql(`
  query MentionCandidates($targetId: ID!, $search: String!) {
    reactionMentionCandidates(targetId: $targetId, search: $search) {
      id
      name
    }
  }
`);

export interface Mention {
  id: string;
  name: string;
}

/** The ids of the chosen people whose @name the text still holds: the server checks them again. */
export function mentionIdsIn(body: string, mentions: readonly Mention[]): string[] {
  return mentions.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id);
}

/** The "@…" being typed just before the caret (letters and spaces, no line break), or null. */
function typedMention(text: string, caret: number): { start: number; search: string } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)@([^\s@][^@\n]{0,39})?$/u.exec(before);
  if (!match) return null;
  const search = match[1] ?? '';
  return { start: caret - search.length - 1, search };
}

/**
 * A reaction's text with "@" offering people (the WAI-ARIA combobox with a listbox popup): typing "@" and letters
 * lists those who may read the thread (the server asks the policy); arrow keys move through them
 * (aria-activedescendant), Enter or a click puts "@Naam" in the text, Escape closes the list (and, when it is closed,
 * asks the form to cancel).
 */
export function MentionField({
  threadId,
  label,
  value,
  error,
  autoFocus = false,
  onChange,
  onMention,
  onEscape,
}: {
  threadId: string;
  label: string;
  value: string;
  error: string | null;
  autoFocus?: boolean;
  onChange: (value: string) => void;
  onMention: (mention: Mention) => void;
  onEscape?: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const client = useApolloClient();
  const field = useRef<HTMLTextAreaElement>(null);
  const [typed, setTyped] = useState<{ start: number; search: string } | null>(null);
  const [options, setOptions] = useState<Mention[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const open = typed !== null && options.length > 0;

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    // With nothing being typed after "@", the list is closed (`open`); what it last offered waits unseen.
    if (!typed) return;
    let current = true;
    void client
      .query({
        query: MentionCandidatesQuery,
        variables: { targetId: threadId, search: typed.search },
        fetchPolicy: 'network-only',
      })
      .then((result) => {
        if (!current) return;
        const found = result.data?.reactionMentionCandidates ?? [];
        // Words typed on after a name (or an e-mail address) are no mention being typed: nothing to offer or say.
        if (found.length === 0 && typed.search.includes(' ')) {
          setTyped(null);
          return;
        }
        setOptions(found);
        setActive(0);
        setStatus(
          found.length === 0
            ? t('reactions.mentionNone')
            : t('reactions.mentionCount', { count: found.length }),
        );
      })
      .catch(() => {
        if (current) setOptions([]);
      });
    return () => {
      current = false;
    };
  }, [client, threadId, typed, t]);

  function update(text: string, caret: number) {
    onChange(text);
    setTyped(typedMention(text, caret));
  }

  function choose(person: Mention) {
    if (!typed) return;
    const caret = typed.start + 1 + typed.search.length;
    const inserted = `@${person.name} `;
    const text = value.slice(0, typed.start) + inserted + value.slice(caret);
    onChange(text);
    onMention(person);
    setTyped(null);
    setStatus(t('reactions.mentionChosen', { name: person.name }));
    const at = typed.start + inserted.length;
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open && event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (open && event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setTyped(null);
      } else {
        onEscape?.();
      }
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field mention${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-body`}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t('reactions.mentionHint')}
      </p>
      <textarea
        ref={field}
        id={`${id}-body`}
        rows={3}
        maxLength={2000}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-people`}
        aria-activedescendant={open ? `${id}-person-${active}` : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setTyped(null), 150)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <ul
        id={`${id}-people`}
        role="listbox"
        className="mention__list"
        aria-label={t('reactions.mentionList')}
        hidden={!open}
      >
        {options.map((person, index) => (
          <li
            key={person.id}
            id={`${id}-person-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'mention__option mention__option--active' : 'mention__option'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(person);
            }}
          >
            {person.name}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {typed ? status : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
