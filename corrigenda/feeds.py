"""The public corrections log as an Atom feed (Django's syndication framework)."""

from __future__ import annotations

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from corrigenda.models import Correction, Site
from corrigenda.selectors import published_corrections

FEED_ITEMS = 50  # the newest corrections; older ones are on the paginated log page


class CorrectionsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, site: str) -> Site:
        return get_object_or_404(Site, name=site)

    def title(self, site: Site) -> str:
        return f"Corrections · {site}"

    def subtitle(self, site: Site) -> str:
        return f"Corrections and clarifications published by {site}."

    def link(self, site: Site) -> str:
        return reverse("corrigenda:corrections", args=[site.name])

    def feed_guid(self, site: Site) -> str:
        return f"tag:corrigenda,2026:corrections:{site.name}"

    def items(self, site: Site) -> list[Correction]:
        return list(published_corrections(site)[:FEED_ITEMS])

    def item_title(self, item: Correction) -> str:
        return f"{item.get_disposition_display()}: {item.article.title or item.article.url}"

    def item_description(self, item: Correction) -> str:
        return item.note

    def item_link(self, item: Correction) -> str:
        return item.article.url

    def item_guid(self, item: Correction) -> str:
        return f"tag:corrigenda,2026:correction:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Correction) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: Correction) -> datetime | None:
        return item.published_at
