"""Roll a year file into the next year's: carry what holds, move last year's figures into `riwayat`,
leave blank (`~`, not filled yet) what the new year must measure.

Field by field (a "blank" is `key: ~`, listed by `lkjip check` until filled):

- `tahun`: the new year. `tanggal` (the annual report's signing date): moved on by the years
  rolled, a deadline the check compares today with, printed in the review lines to confirm; when
  the source had none (a file of quarters), 31 January of the next year, when Banjar and Tanah Laut
  sign, also a review line; left out when the new file starts with a quarter (the year is running).
- `triwulan` (quarterly reports): not carried; `--periode` adds the new year's quarters.
- `renstra`, `misi`, `sumber_dana`, `susunan`, tujuan/sasaran texts, strategi, organisation of the
  budget tree (kode, nama, hasil, pelaksana, sasaran), indicators' definitions: carried as they are.
  A Renstra that ends before the new year is a review line.
- Indicators: the new `target` is the Renstra's for the year (`target_renstra[Y]`, else the later
  year's target in `riwayat[Y]`, which then leaves `riwayat`); without either, last year's target
  is kept and listed "target carried from <Y-1>: check". Last year's target and realisasi become
  `riwayat[Y-1]` (a realisasi derived from four quarters by `akumulasi`; none when the source held
  fewer quarters or computed it from the SKM, which is a review line). `realisasi` becomes blank;
  `belum_diukur` is dropped (the new year is to be measured). Quarterly values and `pembanding`
  (last year's realisasi elsewhere) are not carried; `rincian` (the items a count counts, mostly
  the same kinds of laporan each year) are kept with a review line, since their number must equal
  the realisasi; `komponen` keep their targets (listed as carried) with blank realisasi. `target_nasional` and
  `target_provinsi` are targets of a year: kept, review lines.
- Sub kegiatan: `pagu`, `pagu_murni` and `realisasi` blank (the finance import fills them), quarterly
  money not carried. LRA lines: last year's `realisasi` becomes `realisasi_lalu`; `anggaran` and
  `realisasi` blank.
- PK: `tanggal` blank where the source had one (a new PK is signed every year). SK IKU: kept (a
  decree holds until replaced), review line.
- `evaluasi`: the LHE of the new year's report is of the year rolled from: `tahun_dievaluasi` is
  Y-1, `nomor`, `tanggal`, `nilai` blank where given, the `komponen` kept (names and bobot of the
  SAKIP components) with blank scores, `rekomendasi` kept with a review line.
- `skm`, `layanan`, `sumber_daya`, `data`: counts of last year, kept with a review line each.
- Texts: any text naming last year or typing a figure (`84,24`, `98 %`, `Rp…`) gets a review line.
"""

import datetime
import re

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pipeline.rollover import roundtrip as rt
from pipeline.rollover.notes import TARGET, Note

COUNTED = ("skm", "layanan", "sumber_daya", "data")
FIGURE = re.compile(r"\d+,\d+|\d\s?%|Rp\.?\s?\d")
NOT_TEXTS = frozenset(("nama", "satuan", "kode", "definisi", "formula", "sumber_data", "alasan", "hasil", "uraian"))


def roll_year(doc: CommentedMap, source_year: int, year: int, quarterly: bool = False) -> list[Note]:
    """Edit `doc` (the source year file) into the file of `year`; return what to review.

    `quarterly`: the new file starts with a quarter (`--periode`): no annual `tanggal` yet, and
    `quarter.roll_quarter` then turns the blank annual values of quarterly nodes into quarters.
    """
    notes: list[Note] = []
    doc["tahun"] = year
    _roll_tanggal(doc, year - source_year, quarterly, notes)
    rt.remove(doc, "triwulan")
    _check_renstra(doc, year, notes)
    texts = _texts(doc, source_year)  # before the figures move: only the texts carried over
    for loc, node in list(rt.walk(doc)):
        parent = loc[-2] if len(loc) > 1 and isinstance(loc[-1], int) else loc[-1] if loc else None
        if parent == "indikator" or loc[-1:] == ("indikator",):
            notes += roll_indicator(node, loc, source_year, year)
        elif parent == "sub_kegiatan":
            _roll_sub_kegiatan(node)
        elif parent == "perjanjian_kinerja" and "tanggal" in node:
            rt.set_blank(node, "tanggal")
    for line in doc.get("realisasi_anggaran") or ():
        _roll_lra(line)
    notes += _roll_evaluasi(doc, year)
    notes += [Note((key,), f"the {key} of {source_year}: replace with this year's") for key in COUNTED if key in doc]
    if "sk_iku" in doc:
        notes.append(Note(("sk_iku",), "the SK IKU of an earlier year: keep it if still in force, else replace"))
    return notes + [note for note in texts if isinstance(_at(doc, note.loc), str)]


