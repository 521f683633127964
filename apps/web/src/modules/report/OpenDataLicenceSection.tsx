import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import type { OpenDataLicence } from '../../gql/graphql';
import { LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from '../beheer/text';

const BeheerOpenDataLicenceQuery = graphql(`
  query BeheerOpenDataLicence($slug: String!) {
    workshop(slug: $slug) {
      id
      openDataLicence
    }
  }
`);

const SetOpenDataLicenceMutation = graphql(`
  mutation BeheerSetOpenDataLicence($workshopId: ID!, $licence: OpenDataLicence!) {
    setOpenDataLicence(workshopId: $workshopId, licence: $licence) {
      id
      openDataLicence
    }
  }
`);

const LICENCES: OpenDataLicence[] = ['CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0'];

/** Beheer › Privacy: the licence every open-data file of the werkplaats carries (CC BY 4.0 unless changed). */
export function OpenDataLicenceSection({ workshop, slug }: { workshop: BeheerWorkshop; slug: string }) {
  const { t } = useI18n();
  const { bt } = useBeheerText();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(BeheerOpenDataLicenceQuery, { variables: { slug } });
  const [save, saving] = useMutation(SetOpenDataLicenceMutation);
  const [chosen, setChosen] = useState<OpenDataLicence | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = data?.workshop?.openDataLicence;
  const value = chosen ?? current ?? 'CC_BY_4_0';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      await save({ variables: { workshopId: workshop.id, licence: value } });
      setChosen(null);
      setNotice(bt('openDataLicence.saved'));
    } catch {
      setProblem(bt('beheer.problem'));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{bt('openDataLicence.title')}</h2>
      <p>
        {bt('openDataLicence.intro')}{' '}
        <Link to={workshopPath(slug, '/open-data')}>{t('footer.openData')}</Link>
      </p>
      {loading && !data ? (
        <Loading />
      ) : (error && !data) || !current ? (
        <LoadError retry={() => void refetch()} />
      ) : (
        <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
          <div className="field">
            <label htmlFor={`${id}-licence`}>{bt('openDataLicence.label')}</label>
            <select
              id={`${id}-licence`}
              value={value}
              onChange={(e) => setChosen(e.target.value as OpenDataLicence)}
            >
              {LICENCES.map((licence) => (
                <option key={licence} value={licence}>
                  {t(`licence.${licence}`)}
                </option>
              ))}
            </select>
          </div>
          {problem && (
            <p className="form__problem" role="alert">
              {problem}
            </p>
          )}
          <div>
            <button
              type="submit"
              className="button button--primary"
              disabled={saving.loading || value === current}
            >
              {bt('openDataLicence.save')}
            </button>
          </div>
        </form>
      )}
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
