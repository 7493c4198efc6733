"""A PK's own rows (`kinerja_sendiri`): a unit with no sasaran and no budget promises its own kinerja.

Pelaihari 2023: the Kasi Pelayanan's signed PK (003:2559-2561) has three indicators of its own and
an empty budget table. They print on its PK sheet as named rows do, and stay out of the kecamatan's
IKU, sasaran capaian and summary counts; their ids still share the year file's one namespace.
"""

import pytest

from pipeline.compute.report import compute
from pipeline.document.data import to_data
from pipeline.errors import ContentError
from pipeline.present import present
from tests.conftest import computed

PELAIHARI = "tanah-laut/pelaihari/2023.yaml"
OWN_IDS = {"paten_sesuai_sop", "pengaduan_difasilitasi", "data_informasi_paten"}


@pytest.fixture(scope="module")
def pelaihari():
    return computed("pelaihari-2023")


def _kasi_pelayanan(c):
    return next(pk for pk in c.perjanjian if pk.source.pihak_pertama == "seksi_pelayanan")


def _tables(data) -> dict:
    """Every table of a document model's data, by label."""
    if isinstance(data, dict):
        found = {data["label"]: data} if data.get("node") == "Table" and data.get("label") else {}
        for value in data.values():
            found |= _tables(value)
        return found
    if isinstance(data, list):
        return {label: t for item in data for label, t in _tables(item).items()}
    return {}


def test_the_kasi_pelayanan_pk_has_its_three_own_rows(pelaihari):
    pk = _kasi_pelayanan(pelaihari)
    rows = [(item.kinerja, [(i.source.id, i.source.target) for i in item.indicators]) for item in pk.items]
    assert rows == [
        ("Memberikan Pelayanan Administrasi Terpadu Kecamatan (PATEN)", [("paten_sesuai_sop", 15)]),
        ("Memfasilitasi Penanganan Aduan Masyarakat", [("pengaduan_difasilitasi", 5)]),
        ("Menyusun Data Informasi Pelayanan Administrasi Terpadu Kecamatan (PATEN)", [("data_informasi_paten", 4)]),
    ]
    assert [i.measure.capaian for item in pk.items for i in item.indicators] == [100, 0, 50]
    assert pk.budget == ()


def test_the_sheet_prints_the_own_rows_in_the_pk_table_and_no_budget_table(pelaihari):
    number = pelaihari.perjanjian.index(_kasi_pelayanan(pelaihari)) + 1
    tables = _tables(to_data(present(pelaihari)))
    sheet = tables[f"tab:pk_kinerja_{number}"]
    assert sheet["layout"] == "pk_kinerja"
    printed = [(r["cells"]["no"], r["cells"]["satuan"], r["cells"]["target"]["value"]) for r in sheet["rows"]]
    assert printed == [("1.", "Pelayanan", "15"), ("2.", "Pengaduan", "5"), ("3.", "Dokumen", "4")]
    assert f"tab:pk_anggaran_{number}" not in tables  # the signed sheet's budget table is empty (003:2563)


def test_own_indicators_are_no_iku_of_the_kecamatan(pelaihari):
    sasaran = {i.source.id for i in pelaihari.indicators}
    everywhere = sasaran | {i.source.id for i in pelaihari.tujuan_indicators}
    everywhere |= {i.source.id for i in pelaihari.summary.measured + pelaihari.output_indicators}
    assert sasaran and not OWN_IDS & everywhere
    assert OWN_IDS <= {i.source.id for pk in pelaihari.perjanjian for item in pk.items for i in item.indicators}


def test_an_own_indicator_id_used_elsewhere_is_an_error_at_the_id(content_copy):
    content_copy.edit(PELAIHARI, "- id: pengaduan_difasilitasi", "- id: nilai_sakip")
    lines = (content_copy.root / PELAIHARI).read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if "- id: nilai_sakip" in text and n > 259)
    column = lines[line - 1].index("nilai_sakip") + 1
    with pytest.raises(ContentError) as info:
        content_copy.load("pelaihari-2023")
    problems = [str(p) for p in info.value.problems]
    where = f"2023.yaml:{line}:{column}: perjanjian_kinerja[4].kinerja_sendiri[1].indikator[0].id:"
    assert any(where in p and "indikator id 'nilai_sakip' is used more than once" in p for p in problems), problems


def test_two_own_indicators_with_one_id_are_an_error(content_copy):
    content_copy.edit(PELAIHARI, "- id: data_informasi_paten", "- id: paten_sesuai_sop")
    with pytest.raises(ContentError) as info:
        content_copy.load("pelaihari-2023")
    problems = [str(p) for p in info.value.problems]
    assert any("kinerja_sendiri[2].indikator[0].id: indikator id 'paten_sesuai_sop'" in p for p in problems), problems


def test_an_own_indicator_needs_a_responsible_unit(content_copy):
    content_copy.edit(PELAIHARI, "penanggung_jawab: seksi_pelayanan", "penanggung_jawab: loket")
    with pytest.raises(ContentError) as info:
        content_copy.load("pelaihari-2023")
    problems = [str(p) for p in info.value.problems]
    assert any("kinerja_sendiri[0].indikator[0].penanggung_jawab: 'loket' is not a unit" in p for p in problems)


def test_a_pk_of_own_rows_only_has_no_sasaran_rows_but_one_of_neither_has_every_sasaran(content_copy):
    """Own rows stand for the whole PK; the default (every sasaran strategis) is for a PK naming nothing."""
    content_copy.edit(PELAIHARI, "    kinerja: [pelayanan_publik]     # row: IKM", "    # row: IKM")
    c = compute(content_copy.load("pelaihari-2023"))
    camat, kasi = c.perjanjian[0], _kasi_pelayanan(c)
    assert [item.kinerja for item in camat.items] == [s.uraian for s in c.sasaran] and len(c.sasaran) > 1
    assert camat.budget  # the sasaran bring their programs' pagu
    assert camat.source.kinerja_sendiri == ()
    assert len(kasi.items) == 3 and not {s.uraian for s in c.sasaran} & {item.kinerja for item in kasi.items}
