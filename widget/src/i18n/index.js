// All dialog languages. The build swaps this module for a single language per bundle
// (widget-dialog.js, widget-dialog.uk.js, widget-dialog.ru.js) to stay within the budget.
import en from "./en.js";
import ru from "./ru.js";
import uk from "./uk.js";

export const LANGS = { en, uk, ru };
