"""Sections, pages, prose and tables that the content writes itself (no code of its own)."""

from decimal import Decimal

import pytest

from pipeline.compute.report import compute
from pipeline.document import blocks as b
from pipeline.document.inline import Emph, Strong, Text
from pipeline.document.report import Page
from pipeline.document.table import Level, Table
from pipeline.errors import ContentError
from pipeline.present import present
from pipeline.present.prose import blocks, formula
from pipeline.write.latex.document import write_document

OUTLINE = "banjar/laporan/tahunan.yaml"
YEAR = "banjar/aluh-aluh/2022.yaml"
PENUTUP = "    bagian: [kesimpulan, saran, kalimat_penutup]"


def _walk(node):
    yield node
    for name in ("blocks", "items", "front", "chapters", "appendices"):
        for child in getattr(node, name, ()) or ():
            yield from _walk(child)


def _document(content_copy, outline_part: str, year_extra: str = ""):
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + outline_part + "      - saran\n")
    if year_extra:
        content_copy.append(YEAR, year_extra)
    return present(compute(content_copy.load()))


def _section(document, title):
    return next(n for n in _walk(document) if isinstance(n, b.Section) and n.title == title)


def test_markdown_prose_becomes_paragraphs_lists_emphasis_and_a_formula():
    text = (
        "Satu **tebal** dan *miring*.\n\n1. pertama\n2. kedua\n   1. anak\n\n"
        "```rumus\nCapaian = Realisasi / Target × 100%\n```\n"
    )
    para, items, rumus = blocks(text, ("angka", "huruf"))
    assert para.runs == (Text("Satu "), Strong("tebal"), Text(" dan "), Emph("miring"), Text("."))
    assert items.style is b.ListStyle.numbered and items.items[1].blocks[0].style is b.ListStyle.lettered
    assert rumus == formula("Capaian = Realisasi / Target × 100%") and rumus.percent


def test_a_negative_polarity_formula_reads_as_written():
    f = formula("Capaian = (2 × Target − Realisasi) / Target × 100%")
    assert [t.symbol if isinstance(t, b.MathOp) else t.text for t in f.numerator] == [
        "2",
        "×",
        "Target",
        "−",
        "Realisasi",
    ]
    with pytest.raises(ValueError, match="Nama = A / B"):
        formula("Capaian adalah realisasi dibagi target")


def test_a_user_section_with_prose_a_formula_and_a_table_of_its_own_data(content_copy):
    part = (
        "      - judul: KINERJA LAINNYA\n"
        "        isi:\n"
        "          - teks: 'Kecamatan {{ nama }} mencatat kinerja lain tahun {{ tahun }}:'\n"
        "          - rumus: 'Capaian = Realisasi / Target × 100%'\n"
        "          - tabel:\n"
        "              judul: 'Kinerja Lainnya Tahun {{ tahun }}'\n"
        "              data: data.lainnya\n"
        "              kolom: [no, uraian, {isi: sebelum, judul: '2021'}, sesudah]\n"
        "              jumlah: true\n"
        "              sumber: Register Kecamatan\n"
    )
    rows = (
        "data:\n  lainnya:\n    - {uraian: Berkas PATEN, sebelum: 120, sesudah: 150}\n"
        "    - {uraian: Rapat, sebelum: 10, sesudah: 12}\n"
    )
    document = _document(content_copy, part, rows)
    section = _section(document, "KINERJA LAINNYA")
    para, rumus, table = section.blocks
    assert para.runs == (Text("Kecamatan Aluh-Aluh mencatat kinerja lain tahun 2022:"),)
    assert isinstance(rumus, b.Formula) and isinstance(table, Table)
    assert table.caption == "Kinerja Lainnya Tahun 2022" and table.source == "Register Kecamatan"
    assert [c.head for c in table.columns] == ["No.", "Uraian", "2021", "Sesudah"]
    total = table.rows[-1]
    assert total.level is Level.total and (total.cells["sebelum"], total.cells["sesudah"]) == (130, 162)


def test_a_section_repeated_per_indicator_with_its_own_table_and_sentence(content_copy):
    part = (
        "      - judul: 'Indikator {{ i.source.nama }}'\n"
        "        ulang: indikator\n"
        "        isi:\n"
        "          - teks: 'Capaian {{ i.source.nama }} adalah {{ i.measure.capaian|persen }}.'\n"
        "          - tabel: {judul: 'Capaian {{ i.source.nama }}', data: indikator,"
        " kolom: [indikator, target, realisasi, capaian, realisasi_lalu, capaian_lalu, target_renstra]}\n"
    )
    document = _document(content_copy, part)
    section = _section(document, "Indikator Indeks Kepuasan Masyarakat")
    sentence, table = section.blocks
    assert sentence.runs == (Text("Capaian Indeks Kepuasan Masyarakat adalah 115,40%."),)
    assert len(table.rows) == 1 and round(table.rows[0].cells["capaian"], 2) == Decimal("115.40")
    renstra_years = [c.head for c in table.columns if c.key.startswith("target_renstra_")]
    assert renstra_years == ["2022", "2023", "2024", "2025", "2026"]


def test_a_letter_page_after_a_chapter_with_kop_surat_and_signature(content_copy):
    content_copy.edit(
        OUTLINE,
        "lampiran:\n",
        "  - halaman: surat\n    judul: SURAT PERNYATAAN\n"
        "    isi: [{teks: 'Data laporan ini **benar**.'}]\nlampiran:\n",
    )
    document = present(compute(content_copy.load()))
    page = document.chapters[-1]
    assert isinstance(page, Page)
    kinds = [type(n).__name__ for n in page.blocks]
    assert kinds == [
        "PageBreak",
        "Letterhead",
        "Bookmark",
        "CentredHeading",
        "Paragraph",
        "SignatureRight",
        "PageBreak",
    ]
    assert page.blocks[1].lines[:2] == ("Pemerintah Kabupaten Banjar", "Kecamatan Aluh-Aluh")


