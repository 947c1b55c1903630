// The pure half of widget-corrections.js: the desk's JSON-LD answer → notes, and the block's
// heading and date format in the page's language.

/** The block's heading in the languages the desk speaks; any other page gets English. */
export const HEADINGS = { en: "Corrections", uk: "Виправлення", ru: "Исправления" };

/**
 * `GET /api/v1/corrections` JSON-LD → `[[text, date]]`, one per CorrectionComment (the desk
 * answers a list, each with text). `date` is an Invalid Date when `datePublished` is
 * unreadable (formatting it throws). An answer that is not an object, or a note without a
 * date, throws here; the caller catches all of these and renders nothing.
 */
export const parseNotes = (json) =>
  // Python's isoformat() writes microseconds; ECMAScript's date format has milliseconds.
  (json.correction || []).map(({ text, datePublished }) => [
    text,
    new Date(datePublished.replace(/(\.\d{3})\d+/, "$1")),
  ]);

/**
 * [heading, its language, format(date)] for a page language tag ("uk", "ru-RU", "de"…).
 * Only the two-letter base counts, and the date is written in the heading's language, so
 * the block reads as one language and a malformed tag ("en_US") cannot make Intl throw.
 * The date is the reader's local one; the <time> element carries the exact instant.
 */
export function language(tag) {
  const base = tag.slice(0, 2).toLowerCase();
  const lang = HEADINGS[base] ? base : "en";
  const format = new Intl.DateTimeFormat(lang, { dateStyle: "long" });
  return [HEADINGS[lang], lang, format.format];
}
