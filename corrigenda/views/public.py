"""What the public reaches: the widget's files and, in demo mode, the demo publication."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import quote_etag
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import condition, require_POST

from corrigenda import conf
from corrigenda.demo.articles import ARTICLES, article_by_slug
from corrigenda.demo.cms import NotApplicable, demo_apply, demo_edited
from corrigenda.feeds import CorrectionsFeed
from corrigenda.models import Article, Correction, Site
from corrigenda.selectors import published_corrections, revision_history
from corrigenda.services.articles import canonical_url
from corrigenda.services.webhooks import SIGNATURE_HEADER, signature_verify

STATIC = Path(__file__).resolve().parent.parent / "static" / "corrigenda"
# The loader's URL is fixed in publishers' pages, so it can't be fingerprinted; five minutes
# keeps a new release rolling out quickly while sparing the desk most requests.
WIDGET_MAX_AGE = 300
# The loader and the bundles it fetches (dialog, hint; one per language); nothing else.
WIDGET_FILE = re.compile(r"^widget(?:-[a-z]+(?:\.[a-z]{2})?)?\.js$")


@cache
def _widget_file(name: str) -> tuple[bytes, str]:
    body = (STATIC / name).read_bytes()
    return body, quote_etag(hashlib.sha256(body).hexdigest()[:20])


def widget_file(request: HttpRequest, name: str) -> HttpResponse:
    if not WIDGET_FILE.match(name):
        raise Http404()
    if settings.DEBUG:
        _widget_file.cache_clear()
    try:
        body, etag = _widget_file(name)
    except FileNotFoundError:
        raise Http404("The widget is not built; run `make widget`.") from None
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={WIDGET_MAX_AGE}"
    # The dialog is loaded as a module from publishers' pages: a cross-origin module load
    # needs CORS. The file is public, so any origin may read it.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def _demo_site() -> Site:
    if not conf.get("DEMO"):
        raise Http404()
    site = Site.objects.filter(name="demo").first()
    if site is None:
        raise Http404("The demo is not loaded; run `corrigenda demo`.")
    return site


def demo_index(request: HttpRequest) -> HttpResponse:
    site = _demo_site()
    return render(request, "corrigenda/demo/index.html", {"site": site, "articles": ARTICLES})


def demo_article(request: HttpRequest, slug: str) -> HttpResponse:
    site = _demo_site()
    article = article_by_slug(slug)
    if article is None:
        raise Http404()
    context = {"site": site, "article": demo_edited(article)}
    return render(request, "corrigenda/demo/article.html", context)


@csrf_exempt
@require_POST
def demo_cms_webhook(request: HttpRequest) -> HttpResponse:
    """The demo CMS's end of a webhook: check the signature, apply the fix, or say why not."""
    site = _demo_site()
    webhook = site.webhooks.filter(active=True).first()
    header = request.headers.get(SIGNATURE_HEADER, "")
    if webhook is None or not signature_verify(webhook.secret, header, request.body):
        return JsonResponse({"error": "bad signature"}, status=401)
    payload = json.loads(request.body)
    slug = urlsplit(payload["article"]["url"]).path.strip("/").split("/")[-1]
    article = article_by_slug(slug)
    if article is None:
        return JsonResponse({"error": "no such article"}, status=404)
    fix = payload["correction"]
    try:
        demo_apply(article, fix["before"], fix["after"])
    except NotApplicable as refusal:
        return JsonResponse({"error": str(refusal)}, status=409)
    return JsonResponse({"applied": True})


CORRECTIONS_PAGE_SIZE = 20  # entries per page of the public log


def _last_correction(request: HttpRequest, site: str) -> datetime | None:
    """When the site's public record last changed: drives 304 answers for the log and feed."""
    return Correction.objects.filter(site__name=site, published_at__isnull=False).aggregate(
        latest=Max("published_at")
    )["latest"]


@condition(last_modified_func=_last_correction)
def corrections_log(request: HttpRequest, site: str) -> HttpResponse:
    publication = get_object_or_404(Site, name=site)
    page = Paginator(published_corrections(publication), CORRECTIONS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {"site": publication, "page": page, "show_diff": publication.public_history}
    return render(request, "corrigenda/corrections.html", context)


corrections_feed = condition(last_modified_func=_last_correction)(CorrectionsFeed())


def article_history(request: HttpRequest, site: str) -> HttpResponse:
    """An article's revisions with word diffs, for sites that publish their history."""
    publication = get_object_or_404(Site, name=site, public_history=True)
    article = get_object_or_404(
        Article, site=publication, url=canonical_url(request.GET.get("url", ""))
    )
    context = {"site": publication, "article": article, "history": revision_history(article)}
    return render(request, "corrigenda/history.html", context)


def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitors: 200 when the database answers, else 503."""
    from django.db import DatabaseError, connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "database unavailable"}, status=503)
    response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    return response
