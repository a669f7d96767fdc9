"""Build a realistic corpus of returns with goalbook itself.

    python bench/corpus.py OUT_DIR --files 1000 [--seed 1]

goalbook templates of both kinds filled with 40–120 indicators, header and money blocks, about
a third of them carrying defects, plus official-layout workbooks (one in six) with merged tier
cells. A return without planted defects is consistent as a careful unit would fill it (budget
lines sum to the total, cost standards fit the budget, names are distinct, rates stay below
100%), so the findings a run reports are the planted ones. Every return is drawn with its own
seed, so no two are alike and no cache inside goalbook sees the same workbook twice. Returns
already built are kept for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goalbook.frameworks import load_framework
from goalbook.template import TemplateOptions, write_template

VERSION = 3  # bump when the returns built change
SUBJECTS = ("青年人才驿站", "社区矫正帮教", "志愿服务", "法治宣传", "就业帮扶", "应急安全培训",
            "心理健康服务", "课题调研", "新媒体宣传", "助学资助", "老年助餐", "文化惠民演出",
            "农技推广", "河道保洁", "校园安全巡查", "社区体育健身")  # fmt: skip
MEASURES = [
    ("产出指标", "数量指标", "{s}服务人次", "≥", "人次", (500, 20000)),
    ("产出指标", "数量指标", "{s}活动场次", "≥", "场", (5, 80)),
    ("产出指标", "质量指标", "{s}验收合格率", "≥", "%", (90, 99)),
    ("产出指标", "时效指标", "{s}任务完成及时率", "≥", "%", (90, 99)),
    ("成本指标", "经济成本指标", "{s}人均成本", "≤", "元/人", (0.3, 0.9)),  # of budget ÷ people
    ("效益指标", "社会效益指标", "{s}群众知晓率", "≥", "%", (80, 95)),
    ("效益指标", "可持续影响指标", "{s}长效机制", "定性", "", ("健全",)),
    ("满意度指标", "服务对象满意度指标", "{s}服务对象满意度", "≥", "%", (85, 95)),
]  # fmt: skip


def _rows(rng: random.Random, count: int, defects: bool, budget: float) -> list[list[Any]]:
    """``count`` indicators (distinct names); ``budget`` in yuan bounds the cost standards."""
    rows: list[list[Any]] = []
    i = 0
    while len(rows) < count:
        t1, t2, name, op, unit, span = MEASURES[i % len(MEASURES)]
        subject = SUBJECTS[(i // len(MEASURES)) % len(SUBJECTS)]
        label = name.format(s=subject)
        if len(span) == 1:
            annual: Any = span[0]
            period: Any = span[0]
        elif unit == "元/人":
            annual = period = span  # set below, once the number of people is known
        else:
            annual = rng.randint(int(span[0]), int(span[1]))
            period = annual * 2 if unit in ("人次", "场", "人") else annual
        rows.append([t1, t2, label, op, period, annual, unit, "正向" if op == "≥" else "反向"])
        i += 1
    people = max(r[5] for r in rows if r[6] in ("人", "人次"))
    for row in rows:
        if row[6] == "元/人":
            row[4] = row[5] = max(1, int(budget / people * rng.uniform(*row[5])))
    if defects:
        for row in rng.sample(rows, k=max(1, count // 15)):
            kind = rng.randrange(4)
            if kind == 0 and row[6] == "%":
                row[6] = "篇"  # a rate given as a count
            elif kind == 1:
                row[1] = "经济效益指标"  # tier-2 under the wrong tier-1
            elif kind == 2:
                row[5] = row[4] * 3 if isinstance(row[4], int) else row[5]  # annual above period
            else:
                row[3] = None  # operator missing
    return rows


def filled(path: Path, rng: random.Random, kind: str, defects: bool) -> Path:
    year = rng.choice((2025, 2026))
    opts = TemplateOptions(load_framework("nat-2021"), kind, year, f"单位{rng.randint(1, 999)}")
    write_template(path, opts)
    wb = openpyxl.load_workbook(path)
    info = wb["基本信息"]
    labels = {str(info.cell(r, 1).value).split("（")[0]: r for r in range(1, info.max_row + 1)}
    fiscal = rng.randint(50, 500)
    other = rng.randint(0, 50)
    annual = fiscal + other  # 万元
    money = {
        "中期资金总额": fiscal + other, "中期财政拨款": fiscal, "中期其他资金": other,
        "年度资金总额": fiscal + other, "年度财政拨款": fiscal, "年度其他资金": other,
    }  # fmt: skip
    if kind == "department":
        money = {"年度资金总额": fiscal + other, "其中：财政拨款": fiscal, "其中：其他资金": other}
    if defects:
        first = next(iter(money))
        money[first] = money[first] + 7  # total ≠ parts
    for label, value in money.items():
        info.cell(labels[label], 2, value)
    lines = wb.worksheets[2]
    cents = annual * 100  # the lines share the annual total, to the cent
    cuts = sorted(rng.sample(range(1, cents), rng.randint(2, 11)))
    for r, (low, high) in enumerate(zip([0, *cuts], [*cuts, cents], strict=True), start=3):
        lines.cell(r, 1, f"支出明细{r - 2}")
        lines.cell(r, 3, (high - low) / 100)
    ind = wb["绩效指标"]
    skip = 4 if kind == "department" else None  # department tables have no period column
    for r, row in enumerate(_rows(rng, rng.randint(40, 120), defects, annual * 1e4), start=3):
        values = row[:4] + row[5:] if skip else row
        for c, value in enumerate(values, start=1):
            ind.cell(r, c, value)
    wb.save(path)
    return path


def official(path: Path, rng: random.Random) -> Path:
    """A foreign layout: title, label/value money block, merged tier cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["项目支出绩效目标表（2026年度）"])
    ws.append(["项目名称：", "某项目", "实施单位：", f"单位{rng.randint(1, 999)}"])
    ws.append(["项目总预算（万元）：", "120", "项目当年预算（万元）：", "120"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    rows = _rows(rng, rng.randint(40, 120), rng.random() < 0.3, 120e4)
    start = ws.max_row + 1
    for row in rows:
        value = f"{row[3] if row[3] not in (None, '定性') else ''}{row[5]}{row[6]}"
        ws.append([row[0], row[1], row[2], value])
    for col in (1, 2):
        first = start
        for r in range(start + 1, ws.max_row + 2):
            if r > ws.max_row or ws.cell(r, col).value != ws.cell(first, col).value:
                if r - 1 > first:
                    for rr in range(first + 1, r):
                        ws.cell(rr, col).value = None
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
                first = r
    wb.save(path)
    return path


def one(path: Path, n: int, seed: int) -> Path:
    """Return number ``n``: its own random draw, so no two returns of a corpus are alike."""
    rng = random.Random(f"{seed}-{n}")
    if n % 6 == 5:
        return official(path, rng)
    return filled(path, rng, "department" if n % 3 == 2 else "project", n % 3 == 0)


def build(out: Path, files: int, seed: int = 1) -> list[Path]:
    """``files`` distinct returns in ``out`` (made in parallel, kept for the next run)."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / "corpus.json"
    wanted = json.dumps({"version": VERSION, "seed": seed})
    if not stamp.exists() or stamp.read_text() != wanted:
        for old in out.glob("return-*.xlsx"):
            old.unlink()
        shutil.rmtree(out / "_pool", ignore_errors=True)
        stamp.write_text(wanted)
    made = [out / f"return-{n:05d}.xlsx" for n in range(files)]
    missing = [(path, n) for n, path in enumerate(made) if not path.exists()]
    if missing:
        with ProcessPoolExecutor(os.cpu_count()) as pool:
            list(pool.map(one, *zip(*missing, strict=True), [seed] * len(missing), chunksize=8))
    for extra in sorted(out.glob("return-*.xlsx"))[files:]:
        extra.unlink()
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{len(build(args.out, args.files, args.seed))} returns in {args.out}")


if __name__ == "__main__":
    main()
