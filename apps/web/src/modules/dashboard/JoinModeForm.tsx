import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';
import type { AtelierJoinMode, JoinModeForm_AtelierFragment } from '../../gql/graphql';

graphql(`
  fragment JoinModeForm_atelier on Atelier {
    id
    joinMode
  }
`);

const SetJoinModeMutation = graphql(`
  mutation SetAtelierJoinMode($atelierId: ID!, $mode: AtelierJoinMode!) {
    setAtelierJoinMode(atelierId: $atelierId, mode: $mode) {
      id
      joinMode
    }
  }
`);

const MODES: readonly AtelierJoinMode[] = ['OPEN', 'ON_REQUEST', 'BY_INVITATION'];

/** The trekker decides who may join the arena: anyone, who asks and is let in, or whom they invite. */
export function JoinModeForm({ atelier }: { atelier: JoinModeForm_AtelierFragment }) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<AtelierJoinMode>(atelier.joinMode);
  const [save, saving] = useMutation(SetJoinModeMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      await save({ variables: { atelierId: atelier.id, mode } });
      setNotice(t('joinMode.saved', { mode: t(`joining.mode.${mode}`) }));
    } catch {
      setProblem(t('state.error'));
    }
  }

  return (
    <form className="card form" aria-labelledby={`${id}-title`} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={`${id}-title`}>{t('joinMode.title')}</h2>
      <fieldset className="fieldset fieldset--plain">
        <legend className="visually-hidden">{t('joinMode.title')}</legend>
        {MODES.map((m) => (
          <label key={m} className="checkbox checkbox--block">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setNotice(null);
              }}
            />
            <span>
              <strong>{t(`joining.mode.${m}`)}</strong>
              <span className="field__hint"> {t(`joining.modeHint.${m}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{t('joinMode.keeps')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={saving.loading}>
          {t('joinMode.save')}
        </button>
      </div>
    </form>
  );
}
