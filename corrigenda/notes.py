"""Drafts of public notes and reader e-mails, in the article's language (en, uk, ru).

Plain data and ``str.format``: an editor edits the draft before it is published, so these
only have to be a good start, never clever.
"""

from __future__ import annotations

LANGS = ("en", "uk", "ru")

NOTES = {
    "en": {
        "correction": "Correction: an earlier version of this article said \u201c{before}\u201d. "
        "It should have said \u201c{after}\u201d.",
        "clarification": "Clarification: this article has been updated to make clear "
        "that \u201c{after}\u201d.",
        "update": "Update: this article has been updated with new information.",
        "editors_note": "Editor's note: this article has been amended.",
    },
    "uk": {
        "correction": "Виправлення: у попередній версії статті було написано "
        "\u00ab{before}\u00bb. Правильно: \u00ab{after}\u00bb.",
        "clarification": "Уточнення: статтю оновлено, щоб пояснити: \u00ab{after}\u00bb.",
        "update": "Оновлення: до статті додано нову інформацію.",
        "editors_note": "Примітка редакції: до статті внесено зміни.",
    },
    "ru": {
        "correction": "Исправление: в предыдущей версии статьи было написано "
        "\u00ab{before}\u00bb. Правильно: \u00ab{after}\u00bb.",
        "clarification": "Уточнение: статья обновлена, чтобы пояснить: \u00ab{after}\u00bb.",
        "update": "Обновление: в статью добавлена новая информация.",
        "editors_note": "Примечание редакции: в статью внесены изменения.",
    },
}

MAILS = {
    "en": {
        "fixed_subject": "Thank you: we corrected \u201c{title}\u201d",
        "fixed": "You told us about a mistake in \u201c{title}\u201d ({url}).\n\n"
        "We have corrected it: it now reads \u201c{after}\u201d.\n\nThank you for reading "
        "closely.\n\u2014 {site}",
        "declined_subject": "About your report on \u201c{title}\u201d",
        "declined": "You told us about a possible mistake in \u201c{title}\u201d ({url}), "
        "quoting \u201c{quote}\u201d.\n\nWe looked at it and are keeping the text as it "
        "is: {reason}\n\nThank you for taking the time to write.\n\u2014 {site}",
    },
    "uk": {
        "fixed_subject": "Дякуємо: ми виправили «{title}»",
        "fixed": "Ви повідомили нам про помилку в матеріалі «{title}» ({url}).\n\n"
        "Ми її виправили: тепер там написано «{after}».\n\nДякуємо за уважне "
        "читання.\n\u2014 {site}",
        "declined_subject": "Щодо вашого повідомлення про «{title}»",
        "declined": "Ви повідомили нам про можливу помилку в матеріалі «{title}» ({url}), "
        "процитувавши «{quote}».\n\nМи перевірили й залишаємо текст без змін: "
        "{reason}\n\nДякуємо, що знайшли час написати.\n\u2014 {site}",
    },
    "ru": {
        "fixed_subject": "Спасибо: мы исправили «{title}»",
        "fixed": "Вы сообщили нам об ошибке в материале «{title}» ({url}).\n\n"
        "Мы её исправили: теперь там написано «{after}».\n\nСпасибо за внимательное "
        "чтение.\n\u2014 {site}",
        "declined_subject": "О вашем сообщении про «{title}»",
        "declined": "Вы сообщили нам о возможной ошибке в материале «{title}» ({url}), "
        "процитировав «{quote}».\n\nМы проверили и оставляем текст без изменений: "
        "{reason}\n\nСпасибо, что нашли время написать.\n\u2014 {site}",
    },
}

# Quotes longer than this are shortened in notes: a note names the error, it doesn't
# reprint the paragraph.
NOTE_QUOTE_CHARS = 120


def language(lang: str | None) -> str:
    """The note language for an article's language tag: its own if we have it, else English.

    >>> language("uk-UA"), language("de"), language(None)
    ('uk', 'en', 'en')
    """
    base = (lang or "").lower().split("-")[0]
    return base if base in LANGS else "en"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_QUOTE_CHARS else text[: NOTE_QUOTE_CHARS - 1] + "\u2026"


def note_draft(*, disposition: str, lang: str | None, before: str, after: str) -> str:
    """The public note an editor starts from; empty for a silent fix.

    >>> note_draft(disposition="correction", lang="en", before="Elison", after="Ellison")
    'Correction: an earlier version of this article said “Elison”. It should have said “Ellison”.'
    """
    template = NOTES[language(lang)].get(disposition, "")
    return template.format(before=_short(before), after=_short(after))


def reader_mail(*, outcome: str, lang: str | None, **values: str) -> tuple[str, str]:
    """(subject, body) of the one message a reader gets: ``fixed`` or ``declined``."""
    texts = MAILS[language(lang)]
    short = {
        key: _short(value) if key in ("quote", "after") else value for key, value in values.items()
    }
    return texts[f"{outcome}_subject"].format(**short), texts[outcome].format(**short)
