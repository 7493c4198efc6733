"""What the report states, for content the seeds never had: nothing empty is built, every count
counts what it names, an unmeasured indicator is never a failed one, warnings and required fields
follow what the outline prints, and nothing is printed twice unless the outline asks.

Each case edits a copy of the seed content (`content_copy`) and reads the document model.
"""

import dataclasses

import pytest
from ruamel.yaml import YAML

from pipeline.build import build_report, report_warnings
from pipeline.compute.report import compute
from pipeline.document.blocks import List, Paragraph, Section
from pipeline.document.inline import Text
from pipeline.document.table import Table
from pipeline.errors import ContentError
from pipeline.present import present
from tests.conftest import computed

ALUH = "banjar/aluh-aluh/2022.yaml"
BANJAR = "banjar/laporan/tahunan.yaml"
TANAH_LAUT = "tanah-laut/laporan/tahunan.yaml"
PELAIHARI = "pelaihari-2023"


# --- reading the document model -------------------------------------------------------------


def nodes(node, kind):
    """Every node of one type inside a document (or any part of it), in document order."""
    if isinstance(node, kind):
        yield node
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            if field.init:
                yield from nodes(getattr(node, field.name), kind)
    elif isinstance(node, (tuple, list)):
        for item in node:
            yield from nodes(item, kind)


def text(node) -> str:
    """The plain text of a paragraph or list item."""
    return "".join(r.text for r in node.runs if isinstance(r, Text))


def paragraphs(document) -> list[str]:
    return [text(p) for p in nodes(document, Paragraph)]


def said(document, words: str) -> list[str]:
    """The paragraphs that contain `words`."""
    return [p for p in paragraphs(document) if words in p]


def lists_of(document, entries) -> list[List]:
    """The lists whose items are exactly `entries`."""
    return [node for node in nodes(document, List) if tuple(text(i) for i in node.items) == tuple(entries)]


def section(document, title: str) -> Section:
    return next(s for s in nodes(document, Section) if s.title == title)


def ringkasan(document) -> str:
    """The Ringkasan Eksekutif's paragraph of figures."""
    part = next(f for f in document.front if f.title == "RINGKASAN EKSEKUTIF")
    (paragraph,) = said(part, "menetapkan")
    return paragraph


def tables(document, layout: str) -> list[Table]:
    return [t for t in nodes(document, Table) if t.layout == layout]


def document(copy, report_id="aluh-aluh-2022"):
    return present(compute(copy.load(report_id)))


def warnings(copy, report_id="aluh-aluh-2022") -> list[str]:
    return [str(w) for w in report_warnings(compute(copy.load(report_id)))]


# --- editing a copy of the content ----------------------------------------------------------


def rewrite(copy, relative: str, change) -> None:
    """Load a YAML file of the copy, let `change` edit the data, write it back."""
    yaml = YAML()
    path = copy.root / relative
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def tree_indicators(data):
    """Every indicator of the budget tree, as editable mappings."""
    for program in data["program"]:
        yield from program.get("indikator", ())
        for kegiatan in program["kegiatan"]:
            yield from kegiatan.get("indikator", ())
            for sub in kegiatan["sub_kegiatan"]:
                if "indikator" in sub:
                    yield sub["indikator"]


def not_measured(ids=None):
    """Mark the budget tree's indicators (those of `ids`, or all) `belum_diukur`."""

    def change(data):
        for ind in tree_indicators(data):
            if ids is not None and ind["id"] not in ids:
                continue
            if "komponen" in ind:
                ind["target"] = sum(k["target"] for k in ind.pop("komponen"))
            for key in ("realisasi", "rincian", "triwulan", "realisasi_dari"):
                ind.pop(key, None)
            ind["belum_diukur"] = True

    return change


def without_tree_indicators(data):
    """No indicator anywhere in the budget tree: programs, kegiatan and sub kegiatan."""
    for program in data["program"]:
        program.pop("indikator", None)
        for kegiatan in program["kegiatan"]:
            kegiatan.pop("indikator", None)
            for sub in kegiatan["sub_kegiatan"]:
                sub.pop("indikator", None)


# --- 1. nothing empty is built --------------------------------------------------------------


