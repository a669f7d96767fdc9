"""The 809th held-out set: emergency medical services (ambulances, the 120 dispatch centre,
first-aid training), 18 invented returns of 岑川市 and its 枫岙县 and 鹭汀区, 9 correct.

Layouts: project heads (§3.1) with one or two value columns, numbered / pointed / ★ tier labels
and abbreviations (kem01, kem06, kem08), operator and unit columns under 考核指标 and
目标值（年度）(kem07), 指标内容 / 绩效标准 (kem14), tier-1 and indicator score columns (kem15,
kem16), multi-year 中期 / 年度 projects (kem03, kem04, kem17), department heads (§3.2) with
budget and task blocks (kem05, kem09, kem10), flat lists (kem09, kem10), a transfer-payment
区域绩效目标表 (kem06), a budget-system export with codes and the table on sheet 05-2 and a
repeated header (kem12), two projects stacked in one sheet (kem18); 注 / 说明 / 填表说明 rows
and signature lines with a fill date in the year before.

Planted mistakes (return: code, highest accepted severity, place):

* kem02: Y102 ≤error at the 计划完成日期 2027-06-30 of a one-year 2026 project (alt Y101,
  Y104); D104 ≤warning row, 救护车更新数量 ≥6辆 against the goal's 8辆; B107 ≤warning row,
  60万元/辆 × 6 = 360 > 320万元.
* kem04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  ≥5个 against the period's ≥4个 (alt D104); Y102 ≤error at the annual 选址 deadline in 2025
  (alt Y103).
* kem05: B101 ≤error at 资金总额 2860 ≠ 1900 + 900; B102 ≤error at 金额合计 900 ≠ 880;
  D103 ≤warning row at 救护车维修保养次数 beside 维修保养车次 with another value (alt D101, D102).
* kem08: F201 ≤warning row at a 培训人次 count under 质量 and at a 质控合格率 under 时效; D103
  ≤warning row at 平均调度用时 ≤75秒 beside 平均调度时长 ≤90秒 (alt D101, D102).
* kem10: W101 ≤error book level (weights 95); D104 ≤warning row, 受理呼救电话数 15万次
  against the goal's 18万次; T108 ≤warning row, ≥ on 平均派车时间.
* kem11: Y101 ≤error book level (title 2026, plan dates in 2025; alt Y102); B101 ≤error at
  年度资金总额 180 ≠ 150 + 20.
* kem14: D104 ≤warning row, 持证救护员培训人数 ≥600人 against the goal's 800人; D101
  ≤warning row at the second AED操作培训覆盖率 (alt D103); B107 ≤warning row, 300元 × 600人
  = 18 > 15万元.
* kem16: W103 ≤error at the 产出指标 score 50 (indicators 45; W101 tolerated at book level);
  Y102 ≤error at a 2026 deadline in a 2027 project (alt Y103).
* kem17: D202 ≤warning at the two annual cells copied from 中期 (alt D104); D201 ≤error at the
  annual 40所 above the period's 30所 (alt D104).

Look-alikes in the correct returns: a goal's part in brackets (其中监护型2辆, 其中中小学教师
1500人次) beside the total's indicator (kem01, kem13); a later year the work prepares for
(为2029年…积累经验, kem03); period counts beside smaller annual ones and equal rates (kem03);
unit cost × count equal to or within the money, explained in a 注 (kem01, kem03, kem07, kem13,
kem15, kem18); `=0起` on an incident count and `≥5%` on a 下降率 (kem06); `≥2百分点` /
`≥3百分点` rises (kem07, kem15); 100 points both ways (kem15); typed percents (kem01, kem07,
kem09, kem13, kem15); `=100%` on 合格率 / 达标率; the same indicator names with different values
in two stacked projects (kem18) and in two export projects (kem12); fill dates in 2025.

Judgements: a copied 年度目标 that also contradicts the annual count may draw D104, tolerated
at that cell (kem04, kem17); in kem04 the wrong annual 5个 × 230万元 exceeds the year's money,
tolerated; in kem17 the copied annual counts draw D202 rather than D201 (they equal the period);
a deadline before the project starts is taken as an impossibility (error); near-duplicates with
different values are doubtful (warning), not D102 errors.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout809 import ambulance, dispatch, training
from tests.variants.holdout809.registry import HOLDOUT809
from tests.variants.kit import Variant

MODULES = (ambulance, dispatch, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT809, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 809th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
