"""Proofreading benchmark: recall, false alarms per 1,000 clean words and top-1 fix.

    python bench/proofreading/run.py [--words 20000] [--seed 1] [--langs en,uk,ru]
        [--uagec [--uagec-texts 500]] [--no-baseline]

Corrigenda and the baselines that are installed run in the same process on the same texts:
pyspellchecker (en, ru; it has no Ukrainian) and Hunspell through its C binding (PyPI
``hunspell``, dictionaries from Debian's hunspell-en-us, hunspell-uk, hunspell-ru).
Errors are injected into clean prose (see corpora.py): keyboard slips, dropped/doubled
letters, swaps and sound-alike vowels, keeping only results that are not words (not in
wordfreq's list), with the original word as the fix. "FA/1k clean" counts every spelling
finding on the untouched prose, so real typos the corpora carry count against us too.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CORPORA, uagec_spelling

from corrigenda.proofreading import check
from corrigenda.proofreading.keyboard import neighbours
from corrigenda.proofreading.rules import RULES
from corrigenda.proofreading.text import words

# Flags on the clean prose read one by one: real errors the corpus carries, deliberate ones.
ERRATA = Path(__file__).with_name("errata.tsv")
DENSE_EVERY = 25  # one error per 25 eligible words: many errors, for recall
SPARSE_EVERY = 1000  # one per 1,000 words: the rate real articles carry
WARM_UP_DOCS = 20  # enough to load every lazy lexicon and index before timing
SPEED_ROUNDS = 5  # interleaved timing rounds; each checker's best one is reported
# "steady": word caches first filled by the next part of the corpus (other documents), as
# in a worker that has proofread earlier articles; "cold": empty caches.
# The 2019-orthography rule fires on Ukrainian only; its flags on clean text count as
# false alarms like any other spelling flag.
SPELLING = ("spelling.misspelling", "spelling.name_variant", "spelling.orthography")
# UA-GEC files a small letter opening a sentence under "Spelling" too, and Ukrainian
# euphony (в/у, з/із/зі) and a missing space before a bracket.
WITH_CASE = (*SPELLING, "spelling.capitalisation")
WITH_EUPHONY = (*WITH_CASE, "spelling.euphony", "typography.glued_bracket")
# ...and a stray hyphen ("будь-ласка") or a quote typed for the apostrophe ("пам"ять").
WITH_MARKS = (*WITH_EUPHONY, "spelling.stray_hyphen", "typography.apostrophe")
_VOWELS = {"en": "aeiou", "uk": "аеиіоуяюєї", "ru": "аеиоуыэюя"}


def corrupt(word: str, lang: str, rng: random.Random) -> str:
    """One realistic slip inside the word (never its first letter)."""
    i = rng.randrange(1, len(word))
    c = word[i]
    kind = rng.choice(("near", "drop", "double", "swap", "vowel", "insert"))
    if kind == "near" and neighbours(lang).get(c):
        return word[:i] + rng.choice(sorted(neighbours(lang)[c])) + word[i + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + c + word[i:]
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + c + word[i + 2 :]
    if kind == "vowel" and c in _VOWELS[lang]:
        return word[:i] + rng.choice([v for v in _VOWELS[lang] if v != c]) + word[i + 1 :]
    if kind == "insert" and neighbours(lang).get(c):
        return word[:i] + rng.choice(sorted(neighbours(lang)[c])) + word[i:]
    return word[:i] + word[i + 1 :]


def inject(doc: str, lang: str, every: int, rng: random.Random, known) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    out, truth, last = [], [], 0
    shift = 0
    for w in words(doc):
        if not (w.text.isalpha() and len(w.text) >= 4 and rng.randrange(every) == 0):
            continue
        bad = corrupt(w.text, lang, rng)
        if bad == w.text or known(bad.lower()):
            continue
        out.append(doc[last : w.start] + bad)
        truth.append((w.start + shift, w.start + shift + len(bad), w.text))
        shift += len(bad) - len(w.text)
        last = w.end
    out.append(doc[last:])
    return "".join(out), truth


def sample(lang: str, limit: int, skip: int = 0) -> list[str]:
    """Documents worth ``limit`` words, after the first ``skip`` words (a held-out part)."""
    docs, n, skipped = [], 0, 0
    for doc in CORPORA[lang]():
        if skipped < skip:
            skipped += len(doc.split())
            continue
        docs.append(doc)
        n += len(doc.split())
        if n >= limit:
            break
    return docs


def score(  # type: ignore[no-untyped-def]
    flagged: list[list[tuple[int, int, str]]], truths: list[list], n_words: int, texts=None
) -> dict:  # type: ignore[type-arg]
    """Recall, top-1 fix and false alarms. With ``texts``, a fix is right when it corrects the
    text the same way as the truth, however wide its span ("в кафе" → "у кафе" for "в" → "у")."""
    hits = fixed = alarms = total = 0
    for k, (spans, truth) in enumerate(zip(flagged, truths, strict=True)):
        total += len(truth)
        for s, e, fix in truth:
            hit = [f for f in spans if f[0] < e and s < f[1]]
            hits += bool(hit)
            if hit and texts is not None:
                fixed += _same_fix(texts[k], hit[0], (s, e, fix))
            else:
                fixed += bool(hit) and hit[0][2].lower() == fix.lower()
        alarms += sum(1 for f in spans if not any(f[0] < e and s < f[1] for s, e, _ in truth))
    return {
        "recall": hits / max(total, 1),
        "top1": fixed / max(hits, 1),
        "fa_per_1000": 1000 * alarms / max(n_words, 1),
        "errors": total,
    }


def _same_fix(text: str, flag: tuple, truth: tuple) -> bool:  # type: ignore[type-arg]
    """Do the flag's fix and the truth's fix leave the same text around both spans?"""
    lo, hi = min(flag[0], truth[0]), max(flag[1], truth[1])

    def applied(start: int, end: int, fix: str) -> str:
        return (text[lo:start] + str(fix) + text[end:hi]).lower()

    return applied(*flag) == applied(*truth)


def corrigenda_spans(text: str, lang: str, kinds=SPELLING) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [
        (f.start, f.end, (f.suggestions or ("",))[0]) for f in check(text, lang) if f.kind in kinds
    ]


def baselines(lang: str) -> dict:  # type: ignore[type-arg]
    """The checkers to beat, where installed: pyspellchecker and the C Hunspell binding."""
    out = {}
    try:
        from spellchecker import SpellChecker
    except ImportError:
        SpellChecker = None
    if SpellChecker is not None and lang in ("en", "ru"):
        spell = SpellChecker(language=lang)
        out["pyspellchecker"] = _spans(lambda w: w in spell, lambda w: spell.correction(w))
    hun = _hunspell(lang)
    if hun is not None:
        out["hunspell"] = _spans(
            lambda w: hun.spell(w), lambda w: (hun.suggest(w) or [""])[0], raw=True
        )
    return out


def _hunspell(lang: str):  # type: ignore[no-untyped-def]
    name = {"en": "en_US", "uk": "uk_UA", "ru": "ru_RU"}[lang]
    dic = Path("/usr/share/hunspell") / f"{name}.dic"
    try:
        import hunspell  # the C binding (pip "hunspell", Debian "hunspell-{en-us,uk,ru}")
    except ImportError:
        return None
    return hunspell.HunSpell(str(dic), str(dic.with_suffix(".aff"))) if dic.exists() else None


def _spans(known, correct, raw: bool = False):  # type: ignore[no-untyped-def]
    def spans(text: str) -> list[tuple[int, int, str]]:
        out = []
        for w in words(text):
            form = w.text if raw else w.norm
            if not known(form):
                out.append((w.start, w.end, _Lazy(lambda f=form: correct(f) or "")))
        return out

    return spans


class _Lazy:
    """pyspellchecker's correction is slow: computed only when a score needs it."""

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.fn = fn

    def lower(self) -> str:
        return self.fn().lower()

    def __str__(self) -> str:
        return str(self.fn())


