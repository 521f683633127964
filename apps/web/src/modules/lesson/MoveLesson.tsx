import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Select } from './LessonFields';

const MoveTargetsQuery = graphql(`
  query LessonMoveTargets($id: ID!) {
    atelier(id: $id) {
      id
      practices {
        id
        title
        municipality {
          id
          name
        }
        participants {
          id
        }
      }
    }
  }
`);

const MoveLessonMutation = graphql(`
  mutation MoveLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      version
      practice {
        id
        title
      }
      municipality {
        id
        name
      }
    }
  }
`);

/**
 * Its author moves a lesson to another practice of the atelier they take part in (the API checks the same); the
 * rung stays, so who reads it changes only from one practice to the other.
 */
export function MoveLesson({
  lesson,
  viewerId,
  onMoved,
}: {
  lesson: { id: string; version: number; atelierId: string; practiceId: string | null };
  viewerId: string;
  onMoved: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const targets = useQuery(MoveTargetsQuery, { variables: { id: lesson.atelierId } });
  const [move, moving] = useMutation(MoveLessonMutation);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);

  const practices = (targets.data?.atelier?.practices ?? []).filter(
    (p) => p.id !== lesson.practiceId && p.participants.some((u) => u.id === viewerId),
  );
  if (!targets.data) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setError(undefined);
    if (!chosen) {
      setError(t('inputError.choice'));
      return;
    }
    try {
      const result = await move({
        variables: { input: { id: lesson.id, version: lesson.version, practiceId: chosen } },
      });
      setChosen('');
      setNotice(t('lesson.moved', { practice: result.data?.updateLesson.practice?.title ?? '' }));
      await onMoved();
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setError(first ? problemText(t, first) : t('state.error'));
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lesson.move')}</h2>
      {practices.length === 0 && !notice ? (
        <p>{t('lesson.moveNone')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <p className="field__hint">{t('lesson.moveHint')}</p>
          <Select
            label={t('lesson.practice')}
            value={chosen}
            onChange={setChosen}
            placeholder={t('lesson.moveChoose')}
            error={error}
            options={practices.map((p) => ({ value: p.id, label: `${p.title} (${p.municipality.name})` }))}
          />
          <div role="status">{notice && <p className="notice">{notice}</p>}</div>
          <div>
            <button type="submit" className="button" disabled={moving.loading}>
              {t('lesson.moveSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
