"""People: NIP structure, one record per person, the org chart's links (anatomy §7.1, §10.10)."""

import re

from pipeline.content.checks.findings import Findings, all_units, unit_locations
from pipeline.content.checks.printed import prints, signs_report
from pipeline.people import nip_problem


def _spelling(nama: str) -> str:
    return re.sub(r"[^a-z]", "", nama.lower())


def check_people(found: Findings) -> None:
    kec = found.kec
    for key, person in kec.pegawai.items():
        if person.nip and (why := nip_problem(person.nip)):
            found.error("kecamatan", ("pegawai", key, "nip"), f"impossible NIP: {why}")
    _one_record_per_person(found)
    for loc, unit in unit_locations(kec.organisasi):
        if unit.pejabat and unit.pejabat not in kec.pegawai:
            found.error("kecamatan", loc + ("pejabat",), f"'{unit.pejabat}' is not a key of `pegawai`")
    ids = [unit.id for unit in all_units(kec.organisasi)]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        found.error("kecamatan", ("organisasi",), f"unit id '{duplicate}' is used more than once")
    for key in sorted(set(ids) & set(kec.pegawai)):
        found.error("kecamatan", ("pegawai", key), f"'{key}' is both a unit id and a pegawai key; rename one")
    camat = next((u for u in all_units(kec.organisasi) if u.id == "camat"), None)
    if camat is None or camat.pejabat is None:
        found.error(
            "kecamatan",
            ("organisasi",),
            "a unit with id 'camat' and its `pejabat` is required: the Camat signs the report",
        )
    elif camat.pejabat in kec.pegawai and kec.pegawai[camat.pejabat].golongan is None and _camat_signs(found):
        found.warn(
            "kecamatan",
            ("pegawai", camat.pejabat),
            "no `golongan`: the Camat's signature blocks will have no pangkat line",
        )


def _camat_signs(found: Findings) -> bool:
    """Whether a signature of the Camat (each with its pangkat line) is printed: under the report,
    under the SK IKU, or as a party of a printed PK."""
    camat = next(u for u in all_units(found.kec.organisasi) if u.id == "camat")
    parties = {p for pk in found.report.perjanjian_kinerja for p in (pk.pihak_pertama, pk.pihak_kedua)}
    return (
        signs_report(found)
        or (found.report.sk_iku is not None and prints(found, "lampiran_sk_iku"))
        or (bool(parties & {"camat", camat.pejabat}) and prints(found, "lampiran_perjanjian_kinerja"))
    )


def _one_record_per_person(found: Findings) -> None:
    """The same NIP under two keys, or one name with two NIPs, is one person typed twice (003:2552/2581)."""
    by_nip: dict[str, str] = {}
    by_name: dict[str, tuple[str, str | None]] = {}
    for key, person in found.kec.pegawai.items():
        if person.nip:
            if person.nip in by_nip:
                found.error(
                    "kecamatan",
                    ("pegawai", key, "nip"),
                    f"NIP {person.nip} is also `pegawai.{by_nip[person.nip]}`: one person, one record",
                )
            by_nip.setdefault(person.nip, key)
        name = _spelling(person.nama)
        if name in by_name:
            other, other_nip = by_name[name]
            if person.nip != other_nip:
                found.error(
                    "kecamatan",
                    ("pegawai", key),
                    f"'{person.nama}' is also `pegawai.{other}` with another NIP; keep one record",
                )
            else:
                found.error(
                    "kecamatan", ("pegawai", key), f"'{person.nama}' is also `pegawai.{other}`; keep one record"
                )
        by_name.setdefault(name, (key, person.nip))
