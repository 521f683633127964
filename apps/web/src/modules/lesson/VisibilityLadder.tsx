import { SHARED_RUNGS, VISIBILITY_LADDER, type Visibility } from '@werkplaats/domain';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StatusMessage } from '../common/StatusMessage';

interface Props {
  /** The heading, e.g. "Who sees this lesson?" */
  title?: string;
  current: Visibility;
  allowed: readonly Visibility[];
  busy: boolean;
  onMove: (to: Visibility) => void;
  /** The rungs this item has (a lesson without a practice has no PRACTICE rung; an insight starts at ARENA). */
  rungs?: readonly Visibility[];
  /** Said below the rungs: why a step the reader might expect is not there. */
  note?: ReactNode;
  /** What the last step did ("Gedeeld: Tribune."), said next to the buttons that did it. */
  notice?: string | null;
  /** Why the last step failed, said there too. */
  problem?: string | null;
  /** Taking the last step up back at once, offered beside its notice while the item still stands there. */
  onUndo?: () => void;
  /** Said in the question before a step up to the tribune or the public (what those readers will miss). */
  confirmNote?: (to: Visibility) => ReactNode;
}

/**
 * The visibility ladder, lowest rung first: where the lesson stands, and for each rung the reader may
 * move it to (one rung up or down), who would see it then. The server decides what is allowed
 * (allowedVisibilities).
 */
export function VisibilityLadder({
  title,
  current,
  allowed,
  busy,
  onMove,
  rungs = VISIBILITY_LADDER,
  note,
  notice = null,
  problem = null,
  onUndo,
  confirmNote,
}: Props) {
  const { t } = useI18n();
  // A step up to the tribune or the public reaches people outside the atelier: asked first, "Annuleren" focused.
  const [asking, setAsking] = useState<Visibility | null>(null);
  const currentIndex = VISIBILITY_LADDER.indexOf(current);
  return (
    <section className="card ladder" aria-labelledby="ladder-title">
      <h2 id="ladder-title">{title ?? t('ladder.title')}</h2>
      <p className="ladder__now">
        {t('ladder.current', { rung: t(`visibility.${current}`) })} — {t(`visibilityInfo.${current}`)}
      </p>
      <p className="field__hint">{t('ladder.oneStep')}</p>
      <ol className="ladder__rungs">
        {rungs.map((rung) => {
          const index = VISIBILITY_LADDER.indexOf(rung);
          const isCurrent = rung === current;
          const canMove = allowed.includes(rung);
          return (
            <li
              key={rung}
              className={`ladder__rung${isCurrent ? ' ladder__rung--current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="ladder__name">
                {t(`visibility.${rung}`)}
                {isCurrent && <span className="visually-hidden"> ({t('ladder.currentRung')})</span>}
              </span>
              {canMove && (
                <span className="ladder__action">
                  <button
                    type="button"
                    className={`button${index > currentIndex ? ' button--primary' : ''}`}
                    disabled={busy}
                    onClick={() =>
                      index > currentIndex && SHARED_RUNGS.includes(rung) ? setAsking(rung) : onMove(rung)
                    }
                  >
                    {index > currentIndex
                      ? t('ladder.shareWith', { rung: t(`visibility.${rung}`) })
                      : t('ladder.moveBack', { rung: t(`visibility.${rung}`) })}
                  </button>
                  <span className="field__hint">{t(`ladder.then.${rung}`)}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <StatusMessage>{notice}</StatusMessage>
      {notice && onUndo && (
        <p className="ladder__undo">
          <button type="button" className="button button--quiet" disabled={busy} onClick={onUndo}>
            {t('ladder.undo')}
          </button>
        </p>
      )}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {note}
      {allowed.length === 0 && !note && <p className="meta">{t('ladder.none')}</p>}
      <ConfirmDialog
        open={asking !== null}
        title={t('ladder.confirmTitle', { rung: asking ? t(`visibility.${asking}`) : '' })}
        confirmLabel={t('ladder.shareWith', { rung: asking ? t(`visibility.${asking}`) : '' })}
        cancelLabel={t('ladder.cancel')}
        tone="primary"
        onConfirm={() => {
          if (asking) onMove(asking);
          setAsking(null);
        }}
        onClose={() => setAsking(null)}
      >
        <p>{asking && t(`ladder.then.${asking}`)}</p>
        {asking && confirmNote?.(asking)}
        <p>{t('ladder.confirmBack')}</p>
      </ConfirmDialog>
    </section>
  );
}
