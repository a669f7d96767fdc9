"""Helpers for the serve tests: returns to upload, and a real ``goalbook serve`` on a free
loopback port in a child process (its temporary folder under the test's own)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.returns import Return

HOSTILE = (
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://example.invalid","点我")',
)


def bad_return() -> Return:
    """A return with an error (B101 at 基本信息!B16) and a warning (X102 at 基本信息!B26)."""
    ret = Return()
    ret.fields["中期财政拨款"] = 290
    ret.fields["年度目标"] = "<p>建成6个驿站</p>"
    return ret


def hostile_return() -> Return:
    """Cell texts that would be markup or formulas if a page rendered them as such."""
    ret = Return()
    for row, hostile in ((2, HOSTILE[0]), (3, HOSTILE[1])):  # rates given as counts: T105
        ret.rows[row][2] = hostile + ret.rows[row][2]
        ret.rows[row][4:7] = [2, 2, "篇"]
    ret.fields["年度目标"] = HOSTILE[0]
    ret.fields["中期目标"] = HOSTILE[2]
    return ret


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    proc: subprocess.Popen[str]
    url: str
    tmp: Path  # the server's TMPDIR: its working folder is made inside

    def work_files(self) -> list[Path]:
        """Every file left in the server's working folders (uploads, copies)."""
        return [p for p in self.tmp.rglob("*") if p.is_file()]


@contextmanager
def serving(tmp: Path, *args: str) -> Iterator[Server]:
    """``goalbook serve`` on a free port until the block ends."""
    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp)}
    cmd = [sys.executable, "-m", "goalbook", "serve", "--port", str(port), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/rules", timeout=5):
                    break
            except urllib.error.HTTPError:  # it answers (403 without the token)
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"goalbook serve did not start: {proc.stderr}") from None
                time.sleep(0.2)
        yield Server(proc, url, tmp)
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