def test_no_measured_output_indicator_says_so_instead_of_an_empty_list(content_copy):
    """With no realisasi for any program, kegiatan or sub kegiatan indicator the list of their
    verdicts is empty: it and its lead-in are left out, and a sentence says they are not measured."""
    rewrite(content_copy, ALUH, not_measured())
    doc = document(content_copy)  # an empty List is an InternalError
    capaian = section(doc, "CAPAIAN KINERJA ORGANISASI")
    assert not said(capaian, "Uraian capaian setiap indikator")
    assert said(capaian, "belum diukur realisasinya, sehingga capaiannya belum dapat dihitung")
    assert tables(capaian, "capaian_output")  # the targets are still worth a table


def test_no_output_indicator_at_all_leaves_their_tables_out(content_copy):
    """A budget tree without indicators: no capaian table of outputs with nothing in it, no empty
    efficiency table, and a sentence for each instead."""
    rewrite(content_copy, ALUH, without_tree_indicators)
    doc = document(content_copy)
    assert not tables(doc, "capaian_output") and not tables(doc, "efisiensi")
    assert said(doc, "belum memiliki indikator kinerja")
    assert not said(doc, "Uraian capaian setiap indikator")


@pytest.mark.build
def test_a_report_without_measured_outputs_typesets(content_copy, tmp_path):
    """The one real build of this file: TeX once failed on such a report ("missing \\item")."""
    rewrite(content_copy, ALUH, not_measured())
    result = build_report(content_copy.root, tmp_path, "aluh-aluh", 2022)
    assert result.pdf.is_file() and result.compiled.pages > 30


# --- 2. counts of the right things ----------------------------------------------------------


def test_pk_counts_sub_kegiatan_not_their_indicators(content_copy):
    """A report whose sub kegiatan carry no indicators still has its 14 sub kegiatan."""
    rewrite(content_copy, ALUH, without_tree_indicators)
    (sentence,) = said(document(content_copy), "Perjanjian kinerja memuat")
    assert "6 (enam) program, 8 (delapan) kegiatan dan 14 (empat belas) sub kegiatan dengan anggaran" in sentence


def test_pk_counts_sub_kegiatan_of_a_report_measured_per_kegiatan():
    """Martapura Barat measures its kegiatan: 41 sub kegiatan, not its 20 output indicators."""
    (sentence,) = said(present(computed("martapura-barat-2023")), "Perjanjian kinerja memuat")
    assert "6 (enam) program, 18 (delapan belas) kegiatan dan 41 (empat puluh satu) sub kegiatan" in sentence


def test_ringkasan_names_kegiatan_and_sub_kegiatan_indicators_apart():
    """19 of Martapura Barat's 20 output indicators belong to kegiatan, not sub kegiatan."""
    sentence = ringkasan(present(computed("martapura-barat-2023")))
    assert "didukung oleh 19 (sembilan belas) indikator kinerja kegiatan dan 1 (satu) indikator kinerja sub " in (
        sentence
    )


def test_efficiency_counts_the_rows_it_rates():
    """Martapura Barat's efficiency covers all 20 output indicators, the two of one kegiatan without
    a budget of their own among them (tests/test_counts.py checks the table against it)."""
    (sentence,) = said(present(computed("martapura-barat-2023")), "Tingkat Efisiensi")
    assert "Dari 18 (delapan belas)" not in sentence
    assert "Dari 20 (dua puluh) indikator kegiatan dan sub kegiatan, 2 (dua)" in sentence


def test_no_output_indicator_claims_no_output_verdict(content_copy):
    """Zero indicators do not all meet their targets."""
    rewrite(content_copy, ALUH, without_tree_indicators)
    doc = document(content_copy)
    assert not said(doc, "Seluruh indikator kegiatan dan sub kegiatan mencapai targetnya")
    assert not said(doc, "indikator kinerja sub kegiatan.")
    assert not said(doc, "Dari 0 (nol)")


# --- 3. unmeasured is not failed ------------------------------------------------------------


