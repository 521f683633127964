import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { Empty } from '../common/States';
import { Select } from '../lesson/LessonFields';

const JoinPracticeMutation = graphql(`
  mutation JoinPractice($id: ID!) {
    joinPractice(practiceId: $id) {
      id
    }
  }
`);

const LeavePracticeMutation = graphql(`
  mutation LeavePractice($id: ID!) {
    leavePractice(practiceId: $id)
  }
`);

// The gemeenten a practice can start in: asked for once someone opens the form, not with the atelier's page.
const PracticeMunicipalitiesQuery = graphql(`
  query PracticeMunicipalities($workshopId: ID!) {
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

const StartPracticeMutation = graphql(`
  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {
    startPractice(atelierId: $atelierId, input: $input) {
      id
    }
  }
`);

interface PracticeRow {
  id: string;
  title: string;
  neighbourhood?: string | null;
  municipality: { id: string; name: string };
  participants: { id: string }[];
}

interface Props {
  atelierId: string;
  practices: PracticeRow[];
  viewerId: string | null;
  canWork: boolean;
  onChanged: () => Promise<unknown>;
}

/** Lerende praktijken per gemeente; the arena joins one or starts one. */
export function PracticeSection({ atelierId, practices, viewerId, canWork, onChanged }: Props) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  // Asked for the first time the form opens, and kept from then on.
  const [formOpened, setFormOpened] = useState(false);
  const { data: places } = useQuery(PracticeMunicipalitiesQuery, {
    variables: { workshopId: workshop.id },
    skip: !formOpened,
  });
  const [join, joining] = useMutation(JoinPracticeMutation);
  const [leave, leaving] = useMutation(LeavePracticeMutation);
  const [start, starting] = useMutation(StartPracticeMutation);
  const [title, setTitle] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [neighbourhood, setNeighbourhood] = useState('');
  const [errors, setErrors] = useState<{ title?: string; municipalityId?: string; neighbourhood?: string }>(
    {},
  );
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const busy = joining.loading || leaving.loading || starting.loading;

  const groups = new Map<string, PracticeRow[]>();
  for (const p of practices) groups.set(p.municipality.name, [...(groups.get(p.municipality.name) ?? []), p]);

  async function onStart(event: FormEvent) {
    event.preventDefault();
    const missing: typeof errors = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (municipalityId === '') missing.municipalityId = t('practice.chooseMunicipality');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      await start({
        variables: { atelierId, input: { title, municipalityId, neighbourhood: neighbourhood || null } },
      });
      setTitle('');
      setNeighbourhood('');
      await onChanged();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (field === 'municipalityId' || field === 'neighbourhood') next[field] = problemText(t, p);
        else next.title = field === 'title' ? problemText(t, p) : problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby="praktijken" className="card">
      <h2 id="praktijken">{t('atelier.practicesTitle')}</h2>
      {practices.length === 0 ? (
        <Empty>{t('atelier.practicesEmpty')}</Empty>
      ) : (
        [...groups.entries()].map(([municipality, list]) => (
          <div key={municipality} className="practice-group">
            <h3>{municipality}</h3>
            <ul className="practice-list">
              {list.map((p) => {
                const mine = viewerId !== null && p.participants.some((u) => u.id === viewerId);
                return (
                  <li key={p.id}>
                    <span>
                      {p.title}
                      {p.neighbourhood ? ` (${p.neighbourhood})` : ''}{' '}
                      <span className="meta">
                        {t('atelier.participantsInPractice', { count: p.participants.length })}
                      </span>
                    </span>
                    {canWork &&
                      (mine ? (
                        <span className="practice-list__actions">
                          <span className="meta">{t('practice.youTakePart')}</span>
                          <button
                            type="button"
                            className="button button--quiet"
                            disabled={busy}
                            aria-label={`${t('practice.leave')}: ${p.title}`}
                            onClick={() => void leave({ variables: { id: p.id } }).then(onChanged)}
                          >
                            {t('practice.leave')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`${t('practice.join')}: ${p.title}`}
                          onClick={() => void join({ variables: { id: p.id } }).then(onChanged)}
                        >
                          {t('practice.join')}
                        </button>
                      ))}
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
      {canWork && (
        <details
          className="practice-start"
          onToggle={(event) => {
            if (event.currentTarget.open) setFormOpened(true);
          }}
        >
          <summary>{t('practice.start')}</summary>
          <form ref={form} className="form" onSubmit={(e) => void onStart(e)} noValidate>
            <Field
              label={t('practice.title')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              error={errors.title}
              maxLength={200}
            />
            <Select
              label={t('practice.municipality')}
              value={municipalityId}
              onChange={setMunicipalityId}
              error={errors.municipalityId}
              options={[
                { value: '', label: t('practice.chooseMunicipality') },
                ...(places?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
              ]}
            />
            <Field
              label={t('practice.neighbourhood')}
              value={neighbourhood}
              onChange={(e) => setNeighbourhood(e.target.value)}
              error={errors.neighbourhood}
            />
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('practice.create')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
