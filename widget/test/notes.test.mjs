// The pure half of widget-corrections.js: the desk's JSON-LD answer, the heading and dates.
import assert from "node:assert/strict";
import { test } from "node:test";
import { HEADINGS, language, parseNotes } from "../src/notes.js";

const NOON = new Date("2026-11-27T12:00:00Z"); // the same calendar day in every zone ±11 h

test("the desk's answer (Python isoformat with microseconds) → [text, instant]", () => {
  const answer = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url: "https://ledger.example/2026/library/",
    correction: [
      {
        "@type": "CorrectionComment",
        text: "Correction: an earlier version misspelled the name of the librarian.",
        datePublished: "2026-11-27T11:40:02.118000+00:00",
      },
      {
        "@type": "CorrectionComment",
        text: "Без дробу",
        datePublished: "2026-11-28T09:00:00+02:00",
      },
    ],
  };
  const notes = parseNotes(answer);
  assert.deepEqual(
    notes.map(([text, date]) => [text, date.toISOString()]),
    [
      [answer.correction[0].text, "2026-11-27T11:40:02.118Z"],
      ["Без дробу", "2026-11-28T07:00:00.000Z"],
    ],
  );
});

test("no notes: an empty list, or no `correction` at all", () => {
  assert.deepEqual(parseNotes({ "@type": "NewsArticle", correction: [] }), []);
  assert.deepEqual(parseNotes({ error: { code: "invalid" } }), []);
});

test("an unreadable date cannot be formatted: the caller renders nothing", () => {
  const [[, date]] = parseNotes({ correction: [{ text: "x", datePublished: "yesterday" }] });
  assert.ok(isNaN(date));
  assert.throws(() => language("en")[2](date), RangeError);
  assert.throws(() => parseNotes({ correction: [{ text: "x" }] }), TypeError);
  assert.throws(() => parseNotes(null), TypeError);
});

test("heading and date in the page's language; other languages get English", () => {
  const cases = [
    ["en", "Corrections", "en", "November 27, 2026"],
    ["en-GB", "Corrections", "en", "November 27, 2026"],
    ["uk", "Виправлення", "uk", "27 листопада 2026 р."],
    ["UK-ua", "Виправлення", "uk", "27 листопада 2026 р."],
    ["ru-RU", "Исправления", "ru", "27 ноября 2026 г."],
    ["de", "Corrections", "en", "November 27, 2026"],
    ["en_US", "Corrections", "en", "November 27, 2026"], // malformed: no throw
    ["", "Corrections", "en", "November 27, 2026"],
  ];
  for (const [tag, heading, lang, date] of cases) {
    const [h, l, format] = language(tag);
    assert.deepEqual([h, l, format(NOON)], [heading, lang, date], tag);
  }
  assert.deepEqual(Object.keys(HEADINGS).sort(), ["en", "ru", "uk"]);
});
