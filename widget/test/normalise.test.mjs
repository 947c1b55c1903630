// src/normalise.js against the shared vectors (the Python side runs the same file).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fingerprint, normalise } from "../src/normalise.js";

const VECTORS = JSON.parse(
  readFileSync(new URL("../../tests/vectors/normalise.json", import.meta.url), "utf8"),
);

/** Readable BigInt reference for FNV-1a 64 (docs/normalisation.md §3). */
function fingerprintBig(text) {
  let value = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    value = ((value ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return value.toString(16).padStart(16, "0");
}

for (const [i, vector] of VECTORS.entries()) {
  test(`vector ${i}: ${JSON.stringify(vector.input).slice(0, 40)}`, () => {
    const result = normalise(vector.input);
    assert.equal(result.text, vector.output);
    if (vector.offsets) assert.deepEqual(result.offsets, vector.offsets);
    if (vector.fingerprint) assert.equal(fingerprint(result.text), vector.fingerprint);
  });
}

test("offsets count code points, not UTF-16 units", () => {
  const { offsets, chars } = normalise("😀 a");
  assert.deepEqual(chars, ["😀", " ", "a"]);
  assert.deepEqual(offsets, [0, 1, 2, 3]);
});

test("limb arithmetic matches the BigInt reference", () => {
  const samples = ["", "a", "Київ - столиця", "emoji 😀 ok", "x".repeat(5000), "\u0000\uffff"];
  for (const text of samples) assert.equal(fingerprint(text), fingerprintBig(text));
});

test("a removed character inside a run of spaces does not split it", () => {
  assert.equal(normalise("a \u200b \u00ad b").text, "a b");
});