def _forget_verdicts(lang: str) -> None:
    """Empty every per-word and per-text cache, so that a timed pass starts cold; the
    lexicons and the suggestion index (loaded once per process) stay."""
    from corrigenda.proofreading.lexicon import lexicon
    from corrigenda.proofreading.names import lemmas
    from corrigenda.proofreading.spelling import _calendar_slip, _needs_check
    from corrigenda.proofreading.suggest import _delete_index
    from corrigenda.proofreading.text import not_prose_spans, token_info

    for cached in (token_info, not_prose_spans, _needs_check, _calendar_slip, lemmas):
        cached.cache_clear()
    for loaded in ("en", "uk", "ru"):  # a text in one language quotes the others
        lex = lexicon(loaded)
        _delete_index(lex)  # built once per process on the first long typo: not timed
        lex.known.cache_clear()  # type: ignore[attr-defined]
        lex._in_dictionary.cache_clear()  # type: ignore[attr-defined]


def _warmed(fn, docs: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Load lexicons, their frequent-word lists and indexes before anything is timed or
    scored (a worker builds the lists after its first 20,000 words)."""
    from corrigenda.proofreading.spelling import warm

    for lang in ("en", "uk", "ru"):  # a text in one language quotes the others
        warm(lang)
    for doc in docs[:WARM_UP_DOCS]:
        fn(doc)


def _speeds(checkers: dict, docs: list[str], lang: str, before: list[str]) -> dict[str, float]:  # type: ignore[type-arg]
    """Words per second for each checker, best of SPEED_ROUNDS interleaved rounds.

    The machine is shared: one pass each can land in another process's burst. Taking each
    checker's best round, with the rounds interleaved, compares them under like conditions.
    Every round starts with empty word caches; with ``before``, those documents (other text
    of the same corpus) are checked first, untimed, as a worker would have checked earlier
    articles, so that the timed documents meet caches in their steady state.
    """
    n_words = sum(len(words(d)) for d in docs)
    best = dict.fromkeys(checkers, float("inf"))
    for _ in range(SPEED_ROUNDS):
        for name, fn in checkers.items():
            _forget_verdicts(lang)
            for doc in before:
                fn(doc)
            t = time.perf_counter()
            for doc in docs:
                fn(doc)
            best[name] = min(best[name], time.perf_counter() - t)
    return {name: n_words / secs for name, secs in best.items()}


def _print_speeds(checkers: dict, docs: list[str], lang: str, before: list[str]) -> None:  # type: ignore[type-arg]
    for label, prior in (("cold", []), ("steady", before)):
        speeds = _speeds(checkers, docs, lang, prior)
        line = ", ".join(f"{name} {wps:,.0f}" for name, wps in speeds.items())
        ratio = speeds["corrigenda"] / speeds["hunspell"] if "hunspell" in speeds else 0.0
        print(f"{label} words/s (best of {SPEED_ROUNDS}): {line}; vs hunspell {ratio:.2f}")


def run_lang(lang: str, limit: int, seed: int, with_baseline: bool, skip: int = 0) -> None:
    docs = sample(lang, limit, skip)
    n_words = sum(len(words(d)) for d in docs)
    from wordfreq import zipf_frequency

    def known(w: str) -> bool:
        return zipf_frequency(w, lang) > 0

    rng = random.Random(seed)
    dense = [inject(d, lang, DENSE_EVERY, rng, known) for d in docs]
    sparse = [inject(d, lang, SPARSE_EVERY, rng, known) for d in docs]
    checkers = {"corrigenda": lambda t: corrigenda_spans(t, lang)}
    if with_baseline:
        checkers.update(baselines(lang))
    print(f"\n## {lang}: {len(docs)} documents, {n_words} words")
    for name, fn in checkers.items():
        _warmed(fn, docs)
        clean_fa = sum(len(fn(doc)) for doc in docs)
        d = score([fn(t) for t, _ in dense], [tr for _, tr in dense], 1)
        s = score([fn(t) for t, _ in sparse], [tr for _, tr in sparse], n_words)
        print(
            f"{name:15} recall {d['recall']:.3f} ({d['errors']} errors)  top-1 {d['top1']:.3f}  "
            f"FA/1k clean {1000 * clean_fa / n_words:.2f}  sparse: recall {s['recall']:.2f} "
            f"of {s['errors']}, FA/1k {s['fa_per_1000']:.2f}"
        )
        if name == "corrigenda":
            _print_reading(read_flags(docs, fn, lang), n_words)
    run_misspellings(lang, with_baseline)
    run_news(lang, with_baseline)
    _print_speeds(checkers, docs, lang, sample(lang, limit, skip + limit))
    print(f"corrigenda suggestions: {_suggest_ms(dense, lang):.2f} ms per flagged word (cold)")
    every = [f for d in docs for f in check(d, lang)]
    capitals = sum(f.kind == "spelling.capitalisation" for f in every)
    euphony = sum(f.kind == "spelling.euphony" for f in every)
    print(
        f"corrigenda, every rule: {1000 * len(every) / n_words:.2f} findings per 1k clean words"
        f" (small letter opening a sentence: {1000 * capitals / n_words:.2f}; "
        f"euphony: {1000 * euphony / n_words:.2f})"
    )


# News written for this project (news/*.txt: reports, a headline, a byline, a dateline,
# captions and tags) with slips planted by hand (news/planted.tsv), every rule at work.
NEWS = Path(__file__).with_name("news")


def planted(lang: str) -> list[tuple[str, str]]:
    """(text as published, text with the slip) for one language, from news/planted.tsv."""
    return [(clean, slip) for clean, slip in rows_of(NEWS / "planted.tsv", lang)]


def run_news(lang: str, with_baseline: bool) -> None:
    """Findings on clean news text, and the planted slips found and fixed."""
    clean = (NEWS / f"{lang}.txt").read_text(encoding="utf-8")
    text, slips = clean, planted(lang)
    for good, slip in slips:
        at = text.index(good)  # a ValueError names a slip planted over another
        text = text[:at] + slip + text[at + len(good) :]
    # Found once all are planted: a later slip may shift an earlier one.
    truth = [(text.index(slip), text.index(slip) + len(slip), good) for good, slip in slips]
    checkers = {"corrigenda": lambda t: corrigenda_spans(t, lang, tuple(RULES))}
    if with_baseline:
        checkers.update(baselines(lang))
    n_words = len(words(clean))
    for name, fn in checkers.items():
        on_clean = fn(clean)
        s = score([fn(text)], [truth], n_words, [text])
        print(
            f"{name:15} news ({n_words} words): {len(on_clean)} findings on the clean text, "
            f"planted slips found {s['recall']:.2f} of {s['errors']}, top-1 fix {s['top1']:.2f}"
        )
        if name == "corrigenda" and on_clean:
            print(f"{'':15} on the clean text: {[clean[a:b] for a, b, _ in on_clean]}")


# Habitual misspellings (misspellings.tsv), each checked alone in a plain sentence.
MISSPELLINGS = Path(__file__).with_name("misspellings.tsv")
CARRIERS = {
    "en": "Officials said the {} was discussed at length on Monday.",
    "uk": "Учора в місті говорили, що {} стало головною темою.",
    "ru": "Вчера в городе говорили, что {} стало главной темой.",
}


def misspellings(lang: str) -> list[tuple[str, str]]:
    return [(bad, fix) for bad, fix in rows_of(MISSPELLINGS, lang)]


def rows_of(path: Path, lang: str) -> list[list[str]]:
    """One language's rows of a data file: tab-separated, the language first; blank lines,
    "#" comments and the "lang" header skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "lang\t")):
            row_lang, *fields = line.split("\t")
            if row_lang == lang:
                rows.append(fields)
    return rows