def _at(doc: CommentedMap, loc: tuple):
    """The value at `loc` after the roll (None where it was blanked or removed)."""
    node = doc
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _roll_tanggal(doc: CommentedMap, years: int, quarterly: bool, notes: list[Note]) -> None:
    if quarterly:
        rt.remove(doc, "tanggal")
        return
    old = doc.get("tanggal")
    if old is None:
        planned = datetime.date(doc["tahun"] + 1, 1, 31)
        rt.insert_after(doc, ("tahun",), "tanggal", planned)
        notes.append(Note(("tanggal",), f"planned as {planned}: the date the report is to be signed; correct it"))
        return
    moved = shift_date(old, years)
    rt.drop_comment(doc, "tanggal")
    doc["tanggal"] = moved
    notes.append(Note(("tanggal",), f"moved to {moved}: the date the report is to be signed; correct it when known"))


def shift_date(value, years: int):
    """A date, or a 'YYYY-MM' month, `years` later, in the form it was written."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
        return f"{int(value[:4]) + years}{value.strip()[4:]}"
    return rt.add_years(value, years)


def _check_renstra(doc: CommentedMap, year: int, notes: list[Note]) -> None:
    renstra = doc.get("renstra")
    if isinstance(renstra, list) and len(renstra) == 2 and isinstance(renstra[1], int) and renstra[1] < year:
        notes.append(Note(("renstra",), f"the Renstra ends in {renstra[1]}, before {year}: give the new Renstra"))


def roll_indicator(node: CommentedMap, loc: tuple, source_year: int, year: int) -> list[Note]:
    """One indicator into the new year (see the module's list)."""
    notes: list[Note] = []
    old_target, old_realisasi = _last_year(node)
    _history(node, source_year, old_target, old_realisasi, loc, notes)
    _new_target(node, loc, source_year, year, notes)
    if "pembanding" in node:
        notes.append(Note(loc, f"pembanding of {source_year} left out: add this year's"))
    rt.remove(node, "pembanding")
    rt.remove(node, "belum_diukur")
    for item in (node, *(node.get("komponen") or ())):
        if item is not node:
            rt.set_blank(item, "realisasi")
        if item.get("rincian"):
            notes.append(Note(_loc(loc, node, item) + ("rincian",), f"the items counted in {source_year}: check them"))
    _new_realisasi(node)
    for key in ("target_nasional", "target_provinsi"):
        if key in node:
            notes.append(Note(loc + (key,), f"a target of {source_year}: give this year's"))
    return notes


def _loc(loc: tuple, node: CommentedMap, item: CommentedMap) -> tuple:
    return loc if item is node else loc + ("komponen", list(node["komponen"]).index(item))


def _last_year(node: CommentedMap) -> tuple:
    """The target and realisasi the source year reported (None where it does not say)."""
    komponen = node.get("komponen") or ()
    if komponen:
        return sum(k["target"] for k in komponen), _sum_known([k.get("realisasi") for k in komponen])
    if node.get("realisasi_dari") or node.get("belum_diukur"):
        return node.get("target"), None
    if node.get("realisasi") is not None:
        return node.get("target"), node["realisasi"]
    return node.get("target"), _from_quarters(node)


def _sum_known(values: list):
    return None if any(v is None for v in values) else sum(values)


def _from_quarters(node: CommentedMap):
    """The annual realisasi four quarters give, read as `akumulasi` says; None before TW IV."""
    quarters = node.get("triwulan") or {}
    values = [(quarters.get(q) or {}).get("realisasi") for q in (1, 2, 3, 4)]
    if any(v is None for v in values):
        return None
    return sum(values) if node.get("akumulasi") == "per_triwulan" else values[-1]


def _history(node: CommentedMap, source_year: int, target, realisasi, loc: tuple, notes: list[Note]) -> None:
    """`riwayat[Y-1]` from the year rolled, unless the file already states it."""
    if target is None or source_year in (node.get("riwayat") or {}):
        return
    if not isinstance(node.get("riwayat"), CommentedMap):
        rt.remove(node, "riwayat")
        rt.insert_after(node, ("realisasi", "target", "belum_diukur", "satuan"), "riwayat", CommentedMap())
    riwayat = node["riwayat"]
    entry = rt.flow(target=target) if realisasi is None else rt.flow(target=target, realisasi=realisasi)
    rt.sorted_insert(riwayat, source_year, entry)
    if realisasi is None and not node.get("belum_diukur"):
        notes.append(Note(loc + ("riwayat", source_year), f"no realisasi of {source_year} in the source: add it"))


def _new_target(node: CommentedMap, loc: tuple, source_year: int, year: int, notes: list[Note]) -> None:
    renstra = node.get("target_renstra") or {}
    later = (node.get("riwayat") or {}).get(year) or {}
    if year in renstra:
        target = renstra[year]
    elif later.get("target") is not None:
        target = later["target"]
    else:
        target = None
    if year in (node.get("riwayat") or {}):
        rt.remove(node["riwayat"], year)
    if node.get("komponen"):
        notes.append(Note(loc + ("komponen",), f"target carried from {source_year}: check", TARGET))
    elif target is None:
        notes.append(Note(loc + ("target",), f"target carried from {source_year}: check", TARGET))
    else:
        rt.drop_comment(node, "target")
        node["target"] = target


def _new_realisasi(node: CommentedMap) -> None:
    rt.remove(node, "triwulan")
    if node.get("realisasi_dari") or node.get("komponen"):
        return
    if "realisasi" in node:
        rt.set_blank(node, "realisasi")
    else:
        rt.insert_after(node, ("target", "satuan"), "realisasi", None)


def _roll_sub_kegiatan(node: CommentedMap) -> None:
    for key in ("pagu_murni", "pagu"):
        if key in node:
            rt.set_blank(node, key)
    rt.remove(node, "triwulan")
    if "realisasi" in node:
        rt.set_blank(node, "realisasi")
    else:
        rt.insert_after(node, ("pagu",), "realisasi", None)


def _roll_lra(line: CommentedMap) -> None:
    """An LRA line: leaves carry last year's realisasi as `realisasi_lalu`, the new amounts blank."""
    if line.get("rincian"):
        for child in line["rincian"]:
            _roll_lra(child)
        return
    if line.get("realisasi") is not None:
        if "realisasi_lalu" in line:
            line["realisasi_lalu"] = line["realisasi"]
        else:
            rt.insert_after(line, ("realisasi",), "realisasi_lalu", line["realisasi"])
    for key in ("anggaran", "realisasi"):
        rt.set_blank(line, key)


def _roll_evaluasi(doc: CommentedMap, year: int) -> list[Note]:
    evaluasi = doc.get("evaluasi")
    if not isinstance(evaluasi, CommentedMap):
        return []
    rt.drop_comment(evaluasi, "tahun_dievaluasi")
    evaluasi["tahun_dievaluasi"] = year - 1
    for key in ("nomor", "tanggal", "nilai"):
        if key in evaluasi:
            rt.set_blank(evaluasi, key)
    for komponen in evaluasi.get("komponen") or ():
        rt.set_blank(komponen, "nilai")
    notes = []
    if evaluasi.get("rekomendasi"):
        notes.append(Note(("evaluasi", "rekomendasi"), f"recommendations of the LHE of {year - 2}: replace them"))
    return notes


def _texts(doc: CommentedMap, source_year: int) -> list[Note]:
    """Texts that name the year rolled from or type a figure: probably last year's words."""
    year = re.compile(rf"\b{source_year}\b")
    notes = []
    for loc, node in rt.walk(doc):
        for key, value in node.items():
            if key in NOT_TEXTS:
                continue
            if isinstance(value, CommentedSeq):
                pairs_seq = [(i, v) for i, v in enumerate(value) if isinstance(v, str)]
                notes += [_text_note(loc + (key, i), v, year) for i, v in pairs_seq if _names_figures(v, year)]
            elif isinstance(value, str) and _names_figures(value, year):
                notes.append(_text_note(loc + (key,), value, year))
    return notes


def _names_figures(text: str, year: re.Pattern) -> bool:
    return bool(year.search(text) or FIGURE.search(text))


def _text_note(loc: tuple, text: str, year: re.Pattern) -> Note:
    found = year.search(text) or FIGURE.search(text)
    return Note(loc, f"text names '{found.group(0)}': a figure or year of the report rolled from?")
