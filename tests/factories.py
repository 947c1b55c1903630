"""factory_boy factories: every test builds exactly the rows it needs."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from corrigenda.anchoring import fingerprint, normalise_text
from corrigenda.models import (
    Article,
    Domain,
    Issue,
    Membership,
    Report,
    Revision,
    Role,
    Site,
)


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"site{n}")
    title = factory.LazyAttribute(lambda site: f"The {site.name.title()} Post")
    domain = factory.RelatedFactory(
        "tests.factories.DomainFactory",
        factory_related_name="site",
        host=factory.LazyAttribute(lambda d: f"{d.factory_parent.name}.example"),
    )


class DomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domain

    site = factory.SubFactory(SiteFactory, domain=None)
    host = factory.Sequence(lambda n: f"news{n}.example")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}@example.com")
    email = factory.LazyAttribute(lambda user: user.username)
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def save_password(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            self.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    site = factory.SubFactory(SiteFactory)
    role = Role.EDITOR


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    site = factory.SubFactory(SiteFactory)
    url = factory.LazyAttributeSequence(
        lambda article, n: f"https://{article.site.domains.first().host}/story-{n}/"
    )
    title = factory.Sequence(lambda n: f"Story {n}")
    lang = "en"


class RevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Revision
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    number = factory.Sequence(lambda n: n + 1)
    text = "The council approved the the budget on Tuesday. It will be spent on roads."
    fingerprint = factory.LazyAttribute(lambda rev: fingerprint(normalise_text(rev.text)))
    source = "push"

    @factory.post_generation
    def make_current(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            Article.objects.filter(pk=self.article_id).update(current_revision=self)


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    article = factory.SubFactory(ArticleFactory)
    site = factory.LazyAttribute(lambda report: report.article.site)
    url = factory.LazyAttribute(lambda report: report.article.url)
    exact = "the the"
    kind = "typo"
    sender = factory.Sequence(lambda n: f"{n:064x}")


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue

    article = factory.SubFactory(ArticleFactory)
    site = factory.LazyAttribute(lambda issue: issue.article.site)
    quote = "the the"
    kind = "typo"
    report_count = 1
