import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const service = process.env.ATTUNE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Charts are lazy-loaded with the report pages; keep them out of the entry chunk.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: service, changeOrigin: false, ws: true },
      '/health': { target: service },
    },
  },
});
