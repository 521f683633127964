import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { preloadPage } from './app/router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const client = createApolloClient();
// The page of this address loads alongside the shell's first questions, not after them.
preloadPage(window.location, client);
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
