"""``corrigenda check PATH|URL``: proofread a text, an HTML file or a page, from the shell.

Exit status: 0 clean, 1 findings, 2 error. JSON output is a list of findings whose offsets
point into the extracted text (for HTML, the article's text as the desk reads it).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

from corrigenda.extraction import FetchError, decode_html, extract, fetch
from corrigenda.proofreading import LANGS, Finding, check

HTML_SNIFF_BYTES = 1024  # a page's opening tags lie in its first kilobyte
HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])", re.I)
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")  # letters Russian lacks
RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")  # letters Ukrainian lacks
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class CheckError(Exception):
    pass


def guess_lang(text: str) -> str:
    """The language of ``text`` among en/uk/ru, from its letters.

    >>> guess_lang("Київ і Львів"), guess_lang("Съешь ещё этих булок"), guess_lang("Hello")
    ('uk', 'ru', 'en')
    >>> guess_lang("Він сказав: «Съешь ещё этих булок», і пішов до міста, де жив із сім'єю.")
    'uk'
    """
    if len(CYRILLIC.findall(text)) < max(1, len(text) // 20):
        return "en"
    # Occurrences, not distinct letters: one Russian quotation in a Ukrainian article may
    # hold all four Russian-only letters, but "і" alone is one Ukrainian letter in twenty.
    uk = sum(text.count(c) for c in UKRAINIAN_ONLY)
    ru = sum(text.count(c) for c in RUSSIAN_ONLY)
    return "uk" if uk >= ru and uk else "ru" if ru else "uk"


def load(source: str, allow_loopback: bool = False) -> tuple[str, str | None]:
    """(text to check, language the page declares) from a file path or an http(s) URL."""
    if urlsplit(source).scheme in ("http", "https"):
        host = urlsplit(source).hostname or ""
        try:
            page = fetch(source, allowed_domains=[host], allow_loopback=allow_loopback)
        except FetchError as error:
            raise CheckError(f"cannot fetch {source}: {error}") from None
        found = extract(page.body, url=page.final_url)
        return found.text, found.lang
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise CheckError(f"cannot read {source}: {error}") from None
    head = data[:HTML_SNIFF_BYTES].decode("ascii", errors="ignore")
    if source.lower().endswith((".html", ".htm")) or HTML_SNIFF.match(head):
        # A saved page is decoded as a browser would: BOM, <meta charset>, else UTF-8.
        found = extract(decode_html(data))
        return found.text, found.lang
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CheckError(f"cannot read {source}: not UTF-8 text ({error})") from None
    # Line ends as Python's text files read them, so offsets match ``open(path).read()``.
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def render_text(source: str, text: str, findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        line = text.count("\n", 0, finding.start) + 1
        column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        fix = f" → {finding.suggestions[0]!r}" if finding.suggestions else ""
        lines.append(
            f"{source}:{line}:{column}: {finding.kind}: {finding.text!r}{fix} "
            f"({finding.message} confidence {finding.confidence:.2f})"
        )
    lines.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}")
    return "\n".join(lines)


def render_json(findings: list[Finding]) -> str:
    keep = ("start", "end", "text", "kind", "suggestions", "confidence")  # DESIGN.md contract
    return json.dumps(
        [{k: v for k, v in asdict(f).items() if k in keep} for f in findings],
        ensure_ascii=False,
        indent=2,
    )


def run(source: str, lang: str | None, output: str, allow_loopback: bool = False) -> int:
    try:
        text, declared = load(source, allow_loopback)
    except CheckError as error:
        print(f"corrigenda check: {error}", file=sys.stderr)
        return 2
    declared = (declared or "").split("-")[0].lower()
    language = lang or (declared if declared in LANGS else guess_lang(text))
    findings = check(text, lang=language)
    print(render_json(findings) if output == "json" else render_text(source, text, findings))
    return 1 if findings else 0
