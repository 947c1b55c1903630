"""HTTP API v1: the widget's report endpoint and the CMS push endpoint (docs/api.md).

Each write view is three steps: validate, call a service, present.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja import errors as ninja_errors
from pydantic import BaseModel

from corrigenda import conf
from corrigenda.models import Site, hash_secret
from corrigenda.schemas import ArticleIn, ArticleOut, ErrorOut, ReportIn, ReportOut
from corrigenda.selectors import article_corrections
from corrigenda.services.articles import EmptyArticle, article_push, canonical_url
from corrigenda.services.reports import RateLimited, ReportData, report_create, sender_hash
from corrigenda.services.sites import (
    site_by_public_key,
    site_for_host,
    site_owns_host,
)
from corrigenda.views.editor_api import router as editor_router
from corrigenda.views.errors import ApiError, read_json, validate

MAX_REPORT_BYTES = 16 * 1024  # a report is a quote and a few sentences; 16 KB is generous
MAX_ARTICLE_BYTES = 4 * 1024 * 1024  # a long read with its HTML fits in 4 MB
PREFLIGHT_MAX_AGE = "86400"  # browsers cap this anyway (Chromium: 2 hours)

api = NinjaAPI(
    title="Corrigenda",
    version="1",
    description="Reader corrections desk: reports in, articles pushed, corrections out.",
    urls_namespace="api",
    docs_url="/docs",
)

ERRORS = {code: ErrorOut for code in (400, 401, 403, 413, 415, 429)}
api.add_router("", editor_router)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, error: ApiError) -> HttpResponse:
    return error.response()


@api.exception_handler(ninja_errors.AuthenticationError)
def _unauthenticated(request: HttpRequest, error: Exception) -> HttpResponse:
    return ApiError(
        401,
        "unauthorized",
        "Send an API token as 'Authorization: Bearer <token>'.",
        headers={"WWW-Authenticate": "Bearer"},
    ).response()


@api.exception_handler(ninja_errors.ValidationError)
def _invalid(request: HttpRequest, error: ninja_errors.ValidationError) -> HttpResponse:
    problem = error.errors[0] if error.errors else {}
    location = [str(part) for part in problem.get("loc", ()) if part not in ("body", "query")]
    field = ".".join(location[1:] if location[:1] == ["body"] else location) or None
    message = problem.get("msg", "invalid request")
    return ApiError(400, "invalid", f"{field}: {message}" if field else message, field).response()


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Exception) -> HttpResponse:
    return ApiError(404, "not_found", "Not found.").response()


def _body_schema(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    content = {"schema": schema}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": content, "text/plain": content},
        }
    }


def _origin_host(request: HttpRequest) -> str | None:
    origin = request.headers.get("Origin")
    return urlsplit(origin).hostname if origin and origin != "null" else None


def _cors(response: HttpResponse, request: HttpRequest, site: Site | None) -> HttpResponse:
    """Let the page read the answer only when it is on a registered (or this) site's domain."""
    host = _origin_host(request)
    response["Vary"] = "Origin"
    if host and (site_owns_host(site, host) if site else site_for_host(host) is not None):
        response["Access-Control-Allow-Origin"] = request.headers["Origin"]
        response["Access-Control-Expose-Headers"] = "Retry-After"  # the widget says how long
    return response


def client_ip(request: HttpRequest) -> str:
    if conf.get("TRUST_X_FORWARDED_FOR"):
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _site_for(report: ReportIn, request: HttpRequest) -> Site:
    site = site_by_public_key(report.site)
    if site is None:
        raise ApiError(400, "unknown_site", "site: no site has this key.", "site")
    host = _origin_host(request)
    if request.headers.get("Origin") == "null" or (host and not site_owns_host(site, host)):
        raise ApiError(
            403, "foreign_origin", "This page's origin is not one of the site's domains."
        )
    if not site_owns_host(site, urlsplit(report.url).hostname or ""):
        raise ApiError(403, "foreign_url", "url: not on one of the site's domains.", "url")
    return site


