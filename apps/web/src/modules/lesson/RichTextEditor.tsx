import { lazy, Suspense, useId, useLayoutEffect, useRef, type MutableRefObject } from 'react';
import { htmlOf, isPlain, textOf } from './plain-text';

export interface RichTextEditorProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
}

/** What the editor needs from its wrapper besides its props: whether the plain field had the focus when it went. */
export interface EditorHandover {
  focused: MutableRefObject<boolean>;
}

// TipTap and ProseMirror are about 400 kB of script: a page that shows an editor only on demand (a proposal form
// on the atelier page) renders without waiting for them, and they load once an editor appears.
const TipTapEditor = lazy(() => import('./TipTapEditor'));

/**
 * Rich text (TipTap), loaded when first shown. Until it is there a plain text field of the same size stands in,
 * so nothing typed on a slow connection is lost: its text becomes the editor's first paragraphs, and the editor
 * takes over the focus if the field had it.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const focused = useRef(false);
  return (
    <Suspense fallback={<PlainEditor {...props} focused={focused} />}>
      <TipTapEditor {...props} focused={focused} />
    </Suspense>
  );
}

function PlainEditor({ label, value, onChange, error, focused }: RichTextEditorProps & EditorHandover) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // A text that already has markup (editing) is shown, not edited here: plain text would drop its marks.
  const formatted = !isPlain(value);
  useLayoutEffect(
    () => () => {
      // Runs while the field is still in the document, just before the editor replaces it.
      focused.current = document.activeElement === field.current;
    },
    [focused],
  );
  return (
    <div className={`field rich-text${error ? ' field--invalid' : ''}`} aria-busy="true">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="rich-text__toolbar" />
      <textarea
        ref={field}
        id={id}
        className="rich-text__plain"
        defaultValue={textOf(value)}
        readOnly={formatted}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(htmlOf(event.target.value))}
      />
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
