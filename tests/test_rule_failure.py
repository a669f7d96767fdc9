"""A rule family that fails on a table (a bug in goalbook) costs that family's checks only: one
S014 warning names the codes it could not check, and every other finding of the return stands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from goalbook import rules
from goalbook.check import CheckOptions, check_file
from goalbook.findings import Hit, Severity
from goalbook.rules.common import Context
from tests.returns import Return
from tests.test_rules import CASES

D101 = next(case for case in CASES if case[0] == "D101")


def _broken(ctx: Context) -> Iterator[Hit]:
    yield Hit("D104", None, {})  # what it found before failing is dropped with the rest
    raise IndexError("tuple index out of range")


@pytest.fixture
def d104_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    families = tuple(
        rules.Family(_broken, f.codes) if "D104" in f.codes else f for f in rules.FAMILIES
    )
    monkeypatch.setattr(rules, "FAMILIES", families)
    monkeypatch.delenv("GOALBOOK_STRICT_RULES", raising=False)


def _return(path: Path) -> Path:
    """The rule tests' clean return with a duplicate indicator (D101) added."""
    ret = Return()
    D101[1](ret)
    return ret.write(path)


def _checked(tmp_path: Path, options: CheckOptions) -> list[tuple[str, str, str | None]]:
    result, _ = check_file(_return(tmp_path / "r.xlsx"), options)
    assert result.status != "unreadable"
    return [(f.code, f.severity.value, str(f.at) if f.at else None) for f in result.findings]


@pytest.mark.usefixtures("d104_fails")
def test_a_failing_family_gives_one_warning_and_the_rest_stands(tmp_path: Path) -> None:
    found = _checked(tmp_path, CheckOptions())
    assert ("D101", "warning", D101[2]) in found  # another family's finding is kept
    assert [f for f in found if f[0] == "S014"] == [("S014", "warning", None)]
    assert not [f for f in found if f[0] == "D104"]  # the failed family's partial hits: gone


@pytest.mark.usefixtures("d104_fails")
def test_the_warning_names_the_codes_and_the_error(tmp_path: Path) -> None:
    for lang, words in (("zh", ("D104", "IndexError", "其余检查")), ("en", ("D104", "other"))):
        result, _ = check_file(_return(tmp_path / f"{lang}.xlsx"), CheckOptions(lang=lang))
        (finding,) = [f for f in result.findings if f.code == "S014"]
        assert finding.severity is Severity.WARNING
        assert all(w in finding.message for w in words), finding.message
        assert "维护者" in finding.hint or "maintainers" in finding.hint


@pytest.mark.usefixtures("d104_fails")
def test_the_warning_is_kept_when_only_some_codes_are_selected(tmp_path: Path) -> None:
    found = _checked(tmp_path, CheckOptions.make(select="D"))
    assert ("S014", "warning", None) in found and ("D101", "warning", D101[2]) in found


def test_under_strict_rules_the_failure_surfaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, d104_fails: None
) -> None:
    monkeypatch.setenv("GOALBOOK_STRICT_RULES", "1")
    with pytest.raises(IndexError):
        check_file(_return(tmp_path / "r.xlsx"), CheckOptions())
