import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { NotificationLevel } from '../../gql/graphql';
import { ChoiceForm } from './ChoiceForm';

const SetNotificationLevelMutation = graphql(`
  mutation SetNotificationLevel($atelierId: ID!, $level: NotificationLevel!) {
    setNotificationLevel(atelierId: $atelierId, level: $level) {
      id
      myNotificationLevel
    }
  }
`);

const LEVELS: readonly NotificationLevel[] = ['ALL', 'NORMAL', 'QUIET'];

/** How much of this atelier reaches a participant: alles volgen, normaal or stil. */
export function NotificationLevelForm({ atelierId, level }: { atelierId: string; level: NotificationLevel }) {
  const { t } = useI18n();
  const [save] = useMutation(SetNotificationLevelMutation);
  return (
    <ChoiceForm
      title={t('mailNotify.level.title')}
      choices={LEVELS.map((l) => ({
        value: l,
        label: t(`mailNotify.level.${l}`),
        hint: t(`mailNotify.level.hint.${l}`),
      }))}
      initial={level}
      save={(l) => save({ variables: { atelierId, level: l } })}
      saved={(l) => t('mailNotify.level.saved', { level: t(`mailNotify.level.${l}`) })}
      saveLabel={t('mailNotify.save')}
    />
  );
}
