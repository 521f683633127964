import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from './i18n';
import { AppRoutes } from './router';

/** The app, with the Apollo client main.tsx made (it may already be asking the first page's question). */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <AppRoutes />
      </I18nProvider>
    </ApolloProvider>
  );
}
