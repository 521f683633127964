import type { Condition } from '@werkplaats/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';

/** The conditions of social quality a lesson or insight speaks to, as coloured tags (plus any extra tags). */
export function ConditionTags({
  conditions,
  children,
}: {
  conditions: readonly Condition[];
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ul className="tags">
      {conditions.map((c) => (
        <li key={c} className={`tag condition--${c.toLowerCase()}`}>
          {t(`condition.${c}`)}
        </li>
      ))}
      {children}
    </ul>
  );
}
