import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';

/**
 * Sends subscriptions over the live socket (graphql-ws on /graphql, with the session cookie). The graphql-ws
 * client is loaded with the first subscription, so it is no part of the first route's JavaScript (live-link.ts).
 */
export class LazyLiveLink extends ApolloLink {
  private client: Promise<Client> | undefined;

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable<ApolloLink.Result>((observer) => {
      let stop: (() => void) | undefined;
      let cancelled = false;
      this.client ??= import('./live-link').then((m) => m.createLiveClient());
      this.client.then(
        (client) => {
          if (cancelled) return;
          const { query, variables, operationName, extensions } = operation;
          stop = client.subscribe<ApolloLink.Result['data']>(
            { query: print(query), variables, operationName, extensions },
            {
              next: (result) => observer.next(result as ApolloLink.Result),
              complete: () => observer.complete(),
              error: (error) =>
                observer.error(error instanceof Error ? error : new Error('The live socket closed')),
            },
          );
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        cancelled = true;
        stop?.();
      };
    });
  }
}
