// Writes docs/screenshot.png for the README: the packed library in the React 19 host app, over the
// reference server's seeded data, in Debian's Chromium. Same setup, server and host as the e2e suite.
// `--no-setup` reuses the last `node test/e2e/setup.mjs` build instead of rebuilding.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hostDistDir, REPO_ROOT } from '../test/e2e/paths.mjs';
import { REFERENCE_NOW, startReferenceServer } from '../test/e2e/server/reference-server.mjs';
import { setupE2e } from '../test/e2e/setup.mjs';
import { findChromium, launchChromium } from './chromium.mjs';

const OUTPUT = join(REPO_ROOT, 'docs/screenshot.png');

// Before the minute of setup, not after it.
findChromium();
if (!process.argv.includes('--no-setup')) await setupE2e();
const server = await startReferenceServer({ staticDir: hostDistDir('host') });
const browser = await launchChromium().catch(async (error) => {
  await server.close();
  throw error;
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // A fixed "now" matching the seeded data, so the picture only changes when the view does.
  await page.goto(`${server.url}/?now=${REFERENCE_NOW}`);
  await page.locator('tbody tr[data-row-key]').first().waitFor();
  // Fonts and the status icons settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  await page.locator('#root').screenshot({ path: OUTPUT });
  console.log(`Wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await server.close();
}
