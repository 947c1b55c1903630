// The report dialog, loaded by the loader on first use. It registers itself as
// `window.corrigenda.open(range)` — the one global the widget owns — and the loader calls it.
import CSS from "./dialog.css";
import { buildPayload, sendReport } from "./api.js";
import { rawOffset, walk } from "./dom.js";
import { fingerprint, normalise } from "./normalise.js";
import { MAX_QUOTE, selectorFor, sentenceAround } from "./selector.js";
import { deskLang, fill, LANGS, stringsFor } from "./strings.js";
import { touch } from "./touch.js";

const KINDS = ["typo", "factual", "clarification", "other"];
const HOST_TAG = "corrigenda-dialog";
const FOCUSABLE = "button:not(:disabled),textarea,input:not([type=radio]),input:checked";

const config = (window.corrigenda = window.corrigenda || {});
let current = null; // the open dialog's controller: one at a time

/** Selector, revision and display sentence for a DOM Range, or null (nothing usable). */
export function capture(range) {
  const root = config.root(); // the loader's: one definition of where the article is
  if (!root) return null;
  const walked = walk(root);
  const norm = normalise(walked.raw);
  const selector = selectorFor(
    norm,
    rawOffset(walked, range.startContainer, range.startOffset),
    rawOffset(walked, range.endContainer, range.endOffset),
  );
  if (!selector) return null;
  const sentence = sentenceAround(norm.chars, selector.start, selector.end);
  return { selector, revision: fingerprint(norm.text), sentence };
}

/** document.createElement with attributes, `on*` listeners and text children. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/** Constructable stylesheets pass a CSP without 'unsafe-inline' (no <style> element). */
let sheet;
function style(shadow) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  shadow.adoptedStyleSheets = [sheet];
}

function kindPicker(t) {
  const radios = KINDS.map((kind, i) =>
    h(
      "label",
      null,
      h("input", { type: "radio", name: "kind", value: kind, ...(i ? {} : { checked: "" }) }),
      t[kind],
    ),
  );
  return h(
    "fieldset",
    { id: "kind" },
    h("legend", null, t.kind),
    h("div", { class: "kinds" }, ...radios),
  );
}

