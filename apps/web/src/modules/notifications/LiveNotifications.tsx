import { graphql } from '../../gql';
import { useLiveOpen, useLiveSubscription } from '../live/use-live-subscription';

// Each notification of the signed-in person as it is made.
const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

/**
 * Listens for the signed-in person's notifications over the live socket: the bell asks its count again with each,
 * and stops polling while the socket is open (it polls again once it closes). Loaded after the first page, with the
 * socket itself; renders nothing.
 */
export function LiveNotifications({
  onNotification,
  onLive,
}: {
  onNotification: () => void;
  onLive: (open: boolean) => void;
}) {
  useLiveSubscription(NotificationAddedSubscription, onNotification);
  useLiveOpen(onLive);
  return null;
}
