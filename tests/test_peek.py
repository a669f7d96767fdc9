"""One place for the limits and the guarded reads of a package looked into without opening a
sheet: the output stamp and the document properties keep the same limits because they use the
same ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

from goalbook import docprops, outstamp, peek
from goalbook.docprops import PackageFacts, read_facts
from goalbook.outstamp import SUMMARY, read_stamp, stamp_package

CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
    'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/'
    'dc/terms/"><dcterms:modified>2026-04-01T08:30:00Z</dcterms:modified></cp:coreProperties>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"></Relationships>'
)
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"></Types>'
)


def _package(path: Path, core: str = CORE, extra: int = 0) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("docProps/core.xml", core)
        for i in range(extra):
            zf.writestr(f"x/{i}.xml", "")
    return path


def test_the_stamp_and_the_properties_share_the_limits_and_the_reads() -> None:
    assert outstamp._MAX_FILE is peek.MAX_FILE and outstamp._MAX_ENTRIES is peek.MAX_ENTRIES
    assert outstamp._entries is peek.declared_entries and outstamp._info is peek.small_part
    assert docprops.MAX_FILE is peek.MAX_FILE and docprops.read_small is peek.read_small


def test_small_parts_are_read_and_large_or_missing_ones_are_not(tmp_path: Path) -> None:
    path = _package(tmp_path / "a.xlsx", core=CORE + " " * peek.MAX_PART)
    with zipfile.ZipFile(path) as zf:
        assert peek.read_small(zf, "_rels/.rels") == RELS.encode()
        assert peek.read_small(zf, "docProps/core.xml") == b""  # over the limit
        assert peek.read_small(zf, "docProps/custom.xml") == b""
        assert peek.small_part(zf, "docProps/core.xml") is None
    assert read_facts(path).saved is None


def test_the_entry_count_is_the_end_records(tmp_path: Path) -> None:
    path = _package(tmp_path / "a.xlsx", extra=5)
    assert peek.declared_entries(path, path.stat().st_size) == 8
    other = tmp_path / "b.xlsx"
    other.write_bytes(b"not a zip at all" * 4)
    assert peek.declared_entries(other, other.stat().st_size) > peek.MAX_ENTRIES


def test_a_package_over_the_entry_limit_is_not_looked_into(tmp_path: Path) -> None:
    small = _package(tmp_path / "small.xlsx")
    large = _package(tmp_path / "large.xlsx", extra=peek.MAX_ENTRIES)
    assert read_facts(small).saved is not None
    assert read_facts(large) == PackageFacts(mtime=large.stat().st_mtime)
    assert stamp_package(small, SUMMARY) and stamp_package(large, SUMMARY)
    assert read_stamp(small) is not None and read_stamp(large) is None