function field(id, label, control) {
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

/** The dialog's elements; `ui.form.elements` holds the fields by name. */
function build(t, found, lang, handlers) {
  const [before, quote, after] = found.sentence;
  const ui = {};
  ui.msg = h("p", { class: "msg", id: "msg", "aria-live": "assertive" });
  ui.send = h("button", { type: "submit", class: "primary" }, t.send);
  ui.cancel = h("button", { type: "button", onclick: handlers.close }, t.cancel);
  ui.form = h(
    "form",
    { novalidate: "", onsubmit: handlers.submit },
    kindPicker(t),
    field("suggestion", t.suggestion, h("textarea", { name: "suggestion", rows: "3" })),
    field("comment", t.comment, h("textarea", { name: "comment", rows: "2" })),
    field("email", t.email, h("input", { name: "email", type: "email", autocomplete: "email" })),
  );
  ui.form.elements.suggestion.value = found.selector.exact;
  const note = found.selector.truncated
    ? [h("p", { class: "note" }, fill(t.truncated, { n: MAX_QUOTE }))]
    : [];
  ui.box = h(
    "div",
    { class: "box", role: "dialog", "aria-modal": "true", "aria-labelledby": "title", lang },
    h("h2", { id: "title" }, t.title),
    h("blockquote", null, before, h("mark", null, quote), after),
    ...note,
    ui.form,
    ui.msg,
    h("div", { class: "actions" }, ui.cancel, ui.send),
  );
  ui.send.setAttribute("form", "f");
  ui.form.id = "f";
  return ui;
}

/** Keep Tab and Shift+Tab inside the dialog. */
function trapTab(event, box, shadow) {
  const items = [...box.querySelectorAll(FOCUSABLE)].filter((el) => !el.closest("[hidden]"));
  const first = items[0];
  const last = items[items.length - 1];
  const active = shadow.activeElement;
  if (event.shiftKey ? active === first || !active : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

function markInvalid(ui, name) {
  const control = name === "kind" ? ui.form.querySelector("#kind") : ui.form.elements[name];
  if (!control) return;
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", "msg");
  (name === "kind" ? ui.form.querySelector("input:checked") : control).focus();
}

function clearInvalid(ui) {
  for (const el of ui.box.querySelectorAll("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-describedby");
  }
}

function say(ui, text, tone) {
  ui.msg.className = `msg ${tone || ""}`;
  ui.msg.textContent = text;
}

function readFields(form) {
  const data = Object.fromEntries(new FormData(form));
  data.email = (data.email || "").trim();
  return data;
}

/** Send the report; on failure everything typed stays where it is. */
async function submit(ui, t, report) {
  clearInvalid(ui);
  const fields = readFields(ui.form);
  ui.send.disabled = true;
  say(ui, t.sending);
  const result = await sendReport(
    config.desk,
    report(fields),
    t,
    undefined,
    () => navigator.onLine !== false,
  );
  ui.send.disabled = false;
  if (!result.ok) {
    say(ui, result.message, "error");
    return result.field && markInvalid(ui, result.field);
  }
  say(ui, `${t.thanks} ${fields.email ? fill(t.reply, fields) : ""}`, "ok");
  ui.form.hidden = true;
  ui.send.hidden = true;
  ui.cancel.textContent = t.close;
  ui.cancel.focus();
}

/** [language of the report or undefined, the dialog's strings]. */
function language() {
  const lang = deskLang(config.lang);
  // Each built bundle carries one language (build.mjs): the one the loader chose.
  return [lang, stringsFor(LANGS[lang] ? lang : Object.keys(LANGS)[0], config.strings || {})];
}

/** The report body, read from the page at the moment of sending. */
function payload(lang, found, fields) {
  const page = { site: config.site, lang, href: location.href, title: document.title };
  return buildPayload({ ...page, ...found, fields });
}

/** Open the dialog for a selection Range (called by the loader). */
export function open(range) {
  if (current) return current.focus();
  const found = capture(range);
  if (!found) return;
  const [lang, t] = language();
  const returnTo = document.activeElement;
  const report = (fields) => payload(lang, found, fields);

  const host = h(HOST_TAG);
  const shadow = host.attachShadow({ mode: "open" });
  style(shadow);
  const close = () => {
    document.removeEventListener("focusin", keepFocus);
    host.remove();
    current = null;
    if (returnTo && returnTo.focus) returnTo.focus();
    restoreSelection(range);
  };
  const ui = build(t, found, lang || "", {
    close,
    submit: (event) => {
      event.preventDefault();
      if (!ui.send.disabled) submit(ui, t, report);
    },
  });
  // Focus that escapes to the page (a click outside, a screen reader jump) comes back.
  const keepFocus = (event) =>
    event.target !== host && (ui.form.hidden ? ui.cancel : ui.form.elements.suggestion).focus();
  wireKeys(host, shadow, ui, close);
  shadow.append(
    h(
      "div",
      { class: "backdrop", onmousedown: (e) => e.target === e.currentTarget && e.preventDefault() },
      ui.box,
    ),
  );
  document.body.append(host);
  document.addEventListener("focusin", keepFocus);
  const suggestion = ui.form.elements.suggestion;
  suggestion.focus();
  suggestion.select();
  current = { focus: () => suggestion.focus() };
}

/** Esc closes, Ctrl/⌘+Enter sends, Tab stays inside; keys never reach the host page. */
function wireKeys(host, shadow, ui, close) {
  shadow.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
    else if (event.key === "Tab") trapTab(event, ui.box, shadow);
    else if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !ui.form.hidden)
      ui.form.requestSubmit();
  });
  // The page's own shortcuts (e.g. "j"/"k" navigation) must not fire while the reader types.
  for (const type of ["keydown", "keyup", "keypress"])
    host.addEventListener(type, (e) => e.stopPropagation());
}

function restoreSelection(range) {
  const selection = getSelection();
  if (!selection || !range.startContainer.isConnected) return; // the page changed meanwhile
  selection.removeAllRanges();
  selection.addRange(range);
}

config.open = open;
config.touch = (range) => touch(range, { label: language()[1].title, style, open, h });