def test_a_report_rewords_a_built_in_paragraph(content_copy):
    content_copy.append(YEAR, "naskah:\n  bab4.penutup: 'Laporan {{ nama }} ini ditutup dengan syukur.'\n")
    tex = write_document(present(compute(content_copy.load())))
    assert "Laporan Aluh-Aluh ini ditutup dengan syukur." in tex
    assert "diharapkan dapat dimanfaatkan sebagai bahan evaluasi" not in tex


def test_every_fault_in_written_texts_is_reported_at_once_with_its_position(content_copy):
    content_copy.append(YEAR, "naskah:\n  bab4.penutupp: x\n  bab3.metode: '{{ nmaa }} {% if %}'\n")
    part = (
        "      - judul: X\n        isi:\n          - teks: |\n              Baris satu.\n              {{ tahunn }}\n"
    )
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError) as caught:
        present(compute(content_copy.load()))
    messages = [str(p) for p in caught.value.problems]
    assert any(
        "naskah.bab4.penutupp: no built-in text is named `bab4.penutupp`; did you mean `bab4.penutup`?" in m
        for m in messages
    )
    assert any("naskah.bab3.metode: placeholder syntax" in m for m in messages)
    hit = next(p for p in caught.value.problems if "tahunn" in p.message)
    assert str(hit.file).endswith("tahunan.yaml") and "did you mean {{ tahun }}" in hit.message
    assert hit.line == _line_of(content_copy, OUTLINE, "{{ tahunn }}")


def test_a_table_field_the_source_lacks_is_an_error_naming_the_fields(content_copy):
    table = "{judul: T, data: indikator, kolom: [indikator, pagu_murni]}"
    part = f"      - judul: X\n        isi:\n          - tabel: {table}\n"
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError, match=r"kolom\[1\]: `indikator` has no field `pagu_murni`; fields: no, "):
        present(compute(content_copy.load()))


def test_placeholders_cannot_reach_outside_the_sandbox(content_copy):
    part = "      - judul: X\n        isi:\n          - teks: '{{ c.__class__.__mro__ }}'\n"
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError, match="not allowed in a text|names nothing"):
        present(compute(content_copy.load()))


def test_inserted_values_stay_text_not_markdown(content_copy):
    content_copy.edit("banjar/aluh-aluh/kecamatan.yaml", "nama: Aluh-Aluh", "nama: '*Aluh* 1. #Aluh'")
    part = "      - judul: X\n        isi:\n          - teks: '{{ nama }}'\n"
    document = _document(content_copy, part)
    assert _section(document, "X").blocks[0].runs == (Text("*Aluh* 1. #Aluh"),)


def _line_of(content_copy, relative: str, needle: str) -> int:
    lines = (content_copy.root / relative).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if needle in line)


def test_every_placeholder_is_documented_and_every_documented_one_exists(aluh_aluh):
    from pipeline.present.context import Ctx
    from pipeline.present.placeholders import PLACEHOLDERS, REPEATED

    assert set(PLACEHOLDERS) == set(Ctx(aluh_aluh).narrative) | set(REPEATED)


def test_an_outline_sets_or_removes_the_sumber_line_of_a_built_in_table(content_copy):
    content_copy.append(OUTLINE, "sumber:\n  capaian_iku: Aplikasi e-SAKIP Kabupaten Banjar\n  permasalahan: null\n")
    document = present(compute(content_copy.load()))
    tables = {n.label: n for n in _walk(document) if isinstance(n, Table)}
    assert tables["tab:capaian_iku"].source == "Aplikasi e-SAKIP Kabupaten Banjar"
    assert tables["tab:permasalahan"].source is None


def test_the_readme_example_outline_presents(content_copy):
    """The README shows a real outline: it must keep working as written."""
    from pathlib import Path

    from ruamel.yaml import YAML

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Sections, prose and tables the content writes", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```\n", 1)[0]
    yaml = YAML()
    path = content_copy.root / OUTLINE
    outline = yaml.load(path.read_text(encoding="utf-8"))
    outline["bab"] = yaml.load(example)["bab"]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(outline, out)
    content_copy.append(YEAR, "naskah:\n  kinerja_lainnya:\n    - teks: Pelayanan PATEN tahun {{ tahun }}.\n")
    document = present(compute(content_copy.load()))
    titles = [n.title for n in _walk(document) if isinstance(n, b.Section)]
    assert "Indikator Indeks Kepuasan Masyarakat" in titles and "KINERJA LAINNYA" in titles
    assert isinstance(document.chapters[-1], Page)


def test_a_report_known_to_its_month_only_is_signed_without_an_invented_day(content_copy):
    content_copy.edit(YEAR, "tanggal: 2022-12-31", "tanggal: 2023-01")
    tex = write_document(present(compute(content_copy.load())))
    assert "Martapura, Januari 2023" in tex
    assert not any(f"{day} Januari 2023" in tex for day in range(1, 32))


def test_a_component_placed_too_deep_for_its_own_sub_sections_is_refused(content_copy):
    part = (
        "      - judul: A\n        bagian:\n          - judul: B\n            isi: [{komponen: capaian_organisasi}]\n"
    )
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError, match="'capaian_organisasi' has sub-sections of its own"):
        present(compute(content_copy.load()))
