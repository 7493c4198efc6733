"""What every component of the present stage works from: the computed report, its labels and
the narrative, and the one way to make a table or a paragraph of the document model."""

import difflib
from dataclasses import dataclass, replace
from functools import cached_property

from pipeline.compute.perjanjian import PkResult, governing
from pipeline.compute.report import Computed
from pipeline.content.models.base import MonthOnly
from pipeline.content.schema import field_path
from pipeline.document.blocks import Item, List, ListStyle, Paragraph
from pipeline.document.inline import Text, runs
from pipeline.document.table import Row, Table
from pipeline.errors import Problem
from pipeline.formats import bulan_tahun, romawi, tanggal
from pipeline.present import catalogue
from pipeline.present.narrative import Narrator, builtin_texts, environment
from pipeline.present.prose import ProseError, Written, blocks, content_sandbox, render


def report_title(c: Computed) -> str:
    """ "Laporan Kinerja Instansi Pemerintah (LKjIP)", or the quarterly "… Triwulan I"."""
    outline, quarter = c.content.outline, c.content.period.quarter
    return f"{outline.judul} ({outline.singkatan})" if quarter is None else f"{outline.judul} {romawi(quarter)}"


def place_date(c: Computed) -> str:
    """The report's own place–date line, as its outline words it: "Martapura, 31 Januari 2024"."""
    content = c.content
    outline = content.outline
    place = content.kabupaten.ibukota if outline.tempat_ttd.value == "ibukota" else content.kecamatan.nama
    whole = outline.tanggal_ttd.value == "lengkap" and not isinstance(content.signed, MonthOnly)
    day = tanggal(content.signed) if whole else bulan_tahun(content.signed)  # a month-only date invents no day
    return f"{place}, {day}"


