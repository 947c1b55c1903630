"""Load the demo publication: a site, an editor, three articles and their first revisions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string

from corrigenda.demo.articles import ARTICLES
from corrigenda.demo.cms import demo_edited
from corrigenda.extraction import extract
from corrigenda.models import Article, RevisionSource, Role, Site, Webhook
from corrigenda.services.articles import article_for_url, revision_record
from corrigenda.services.sites import site_create, user_add

DEMO_SITE = "demo"
DEMO_KEY = "demo"  # fixed, so the demo pages' script tag never changes
DEMO_EDITOR = "editor@example.com"
DEMO_PASSWORD = "corrigenda-demo"  # noqa: S105  (a demo on loopback; printed at start)
DEMO_HOSTS = ("127.0.0.1", "localhost")


@dataclass(frozen=True, slots=True)
class DemoSetup:
    site: Site
    articles: list[Article]


def demo_load(*, base_url: str) -> DemoSetup:
    """Create (or refresh) the demo; safe to run on every start."""
    with transaction.atomic():
        site = Site.objects.filter(name=DEMO_SITE).first()
        if site is None:
            site, _ = site_create(
                name=DEMO_SITE, domains=list(DEMO_HOSTS), title="The Corrigenda Gazette (demo)"
            )
            site.public_key = DEMO_KEY
            site.save(update_fields=["public_key"])
        # An owner, so the demo shows the site page (/desk/sites/demo/) as well as the queue.
        user_add(email=DEMO_EDITOR, site=site, role=Role.OWNER, password=DEMO_PASSWORD)
        # The demo publication's CMS takes accepted corrections by webhook (demo/cms.py).
        hook = f"{base_url.rstrip('/')}/demo/cms/webhook"
        if not site.webhooks.filter(url=hook).exists():
            site.webhooks.update(active=False)  # an older run's port
            Webhook.objects.create(site=site, url=hook)
    articles = [_load_article(site, base_url, demo) for demo in ARTICLES]
    return DemoSetup(site=site, articles=articles)


def _load_article(site: Site, base_url: str, demo) -> Article:
    url = f"{base_url.rstrip('/')}/demo/{demo.slug}/"
    # The text as the page shows it now, corrections the demo CMS applied included.
    html = render_to_string(
        "corrigenda/demo/article.html", {"site": site, "article": demo_edited(demo)}
    )
    page = extract(html, url=url)
    article = article_for_url(site=site, url=url, title=demo.title, lang=demo.lang)
    revision_record(article=article, text=page.text, source=RevisionSource.DEMO)
    return article
