"""Folding: the one form in which search texts and indexed texts are compared.

Names in the corpus come transliterated in several ways (Alexei/Alexey/Aleksei, Lubinets/
Lubinez, Andriy/Andrii/Andrei, Çavuşoğlu/Cavusoglu), so every text is *folded* before matching:
case and diacritics removed, Cyrillic transliterated, and the usual variant spellings (i/y/ii/
ei/ey, kh/h, ts/tz/z, ks/x, double letters) mapped to one form. ``tokens`` folds a running text
word by word and keeps each word's place in the original, so that a snippet can mark the words
a search matched.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

__all__ = ["fold", "similarity", "tokens", "trigrams"]

# Cyrillic to Latin, close to the common English transliteration; folding evens out the rest.
_CYRILLIC_LETTERS = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"
_LATIN = "a b v g g d e ie io zh z i i i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia"
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _LATIN.split(" "), strict=True))
# Letters NFKD does not take apart.
_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"}
# Applied in order to each folded word: longer patterns before the letters they contain.
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("tch", "ch"),
    ("ks", "x"),
    ("kh", "h"),
    ("tz", "z"),
    ("ts", "z"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("ye", "e"),
    ("ou", "u"),
    ("iy", "i"),
    ("yi", "i"),
    ("ii", "i"),
    ("ei", "i"),
    ("ey", "i"),
    ("ij", "i"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# A word of a running text: letters and digits; apostrophes and hyphens end it ("Lubinets'").
_WORD = re.compile(r"\w+")


def _fold_word(word: str) -> str:
    for old, new in _VARIANTS:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


@functools.lru_cache(maxsize=200_000)
def _fold_token(token: str) -> tuple[str, ...]:
    """A word's folded form, cached: a corpus repeats a small vocabulary many times over."""
    lowered = "".join(_CYRILLIC.get(c, _LETTERS.get(c, c)) for c in token.casefold()).replace("_", "")
    plain = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return tuple(_fold_word(w) for w in _NON_WORD.sub(" ", plain).split())


def fold(text: str) -> str:
    """``"Alexéy  NAVALNYI"`` → ``"alexi navalni"``: the form both queries and labels are matched in."""
    return " ".join(word for token in _WORD.findall(text) for word in _fold_token(token))


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """Each folded word of ``text`` with the start and end of the original word it comes from."""
    for match in _WORD.finditer(text):
        for word in _fold_token(match.group()):
            yield word, match.start(), match.end()


@functools.lru_cache(maxsize=200_000)
def trigrams(word: str) -> frozenset[str]:
    """Padded trigrams; cached, since the same vocabulary words are compared query after query."""
    padded = f"  {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of padded trigrams: 1 for equal strings, near 0 for unrelated ones."""
    if a == b:
        return 1.0
    ta, tb = trigrams(a), trigrams(b)
    return 2 * len(ta & tb) / (len(ta) + len(tb))
