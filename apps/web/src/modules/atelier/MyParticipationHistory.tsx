import { useI18n } from '../../app/i18n';
import type { ParticipationChangeKind, ParticipationRole } from '../../gql/graphql';

interface Change {
  kind: ParticipationChangeKind;
  fromRole?: ParticipationRole | null;
  toRole?: ParticipationRole | null;
  createdAt: string;
  organisation?: { name: string } | null;
}

/**
 * One's own way through the atelier, newest first: when one joined, switched, left or was removed, and on whose
 * behalf. Only one's own (the API gives nobody else's here); nothing shows before one ever took part.
 */
export function MyParticipationHistory({ changes }: { changes: readonly Change[] }) {
  const { t, formatDate } = useI18n();
  if (changes.length === 0) return null;
  const text = (change: Change): string => {
    const date = formatDate(change.createdAt);
    switch (change.kind) {
      case 'JOINED':
        return t(`myHistory.joined.${change.toRole ?? 'ARENA'}`, { date });
      case 'SWITCHED':
        return t(`myHistory.switched.${change.toRole ?? 'ARENA'}`, { date });
      case 'LEFT':
        return t(`myHistory.left.${change.fromRole ?? 'ARENA'}`, { date });
      case 'REMOVED':
        return t('myHistory.removed', { date });
      case 'MOVED':
        return t('myHistory.moved', { date });
    }
  };
  return (
    <section className="my-history" aria-labelledby="mijn-deelname">
      <h3 id="mijn-deelname">{t('myHistory.title')}</h3>
      <ol className="history">
        {changes.map((change, i) => (
          <li key={`${change.createdAt}-${i}`}>
            {text(change)}
            {change.organisation && (
              <> {t('myHistory.onBehalf', { organisation: change.organisation.name })}</>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
