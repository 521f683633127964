import { useMutation, useQuery } from '@apollo/client/react';
import type { Visibility } from '@werkplaats/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { ConditionTags } from '../common/ConditionTags';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { LessonCard } from '../lesson/LessonCard';
import { VisibilityLadder } from '../lesson/VisibilityLadder';
import { AnswersQuestions } from '../question/AnswersQuestions';
import { KnowledgePathSection } from '../question/KnowledgePathSection';
import { Reactions } from '../reactions/Reactions';
import { EditInsightForm } from './EditInsightForm';
import { ReadersWarning, readersSee } from './ReadersWarning';

/** An insight starts in the arena: the rungs below are a lesson's. */
const INSIGHT_RUNGS: readonly Visibility[] = ['ARENA', 'TRIBUNE', 'PUBLIC'];

const InsightQuery = graphql(`
  query InsightPage($id: ID!) {
    insight(id: $id) {
      id
      title
      body
      visibility
      version
      canEdit
      conditions
      sharedAt
      createdAt
      lessonCount
      allowedVisibilities
      author {
        id
        name
      }
      atelier {
        workshop {
          id
          slug
        }
        id
        title
      }
      lessons {
        id
        ...LessonCard_lesson
      }
      reactions {
        ...Reactions_reaction
      }
    }
  }
`);

const SetInsightVisibilityMutation = graphql(`
  mutation SetInsightVisibility($id: ID!, $visibility: Visibility!) {
    setInsightVisibility(id: $id, visibility: $visibility) {
      id
      visibility
      sharedAt
      allowedVisibilities
    }
  }
`);

/** An insight with the lessons behind it: each reader sees only those lessons they may read. */
export function InsightPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(InsightQuery, { variables: { id } });
  const [setVisibility, moving] = useMutation(SetInsightVisibilityMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Back from editing: focus where the edit began, so a keyboard user is not thrown to the top.
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const insight = data?.insight;
  if (!insight) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (insight.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={insight.atelier.workshop.slug} />;

  async function move(to: Visibility) {
    setNotice(null);
    await setVisibility({ variables: { id, visibility: to } });
    setNotice(t('ladder.done', { rung: t(`visibility.${to}`) }));
  }

  const shared = insight.visibility === 'TRIBUNE' || insight.visibility === 'PUBLIC';
  return (
    <article>
      <p className="eyebrow">
        <Link to={workshop.path(`/ateliers/${encodeURIComponent(insight.atelier.id)}`)}>
          {insight.atelier.title}
        </Link>
      </p>
      <div className="two-columns">
        {editing ? (
          <EditInsightForm
            insight={{
              id: insight.id,
              version: insight.version,
              title: insight.title,
              body: insight.body,
              conditions: insight.conditions,
              lessonIds: insight.lessons.map((l) => l.id),
              atelierId: insight.atelier.id,
            }}
            onDone={(done) => {
              returnFocus.current = true;
              setSaved(done);
              setEditing(false);
            }}
          />
        ) : (
          <div className="stack">
            <header>
              <h1>{insight.title}</h1>
              <p className="meta">
                <span className={`badge badge--${insight.visibility.toLowerCase()}`}>
                  {t(`visibility.${insight.visibility}`)}
                </span>
                <span>{t('insight.by', { name: insight.author.name })}</span>
                <span>{formatDate(insight.sharedAt ?? insight.createdAt)}</span>
              </p>
              <ConditionTags conditions={insight.conditions} />
              {insight.canEdit && (
                <p className="choice">
                  <button
                    ref={editButton}
                    type="button"
                    className="button"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    {t('insight.edit')}
                  </button>
                </p>
              )}
              {saved && (
                <p className="notice" role="status">
                  {t('insight.saved')}
                </p>
              )}
            </header>
            {/* Sanitized by the API when it was written. */}
            <div className="rich-text__content" dangerouslySetInnerHTML={{ __html: insight.body }} />
            <section aria-labelledby="erachter">
              <h2 id="erachter">{t('insight.behind')}</h2>
              {insight.lessons.length < insight.lessonCount && (
                <p className="meta">
                  {insight.lessons.length === 0
                    ? t('insight.noneVisible')
                    : t('insight.visibleOf', { visible: insight.lessons.length, total: insight.lessonCount })}
                </p>
              )}
              {insight.lessons.length === 0 ? null : (
                <ul className="card-list">
                  {insight.lessons.map((lesson) => (
                    <LessonCard key={lesson.id} lesson={lesson} />
                  ))}
                </ul>
              )}
              {insight.lessonCount === 0 && <Empty>{t('insight.noneVisible')}</Empty>}
            </section>
            <KnowledgePathSection id={insight.id} collapsed />
          </div>
        )}
        <aside className="stack">
          {insight.allowedVisibilities.length > 0 && (
            <VisibilityLadder
              title={t('insight.ladderTitle')}
              current={insight.visibility}
              allowed={insight.allowedVisibilities}
              rungs={INSIGHT_RUNGS}
              busy={moving.loading}
              onMove={(to) => void move(to)}
              notice={notice}
              confirmNote={(to) => {
                // Lessons the lifter cannot read stand lower still: their readers will not see them either.
                const unseen = readersSee(
                  to,
                  insight.lessons,
                  Math.max(0, insight.lessonCount - insight.lessons.length),
                );
                return (
                  unseen &&
                  (to === 'TRIBUNE' || to === 'PUBLIC') && (
                    <ReadersWarning rung={to} unseen={unseen} hint={t('insight.readersHint')} />
                  )
                );
              }}
            />
          )}
          {shared && (
            <Reactions targetId={insight.id} reactions={insight.reactions} canReact={viewer !== null} />
          )}
          <AnswersQuestions targetId={insight.id} atelierId={insight.atelier.id} />
        </aside>
      </div>
    </article>
  );
}