@dataclass(frozen=True)
class Ctx:
    """One report's present-stage context. `c` is the computed report; everything else is a label
    or a view of it, never a new figure."""

    c: Computed
    pdfa: object = None  # the archive level a build overrides the kabupaten's with (images are checked for it)

    @property
    def archive(self):
        """The PDF/A level this document is built for."""
        return self.pdfa or self.c.content.kabupaten.arsip

    @property
    def content(self):
        return self.c.content

    @property
    def kab(self):
        return self.c.content.kabupaten

    @property
    def kec(self):
        return self.c.content.kecamatan

    @property
    def rep(self):
        return self.c.content.report

    @property
    def nama(self) -> str:
        return self.c.content.kecamatan.nama

    @property
    def tahun(self) -> int:
        return self.c.content.report.tahun

    @property
    def triwulan(self) -> int | None:
        return self.c.content.period.quarter

    @cached_property
    def pk(self) -> PkResult:
        return governing(self.c.perjanjian)

    @cached_property
    def words(self) -> dict:
        """Placeholders of table headers."""
        tahun = self.tahun
        return {
            "tahun": tahun,
            "tahun_lalu": tahun - 1,
            "renstra_akhir": self.rep.renstra[1],
            "triwulan": romawi(self.triwulan) if self.triwulan else "",
            **{f"t{back}": tahun - back for back in range(1, 5)},
        }

    @cached_property
    def narrative(self) -> dict:
        """The names the narrative templates may use (`names.narrative_names`)."""
        from pipeline.present.names import narrative_names

        return narrative_names(self)

    @cached_property
    def naskah(self) -> dict[str, Written]:
        """Every text the content writes by name: the outline's, then the year file's over them."""
        out = {}
        for file, model in (("outline", self.content.outline), ("report", self.rep)):
            out.update(
                {
                    name: Written(value, file, ("naskah", name))
                    if isinstance(value, str)
                    else Written("", file, ("naskah", name))
                    for name, value in model.naskah.items()
                }
            )
        return out

    @cached_property
    def wording(self) -> dict[str, Written]:
        """The built-in texts this report rewords (`naskah` entries named like `bab3.metode`)."""
        builtin = builtin_texts()
        out = {}
        for name, written in self.naskah.items():
            if "." not in name:
                continue
            if name not in builtin:
                near = difflib.get_close_matches(name, list(builtin), n=1)
                hint = f"did you mean `{near[0]}`?" if near else "`lkjip schema` lists the built-in texts"
                self.report_problem(written, f"no built-in text is named `{name}`; {hint}")
            elif not written.text:
                self.report_problem(written, f"`{name}` is a built-in paragraph: give its wording as text")
            else:
                out[name] = written
        return out

    @cached_property
    def problems(self) -> list:
        """Problems found in the content's own texts while presenting; raised together at the end."""
        return []

    def report_problem(self, written: Written, message: str) -> None:
        source = self.content.sources[written.file]
        line, col = source.position(written.loc)
        self.problems.append(Problem(source.path, line, col, field_path(written.loc), message))

    @cached_property
    def narrator(self) -> Narrator:
        return Narrator(environment(), self.narrative, self.wording, self.content.sources)

    def guarded(self, produce, fallback):
        """Run `produce`; a fault in a content text is recorded (all are reported at once) and
        `fallback` stands in so that presenting goes on."""
        try:
            return produce()
        except ProseError as exc:
            self.problems.append(exc.problem)
            return fallback

    @cached_property
    def emblem(self):
        """The kabupaten's lambang as an asset (the cover and every kop surat), or None when it has none."""
        from pipeline.content.images import lambang
        from pipeline.present.assets import asset

        path = lambang(self.content.files, self.kab)
        return asset(path) if path else None

    @property
    def place_date(self) -> str:
        return place_date(self.c)

    def say(self, ref: str, **extra) -> Paragraph:
        """One narrative paragraph."""
        return Paragraph((Text(self.text(ref, **extra)),))

    def text(self, ref: str, **extra) -> str:
        return self.guarded(lambda: self.narrator.say(ref, **extra), "…")

    def paragraphs(self, ref: str, **extra) -> tuple[Paragraph, ...]:
        found = self.guarded(lambda: self.narrator.paragraphs(ref, **extra), ["…"])
        return tuple(Paragraph((Text(p),)) for p in found)

    def items(self, ref: str, **extra) -> tuple[str, ...]:
        """The entries of a list text; a wording that replaces it with no '- ' line is refused
        where it was written, as a list of nothing cannot print."""
        found = tuple(self.guarded(lambda: self.narrator.items(ref, **extra), ["…"]))
        if not found and ref in self.wording:
            self.report_problem(self.wording[ref], f"`{ref}` is a list: begin each of its items with '- '")
            return ("…",)
        return found

    def prose(self, written: Written, extra: dict | None = None) -> tuple:
        """Markdown prose written in content, its placeholders filled, as blocks."""
        styles = tuple(style.value for style in self.content.outline.gaya_daftar)

        def produce():
            text = render(self.prose_env, written, {**self.narrative, **(extra or {})}, self.content.sources)
            return blocks(text, styles, written, self.content.sources)

        return self.guarded(produce, ())

    def plain(self, written: Written, extra: dict | None = None) -> str:
        """A short text written in content (a caption), its placeholders filled."""
        context = {**self.narrative, **(extra or {})}
        return self.guarded(lambda: _tidy(render(self.plain_env, written, context, self.content.sources)), "…")

    @property
    def prose_env(self):
        return content_sandbox(markdown=True)

    @property
    def plain_env(self):
        return content_sandbox(markdown=False)

    def table(
        self,
        layout: str,
        caption: str,
        rows: list[Row] | tuple[Row, ...],
        source: str | None = None,
        label: str | None = None,
        intro: str | None = None,
        omit: tuple[str, ...] = (),
    ) -> Table:
        """A built-in table: its columns from the catalogue, `Sumber` only where the outline prints them.

        `omit` leaves out columns this report has nothing for (last year's figures where the content
        gives none); their cells are dropped from the rows, and the other columns share the width."""
        spec = catalogue.specs()[layout]
        label = label or f"tab:{layout}"
        name = label.removeprefix("tab:")
        if name in self.content.outline.sumber:  # the outline's own line (its placeholders filled), or none
            given = self.content.outline.sumber[name]
            source = self.plain(Written(given, "outline", ("sumber", name))) if given else None
        return Table(
            layout=layout,
            label=label,
            caption=caption,
            columns=tuple(c for c in catalogue.columns(layout, self.words) if c.key not in omit),
            rows=tuple(_without(row, omit) for row in rows),
            source=source if self.content.outline.sumber_tabel else None,
            intro=runs(intro) if intro else (),
            orientation=spec.orientation,
        )


def _without(row: Row, keys: tuple[str, ...]) -> Row:
    """A row less its cells in columns the table leaves out (a span into one is still refused)."""
    if not keys:
        return row
    return replace(row, cells={k: v for k, v in row.cells.items() if k not in keys})


def _tidy(text: str) -> str:
    return " ".join(text.split())


def numbered(entries, style: ListStyle = ListStyle.numbered) -> List:
    """A list of plain strings."""
    return List(tuple(Item((Text(e),)) for e in entries), style)
