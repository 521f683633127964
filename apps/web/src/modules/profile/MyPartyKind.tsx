import { useMutation } from '@apollo/client/react';
import type { PartyKind } from '@werkplaats/domain';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { PartyKindSelect } from '../memberships/OrganisationPicker';
import { StatusMessage } from '../common/StatusMessage';

const UpdatePartyKindMutation = graphql(`
  mutation UpdatePartyKind($partyKind: PartyKind) {
    updateMe(input: { partyKind: $partyKind }) {
      id
      partyKind
    }
  }
`);

/** In what capacity one takes part (inwoner, professional, …): one's own to say and to change. */
export function MyPartyKind({ partyKind }: { partyKind: PartyKind | null }) {
  const { t } = useI18n();
  const [value, setValue] = useState<PartyKind | ''>(partyKind ?? '');
  const [save, saving] = useMutation(UpdatePartyKindMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      await save({ variables: { partyKind: value || null } });
      setNotice(
        value ? t('partyKind.saved', { partyKind: t(`partyKind.${value}`) }) : t('partyKind.cleared'),
      );
    } catch {
      setProblem(t('state.error'));
    }
  }

  return (
    <section aria-labelledby="als-wat">
      <h2 id="als-wat">{t('partyKind.title')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <PartyKindSelect value={value} onChange={setValue} label={t('partyKind.title')} />
        <StatusMessage>{notice}</StatusMessage>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {t('partyKind.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
