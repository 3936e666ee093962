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
        // Libraries change far less often than the app: a separate chunk
        // stays cached across releases, and no chunk trips the size warning.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            { name: 'vendor', test: /node_modules/, priority: 10 },
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
