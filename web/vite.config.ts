import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    manifest: true,
    target: 'es2022',
    rollupOptions: { input: { main: 'index.html', silent: 'auth/silent.html' } },
  },
  server: {
    // `npm run dev -w @dvc/web` next to `npm start`: the same origin for /graphql as in production.
    proxy: { '/graphql': 'http://localhost:4000', '/app-config.json': 'http://localhost:4000' },
  },
});