def run_misspellings(lang: str, with_baseline: bool) -> None:
    """Recall and top-1 fix on habitual misspellings, which injection cannot make: the
    frequency list holds many of them, and injected slips are kept only when it does not."""
    rows = misspellings(lang)
    checkers = {"corrigenda": lambda t: corrigenda_spans(t, lang)}
    if with_baseline:
        checkers.update(baselines(lang))
    for name, fn in checkers.items():
        found = fixed = 0
        for bad, fix in rows:
            text = CARRIERS[lang].format(bad)
            start = text.index(bad)
            hit = [f for f in fn(text) if f[0] < start + len(bad) and start < f[1]]
            found += bool(hit)
            fixed += bool(hit) and hit[0][2].lower() == fix.lower()
        print(
            f"{name:15} habitual misspellings: found {found} of {len(rows)} "
            f"({found / max(len(rows), 1):.2f}), top-1 fix {fixed / max(found, 1):.2f}"
        )


def errata(lang: str) -> list[tuple[str, str, str]]:
    """(flagged text, a piece of its document, verdict) for one language, from errata.tsv."""
    return [(flagged, context, verdict) for flagged, context, verdict, _ in rows_of(ERRATA, lang)]


def read_flags(docs: list[str], fn, lang: str) -> Counter[str]:  # type: ignore[no-untyped-def]
    """Each flag on the clean prose by its reading: "error" and "deliberate" as errata.tsv
    records them, and every flag it does not list a "false alarm"."""
    known = errata(lang)
    out: Counter[str] = Counter()
    for doc in docs:
        for start, end, _ in fn(doc):
            flagged = doc[start:end]
            out[next((v for f, c, v in known if f == flagged and c in doc), "false alarm")] += 1
    return out


