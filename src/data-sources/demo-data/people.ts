import type { Random } from '../random.js';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, LONG_NAMES, SERVICE_ACCOUNTS } from './vocabulary.js';

// Letters that do not decompose into a base letter plus a mark (ø, æ, ß, ł, đ) are spelled out.
const SPELLED: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

const toAscii = (text: string): string =>
  text
    .replace(/[øØæÆßłŁđĐ]/g, (letter) => SPELLED[letter] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Picks "who started it": people by name or email, service accounts, a few very long names. */
export function createPersonPicker(random: Random): () => string | null {
  const asciiFirst = FIRST_NAMES.map(toAscii);
  const asciiLast = LAST_NAMES.map(toAscii);
  return () => {
    const roll = random.next();
    // A few records from old systems carry no user at all.
    if (roll < 0.005) return null;
    if (roll < 0.03) return random.pick(LONG_NAMES);
    if (roll < 0.1) return random.pick(SERVICE_ACCOUNTS);
    const first = random.int(0, FIRST_NAMES.length - 1);
    const last = random.int(0, LAST_NAMES.length - 1);
    if (roll < 0.55) return `${FIRST_NAMES[first]} ${LAST_NAMES[last]}`;
    return `${asciiFirst[first]}.${asciiLast[last]}@${random.pick(EMAIL_DOMAINS)}`;
  };
}

/**
 * Byte → two hex digits; `toString(16)` on numbers above 2^31 is slow enough to matter at 100k ids.
 * Marked pure: a bundler cannot tell this call has no side effects, and kept it (and the demo data's
 * bytes) in every host page that uses the REST source only.
 */
const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hex8 = (random: Random): string => {
  const n = Math.floor(random.next() * 4294967296);
  return `${HEX[n >>> 24]}${HEX[(n >>> 16) & 255]}${HEX[(n >>> 8) & 255]}${HEX[n & 255]}`;
};

/** A UUID-shaped id; now and then a long, prefixed one of the kind some backends use. */
export function createId(random: Random, tenant: string): string {
  const a = hex8(random);
  const b = hex8(random);
  const c = hex8(random);
  // Version 4, variant 10xx, like a real random UUID.
  const uuid = `${hex8(random)}-${a.slice(0, 4)}-4${a.slice(5)}-${'89ab'[b.charCodeAt(0) % 4]}${b.slice(1, 4)}-${b.slice(4)}${c}`;
  return random.chance(0.01) ? `${tenant}-revenue-recognition-migration-${uuid}` : uuid;
}
