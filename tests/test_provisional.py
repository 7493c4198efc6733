"""Provisional auxiliary files: numbering by the outline's styles, levels, anchors, labels, pages."""

from pipeline.tex.provisional import float_numbers, provisional_aux, provisional_files, provisional_lists

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
\lkjFigure{\lkjFigureImage{sotk.png}{0.8}}{Bagan {SOTK}}{fig:sotk}
\section*{not listed}
\subsection*{not listed either}
\chapter{PENUTUP}
\begin{lkjlongtable}{|l|}
\caption{Ringkasan}\\
\end{lkjlongtable}
\lkjAppendices
\lkjAppendix{PERJANJIAN KINERJA}
\lkjPKLabel{Perjanjian Kinerja Camat}
\begin{lkjlongtable}{|l|}
\caption{Target {PK}}\label{tab:c}\\
\end{lkjlongtable}
\section{RINCIAN}
\end{document}
"""


def _source(heading: str, floats: str) -> str:
    return SOURCE.replace("{heading}", heading).replace("{floats}", floats)


def _lists(heading: str, floats: str) -> dict[str, str]:
    return provisional_lists(_source(heading, floats))


def test_letters_and_tables_per_chapter():
    lists = _lists("huruf", "perbab")
    toc = lists[".toc"].splitlines()
    assert toc[1] == r"\contentsline {chapter}{KATA PENGANTAR}{0}{section*.1}%"
    assert toc[2] == r"\contentsline {chapter}{DAFTAR ISI}{0}{section*.2}%"
    assert r"\contentsline {chapter}{\numberline {BAB\nobreakspace I}PENDAHULUAN}{0}{chapter.1}%" in toc
    assert r"\contentsline {section}{\numberline {A}LATAR BELAKANG}{0}{section.1.1}%" in toc
    assert r"\contentsline {subsection}{\numberline {A.1}Maksud}{0}{subsection.1.1.1}%" in toc
    assert not any("not listed" in line for line in toc)
    assert r"\lkj@tocappx " in toc
    assert r"\contentsline {chapter}{\numberline {LAMPIRAN\nobreakspace I}PERJANJIAN KINERJA}{0}{appendix.A}%" in toc
    assert r"\contentsline {section}{Perjanjian Kinerja Camat}{0}{section*.5}%" in toc
    assert r"\contentsline {section}{\numberline {A}RINCIAN}{0}{section.A.1}%" in toc
    lot = lists[".lot"]
    assert r"\numberline {1.1}{\ignorespaces Skala \& Kategori\relax }}{0}{table.1.1}%" in lot
    assert r"\numberline {2.1}{\ignorespaces Ringkasan\relax }}{0}{table.2.1}%" in lot
    assert r"\numberline {I.1}{\ignorespaces Target {PK}\relax }}{0}{table.A.1}%" in lot
    assert lot.count(r"\addvspace {10\p@ }") == 3
    assert ".lof" not in lists  # no Daftar Gambar in this document, so no file for one


def test_decimal_headings_and_one_series_of_tables():
    lists = _lists("desimal", "datar")
    assert r"{\numberline {1.1}LATAR BELAKANG}{0}{section.1.1}" in lists[".toc"]
    assert r"{\numberline {1.1.1}Maksud}{0}{subsection.1.1.1}" in lists[".toc"]
    lot = lists[".lot"]
    # one series of numbers, anchors still named by hyperref after the chapter
    for number, anchor in (("1", "table.1.1"), ("2", "table.2.2"), ("3", "table.A.3")):
        assert rf"\numberline {{{number}}}" in lot and f"{{{anchor}}}%" in lot


def test_labels_as_the_engine_writes_them_with_a_placeholder_page():
    """A forward `\\ref` prints its number on a cold build's only pass; the anchor is its link."""
    aux = provisional_aux(_source("huruf", "perbab")).splitlines()
    assert r"\newlabel{tab:a}{{1.1}{0}{Skala \& Kategori\relax }{table.1.1}{}}" in aux
    # the figure's caption takes hyperref's counter of unnumbered anchors after three headings
    assert r"\newlabel{fig:sotk}{{1.1}{0}{Bagan {SOTK}\relax }{figure.caption.4}{}}" in aux
    assert r"\newlabel{tab:c}{{I.1}{0}{Target {PK}\relax }{table.A.1}{}}" in aux
    assert not any("Ringkasan" in line for line in aux)  # a caption without a label makes none
    assert aux[-1] == r"\gdef \lkj@nmain{2}\gdef \lkj@nappx{1}"


def test_chapter_counts_without_appendices():
    source = _source("huruf", "perbab").split(r"\lkjAppendices")[0] + "\\end{document}\n"
    assert provisional_aux(source).splitlines()[-1] == r"\gdef \lkj@nmain{2}\gdef \lkj@nappx{0}"


def test_files_for_every_list_present_and_the_aux():
    files = provisional_files(_source("huruf", "perbab"))
    assert sorted(files) == [".aux", ".lot", ".toc"]


GRAPHS = r"""\documentclass[a4,pdfa-2b,huruf,perbab]{lkjip}
\begin{document}
\lkjListOfFigures
\lkjListOfGraphs
\lkjMainMatter
\chapter{PENDAHULUAN}
\lkjFigure{\lkjFigureImage{sotk.png}{0.8}}{Bagan}{fig:sotk}
\lkjGraph{\lkjChart{chart-1}}{Capaian}{fig:capaian}
\chapter{PENUTUP}
\lkjGraph{\lkjChart{chart-2}}{Serapan}{fig:serapan}
\end{document}
"""


def test_charts_numbered_as_grafik_are_a_series_and_a_list_of_their_own():
    lists = provisional_lists(GRAPHS)
    lgf = lists[".lgf"]
    assert not lgf.startswith(r"\babel@toc")  # babel writes its language line into its own lists only
    assert r"\contentsline {grafik}{\numberline {1.1}{\ignorespaces Capaian\relax }}{0}{grafik.caption.4}%" in lgf
    assert r"\numberline {2.1}{\ignorespaces Serapan\relax }}{0}{grafik.caption.5}%" in lgf
    assert lgf.count(r"\addvspace {10\p@ }") == 2
    assert r"\numberline {1.1}{\ignorespaces Bagan\relax }}{0}{figure.caption.3}%" in lists[".lof"]
    assert "Capaian" not in lists[".lof"]
    aux = provisional_aux(GRAPHS)
    assert r"\newlabel{fig:capaian}{{1.1}{0}{Capaian\relax }{grafik.caption.4}{}}" in aux
    assert float_numbers(GRAPHS) == {"table": [], "figure": ["1.1"], "grafik": ["1.1", "2.1"]}


def test_a_report_without_its_lists_still_knows_its_numbers():
    """The check of "Tabel N" in texts needs the numbers whether or not the outline lists them."""
    source = GRAPHS.replace("\\lkjListOfFigures\n\\lkjListOfGraphs\n", "")
    assert provisional_lists(source) == {}
    assert float_numbers(source)["grafik"] == ["1.1", "2.1"]