def test_some_outputs_not_measured(content_copy):
    """Two of fourteen sub kegiatan indicators without realisasi: counted apart, never as missed."""
    rewrite(content_copy, ALUH, not_measured({"gaji_asn", "laporan_pelayanan"}))
    doc = document(content_copy)
    assert (
        "Sebanyak 12 (dua belas) dari 12 (dua belas) indikator kegiatan dan sub kegiatan yang telah diukur "
        "mencapai targetnya; 2 (dua) belum diukur." in ringkasan(doc)
    )
    (kesimpulan,) = said(section(doc, "KESIMPULAN"), "")
    assert (
        "Dari 12 (dua belas) indikator kegiatan dan sub kegiatan yang telah diukur, 12 (dua belas) mencapai atau "
        "melampaui targetnya; 2 (dua) belum diukur." in kesimpulan
    )
    (efisiensi,) = said(doc, "Tingkat Efisiensi")
    assert "belum mencapai target" not in efisiensi
    assert "Dari 14 (empat belas) indikator kegiatan dan sub kegiatan, " in efisiensi
    assert efisiensi.endswith("; dan 2 (dua) belum diukur.")


def test_no_output_measured(content_copy):
    """None of them measured: no "0 dari 14 … mencapai targetnya", no efficiency figures."""
    rewrite(content_copy, ALUH, not_measured())
    doc = document(content_copy)
    everything = " ".join(paragraphs(doc))
    assert "0 (nol) dari" not in everything and ", 0 (nol) mencapai" not in everything
    assert ringkasan(doc).endswith("Sebanyak 14 (empat belas) indikator kegiatan dan sub kegiatan belum diukur.")
    assert said(section(doc, "KESIMPULAN"), "14 (empat belas) indikator kegiatan dan sub kegiatan belum diukur.")
    (efisiensi,) = said(doc, "Tingkat Efisiensi")
    assert efisiensi.endswith(
        "14 (empat belas) indikator kegiatan dan sub kegiatan belum diukur, sehingga efisiensinya belum dapat dihitung."
    )


def test_renstra_and_national_targets_of_an_unmeasured_indicator(content_copy):
    """An IKU without realisasi has not missed its Renstra end target or the national target."""
    content_copy.edit(ALUH, "            realisasi: 84.24 ", "            belum_diukur: true ")
    content_copy.edit(
        ALUH,
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 85\n"
        "            target_nasional: 82.5\n        analisis:",
    )
    doc = document(content_copy)
    (renstra,) = said(doc, "target akhir Renstra")
    assert "belum tercapai" not in renstra and "belum diukur" in renstra
    (nasional,) = said(doc, "target nasional")
    assert "belum mencapai" not in nasional and "belum diukur" in nasional


# --- 4. warnings only about what the outline prints -----------------------------------------


def test_pk_date_warned_only_when_the_pk_pages_are_printed(content_copy):
    assert any("no `tanggal`: the PK statement" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, "  - lampiran_perjanjian_kinerja\n", "")
    assert not any("no `tanggal`: the PK statement" in w for w in warnings(content_copy))


def test_analyses_warned_only_when_capaian_organisasi_is_printed(content_copy):
    assert any("analysis 3" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, "[capaian_organisasi, analisis_sasaran,", "[analisis_sasaran,")
    found = warnings(content_copy)
    assert not any("analysis 2" in w or "analysis 3" in w or "analysis 4" in w for w in found), found


def test_camat_golongan_warned_only_when_the_camat_signs_something_printed(content_copy):
    content_copy.append(BANJAR, "ditandatangani: []\n")
    assert any("no `golongan`" in w for w in warnings(content_copy))  # the Camat still signs his PK
    content_copy.edit(BANJAR, "  - lampiran_perjanjian_kinerja\n", "")
    assert not any("no `golongan`" in w for w in warnings(content_copy))


def test_signing_date_warned_only_when_a_dated_signature_is_printed(content_copy):
    assert any("report dated 2022-12-31" in w for w in warnings(content_copy))
    content_copy.append(BANJAR, "ditandatangani: []\n")
    assert not any("report dated 2022-12-31" in w for w in warnings(content_copy))


def test_reconciliation_warned_only_when_the_budget_is_printed(content_copy):
    assert any("differ from the LRA" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, " realisasi_anggaran,", "")
    assert not any("differ from the LRA" in w for w in warnings(content_copy))


