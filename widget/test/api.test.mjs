import assert from "node:assert/strict";
import { test } from "node:test";
import { buildPayload, explainError, sendReport } from "../src/api.js";
import { stringsFor } from "../src/strings.js";

const t = stringsFor("en");
const online = () => true; // the default reads navigator.onLine, which Node 20 lacks
const selector = {
  exact: "oppostion",
  prefix: "the ",
  suffix: " said",
  start: 4,
  end: 13,
  truncated: false,
};

test("payload: fragment dropped, empty optional fields omitted, selector fields only", () => {
  const payload = buildPayload({
    site: "pk_1",
    lang: "en",
    href: "https://news.example/a?x=1#comments",
    title: "A",
    selector,
    revision: "0123456789abcdef",
    fields: { kind: "typo", suggestion: " opposition ", comment: "", email: "" },
  });
  assert.deepEqual(payload, {
    site: "pk_1",
    url: "https://news.example/a?x=1",
    title: "A",
    lang: "en",
    selector: { exact: "oppostion", prefix: "the ", suffix: " said", start: 4, end: 13 },
    revision: "0123456789abcdef",
    kind: "typo",
    suggestion: "opposition",
  });
});

test("payload: no lang when the page's language is not one the desk speaks", () => {
  const payload = buildPayload({
    site: "s",
    href: "h",
    title: "",
    selector,
    revision: "r",
    fields: { kind: "other" },
  });
  assert.equal("lang" in payload, false);
});

test("errors map to the dialog's fields; unknown fields are not highlighted", () => {
  const body = (field) => ({ error: { code: "invalid", message: "Bad", field } });
  assert.deepEqual(explainError(400, body("email"), null, t), { message: "Bad", field: "email" });
  assert.deepEqual(explainError(400, body("selector.exact"), null, t), {
    message: "Bad",
    field: null,
  });
  assert.deepEqual(explainError(413, null, null, t), { message: t.network, field: null });
});

test("429 says when to retry, from Retry-After", () => {
  const headers = new Headers({ "Retry-After": "120" });
  assert.equal(explainError(429, {}, headers, t).message, "Too many reports; try again in 2 min.");
});

function fakeFetch(responses, calls) {
  return async (url, init) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return new Response(JSON.stringify(next.body), { status: next.status, headers: next.headers });
  };
}

test("201 is success; the request is a preflight-free text/plain POST", async () => {
  const calls = [];
  const result = await sendReport(
    "https://desk",
    { a: 1 },
    t,
    fakeFetch([{ status: 201, body: { id: "r1", status: "new" } }], calls),
    online,
  );
  assert.deepEqual(result, { ok: true, data: { id: "r1", status: "new" } });
  assert.equal(calls[0].url, "https://desk/api/v1/reports");
  // No headers: a string body goes as text/plain;charset=UTF-8, which needs no preflight.
  assert.equal(calls[0].init.headers, undefined);
  assert.equal(
    new Request("https://desk", calls[0].init).headers.get("Content-Type"),
    "text/plain;charset=UTF-8",
  );
  assert.equal(calls[0].init.credentials, "omit");
  assert.equal(calls[0].init.body, '{"a":1}');
});

test("one automatic retry after a network failure", async () => {
  const calls = [];
  const responses = [new TypeError("Failed to fetch"), { status: 201, body: { id: "r" } }];
  const result = await sendReport("https://desk", {}, t, fakeFetch(responses, calls), online);
  assert.equal(result.ok, true);
  assert.equal(calls.length, 2);
});

test("two network failures: a message, no third try", async () => {
  const calls = [];
  const responses = [new TypeError("x"), new TypeError("x"), { status: 201, body: {} }];
  const result = await sendReport("https://desk", {}, t, fakeFetch(responses, calls), online);
  assert.deepEqual(result, { ok: false, message: t.network, field: null });
  assert.equal(calls.length, 2);
});

test("offline: nothing is sent", async () => {
  const calls = [];
  const result = await sendReport("https://desk", {}, t, fakeFetch([], calls), () => false);
  assert.equal(result.message, t.offline);
  assert.equal(calls.length, 0);
});

test("a timeout is reported and not retried", async () => {
  const calls = [];
  const abort = new DOMException("signal timed out", "TimeoutError");
  const result = await sendReport("https://desk", {}, t, fakeFetch([abort], calls), online);
  assert.equal(result.ok, false);
  assert.equal(calls.length, 1);
});
