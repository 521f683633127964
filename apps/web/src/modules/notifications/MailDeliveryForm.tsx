import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MailDelivery } from '../../gql/graphql';
import { ChoiceForm } from './ChoiceForm';

const SetMailDeliveryMutation = graphql(`
  mutation SetMailDelivery($delivery: MailDelivery!) {
    setMailDelivery(delivery: $delivery) {
      id
      mailDelivery
    }
  }
`);

const DELIVERIES: readonly MailDelivery[] = ['DIRECT', 'DAILY', 'WEEKLY', 'NONE'];

/** How one's notifications come by mail: each at once, a daily or weekly summary, or not at all. */
export function MailDeliveryForm({ delivery }: { delivery: MailDelivery }) {
  const { t } = useI18n();
  const [save] = useMutation(SetMailDeliveryMutation);
  return (
    <ChoiceForm
      title={t('mailNotify.delivery.title')}
      intro={t('mailNotify.delivery.intro')}
      choices={DELIVERIES.map((d) => ({
        value: d,
        label: t(`mailNotify.delivery.${d}`),
        hint: t(`mailNotify.delivery.hint.${d}`),
      }))}
      initial={delivery}
      save={(d) => save({ variables: { delivery: d } })}
      saved={(d) => t('mailNotify.delivery.saved', { delivery: t(`mailNotify.delivery.${d}`) })}
      saveLabel={t('mailNotify.save')}
    />
  );
}
