// The report's selector over the normalised article text (docs/normalisation.md §4).
// Pure: works on arrays of code points, so it is tested in node without a DOM.

/** Context kept on each side of the quote; the server's locate() uses the same length. */
export const CONTEXT = 32;
/** Longest quote sent; longer selections are cut (the dialog says so) to stay under 413. */
export const MAX_QUOTE = 1000;
/** How far the dialog looks for the sentence around the quote before cutting with "…". */
export const SENTENCE_REACH = 160;

const LETTER = /^[\p{L}\p{N}\p{M}]$/u;
const JOINER = /^['\-]$/; // normalised apostrophe and hyphen join words: "it's", "well-known"
const SENTENCE_END = /^[.!?]$/;

/** Whether chars[i] belongs to a word ("it's" and "well-known" are one word each). */
export function isWordChar(chars, i) {
  const c = chars[i];
  if (c === undefined) return false;
  if (LETTER.test(c)) return true;
  return JOINER.test(c) && LETTER.test(chars[i - 1] || "") && LETTER.test(chars[i + 1] || "");
}

/** First normalised index whose source index is at or after `raw` (binary search). */
export function toNormalised(offsets, raw) {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Trim spaces off a span, then widen it to whole words: readers select sloppily, and a
 * whole word is what the editor (and the server's fuzzy match) needs.
 */
export function widenToWords(chars, start, end) {
  while (start < end && chars[start] === " ") start += 1;
  while (end > start && chars[end - 1] === " ") end -= 1;
  if (start === end) return [start, end];
  while (start > 0 && isWordChar(chars, start) && isWordChar(chars, start - 1)) start -= 1;
  while (end < chars.length && isWordChar(chars, end - 1) && isWordChar(chars, end)) end += 1;
  return [start, end];
}

/**
 * The selector for a selection given as raw (pre-normalisation) code point offsets.
 * Returns null when nothing but spaces was selected.
 * @param {{chars: string[], offsets: number[]}} norm  output of normalise()
 */
export function selectorFor(norm, rawStart, rawEnd) {
  const { chars, offsets } = norm;
  let [start, end] = widenToWords(
    chars,
    toNormalised(offsets, rawStart),
    toNormalised(offsets, Math.max(rawStart, rawEnd)),
  );
  if (start === end) return null;
  const truncated = end - start > MAX_QUOTE;
  if (truncated) end = start + MAX_QUOTE;
  return {
    exact: chars.slice(start, end).join(""),
    prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(""),
    suffix: chars.slice(end, end + CONTEXT).join(""),
    start,
    end,
    truncated,
  };
}

/**
 * The sentence around [start, end) for display: [before, quote, after], each side cut at
 * a sentence end or after SENTENCE_REACH characters (marked with "…").
 */
export function sentenceAround(chars, start, end) {
  let from = start;
  const minFrom = Math.max(0, start - SENTENCE_REACH);
  while (from > minFrom && !(SENTENCE_END.test(chars[from - 2]) && chars[from - 1] === " ")) {
    from -= 1;
  }
  let to = end;
  const maxTo = Math.min(chars.length, end + SENTENCE_REACH);
  while (to < maxTo && !SENTENCE_END.test(chars[to - 1] || "")) to += 1;
  const before = (from > 0 && from === minFrom ? "…" : "") + chars.slice(from, start).join("");
  const after = chars.slice(end, to).join("") + (to < chars.length && to === maxTo ? "…" : "");
  return [before, chars.slice(start, end).join(""), after];
}
