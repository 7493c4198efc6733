"""A new kecamatan from nothing: `kecamatan.yaml` and the year file as commented skeletons.

Every key the schema requires is present with `~` (not filled yet) and a short Indonesian comment
saying what goes there, so `lkjip check` lists exactly what is left to write and nothing else. The
year file also carries the lists the kabupaten's outline prints (`permasalahan`, `saran`, the LRA
…), so a filled skeleton builds with that outline. Two values are not blank: `tahun`, and
`tanggal`, set to 31 January of the next year (when Banjar and Tanah Laut sign their annual
reports) as the deadline `lkjip check` counts down to, printed in the review lines to correct.
Choices with a default (`versi: murni`, the Camat as `penanggung_jawab`) are written out too.
"""

import datetime
from pathlib import Path

from pipeline.content.locate import KABUPATEN_FILE, KECAMATAN_FILE, OUTLINE_DIR, slug
from pipeline.errors import ContentNotFound, OutputError
from pipeline.rollover import roundtrip as rt
from pipeline.rollover.notes import Note, Written, written

KECAMATAN = """\
nama: ~                         # nama kecamatan tanpa kata "Kecamatan", mis. Aluh-Aluh
alamat:
  jalan: ~                      # alamat kantor camat, mis. Jalan Inpres No. 132
  desa: ~                       # desa/kelurahan tempat kantor
  kode_pos: ~                   # kode pos 5 angka dalam tanda kutip, mis. "70655"
pegawai:                        # pejabat yang menandatangani atau disebut; kunci bebas, bukan id unit
  pejabat_camat:
    nama: ~                     # nama Camat tanpa gelar
    gelar_belakang: ~           # gelar di belakang nama, mis. S.STP, M.AP (hapus baris ini bila tidak ada)
    nip: ~                      # NIP 18 angka tanpa spasi
    golongan: ~                 # pangkat/golongan, mis. IV/a
organisasi:                     # susunan organisasi (SOTK), unit teratas lebih dulu
  - id: camat
    nama: ~                     # nama unit, mis. Camat
    jabatan: ~                  # jabatan kepala unit, mis. Camat {nama}
    pejabat: pejabat_camat      # kunci pegawai yang memimpin unit ini
"""

YEAR = """\
tahun: {year}
tanggal: {signed}               # rencana tanggal penandatanganan laporan (YYYY-MM-DD); ubah bila berbeda
renstra: [~, ~]                 # tahun awal dan akhir Renstra, mis. [2021, 2026]
misi: ~                         # nomor misi RPJMD kabupaten yang didukung, mis. 4
sumber_dana: ~                  # sumber dana, mis. APBD Kabupaten ...

tujuan:
  - uraian: ~                   # tujuan Renstra
    sasaran:
      - id: ~                   # kode singkat sasaran (huruf kecil, angka, _), mis. pelayanan_publik
        uraian: ~               # sasaran strategis
        indikator:
          - id: ~               # kode singkat indikator, mis. ikm
            nama: ~             # nama indikator kinerja utama
            satuan: ~           # satuan, mis. Nilai, Persen, Dokumen
            target: ~           # target tahun ini
            realisasi: ~        # realisasi tahun ini
            penanggung_jawab: camat   # id unit organisasi yang bertanggung jawab

perjanjian_kinerja:
  - versi: murni                # murni, atau perubahan (setelah APBD Perubahan)
    tanggal: ~                  # tanggal penandatanganan PK (YYYY-MM-DD)

program:
  - kode: ~                     # kode program dalam tanda kutip, mis. "7.01.01"
    nama: ~                     # nama program sesuai DPA
    sasaran: ~                  # id sasaran yang didukung program ini
    kegiatan:
      - kode: ~                 # kode kegiatan, mis. "7.01.01.2.02"
        nama: ~                 # nama kegiatan sesuai DPA
        sub_kegiatan:
          - kode: ~             # kode sub kegiatan, mis. "7.01.01.2.02.0001"
            nama: ~             # nama sub kegiatan sesuai DPA
            pagu: ~             # pagu setelah perubahan, Rupiah tanpa titik
            realisasi: ~        # realisasi anggaran, Rupiah tanpa titik
"""

