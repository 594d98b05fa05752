// Concatenates the opt-in stylesheets into dist/styles.css. Kept out of the JS build on purpose:
// importing the library's JS must add no CSS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const parts = ['tokens.css', 'components.css'];
const css = parts.map((file) => readFileSync(new URL(`../src/styles/${file}`, import.meta.url), 'utf8')).join('\n');
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/styles.css', import.meta.url), css);
