// Build the widget into the Django app's static folder (the desk serves these files).
//   node build.mjs          write corrigenda/static/corrigenda/widget*.js
//   node build.mjs --check  exit 1 when the committed files differ from a fresh build
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const OUT_DIR = here("../corrigenda/static/corrigenda/");
// [output file, entry, dialog language]: one dialog bundle per language (the loader picks).
export const ENTRIES = [
  ["widget.js", here("src/loader.js")],
  ["widget-hint.js", here("src/hint.js")],
  ["widget-corrections.js", here("src/corrections.js")],
  ["widget-dialog.js", here("src/dialog.js"), "en"],
  ["widget-dialog.uk.js", here("src/dialog.js"), "uk"],
  ["widget-dialog.ru.js", here("src/dialog.js"), "ru"],
];
// Property names only the widget's own code uses, shortened in the build (about 45 B gzip).
// Never a DOM, API payload, server reply or `window.corrigenda` name, nor a key of the
// attribute objects given to h() (e.g. `form`): those must survive.
const OWN_PROPS =
  /^(text|chars|offsets|raw|nodes|node|sentence|msg|box|sendButton|cancelButton|ok|fields)$/;
// Browsers with constructable stylesheets (adoptedStyleSheets: Safari 16.4, Firefox 101) and
// AbortSignal.timeout (Chrome 103); the loader does nothing in older ones.
const TARGET = ["chrome103", "firefox101", "safari16.4"];

/** `import CSS from "./x.css"` yields the minified stylesheet as a string. */
const cssAsText = {
  name: "css-as-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(await readFile(args.path, "utf8"), {
        loader: "css",
        minify: true,
        target: TARGET,
      });
      // esbuild keeps the space in "--bg: #fff" (custom properties keep their raw value).
      return { contents: code.trim().replace(/(--[\w-]+): /g, "$1:"), loader: "text" };
    });
  },
};

/** Replace src/i18n/index.js (all languages) with a module holding only `lang`. */
const oneLanguage = (lang) => ({
  name: "one-language",
  setup(build) {
    build.onResolve({ filter: /i18n\/index\.js$/ }, () => ({ path: lang, namespace: "i18n" }));
    build.onLoad({ filter: /.*/, namespace: "i18n" }, () => ({
      contents: `import s from "./${lang}.js"; export const LANGS = { ${lang}: s };`,
      resolveDir: here("src/i18n"),
    }));
  },
});

async function bundle(entry, lang) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    minify: true,
    target: TARGET,
    charset: "utf8", // Cyrillic strings stay readable and smaller than \u escapes
    legalComments: "none",
    plugins: lang ? [cssAsText, oneLanguage(lang)] : [cssAsText],
    mangleProps: lang ? OWN_PROPS : undefined,
    write: false,
  });
  return result.outputFiles[0].text;
}

export async function buildAll() {
  const built = {};
  for (const [name, entry, lang] of ENTRIES) built[name] = await bundle(entry, lang);
  return built;
}

async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, code] of Object.entries(await buildAll())) {
    const path = OUT_DIR + name;
    if (!check) {
      await writeFile(path, code);
      console.log(`wrote ${path}`);
      continue;
    }
    const committed = await readFile(path, "utf8").catch(() => null);
    if (committed !== code) {
      stale += 1;
      console.error(`${name} is out of date: run \`node widget/build.mjs\``);
    }
  }
  if (check && !stale) console.log("built files are up to date");
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
