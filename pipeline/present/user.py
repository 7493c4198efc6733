"""Sections and pages that the content writes itself, presented as document blocks.

A user section's blocks come from the outline or, through `isi: <name>`, from a `naskah` entry of
the year file or the outline. A catalogue component may stand inside a user section; its headings
move down one level. Faults in what the content wrote are recorded with their position and raised
together once the whole document has been presented.
"""

from dataclasses import replace

from pipeline.compute.results import walk
from pipeline.content.models.blocks import (
    GambarBlok,
    GrafikBlok,
    HalamanBaruBlok,
    KomponenBlok,
    RumusBlok,
    TabelBlok,
    TandaTanganBlok,
    TeksBlok,
)
from pipeline.content.models.outline import cover_line
from pipeline.document.blocks import Centered, PageBreak, Section
from pipeline.document.inline import Strong, Text
from pipeline.document.pieces import Bookmark, CentredHeading, Letterhead, SignatureRight
from pipeline.present import signatures
from pipeline.present.context import Ctx
from pipeline.present.outline import MAX_DEPTH, SECTIONS, PagePart, UserPart, _place
from pipeline.present.prose import Written, formula


def deepen(blocks: tuple, by: int) -> tuple:
    """A component's blocks with every heading moved `by` levels down (it stands inside a section)."""
    if by <= 0:
        return blocks
    return tuple(
        replace(b, level=b.level + by, blocks=deepen(b.blocks, by)) if isinstance(b, Section) else b for b in blocks
    )


def scopes(p: Ctx, part: UserPart, outer: dict) -> list[dict]:
    """The names a section's texts see, one set per repetition; a repetition inside another narrows
    to it (the sub kegiatan of this program, the indicators of this sasaran)."""
    if part.repeat == "indikator":
        sasaran = [outer["s"]] if "s" in outer else p.c.sasaran
        return [{**outer, "i": i, "s": s} for s in sasaran for i in s.indikator]
    if part.repeat == "sasaran":
        return [{**outer, "s": s} for s in p.c.sasaran]
    if part.repeat:
        tree = (outer["n"],) if "n" in outer else p.c.programs
        return [{**outer, "n": n} for n in walk(tree) if n.level == part.repeat]
    return [outer]


def sections(p: Ctx, part: UserPart, level: int, presenters: dict, scope: dict | None = None) -> tuple:
    """The section, or one per indicator, sasaran or budget node when it repeats; an optional section
    whose `naskah` entry the report does not give is left out."""
    if part.optional and isinstance(part.isi, str) and part.isi not in p.naskah:
        return ()
    out = []
    for own in scopes(p, part, scope or {}):
        title = p.plain(Written(part.judul, "outline", part.loc + ("judul",)), own)
        blocks = content(p, part.isi, ("outline", part.loc + ("isi",)), level, presenters, own)
        subs = parts(p, part.parts, level + 1, presenters, own)
        out.append(Section(title, (*blocks, *subs), level=level, numbered=part.numbered))
    return tuple(out)


def parts(p: Ctx, plan: tuple, level: int, presenters: dict, scope: dict | None = None) -> tuple:
    """The blocks of a run of outline parts at one heading level."""
    out = []
    for part in plan:
        if isinstance(part, UserPart):
            out += sections(p, part, level, presenters, scope)
        elif isinstance(part, PagePart):
            out += page(p, part, presenters)
        else:
            out += deepen(presenters[part.komponen](p, part.judul), level - 1)
    return tuple(out)


def content(p: Ctx, isi, where: tuple, level: int, presenters: dict, scope: dict | None = None) -> tuple:
    """A section's or a page's blocks: written here, or the `naskah` entry that `isi` names."""
    file, loc = where
    scope = scope or {}
    if isinstance(isi, str):
        return named(p, isi, Written("", file, loc), level, presenters, scope)
    out = []
    for index, block in enumerate(isi):
        out += _block(p, block, (file, loc + (index,)), level, presenters, scope)
    return tuple(out)


def named(p: Ctx, name: str, where: Written, level: int, presenters: dict, scope: dict) -> tuple:
    written = p.naskah.get(name)
    if written is None:
        p.report_problem(where, f"`isi: {name}` names no `naskah` entry of the year file or the outline")
        return ()
    model = p.rep if written.file == "report" else p.content.outline
    value = model.naskah[name]
    if isinstance(value, str):
        return p.prose(written, scope)
    return content(p, value, (written.file, written.loc), level, presenters, scope)


