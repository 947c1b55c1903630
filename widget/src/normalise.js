// Text normalisation shared with the server (docs/normalisation.md §2–3).
// Mirrors corrigenda/anchoring/normalise.py line for line: any change here needs the same
// change there, and both are checked against tests/vectors/normalise.json.

const REMOVED = /[\xad\u200b-\u200d\u2060\ufeff]/;
// Whitespace of §2: all become one space, and runs collapse.
const SPACE = /[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const REPLACED = [
  ["\u2018\u2019\u201a\u201b\u2032\u02bc", "'"],
  ["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'],
  ["\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"],
  ["\u2026", "..."],
];
const replace = (char) => (REPLACED.find(([from]) => from.includes(char)) || [, char])[1];

const MARK = /^\p{M}$/u;

/**
 * Normalise `source`; `offsets[k]` is the input code point index output code point k came
 * from, plus a final entry equal to the input length (in code points).
 * @param {string} source
 * @returns {{text: string, chars: string[], offsets: number[]}}
 */
export function normalise(source) {
  const input = Array.from(source);
  const out = [];
  const offsets = [];
  let pendingSpace = false;
  let spaceAt = 0;
  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (REMOVED.test(char)) {
      i += 1;
      continue;
    }
    if (SPACE.test(char)) {
      if (!pendingSpace) spaceAt = i;
      pendingSpace = out.length > 0;
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < input.length && MARK.test(input[j])) j += 1;
    const piece = j - i > 1 ? input.slice(i, j).join("").normalize("NFC") : replace(char);
    if (pendingSpace) {
      out.push(" ");
      offsets.push(spaceAt);
      pendingSpace = false;
    }
    for (const c of piece) {
      out.push(c);
      offsets.push(i);
    }
    i = j;
  }
  offsets.push(input.length);
  return { text: out.join(""), chars: out, offsets };
}

// 64-bit FNV-1a state kept as four 16-bit limbs (low first) so every product stays far
// below 2^53: exact in plain numbers, and several times faster than BigInt in browsers.
const FNV_OFFSET_LIMBS = [0x2325, 0x8422, 0x9ce4, 0xcbf2]; // 0xcbf29ce484222325
const FNV_PRIME_LOW = 0x1b3; // prime = 2^40 + 0x1b3; the 2^40 part is a shift by 40 bits

/**
 * FNV-1a 64 over the UTF-8 bytes of already normalised text, as 16 hex digits (§3).
 * @param {string} text
 */
export function fingerprint(text) {
  let [h0, h1, h2, h3] = FNV_OFFSET_LIMBS;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // h * prime mod 2^64 = h * 0x1b3 + (h << 40); 40 bits = two limbs and 8 bits.
    const t0 = h0 * FNV_PRIME_LOW;
    const t1 = h1 * FNV_PRIME_LOW + (t0 >>> 16);
    const t2 = h2 * FNV_PRIME_LOW + (t1 >>> 16) + ((h0 << 8) & 0xffff);
    const t3 = h3 * FNV_PRIME_LOW + (t2 >>> 16) + (h1 << 8) + (h0 >>> 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
}
