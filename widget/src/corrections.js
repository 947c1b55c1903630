// widget-corrections.js: the article's published correction notes at its end. The loader
// fetches this file only for pages whose script tag has `data-corrections`.
// Plain light-DOM elements under one class, `.corrigenda-corrections`, with no styles of
// their own: they take the publisher's typography, and crawlers and reader modes read them
// as article text (widget/README.md). Marked data-corrigenda-ignore, so the dialog's text
// walk (dom.js) skips the block and report offsets are the same with it as without.
// Any failure (network, an error status, not JSON, no notes, an unreadable date: the
// formatter throws) renders nothing and logs nothing.
import { language, parseNotes } from "./notes.js";

const config = window.corrigenda;

/** document.createElement with text or element children. */
const el = (tag, ...children) => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};

fetch(`${config.desk}/api/v1/corrections?url=${encodeURIComponent(location.href.split("#")[0])}`)
  .then((response) => response.json())
  .then((json) => {
    const notes = parseNotes(json);
    if (!notes.length) return;
    const [heading, lang, format] = language(config.lang);
    const title = el("h2", heading);
    title.lang = lang;
    const section = el(
      "section",
      title,
      ...notes.map(([text, date]) => {
        const time = el("time", format(date));
        time.dateTime = date.toISOString();
        return el("p", time, " — ", text);
      }),
    );
    section.className = "corrigenda-corrections";
    section.dataset.corrigendaIgnore = "";
    config.root().append(section);
  })
  .catch(() => {});
