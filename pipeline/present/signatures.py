"""Who signs, resolved once: the Camat, the Bupati and the parties of a Perjanjian Kinerja.

The title and the acting prefix (Plt., Pj.) come from the appointment, so every signature of the
same person reads the same wherever the outline places it.
"""

from pipeline.compute.perjanjian import Party as PkParty
from pipeline.compute.report import Computed
from pipeline.content.models import Person
from pipeline.document.pieces import Signature, Signer
from pipeline.people import pangkat_golongan


def _signer(person: Person, title: str, prefix: str | None) -> Signer:
    return Signer(person.nama, person.gelar_depan, person.gelar_belakang, title, prefix)


def _signature(person: Person, signer: Signer, place_date: str, label: str) -> Signature:
    pangkat = pangkat_golongan(person.golongan) if person.golongan else ""
    return Signature(place_date, label, signer, pangkat, person.nip or None)


def camat_signer(c: Computed) -> Signer:
    unit = c.units["camat"]
    prefix = unit.status.value if unit.status.value != "definitif" else None
    return _signer(c.camat, f"{unit.jabatan} {c.content.kecamatan.nama}", prefix)


def camat(c: Computed, place_date: str, label: str = "") -> Signature:
    return _signature(c.camat, camat_signer(c), place_date, label)


def party_signer(party: PkParty) -> Signer:
    return _signer(party.person, party.jabatan, party.prefix)


def party(p: PkParty, place_date: str, label: str) -> Signature:
    return _signature(p.person, party_signer(p), place_date, label)
