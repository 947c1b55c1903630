// Talking to the desk: POST /api/v1/reports (DESIGN.md, HTTP API v1).
import { fill } from "./strings.js";

/** Abort a request that hangs: readers close tabs long before a minute. */
export const TIMEOUT_MS = 10000;
/** Pause before the one automatic retry after a network failure (a flaky mobile link). */
export const RETRY_DELAY_MS = 1000;
/** Fields the dialog can highlight, by the name the API uses in `error.field`. */
export const FIELDS = ["kind", "suggestion", "comment", "email"];

/** The report body; empty optional fields are left out rather than sent as "". */
export function buildPayload({ site, lang, href, title, selector, revision, fields }) {
  const payload = {
    site,
    url: String(href).split("#")[0],
    title,
    lang,
    selector: {
      exact: selector.exact,
      prefix: selector.prefix,
      suffix: selector.suffix,
      start: selector.start,
      end: selector.end,
    },
    revision,
    kind: fields.kind,
  };
  for (const name of ["suggestion", "comment", "email"]) {
    const value = (fields[name] || "").trim();
    if (value) payload[name] = value;
  }
  if (!lang) delete payload.lang;
  return payload;
}

/**
 * What to tell the reader about a failed request: {message, field}. `field` is one of
 * FIELDS or null (errors about the selector or site are not the reader's to fix).
 */
export function explainError(status, body, headers, strings) {
  const error = (body && body.error) || {};
  const named = String(error.field || "").split(".")[0];
  const field = FIELDS.includes(named) ? named : null;
  if (status === 429) {
    const seconds = Number(headers && headers.get && headers.get("Retry-After")) || 60;
    return { message: fill(strings.busy, { n: Math.max(1, Math.ceil(seconds / 60)) }), field };
  }
  return { message: error.message || strings.network, field };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One POST with a timeout. text/plain is a CORS "simple" type: no preflight request. */
async function postOnce(url, body, fetchImpl) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetchImpl(url, {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      body,
      mode: "cors",
      credentials: "omit",
      keepalive: true, // the reader may navigate away right after pressing Send
      signal: controller.signal,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Send a report. Resolves to {ok: true, data} or {ok: false, message, field}; never
 * rejects, so the dialog always has something to say and keeps the reader's text.
 * A timeout is not retried: the desk may have stored the report and merely be slow.
 */
export async function sendReport(desk, payload, strings, fetchImpl = fetch, online = () => true) {
  if (!online()) return { ok: false, message: strings.offline, field: null };
  const url = `${desk}/api/v1/reports`;
  const body = JSON.stringify(payload);
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await postOnce(url, body, fetchImpl);
      const data = await response.json().catch(() => null);
      if (response.status === 201) return { ok: true, data };
      return { ok: false, ...explainError(response.status, data, response.headers, strings) };
    } catch (error) {
      if (error && error.name === "AbortError") {
        return { ok: false, message: strings.network, field: null };
      }
      if (attempt === 0 && online()) {
        await sleep(RETRY_DELAY_MS);
        continue;
      }
      return { ok: false, message: strings[online() ? "network" : "offline"], field: null };
    }
  }
}
