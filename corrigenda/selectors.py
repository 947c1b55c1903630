"""Reads shared by several views. Every one is scoped to the sites the user belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.http import Http404

from corrigenda.models import Issue, Kind, Membership, Site, Source, Status

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
    source: str = ""
    sort: str = "recent"

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
            source=pick("source", Source.values, ""),
            sort=query.get("sort") if query.get("sort") in SORTS else "recent",
        )


def sites_for_user(user: AbstractBaseUser) -> QuerySet[Site]:
    return Site.objects.filter(memberships__user=user).order_by("name")


def membership_for(user: AbstractBaseUser, site_id: int) -> Membership | None:
    return Membership.objects.filter(user=user, site_id=site_id).first()


def issues_for_user(user: AbstractBaseUser, filters: QueueFilters) -> QuerySet[Issue]:
    issues = Issue.objects.filter(site__memberships__user=user).select_related("article", "site")
    if filters.site:
        issues = issues.filter(site__name=filters.site)
    if filters.status:
        issues = issues.filter(status=filters.status)
    if filters.kind:
        issues = issues.filter(kind=filters.kind)
    if filters.source:
        issues = issues.filter(source=filters.source)
    return issues.order_by(*SORTS[filters.sort])


def issue_for_user(user: AbstractBaseUser, pk: int) -> Issue:
    """The issue, if the user belongs to its site; otherwise 404, as if it did not exist."""
    issue = (
        Issue.objects.filter(pk=pk, site__memberships__user=user)
        .select_related("article", "site", "revision", "decided_by", "article__current_revision")
        .first()
    )
    if issue is None:
        raise Http404("No such issue.")
    return issue
