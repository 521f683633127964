import { lazy, Suspense } from 'react';

export interface RichTextEditorProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
}

// TipTap and ProseMirror are about 400 kB of script: a page that shows an editor only on demand (a proposal form
// on the atelier page) renders without waiting for them, and they load once an editor appears.
const TipTapEditor = lazy(() => import('./TipTapEditor'));

/** Rich text (TipTap), loaded when first shown; until then its label and an empty field of the same size. */
export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<EditorLoading label={props.label} />}>
      <TipTapEditor {...props} />
    </Suspense>
  );
}

function EditorLoading({ label }: { label: string }) {
  return (
    <div className="field rich-text" aria-busy="true">
      <span className="field__label">{label}</span>
      <div className="rich-text__toolbar" />
      <div className="rich-text__input" />
    </div>
  );
}
