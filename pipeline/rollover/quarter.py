"""Add quarter N to a year file: the quarterly report's entry and a blank value for every quarterly node.

A year file holds its quarters itself (`triwulan:` at the top, and under each quarterly indicator
and sub kegiatan), so a new quarter is new entries in the same file, never a new file:

- `triwulan: {N: {tanggal}}`: the previous quarter's signing date three months on (a deadline
  for `lkjip check`, in the review lines to confirm); for the year's first quarter, the date of
  the first quarter of the year rolled from one year on, when there is one; else the last day of
  the month after the quarter.
- each indicator with a `triwulan` map gets `N: {target: ~, realisasi: ~}`: the target s.d. the
  quarter is the officer's plan (the Renstra has none per quarter), the realisasi is measured.
  Indicators measured once a year (`periodik: tahunan`) or not measured have no quarters.
- each sub kegiatan with a `triwulan` map gets `N: {realisasi: ~}` (money s.d. the quarter, always
  cumulative), with `fisik: ~` where the previous quarter reported realisasi fisik.

The first quarter of a year also turns the blank annual `realisasi` of every quarterly indicator
(not `periodik: tahunan`, `komponen` or `realisasi_dari`) and sub kegiatan into a `triwulan` map: a
year reported by quarters derives its annual values from them (by `akumulasi`), and a quarterly
report prints the quarters up to its own. Earlier quarters stay as they are.
"""

import calendar
import datetime

from ruamel.yaml.comments import CommentedMap

from pipeline.errors import OutputError
from pipeline.rollover import roundtrip as rt
from pipeline.rollover.notes import Note


def roll_quarter(doc: CommentedMap, quarter: int, name: str, first_date=None) -> list[Note]:
    """Add quarter `quarter` to the year file `doc` (shown as `name` in messages).

    `first_date`: for quarter 1, the signing date of the first quarter of the year rolled from."""
    reports = doc.get("triwulan")
    if isinstance(reports, CommentedMap) and quarter in reports:
        raise OutputError(f"{name} already has `triwulan: {quarter}:`: lkjip new never overwrites; edit it there")
    if quarter > 1 and not (isinstance(reports, CommentedMap) and quarter - 1 in reports):
        raise OutputError(f"{name} has no `triwulan: {quarter - 1}:` yet: start triwulan {quarter - 1} first")
    if not isinstance(reports, CommentedMap):
        rt.remove(doc, "triwulan")
        rt.insert_after(doc, ("tanggal", "tahun"), "triwulan", CommentedMap())
        reports = doc["triwulan"]
    signed = _signing_date(reports, quarter, doc.get("tahun"), first_date)
    rt.sorted_insert(reports, quarter, CommentedMap(tanggal=signed))
    for loc, node in list(rt.walk(doc)):
        if not loc or loc[0] == "triwulan":
            continue
        if quarter == 1:
            _start_quarters(node, loc)
        if isinstance(node.get("triwulan"), CommentedMap):
            _add_entry(node, loc, quarter)
    return [Note(("triwulan", quarter, "tanggal"), f"planned as {signed}: the date triwulan {quarter} is signed")]


def _signing_date(reports: CommentedMap, quarter: int, year: int, first_date) -> datetime.date:
    if quarter == 1 and first_date is not None:
        return rt.add_years(first_date, year - first_date.year)
    before = (reports.get(quarter - 1) or {}).get("tanggal") if quarter > 1 else None
    if isinstance(before, datetime.date):
        return _three_months_on(before)
    month = 3 * quarter + 1  # the last day of the month after the quarter
    year, month = (year + 1, 1) if month > 12 else (year, month)
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _three_months_on(day: datetime.date) -> datetime.date:
    month = day.month + 3
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _start_quarters(node: CommentedMap, loc: tuple) -> None:
    """The year's first quarter: a quarterly node whose annual value is blank is measured by quarter
    instead (the annual value is then derived from them); a value already filled is never touched."""
    if "triwulan" in node or "realisasi" not in node or node["realisasi"] is not None:
        return
    if _is_indicator(loc):
        if node.get("periodik") == "tahunan" or node.get("komponen") or node.get("realisasi_dari"):
            return
        rt.remove(node, "realisasi")
        node["triwulan"] = rt.flow()
    elif len(loc) > 1 and loc[-2] == "sub_kegiatan":
        rt.remove(node, "realisasi")
        rt.insert_after(node, ("pagu",), "triwulan", CommentedMap())


def _add_entry(node: CommentedMap, loc: tuple, quarter: int) -> None:
    """The blank entry of a quarterly indicator (target, realisasi) or sub kegiatan (money)."""
    quarters = node["triwulan"]
    if quarter in quarters:
        return
    previous = quarters.get(quarter - 1) or {}
    if _is_indicator(loc):
        entry = rt.flow(target=None, realisasi=None)
    elif "fisik" in previous:
        entry = rt.flow(realisasi=None, fisik=None)
    else:
        entry = rt.flow(realisasi=None)
    rt.sorted_insert(quarters, quarter, entry)


def _is_indicator(loc: tuple) -> bool:
    return "indikator" in [part for part in loc[-2:] if isinstance(part, str)]
