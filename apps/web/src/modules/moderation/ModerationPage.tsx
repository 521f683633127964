import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { ModerationPageQuery } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LoadError, Loading } from '../common/States';

const ModerationQuery = graphql(`
  query ModerationPage($workshopId: ID!, $hidden: Boolean!) {
    moderationQueue(workshopId: $workshopId, hidden: $hidden) {
      targetId
      targetType
      openReportCount
      reasons
      firstReportedAt
      lastReportedAt
      hiddenReason
      atelier {
        id
        title
      }
      lesson {
        id
        title
      }
      insight {
        id
        title
      }
      reaction {
        id
        body
        author {
          id
          name
        }
      }
      reports {
        id
        reason
        note
        createdAt
      }
    }
  }
`);

const HideMutation = graphql(`
  mutation HideContent($input: HideContentInput!) {
    hideContent(input: $input) {
      targetId
      hiddenReason
    }
  }
`);
const RestoreMutation = graphql(`
  mutation RestoreContent($targetId: ID!) {
    restoreContent(targetId: $targetId) {
      targetId
    }
  }
`);
const DismissMutation = graphql(`
  mutation DismissReports($targetId: ID!) {
    dismissReports(targetId: $targetId) {
      targetId
    }
  }
`);

type Item = ModerationPageQuery['moderationQueue'][number];

/**
 * The moderation queue (/w/<slug>/moderatie) of the atelier's trekker and the werkplaats's beheerders: reported
 * lessons and reactions, their reports grouped; hide (with a reason its readers see), dismiss, or restore.
 */
export function ModerationPage() {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const [hidden, setHidden] = useState(false);
  const { data, loading, error, refetch } = useQuery(ModerationQuery, {
    variables: { workshopId: workshop.id, hidden },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = ['ModerationPage', 'ModerationSummary'];
  const [hide, hiding] = useMutation(HideMutation, { refetchQueries, awaitRefetchQueries: true });
  const [restore] = useMutation(RestoreMutation, { refetchQueries, awaitRefetchQueries: true });
  const [dismiss] = useMutation(DismissMutation, { refetchQueries, awaitRefetchQueries: true });
  const [hidingItem, setHidingItem] = useState<Item | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const forbidden = apiProblems(error).some((p) => p.code === 'FORBIDDEN');
  if (loading && !data) return <Loading />;
  if (forbidden)
    return (
      <article className="prose">
        <h1>{t('moderation.title')}</h1>
        <p>{t('moderation.forbidden')}</p>
      </article>
    );
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const items = data?.moderationQueue ?? [];

  async function run(action: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setProblem(problemText(t, first ?? { code: 'NETWORK', message: '' }));
      return false;
    }
  }

  return (
    <article>
      <h1>{t('moderation.title')}</h1>
      <p className="lead">{t('moderation.intro')}</p>
      <div className="choice" role="group" aria-label={t('moderation.show')}>
        <button
          type="button"
          className={`button${hidden ? '' : ' button--primary'}`}
          aria-pressed={!hidden}
          onClick={() => setHidden(false)}
        >
          {t('moderation.tabOpen')}
        </button>
        <button
          type="button"
          className={`button${hidden ? ' button--primary' : ''}`}
          aria-pressed={hidden}
          onClick={() => setHidden(true)}
        >
          {t('moderation.tabHidden')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {problem && !hidingItem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {items.length === 0 ? (
        <p className="meta">{hidden ? t('moderation.emptyHidden') : t('moderation.empty')}</p>
      ) : (
        <ul className="moderation-queue">
          {items.map((item) => {
            const on = item.lesson ?? item.insight;
            const link = item.lesson
              ? workshop.path(`lessen/${item.lesson.id}`)
              : item.insight
                ? workshop.path(`inzichten/${item.insight.id}`)
                : null;
            return (
              <li key={item.targetId} className="card">
                <h2>
                  {item.targetType === 'Lesson'
                    ? t('moderation.lessonItem', { title: item.lesson?.title ?? '' })
                    : t('moderation.reactionItem', { name: item.reaction?.author.name ?? '' })}
                </h2>
                <p className="meta">
                  {item.atelier.title}
                  {on && item.targetType === 'Reaction' && <> · {t('moderation.on', { title: on.title })}</>}
                  {link && (
                    <>
                      {' · '}
                      <Link to={link}>{t('moderation.open')}</Link>
                    </>
                  )}
                </p>
                {item.reaction && (
                  // Sanitised rich text, as the API stores it.
                  <blockquote
                    className="reaction__body rich-text__content"
                    dangerouslySetInnerHTML={{ __html: item.reaction.body }}
                  />
                )}
                {item.hiddenReason && (
                  <p className="notice">{t('moderation.hiddenBy', { reason: item.hiddenReason })}</p>
                )}
                <p>
                  {t('moderation.reportCount', { count: item.reports.length })} ·{' '}
                  {item.reasons.map((r) => t(`moderation.reason.${r}`)).join(', ')}
                  {item.firstReportedAt && item.lastReportedAt && (
                    <>
                      {' · '}
                      {t('moderation.between', {
                        first: formatDate(item.firstReportedAt),
                        last: formatDate(item.lastReportedAt),
                      })}
                    </>
                  )}
                </p>
                {item.reports.some((r) => r.note) && (
                  <ul className="meta">
                    {item.reports
                      .filter((r) => r.note)
                      .map((r) => (
                        <li key={r.id}>
                          {t(`moderation.reason.${r.reason}`)}: {r.note}
                        </li>
                      ))}
                  </ul>
                )}
                <div className="choice">
                  {hidden ? (
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        void run(
                          () => restore({ variables: { targetId: item.targetId } }),
                          t('moderation.restored'),
                        )
                      }
                    >
                      {t('moderation.restore')}
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button button--primary"
                        onClick={() => {
                          setProblem(null);
                          setHidingItem(item);
                        }}
                      >
                        {t('moderation.hide')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          void run(
                            () => dismiss({ variables: { targetId: item.targetId } }),
                            t('moderation.dismissed'),
                          )
                        }
                      >
                        {t('moderation.dismiss')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={hidingItem !== null}
        title={t('moderation.hideTitle')}
        noteLabel={t('moderation.hideReason')}
        noteHint={t('moderation.hideReasonHint')}
        initialFocus="note"
        confirmLabel={t('moderation.hide')}
        cancelLabel={t('moderation.cancel')}
        busy={hiding.loading}
        problem={problem}
        onConfirm={(reason) => {
          const item = hidingItem;
          if (!item) return;
          if (reason.trim().length < 3) {
            setProblem(t('moderation.hideReasonRequired'));
            return;
          }
          void run(
            () => hide({ variables: { input: { targetId: item.targetId, reason } } }),
            t('moderation.hidden'),
          ).then((ok) => {
            if (ok) setHidingItem(null);
          });
        }}
        onClose={() => setHidingItem(null)}
      >
        <p>{t('moderation.hideBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
