#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm ci` (the `prepare` script), so start-up loads plain JavaScript.
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('rasd: not built yet; run `npm run build` (npm ci does it for you)\n');
    process.exit(2);
  }
  throw error;
});
