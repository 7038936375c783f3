import { z } from 'zod';

// Must be the first import of main.tsx. Zod decides at schema *construction* time whether to JIT-compile
// object parsers with `new Function`, which our CSP (no 'unsafe-eval') forbids; the shared schemas are built
// while their modules load, so this module has to run before any of them is imported.
z.config({ jitless: true });
// Fallback messages for issues our schemas do not word themselves (e.g. a wrong type) read in Chinese.
z.config(z.locales.zhCN());
