"""The catalogue is the rules: every code has one declared source, every emitted code is
declared, every placeholder gets a value, and every code is produced by a test that asserts it."""

from __future__ import annotations

import inspect
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

import tests.test_batch as batch_tests
import tests.test_rule_failure as rule_failure
from bench.corpus import one as corpus_return
from goalbook.catalogue import RULES
from goalbook.check import CheckOptions, check_file
from goalbook.errors import UnreadableError
from goalbook.frameworks import load_framework
from goalbook.model import GoalTable
from goalbook.reader import read_table
from goalbook.rules import (
    FAMILIES,
    PREVIOUS_CODES,
    READER_CODES,
    RUNNER_CODES,
    UNREADABLE_CODES,
    context,
)
from goalbook.rules.values import SATISFACTION_USUAL
from goalbook.template import TemplateOptions, write_template
from goalbook.wording import DERIVED
from tests.returns import Return
from tests.test_intake import BAD
from tests.test_previous import CASES as PREVIOUS_CASES
from tests.test_rules import CASES as DEFECTS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
Maker = Callable[[Path], Path]


def test_declared_codes_are_exactly_the_catalogue() -> None:
    sources = [f.codes for f in FAMILIES] + [READER_CODES, RUNNER_CODES, UNREADABLE_CODES]
    sources.append(PREVIOUS_CODES)
    declared = [code for codes in sources for code in codes]
    assert sorted(declared) == sorted(RULES)  # each code once, and no code undeclared


# --- every table the tests can build: examples, bench corpus returns, the defect cases ---