def test_efficiency_rule_warned_only_when_the_budget_is_printed(content_copy):
    assert any("analysis 6" in w for w in warnings(content_copy, PELAIHARI))
    content_copy.edit(TANAH_LAUT, "      - {komponen: realisasi_anggaran, judul: AKUNTABILITAS KEUANGAN}\n", "")
    assert not any("analysis 6" in w for w in warnings(content_copy, PELAIHARI))


def test_renstra_end_target_contradiction_warned_only_where_the_end_target_is_printed(content_copy):
    """The Renstra's last-year target against its end target: printed by capaian_organisasi (and
    the monev appendix), so warned only with one of them."""
    content_copy.edit(ALUH, "renstra: [2022, 2026]", "renstra: [2018, 2022]")
    content_copy.edit(
        ALUH,
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 75\n        analisis:",
    )
    assert any("is not the Renstra end target 75" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, "[capaian_organisasi, analisis_sasaran,", "[analisis_sasaran,")
    assert not any("is not the Renstra end target 75" in w for w in warnings(content_copy))


def test_missing_quarter_target_warned_only_when_the_quarterly_capaian_is_printed(content_copy):
    assert any("no target s.d. triwulan 1" in w for w in warnings(content_copy, "pengaron-2024-tw1"))
    content_copy.edit("banjar/laporan/triwulan.yaml", "[capaian_triwulan, analisis_sasaran,", "[analisis_sasaran,")
    assert not any("no target s.d. triwulan 1" in w for w in warnings(content_copy, "pengaron-2024-tw1"))


def test_empty_analysis_warned_only_when_analisis_sasaran_is_printed(content_copy):
    rewrite(content_copy, ALUH, lambda data: data["tujuan"][0]["sasaran"][0].pop("analisis"))
    assert any("analysis 5" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, " analisis_sasaran,", "")
    assert not any("analysis 5" in w for w in warnings(content_copy))


def test_zero_pagu_warned_only_when_sub_kegiatan_pagu_is_printed(content_copy):
    content_copy.edit(
        ALUH,
        "            pagu_murni: 34169400\n            pagu: 34169400\n            realisasi: 34169400 ",
        "            pagu_murni: 0\n            pagu: 0\n            realisasi: 0 ",
    )
    assert any("pagu is 0 before and after" in w for w in warnings(content_copy))
    content_copy.edit(BANJAR, "[iku, perjanjian_kinerja]", "[iku]")
    content_copy.edit(BANJAR, " realisasi_anggaran,", "")
    assert not any("pagu is 0 before and after" in w for w in warnings(content_copy))


# --- 5. required only when printed ----------------------------------------------------------


def _drop(*keys):
    def change(data):
        for key in keys:
            del data[key]

    return change


def test_isu_strategis_and_saran_optional_when_not_printed(content_copy):
    rewrite(content_copy, ALUH, _drop("isu_strategis", "saran"))
    content_copy.edit(BANJAR, "      - isu_strategis\n", "")
    content_copy.edit(BANJAR, "[kesimpulan, saran, kalimat_penutup]", "[kesimpulan, kalimat_penutup]")
    assert document(content_copy).chapters


@pytest.mark.parametrize(
    "key, komponen",
    [("isu_strategis", "isu_strategis"), ("saran", "saran")],
)
def test_a_field_is_required_by_the_component_that_prints_it(content_copy, key, komponen):
    rewrite(content_copy, ALUH, _drop(key))
    with pytest.raises(ContentError) as info:
        document(content_copy)
    messages = [str(p) for p in info.value.problems]
    assert any("laporan/tahunan.yaml:" in m and f"'{komponen}' prints `{key}`" in m for m in messages), messages


def test_without_an_lra_the_summaries_state_the_program_tree(content_copy):
    """`realisasi_anggaran` (the LRA) is optional: the Ringkasan and the Kesimpulan then state the
    program tree's money instead of failing on a Belanja Daerah that is not there."""
    rewrite(content_copy, ALUH, _drop("realisasi_anggaran"))
    content_copy.edit(BANJAR, " realisasi_anggaran,", "")
    doc = document(content_copy)
    (kesimpulan,) = said(section(doc, "KESIMPULAN"), "")
    assert kesimpulan.endswith(
        "Realisasi anggaran program dan kegiatan sebesar Rp1.967.604.721 dari pagu Rp1.970.574.721 (99,85%)."
    )
    assert said(doc, "mengelola anggaran program dan kegiatan sebesar Rp1.970.574.721 yang bersumber dari")


