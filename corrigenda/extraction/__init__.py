"""Safe fetching (an SSRF guard) and main-text extraction. Pure: never imports Django.

>>> from corrigenda.extraction import extract
>>> extract("<article data-corrigenda-article><p>Київ</p></article>").text
'Київ'
"""

from corrigenda.extraction.article import Extracted, extract
from corrigenda.extraction.fetching import MAX_BYTES, TIMEOUT, Fetched, decode_html, fetch
from corrigenda.extraction.pinned import FetchError

__all__ = [
    "MAX_BYTES",
    "TIMEOUT",
    "Extracted",
    "FetchError",
    "Fetched",
    "decode_html",
    "extract",
    "fetch",
]
