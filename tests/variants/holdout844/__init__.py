"""The 844th held-out set: 18 invented returns on wetland protection, with a careful reviewer's
marks, to measure ``goalbook check`` out of sample.

Theme: wetland protection in the invented 蒲澜县 and 澄汐市: wetland park restoration (鸥汀湖
国家湿地公园, 荻洲湿地公园: reed belts, returned farmland, boardwalks, planting, water links,
a budget-system export) in ``restoration`` (kfv01–kfv06); bird monitoring (waterbird censuses,
migration tracking, camera networks, survey lines) in ``monitoring`` (kfv07–kfv12); patrol and
enforcement (鹭屿滩: joint enforcement, patrol stations, drones, video points, training) in
``patrol`` (kfv13–kfv18). Budget year 2026, money in 万元 (unit in the number format).

Layouts: one-year project heads with one value column, an operator column (symbols or words)
and a unit column; headers 指标内容 / 绩效标准, 考核指标 / 目标值（年度）, 预期目标; numbered
tier labels with points, abbreviated labels (产出, 数量), * and ★ marks; a tier-1 score column
beside an indicator score column; multi-year projects with 中期 / 实施期 and 年度 columns; two
projects stacked in one sheet (twice); department heads with budget rows and tasks adding to
金额合计; flat lists with weights (operator or direction in 指标性质); a budget-system export
with codes in the first columns and the table on a second sheet; 注 rows inside and under the
table, 填表说明, a header row repeated after a page break, detail lines under the table,
signature and date lines.

Planted mistakes (24 required marks; 17 of them found only across the table):

* kfv02-returned-farmland: D201 error at the 年度 退耕还湿面积 ``≥1500亩`` (above the period's
  1200亩; D104 accepted, the 年度目标 says 400亩); D104 warning at the 中期 生态岛建设数量
  ``≥4个`` (the 中期目标 says 6).
* kfv03-boardwalk-stacked: B107 warning (row) at the first project's 栈道修缮单位成本
  ``≤0.25万元/米`` (× 800米 = 200 > 120万元); B101 error at the second project's 年度资金总额 85
  (60 + 20 = 80).
* kfv05-water-link-department: B101 error (row) at 资金总额 640 (基本支出 380 + 项目支出 250 =
  630); Y103 warning at the 年度总体目标 naming 2025; D104 warning (row) at 水系连通长度
  ``≥5公里`` (the task and goal say 3.5公里).
* kfv08-waterbird-census: D102 error (row; D103, D101, D104 accepted) at 同步调查次数 4 (the
  same count as 水鸟同步调查次数 6); T108 warning (row) at 监测设备故障率 with 大于等于; F201
  warning (row) at 监测数据有效率 under 时效.
* kfv10-camera-network: X104 warning (T116 accepted) at 监测网络建成时间 ``46326`` in text;
  B107 warning (row) at 红外相机单价 ``≤0.8万元/台`` (× 150 = 120 > 96万元); B102 error (B101
  accepted) at the detail 合计 96 (60 + 18 + 12 = 90).
* kfv11-survey-line-template: X101 error at the template example ``≥**人次``; F109 warning (row)
  at the empty 社会成本指标; F110 error at the empty name beside ``≥2000人次``.
* kfv14-patrol-station-years: Y101 error (row; Y102 accepted) at the 计划开始日期 2025-01-01
  under a 2026 title; Y102 error (Y101, Y103 accepted) at ``2027年3月31日前``; T108 warning
  (row) at 案件查处平均用时 ``≥15个工作日``.
* kfv16-video-points-copied: D204 warning at the 年度目标 (the 中期目标 word for word); D202
  warning at the 年度 巡护里程 ``≥36000公里`` (the period's cumulative distance).
* kfv18-patrol-flat-weights: D104 warning at 湿地巡护人次 ``≥2000`` (the goal says 2400); T106
  error at 巡护区域覆盖率 ``≥105%``; W101 error on the book (weights add to 95).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (kfv01
420 = 260 + 160; kfv07 12 = 8 + 4; kfv13 12 = 5 + 7); typed percents ``pct(...)`` with a unit
column (kfv01, kfv07, kfv17) and ``=100%`` typed (kfv07, kfv17); 0起 on incident counts (kfv07,
kfv13); a 下降率 with ≥ (kfv13); rates raised in 百分点 (kfv04, kfv09, kfv15); tier points and
indicator points both adding to 100 (kfv04 in the labels with a 合计 row, kfv15 in a column); a
later year prepared for (kfv04 为2027年申报, kfv09 2027 inside its two-year period); the period's
count in 中期 beside a smaller year's count and equal rates / unit costs in both columns (kfv09);
the same indicator name with other values in two stacked projects (kfv17 巡护人员培训人次 240 /
80); a unit cost × count equal to its money (kfv17: 0.15 × 240 = 36) or within it (kfv01 126 ≤
180, kfv04 64 ≤ 96, kfv06 22.5 ≤ 23.5, kfv09, kfv13, kfv15); fill and signature dates in
late 2025 (kfv01, kfv04, kfv07, kfv12, kfv13); 注 / 填表说明 rows, a repeated header row and the
budget export's 合计 line; ★ core indicators and * required marks (kfv12).

Judgements where a reviewer could hesitate:

* kfv02: the 年度 1500亩 is both above the period (D201) and off the 年度目标's 400亩; one mark,
  D104 accepted. Unit costs there are per island so no cost × count exceeds the money.
* kfv05: which of 资金总额 or its 基本/项目 split is wrong cannot be told, so the B101 mark is on
  the budget row; 财政拨款 + 其他资金 = 640 holds. ``≤30万元/公里`` × 5 = 150 stays within the
  task's money so the 5公里 row raises no cost finding.
* kfv08: the two census counts differ (6 / 4): an error is accepted (D102), as the same count
  cannot have two targets; 故障率 sits under 质量, where it belongs.
* kfv10: the serial is a deadline in the budget year once read (2026-10-31), so only X104.
* kfv14: with plan dates in 2025 the 2026 title is the conflict (Y101 on the dates row); the
  2027 deadline is outside either year.
* kfv16: the copied 年度目标 names 45 video points; a finding at the 年度 ``≥15个`` is tolerated
  (warning), not asked for. Rates equal in both columns are not D202.
* kfv18: the coverage rate ``≥105%`` is an impossibility (error); weights total 95 with no
  stated 90, so W101.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout844 import monitoring, patrol, restoration
from tests.variants.holdout844.registry import HOLDOUT844
from tests.variants.kit import Variant

MODULES = (restoration, monitoring, patrol)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT844, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 844th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
