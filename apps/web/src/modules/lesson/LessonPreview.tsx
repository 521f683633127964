import type { Condition, Domain, Level } from '@werkplaats/domain';
import { useId } from 'react';
import { useI18n } from '../../app/i18n';
import { ConditionTags } from '../common/ConditionTags';
import { LessonFacets } from './LessonFields';

/**
 * A lesson being written, as its readers will see it once shared: title, the text rendered, its conditions, level
 * and domain, and who will read it at the rung it is shared to first (its practice's participants, or the arena).
 */
export function LessonPreview({
  title,
  body,
  conditions,
  level,
  domain,
  authorName,
  practice,
}: {
  title: string;
  body: string;
  conditions: readonly Condition[];
  level: Level | '';
  domain: Domain | '';
  authorName: string;
  practice: { title: string; municipality: { name: string } } | null;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="lesson-preview" aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`} className="lesson-preview__label">
        {t('lesson.previewTitle')}
      </h2>
      <h3>{title.trim() || t('lesson.previewEmpty')}</h3>
      <p className="meta">
        <span>{t('lesson.by', { name: authorName })}</span>
        {practice && <span>{practice.title}</span>}
        {practice && <span>{practice.municipality.name}</span>}
      </p>
      <ConditionTags conditions={conditions} />
      {level && domain && <LessonFacets level={level} domain={domain} />}
      {body ? (
        // The editor's own HTML (TipTap writes only the nodes and marks of its schema); the API sanitizes it again.
        <div className="rich-text__content" dangerouslySetInnerHTML={{ __html: body }} />
      ) : (
        <p className="meta">{t('lesson.previewNoBody')}</p>
      )}
      <p className="notice">
        {practice
          ? t('lesson.previewRungPractice', {
              practice: practice.title,
              rung: t('visibility.PRACTICE'),
            })
          : t('lesson.previewRungArena', { rung: t('visibility.ARENA') })}
      </p>
    </section>
  );
}
