import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';
import { ActivityLinksForm } from './ActivityLinksForm';
import { RoomLessonForm } from './RoomLessonForm';

const RecordOutcomeMutation = graphql(`
  mutation RecordActivityOutcome($id: ID!, $input: RecordActivityOutcomeInput!) {
    recordActivityOutcome(id: $id, input: $input) {
      id
      outcome
      attendeeCount
      outcomeRecordedAt
    }
  }
`);

interface Titled {
  id: string;
  title: string;
}

interface KnowledgeProps {
  activity: {
    id: string;
    outcome?: string | null;
    attendeeCount?: number | null;
    canRecordOutcome: boolean;
    canEdit: boolean;
    atelier?: { id: string } | null;
    workshop?: { id: string } | null;
    namedAttendees: { id: string; name: string }[];
    registrations: { id: string; attended: boolean; user: { id: string; name: string } }[];
    links: {
      hiddenCount: number;
      lessons: Titled[];
      insights: Titled[];
      outputs: Titled[];
      lessonsFromRoom: Titled[];
    };
  };
  onRecorded: () => void;
}

/**
 * What an activity presents (only what the reader may read, and how many others there are) and what came out of
 * it; whoever leads it records the latter here once it has begun.
 */
export function ActivityKnowledge({ activity, onRecorded }: KnowledgeProps) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const { links } = activity;
  const presented = [
    ...links.insights.map((i) => ({ ...i, to: `/inzichten/${encodeURIComponent(i.id)}` })),
    ...links.lessons.map((l) => ({ ...l, to: `/lessen/${encodeURIComponent(l.id)}` })),
    ...links.outputs.map((o) => ({ ...o, to: `/opbrengsten/${encodeURIComponent(o.id)}` })),
  ];
  const recorded = activity.outcome !== null && activity.outcome !== undefined;
  // Leading it (before or after the start, not cancelled) is what canEdit and canRecordOutcome say between them.
  const leads = activity.canEdit || activity.canRecordOutcome;
  const atelierId = activity.atelier?.id;
  const workshopId = activity.workshop?.id;
  return (
    <>
      {(presented.length > 0 || links.hiddenCount > 0 || (leads && (atelierId || workshopId))) && (
        <section aria-labelledby="presenteert">
          <h2 id="presenteert">{t('activity.presents')}</h2>
          {presented.length > 0 && (
            <ul>
              {presented.map((item) => (
                <li key={item.id}>
                  <Link to={workshop.path(item.to)}>{item.title}</Link>
                </li>
              ))}
            </ul>
          )}
          {links.hiddenCount > 0 && (
            <p className="meta">{t('activity.hiddenLinks', { count: links.hiddenCount })}</p>
          )}
          {leads && (atelierId || workshopId) && (
            <ActivityLinksForm
              activityId={activity.id}
              atelierId={atelierId}
              workshopId={workshopId}
              linked={links}
              onSaved={onRecorded}
            />
          )}
        </section>
      )}
      {(recorded || links.lessonsFromRoom.length > 0 || activity.canRecordOutcome) && (
        <section aria-labelledby="opbrengst">
          <h2 id="opbrengst">{t('activity.outcomeHeading')}</h2>
          {recorded && <p className="activity__outcome">{activity.outcome}</p>}
          {activity.attendeeCount !== null && activity.attendeeCount !== undefined && (
            <p>{t('activity.attendees', { count: activity.attendeeCount })}</p>
          )}
          {activity.namedAttendees.length > 0 && (
            <p>
              {t('activity.namedAttendees')} {activity.namedAttendees.map((p) => p.name).join(', ')}
            </p>
          )}
          {links.lessonsFromRoom.length > 0 && (
            <>
              <h3>{t('activity.lessonsFromRoom')}</h3>
              <ul>
                {links.lessonsFromRoom.map((l) => (
                  <li key={l.id}>
                    <Link to={workshop.path(`/lessen/${encodeURIComponent(l.id)}`)}>{l.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {activity.canRecordOutcome && (
            <RecordOutcomeForm
              id={activity.id}
              outcome={activity.outcome ?? ''}
              attendeeCount={activity.attendeeCount ?? null}
              registrations={activity.registrations}
              onRecorded={onRecorded}
            />
          )}
          {activity.canRecordOutcome && (atelierId || workshopId) && (
            <RoomLessonForm
              activityId={activity.id}
              atelierId={atelierId}
              workshopId={workshopId}
              onSaved={onRecorded}
            />
          )}
        </section>
      )}
    </>
  );
}

function RecordOutcomeForm(props: {
  id: string;
  outcome: string;
  attendeeCount: number | null;
  registrations: { id: string; attended: boolean; user: { id: string; name: string } }[];
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState(props.outcome);
  const [count, setCount] = useState(props.attendeeCount === null ? '' : String(props.attendeeCount));
  const [attended, setAttended] = useState(
    props.registrations.filter((r) => r.attended).map((r) => r.user.id),
  );
  const [errors, setErrors] = useState<{ outcome?: string; attendeeCount?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordOutcomeMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    const attendeeCount = Number(count);
    const next = {
      outcome: outcome.trim() ? undefined : t('activity.outcomeRequired'),
      attendeeCount:
        count.trim() !== '' && Number.isInteger(attendeeCount) && attendeeCount >= 0
          ? undefined
          : t('activity.attendeeCountInvalid'),
    };
    setErrors(next);
    if (next.outcome || next.attendeeCount) return;
    try {
      await record({
        variables: {
          id: props.id,
          input: { outcome: outcome.trim(), attendeeCount, attendedUserIds: attended },
        },
      });
      setNotice(t('activity.outcomeSaved'));
      props.onRecorded();
    } catch (failure) {
      const [first] = apiProblems(failure);
      setProblem(first ? problemText(t, first) : t('state.error'));
    }
  }

  return (
    <form
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={t('activity.recordOutcome')}
    >
      <TextArea
        label={t('activity.outcomeLabel')}
        hint={t('activity.outcomeHint')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        error={errors.outcome}
        maxLength={10000}
        rows={4}
      />
      <Field
        label={t('activity.attendeeCountLabel')}
        type="number"
        inputMode="numeric"
        min={0}
        value={count}
        onChange={(e) => setCount(e.target.value)}
        error={errors.attendeeCount}
      />
      {props.registrations.length > 0 && (
        <fieldset className="field fieldset">
          <legend>{t('activity.attendedLegend')}</legend>
          <p className="field__hint">{t('activity.attendedHint')}</p>
          <div className={props.registrations.length > 8 ? 'checkbox-scroll' : undefined}>
            {props.registrations.map(({ user }) => (
              <label key={user.id} className="checkbox checkbox--block">
                <input
                  type="checkbox"
                  checked={attended.includes(user.id)}
                  onChange={(e) =>
                    setAttended(
                      e.target.checked ? [...attended, user.id] : attended.filter((id) => id !== user.id),
                    )
                  }
                />
                <span>{user.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={recording.loading}>
        {t('activity.recordOutcome')}
      </button>
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}
