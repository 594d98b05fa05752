// Run before browser tests: a missing browser gets one clear line, not a launch stack trace.
import { findChromium } from './chromium.mjs';

try {
  findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
