import assert from "node:assert/strict";
import { test } from "node:test";
import { normalise } from "../src/normalise.js";
import {
  CONTEXT,
  MAX_QUOTE,
  selectorFor,
  sentenceAround,
  toNormalised,
  widenToWords,
} from "../src/selector.js";

/** Raw code point offsets of `needle` in `raw` (what the DOM walk produces). */
function rawSpan(raw, needle) {
  const at = raw.indexOf(needle);
  const start = Array.from(raw.slice(0, at)).length;
  return [start, start + Array.from(needle).length];
}

const ARTICLE =
  "«Київ» — столиця 😀 України.\u00a0 The opposition’s leader said… that itʼs “fine”. " +
  "Третє речення тут.";

test("start/end/prefix/suffix are code points in the normalised text", () => {
  const norm = normalise(ARTICLE);
  const sel = selectorFor(norm, ...rawSpan(ARTICLE, "України"));
  assert.equal(sel.exact, "України");
  const chars = Array.from(norm.text);
  assert.equal(chars.slice(sel.start, sel.end).join(""), "України");
  // The emoji is one code point but two UTF-16 units: the offsets must not count it twice.
  assert.equal(sel.start, Array.from('"Київ" - столиця 😀 ').length);
  assert.notEqual(sel.start, '"Київ" - столиця 😀 '.length);
  assert.equal(sel.prefix, '"Київ" - столиця 😀 ');
  assert.equal(
    sel.suffix,
    Array.from(". The opposition's leader said...").slice(0, CONTEXT).join(""),
  );
});

test("typography in the quote is normalised", () => {
  const norm = normalise(ARTICLE);
  const sel = selectorFor(norm, ...rawSpan(ARTICLE, "opposition’s leader said…"));
  assert.equal(sel.exact, "opposition's leader said...");
  assert.equal(sel.prefix.slice(-4), "The ");
});

test("prefix is shorter at the start of the text", () => {
  const norm = normalise(ARTICLE);
  const sel = selectorFor(norm, ...rawSpan(ARTICLE, "Київ"));
  assert.equal(sel.start, 1);
  assert.equal(sel.prefix, '"');
});

test("partial words are widened to whole words; apostrophes and hyphens join", () => {
  const chars = Array.from("the opposition's well-known leader");
  const at = (s) => chars.join("").indexOf(s);
  assert.deepEqual(widenToWords(chars, at("ppos"), at("ppos") + 4), [4, 16]);
  assert.deepEqual(widenToWords(chars, at("l-kn"), at("l-kn") + 4), [17, 27]);
  // Spaces at the edges are trimmed, and the quote mark outside a word is not swallowed.
  assert.deepEqual(widenToWords(Array.from(' "word" '), 1, 7), [1, 7]);
  assert.deepEqual(widenToWords(Array.from('a "word"'), 3, 5), [3, 7]);
});

test("whitespace-only selections give no selector", () => {
  const norm = normalise("a   b");
  assert.equal(selectorFor(norm, 1, 4), null);
});

test("overlong quotes are cut at MAX_QUOTE and flagged", () => {
  const text = "word ".repeat(400);
  const sel = selectorFor(normalise(text), 0, Array.from(text).length);
  assert.equal(sel.end - sel.start, MAX_QUOTE);
  assert.equal(sel.truncated, true);
});

test("toNormalised maps raw offsets through removed characters and collapsed spaces", () => {
  const norm = normalise("a\u00ad\u00adb   c");
  assert.equal(norm.text, "ab c");
  assert.equal(toNormalised(norm.offsets, 3), 1); // the "b"
  assert.equal(toNormalised(norm.offsets, 5), 3); // inside the space run → the "c"
});

test("sentenceAround returns the sentence containing the quote", () => {
  const chars = Array.from("First one. The quick brown fox. Last one.");
  const start = chars.join("").indexOf("quick");
  assert.deepEqual(sentenceAround(chars, start, start + 5), ["The ", "quick", " brown fox."]);
});