def _block(p: Ctx, block, where: tuple, level: int, presenters: dict, scope: dict) -> tuple:
    file, loc = where
    if isinstance(block, TeksBlok):
        return p.prose(Written(block.teks, file, loc + ("teks",)), scope)
    if isinstance(block, RumusBlok):
        try:
            return (formula(block.rumus),)
        except ValueError as exc:
            p.report_problem(Written(block.rumus, file, loc + ("rumus",)), str(exc))
            return ()
    if isinstance(block, TabelBlok):
        from pipeline.present.declared import table

        return table(p, block.tabel, Written("", file, loc + ("tabel",)), scope)
    if isinstance(block, GambarBlok):
        from pipeline.present.pictures import picture

        return picture(p, block.gambar, Written("", file, loc + ("gambar",)))
    if isinstance(block, GrafikBlok):
        return _chart(p, block, Written("", file, loc + ("grafik",)))
    if isinstance(block, HalamanBaruBlok):
        return (PageBreak(),)
    if isinstance(block, TandaTanganBlok):
        return (SignatureRight(signatures.camat(p.c, p.place_date)),)
    if isinstance(block, KomponenBlok):
        return _component(p, block, Written("", file, loc), level, presenters)
    raise TypeError(f"no presenter for block {type(block).__name__}")


def _component(p: Ctx, block: KomponenBlok, where: Written, level: int, presenters: dict) -> tuple:
    placed, problem = _place(p.content, where.loc, block.komponen, block.judul, SECTIONS, file=where.file)
    if problem is not None:
        p.problems.append(problem)
        return ()
    blocks = presenters[placed.komponen](p, placed.judul)
    if _depth(blocks) + level > MAX_DEPTH:
        p.report_problem(where, f"'{block.komponen}' has sub-sections of its own: place it in a section one level up")
        return ()
    return deepen(blocks, level)


def _chart(p: Ctx, block: GrafikBlok, where: Written) -> tuple:
    """A chart's sentence and figure, where the report's period has it (`triwulan`: a quarterly report)."""
    from pipeline.present import charts

    _, problem = _place(p.content, where.loc, f"grafik_{block.grafik}", None, SECTIONS, file=where.file)
    if problem is not None:
        p.problems.append(problem)
        return ()
    at = "-" + "-".join(str(part) for part in (where.file, *where.loc[:-1]))
    if not block.indikator:
        return charts.FIGURES[block.grafik](p, at)
    _check_trended(p, block.indikator, where)
    return charts.tren(p, at, block.indikator)


def _check_trended(p: Ctx, names: tuple[str, ...], where: Written) -> None:
    """Every indicator a `grafik: tren` names is a tujuan or sasaran indicator of the report."""
    known = sorted(i.source.id for i in (*p.c.tujuan_indicators, *p.c.indicators))
    for k, name in enumerate(names):
        if name not in known:
            at = Written("", where.file, (*where.loc[:-1], "indikator", k))
            p.report_problem(at, f"no tujuan or sasaran indicator '{name}' in this report; its ids: {', '.join(known)}")


def _depth(blocks: tuple) -> int:
    """How many heading levels a run of blocks uses."""
    return max((1 + _depth(b.blocks) for b in blocks if isinstance(b, Section)), default=0)


def kop(p: Ctx) -> tuple[str, ...]:
    """The kop surat lines from the outline, with the office's own names and address."""
    alamat = p.kec.alamat
    address = " ".join(x for x in (alamat.jalan, f"Desa {alamat.desa}" if alamat.desa else "") if x) if alamat else ""
    fields = {
        "kecamatan": p.nama,
        "kabupaten": p.kab.nama,
        "provinsi": p.kab.provinsi,
        "ibukota": p.kab.ibukota,
        "alamat": address,
        "telepon": (alamat.telepon or "") if alamat else "",
        "kode_pos": (alamat.kode_pos or "") if alamat else "",
    }
    lines = (cover_line(line, fields) for line in p.content.outline.kop_surat)
    return tuple(line for line in lines if line.strip(" ,.:-"))  # a line whose fields are all empty is dropped


def page(p: Ctx, part: PagePart, presenters: dict, between: bool = False) -> tuple:
    """A page of its own: a letter under the kop surat, signed; or a separator with its title.
    `between`: it stands between chapters, and the Daftar Isi lists it like one."""
    spec, where = part.page, ("outline", part.loc + ("isi",))
    title = p.plain(Written(spec.judul, "outline", part.loc + ("judul",)))
    mark = (Bookmark(title, chapter=between),) if spec.daftar_isi else ()
    if spec.halaman == "pemisah":
        return (PageBreak(), *mark, Centered((Strong(title),)), PageBreak())
    head = (Letterhead(kop(p), p.emblem),) if spec.kop else ()
    nomor = p.plain(Written(spec.nomor, "outline", part.loc + ("nomor",))) if spec.nomor else None
    number = (Centered((Text(f"Nomor: {nomor}"),)),) if nomor else ()
    body = content(p, spec.isi, where, 2, presenters)
    signed = (SignatureRight(signatures.camat(p.c, p.place_date)),) if spec.tanda_tangan else ()
    return (PageBreak(), *head, *mark, CentredHeading(title), *number, *body, *signed, PageBreak())
