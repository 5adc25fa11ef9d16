"""From a feed entry to the story's text: cleaning and sentence splitting.

Feed content carries more than the story: navigation bullets, photo credits, a repeated title,
"Leave a Reply" footers, SEO questions and whole interviews appended by content farms (seed 000
ends with a made-up Q&A that repeats the story's numbers). Extraction must only see the story,
so everything that is not the article is dropped here, once.

Headings: a short line without final punctuation is kept as its own paragraph, and therefore
as its own "sentence"; `is_heading(sentence)` recognises it (no terminal . ! ? and at most
20 words) so extraction can give it lower priority. Body sentences always end with punctuation.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC

from bot.models import Article, EntryData

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_HTML_HINT = re.compile(r"<(?:p|div|br|span|a|html|body|h[1-6]|li|ul|ol|script|style|figure|img)"
                        r"\b[^>]*>", re.IGNORECASE)  # fmt: skip
_DROP_BLOCKS = re.compile(
    r"<(script|style|noscript|figcaption|nav|footer|aside)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAGS = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|tr|table|figure)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
# "[[1](https://www.npr.org/...)]" reference marks (seed 000) and "[text](url)" links.
_MD_REF = re.compile(r"\[\[\d+\]\([^)]*\)\]")  # dropped with the blanks before it
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:https?:)?//[^)]*\)")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")

# Everything from these lines on is not the article.
_STOP_LINE = re.compile(
    r"^(?:leave a (?:reply|replay|comment)|related (?:posts|articles|stories|news)|share this"
    r"|you may also like|read more\W*$|comments?\W*$|about the author|more from)",
    re.IGNORECASE,
)
# "## Interview: Syrian Crisis Triggers Trilateral Talks" and what follows it (seed 000).
_INTERVIEW = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?:interview|q\s*&\s*a|transcript)\b", re.I)
# "**Host:**", "**Dr. Carter:**": a transcript speaker turn.
_SPEAKER = re.compile(r"^\*\*[^*\n]{1,40}:\*\*|^\*\*[^*\n]{1,40}\*\*:")
_BULLET = re.compile(r"^[•·▪►›»]")
_BULLET_WORDS = 12
_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|photo\b|photos\b|image\b|picture\b|credit\b|file photo|photograph\b"
    r"|\(?(?:photo|image|picture)s? (?:by|credit))",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[\sT,at-]+\d{{1,2}}[:.]\d{{2}}.*)?$"
)
_BYLINE = re.compile(r"^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,[^.]*)?$")
_MD_HEADING = re.compile(r"^#{1,6}\s*")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")

_ABBREVIATIONS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no",
        "vs", "inc", "ltd", "jr", "sr", "rev", "gov", "sen", "rep", "pres", "mt", "ft", "approx",
        "fig", "adm", "brig", "cpl", "pvt", "amb", "hon",
    }
)  # fmt: skip
# _norm drops every character that is not a letter or a digit ("[\W_]" of `re`): the ASCII ones
# with bytes.translate, the rest (curly quotes, dashes) with a class that `re` decides at once
# for ASCII characters. `re.sub(r"[\W_]+", ...)` over the whole line tests the Unicode category
# of every character and was the largest cost of cleaning (bench/extract).
_ASCII_NON_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]+")
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def _norm(s: str) -> str:
    """Comparison key: letters and digits only, case-folded."""
    utf8 = s.casefold().encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_ALNUM)
    key = utf8.decode("utf-8", "surrogatepass")
    return key if key.isascii() else _NON_ASCII_NON_WORD.sub("", key)


def is_heading(sentence: str) -> bool:
    """A heading: a short line without final punctuation ("Iran Reaffirms Support for ..."),
    not a row of a list ("Balochistan: 234", pak-02)."""
    s = sentence.strip()
    return bool(s) and not _TERMINAL.search(s) and len(s.split()) <= 20 and not LIST_ROW.match(s)


# A row of a list: "Balochistan: 234", "Sindh: around 339 (not yet confirmed)", "- Punjab: 167":
# a label, a colon, then a number (perhaps after its qualifier); the match ends where the
# number's words begin (bot.facts.figures reads the rows of a list of tolls).
LIST_ROW = re.compile(r"\s*(?:[-•*]\s*)?[^\W\d][^:]{0,60}:\s*(?=(?:[^\W\d]+\s+){0,2}\d)")


def _drop_refs(text: str) -> str:
    """`text` without its "[[1](url)]" marks and the blanks before them. (A pattern that starts
    with optional blanks is tried by `re` at every position of the article.)"""
    pieces = []
    last = 0
    for m in _MD_REF.finditer(text):
        pieces.append(text[last : m.start()].rstrip())
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _html_to_text(raw: str) -> str:
    text = _DROP_BLOCKS.sub(" ", raw)
    text = _BLOCK_TAGS.sub("\n\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


def _lines(text: str) -> Iterator[str]:
    """Paragraph lines; a hard-wrapped line continuing in lower case is joined back. Lazy:
    `clean_text` stops at a footer, and the lines after it are not joined."""
    last: str | None = None  # the line read last, not yet yielded: the next may continue it
    prev_blank = True
    for raw_line in text.split("\n"):
        line = " ".join(raw_line.split())
        if not line:
            prev_blank = True
            continue
        if last is not None and not prev_blank and line[0].islower() and not _TERMINAL.search(last):
            last = f"{last} {line}"
        else:
            if last is not None:
                yield last
            last = line
        prev_blank = False
    if last is not None:
        yield last


def clean_text(raw: str, title: str = "") -> str:
    """The story's text, paragraphs separated by blank lines; see the module docstring."""
    text = _html_to_text(raw) if _HTML_HINT.search(raw) else raw
    if "&" in text and re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", text, re.IGNORECASE):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = _drop_refs(text)
    text = _MD_LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    title_key = _norm(title)
    seen: set[str] = set()
    done: set[str] = set()
    paragraphs: list[str] = []
    for line in _lines(text):
        if line in done:
            continue  # a line met before was kept, dropped or skipped then, and is skipped now
        done.add(line)
        if _STOP_LINE.match(line) or _INTERVIEW.match(line) or _SPEAKER.match(line):
            break  # footers and appended interviews: nothing after them is the story
        if _BULLET.match(line):
            # a navigation bullet, unless it is a report's highlight written as sentences
            # ("• According to the Somalia Disaster Management Agency (SoDMA), 2.48 million
            # people have been affected ... and 118 killed across the country", som-13)
            line = line[1:].strip()
            if not line.endswith(".") or len(line.split()) < _BULLET_WORDS:
                continue
        if _CREDIT.match(line) or _DATE_LINE.match(line):
            continue
        if _BYLINE.match(line):
            continue
        line = _MD_HEADING.sub("", line).replace("**", "").replace("__", "").strip()
        if not line:
            continue
        # SEO bait: a lone question paragraph ("What are the potential consequences ...?")
        if line.endswith("?") and not line.startswith(("“", '"', "‘")) and ". " not in line:
            continue
        key = _norm(line)
        if not key or key == title_key or key in seen:
            continue  # the title repeated, or a paragraph repeated (seed 001 repeats both)
        seen.add(key)
        paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _split_paragraph(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        if paragraph[m.start()] == ".":
            token = (
                paragraph[start : m.start()].rsplit(None, 1)[-1]
                if paragraph[start : m.start()].strip()
                else ""
            )
            bare = token.lstrip("(“\"'‘")
            # "Dec. 7-8", "Dr. Carter", "U.S. interests", "Hakan F. Fidan": not sentence ends
            if bare.lower() in _ABBREVIATIONS or (len(bare) == 1 and bare.isupper()) or "." in bare:
                continue
        piece = paragraph[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences in order; each heading paragraph is one sentence."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if is_heading(paragraph):
            out.append(paragraph)
        else:
            out.extend(_split_paragraph(paragraph))
    return tuple(out)


def make_article(entry: EntryData) -> Article:
    """Clean an entry and split it; relative dates resolve against its UTC publication day."""
    if entry.published is None:
        raise ValueError(f"entry {entry.guid!r} of feed {entry.feed!r} has no publication date")
    published = entry.published.astimezone(UTC).date()
    text = clean_text(entry.content, entry.title)
    return Article(entry=entry, published=published, text=text, sentences=split_sentences(text))
