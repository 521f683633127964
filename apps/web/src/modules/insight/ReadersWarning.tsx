import { rung, type Visibility } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';

/** What an insight's readers will see of the lessons behind it. */
export type ReadersSee = { seen: number; total: number; rest: number };

/**
 * How many of an insight's lessons its readers will read at `insight`'s rung, by the API's ladder: a tribune member
 * reads lessons at TRIBUNE and above, a visitor only PUBLIC ones (policy.ts, readableLessons). `unreadable` counts
 * lessons the one asking cannot read themself (they stand lower still). Null when the readers see all of them.
 */
export function readersSee(
  insight: Visibility,
  lessons: readonly { visibility: Visibility }[],
  unreadable = 0,
): ReadersSee | null {
  if (insight !== 'TRIBUNE' && insight !== 'PUBLIC') return null;
  const seen = lessons.filter((l) => rung(l.visibility) >= rung(insight)).length;
  const total = lessons.length + unreadable;
  return seen === total ? null : { seen, total, rest: total - seen };
}

/**
 * The warning that an insight shared at the tribune or in public leaves some of its lessons unseen ("1 van 4"):
 * said when composing one at that rung and when lifting one there. `hint` says what one can do about it here.
 */
export function ReadersWarning({
  id,
  rung: to,
  unseen,
  hint,
}: {
  id?: string;
  rung: 'TRIBUNE' | 'PUBLIC';
  unseen: ReadersSee;
  hint: string;
}) {
  const { t } = useI18n();
  return (
    <div id={id} className="notice compose__warning">
      <p>
        {unseen.seen === 0
          ? t(`compose.readersSeeNone.${to}`, { total: unseen.total })
          : t(`compose.readersSee.${to}`, unseen)}
      </p>
      <p>{hint}</p>
    </div>
  );
}
