"""245th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
housing and urban renewal (保障性租赁住房, 老旧小区改造, 城中村改造, 住房租赁补贴, 危房改造):
standards per 户, 套 and 平方米 times the quantity against the money, areas in 平方米 and
万平方米, multi-year projects with 中期/年度 columns, two projects stacked in one sheet, goal
texts with counts the indicators must agree with (variant items 2, 8, 12). 9 of the 18 returns
are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* 总额 ≠ its sources: 年度资金总额 1200 over 1000 + 150 (qu02), the second stacked project's
  年度资金总额 3900 over 1600 + 2000 (qu14), a department's 资金总额 2860 over 基本支出 1180 +
  项目支出 1620 (qu16, any cell of the row) (B101, error);
* detail lines short of their 合计: a 测算依据 block of 775.6 under a 合计 of 790 (qu04), tasks of
  1620 under a 金额合计 of 1650 (qu16) (B102, error, B101 accepted);
* 年度资金总额 21000 above 中期资金总额 18600 (qu10) (B103, error);
* a standard × count above the money: 7200元/户·年 × 2000户 against 1200万元 (qu06, operator
  column), 9600元/户·年 × 1500户 against 1300万元 in the second stacked project (qu18) (B107,
  warning);
* a goal text's count against the indicator: 600套 written, ≥500套 set (qu02); 年度目标 520套,
  annual ≥480套 in the second stacked project (qu14) (D104, warning);
* 中期 and 年度: an annual road area ≥6万平方米 above the period's ≥4.5万平方米 (qu08, D201,
  error); 加装电梯 ≥60部 in both columns of a three-year project (qu08, D202, warning); a
  年度目标 copied word for word from the 中期目标 (qu10, D204, warning);
* a 合格率-like 达标率 ≥105% (qu04) (T106, error);
* a date after the year or period: 2027年6月30日前 in a one-year project of 2026 (qu04), 2029年6月
  30日前 in a 2026–2028 project (qu12) (Y102, error);
* a 差错率 with ≥ in an operator column (qu06) (T108, warning);
* a 户数 given as 95 % (qu06) (T120, warning);
* a name in 万平方米 with an annual value of ≥36000平方米 (qu12) (T119, warning, T112 accepted);
* a satisfaction target of ≥99% (qu16) (T114, warning);
* 时效指标 under 效益指标 in the second stacked project (qu18) (F105, error).

Legitimate look-alikes sit in the correct returns (qu01, qu03, qu05, qu07, qu09, qu11, qu13, qu15,
qu17): money blocks with 测算依据 that add up exactly (qu01, qu05), unit standards × count equal
to the money (2.5万元/套 × 400套 = 1000 in qu01, 3万元/套 × 3600套 = 10800 in qu11, 2.5万元 ×
1400户 + 20万元 × 30部 within 4200 in qu17, 4800元 × 2100户 = the task's 1008 in qu15), a per-户
standard that covers only part of the 户 (4.5万元/户 for the 240 of 400 户 rebuilt, qu05), a
monthly standard (500元/户·月 × 900户 × 12 = 540, qu13) and yearly ones (6000元/户·年 × 1500户 =
900 ≤ 960 in qu03, × 600户 = 360 in qu17), rates and unit costs equal in the 中期 and 年度 columns
(qu07, qu09, qu11), a one-year project's equal columns stacked under a two-year one (qu17), a
2027 date in the period column of a 2025–2027 project (qu09), 2000年 in the policy wording of a
goal (qu07), 70平方米 in a name (qu11), areas in 万平方米 via a unit column (qu09), typed
percentages pct(1) and pct(0.95)/pct(0.9) (qu01, qu05, qu11), WAN money, 差错率 with 小于等于
and 覆盖率 等于 100 (qu03), 漏损率 ≤9% (qu13), =0起 with 反向 (qu15, qu05), points at the tier
labels with per-indicator 分值 adding to 100 (qu05), a flat list with weights adding to 100 and
tasks adding to 项目支出 not 资金总额 (qu15), the same satisfaction name in two stacked projects
(qu13), goal texts whose counts all agree with the indicators, footnotes and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout245 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout245 import dept, period, single, stacked
from tests.variants.holdout245.registry import HOLDOUT245
from tests.variants.kit import Variant

MODULES = (single, period, stacked, dept)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT245, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 245th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
