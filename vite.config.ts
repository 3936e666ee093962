import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is a static single-page app: everything runs in the browser and
// stores its data in IndexedDB, so `vite build` output can be served from any
// static host (or opened offline once cached).
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        // React changes far less often than the app: its own chunk stays
        // cached across releases. Other libraries are left to automatic
        // splitting on purpose: a catch-all vendor group would pull lazily
        // loaded ones (the scorecard's charts) into the start-up bundle.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  server: {
    // `npm start` opens the browser where one is available; CI and headless
    // machines set CI or BROWSER=none.
    open: !process.env.CI && process.env.BROWSER !== 'none',
  },
});
