import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n';
import { AppRoutes } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <AppRoutes />
      </I18nProvider>
    </ApolloProvider>
  );
}
