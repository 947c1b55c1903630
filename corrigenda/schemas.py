"""Shapes of the HTTP API (OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

# Field caps, from the issue: a reader's report is a sentence, not a document.
MAX_EXACT = 1000
MAX_CONTEXT = 200
MAX_SUGGESTION = 1000
MAX_COMMENT = 2000
MAX_URL = 2000
MAX_TITLE = 500
MAX_EMAIL = 254  # RFC 5321's limit on a forward path
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
FINGERPRINT_RE = re.compile(r"^[0-9a-f]{16}$")


def _storable(value: str) -> str:
    """Refuse what a database would choke on: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an absolute http(s) URL")
    return value


def _email(value: str) -> str:
    if value:
        try:
            validate_email(value)
        except DjangoValidationError:
            raise ValueError("is not an e-mail address") from None
    return value


def _lang(value: str) -> str:
    if value and not LANG_RE.match(value):
        raise ValueError("must be a language tag such as 'en' or 'uk-UA'")
    return value.split("-")[0].split("_")[0].lower()


def _fingerprint(value: str) -> str:
    if value and not FINGERPRINT_RE.match(value):
        raise ValueError("must be 16 lowercase hex digits")
    return value


Text = Annotated[str, AfterValidator(_storable)]


class SelectorIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")

    exact: Annotated[Text, Field(min_length=1, max_length=MAX_EXACT)]
    prefix: Annotated[Text, Field(max_length=MAX_CONTEXT)] = ""
    suffix: Annotated[Text, Field(max_length=MAX_CONTEXT)] = ""
    start: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    end: Annotated[int, Field(ge=0, le=10_000_000)] | None = None

    @model_validator(mode="after")
    def _ordered(self) -> SelectorIn:
        if not self.exact.strip():
            raise ValueError("exact: must not be blank")
        if (self.start is None) != (self.end is None):
            raise ValueError("start/end: give both or neither")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("end: must not be before start")
        return self


class ReportIn(BaseModel):
    """A reader's report, as the widget sends it."""

    model_config = ConfigDict(strict=True, extra="ignore")

    site: Annotated[Text, Field(min_length=1, max_length=40)]
    url: Annotated[Text, Field(max_length=MAX_URL), AfterValidator(_http_url)]
    title: Annotated[Text, Field(max_length=MAX_TITLE)] = ""
    lang: Annotated[Text, Field(max_length=35), AfterValidator(_lang)] = ""
    selector: SelectorIn
    revision: Annotated[Text, AfterValidator(_fingerprint)] = ""
    kind: Literal["typo", "factual", "clarification", "other"]
    suggestion: Annotated[Text, Field(max_length=MAX_SUGGESTION)] = ""
    comment: Annotated[Text, Field(max_length=MAX_COMMENT)] = ""
    email: Annotated[Text, Field(max_length=MAX_EMAIL), AfterValidator(_email)] = ""


class ReportOut(BaseModel):
    id: int
    status: Literal["received"]


class ArticleIn(BaseModel):
    """An article version pushed by the publisher's CMS: ``text`` or ``html``."""

    model_config = ConfigDict(strict=True, extra="ignore")

    url: Annotated[Text, Field(max_length=MAX_URL), AfterValidator(_http_url)]
    title: Annotated[Text, Field(max_length=MAX_TITLE)] = ""
    lang: Annotated[Text, Field(max_length=35), AfterValidator(_lang)] = ""
    text: Text = ""
    html: Text = ""

    @model_validator(mode="after")
    def _has_content(self) -> ArticleIn:
        if not (self.text.strip() or self.html.strip()):
            raise ValueError("text: give the article's text or its html")
        return self


class ArticleOut(BaseModel):
    article: int
    revision: int
    fingerprint: str
    created: bool


class ErrorBody(BaseModel):
    code: str
    message: str
    field: str | None = None


class ErrorOut(BaseModel):
    error: ErrorBody
