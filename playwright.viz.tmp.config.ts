// TEMPORARY (viz engineer, not to be committed): the shared port 4321 is taken by another session's preview.
import base from './playwright.config.ts';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  outputDir: '/tmp/vizpw/results',
  use: { ...base.use, baseURL: 'http://localhost:4391' },
  webServer: { ...base.webServer, command: 'npm run preview -- --port 4391', url: 'http://localhost:4391/', reuseExistingServer: false },
});
