"""The 432nd held-out set: a scenic area's passenger ropeway (客运索道 / 观光缆车), its safety
upgrade (``upgrade.py``: xz01–xz06) and its operation (``operation.py``: xz07–xz12), with the
owners' stacked, flat and department returns (``department.py``: xz13–xz18). Everything is
invented (苍麓市鹤岫山风景区, 檀峪县栖鹭峡 and 雁回坪 scenic areas, people, phone numbers, figures).

18 returns, 9 correct, 23 required marks.

Layouts: project heads with 万元 money blocks (one-year, two- and three-year with 中期 and 年度
columns), OLD-NAT and NAT-2021 tiers merged down; an operator column (指标性质) with a unit
column; numbered labels with points (一、产出指标（50分）, （一）数量指标); labels with * and
abbreviations (产出, 数量); a two-row header 考核指标 / 预期目标 (比较方式 · 目标值) with word
operators; a table on a second sheet under 预期实现值; a budget-system export with project code
and name in the first columns, header on the third row, a 注 row between tiers and 填表说明; tier-1
and indicator score columns; two projects stacked in one sheet; flat department lists in two
column orders; department heads with tasks and 金额合计; a header row repeated after a page
break; signature, stamp and date lines.

Planted mistakes (code, highest accepted severity, place):

* xz02: T106 ≤error at Sheet1!E11 (row), 钢丝绳探伤检测合格率 ≥105% typed as a percent cell;
  T108 ≤warning at Sheet1!D14 (row), 缆车运行故障停机率 with ≥.
* xz04: F105 ≤error at Sheet1!B14, 质量 merged under *效益; T108 ≤warning at Sheet1!D12 (row),
  改造工程总成本 =560万元 (a cost cap with =).
* xz06: D204 ≤warning at the 年度目标 cell Sheet1!D9 (copied from the 中期目标); D202 ≤warning at
  the 年度 cells of 更换索道吊厢 and 新建站房消防喷淋系统 (Sheet1!E12, E13).
* xz08: T105 ≤error at 绩效指标!D5, 缆车设备完好率 ≥98台; T107 ≤warning at 绩效指标!D10,
  乘客满意度 =95%.
* xz10: T115 ≤error at Sheet1!E10 (row), 开展索道应急救援演练 ≥ 0 次; T108 ≤warning at
  Sheet1!D12 (row), 高峰时段平均候乘时间 ≥ 40 分钟; T106 ≤error at Sheet1!E16 (row, T114
  accepted), 乘客满意度 ≥ 100% (a percent cell).
* xz12: W103 ≤error at the tier score cells 绩效目标!B9 (产出 50, indicators 45) and B13
  (效益 30, indicators 35); X104 ≤warning at 绩效目标!E11, 完工时间 "45930" as text.
* xz14: B101 ≤error at Sheet1!C19, the second project's 年度资金总额 (300 ≠ 220 + 60); T105
  ≤error at Sheet1!D24, 索道运行故障处置率 12次.
* xz16: T112 ≤error at Sheet1!B8, 站务人员安全培训 ≥120人次 with unit column 万元; T108 ≤warning
  at Sheet1!B9 (row), 反向 停机时长 with ≥; W101 ≤error on the book (weights 95).
* xz18: B101 ≤error at Sheet1!B4 (基本支出 520 + 项目支出 1080 ≠ 资金总额 1650); F110 ≤error at
  the empty name cell Sheet1!C12 under 质量指标; F109 ≤warning at Sheet1!B16 (row), the
  生态效益指标 left from the template.

(Addresses are as built; ``marks_off_their_cells`` checks them.)

Legitimate look-alikes in the correct returns: 改造工程验收合格率 = 100% as a percent cell and
索道运行故障率 ≤ 0.5% (xz01, xz15); 0起 / = 0 起 on incident counts (xz01, xz03, xz13, xz15,
xz17); 乘客投诉下降率 大于等于 10 % (a 下降率 is 正向, xz07); 100 points both at tier level and
indicator level (xz03 in the labels, xz11 in two columns) and a 合计 row of 100 (xz03); 提高≥3百分点
on a share (xz11); the same 乘客满意度 with ≥90% and ≥92% in two stacked projects (xz13); equal
中期 and 年度 values for rates, limits and unit costs while counts differ, a 2026 deadline in the
中期 column of a 2025–2026 project (xz05); cost caps equal to the budget (年度运营维护费用 ≤380万元,
日常维护保养费用 ≤260万元); unit cost × count within the money everywhere (5.5 × 48 = 264 ≤ 860,
3.2 × 24 = 76.8 ≤ 420, 280 × 1 ≤ 900 and 280 × 2 ≤ 1500, 1.6元 × 150万人次 = 240 ≤ 300, 2.5 × 12
= 30 ≤ 65); fill dates in the year before the budget year; a 注 row and 填表说明 in an export, a
repeated header after a page break and a 注 saying 预算执行率 is scored separately (xz09, xz17).

Judgements where a reviewer could hesitate:

* xz06: the 年度目标 repeats the 中期目标 word for word; marked D204 at the 年度目标 cell. The
  copied counts are warnings (D202), not D201 errors, since the annual does not exceed the period.
* xz10: ≥ 0 次 on a drill count is a quantity target of 0 (T115, error), unlike = 0 起 on an
  incident count. ≥100% on 满意度 is marked T106; T114 is accepted for the same cell.
* xz12: the two tier mismatches cancel out, so the indicator scores still add to 100 and no W101
  is expected. The serial 45930 is 2025-09-30, inside the year, so only X104.
* xz14: the second project's cost cap ≤280万元 equals 220 + 60; only the stated total is wrong.
* xz16: a flat list has no tiers: no tier findings; the T112 conflict is the unit, not a rate.
* xz18: the tier-2 生态效益指标 row has neither name nor value: F109 only, no F110 there.
* xz04: 其他资金 0 and xz14's first project with 其他资金 0 are amounts, not targets.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout432 import department, operation, upgrade
from tests.variants.holdout432.registry import HOLDOUT432
from tests.variants.kit import Variant

MODULES = (upgrade, operation, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT432, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 432nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
