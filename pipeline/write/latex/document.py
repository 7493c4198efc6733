"""The whole report to LaTeX: class options, cover, front matter, chapters, appendices, metadata."""

from pipeline.document.report import Chapter, Cover, Document, FrontPart, Metadata, Page
from pipeline.resources import latex_dir
from pipeline.write.latex.blocks import Writer, asset_name
from pipeline.write.latex.escape import escape, xmp_text
from pipeline.write.latex.tables import load_looks

LATEX_DIR = latex_dir()


def write_document(doc: Document) -> str:
    """The complete .tex source of the report."""
    writer = Writer(load_looks(LATEX_DIR / "columns.yaml"))
    s = doc.settings
    options = ",".join((s.paper, s.pdfa, s.heading_style, s.table_numbering.replace("_", "")))
    out = [rf"\documentclass[{options}]{{lkjip}}"]
    out += [rf"\definecolor{{kategori{c}}}{{HTML}}{{{c}}}" for c in s.colours]
    out += ["", r"\begin{document}", _cover(doc.cover), "", r"\lkjFrontMatter"]
    out += [_front(part, writer) + "\n" for part in doc.front]
    out.append(r"\lkjMainMatter")
    out += [_part(r"\chapter", chapter, writer) + "\n" for chapter in doc.chapters]
    if doc.appendices:
        out.append(r"\lkjAppendices")
        out += [_part(r"\lkjAppendix", appendix, writer) + "\n" for appendix in doc.appendices]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _upper(text: str) -> str:
    return escape(text.upper())


def _cover(cover: Cover) -> str:
    """The cover's lines are set in capitals (a rule of this writer, not of the content); no emblem, no gap."""
    lines = [r"\begin{lkjcover}"]
    if cover.emblem:
        lines += [_upper(line) + r"\\" for line in cover.above]
        lines.append(rf"\lkjCoverEmblem{{{asset_name(cover.emblem)}}}")
        lines.append("\\\\\n".join(_upper(line) for line in cover.below))
    else:
        lines.append("\\\\\n".join(_upper(line) for line in (*cover.above, *cover.below)))
    if cover.footer:
        lines.append(r"\lkjCoverFooter{" + "\\\\\n".join(_upper(line) for line in cover.footer) + "}")
    lines.append(r"\end{lkjcover}")
    return "\n".join(lines)


def _front(part: FrontPart, writer: Writer) -> str:
    body = writer.blocks(part.blocks)
    if part.title is None:
        return body
    return rf"\lkjUnnumberedChapter{{{escape(part.title)}}}" + ("\n" + body if body else "")


def _part(command: str, part: Chapter | Page, writer: Writer) -> str:
    """A chapter under its heading, or pages of their own (a letter, a separator)."""
    if isinstance(part, Page):
        return writer.blocks(part.blocks)
    return _chapter(command, part, writer)


def _chapter(command: str, chapter: Chapter, writer: Writer) -> str:
    head = f"{command}{{{escape(chapter.title)}}}"
    return head + ("\n" + writer.blocks(chapter.blocks) if chapter.blocks else "")


def write_xmpdata(meta: Metadata) -> str:
    """The PDF/A metadata file that pdfx reads into XMP and the document information, in pdfx's markup.

    pdfx reads a `[` right after a keyword separator as a language tag; the report's keywords all
    begin with a fixed word ("Kecamatan …"), so none begins with one.
    """
    keywords = r"\sep ".join(xmp_text(k) for k in meta.keywords)
    return "".join(
        (
            rf"\Title{{{xmp_text(meta.title)}}}" + "\n",
            rf"\Author{{{xmp_text(meta.author)}}}" + "\n",
            rf"\Subject{{{xmp_text(meta.subject)}}}" + "\n",
            rf"\Keywords{{{keywords}}}" + "\n",
            rf"\Publisher{{{xmp_text(meta.publisher)}}}" + "\n",
            rf"\Language{{{meta.language}}}" + "\n",
        )
    )
