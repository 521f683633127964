import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { TextArea } from '../common/TextArea';

export interface PersonalDataFindingView {
  id: string;
  kind: string;
  field: string;
  text: string;
  suggestion: string;
}

export interface PersonalDataChoice {
  findingId: string;
  action: 'PSEUDONYMISE' | 'CONFIRM';
  reason?: string;
}

interface Props {
  open: boolean;
  findings: readonly PersonalDataFindingView[];
  busy: boolean;
  problem: string | null;
  onResolve: (choices: PersonalDataChoice[]) => void;
  onClose: () => void;
}

/** The findings a PERSONAL_DATA refusal carries (extensions.findings), empty for any other failure. */
export function personalDataOf(failure: unknown): PersonalDataFindingView[] {
  const errors = (failure as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors;
  const refusal = Array.isArray(errors)
    ? errors.find((e) => e.extensions?.code === 'PERSONAL_DATA')
    : undefined;
  const found = refusal?.extensions?.findings;
  return Array.isArray(found) ? (found as PersonalDataFindingView[]) : [];
}

/**
 * The server's personal-data findings, shown before the lesson climbs: per finding one choice, replace it by its
 * stand-in ("Vervang door …") or keep it with a reason ("Mag blijven, want …"). Asked in the ladder's own confirm
 * dialog, with the focus on "Annuleren".
 */
export function PersonalDataCheck({ open, findings, busy, problem, onResolve, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [keep, setKeep] = useState<Record<string, boolean>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);

  function resolve() {
    const choices = findings.map((f): PersonalDataChoice =>
      keep[f.id]
        ? { findingId: f.id, action: 'CONFIRM', reason: (reasons[f.id] ?? '').trim() }
        : { findingId: f.id, action: 'PSEUDONYMISE' },
    );
    if (choices.some((c) => c.action === 'CONFIRM' && !c.reason)) {
      setMissing(true);
      return;
    }
    onResolve(choices);
  }

  return (
    <ConfirmDialog
      open={open}
      title={t('privacyCheck.title')}
      confirmLabel={t('privacyCheck.confirm')}
      cancelLabel={t('privacyCheck.cancel')}
      tone="primary"
      busy={busy}
      problem={missing ? t('privacyCheck.reasonMissing') : problem}
      onConfirm={resolve}
      onClose={() => {
        // Closed (cancelled, or the step went on): the next refusal starts from fresh choices.
        setKeep({});
        setReasons({});
        setMissing(false);
        onClose();
      }}
    >
      <p>{t('privacyCheck.intro')}</p>
      <ol className="privacy-check">
        {findings.map((f, i) => (
          <li key={f.id}>
            <fieldset className="field">
              <legend>
                {t(`privacyCheck.kind.${f.kind}` as 'privacyCheck.kind.NAME')}:{' '}
                <mark className="privacy-check__text">{f.text}</mark>{' '}
                <span className="field__hint">
                  ({t(f.field === 'title' ? 'privacyCheck.field.title' : 'privacyCheck.field.body')})
                </span>
              </legend>
              <label className="privacy-check__option">
                <input
                  type="radio"
                  name={`${id}-${i}`}
                  checked={!keep[f.id]}
                  onChange={() => setKeep((k) => ({ ...k, [f.id]: false }))}
                />{' '}
                {t('privacyCheck.replace', { suggestion: f.suggestion })}
              </label>
              <label className="privacy-check__option">
                <input
                  type="radio"
                  name={`${id}-${i}`}
                  checked={keep[f.id] === true}
                  onChange={() => setKeep((k) => ({ ...k, [f.id]: true }))}
                />{' '}
                {t('privacyCheck.keep')}
              </label>
              {keep[f.id] && (
                <TextArea
                  label={t('privacyCheck.reason')}
                  rows={2}
                  maxLength={500}
                  value={reasons[f.id] ?? ''}
                  error={
                    missing && !(reasons[f.id] ?? '').trim() ? t('privacyCheck.reasonMissing') : undefined
                  }
                  onChange={(e) => setReasons((r) => ({ ...r, [f.id]: e.target.value }))}
                />
              )}
            </fieldset>
          </li>
        ))}
      </ol>
    </ConfirmDialog>
  );
}
