import { cdp } from 'vitest/browser';

/** Emulates forced colours (Windows High Contrast) and a system colour scheme through the DevTools protocol. */
export const emulateColours = (forcedColors: 'active' | 'none', scheme: 'light' | 'dark') =>
  cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: forcedColors },
      { name: 'prefers-color-scheme', value: scheme },
    ],
  });