def _print_reading(reading: Counter[str], n_words: int) -> None:
    print(
        f"{'':15} read one by one: {reading['error']} real errors the corpus carries, "
        f"{reading['deliberate']} deliberate misspellings, {reading['false alarm']} false "
        f"alarms = {1000 * reading['false alarm'] / n_words:.2f} per 1k clean words"
    )


def _suggest_ms(dense: list, lang: str) -> float:  # type: ignore[type-arg]
    """Mean time to rank corrections for each word flagged in the dense set, caches cleared."""
    from corrigenda.proofreading.lexicon import lexicon
    from corrigenda.proofreading.suggest import ranked

    flagged = [
        f.text.lower()
        for text, _ in dense
        for f in check(text, lang)
        if f.kind == "spelling.misspelling"
    ]
    _forget_verdicts(lang)
    t = time.perf_counter()
    for word in flagged:
        ranked(lexicon(lang), word)
    return 1000 * (time.perf_counter() - t) / max(len(flagged), 1)


def run_uagec(with_baseline: bool, texts: int) -> None:
    data = uagec_spelling()[:texts]
    if not data:
        return
    n_words = sum(len(t.split()) for t, _ in data)
    n_errors = sum(len(e) for _, e in data)
    print(f"\n## UA-GEC train, real spelling errors only: {len(data)} texts, {n_words} words")
    checkers = {
        "corrigenda": lambda t: corrigenda_spans(t, "uk"),
        "  + capitals": lambda t: corrigenda_spans(t, "uk", WITH_CASE),
        "  + euphony, (": lambda t: corrigenda_spans(t, "uk", WITH_EUPHONY),
        "  + -, '": lambda t: corrigenda_spans(t, "uk", WITH_MARKS),
    }
    if with_baseline:
        checkers.update(baselines("uk"))
    texts = [t for t, _ in data]
    for name, fn in checkers.items():
        s = score([fn(t) for t in texts], [e for _, e in data], n_words, texts)
        tp = s["recall"] * n_errors
        fp = s["fa_per_1000"] * n_words / 1000
        precision = tp / max(tp + fp, 1)
        f1 = 2 * precision * s["recall"] / max(precision + s["recall"], 1e-9)
        print(
            f"{name:15} recall {s['recall']:.3f} of {n_errors}  precision {precision:.3f}  "
            f"F1 {f1:.3f}  top-1 {s['top1']:.3f}  FA/1k {s['fa_per_1000']:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--langs", default="en,uk,ru")
    parser.add_argument(
        "--skip-words", type=int, default=0, help="held out: start after this many words"
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--uagec-texts", type=int, default=500, help="UA-GEC texts scored")
    parser.add_argument("--uagec", action="store_true", help="also score UA-GEC's real errors")
    args = parser.parse_args()
    for lang in args.langs.split(","):
        run_lang(lang, args.words, args.seed, not args.no_baseline, args.skip_words)
    if args.uagec:
        run_uagec(not args.no_baseline, args.uagec_texts)


if __name__ == "__main__":
    main()
