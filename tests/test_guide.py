"""The Chinese user guide (docs/使用指南.md) stays true: its rule pages are generated from the
catalogue and up to date, every rule has a section with an example, its pictures and links
exist, and every command in it runs as written from a fresh clone on the files in examples/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from goalbook.catalogue import RULES
from goalbook.errors import GoalbookError
from goalbook.guide import (
    EXAMPLES_FILE,
    GUIDE_FILE,
    PAGES_DIR,
    Examples,
    guide_pages,
    load_examples,
    page_name,
    rule_pages,
)
from tests.commands import ROOT, clone, commands, failures

DOCS = ROOT / "docs"
GUIDE = (DOCS / GUIDE_FILE).read_text(encoding="utf-8")
COMMANDS = commands(GUIDE)
PICTURES = DOCS / "图"


def _is_install(section: str, line: str) -> bool:
    return section == "协调人员" and line.startswith("pip install")


def test_rule_pages_and_the_guide_index_are_generated() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in guide_pages(DOCS).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"run: goalbook docs README.md --guide docs ({', '.join(stale)})"
    made = {path.name for path in guide_pages(DOCS) if path.parent.name == PAGES_DIR}
    there = {path.name for path in (DOCS / PAGES_DIR).glob("*.md")}
    assert there == made, f"pages no family makes: {sorted(there - made)}"


def test_every_rule_has_a_section_and_an_example_on_its_familys_page() -> None:
    pages = rule_pages(load_examples(DOCS / EXAMPLES_FILE))
    for code, rule in RULES.items():
        page = pages[page_name(rule.family)]
        section = page.split(f"\n## {code} ", 1)[1].split("\n## ", 1)[0]
        assert f"`{rule.slug}`" in section
        assert "| ✗ 原来 |" in section or "| 位置 |" in section
        assert f"[{code}](#" in page  # in the family's table, linked to its section


def test_a_rule_without_a_hand_example_gets_one_from_its_message() -> None:
    pages = rule_pages(Examples({}, {}))
    section = pages[page_name("T")].split("\n## T105 ", 1)[1].split("\n## ", 1)[0]
    assert "| 出问题的单元格 | “…”是比率类指标，指标值却是“…”而不是百分比 |" in section
    file_level = pages[page_name("S")].split("\n## S005 ", 1)[1].split("\n## ", 1)[0]
    assert "| 整个文件 | 文件已加密（设置了打开密码） |" in file_level


def test_the_examples_file_names_only_rules_and_has_rows_of_one_length(tmp_path: Path) -> None:
    examples = load_examples(DOCS / EXAMPLES_FILE)
    assert len(examples.rules) >= len(RULES) * 3 // 4  # most rules have a hand example
    bad = tmp_path / "examples.toml"
    bad.write_text('[Z999]\ncolumns = ["a"]\nwrong = ["b"]\nright = ["c"]\n', encoding="utf-8")
    with pytest.raises(GoalbookError, match="Z999"):
        load_examples(bad)
    bad.write_text('[T105]\ncolumns = ["a", "b"]\nwrong = ["b"]\nright = ["c"]\n', "utf-8")
    with pytest.raises(GoalbookError, match="T105"):
        load_examples(bad)


def test_pictures_and_links_of_the_guide_exist_and_pictures_are_small() -> None:
    targets = re.findall(r"\]\(([^)#]+)\)", GUIDE)
    assert any(t.startswith("图/") for t in targets) and any(t.startswith("规则/") for t in targets)
    for target in targets:
        assert (DOCS / target).exists(), target
    for png in PICTURES.glob("*.png"):
        assert png.stat().st_size < 200_000, png.name
        assert f"(图/{png.name})" in GUIDE, f"{png.name} is not shown in the guide"


def test_the_guide_has_commands_and_one_install_line() -> None:
    assert sum(_is_install(s, c) for s, c in COMMANDS) == 1
    assert len(COMMANDS) > 10
    assert all(line.startswith(("goalbook ", "pip install")) for _, line in COMMANDS)


def test_the_readme_links_the_guide_at_the_top() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    assert f"(docs/{GUIDE_FILE})" in head[:400]


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    return clone(tmp_path_factory.mktemp("guide"))


def test_every_guide_command_runs_as_written(repo_copy: tuple[Path, dict[str, str]]) -> None:
    copy, env = repo_copy
    failed = failures(COMMANDS, copy, env, skip=_is_install)
    assert not failed, "\n".join(failed)
    assert (copy / "下发" / "分发清单.csv").exists()
    assert (copy / "审核" / "汇总.xlsx").exists()
    assert (copy / "审核" / "filled-004-project-审核.xlsx").exists()
