// Corrigenda loader: the one script tag a publisher adds.
//   <script src="https://desk/widget.js" data-site="PUBLIC_KEY" [data-lang="uk"] [data-hint]
//           [data-corrections] defer>
// It only watches for Ctrl/⌘+Enter (and, on touch screens, selections) inside the article;
// the dialog (widget-dialog.js, from the same desk origin) is fetched on first use.
// A classic <script> rather than import(): cross-origin module scripts need CORS headers
// on the static file, classic ones do not, and a CSP `script-src <desk>` allows both.
(() => {
  const script = document.currentScript;
  const data = (script && script.dataset) || {};
  // Quiet early returns: a misconfigured tag, the widget included twice, or a browser too
  // old for the dialog (constructable stylesheets: Safari 16.4, Firefox 101;
  // AbortSignal.timeout: Chrome 103).
  if (
    !data.site ||
    (window.corrigenda && window.corrigenda.desk) ||
    !document.adoptedStyleSheets ||
    !AbortSignal.timeout
  )
    return;

  const TOUCH_DELAY_MS = 350; // let the selection settle before fetching or placing anything
  const html = document.documentElement;
  const config = (window.corrigenda = Object.assign(window.corrigenda || {}, {
    site: data.site,
    desk: new URL(script.src).origin,
    lang: data.lang || html.lang || "en",
  }));
  const lang = config.lang.slice(0, 2).toLowerCase();
  // One dialog bundle per language keeps each under its size budget (build.mjs).
  const dialogPath = /^(uk|ru)$/.test(lang) ? `/widget-dialog.${lang}.js` : "/widget-dialog.js";
  // The article root (docs/normalisation.md §1); the dialog uses this one too.
  const root = (config.root = () =>
    document.querySelector("[data-corrigenda-article]") ||
    document.querySelector("article") ||
    document.querySelector("main"));

  /** The selection as a Range when it can be reported (non-empty, inside the article). */
  function reportable() {
    const selection = getSelection();
    const article = root();
    if (!article || !selection || !selection.rangeCount || !String(selection).trim()) return;
    const range = selection.getRangeAt(0);
    if (article.contains(range.startContainer) && article.contains(range.endContainer)) {
      return range.cloneRange();
    }
  }

  /** Add a script from the desk; `onload` runs once it has. */
  function fetchScript(path, onload) {
    const script = document.createElement("script");
    script.src = config.desk + path;
    script.onload = onload;
    document.head.append(script);
    return script;
  }

  /** Run `then` once the dialog bundle is there (it defines config.open and config.touch). */
  let loading;
  function load(then) {
    if (config.open) return then();
    if (loading) return;
    loading = fetchScript(dialogPath, () => config.open && then());
    loading.onerror = () => (loading = null); // let the next attempt try again
  }

  const editable = (el) => el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

  // The dialog stops its own key events at its host, so typing there never lands here.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || editable(event.target))
      return;
    const range = reportable();
    if (!range) return;
    event.preventDefault();
    load(() => config.open(range));
  });

  // Touch screens have no Ctrl+Enter: once a selection settles inside the article, the
  // dialog bundle is fetched and shows a "Report an error" button next to it.
  let timer;
  document.addEventListener("selectionchange", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const range = matchMedia("(pointer: coarse)").matches && reportable();
      if (range || config.touch) load(() => config.touch(range));
    }, TOUCH_DELAY_MS);
  });

  // data-hint: a line for readers who don't know the gesture. Any text is the publisher's
  // own; an empty value or "true" asks for the built-in one in the page's language, which
  // lives in widget-hint.js (fetched only then) to keep this file small. The line fills the
  // page's own `.corrigenda-hint` element if there is one (its space is reserved: no layout
  // shift), else it is added under the article.
  function showHint() {
    const article = root();
    const own = data.hint;
    // data-corrections: the article's published notes at its end (widget-corrections.js).
    if (article && data.corrections != null) fetchScript("/widget-corrections.js");
    if (own == null || !article) return;
    const builtIn = !own || own === "true";
    const hint = (config.hint =
      document.querySelector(".corrigenda-hint") ||
      article.appendChild(document.createElement("p")));
    hint.className = "corrigenda-hint";
    hint.setAttribute("data-corrigenda-ignore", "");
    hint.textContent = builtIn ? "\xa0" : own; // the built-in text's line, held until it comes
    if (builtIn) fetchScript("/widget-hint.js");
  }
  // Without `defer` the script may run before the article exists.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showHint);
  else showHint();
})();
