"""What differs between operating systems, in one place: the publish lock, process groups, liveness.

Everything else in lkjip is portable Python. On POSIX a TeX run gets its own process group, so an
interrupted build kills the engine and whatever it started; Windows has no process groups in that
sense, and there the engine is terminated on its own. The lock is `filelock`'s, which uses the
right primitive on each system. Only POSIX is tested here (see the README on Windows).
"""

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

WINDOWS = sys.platform == "win32"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the duration of the block."""
    with FileLock(path):
        yield


def own_group() -> dict:
    """Popen arguments that start a process in a group of its own, where the system has them."""
    if WINDOWS:
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def kill(process: subprocess.Popen) -> None:
    """Stop a process started with own_group(), with everything it started where the system can."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, 9)  # SIGKILL; the number, since Windows' signal module lacks the name
    else:
        process.kill()
    process.wait()


def alive(pid: int) -> bool:
    """Whether a process with this id is running (used to tell abandoned scratch directories)."""
    if WINDOWS:
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_alive(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess; os.kill(pid, 0) would terminate the process on Windows."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