# The lists a component of the outline needs (`Component.needs`), each as a skeleton of its own.
NEEDED = {
    "realisasi_anggaran": """
realisasi_anggaran:             # Laporan Realisasi Anggaran (LRA), Rupiah tanpa titik
  - uraian: Belanja Operasi
    rincian:
      - {uraian: Belanja Pegawai, anggaran: ~, realisasi: ~}
      - {uraian: Belanja Barang dan Jasa, anggaran: ~, realisasi: ~}
""",
    "permasalahan": """
permasalahan:
  - pokok: ~                    # pokok masalah
    masalah:
      - masalah: ~              # masalah
        akar_masalah: [~]       # akar masalah, satu per butir
""",
    "isu_strategis": "\nisu_strategis: [~]             # isu strategis, satu per butir\n",
    "saran": "\nsaran: [~]                     # saran, satu per butir\n",
    "strategi_peningkatan": "\nstrategi_peningkatan: [~]      # strategi peningkatan kinerja, satu per butir\n",
    "evaluasi": """
evaluasi:                       # LHE SAKIP atas laporan tahun lalu
  tahun_dievaluasi: {last}
  nilai: ~                      # nilai evaluasi, mis. 70.88
  rekomendasi:
    - rekomendasi: ~            # rekomendasi LHE
      tindak_lanjut: ~          # tindak lanjutnya
""",
}


def new_kecamatan(content_root: Path, kabupaten: str, kecamatan: str, year: int, shown_from: Path) -> list[Written]:
    """Write the two skeleton files of a kecamatan that has none yet; refuse anything that exists."""
    kab_dir = content_root / slug(kabupaten, "kabupaten")
    if not (kab_dir / KABUPATEN_FILE).is_file():
        raise ContentNotFound(
            f"no kabupaten '{kab_dir.name}' under {content_root}/: add its directory with kabupaten.yaml and"
            " laporan/tahunan.yaml first (README, section Adding a kabupaten)"
        )
    name = slug(kecamatan)
    elsewhere = [d for d in content_root.glob(f"*/{name}") if (d / KECAMATAN_FILE).is_file()]
    if elsewhere:
        raise OutputError(f"{elsewhere[0]}/ exists: lkjip new never overwrites; roll its last year with --year")
    kec_dir = kab_dir / name
    profile, report = kec_dir / KECAMATAN_FILE, kec_dir / f"{year}.yaml"
    signed = datetime.date(year + 1, 1, 31)
    year_text = YEAR.format(year=year, signed=signed.isoformat()) + _needed(kab_dir, year)
    rt.write_new(profile, _with_modeline("kecamatan", profile, content_root, KECAMATAN))
    rt.write_new(report, _with_modeline("laporan", report, content_root, year_text))
    note = Note(("tanggal",), f"planned as {signed}: the date the report is to be signed; correct it when known")
    listed = Note(("tahun",), f"add the kecamatan's name to `kecamatan` in {kab_dir.name}/{KABUPATEN_FILE}")
    return [
        written(profile, _shown(profile, shown_from), []),
        written(report, _shown(report, shown_from), [note, listed]),
    ]


def _with_modeline(kind: str, file: Path, content_root: Path, body: str) -> str:
    from pipeline.content.json_schema import modeline

    return modeline(kind, file, content_root) + "\n" + body


def _needed(kab_dir: Path, year: int) -> str:
    """The skeletons of the lists the kabupaten's annual outline prints (not those it may leave out)."""
    needs = outline_needs(kab_dir)
    return "".join(text.replace("{last}", str(year - 1)) for key, text in NEEDED.items() if key in needs)


def outline_needs(kab_dir: Path) -> set[str]:
    """The report keys the components of the kabupaten's annual outline require."""
    from pipeline.content.checks.printed import parts
    from pipeline.content.models import Kabupaten
    from pipeline.content.models.outline import Outline
    from pipeline.content.schema import validate
    from pipeline.content.yaml_source import read_yaml
    from pipeline.present.outline import APPENDICES, FRONT, SECTIONS

    kab, _ = validate(read_yaml(kab_dir / KABUPATEN_FILE, kab_dir / KABUPATEN_FILE), Kabupaten)
    name = kab.susunan.get("tahunan", "tahunan") if kab is not None else "tahunan"
    path = kab_dir / OUTLINE_DIR / f"{name}.yaml"
    outline, _ = validate(read_yaml(path, path), Outline) if path.is_file() else (None, [])
    catalogue = {**FRONT, **SECTIONS, **APPENDICES}
    needs: set[str] = set()
    for part in parts(outline) if outline is not None else ():
        component = part if isinstance(part, str) else getattr(part, "komponen", None)
        if isinstance(component, str) and component in catalogue and not getattr(part, "opsional", False):
            needs.update(catalogue[component].needs)
    return needs


def _shown(path: Path, shown_from: Path) -> Path:
    return path.relative_to(shown_from) if path.is_relative_to(shown_from) else path
