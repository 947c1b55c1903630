// Dialog strings in the languages the desk speaks (src/i18n/). Publishers override any of them
// with `window.corrigenda = {strings: {send: "Submit", uk: {send: "Надіслати"}}}` set
// before the script: flat keys apply to every language, a language key to that one only.

import { LANGS } from "./i18n/index.js";

export { LANGS };

/** Languages the desk proofreads and reports may be tagged with (DESIGN.md). */
export const DESK_LANGS = ["en", "uk", "ru"];

/** "uk-UA" → "uk"; a language the desk does not speak → undefined. */
export function deskLang(tag) {
  const base = String(tag || "")
    .toLowerCase()
    .split(/[-_]/)[0];
  return DESK_LANGS.includes(base) ? base : undefined;
}

/** The strings for `lang` with the publisher's overrides (flat, then per language). */
export function stringsFor(lang, overrides = {}) {
  // Spreading `overrides` also copies its per-language objects under their own keys
  // ("uk", "ru"): harmless, no string key has a language's name.
  return { ...LANGS.en, ...LANGS[lang], ...overrides, ...overrides[lang] };
}

/** Fill "{name}" placeholders. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}
