// DOM helpers shared by the dialog and the touch button (both in the dialog bundle).
import CSS from "./dialog.css";

/** document.createElement with attributes, `on*` listeners and text children. */
export function h(tag, attrs, ...children) {
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
export function style(shadow) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  shadow.adoptedStyleSheets = [sheet];
}

/** A host element with an open, styled shadow root: [host, shadow]. */
export function shadowHost(tag) {
  const host = h(tag);
  const shadow = host.attachShadow({ mode: "open" });
  style(shadow);
  return [host, shadow];
}
