"""What a sentence says about the report itself: how many indicators, programs and kegiatan it
has, how a count divides into its parts, and which year's report it is.
"""

import re

from pipeline.typed.claims import Claim, Place
from pipeline.typed.reading import Sentence

COUNTED = re.compile(
    r"(?<![\d.,])(\d{1,4})\s*(?:\([a-z ]+\)\s*)?(indikator|sub\s+kegiatan|kegiatan|program)\b", re.IGNORECASE
)
FROM_WHOLE = re.compile(r"\b[Dd]ari\s+(?:total\s+|sebanyak\s+|jumlah\s+)?(\d{1,4})\s*(?:\([a-z ]+\)\s*)?indikator\b")


def count_claims(sentence: Sentence, place: Place) -> list[Claim]:
    """'N indikator' must be a count one of the report's lists has; 'Dari N indikator, A …, B … dan
    C …' must have parts that sum to N."""
    claims = []
    counts = place.ledger.counts
    for m in COUNTED.finditer(sentence.text):
        noun = " ".join(m.group(2).lower().split())
        number = int(m.group(1))
        known = counts.get(noun, ())
        start = sentence.start + m.start(1)
        if not known or number in known or _is_part(sentence.text, m):
            continue
        claims.append(
            Claim(
                start,
                m.group(0),
                f"'{m.group(0)}': the report has {_counts_phrase(known, noun)}",
                None,
            )
        )
    claims += _parts(sentence)
    return claims


def _is_part(text: str, m: re.Match) -> bool:
    """'2 indikator tidak tercapai' inside 'Dari 20 indikator, …' is a part, not a whole."""
    whole = FROM_WHOLE.search(text)
    return whole is not None and m.start(1) > whole.end()


def _counts_phrase(known: tuple[int, ...], noun: str) -> str:
    return f"{known[0]} {noun}" if len(known) == 1 else f"lists of {', '.join(map(str, known))} {noun}"


def _parts(sentence: Sentence) -> list[Claim]:
    whole = FROM_WHOLE.search(sentence.text)
    if whole is None:
        return []
    tail = sentence.text[whole.end() :]
    parts = [
        int(p.group(1))
        for p in re.finditer(r"(?<![\d.,])(\d{1,4})(?![\d.,]*\d)(?!\s*(?:%|persen))\s*(?:\([a-z ]+\)\s*)?", tail)
        if not re.fullmatch(r"(19|20)\d\d", p.group(1))
    ]
    total = int(whole.group(1))
    if len(parts) < 2 or sum(parts) == total:
        return []
    return [
        Claim(
            sentence.start + whole.start(1),
            whole.group(0),
            f"'{whole.group(0)}' is divided into {' + '.join(map(str, parts))} = {sum(parts)}, not {total}: "
            "a count and its parts from one list (placeholders) cannot disagree",
            None,
        )
    ]


REPORT_YEAR = re.compile(
    r"\b(?:Laporan\s+Kinerja|LKjIP|LKj|LAKIP)\b(?:(?!\bTahun\b)[^.;\d]){0,120}\bTahun\s+(?:Anggaran\s+)?(\d{4})\b",
    re.IGNORECASE,
)
EVALUATED = re.compile(r"\b(evaluasi|LHE|hasil\s+penilaian|tindak\s+lanjut|tahun\s+lalu|sebelumnya)\b", re.IGNORECASE)


def year_claims(sentence: Sentence, place: Place) -> list[Claim]:
    """'Laporan Kinerja … Tahun Y' about this report must say the report year; one evaluated
    (the LHE, its follow-up) is about an earlier year and is left alone."""
    claims = []
    for m in REPORT_YEAR.finditer(sentence.text):
        year = int(m.group(1))
        if year == place.year or EVALUATED.search(sentence.text[: m.end()]):
            continue
        claims.append(
            Claim(
                sentence.start + m.start(1),
                m.group(1),
                f"'{' '.join(m.group(0).split())}' in the report of {place.year}: copied from last year's report?",
                "tahun",
            )
        )
    return claims
