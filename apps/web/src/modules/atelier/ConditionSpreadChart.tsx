import { CONDITIONS, type Condition } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';

/**
 * Lessons per condition as a table whose cells carry a bar: the numbers are text (read by screen readers),
 * the bars only show proportions.
 */
export function ConditionSpreadChart({
  spread,
}: {
  spread: readonly { condition: Condition; count: number }[];
}) {
  const { t } = useI18n();
  const counts = new Map(spread.map((s) => [s.condition, s.count]));
  const max = Math.max(1, ...spread.map((s) => s.count));
  return (
    <table className="spread">
      <caption>{t('atelier.spreadCaption')}</caption>
      <tbody>
        {CONDITIONS.map((condition) => {
          const count = counts.get(condition) ?? 0;
          return (
            <tr key={condition}>
              <th scope="row">{t(`condition.${condition}`)}</th>
              <td className="spread__bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect
                    className={`condition-fill--${condition.toLowerCase()}`}
                    x="0"
                    y="0"
                    height="10"
                    width={(count / max) * 100}
                    rx="1"
                  />
                </svg>
              </td>
              <td className="spread__count">{count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
