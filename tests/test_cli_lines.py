"""The lines the commands print of their own (wrote …, how to stop, the page's warning) follow
``--lang``: Chinese by default, English with ``--lang en``, never English inside Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from goalbook.cli import main
from goalbook.cli import serve as serve_module
from goalbook.cli.serve import serve as serve_command
from goalbook.cli.words import said
from tests.returns import Return


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """In a process of its own: the template and export commands keep the help click made for
    them first, and the README's command reference is made from it."""
    return subprocess.run(
        [sys.executable, "-m", "goalbook", *args], capture_output=True, text=True, check=False
    )


def test_template_says_what_it_wrote_in_its_language(tmp_path: Path) -> None:
    zh = run("template", "-o", str(tmp_path / "zh.xlsx"))
    en = run("template", "-o", str(tmp_path / "en.xlsx"), "--lang", "en")
    assert zh.stdout == f"已写出 {tmp_path / 'zh.xlsx'}\n", zh.stderr
    assert en.stdout == f"wrote {tmp_path / 'en.xlsx'}\n", en.stderr


@pytest.mark.parametrize("units", [1, 2])
def test_template_roster_counts_in_its_language(tmp_path: Path, units: int) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("单位名称\n" + "".join(f"单位{i}\n" for i in range(units)), "utf-8")
    zh = run("template", "-o", str(tmp_path / "zh"), "--roster", str(roster))
    en = run("template", "-o", str(tmp_path / "en"), "--roster", str(roster), "--lang", "en")
    assert zh.stdout.splitlines() == [
        f"已写出 {units} 份模板到 {tmp_path / 'zh'}",
        f"已写出 {tmp_path / 'zh' / '分发清单.csv'}",
    ], zh.stderr
    assert en.stdout.splitlines() == [
        f"wrote {units} template{'s' * (units > 1)} to {tmp_path / 'en'}",
        f"wrote {tmp_path / 'en' / 'roster-files.csv'}",
    ], en.stderr


def test_export_says_what_it_wrote_and_skipped_in_its_language(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    folder.mkdir()
    Return().write(folder / "a.xlsx")
    (folder / "notes.json").write_text("{}")
    zh = run("export", str(folder), "-o", str(tmp_path / "zh.csv"))
    en = run("export", str(folder), "-o", str(tmp_path / "en.csv"), "--lang", "en")
    assert zh.stdout == f"已写出 8 条指标到 {tmp_path / 'zh.csv'}\n", zh.stderr
    assert en.stdout == f"wrote 8 indicators to {tmp_path / 'en.csv'}\n", en.stderr
    assert "未检查 1 个文件" in zh.stderr and "not checked" not in zh.stderr
    assert "1 file not checked: not a workbook" in en.stderr and "未检查" not in en.stderr


def test_diff_says_what_it_wrote_in_its_language(tmp_path: Path) -> None:
    old, new = Return().write(tmp_path / "old.xlsx"), Return().write(tmp_path / "new.xlsx")
    for lang, word in (("zh", "已写出"), ("en", "wrote")):
        out = tmp_path / f"{lang}.xlsx"
        args = ["diff", str(old), str(new), "-o", str(out), "--lang", lang]
        done = CliRunner().invoke(main, args)
        assert done.exit_code == 0, done.output
        assert done.stderr == f"{word} {out}\n"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_serve_speaks_its_language(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    done = CliRunner().invoke(serve_command, ["--host", "0.0.0.0", "--lang", lang])
    assert done.exit_code == 0, done.output
    if lang == "zh":
        assert "按 Ctrl+C 停止" in done.stdout and "警告：--host 0.0.0.0" in done.stderr
        assert "stop" not in done.stdout and "warning" not in done.stderr
    else:
        assert "Ctrl+C to stop" in done.stdout and "warning: --host 0.0.0.0" in done.stderr
        assert "停止" not in done.stdout and "警告" not in done.stderr


@pytest.mark.parametrize(("lang", "word"), [("zh", "缺少：no_such_module_xyz"),
                                            ("en", "missing: no_such_module_xyz")])  # fmt: skip
def test_serve_without_the_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, lang: str, word: str
) -> None:
    monkeypatch.setattr(serve_module, "NEEDED", ("starlette", "no_such_module_xyz"))
    done = CliRunner().invoke(serve_command, ["--lang", lang])
    assert done.exit_code == 2
    assert "pip install 'goalbook[serve]'" in done.stderr and word in done.stderr


def test_every_line_has_both_languages() -> None:
    values: dict[str, Any] = {"path": "p", "host": "h", "names": "n"}
    for key in ("wrote", "templates", "indicators", "interrupted", "stop", "open", "missing"):
        zh, en = said(key, "zh", 1, **values), said(key, "en", 1, **values)
        assert zh != en and zh.isascii() is False and en.isascii(), key
