"""The demo publication: its pages, its loader and its stand-in CMS."""

from __future__ import annotations

import json
import time

import pytest
from django.core.cache import cache

from corrigenda.demo.articles import ARTICLES, LIBRARY
from corrigenda.demo.cms import NotApplicable, demo_apply, demo_edited
from corrigenda.demo.load import DEMO_KEY, demo_load
from corrigenda.models import Article
from corrigenda.services.proofreader import revision_proofread
from corrigenda.services.webhooks import SIGNATURE_HEADER, signature


@pytest.fixture
def demo(db, settings):
    settings.CORRIGENDA = {**settings.CORRIGENDA, "DEMO": True}
    cache.clear()
    yield demo_load(base_url="http://127.0.0.1:8000")
    cache.clear()


def test_demo_loads_three_languages_with_first_revisions(demo):
    assert demo.site.public_key == DEMO_KEY
    assert sorted(a.lang for a in demo.articles) == ["en", "ru", "uk"]
    for article in Article.objects.all():
        assert article.current_revision is not None
        assert "Ctrl + Enter" not in article.current_revision.text  # the footer is not article


def test_every_planted_error_is_in_its_article(demo):
    for demo_article in ARTICLES:
        text = Article.objects.get(url__contains=demo_article.slug).current_revision.text
        for wrong, _ in demo_article.planted:
            assert wrong in text, wrong


# A wrong fact is for readers to report: no proofreader can know the library's age.
FOR_READERS = {"150th anniversary in 2017"}


def test_the_proofreader_finds_every_planted_slip(demo):
    for demo_article in ARTICLES:
        article = Article.objects.get(url__contains=demo_article.slug)
        found = {i.quote for i in revision_proofread(revision=article.current_revision)}
        found |= set(article.issues.values_list("quote", flat=True))
        for wrong, _ in demo_article.planted:
            assert wrong in found or wrong in FOR_READERS, wrong


def test_loading_twice_changes_nothing(demo):
    again = demo_load(base_url="http://127.0.0.1:8000")
    assert [a.pk for a in again.articles] == [a.pk for a in demo.articles]
    assert all(a.revisions.count() == 1 for a in again.articles)


def test_article_page_embeds_the_widget_and_tells_readers(client, demo):
    html = client.get(f"/demo/{LIBRARY.slug}/").content.decode()
    assert 'src="/widget.js"' in html and f'data-site="{DEMO_KEY}"' in html
    assert "data-corrigenda-article" in html and "Ctrl + Enter" in html


def test_demo_cms_applies_a_signed_correction_once(client, demo):
    webhook = demo.site.webhooks.get(active=True)
    body = json.dumps(
        {
            "article": {"url": f"http://127.0.0.1:8000/demo/{LIBRARY.slug}/"},
            "correction": {"before": "goverment", "after": "government"},
        }
    ).encode()
    unsigned = client.post("/demo/cms/webhook", body, content_type="application/json")
    assert unsigned.status_code == 401
    headers = {
        "HTTP_" + SIGNATURE_HEADER.upper().replace("-", "_"): signature(
            webhook.secret, body, int(time.time())
        )
    }
    response = client.post("/demo/cms/webhook", body, content_type="application/json", **headers)
    assert response.status_code == 200
    assert "government grant" in client.get(f"/demo/{LIBRARY.slug}/").content.decode()


def test_demo_cms_refuses_text_that_is_not_there_exactly_once(demo):
    with pytest.raises(NotApplicable, match="2 times"):
        demo_apply(LIBRARY, "reading room", "reading hall")
    demo_apply(LIBRARY, "the the new", "the new")
    assert "said the new flood wall" in " ".join(demo_edited(LIBRARY).paragraphs)


def test_health_check(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
