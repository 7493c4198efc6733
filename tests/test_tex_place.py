"""A .tex line named as the reader knows the report: chapter › section › subsection."""

from pipeline.tex.where import place

SOURCE = "\n".join(
    [
        r"\documentclass{lkjip}",
        r"\lkjUnnumberedChapter{KATA PENGANTAR}",
        "text",
        r"\chapter{PENDAHULUAN}",
        r"\section{LATAR BELAKANG}",
        "text",
        r"\chapter{AKUNTABILITAS \& KINERJA}",
        r"\section{CAPAIAN}",
        r"\subsection{Target Tahun 2022}",
        "a line",
        r"\section{ANGGARAN}",
        "another line",
    ]
)


def test_the_headings_above_a_line():
    assert place(SOURCE, 1) is None
    assert place(SOURCE, 3) == "KATA PENGANTAR"
    assert place(SOURCE, 6) == "BAB I PENDAHULUAN › LATAR BELAKANG"
    assert place(SOURCE, 10) == "BAB II AKUNTABILITAS & KINERJA › CAPAIAN › Target Tahun 2022"
    assert place(SOURCE, 12) == "BAB II AKUNTABILITAS & KINERJA › ANGGARAN"  # a section ends its subsections
