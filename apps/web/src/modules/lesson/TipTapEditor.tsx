import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import { useI18n } from '../../app/i18n';

import type { EditorHandover, RichTextEditorProps } from './RichTextEditor';

/**
 * Rich text with TipTap (ProseMirror): a few marks and lists, no pasted styles or scripts. The API
 * sanitizes what it stores as well; the editor's own CSS is ours (the app's CSP allows no injected styles).
 * Loaded on demand through RichTextEditor.
 */
export default function TipTapEditor({
  label,
  value,
  onChange,
  error,
  focused,
}: RichTextEditorProps & EditorHandover) {
  const { t } = useI18n();
  const id = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
        underline: false,
      }),
    ],
    content: value,
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}),
        class: 'rich-text__input',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  // Someone was typing in the plain field that stood in while this loaded: they go on here, at the end.
  useEffect(() => {
    if (editor && focused.current) editor.commands.focus('end');
    focused.current = false;
  }, [editor, focused]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
    }),
  });

  const button = (name: 'bold' | 'italic' | 'bulletList' | 'orderedList', run: () => void) => (
    <button type="button" className="rich-text__button" aria-pressed={state?.[name] ?? false} onClick={run}>
      {t(`editor.${name}`)}
    </button>
  );

  return (
    <div className={`field rich-text${error ? ' field--invalid' : ''}`}>
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <div role="toolbar" aria-label={t('editor.toolbar')} className="rich-text__toolbar">
        {button('bold', () => editor?.chain().focus().toggleBold().run())}
        {button('italic', () => editor?.chain().focus().toggleItalic().run())}
        {button('bulletList', () => editor?.chain().focus().toggleBulletList().run())}
        {button('orderedList', () => editor?.chain().focus().toggleOrderedList().run())}
      </div>
      <EditorContent editor={editor} />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
