import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { TextArea } from './TextArea';

interface Props {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  /** A note to go with the decision (a reason, a message), always optional. */
  noteLabel?: string;
  noteHint?: string;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'danger' | 'primary';
  /** Where focus goes when it opens: the safe choice (cancel, the default) or the note. */
  initialFocus?: 'cancel' | 'note';
  busy?: boolean;
  problem?: string | null;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/**
 * A modal question before a step that reaches someone else (declining, removing, inviting), with an optional note
 * that goes with it. The native <dialog> keeps focus inside and closes on Escape; focus starts on the safe choice.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  noteLabel,
  noteHint,
  confirmLabel,
  cancelLabel,
  tone = 'danger',
  initialFocus = 'cancel',
  busy = false,
  problem,
  onConfirm,
  onClose,
}: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [note, setNote] = useState('');
  // The dialog opens and closes as `open` says. The browser fires its close event later, as a task of its own:
  // a close this component made is not reported again then, or a quick reopen (Escape, then Enter on the same
  // button) would be closed by the late event of the close before it.
  const closing = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      if (initialFocus === 'note') element.querySelector('textarea')?.focus();
      else cancel.current?.focus();
    } else if (!open && element.open) {
      closing.current = true;
      element.close();
    }
  }, [open, initialFocus]);

  function close() {
    setNote('');
    onClose();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onConfirm(note.trim());
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      // What will happen is read out with the question, though the focus starts on a button.
      aria-describedby={`${id}-body`}
      // Escape asks to close: the state closes it, as "Annuleren" does.
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClose={() => {
        if (closing.current) closing.current = false;
        else close();
      }}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        {noteLabel && (
          <TextArea
            label={noteLabel}
            hint={noteHint}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="choice">
          <button
            type="submit"
            className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
            disabled={busy}
          >
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button" onClick={close}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
