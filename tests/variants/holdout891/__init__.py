"""The 891st held-out set: county hospital equipment purchases and telemedicine
(县级医院设备购置与远程医疗), written blind from ``shared/domain.md``, ``tests/variants/README.md``,
``kit.py``, ``heads.py`` and the rule catalogue. 18 returns, 9 correct; every place, unit, person,
phone number and figure is invented (栖梧县, 柘塘县).

Layouts: project heads with one-year and three-year money blocks (万元 only in the number format,
once ``0.0000"万元"``), department heads with budget rows and key tasks, operator and unit
columns (khq01, khq02), one value column with inline operators, two stacked projects (khq03,
khq04), tier-1 and indicator score columns (khq05, khq06, numbered labels 一、/（一） in khq06),
中期 and 年度 columns (khq07, khq08), 指标性质 as direction with 指标方向 as operator (khq09), a
table on a second sheet under 考核指标 / 预期实现值 (khq10), header 预期目标 with template rows
(khq11), headers 指标内容 / 绩效标准 with an instruction row, 说明, 填表说明 and signature lines
(khq12), flat lists in two column orders (khq15, khq16), a budget-system export with codes in
the first columns, the header on row 3, abbreviated tiers repeated per row, 小计 rows and a
header repeated after a page break (khq17), a PDF conversion with detail lines (khq18).

Planted mistakes (code, highest accepted severity, place):

* khq02-dr-percent-wrong: T106 ≤error at the typed 105% of 设备验收合格率 (value cell); T108
  ≤warning, row, at the ≥ of 设备故障发生率 (operator cell).
* khq04-stacked-defects (second project): B101 ≤error at its 年度资金总额 240 (200 + 30 = 230);
  T105 ≤error at 透析治疗完成率 ``≥120人次``; B107 ≤warning, row, at 血液透析机单价 ``≤25万元/台``
  (× 10台 = 250 > 240).
* khq06-points-mismatch: W103 ≤error at the 产出 score 50 (indicators 45) and at the 效益 score 30
  (indicators 35); the indicator scores still add to 100.
* khq08-remote-period-copied: D202 ≤warning at the annual cells of 接入远程影像的乡镇卫生院
  (≥16个) and 远程影像诊断例数 (≥60000例), copied from 中期; D201 ≤error at the annual 培训基层
  影像技师 ≥80人次 above the period's ≥60人次.
* khq09-remote-direction-column: T108 ≤warning, row, at the 指标方向 cell of 远程会诊例数 (正向,
  ≤) and of 远程会诊平均响应时间 (反向, ≥).
* khq11-template-rows: F109 ≤warning, row, at the empty tier-2s 社会成本指标 and 生态效益指标;
  F110 ≤error at the empty name cell of a row valued ``≥95%``.
* khq14-dept-money-wrong: B101 ≤error at 资金总额 4380 (基本支出 2460 + 项目支出 1820 = 4280);
  B102 ≤error at 金额合计 1820 (tasks 900 + 350 + 420 + 250 = 1920).
* khq16-flat-defects: T112 ≤error at ``≥2400例`` with 计量单位 万元; T108 ≤warning, row, at
  平台设备故障率 ``≥2%`` (反向); W101 ≤error, book level (weights add to 95).
* khq18-converted-artefacts: X104 ≤warning at 计划完成日期 typed as the text ``46387``; X105
  ≤warning (alt X103) at the detail line ``21.724 5``; T115 ≤error at ``≤0万元/台``.

23 required marks, no tolerated ones.

Legitimate look-alikes in the correct returns: ``=100%`` (typed ``=`` with 100% and as text) on
acceptance rates (khq01, khq03, khq13, khq17); a 下降率 with ≥ (khq01 外转CT检查人次下降率,
khq15 等待时长下降率); reverse rates with ≤ (khq01 故障停机率, khq12 外送率); ``≤0起`` on a
security-incident count (khq10); unit cost × count equal to the budget (khq03 12 × 8 = 96 and
2 × 105 = 210, khq04's first project 2 × 44 = 88, khq10 14 × 9 = 126, khq09's 运维费 ≤ its 75万元);
the same indicator names with different values in the two stacked projects (khq03, khq04);
scores adding to 100 at both levels with a 合计 row (khq05); ``提高≥3百分点`` / ``≥5百分点``
(khq05, khq06); rates, response times and 建立并执行 equal in 中期 and 年度 of a three-year project
while counts shrink (khq07); a note explaining the 金额合计 (khq13) and the 6万元 left beside the
unit cost (khq12); fill and signature dates in the year before the budget year (khq01, khq02,
khq12); instruction, 说明, 填表说明, 小计, 合计, repeated-header and stamp rows that are not
indicators (khq12, khq17); weights adding to 90 with 预算执行率 scored apart (khq17).

Judgements where a reviewer could hesitate:

* khq04: with the money not adding up, the cost cap is compared with the stated 240 (it also
  exceeds 230); B107 is a warning, a cap is a ceiling not a spend.
* khq08: 16 乡镇 all connected in year one would be possible but the annual goal text says only
  the first batch; D202 stays a warning. The 外转率 ≤8% annual / ≤5% period is a tightening, not
  a conflict.
* khq16: ``≥2400例`` against 万元 is a conflict of units (T112, error), not a missing unit.
* khq17: the abbreviated tiers (产出 / 数量 / 成本 …) read as OLD-NAT; the weights' 90 is the
  stated total, so no W101.
* khq18: the detail lines add up once ``21.724 5`` is read as 21.7245, so no B102 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout891 import departments_exports, equipment, telemedicine
from tests.variants.holdout891.registry import HOLDOUT891
from tests.variants.kit import Variant

MODULES = (equipment, telemedicine, departments_exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT891, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 891st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
