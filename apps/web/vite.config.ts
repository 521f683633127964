import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './scripts/graphql-documents-plugin';

// The API serves the built app on its own origin; in development Vite proxies the API to it.
export default defineConfig({
  // graphqlDocuments: each page's chunk carries only its own GraphQL documents (see the plugin).
  plugins: [react(), graphqlDocuments()],
  server: {
    port: 5173,
    proxy: {
      // With its WebSocket (subscriptions); without the API's socket the app polls.
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/healthz': 'http://localhost:3000',
      '/kalender': 'http://localhost:3000',
      '/files': 'http://localhost:3000',
      // Downloads the API makes: an atelier's report and a werkplaats's open data (not the open-data page).
      '^/w/[^/]+/ateliers/[^/]+/verslag\\.(pdf|md)(\\?|$)': 'http://localhost:3000',
      '^/w/[^/]+/open-data/[^/]+$': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    // No source maps in the build: the server would hand anyone the app's whole source under /assets/*.map.
    // `vite` (development) has its own, in memory.
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and React DOM (~220 kB, ~66 kB gzip: half the first route) in a chunk of their own, which
          // changes only when React is upgraded: a deploy of our code leaves it in the browser's cache.
          // Only libraries the first route needs whole belong here (a group pulls all its modules in).
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
    // The first route is held to 150 KB gzip by scripts/size-budget.mjs (the build fails over it); this
    // warning is for any single chunk. The largest is the rich-text editor (TipTap + ProseMirror, ~400 kB,
    // ~128 kB gzip), which loads as a whole with the lesson page and the pages that write a lesson or an
    // insight, never with the first route: splitting it would not make those pages faster.
    chunkSizeWarningLimit: 450,
  },
});
