"""The 640th held-out set: 18 invented returns on 水蛭与蜈蚣中药材养殖、紫薯订单种植, with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Aim: checks across the table (goal
text against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost ×
count against money, parts against totals, leftovers from another season). Budget year 2026
throughout; invented places 蓼湾县 (芹塘镇, 枫埠乡, 柘岭镇), 苕岗市, 鹭垸区.

Layouts (modules ``herbs`` fz01–fz06, ``potato`` fz07–fz12, ``mixed`` fz13–fz18):

* fz01 project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number format;
* fz02, fz08, fz10, fz12 project, OLD-NAT, one value column (fz12 headed 预期目标);
* fz03, fz04 three-year projects, NAT-2021, 中期 and 年度 columns; fz09 two-year, the same;
* fz05 numbered tier labels with points and an indicator score column; fz06 headers 考核指标 /
  绩效标准 / 评价标准, labels with ``*`` and abbreviated (数量, 质量…);
* fz07 headers 指标内容 / 绩效标准, a note row between tiers, 填表说明, signature lines;
* fz11 budget-system export: money on 部门项目支出预算05-1, the indicator table on
  部门项目支出绩效目标05-2, header on the third row, unit and project codes in columns A–B;
* fz13 department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值);
  fz14 department, NAT-2021, one value column; fz18 department, 指标性质 as direction,
  实施周期 and 年度 columns, the header repeated after a page break;
* fz15, fz16 two projects stacked in one sheet; fz17 direction, operator and unit columns.

Planted mistakes (24 required marks; all on Sheet1):

* fz02: D104 D9 ≤warning (row): 养殖基地建设面积 ≥120亩 against the goal's 150亩; Y102 D13
  ≤error alt D104/Y103: 验收 deadline 2027年3月31日前 in a one-year 2026 project (the goal says
  2026年11月底前); B107 D14 ≤warning (row): 1.1万元/亩 × 120亩 = 132 > 年度资金 120.
* fz04: D204 D9 ≤warning: 年度目标 copied word for word from 中期目标; D104 D12 ≤warning (row):
  种蜈蚣投放 中期 ≥30万条 against the goal's 40万条; D201 E13 ≤error: 带动脱贫户 年度 ≥80户 above
  中期 ≥60户.
* fz06: F201 C13 ≤warning (row): 种蜈蚣养殖成活率 under 时效; D103 C17 ≤warning (row) alt
  D101/F201: 养殖户培训人次 under 社会效益 repeats 养殖户技术培训人次 under 数量.
* fz08: B101 C5 ≤error: 年度资金总额 150 ≠ 120 + 20; D104 D10 ≤warning (row): 带动种植户 ≥260户
  against the goal's 300户; B107 D15 ≤warning (row): 800元/亩 × 2000亩 = 160万 > the money.
* fz10: Y103 B7 ≤warning alt Y101/Y102: 年度目标 says 2025年10月底前 (last season's goal);
  Y102 D12 ≤error alt Y101/Y103: 订单收购完成时间 2025年10月31日前, before the project starts.
* fz12: D101 C14 ≤warning (row) alt F201/D103: 订单种植面积 ≥2500亩 repeated under 质量;
  F201 C18 ≤warning (row): 订购企业满意度 under 社会效益; D103 C20 ≤warning (row) alt
  D101/D102: 订单合同履约率 ≥90% under 可持续影响 against 订单履约率 ≥95% under 质量.
* fz14: B102 D9 ≤error: tasks 70 + 55 + 80 = 205 ≠ 金额合计 200; D104 D12 ≤warning (row):
  种养户培训人次 ≥450 against the goal's and tasks' 600 (300 + 300).
* fz16: F201 C11 ≤warning (row): 养殖箱单位造价 (a cost) under 数量; B101 C21 ≤error: second
  project 90 ≠ 70 + 25; D104 D28 ≤warning (row): 入库 deadline 11月30日前 against the goal's
  10月31日前.
* fz17: T108 E12 ≤warning (row): 原料水蛭霉变率 反向 with ≥; F110 C16 ≤error: ≥30户 without a
  name; F109 B17 ≤warning (row): 生态效益指标 left from the template.

Cross-table marks: all but T108, F110 and F109 (21 of 24). Goal cells where a D104 (or Y102)
may equally be reported carry ``ok`` tolerances (fz02 B7, fz04 B9/D9, fz08 B7, fz14 B10,
fz16 B23).

Legitimate look-alikes in the correct returns (fz01, fz03, fz05, fz07, fz09, fz11, fz13, fz15,
fz18): typed percents (``pct``) in fz01, fz05, fz09, fz13, fz18; ``=`` with 100% (fz01, fz13);
a goal area with its part in brackets and a 其中 row (fz01); a 死亡率 with ≤ (fz01, fz13);
fz03's 种源繁育基地 =1处 in both columns (built once in 2026, explained by a 注 row) and a 2029
named as the year the data prepare for; fz09's goal giving the period total with its years in
brackets, 1.6万吨 (中期) beside 7000吨 (年度); fz05's tier points and indicator points (50/30/10,
90 with 预算执行率 scored apart, said in a 注) and ≥5百分点; fz07's 化肥使用量增长率 ≤0%
(零增长); fz13's 中药材质量安全事故 = 0 起 and a 合计 100 row under the weights; fz15's
技术培训人次 / 人均培训成本 with different values in the two stacked projects; fz18's 0起 in
both columns, 养殖病害发生下降率 正向 with ≥, 按时完成 with 定性, 5万元/家 × 10家 = 50 = the
task's money (not above it), the 2026—2028 plan in the goal; fill dates in late 2025. Every
unit cost × count stays within its money; money adds up in every correct return.

Judgements: Y102 is accepted up to error (a one-year project cannot end in the next or previous
year), B107 only as a warning (the money may be topped up); D103 in fz12 is only a warning
although the values differ (D102 accepted as an alternative code, not as an error); in fz10
the goal text and the deadline are two places of the same leftover, each marked; in fz04 the
copied goal still reads 40万条, so the D104 sits at the 中期 value; counts of employment under
社会效益 (fz02, fz07, fz09) are left unmarked as common practice.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout640 import herbs, mixed, potato
from tests.variants.holdout640.registry import HOLDOUT640
from tests.variants.kit import Variant

MODULES = (herbs, potato, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT640, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 640th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
