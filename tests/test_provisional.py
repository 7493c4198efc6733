"""Provisional contents files: numbering by the outline's styles, levels, placeholder pages."""

from pipeline.tex.provisional import provisional_lists

SOURCE = r"""\documentclass[a4,pdfa-2b,{heading},{floats}]{lkjip}
\begin{document}
\lkjUnnumberedChapter{KATA PENGANTAR}
\lkjTableOfContents
\lkjListOfTables
\lkjMainMatter
\chapter{PENDAHULUAN}
\section{LATAR BELAKANG}
\subsection{Maksud}
\begin{lkjlongtable}{|l|}
\caption{Skala \& Kategori}\label{tab:a}\\
\end{lkjlongtable}
\section*{not listed}
\subsection*{not listed either}
\chapter{PENUTUP}
\begin{lkjlongtable}{|l|}
\caption{Ringkasan}\label{tab:b}\\
\end{lkjlongtable}
\lkjAppendices
\lkjAppendix{PERJANJIAN KINERJA}
\lkjPKLabel{Perjanjian Kinerja Camat}
\begin{lkjlongtable}{|l|}
\caption{Target {PK}}\label{tab:c}\\
\end{lkjlongtable}
\end{document}
"""


def _lists(heading: str, floats: str) -> dict[str, str]:
    return provisional_lists(SOURCE.replace("{heading}", heading).replace("{floats}", floats))


def test_letters_and_tables_per_chapter():
    lists = _lists("huruf", "perbab")
    toc = lists[".toc"].splitlines()
    assert toc[1] == r"\contentsline {chapter}{KATA PENGANTAR}{0}{}%"
    assert toc[2] == r"\contentsline {chapter}{DAFTAR ISI}{0}{}%"
    assert r"\contentsline {chapter}{\numberline {BAB\nobreakspace I}PENDAHULUAN}{0}{}%" in toc
    assert r"\contentsline {section}{\numberline {A}LATAR BELAKANG}{0}{}%" in toc
    assert r"\contentsline {subsection}{\numberline {A.1}Maksud}{0}{}%" in toc
    assert not any("not listed" in line for line in toc)
    assert r"\lkj@tocappx " in toc
    assert r"\contentsline {chapter}{\numberline {LAMPIRAN\nobreakspace I}PERJANJIAN KINERJA}{0}{}%" in toc
    assert r"\contentsline {section}{Perjanjian Kinerja Camat}{0}{}%" in toc
    lot = lists[".lot"]
    assert r"\numberline {1.1}{\ignorespaces Skala \& Kategori\relax }" in lot
    assert r"\numberline {2.1}{\ignorespaces Ringkasan\relax }" in lot
    assert r"\numberline {I.1}{\ignorespaces Target {PK}\relax }" in lot
    assert lot.count(r"\addvspace {10\p@ }") == 3
    assert ".lof" not in lists  # no Daftar Gambar in this document, so no file for one


def test_decimal_headings_and_one_series_of_tables():
    lists = _lists("desimal", "datar")
    assert r"{\numberline {1.1}LATAR BELAKANG}" in lists[".toc"]
    assert r"{\numberline {1.1.1}Maksud}" in lists[".toc"]
    lot = lists[".lot"]
    assert [n in lot for n in (r"\numberline {1}", r"\numberline {2}", r"\numberline {3}")] == [True] * 3
