// Print raw, gzip and brotli sizes of the built widget; exit 1 above the gzip budget.
// Gzip is what the budget counts: it is what nearly every desk will serve.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { OUT_DIR } from "./build.mjs";

// On every article page for every reader: keep it to a couple of TCP packets' worth.
// Cyrillic letters take two bytes in UTF-8: the same strings cost ~350 B more gzipped.
const BUDGETS = {
  "widget.js": 1000,
  "widget-dialog.js": 6000,
  "widget-dialog.uk.js": 6400,
  "widget-dialog.ru.js": 6400,
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
    `${name.padEnd(20)} raw ${String(code.length).padStart(6)} B  gzip ${String(gzip).padStart(5)} B` +
      `  brotli ${String(brotli).padStart(5)} B  budget ${budget} B gzip: ${verdict}`,
  );
}
process.exitCode = over ? 1 : 0;
