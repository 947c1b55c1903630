import assert from "node:assert/strict";
import { test } from "node:test";
import { deskLang, fill, LANGS, stringsFor } from "../src/strings.js";

test("every language has exactly the English keys, all non-empty", () => {
  const keys = Object.keys(LANGS.en).sort();
  for (const [lang, strings] of Object.entries(LANGS)) {
    assert.deepEqual(Object.keys(strings).sort(), keys, lang);
    for (const value of Object.values(strings)) assert.ok(value.trim(), lang);
  }
});

test("placeholders are the same in every language", () => {
  const holes = (s) => (s.match(/\{\w+\}/g) || []).sort().join();
  for (const key of Object.keys(LANGS.en)) {
    for (const lang of Object.keys(LANGS))
      assert.equal(holes(LANGS[lang][key]), holes(LANGS.en[key]), `${lang}.${key}`);
  }
});

test("language tags: base language, desk languages only", () => {
  assert.equal(deskLang("uk-UA"), "uk");
  assert.equal(deskLang("RU"), "ru");
  assert.equal(deskLang("de"), undefined);
  assert.equal(deskLang(""), undefined);
});

test("publisher overrides: flat keys for all, language keys for one", () => {
  const overrides = { send: "Submit", uk: { send: "Відправити" } };
  assert.equal(stringsFor("en", overrides).send, "Submit");
  assert.equal(stringsFor("uk", overrides).send, "Відправити");
  assert.equal(stringsFor("uk", overrides).cancel, LANGS.uk.cancel);
});

test("fill", () => {
  assert.equal(fill("We may reply to {email}.", { email: "a@b.c" }), "We may reply to a@b.c.");
});
