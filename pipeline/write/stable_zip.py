"""Zip archives whose bytes depend only on their entries: a fixed time, order and file attributes.

`zipfile` stamps each entry with the clock and the host system; an archive of the same files made
a minute later, or on another machine, would then differ. Both the workbook (an .xlsx is a zip)
and the submission bundle are written through here, so the same inputs give the same bytes.
"""

import datetime
import io
import zipfile

UNIX = 3  # the "made by" system, fixed so that a zip made on Windows has the same bytes
FILE_MODE = 0o644 << 16


def stable_zip(entries: list[tuple[str, bytes]], stamp: datetime.date) -> bytes:
    """The archive of `entries`, in the order given, every entry dated `stamp` at noon."""
    when = (stamp.year, stamp.month, stamp.day, 12, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = UNIX
            info.external_attr = FILE_MODE
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def restamped(data: bytes, stamp: datetime.date) -> bytes:
    """A zip made by another library (openpyxl) rewritten with `stable_zip`'s fixed stamps."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    return stable_zip(entries, stamp)