# --- 6. nothing printed twice unless the outline asks ---------------------------------------


def test_dasar_hukum_and_fungsi_printed_once():
    """Tanah Laut's outline has latar_belakang, dasar_hukum and tupoksi: the later tupoksi leaves
    out the lists the earlier components printed, and their lead-ins."""
    c = computed(PELAIHARI)
    doc, kab = present(c), c.content.kabupaten
    assert len(lists_of(doc, kab.dasar_hukum)) == 1
    assert len(lists_of(doc, kab.fungsi_kecamatan)) == 1
    tupoksi = section(doc, "TUGAS FUNGSI DAN STRUKTUR ORGANISASI")
    assert not lists_of(tupoksi, kab.dasar_hukum) and not lists_of(tupoksi, kab.fungsi_kecamatan)
    assert not said(tupoksi, "berlandaskan pada peraturan perundang-undangan sebagai berikut")
    assert not said(tupoksi, "menyelenggarakan fungsi:")


def test_the_later_component_leaves_its_copy_out(content_copy):
    """tupoksi first, then dasar_hukum and latar_belakang: the later two leave theirs out."""
    content_copy.edit(BANJAR, "      - tupoksi\n", "      - tupoksi\n      - dasar_hukum\n      - latar_belakang\n")
    doc = document(content_copy)
    kab = compute(content_copy.load()).content.kabupaten
    tupoksi = section(doc, "TUGAS POKOK DAN FUNGSI ORGANISASI")
    assert len(lists_of(doc, kab.dasar_hukum)) == 1 and lists_of(tupoksi, kab.dasar_hukum)
    assert len(lists_of(doc, kab.fungsi_kecamatan)) == 1 and lists_of(tupoksi, kab.fungsi_kecamatan)
    latar = section(doc, "LATAR BELAKANG")
    assert not said(latar, "fungsi sebagai berikut")
    assert said(section(doc, "DASAR HUKUM"), "telah diuraikan")


# --- 1. (continued) sections with nothing to hold -------------------------------------------


def test_sumber_daya_without_counts_says_so(content_copy):
    rewrite(content_copy, "tanah-laut/pelaihari/2023.yaml", lambda data: data.update(sumber_daya={}))
    part = section(document(content_copy, PELAIHARI), "SUMBER DAYA MANUSIA DAN SARANA PRASARANA")
    assert said(part, "belum tersedia pada data laporan ini")


def test_units_without_kegiatan_say_so(content_copy):
    def unassigned(data):
        for program in data["program"]:
            for kegiatan in program["kegiatan"]:
                kegiatan.pop("pelaksana", None)
                for sub in kegiatan["sub_kegiatan"]:
                    sub.pop("pelaksana", None)

    rewrite(content_copy, "tanah-laut/pelaihari/2023.yaml", unassigned)
    part = section(document(content_copy, PELAIHARI), "AKUNTABILITAS KINERJA PER UNIT KERJA")
    assert said(part, "belum dikaitkan dengan unit kerja pelaksananya")


def test_quarter_with_no_measured_sasaran_says_none(content_copy):
    """Nothing measured s.d. the quarter is not "0 (nol) indikator … telah diukur"."""

    def unmeasured(data):
        for tujuan in data["tujuan"]:
            for ind in [*tujuan.get("indikator", ()), *(i for s in tujuan["sasaran"] for i in s["indikator"])]:
                for key in ("realisasi", "triwulan", "realisasi_dari", "periodik"):
                    ind.pop(key, None)
                ind["belum_diukur"] = True

    rewrite(content_copy, "banjar/pengaron/2024.yaml", unmeasured)
    (kesimpulan,) = said(section(document(content_copy, "pengaron-2024-tw1"), "KESIMPULAN"), "")
    assert "0 (nol)" not in kesimpulan and "belum ada indikator sasaran dan tujuan yang diukur" in kesimpulan
