"""The 643rd held-out set: 18 invented returns on 薏米与红小豆种植、县域奶茶原料基地, written
blind from ``shared/domain.md``, the variants README, ``kit.py``, ``heads.py`` and the rule
catalogue, with a careful reviewer's marks. Nine returns are correct, nine carry 2–3 planted
mistakes (25 required marks, most of them found only by comparing one part of a return with
another). Invented places: 苇塘县, 赭岭县, 枫渡县, 澜桥县 (岚溪镇, 澄沙乡, 河湾镇).

Layouts
    yimi.py (薏米): gc01 project, OLD-NAT, one value column, 注 row inside the table, 说明 and
    signature below; gc02 project, NAT-2021, operator in words (指标性质) and a unit column;
    gc03 three-year project, 中期 and 年度 columns; gc04 department, numbered tier labels with
    points and an indicator 分值 column; gc05 two projects stacked in one sheet; gc06
    department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值).
    hongdou.py (红小豆): gc07 project, headers 指标内容 / 绩效标准, operators in words; gc08
    two-year project, two-row header (指标值 over 中期 / 年度); gc09 project, operators in the
    values and a 指标方向 column (正向/反向); gc10 head on one sheet, table on a second sheet
    under 预期实现值; gc11 budget-system export (sheets 05-1 and 05-2, codes in the first
    columns, header on the third row); gc12 department, weight column, subtotal, header
    repeated after a page break, total row.
    jidi.py (奶茶原料基地): gc13 three-year project, 中期 and 年度 columns; gc14 project,
    OLD-NAT, one value column; gc15 three projects stacked; gc16 project, header 预期目标,
    template rows left; gc17 two-year project, tier-1 score and indicator score columns,
    header 目标值（年度）; gc18 department with typed shares and tasks.

Planted mistakes (return: code, highest accepted severity, place)
    gc02: B107 ≤warning row (良种补贴标准 80元/亩 × 4500亩 = 36万 > 30万元), Sheet1!E10;
          D104 ≤warning row (推广面积 4500亩, 年度目标 5000亩), Sheet1!E11;
          Y102 ≤error alt Y101/Y103 (发放完成时间 2024-11-30 in a 2025 project), Sheet1!E14.
    gc03: D201 ≤error alt D104 (加工企业 年度5家 > 中期3家; 年度目标 1家), annual cell;
          D202 ≤warning alt D104 (培训 1500人次 in both columns; 年度目标 500人次), annual cell;
          F201 ≤warning row (种子检测合格率 under 时效指标).
    gc05: B101 ≤error (second project: 30 + 12 ≠ 38, at 年度资金总额; the same total in the 中期
          column is tolerated up to error); D102 ≤error row alt D103/D101/D104 (秸秆还田面积
          2000亩 and 薏米秸秆还田面积 1500亩 in one tier-2).
    gc08: Y101 ≤error, book level, alt Y102/Y103 (title 2025 and 中期目标 2025—2026, plan dates
          2024-03-01 to 2025-12-31 left from last season); D104 ≤warning (繁育田 年度 600亩,
          年度目标 800亩); D202 ≤warning (培训 800人次 in both columns of a two-year project).
    gc09: T108 ≤warning row (反向 补助标准 with ≥); F201 ≤warning row (满意度 under 社会效益).
    gc11: B101 ≤error (05-1: 合计 96 ≠ 70 + 20); Y103 ≤warning row alt Y101 (indicator named
          2024年度… in the 2025 table); B107 ≤warning row (600元/吨 × 2000吨 = 120万 > 96万).
    gc14: D104 ≤warning (企业 ≥5家, goal 3家); F201 ≤warning row (履约及时率 under 数量);
          D103 ≤error row alt D102/D101 (基地绿色食品认证面积 2000亩 under 质量 beside 原料基地
          绿色食品认证面积 2500亩 under 数量).
    gc16: Y103 ≤error alt Y102/D104/Y101 (年度绩效目标: 2024年底前 done, indicator 2025-10-31);
          F109 ≤warning row (生态环境成本指标 left empty); X101 ≤error row (示例 row ≥**人次).
    gc17: B103 ≤error (年度资金总额 180 > 中期 160); W103 ≤error (产出指标 40分, indicators 45);
          F201 ≤warning row (基地提升每亩补助 under 数量); W101 book level tolerated up to error.

Legitimate look-alikes in the correct returns
    gc01 goal area with its parts (3000 = 1800 + 1200), a typed 95% without operator, a
    signature date in December of the year before; gc04 tier points and indicator points both
    add to 100, 病虫害损失率下降 ≥2百分点, 60元/亩 × 8000亩 = 48万 equal to its task; gc06
    下降率 with ≥, 事故 =0起, a 合计 row of weights; gc07 农药使用量下降率 大于等于 10%, 0起,
    有机肥 1000元/吨 × 300吨 within 52万; gc10 为2027年推广积累 (a later year prepared for),
    typed 100%; gc12 subtotal, repeated header and total rows, 25万元 × 2 = 50万 equal to
    its task; gc13 period counts above the year's, equal rates and unit cost, deadline 2027
    inside the period; gc15 基地农户满意度 ≥90% and ≥92% in different stacked projects, a
    coverage of 2700亩 = 1200 + 1500; gc18 typed shares, goal 1200户 with its parts.

Judgements
    A deadline before the budget year (gc02, gc16) is an impossibility: error accepted. Plan
    dates from last season (gc08) are marked once on the whole book. Two values for one
    indicator differing by a word (gc05, gc14) accept error. Where one total is wrong in both
    columns of a one-year money block (gc05) the 年度 cell is required, the 中期 tolerated.
    W101 in gc17 follows from the W103 and is tolerated. Fill and signature dates late in the
    year before are normal.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout643 import hongdou, jidi, yimi
from tests.variants.holdout643.registry import HOLDOUT643
from tests.variants.kit import Variant

MODULES = (yimi, hongdou, jidi)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT643, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 643rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
