"""Corrigenda's data: sites and their people, articles and revisions, reports and issues."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

PUBLIC_KEY_BYTES = 12  # 16 URL-safe characters: unguessable enough for a public identifier
SITE_SECRET_BYTES = 32  # 256 bits for the server-to-server secret


def new_public_key() -> str:
    return secrets.token_urlsafe(PUBLIC_KEY_BYTES)


def hash_secret(secret: str) -> str:
    """Site secrets are stored hashed: a leaked database must not let anyone push articles."""
    return hashlib.sha256(secret.encode()).hexdigest()


class Site(models.Model):
    """A publication: the unit of membership, domains and settings."""

    name = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=200, blank=True)
    public_key = models.CharField(max_length=40, unique=True, default=new_public_key)
    secret_hash = models.CharField(max_length=64, blank=True, db_index=True)
    default_lang = models.CharField(max_length=8, default="en")
    public_history = models.BooleanField(
        default=False, help_text="Show every article's revisions and diffs on the public log"
    )
    email_retention_days = models.PositiveIntegerField(
        default=30, help_text="Readers' e-mail addresses are deleted after this many days"
    )
    proofreader_off = models.JSONField(
        default=list, blank=True, help_text="Proofreader rules this site's house style does not use"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.title or self.name

    def set_secret(self) -> str:
        """Make a new secret, keep its hash, and return it once for the publisher."""
        secret = secrets.token_urlsafe(SITE_SECRET_BYTES)
        self.secret_hash = hash_secret(secret)
        return secret


class Domain(models.Model):
    """A host name of a site; its subdomains belong to the site too."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="domains")
    host = models.CharField(max_length=253, unique=True)

    def __str__(self) -> str:
        return self.host


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    EDITOR = "editor", "Editor"
    VIEWER = "viewer", "Viewer"


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.EDITOR)
    notify_new = models.BooleanField(
        default=True, help_text="E-mail me when readers report a new error on this site"
    )
    daily_digest = models.BooleanField(
        default=False, help_text="E-mail me a daily summary of this site's open issues"
    )
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "site"], name="one_role_per_site")]

    def __str__(self) -> str:
        return f"{self.user} · {self.site} · {self.role}"

    @property
    def can_decide(self) -> bool:
        return self.role in (Role.OWNER, Role.EDITOR)


class Article(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="articles")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    lang = models.CharField(max_length=8, blank=True)
    current_revision = models.ForeignKey(
        "Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fetched_at = models.DateTimeField(null=True, blank=True)
    fetch_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "url"], name="one_article_per_url")]

    def __str__(self) -> str:
        return self.title or self.url


class RevisionSource(models.TextChoices):
    FETCH = "fetch", "Fetched"
    PUSH = "push", "Pushed by the CMS"
    DEMO = "demo", "Demo"


