import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';

const RevisionsQuery = graphql(`
  query ReactionRevisions($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Reaction {
        body
        revisions {
          body
          writtenAt
          replacedAt
        }
      }
    }
  }
`);

/**
 * The earlier texts of an edited reaction, for the moderators of its atelier (its trekker, the werkplaats's
 * beheerders): a modal dialog (native <dialog>: focus stays inside, Escape closes), newest first.
 */
export function RevisionsDialog({ reactionId, onClose }: { reactionId: string | null; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const { data, loading, error } = useQuery(RevisionsQuery, {
    variables: { id: reactionId ?? '' },
    skip: reactionId === null,
    fetchPolicy: 'network-only',
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (reactionId && !element.open) {
      element.showModal();
      close.current?.focus();
    } else if (!reactionId && element.open) element.close();
  }, [reactionId]);

  const found = data?.node;
  const node = found && found.__typename === 'Reaction' && 'revisions' in found ? found : null;
  const revisions = node?.revisions ?? [];
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('reactions.historyTitle')}</h2>
      {loading && <p role="status">{t('reactions.historyLoading')}</p>}
      {error && <p role="alert">{t('reactions.historyError')}</p>}
      {node && (
        <>
          <h3>{t('reactions.historyNow')}</h3>
          <div
            className="reaction__body rich-text__content"
            dangerouslySetInnerHTML={{ __html: node.body }}
          />
          <h3>{t('reactions.historyEarlier')}</h3>
          {revisions.length === 0 ? (
            <p className="meta">{t('reactions.historyNone')}</p>
          ) : (
            <ol className="revisions">
              {revisions.map((r) => (
                <li key={r.replacedAt}>
                  <p className="meta">
                    {t('reactions.historyWhen', {
                      written: formatDate(r.writtenAt),
                      replaced: formatDate(r.replacedAt),
                    })}
                  </p>
                  <div
                    className="reaction__body rich-text__content"
                    dangerouslySetInnerHTML={{ __html: r.body }}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <div className="choice">
        <button ref={close} type="button" className="button" onClick={onClose}>
          {t('reactions.historyClose')}
        </button>
      </div>
    </dialog>
  );
}
