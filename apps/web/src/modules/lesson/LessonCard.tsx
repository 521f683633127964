import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { LessonCard_LessonFragment } from '../../gql/graphql';
import { ConditionTags } from '../common/ConditionTags';

graphql(`
  fragment LessonCard_lesson on Lesson {
    id
    title
    visibility
    conditions
    createdAt
    author {
      id
      name
    }
    municipality {
      id
      name
    }
    practice {
      id
      title
    }
  }
`);

/** A lesson in a list: title (links to it), rung, who, where, when, conditions; actions as children. */
export function LessonCard({
  lesson,
  showVisibility = true,
  children,
}: {
  lesson: LessonCard_LessonFragment;
  showVisibility?: boolean;
  children?: ReactNode;
}) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  return (
    <li className="card lesson">
      <h3>
        <Link to={workshop.path(`/lessen/${encodeURIComponent(lesson.id)}`)}>{lesson.title}</Link>
      </h3>
      <p className="meta">
        {showVisibility && (
          <span
            className={`badge badge--${lesson.visibility.toLowerCase()}`}
            title={t(`visibilityInfo.${lesson.visibility}`)}
          >
            {t(`visibility.${lesson.visibility}`)}
          </span>
        )}
        <span>{lesson.author.name}</span>
        {lesson.practice && <span>{lesson.practice.title}</span>}
        {lesson.municipality && <span>{lesson.municipality.name}</span>}
        <span>{formatDate(lesson.createdAt)}</span>
      </p>
      <ConditionTags conditions={lesson.conditions} />
      {children}
    </li>
  );
}
