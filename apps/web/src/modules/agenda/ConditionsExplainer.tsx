import { CONDITIONS } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';

/** The four conditions of social quality, which frame every lesson and insight. */
export function ConditionsExplainer() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="voorwaarden" className="conditions">
      <h2 id="voorwaarden">{t('agenda.conditionsTitle')}</h2>
      <p>{t('agenda.conditionsIntro')}</p>
      <dl className="conditions__list">
        {CONDITIONS.map((condition) => (
          <div key={condition} className={`conditions__item condition--${condition.toLowerCase()}`}>
            <dt>{t(`condition.${condition}`)}</dt>
            <dd>{t(`conditionInfo.${condition}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
