/**
 * Vite config for the explorer. Root is `client/`; the build lands in `client/dist/`, which the
 * server serves statically. In dev, `/api` is proxied to the API server on port 3000.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: clientDir,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    fs: { allow: [repoDir] },
    // Host stays localhost:5173, as the browser's Origin says: the server's Origin check of POSTs compares the two.
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
