import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { ProposalPageQuery, StanceChoice } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { queryStatus } from '../common/QueryStatus';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';
import { PlanActivityForm } from '../dashboard/PlanActivityForm';
import { DATE_TIME } from './DecisionsSection';

const ProposalQuery = graphql(`
  query ProposalPage($id: ID!, $workshopId: ID) {
    proposal(id: $id) {
      id
      kind
      pollMethod
      title
      body
      closesAt
      closedAt
      isOpen
      outcome
      outcomeAt
      reviewOn
      canConclude
      createdAt
      author {
        id
        name
      }
      atelier {
        id
        title
        canLead
      }
      options {
        id
        label
      }
      myStance {
        id
        choice
        reason
        options {
          id
        }
      }
      stances {
        id
        choice
        reason
        updatedAt
        user {
          id
          name
        }
        options {
          id
          label
        }
      }
      results {
        participants
        stances {
          choice
          count
        }
        options {
          option {
            id
            label
          }
          firstChoices
          points
        }
      }
      activities {
        id
        title
        startsAt
      }
    }
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

const TakeStanceMutation = graphql(`
  mutation TakeStance($input: TakeStanceInput!) {
    takeStance(input: $input) {
      id
    }
  }
`);

const CloseProposalMutation = graphql(`
  mutation CloseProposal($id: ID!) {
    closeProposal(id: $id) {
      id
      isOpen
      closedAt
    }
  }
`);

const WriteOutcomeMutation = graphql(`
  mutation WriteProposalOutcome($input: WriteProposalOutcomeInput!) {
    writeProposalOutcome(input: $input) {
      id
      outcome
      outcomeAt
      reviewOn
    }
  }
`);

type Proposal = NonNullable<ProposalPageQuery['proposal']>;
const STANCES: readonly StanceChoice[] = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'];

/** A proposal or poll: what it asks, your stance or vote, the results and who chose what, and its outcome. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(ProposalQuery, {
    variables: { id, workshopId: workshop.id },
  });
  const [planning, setPlanning] = useState(false);
  const proposal = data?.proposal;
  if (!proposal) return queryStatus({ loading, error, retry: refetch });
  const atelierPath = workshop.path(`/ateliers/${encodeURIComponent(proposal.atelier.id)}`);

  return (
    <article className="proposal">
      <p>
        <Link to={atelierPath}>
          {t('decision.back')}: {proposal.atelier.title}
        </Link>
      </p>
      <header className="intro">
        <p className="eyebrow">{t(`decision.kind.${proposal.kind}`)}</p>
        <h1>{proposal.title}</h1>
        <p className="meta">
          <span>{t('decision.proposedBy', { name: proposal.author?.name ?? '' })}</span>
          <span>
            {proposal.isOpen
              ? t('decision.closesAt', { date: formatDate(proposal.closesAt, DATE_TIME) })
              : t('decision.closedAt', {
                  date: formatDate(proposal.closedAt ?? proposal.closesAt, DATE_TIME),
                })}
          </span>
        </p>
      </header>
      {proposal.body && (
        <div className="rich-text__content" dangerouslySetInnerHTML={{ __html: proposal.body }} />
      )}

      <div className="two-columns">
        <div className="stack">
          {proposal.isOpen ? (
            <StanceForm proposal={proposal} onSaved={() => refetch()} />
          ) : (
            <p className="state">{t('decision.closedNoStance')}</p>
          )}
          <Results proposal={proposal} />
          <WhoChoseWhat proposal={proposal} />
        </div>
        <aside className="stack">
          <section aria-labelledby="besluit" className="card">
            <h2 id="besluit">{t('decision.outcomeTitle')}</h2>
            {proposal.outcome && proposal.outcomeAt ? (
              <>
                <p className="meta">{t('decision.outcomeOn', { date: formatDate(proposal.outcomeAt) })}</p>
                <p className="decision-outcome">{proposal.outcome}</p>
                {proposal.reviewOn && (
                  <p className="meta">{t('decision.reviewOn', { date: formatDate(proposal.reviewOn) })}</p>
                )}
              </>
            ) : (
              <p className="state">{t('decision.outcomeNone')}</p>
            )}
            {proposal.canConclude && proposal.isOpen && (
              <CloseButton proposalId={proposal.id} onClosed={() => refetch()} />
            )}
            {proposal.canConclude && !proposal.isOpen && (
              <OutcomeForm proposal={proposal} onSaved={() => refetch()} />
            )}
          </section>
          {(proposal.activities.length > 0 || (proposal.outcome && proposal.atelier.canLead)) && (
            <section aria-labelledby="uit-besluit" className="card">
              <h2 id="uit-besluit">{t('decision.activitiesTitle')}</h2>
              {proposal.activities.length > 0 && (
                <ul>
                  {proposal.activities.map((activity) => (
                    <li key={activity.id}>
                      <Link to={workshop.path(`/activiteiten/${encodeURIComponent(activity.id)}`)}>
                        {activity.title}
                      </Link>{' '}
                      <span className="meta">{formatDate(activity.startsAt, DATE_TIME)}</span>
                    </li>
                  ))}
                </ul>
              )}
              {proposal.outcome && proposal.atelier.canLead && !planning && (
                <button type="button" className="button button--primary" onClick={() => setPlanning(true)}>
                  {t('decision.plan')}
                </button>
              )}
            </section>
          )}
        </aside>
      </div>
      {planning && proposal.outcome && (
        <section className="card" aria-label={t('decision.plan')}>
          <PlanActivityForm
            atelierId={proposal.atelier.id}
            proposalId={proposal.id}
            initial={{ title: proposal.title, description: proposal.outcome }}
            municipalities={data.municipalities}
            onPlanned={async () => {
              setPlanning(false);
              await refetch();
            }}
          />
        </section>
      )}
    </article>
  );
}

/** Your stance (an accessible radio group with a reason) or vote (one choice, or a ranking moved by buttons). */
function StanceForm({ proposal, onSaved }: { proposal: Proposal; onSaved: () => unknown }) {
  const { t } = useI18n();
  const [take, taking] = useMutation(TakeStanceMutation);
  const mine = proposal.myStance;
  const [choice, setChoice] = useState<StanceChoice | null>(mine?.choice ?? null);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [single, setSingle] = useState<string | null>(mine?.options[0]?.id ?? null);
  const [ranking, setRanking] = useState<string[]>(() => {
    const mineOrder = mine?.options.map((o) => o.id) ?? [];
    return mineOrder.length === proposal.options.length ? mineOrder : proposal.options.map((o) => o.id);
  });
  const [errors, setErrors] = useState<{ choice?: string; reason?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const labels = new Map(proposal.options.map((o) => [o.id, o.label]));

  // After a move the button pressed keeps the focus, at the option's new place.
  useEffect(() => {
    if (!moved) return;
    const button = form.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.dir}-${moved.id}"]`);
    (button && !button.disabled
      ? button
      : form.current?.querySelector<HTMLButtonElement>(`[data-move$="-${moved.id}"]:not(:disabled)`)
    )?.focus();
  }, [moved, form]);

  function move(index: number, by: -1 | 1) {
    setRanking((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      setMoved({ id: item!, dir: by < 0 ? 'up' : 'down' });
      return next;
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: typeof errors = {};
    if (proposal.kind === 'PROPOSAL') {
      if (!choice) missing.choice = t('decision.choiceRequired');
      else if (choice === 'BLOCK' && reason.trim() === '') missing.reason = t('decision.reasonRequired');
    } else if (proposal.pollMethod === 'SINGLE' && !single) missing.choice = t('decision.optionRequired');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      await take({
        variables: {
          input: {
            proposalId: proposal.id,
            choice: proposal.kind === 'PROPOSAL' ? choice : null,
            reason,
            optionIds:
              proposal.kind === 'POLL' ? (proposal.pollMethod === 'RANKED' ? ranking : [single!]) : null,
          },
        },
      });
      setNotice(t('decision.saved'));
      await onSaved();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (p.code === 'CONFLICT') next.form = t('decision.error.closed');
        else if (field === 'reason') next.reason = t('decision.reasonRequired');
        else next.form = problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  const legend =
    proposal.kind === 'PROPOSAL'
      ? t('decision.yourStance')
      : proposal.pollMethod === 'RANKED'
        ? t('decision.yourRanking')
        : t('decision.yourVote');
  return (
    <form ref={form} className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
      {proposal.kind === 'POLL' && proposal.pollMethod === 'RANKED' ? (
        <fieldset className="field">
          <legend>{legend}</legend>
          <p className="field__hint">{t('decision.rankingHint')}</p>
          <ol className="decision-ranking">
            {ranking.map((optionId, i) => {
              const label = labels.get(optionId) ?? '';
              return (
                <li key={optionId}>
                  <span className="decision-ranking__label">{label}</span>
                  <span className="decision-ranking__buttons">
                    <button
                      type="button"
                      className="button button--small"
                      data-move={`up-${optionId}`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={t('decision.moveUp', { label })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      data-move={`down-${optionId}`}
                      disabled={i === ranking.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t('decision.moveDown', { label })}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : (
        <fieldset
          className={`field${errors.choice ? ' field--invalid' : ''}`}
          aria-describedby={errors.choice ? 'standpunt-fout' : undefined}
        >
          <legend>{legend}</legend>
          {proposal.kind === 'PROPOSAL'
            ? STANCES.map((value) => (
                <label key={value} className="radio">
                  <input
                    type="radio"
                    name="stance"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                    aria-invalid={errors.choice ? true : undefined}
                  />{' '}
                  {t(`decision.stance.${value}`)}
                </label>
              ))
            : proposal.options.map((option) => (
                <label key={option.id} className="radio">
                  <input
                    type="radio"
                    name="poll-choice"
                    value={option.id}
                    checked={single === option.id}
                    onChange={() => setSingle(option.id)}
                    aria-invalid={errors.choice ? true : undefined}
                  />{' '}
                  {option.label}
                </label>
              ))}
          {errors.choice && (
            <p id="standpunt-fout" className="field__error">
              {errors.choice}
            </p>
          )}
        </fieldset>
      )}
      <TextArea
        label={t('decision.reason')}
        hint={proposal.kind === 'PROPOSAL' ? t('decision.reasonHint') : undefined}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
        maxLength={2000}
        rows={3}
      />
      {errors.form && (
        <p className="form__problem" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={taking.loading}>
        {proposal.kind === 'PROPOSAL' ? t('decision.saveStance') : t('decision.saveVote')}
      </button>
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}

/** The counts as a table whose cells carry a bar: the numbers are text, the bars only show proportions. */
function Results({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  const { results } = proposal;
  const ranked = proposal.pollMethod === 'RANKED';
  const rows =
    proposal.kind === 'PROPOSAL'
      ? results.stances.map((s) => ({
          key: s.choice,
          label: t(`decision.stance.${s.choice}`),
          value: s.count,
          first: s.count,
        }))
      : results.options.map((o) => ({
          key: o.option.id,
          label: o.option.label,
          value: o.points,
          first: o.firstChoices,
        }));
  const max = Math.max(1, ...rows.map((r) => r.value));
  const n = proposal.options.length;
  return (
    <section aria-labelledby="uitslag">
      <h2 id="uitslag">{t('decision.resultsTitle')}</h2>
      <p>{t('decision.participants', { count: results.participants })}</p>
      <table className="spread decision-results">
        <caption className="visually-hidden">{t('decision.resultsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {proposal.kind === 'PROPOSAL' ? t('decision.col.stance') : t('decision.col.option')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('decision.chartLabel')}</span>
            </th>
            {ranked && <th scope="col">{t('decision.col.first')}</th>}
            <th scope="col">{ranked ? t('decision.col.points') : t('decision.col.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="spread__bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect
                    className="decision-bar"
                    x="0"
                    y="0"
                    height="10"
                    width={(row.value / max) * 100}
                    rx="1"
                  />
                </svg>
              </td>
              {ranked && <td className="spread__count">{row.first}</td>}
              <td className="spread__count">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ranked && <p className="meta">{t('decision.bordaExplained', { n, max: Math.max(0, n - 1) })}</p>}
    </section>
  );
}

/** Who took which stance (as Loomio shows it), to those who take part. */
function WhoChoseWhat({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  if (proposal.stances.length === 0) return null;
  return (
    <section aria-labelledby="wie-koos-wat">
      <h2 id="wie-koos-wat">{t('decision.whoTitle')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('decision.col.person')}</th>
              <th scope="col">{t('decision.col.choice')}</th>
              <th scope="col">{t('decision.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.stances.map((stance) => (
              <tr key={stance.id}>
                <th scope="row">{stance.user?.name ?? '—'}</th>
                <td>
                  {stance.choice
                    ? t(`decision.stance.${stance.choice}`)
                    : stance.options
                        .map((o, i) => `${proposal.pollMethod === 'RANKED' ? `${i + 1}. ` : ''}${o.label}`)
                        .join(', ')}
                </td>
                <td>{stance.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CloseButton({ proposalId, onClosed }: { proposalId: string; onClosed: () => unknown }) {
  const { t } = useI18n();
  const [close, closing] = useMutation(CloseProposalMutation);
  return (
    <p>
      <button
        type="button"
        className="button"
        disabled={closing.loading}
        onClick={() => void close({ variables: { id: proposalId } }).then(() => onClosed())}
      >
        {t('decision.close')}
      </button>
    </p>
  );
}

/** The proposer writes what was decided, with an optional review date. */
function OutcomeForm({ proposal, onSaved }: { proposal: Proposal; onSaved: () => unknown }) {
  const { t } = useI18n();
  const [write, writing] = useMutation(WriteOutcomeMutation);
  const [outcome, setOutcome] = useState(proposal.outcome ?? '');
  const [reviewOn, setReviewOn] = useState(proposal.reviewOn?.slice(0, 10) ?? '');
  const [errors, setErrors] = useState<{ outcome?: string; reviewOn?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: typeof errors = {};
    if (outcome.trim().length < 3) missing.outcome = t('question.titleTooShort');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      await write({
        variables: {
          input: {
            proposalId: proposal.id,
            outcome,
            reviewOn: reviewOn ? new Date(`${reviewOn}T09:00:00`).toISOString() : null,
          },
        },
      });
      setNotice(t('decision.outcomeSaved'));
      await onSaved();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (field === 'reviewOn') next.reviewOn = t('decision.error.future');
        else if (field === 'outcome') next.outcome = problemText(t, p);
        else next.form = problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <form
      ref={form}
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="besluit-vastleggen"
    >
      <h3 id="besluit-vastleggen">{t('decision.outcomeWrite')}</h3>
      <TextArea
        label={t('decision.field.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        error={errors.outcome}
        maxLength={5000}
        rows={4}
        required
      />
      <Field
        type="date"
        label={t('decision.field.reviewOn')}
        hint={t('decision.field.reviewOnHint')}
        value={reviewOn}
        onChange={(e) => setReviewOn(e.target.value)}
        error={errors.reviewOn}
      />
      {errors.form && (
        <p className="form__problem" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={writing.loading}>
        {t('decision.outcomeWrite')}
      </button>
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}
