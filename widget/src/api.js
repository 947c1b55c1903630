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
  const { truncated, ...quote } = selector; // `truncated` is for the dialog, not the API
  const url = String(href).split("#")[0];
  const payload = { site, url, title, lang, selector: quote, revision, kind: fields.kind };
  for (const name of FIELDS.slice(1)) {
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
  const error = body?.error || {};
  const named = String(error.field).split(".")[0];
  const minutes = Math.ceil((Number(headers?.get("Retry-After")) || 60) / 60);
  return {
    message: status === 429 ? fill(strings.busy, { n: minutes }) : error.message || strings.network,
    field: FIELDS.includes(named) ? named : null,
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One POST, given up after TIMEOUT_MS. A string body is sent as text/plain;charset=UTF-8
 * (the Fetch standard's type for strings), a CORS "simple" type: no preflight request. Mode
 * "cors" is fetch's default; "omit" keeps cookies out even when the desk shares the origin.
 */
const postOnce = (url, body, fetchImpl) =>
  fetchImpl(url, {
    method: "POST",
    body,
    credentials: "omit",
    keepalive: true, // the reader may navigate away right after pressing Send
    signal: AbortSignal.timeout(TIMEOUT_MS), // Chrome 103, Firefox 100, Safari 16
  });

/**
 * Send a report. Resolves to {ok: true, data} or {ok: false, message, field}; never
 * rejects, so the dialog always has something to say and keeps the reader's text.
 * A timeout is not retried: the desk may have stored the report and merely be slow.
 */
export async function sendReport(
  desk,
  payload,
  strings,
  fetchImpl = fetch,
  online = () => navigator.onLine !== false,
) {
  const fail = () => ({
    ok: false,
    message: strings[online() ? "network" : "offline"],
    field: null,
  });
  if (!online()) return fail();
  const url = `${desk}/api/v1/reports`;
  const body = JSON.stringify(payload);
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await postOnce(url, body, fetchImpl);
      const data = await response.json().catch(() => null);
      if (response.status === 201) return { ok: true, data };
      return { ok: false, ...explainError(response.status, data, response.headers, strings) };
    } catch (error) {
      if (attempt || error.name === "TimeoutError" || !online()) return fail();
      await sleep(RETRY_DELAY_MS);
    }
  }
}
