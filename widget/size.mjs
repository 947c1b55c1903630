// Print raw, gzip and brotli sizes of the built widget; exit 1 above the gzip budget.
// Gzip is what the budget counts: it is what nearly every desk will serve.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { OUT_DIR } from "./build.mjs";

// Issue 3's budgets. The loader is on every article page for every reader; the dialog is
// fetched on first use, in the page's language, and every language must fit the same 6,000 B.
// The built-in hint and the correction notes are fetched only by pages that ask for them
// (widget/README.md).
const LOADER_BUDGET = 1000;
const DIALOG_BUDGET = 6000;
const HINT_BUDGET = 400;
const CORRECTIONS_BUDGET = 600; // data-corrections: the article's notes, for pages that ask
const BUDGETS = {
  "widget.js": LOADER_BUDGET,
  "widget-hint.js": HINT_BUDGET,
  "widget-corrections.js": CORRECTIONS_BUDGET,
  "widget-dialog.js": DIALOG_BUDGET,
  "widget-dialog.uk.js": DIALOG_BUDGET,
  "widget-dialog.ru.js": DIALOG_BUDGET,
};

let over = 0;
for (const [name, budget] of Object.entries(BUDGETS)) {
  const code = readFileSync(OUT_DIR + name);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
  const verdict = gzip <= budget ? "ok" : "OVER BUDGET";
  if (gzip > budget) over += 1;
  console.log(
    `${name.padEnd(22)} raw ${String(code.length).padStart(6)} B  gzip ${String(gzip).padStart(5)} B` +
      `  brotli ${String(brotli).padStart(5)} B  budget ${budget} B gzip: ${verdict}`,
  );
}
process.exitCode = over ? 1 : 0;
