import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { ReportReason } from '../../gql/graphql';

const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      id
      status
    }
  }
`);

export const REPORT_REASONS: ReportReason[] = ['PERSONAL_DATA', 'OFFENSIVE', 'SPAM', 'MISLEADING', 'OTHER'];

/**
 * "Melden": a reader reports a lesson or reaction to the moderation of its atelier, with a reason from the short
 * list and their own words (required for "anders"). Once reported it says "Gemeld" and offers nothing more.
 */
export function ReportButton({
  targetId,
  reported,
  what,
}: {
  targetId: string;
  reported: boolean;
  /** What is reported, for the button's accessible name ("Deze reactie melden"). */
  what: 'lesson' | 'reaction';
}) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(reported);
  const [report, reporting] = useMutation(ReportContentMutation);

  if (done) {
    return (
      <p className="meta" role="status">
        {t('moderation.reported')}
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button button--quiet"
        aria-label={t(what === 'lesson' ? 'moderation.reportLesson' : 'moderation.reportReaction')}
        onClick={() => setOpen(true)}
      >
        {t('moderation.report')}
      </button>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setProblem(t('moderation.reasonRequired'));
      return;
    }
    if (reason === 'OTHER' && note.trim() === '') {
      setProblem(t('moderation.noteRequired'));
      return;
    }
    setProblem(null);
    try {
      await report({ variables: { input: { targetId, reason, note: note.trim() || null } } });
      setDone(true);
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setProblem(problemText(t, first ?? { code: 'NETWORK', message: '' }));
    }
  }

  return (
    <form className="form report-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <fieldset aria-describedby={problem ? `${id}-problem` : undefined}>
        <legend>{t('moderation.reasonLegend')}</legend>
        {REPORT_REASONS.map((r) => (
          <label key={r} className="choice-line">
            <input
              type="radio"
              name={`${id}-reason`}
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
            />{' '}
            {t(`moderation.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>
          {reason === 'OTHER' ? t('moderation.noteLabelRequired') : t('moderation.noteLabel')}
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p className="meta">
        <Link to={workshop.path('gedragscode')}>{t('moderation.codeOfConductLink')}</Link>
      </p>
      <div className="choice">
        <button type="submit" className="button button--primary" disabled={reporting.loading}>
          {t('moderation.send')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('moderation.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Verborgen door de moderatie: <reden>", in place of the text. */
export function HiddenNotice({ reason }: { reason: string | null | undefined }) {
  const { t } = useI18n();
  return <p className="notice notice--hidden">{t('moderation.hiddenBy', { reason: reason ?? '' })}</p>;
}
