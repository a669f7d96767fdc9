"""What ``goalbook serve`` is started with: address, token, limits, what to offer and keep.
Light to import (no web stack, no checker): the command's options take their defaults here."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from goalbook.layout import KINDS

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class ServeConfig:
    """The page's settings. ``work`` is the folder uploads are checked in (each request gets
    its own folder inside, removed when the response is made); ``keep`` a folder where the
    uploads and their outputs are kept (nothing is kept without it)."""

    work: Path
    host: str = LOOPBACK
    port: int = 8765
    token: str | None = None  # every request must carry it when set
    lang: str = "zh"  # the page's language unless the visitor switches
    keep: Path | None = None
    max_file_bytes: int = 20 * 2**20  # one uploaded workbook
    max_files: int = 20  # workbooks in one upload
    jobs: int = 1  # worker processes of one upload's check
    concurrent: int = 2  # uploads checked at the same time; the others wait their turn
    timeout: float = 60.0  # seconds one workbook may take to check (memory: the batch's limit)
    frameworks: tuple[str, ...] = ()  # templates offered (ids or TOML files); () all built-in
    kinds: tuple[str, ...] = KINDS
    year: int | None = None  # written into the templates offered
    unit: str = ""

    @property
    def max_body_bytes(self) -> int:
        """The largest request body accepted: every file at its limit, and room for the form."""
        return self.max_files * self.max_file_bytes + 2**20


def is_loopback(host: str) -> bool:
    """Whether ``host`` only serves this machine (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
