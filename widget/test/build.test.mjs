// The committed build must equal a fresh one, and stay within its size budget.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { buildAll, OUT_DIR } from "../build.mjs";
import { LANGS } from "../src/strings.js";

test("committed files equal a fresh build (run `node widget/build.mjs`)", async () => {
  for (const [name, code] of Object.entries(await buildAll())) {
    assert.equal(readFileSync(OUT_DIR + name, "utf8"), code, name);
  }
});

test("the dialog bundles carry one language each", async () => {
  const built = await buildAll();
  assert.match(built["widget-dialog.uk.js"], /Надіслати/);
  assert.doesNotMatch(built["widget-dialog.uk.js"], /Отправить|Report an error/);
  assert.doesNotMatch(built["widget-dialog.js"], /Надіслати/);
});

test("mangled property names spare every string key publishers can override", async () => {
  const built = await buildAll();
  for (const name of ["widget-dialog.js", "widget-dialog.uk.js", "widget-dialog.ru.js"]) {
    for (const key of Object.keys(LANGS.en))
      assert.match(built[name], new RegExp(`[{,]${key}:`), `${name}: ${key}`);
  }
});

test("the corrections bundle: three headings, no markup parsing, no console, no JSON-LD", async () => {
  const built = (await buildAll())["widget-corrections.js"];
  for (const heading of ["Corrections", "Виправлення", "Исправления"])
    assert.ok(built.includes(heading), heading);
  assert.doesNotMatch(built, /innerHTML|insertAdjacentHTML|console\.|ld\+json/);
});
