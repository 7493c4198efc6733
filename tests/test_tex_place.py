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


LOG = """(./report.tex
Overfull \\hbox (0.8pt too wide) in paragraph at lines 6--6
[]\\T1/qtm/m/n/12 a hair too wide
 []

Overfull \\hbox (17.3pt too wide) in alignment at lines 10--10
[]\\T1/qtm/b/n/10.95 (-20) passwd}Q48Q
 []

Overfull \\vbox (30.1pt too high) detected at line 12
 []
"""


def test_overfull_boxes_beyond_the_tolerance_with_their_line_and_text():
    from pipeline.tex.log import overfull_boxes, overfull_count

    assert overfull_count(LOG) == 3
    boxes = overfull_boxes(LOG)
    assert [(b.points, b.line) for b in boxes] == [(17.3, 10), (30.1, 12)]
    assert boxes[0].text == "(-20) passwd}Q48Q"


def test_text_off_the_page_is_named_by_its_place(tmp_path):
    from pipeline.tex.compile import off_page_message
    from pipeline.tex.log import overfull_boxes

    tex = tmp_path / "report.tex"
    tex.write_text(SOURCE, encoding="utf-8")
    message = off_page_message(tex, overfull_boxes(LOG))
    assert message.startswith("text runs off the page or out of its cell in 2 places")
    assert "BAB II AKUNTABILITAS & KINERJA › CAPAIAN › Target Tahun 2022 (report.tex:10, 17.3 pt too wide)" in message
    assert "(-20) passwd}Q48Q" in message


def test_a_tex_error_is_named_by_its_place(tmp_path):
    from pipeline.tex.compile import _failure_message

    tex = tmp_path / "report.tex"
    tex.write_text(SOURCE, encoding="utf-8")
    log = "./report.tex:6: Undefined control sequence.\nl.6 \\oops\n"
    message = _failure_message(tex, "", log)
    assert message.startswith("LaTeX failed on report.tex, in BAB I PENDAHULUAN › LATAR BELAKANG:")
    assert "./report.tex:6: Undefined control sequence." in message