def _sheet(path: Path, *rows: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def no_indicator_table(tmp: Path) -> Path:
    return _sheet(tmp / "other.xlsx", ["姓名", "电话"])


def unrecognised_table(tmp: Path) -> Path:
    """Tier labels under a header of words no layout uses: a table the reader cannot place."""
    return _sheet(tmp / "odd.xlsx", ["类别", "小类", "内容", "要求"], ["产出指标", "数量指标",
                  "培训人次", "≥300人次"])  # fmt: skip


def empty_template(tmp: Path) -> Path:
    options = TemplateOptions(framework=load_framework("nat-2021"), year=2026)
    return write_template(tmp / "template.xlsx", options)


def template_without_indicators(tmp: Path) -> Path:
    started = Return()
    started.rows = []  # money and lines filled, no indicator yet
    return started.write(tmp / "started.xlsx")


def mixed_money_units(tmp: Path) -> Path:
    return _sheet(
        tmp / "units.xlsx",
        ["项目支出绩效目标表（2026年度）"],
        ["项目总预算（万元）", 100, "项目当年预算（元）", 500000],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
    )


def share_mismatch(tmp: Path) -> Path:
    return _sheet(
        tmp / "shares.xlsx",
        ["部门整体支出绩效目标表（2026年度）"],
        ["年度预算（万元）", "资金总额", "基本支出", "项目支出"],
        [None, 300, 100, 200],
        [None, "100%", "50%", "50%"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
    )


def formula_without_value(tmp: Path) -> Path:
    return _sheet(
        tmp / "formula.xlsx",
        ["项目支出绩效目标表（2026年度）"],
        ["项目总预算（万元）", "=B3+B4", "项目当年预算（万元）", 120],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
    )


def macros(tmp: Path) -> Path:
    good, path = Return().write(tmp / "good.xlsx"), tmp / "macro.xlsm"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    return path


def old_template(tmp: Path) -> Path:
    path = Return().write(tmp / "old.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["_meta"]["B2"] = "0"
    wb.save(path)
    return path


def shifted_cells(tmp: Path) -> Path:
    return EXAMPLES / "seed-000-dongguan-department.xlsx"


def no_year(tmp: Path) -> Path:
    return Return(year=None).write(tmp / "no-year.xlsx")


def template_row_left_empty(tmp: Path) -> Path:
    return _sheet(
        tmp / "template-row.xlsx",
        ["项目支出绩效目标表（2026年度）"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
        [None, "质量指标", None, None],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    )


def missing_file(tmp: Path) -> Path:
    return tmp / "missing.xlsx"


def folder(tmp: Path) -> Path:
    path = tmp / "folder.xlsx"
    path.mkdir()
    return path


# The codes no defect case of test_rules and no bad file of test_intake produces.
CASES: list[tuple[str, Maker]] = [
    ("S001", missing_file),
    ("S001", folder),
    ("S010", no_indicator_table),
    ("S013", unrecognised_table),
    ("S011", template_without_indicators),
    ("S012", empty_template),
    ("S101", shifted_cells),
    ("S102", macros),
    ("S103", old_template),
    ("S104", formula_without_value),
    ("B105", mixed_money_units),
    ("B111", share_mismatch),
    ("Y105", no_year),
    ("F109", template_row_left_empty),
]


@pytest.mark.parametrize(("code", "make"), CASES, ids=[f"{c}-{m.__name__}" for c, m in CASES])
def test_each_code_is_produced(tmp_path: Path, code: str, make: Maker) -> None:
    result, _ = check_file(make(tmp_path), CheckOptions())
    if code in UNREADABLE_CODES:
        assert result.status == "unreadable" and result.error_code == code
    else:
        assert code in {f.code for f in result.findings}


@pytest.mark.parametrize("code", sorted(UNREADABLE_CODES))
def test_unreadable_text_comes_from_the_catalogue(code: str) -> None:
    rule = RULES[code]
    assert str(UnreadableError("a.xlsx", code)) == f"a.xlsx: {rule.zh}；{rule.hint_zh}"
    error = UnreadableError("a.xlsx", code, "细节")
    assert str(error) == f"a.xlsx: {rule.zh}：细节；{rule.hint_zh}" and error.code == code


def test_every_code_has_a_test_that_asserts_it() -> None:
    """The case tables: defects (test_rules), bad files (test_intake), the cases above; the batch
    test asserts the two codes only a worker gives (a crash, a timeout)."""
    produced = {c[0] for c in DEFECTS} | {b[1] for b in BAD} | {c[0] for c in CASES}
    produced |= {c[0] for c in PREVIOUS_CASES}  # check --previous (tests/test_previous.py)
    batch = inspect.getsource(batch_tests.test_one_bad_file_does_not_stop_the_batch)
    produced |= {code for code in ("S008", "S009") if f'"{code}"' in batch}
    produced |= {code for code in RUNNER_CODES if f'"{code}"' in inspect.getsource(rule_failure)}
    assert set(RULES) - produced == set()


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, GoalTable]]:
    tmp = tmp_path_factory.mktemp("tables")
    paths = sorted(EXAMPLES.glob("*.xlsx"))
    for seed in (1, 2, 3):
        paths += [corpus_return(tmp / f"corpus-{seed}-{n}.xlsx", n, seed) for n in range(12)]
    for i, (_code, mutate, _cell) in enumerate(DEFECTS):
        ret = Return()
        mutate(ret)
        paths.append(ret.write(tmp / f"defect-{i}.xlsx"))
    for i, (code, make) in enumerate(CASES):
        if code not in UNREADABLE_CODES:
            folder = tmp / f"case-{i}"
            folder.mkdir()
            paths.append(make(folder))
    return [(str(p), read_table(p)) for p in paths]


def test_every_hit_is_declared_and_fills_its_placeholders(
    tables: list[tuple[str, GoalTable]],
) -> None:
    """Every family over every table, in both languages: a hit's code is one its family
    declares, and its parameters give every placeholder of the code's texts."""
    problems: set[str] = set()
    seen: set[str] = set()
    for path, table in tables:
        for note in table.notes:
            seen.add(note.code)
            if note.code not in READER_CODES:
                problems.add(f"{path}: the reader's note {note.code} is not a reader code")
            elif missing := RULES[note.code].placeholders - set(note.detail) - DERIVED:
                problems.add(f"{path}: note {note.code} lacks {sorted(missing)}")
        for lang in ("zh", "en"):
            ctx = context(table, lang=lang)
            for family in FAMILIES:
                for hit in family.run(ctx):
                    seen.add(hit.code)
                    name = family.run.__name__
                    if hit.code not in family.codes:
                        problems.add(f"{path}: {name} yields the undeclared {hit.code}")
                    elif missing := RULES[hit.code].placeholders - set(hit.params) - DERIVED:
                        problems.add(f"{path}: {name} {hit.code} ({lang}) lacks {sorted(missing)}")
    assert sorted(problems) == []
    declared = set().union(READER_CODES, *(f.codes for f in FAMILIES))
    assert declared - seen == set()  # no declared code is stale


def test_satisfaction_message_names_the_range_the_rule_uses() -> None:
    low, high = SATISFACTION_USUAL
    rule = RULES["T114"]
    assert f"{low}%–{high}%" in rule.zh and f"{low}%–{high}%" in rule.en