@api.post(
    "/reports",
    response={201: ReportOut, **ERRORS},
    openapi_extra=_body_schema(ReportIn),
    summary="Send a reader's report",
)
def post_report(request: HttpRequest) -> HttpResponse:
    site = None
    try:
        report = validate(ReportIn, read_json(request, max_bytes=MAX_REPORT_BYTES))
        site = _site_for(report, request)
        sender = sender_hash(client_ip(request))
        stored = report_create(site=site, data=_report_data(report), sender=sender)
    except RateLimited as limited:
        error = ApiError(
            429,
            "rate_limited",
            "Too many reports; try again in a moment.",
            headers={"Retry-After": str(limited.wait)},
        )
        return _cors(error.response(), request, site)
    except ApiError as error:
        return _cors(error.response(), request, site)
    return _cors(JsonResponse({"id": stored.pk, "status": "received"}, status=201), request, site)


def _report_data(report: ReportIn) -> ReportData:
    selector = report.selector
    return ReportData(
        url=report.url,
        exact=selector.exact,
        kind=report.kind,
        prefix=selector.prefix,
        suffix=selector.suffix,
        start=selector.start,
        end=selector.end,
        revision=report.revision,
        title=report.title,
        lang=report.lang,
        suggestion=report.suggestion,
        comment=report.comment,
        email=report.email,
    )


@api.api_operation(["OPTIONS"], "/reports", include_in_schema=False)
def preflight_report(request: HttpRequest) -> HttpResponse:
    """The widget needs no preflight; other clients sending application/json get one."""
    response = _cors(HttpResponse(status=204), request, None)
    if "Access-Control-Allow-Origin" in response:
        response["Access-Control-Allow-Methods"] = "POST"
        response["Access-Control-Allow-Headers"] = "Content-Type"
        response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def _site_by_secret(request: HttpRequest) -> Site:
    scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
    site = None
    if scheme.lower() == "bearer" and secret.strip():
        site = Site.objects.filter(secret_hash=hash_secret(secret.strip())).first()
    if site is None:
        raise ApiError(
            401,
            "unauthorized",
            "Send the site's secret as 'Authorization: Bearer <secret>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return site


@api.post(
    "/articles",
    response={200: ArticleOut, 201: ArticleOut, **ERRORS},
    openapi_extra=_body_schema(ArticleIn),
    summary="Push an article version from a CMS",
)
def post_article(request: HttpRequest) -> HttpResponse:
    try:
        site = _site_by_secret(request)
        pushed = validate(ArticleIn, read_json(request, max_bytes=MAX_ARTICLE_BYTES))
        if not site_owns_host(site, urlsplit(pushed.url).hostname or ""):
            raise ApiError(403, "foreign_url", "url: not on one of the site's domains.", "url")
        article, revision, created = article_push(
            site=site,
            url=pushed.url,
            title=pushed.title,
            lang=pushed.lang,
            text=pushed.text,
            html=pushed.html,
        )
    except EmptyArticle:
        return ApiError(400, "empty", "html: no article text found in it.", "html").response()
    except ApiError as error:
        return error.response()
    body = {
        "article": article.pk,
        "revision": revision.number,
        "fingerprint": revision.fingerprint,
        "created": created,
    }
    return JsonResponse(body, status=201 if created else 200)


CORRECTIONS_MAX_AGE = 60  # seconds publishers' pages may cache an article's notes


def corrections_jsonld(url: str, corrections: list) -> dict:
    """schema.org markup for one article's published notes, ready to embed."""
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "correction": [
            {
                "@type": "CorrectionComment",
                "text": correction.note,
                "datePublished": correction.published_at.isoformat(),
            }
            for correction in corrections
        ],
    }


@api.get(
    "/corrections",
    response={200: dict, 400: ErrorOut},
    summary="An article's published corrections as schema.org JSON-LD",
)
def get_corrections(request: HttpRequest, url: str) -> HttpResponse:
    host = urlsplit(url).hostname if url.startswith(("http://", "https://")) else None
    site = site_for_host(host) if host else None
    if host is None:
        error = ApiError(400, "invalid", "url: must be an absolute http(s) URL.", "url")
        return error.response()
    found = list(article_corrections(site, canonical_url(url))) if site else []
    response = JsonResponse(
        corrections_jsonld(canonical_url(url), found), content_type="application/ld+json"
    )
    response["Access-Control-Allow-Origin"] = "*"  # public record, readable from any page
    response["Cache-Control"] = f"public, max-age={CORRECTIONS_MAX_AGE}"
    return response
