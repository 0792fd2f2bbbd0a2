// End-to-end tests of the release build in Debian's Chromium. Nothing here downloads a browser.
import { defineConfig } from '@playwright/test';

const PORT = 4173;
export const HOST_PORT = 4174;
const EXPLAINER = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './specs',
  // Reviewed screenshots (specs/look.spec.js), one per name: the tests run in one browser.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ../../dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // A blogger's page on another origin, with its own strict policy, embedding the figures.
      command: `node serve.mjs host ${HOST_PORT} "default-src 'self'; frame-src ${EXPLAINER}; script-src 'self' ${EXPLAINER}; img-src data: ${EXPLAINER}"`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
