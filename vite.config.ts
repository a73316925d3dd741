import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
