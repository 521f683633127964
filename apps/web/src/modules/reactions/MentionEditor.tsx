import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { Mention } from './mentions';
import { typedMention } from './typed-mention';

/** The "@…" being typed before the caret, where it stands in the document (from the "@" to the caret). */
interface Typed {
  from: number;
  to: number;
  search: string;
}

/** The "@…" just before a collapsed caret, in the paragraph it is typed in (a line break ends it). */
function typedAt(editor: Editor): Typed | null {
  const { selection } = editor.state;
  if (!selection.empty) return null;
  const $from = selection.$from;
  if (!$from.parent.isTextblock) return null;
  // One character per position: text as itself, a line break (a leaf) as "\n".
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\n');
  const found = typedMention(before, before.length);
  if (!found) return null;
  return { from: $from.pos - (before.length - found.start), to: $from.pos, search: found.search };
}

/**
 * A reaction's rich text (bold, italic, a list; links as typed or pasted) with "@" offering people, as the WAI-ARIA
 * combobox with a listbox popup on the editor's text field: typing "@" and letters lists those who may read the
 * thread (the server asks the policy); arrow keys move through them (aria-activedescendant), Enter, Tab or a click
 * puts "@Naam" in the text, Escape closes the list (and, when it is closed, asks the form to cancel). Loaded apart
 * from the page (the editor is a large script): the thread reads without it.
 */
export default function MentionEditor({
  findPeople,
  label,
  value,
  error,
  autoFocus = false,
  onChange,
  onMention,
  onEscape,
  onReady,
}: {
  /** Those who may read the thread whose name holds what was typed after "@" (asked of the server). */
  findPeople: (search: string) => Promise<Mention[]>;
  label: string;
  /** The HTML to start from; '' clears the editor (after sending). */
  value: string;
  error: string | null;
  autoFocus?: boolean;
  /** The editor's HTML, '' when it holds no text. */
  onChange: (html: string) => void;
  onMention: (mention: Mention) => void;
  onEscape?: () => void;
  /** The HTML as the editor writes the starting text, so a form compares like with like. */
  onReady?: (html: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState<Typed | null>(null);
  const [options, setOptions] = useState<Mention[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const open = typed !== null && options.length > 0;

  // The editor's key handler is made once: it reads the list as it stands now.
  const live = useRef({ open, options, active, typed, onEscape, choose: (_person: Mention) => {} });

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  // The text field is the combobox. The editor takes its options again on every render (useEditor), so its
  // element's state follows the list as it opens and moves.
  const attributes: Record<string, string> = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': String(open),
    'aria-controls': `${id}-people`,
    'aria-labelledby': `${id}-label`,
    'aria-describedby': describedBy,
    class: 'rich-text__input rich-text__input--short',
  };
  if (open) attributes['aria-activedescendant'] = `${id}-person-${active}`;
  if (error) attributes['aria-invalid'] = 'true';

  const htmlOf = (e: Editor) => (e.isEmpty ? '' : e.getHTML());
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        blockquote: false,
        orderedList: false,
        link: {
          openOnClick: false,
          autolink: true,
          linkOnPaste: true,
          protocols: [],
          // The schemes the API keeps (sanitizeRichText); anything else stays text.
          isAllowedUri: (url, ctx) => /^(https?:|mailto:)/i.test(url) && ctx.defaultValidate(url),
        },
      }),
    ],
    content: value,
    injectCSS: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes,
      handleKeyDown: (_view, event) => {
        const now = live.current;
        if (now.open && event.key === 'ArrowDown') {
          setActive((i) => (i + 1) % now.options.length);
          return true;
        }
        if (now.open && event.key === 'ArrowUp') {
          setActive((i) => (i - 1 + now.options.length) % now.options.length);
          return true;
        }
        if (now.open && (event.key === 'Enter' || event.key === 'Tab')) {
          now.choose(now.options[now.active]!);
          return true;
        }
        if (event.key === 'Escape') {
          if (now.open) {
            event.stopPropagation();
            setTyped(null);
            return true;
          }
          now.onEscape?.();
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor: e }) => onReady?.(htmlOf(e)),
    onUpdate: ({ editor: e }) => {
      onChange(htmlOf(e));
      setTyped(typedAt(e));
    },
    onSelectionUpdate: ({ editor: e }) => setTyped(typedAt(e)),
    onBlur: () => setTimeout(() => setTyped(null), 150),
  });

  function choose(person: Mention) {
    if (!editor || !typed) return;
    editor
      .chain()
      .focus()
      .insertContentAt({ from: typed.from, to: typed.to }, { type: 'text', text: `@${person.name} ` })
      .run();
    onMention(person);
    setTyped(null);
    setStatus(t('reactions.mentionChosen', { name: person.name }));
  }
  live.current = { open, options, active, typed, onEscape, choose };

  // Sent: the form empties its text, and so does the editor.
  useEffect(() => {
    if (editor && value === '' && !editor.isEmpty) editor.commands.clearContent(false);
  }, [editor, value]);

  const search = typed?.search ?? null;
  useEffect(() => {
    // With nothing being typed after "@", the list is closed (`open`); what it last offered waits unseen.
    if (search === null) return;
    let current = true;
    void findPeople(search)
      .then((found) => {
        if (!current) return;
        // Words typed on after a name (or an e-mail address) are no mention being typed: nothing to offer or say.
        if (found.length === 0 && search.includes(' ')) {
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
    // Asked again for what is typed, not for where the caret stands.
  }, [findPeople, search, t]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
    }),
  });
  const button = (name: 'bold' | 'italic' | 'bulletList', run: () => void) => (
    <button type="button" className="rich-text__button" aria-pressed={state?.[name] ?? false} onClick={run}>
      {t(`editor.${name}`)}
    </button>
  );

  return (
    <div className={`field rich-text mention${error ? ' field--invalid' : ''}`}>
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <p id={`${id}-hint`} className="field__hint">
        {t('reactions.mentionHint')}
      </p>
      <div role="toolbar" aria-label={t('editor.toolbar')} className="rich-text__toolbar">
        {button('bold', () => editor?.chain().focus().toggleBold().run())}
        {button('italic', () => editor?.chain().focus().toggleItalic().run())}
        {button('bulletList', () => editor?.chain().focus().toggleBulletList().run())}
      </div>
      <EditorContent editor={editor} />
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