class Revision(models.Model):
    """One version of an article's normalised text (docs/normalisation.md)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    fingerprint = models.CharField(max_length=16)
    source = models.CharField(max_length=10, choices=RevisionSource.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["article", "number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_number"),
            models.UniqueConstraint(fields=["article", "fingerprint"], name="revision_text"),
        ]

    def __str__(self) -> str:
        return f"{self.article} · r{self.number}"


class Kind(models.TextChoices):
    TYPO = "typo", "Typo"
    FACTUAL = "factual", "Factual error"
    CLARIFICATION = "clarification", "Needs clarification"
    OTHER = "other", "Other"


class Report(models.Model):
    """What one reader sent, kept as sent."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reports")
    issue = models.ForeignKey(
        "Issue", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    lang = models.CharField(max_length=8, blank=True)
    exact = models.TextField()
    prefix = models.CharField(max_length=200, blank=True)
    suffix = models.CharField(max_length=200, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    revision = models.CharField(max_length=16, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    suggestion = models.TextField(blank=True)
    comment = models.TextField(blank=True)
    email = models.EmailField(blank=True)
    sender = models.CharField(max_length=64, help_text="Salted hash of the sender's IP address")
    blocked = models.BooleanField(default=False, help_text="The sender was blocked as spam")
    created_at = models.DateTimeField(default=timezone.now)
    triaged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["site", "sender"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.exact[:40]}"


class Status(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    FIXED = "fixed", "Fixed"
    REJECTED = "rejected", "Rejected"
    SPAM = "spam", "Spam"


class Source(models.TextChoices):
    READER = "reader", "Readers"
    PROOFREADER = "proofreader", "Proofreader"


class Anchor(models.TextChoices):
    ANCHORED = "anchored", "Anchored"
    NEEDS_CHECK = "needs_check", "Best guess: needs check"
    UNVERIFIED = "unverified", "Quote not found in the article"
    CHANGED = "changed", "Text changed: fixed?"
    DELETED = "deleted", "Passage deleted"


class Issue(models.Model):
    """One error in one article, however many reports point at it."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="issues")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="issues")
    revision = models.ForeignKey(
        Revision, null=True, blank=True, on_delete=models.SET_NULL, related_name="issues"
    )
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField()
    suggestion = models.TextField(blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    source = models.CharField(max_length=12, choices=Source.choices, default=Source.READER)
    anchor = models.CharField(max_length=12, choices=Anchor.choices, default=Anchor.ANCHORED)
    confidence = models.FloatField(default=1.0)
    rule = models.CharField(
        max_length=60, blank=True, help_text="The proofreader's rule, e.g. spelling.misspelling"
    )
    message = models.CharField(max_length=300, blank=True)
    report_count = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now)
    final_text = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_seen"]
        indexes = [
            models.Index(fields=["site", "status", "-last_seen"]),
            models.Index(fields=["article", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__gte=models.F("start")),
                name="issue_span_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.quote[:40]}"

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN


class Action(models.TextChoices):
    ACCEPT = "accept", "Accepted"
    REJECT = "reject", "Rejected"
    SPAM = "spam", "Marked as spam"
    REOPEN = "reopen", "Reopened"
    ASSIGN = "assign", "Assigned"
    COMMENT = "comment", "Commented"
    FIXED = "fixed", "Fix seen in the article"


class Decision(models.Model):
    """The audit trail: who did what to an issue, and when. Rows are never edited."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="decisions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    text = models.TextField(blank=True, help_text="Final text, reason or comment")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.issue_id} {self.action} by {self.user}"


class BlockedSender(models.Model):
    """A sender an editor marked as a spammer: their later reports are kept but hidden."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="blocked_senders")
    sender = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "sender"], name="block_once")]

    def __str__(self) -> str:
        return f"{self.site} · {self.sender[:12]}…"


class RateBucket(models.Model):
    """A fixed-window counter for the database rate limiter (ratelimit.py)."""

    key = models.CharField(max_length=150, primary_key=True)
    period = models.BigIntegerField(help_text="Index of the current window since the epoch")
    count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class Disposition(models.TextChoices):
    """How an accepted fix is told to the public."""

    SILENT = "silent", "Silent fix"
    CORRECTION = "correction", "Correction"
    CLARIFICATION = "clarification", "Clarification"
    UPDATE = "update", "Update"
    EDITORS_NOTE = "editors_note", "Editor's note"


PUBLIC_DISPOSITIONS = frozenset(
    {
        Disposition.CORRECTION,
        Disposition.CLARIFICATION,
        Disposition.UPDATE,
        Disposition.EDITORS_NOTE,
    }
)


class Correction(models.Model):
    """What an accepted issue changes in the article, and the note the public reads."""

    issue = models.OneToOneField(Issue, on_delete=models.CASCADE, related_name="correction")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="corrections")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    disposition = models.CharField(max_length=14, choices=Disposition.choices)
    before = models.TextField(help_text="The text as it was")
    after = models.TextField(help_text="The text as it should read")
    note = models.TextField(blank=True, help_text="The public note, in the article's language")
    lang = models.CharField(max_length=8, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="When the fix was seen live and the note made public"
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["site", "-published_at"])]

    def __str__(self) -> str:
        return f"{self.get_disposition_display()} · {self.article}"

    @property
    def is_public(self) -> bool:
        return self.disposition in PUBLIC_DISPOSITIONS and self.published_at is not None


WEBHOOK_SECRET_BYTES = 32  # 256-bit HMAC key


def new_webhook_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(WEBHOOK_SECRET_BYTES)


class ConnectorKind(models.TextChoices):
    WEBHOOK = "webhook", "Signed webhook"
    WORDPRESS = "wordpress", "WordPress (REST API)"


class Webhook(models.Model):
    """Where a site wants accepted corrections sent, signed with a secret it was given."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="webhooks")
    kind = models.CharField(
        max_length=10, choices=ConnectorKind.choices, default=ConnectorKind.WEBHOOK
    )
    url = models.URLField(max_length=2000, help_text="The receiver, or the WordPress site's root")
    # Kept as given: the desk signs with it (HMAC needs the key itself, not a hash).
    secret = models.CharField(max_length=80, default=new_webhook_secret)
    # WordPress only: the user and application password the desk signs in with.
    username = models.CharField(max_length=150, blank=True)
    app_password = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.site} → {self.url}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class Delivery(models.Model):
    """One event sent to one webhook, with every attempt's outcome: the editor's log."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    payload = models.TextField()
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook.url}: {self.status}"


TOKEN_BYTES = 32  # 256-bit bearer tokens


class ApiToken(models.Model):
    """An editor's key to the editor API; stored hashed, shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user} · {self.name or 'token'}"

    @classmethod
    def issue_for(cls, user: object, name: str = "") -> tuple[ApiToken, str]:
        """Make a token for ``user``; returns the row and the key, shown only now."""
        key = "cgd_" + secrets.token_urlsafe(TOKEN_BYTES)
        return cls.objects.create(user=user, name=name, key_hash=hash_secret(key)), key


class WordSource(models.TextChoices):
    EDITOR = "editor", "An editor said it is not an error"
    ARCHIVE = "archive", "Frequent in the site's articles"


class SiteWord(models.Model):
    """A word the site's proofreader accepts: a name, a term, the house spelling."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="words")
    word = models.CharField(max_length=100)
    source = models.CharField(max_length=10, choices=WordSource.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "word"], name="one_word_per_site")]

    def __str__(self) -> str:
        return self.word


class Dismissal(models.Model):
    """A proofreader finding an editor dismissed: it never comes back for that article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="dismissals")
    rule = models.CharField(max_length=60)
    text = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "rule", "text"], name="dismiss_once")
        ]

    def __str__(self) -> str:
        return f"{self.rule}: {self.text}"
