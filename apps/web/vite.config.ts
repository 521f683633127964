import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built app on its own origin; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    // The first route must stay small (issue budget: 150 KB gzip); pages load as separate chunks.
    chunkSizeWarningLimit: 400,
  },
});
