import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain Vite app rooted at renderer/; `base: './'` keeps asset URLs relative so the same
// bundle loads from file:// in Electron and from the browser host's http://127.0.0.1 origin.
// antd makes one large chunk by design; the desktop app loads it from disk, so the size warning is noise.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
