"""The 730th held-out set: 18 invented returns of 澄岭市 (districts 蓼湾区, 岫川区, 蔚山区, county
栖桐县; all invented) on three related subjects, written blind to measure ``goalbook check`` out
of sample. Its aim is checks across the table: most planted mistakes are found only by comparing
one part of a return with another.

Theme
    an emergency-shelter upgrade (``shelters``: kbl01–kbl06), an earthquake early-warning
    terminal rollout in schools (``terminals``: kbl07–kbl12) and community disaster-drill
    funding (``drills``: kbl13–kbl18). Budget year 2025 throughout; money in 万元.

Layouts
    project heads (§3.1) with one-year and two-level (中期 / 年度) money blocks; department heads
    (§3.2) with tasks and 金额合计; operator and unit columns with typed percents (kbl01);
    headers 指标内容 / 绩效标准 (kbl02), 考核指标 / 预期实现值 on a second sheet (kbl10),
    预期目标 (kbl14); 中期 and 年度 value columns (kbl03, kbl09, kbl18); numbered tier labels
    with points and an indicator score column (kbl05); a budget-system export with codes in the
    first columns and the table on a second sheet under a third-row header (kbl06); a flat list
    with weights (kbl07); labels with * and ★ and abbreviated (kbl11); two and three projects
    stacked in one sheet (kbl04, kbl15); 说明 row inside, header repeated after a page break,
    footnotes, 填表说明 and signature lines (kbl10, kbl13); money detail lines (kbl16); 指标性质
    as direction with 指标方向 as operator (kbl17).

Planted mistakes (24 required marks; highest accepted severity; place)
    kbl02  D104 warning  Sheet1!D10 (row): area ≥1.8万平方米, the goal says 2.4万平方米
           Y102 error    Sheet1!D13 (row), alt Y101/Y103/D104: 竣工验收 2026年6月30日前 in a
                         one-year 2025 project whose goal says 2025年11月底前
           B107 warning  Sheet1!D14 (row): 50万元/处 × 8处 = 400 > 360万元
    kbl04  B101 error    Sheet1!C20: second project's 年度资金总额 150 ≠ 120 + 20
           D103 error    Sheet1!D26 (row), alt D102/D101/D104: 新建应急物资储备库数量 ≥3个
                         beside 新建乡镇应急物资储备库 ≥4个 in the same project
    kbl06  Y102 error    部门项目支出预算05-1!I4, alt Y101/Y104: 计划完成日期 2024-12-31 left from
                         last year (before the 2025 start)
           F201 warning  部门项目支出绩效目标05-2!F7 (row): 验收合格率 under 时效指标
           X104 warning  部门项目支出绩效目标05-2!G8: the text "45838" (a date serial)
    kbl08  B101 error    Sheet1!C5: 年度资金总额 300 ≠ 260 + 30
           D104 warning  Sheet1!D10 (row): 安装终端 ≥180台, the goal says 210台
           F201 warning  Sheet1!C17 (row): 家长满意度 under 社会效益指标
    kbl09  D204 warning  Sheet1!D9: 年度目标 copied word for word from the 中期目标
           D201 error    Sheet1!E11: 年度 ≥150所 above 中期 ≥120所
           D202 warning  Sheet1!E12: cumulative 培训人次 copied from 中期 to 年度
    kbl11  F201 warning  Sheet1!C11 (row): a count of people under 质量
           D101 warning  Sheet1!D15 (row), alt D103/F201: 预警信息接收及时率 under 时效 and again
                         under 社会效益
    kbl14  Y101 error    book level, alt Y102: 2025 title, plan dates 2024-01-01 – 2024-12-31
           X101 error    Sheet1!D12 (row), alt T116/T101: the template's example row ≥**人次
           F110 error    Sheet1!C17: ≥90% under 服务对象满意度指标 with no indicator name
    kbl16  D104 warning  Sheet1!D9 (row): ≥30个社区, the goal says 36个
           B107 warning  Sheet1!D14 (row): 0.8万元/场 × 120场 = 96 > 80万元
           B102 error    Sheet1!C23: detail lines 48 + 18 + 8 + 4 = 78 ≠ 合计 80
    kbl18  D104 warning  Sheet1!D12 (row): 中期 ≥1000人, the 中期目标 says 1200人
           D201 error    Sheet1!E13, alt D104: 年度 ≥200场 above 中期 ≥160场
    kbl09 also tolerates (not required) a B107 warning in row 16, the annual cost row.

Legitimate look-alikes in the correct returns
    kbl01 `=` with 100% on an acceptance rate (the ceiling), typed percents, 12 × 38 = 456 ≤ 480;
    kbl03 the period's counts (20处) beside the year's (8处), rates and grades equal in both
    columns, 2027 named as the year the work prepares for, 20 × 35 = 700 = 中期资金 and
    8 × 35 = 280 = 年度资金; kbl05 tier points and indicator points both adding to 100, a
    合计 row, ≥3百分点 on a rate change, a 下降率 with ≥; kbl07 the goal's 126所 with its parts
    (96 + 30) in brackets, a 其中 row, ≤0起 on an incident count, weights adding to 100;
    kbl10 2026 named as the year prepared for, a signature dated 2024-11-15, a 注 row inside;
    kbl12 反向 rates and delays with ≤, a 下降率 with ≥, tasks adding to 740 = 项目支出;
    kbl13 a 说明 row, the header repeated, 96 × 0.5 = 48 ≤ 60; kbl15 the same indicator names
    with different values in three stacked projects, 6 × 1.5 = 9 = 9; kbl17 ≤0起 under 反向,
    a 下降率 with ≥ under 正向, 24 × 1.5 = 36 = 36.

Judgements where a reviewer could hesitate
    * A goal's total with its parts (kbl07), a later year named as what the work prepares for
      (kbl03, kbl10) and a fill date in the year before (kbl10, kbl13) are not conflicts.
    * A near-duplicate with a different value in the same project (kbl04) is accepted up to
      error: one indicator cannot have two targets; D102 and D101 are accepted too.
    * kbl06: the end date 2024-12-31 is both outside the year and before the start; Y102,
      Y101 and Y104 all name it. kbl14: both plan dates are last year's, so the mark is on the
      book (Y101, Y102 accepted).
    * kbl09: the annual cost cell tolerates a B107 warning caused by the wrong 150所 (not
      asked for); kbl18: the 200场 also contradicts the 年度目标, D104 accepted.
    * Unit cost × count equal to the money (kbl03, kbl15, kbl17) is not exceeding it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout730 import drills, shelters, terminals
from tests.variants.holdout730.registry import HOLDOUT730
from tests.variants.kit import Variant

MODULES = (shelters, terminals, drills)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT730, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 730th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
