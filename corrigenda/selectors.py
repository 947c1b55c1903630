"""Reads shared by several views. Every one is scoped to the sites the user belongs to."""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.contrib.auth.models import User
from django.db.models import Count, QuerySet
from django.http import Http404

from corrigenda.models import (
    PUBLIC_DISPOSITIONS,
    Article,
    Correction,
    Issue,
    Kind,
    Membership,
    Revision,
    Site,
    Source,
    Status,
)
from corrigenda.text import word_diff

SORTS = {
    "recent": ("-last_seen", "-pk"),
    "count": ("-report_count", "-last_seen", "-pk"),
    "oldest": ("first_seen", "pk"),
}


@dataclass(frozen=True, slots=True)
class QueueFilters:
    site: str = ""
    status: str = Status.OPEN
    kind: str = ""
    source: str = Source.READER
    sort: str = "recent"
    mine: bool = False  # only issues assigned to the user

    @classmethod
    def from_query(cls, query: dict[str, str]) -> QueueFilters:
        """Unknown values fall back to defaults instead of failing."""

        def pick(name: str, allowed: object, default: str) -> str:
            value = query.get(name, default)
            return value if value in allowed or value == "" else default  # type: ignore[operator]

        return cls(
            site=query.get("site", "")[:60],
            status=pick("status", Status.values, Status.OPEN),
            kind=pick("kind", Kind.values, ""),
            source=pick("source", Source.values, Source.READER),
            sort=sort if (sort := query.get("sort", "recent")) in SORTS else "recent",
            mine=query.get("mine") == "1",
        )


def sites_for_user(user: User) -> QuerySet[Site]:
    return Site.objects.filter(memberships__user=user).order_by("name")


def membership_for(user: User, site_id: int) -> Membership | None:
    return Membership.objects.filter(user=user, site_id=site_id).first()


def issues_for_user(user: User, filters: QueueFilters) -> QuerySet[Issue]:
    issues = Issue.objects.filter(site__memberships__user=user).select_related("article", "site")
    if filters.site:
        issues = issues.filter(site__name=filters.site)
    if filters.status:
        issues = issues.filter(status=filters.status)
    if filters.kind:
        issues = issues.filter(kind=filters.kind)
    if filters.source:
        issues = issues.filter(source=filters.source)
    if filters.mine:
        issues = issues.filter(assignee=user)
    return issues.order_by(*SORTS[filters.sort])


def issue_for_user(user: User, pk: int) -> Issue:
    """The issue, if the user belongs to its site; otherwise 404, as if it did not exist."""
    issue = (
        Issue.objects.filter(pk=pk, site__memberships__user=user)
        .select_related("article", "site", "revision", "decided_by", "article__current_revision")
        .first()
    )
    if issue is None:
        raise Http404("No such issue.")
    return issue


# Revisions shown with their diffs on an issue page: the recent history is what an editor
# checks; older revisions are listed without diffs.
HISTORY_DIFFS = 10


def revision_history(article: Article) -> list[tuple[Revision, list[tuple[str, str]] | None]]:
    """The article's revisions, newest first, each with its word diff from the one before."""
    revisions = list(article.revisions.order_by("-number"))
    history = []
    for index, revision in enumerate(revisions):
        older = revisions[index + 1] if index + 1 < len(revisions) else None
        diff = word_diff(older.text, revision.text) if older and index < HISTORY_DIFFS else None
        history.append((revision, diff))
    return history


def published_corrections(site: Site) -> QuerySet[Correction]:
    """The site's public record: notes that went live, newest first."""
    return (
        Correction.objects.filter(
            site=site, published_at__isnull=False, disposition__in=PUBLIC_DISPOSITIONS
        )
        .select_related("article")
        .order_by("-published_at", "-pk")
    )


def article_corrections(site: Site, url: str) -> QuerySet[Correction]:
    return published_corrections(site).filter(article__url=url)


def queue_counts(user: User, filters: QueueFilters) -> dict[str, int]:
    """Issues per source under the other filters: the counts on the queue's tabs."""
    counts = {source: 0 for source in Source.values}
    rows = issues_for_user(user, replace(filters, source="")).order_by().values("source")
    for row in rows.annotate(n=Count("pk")):
        counts[row["source"]] = row["n"]
    return counts
