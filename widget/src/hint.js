// widget-hint.js: the built-in `data-hint` line in the page's language, fetched by the loader
// only when a page asks for it (data-hint="" or "true"), so other pages never pay for it.
const HINTS = {
  en: "Spotted a mistake? Select it and press {key}+Enter.",
  uk: "Помітили помилку? Виділіть її та натисніть {key}+Enter.",
  ru: "Заметили ошибку? Выделите её и нажмите {key}+Enter.",
};
// Macs and iPads with a keyboard use ⌘ where others use Ctrl.
const MAC = /Mac|iPhone|iPad/;

const config = window.corrigenda;
const text = HINTS[config.lang.slice(0, 2).toLowerCase()] || HINTS.en;
config.hint.textContent = text.replace("{key}", MAC.test(navigator.platform) ? "⌘" : "Ctrl");
