// The report dialog, loaded by the loader on first use. It registers itself as
// `window.corrigenda.open(range)` — the one global the widget owns — and the loader calls it.
import { buildPayload, sendReport } from "./api.js";
import { rawOffset, walk } from "./dom.js";
import { fingerprint, normalise } from "./normalise.js";
import { MAX_QUOTE, selectorFor, sentenceAround } from "./selector.js";
import { deskLang, fill, LANGS, stringsFor } from "./strings.js";
import { touch } from "./touch.js";
import { h, shadowHost } from "./ui.js";

const KINDS = ["typo", "factual", "clarification", "other"];
const HOST_TAG = "corrigenda-dialog";
// Of the kinds, only the checked radio is a Tab stop (arrows move within the group).
const FOCUSABLE = "button:enabled,textarea,[type=email],:checked";

const config = (window.corrigenda = window.corrigenda || {});
let current = null; // the open dialog's controller: one at a time

/** Selector, revision and display sentence for a DOM Range, or null (nothing usable). */
export function capture(range) {
  // The loader's root(): one definition of where the article is (it exists: the loader
  // only calls with a selection inside it).
  const walked = walk(config.root());
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

function kindPicker(t) {
  const radios = KINDS.map((kind) =>
    h("label", null, h("input", { type: "radio", name: "kind", value: kind }), t[kind]),
  );
  radios[0].firstChild.checked = true;
  return h(
    "fieldset",
    { id: "kind" },
    h("legend", null, t.kind),
    h("div", { class: "kinds" }, ...radios),
  );
}

/** A labelled control whose name, id and label key are all `name`. */
function field(t, tag, name, attrs) {
  return h("div", null, h("label", { for: name }, t[name]), h(tag, { name, id: name, ...attrs }));
}

/** The dialog's elements; `ui.form.elements` holds the fields by name. */
function build(t, found, lang, handlers) {
  const [before, quote, after] = found.sentence;
  const ui = {};
  ui.msg = h("p", { class: "msg", id: "msg", "aria-live": "assertive" });
  // Outside the form (with the Cancel button), tied to it by the form attribute.
  ui.sendButton = h("button", { class: "primary", form: "f" }, t.send);
  ui.cancelButton = h("button", { type: "button", onclick: handlers.close }, t.cancel);
  ui.form = h(
    "form",
    { id: "f", novalidate: "", onsubmit: handlers.submit },
    kindPicker(t),
    field(t, "textarea", "suggestion", { rows: 3 }),
    field(t, "textarea", "comment", { rows: 2 }),
    field(t, "input", "email", { type: "email", autocomplete: "email" }),
  );
  ui.form.elements.suggestion.value = found.selector.exact;
  const note = found.selector.truncated
    ? h("p", { id: "note" }, fill(t.truncated, { n: MAX_QUOTE }))
    : "";
  // Screen readers announce the quote (and the cap's note) with the dialog's name.
  const described = { "aria-labelledby": "title", "aria-describedby": "quote note" };
  ui.box = h(
    "div",
    { class: "box", role: "dialog", "aria-modal": "true", ...described, lang },
    h("h2", { id: "title" }, t.title),
    h("blockquote", { id: "quote" }, before, h("mark", null, quote), after),
    note,
    ui.form,
    ui.msg,
    h("div", { class: "actions" }, ui.cancelButton, ui.sendButton),
  );
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

/** Flag the control (ids are the API's field names) and move focus to it. */
function markInvalid(ui, name) {
  const control = ui.form.querySelector("#" + name);
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", "msg");
  (control.querySelector(":checked") || control).focus();
}

function clearInvalid(ui) {
  for (const el of ui.box.querySelectorAll("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-describedby");
  }
}

function say(ui, text, tone = "") {
  ui.msg.className = "msg " + tone;
  ui.msg.textContent = text;
}

/** Send the report; on failure everything typed stays where it is. */
async function submit(ui, t, report) {
  clearInvalid(ui);
  const fields = Object.fromEntries(new FormData(ui.form));
  fields.email = fields.email.trim();
  ui.sendButton.disabled = true;
  say(ui, t.sending);
  const result = await sendReport(config.desk, report(fields), t);
  ui.sendButton.disabled = false;
  if (!result.ok) {
    say(ui, result.message, "error");
    return result.field && markInvalid(ui, result.field);
  }
  say(ui, `${t.thanks} ${fields.email ? fill(t.reply, fields) : ""}`, "ok");
  ui.form.hidden = true;
  ui.sendButton.hidden = true;
  ui.cancelButton.textContent = t.close;
  ui.cancelButton.focus();
}

/** [language of the report or undefined, the dialog's strings]. */
function language() {
  const lang = deskLang(config.lang);
  // Each built bundle carries one language (build.mjs): the one the loader chose.
  return [lang, stringsFor(LANGS[lang] ? lang : Object.keys(LANGS)[0], config.strings)];
}

/** Open the dialog for a selection Range (called by the loader). */
export function open(range) {
  if (current) return current.focus();
  const found = capture(range);
  if (!found) return;
  const [lang, t] = language();
  const returnTo = document.activeElement;
  // The report body, read from the page at the moment of sending.
  const report = (fields) =>
    buildPayload({
      site: config.site,
      lang,
      href: location.href,
      title: document.title,
      ...found,
      fields,
    });

  const [host, shadow] = shadowHost(HOST_TAG);
  const close = () => {
    document.removeEventListener("focusin", keepFocus);
    host.remove();
    current = null;
    returnTo?.focus?.();
    restoreSelection(range);
  };
  const ui = build(t, found, lang || "", {
    close,
    submit: (event) => {
      event.preventDefault();
      if (!ui.sendButton.disabled) submit(ui, t, report);
    },
  });
  // Focus that escapes to the page (a click outside, a screen reader jump) comes back.
  const keepFocus = (event) =>
    event.target !== host &&
    (ui.form.hidden ? ui.cancelButton : ui.form.elements.suggestion).focus();
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
  current = ui.form.elements.suggestion;
  current.focus();
  current.select();
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
  if (!range.startContainer.isConnected) return; // the page changed meanwhile
  selection.removeAllRanges();
  selection.addRange(range);
}

config.open = open;
config.touch = (range) => touch(range, language()[1].title, open);
