"""The 591st held-out set: silkworm rearing (桑蚕), mulberry gardens (桑园) and a cocoon
purchasing station (蚕茧收购站) of the invented 柘塘县. 18 returns, 9 correct, 9 with planted
mistakes (24 required marks), leaning on the checks that read across the table.

Layouts: project heads with 万元 money blocks (one-year, and 中期 | 年度 side by side for multi-year
projects); department heads with budget, typed-percent shares and key tasks; tier-1/tier-2
merged down; numbered labels (一、产出指标, （一）数量指标), points in labels (产出指标（50分）),
abbreviations (产出, 数量); headers 预期目标, 考核指标 / 预期实现值, 指标性质 as operator, 指标方向
(正向/反向) with word operators in their own column, unit columns; a flat department list; two
projects stacked; 中期 and 年度 columns, once under a two-row header; 注, 说明, 填表说明 rows,
subtotals, the header repeated after a page break, signature lines; a budget-system export
(05-1 / 05-2 sheets, header on row 3, codes in the first columns); a table on a second sheet.

Planted mistakes (return: code ≤highest severity at place):

* ec02-garden-text-mismatch: D104 ≤warning at Sheet1 低产桑园改造面积 value (row; 年度目标 says
  500亩, indicator 400亩); B107 ≤warning at the 改造补助标准 row (2000元/亩 × 400亩 = 80万 > 60万).
* ec03-garden-multi-year: D201 ≤error at the annual 新建高标准桑园面积 (1500 > 1200; alt D104);
  Y102 ≤error at the period value 2028年6月30日前 of a 2025–2027 project (alt Y103); D202 ≤warning
  at the annual 水肥一体化 count copied (≥3套 both).
* ec05-garden-artefacts: X102 ≤warning at the 年度绩效目标 cell (<p> tags); X104 ≤warning at the
  计划开始日期 text "45658"; X101 ≤error at 桑枝粉碎机配置数量 "≥XX台".
* ec08-station-duplicates: D102 ≤error at 收购鲜茧数量 ≥1500吨 (row; alt D103, D104) against
  鲜茧收购量 ≥1800吨; F201 ≤warning at 收购款兑付及时率 under 质量指标 (row); T108 ≤warning at
  霉烂茧率 ≥2% (row).
* ec10-station-year: Y101 ≤error book level (alt Y102; title 2025年度, plan dates in 2024); D104
  ≤warning at 烘灶节能改造收购站 ≥5个 (row; text says 6个); B107 ≤warning at the 燃料补助标准 row
  (800元/吨 × 1800吨 = 144万 > 120万).
* ec12-station-template-rows: F110 ≤error at the empty name cell of the "≥4次" row; X104
  ≤warning at 系统上线时间 "45930" (alt T116); F109 ≤warning at the empty 社会成本指标 row (row).
* ec14-bureau-money-wrong: B101 ≤error at 资金总额 (基本 140 + 项目 200 ≠ 350); B102 ≤error at
  the 金额合计 amount (90 + 70 + 50 ≠ 200); D104 ≤warning at 新建桑园面积 ≥600亩 (row; text 800亩).
* ec16-bureau-points-wrong: W103 ≤error at the 产出 score 50 (45 under it; alt W101; a W101
  anywhere is tolerated); T105 ≤error at 套种技术到位率 ≥180户.
* ec18-bureau-two-header: D104 ≤warning at the annual 推广桑园微耕机 ≥30台 (row; 年度目标 40台);
  D103 ≤warning at 桑园农机操作培训人次 (row; alt D102, D101) against 蚕农机械操作培训.

Legitimate look-alikes in the correct returns: ec01 a goal text that sums its indicators (300亩
= 200 + 100) and a count repeated with the same value (120户), 发生率 with ≤, typed percents
with a duplicate % unit column, 1500元/亩 × 300亩 = 45万 within 60万; ec04 a later year (2026
spring) named on purpose in the goal, 下降率 with ≥, `=100%` text on a 合格率, 0起 on an
incident count, a table on a second sheet; ec06 two similar names (培训人次 / 培训场次) that
measure different things, weights adding to 100, a flat list without tiers; ec07 0 accidents
with 小于等于, 反向 rates with ≤, operators in words; ec09 the same satisfaction name at 90% and
92% in two stacked projects; ec11 an 18-digit project code (not a serial), the goal's 2025
matching the export year; ec13 shares as typed percents adding to 100%, tasks adding to 项目支出,
unit costs × counts within the task money; ec15 points at two levels (100 both ways) and
≥3百分点; ec17 subtotal and total rows, a header repeated after a break, a cost 3万 × 6 = 18万
equal to the money, a fill date in the year before the budget year.

Judgements where a reviewer could hesitate: D102 in ec08 is accepted up to error because
鲜茧收购量 and 收购鲜茧数量 are word for word the same measure, while ec18's two training names
could be read as two groups, so D103 only up to warning. The text-versus-indicator marks are
placed at the indicator; the goal text cell tolerates the same finding (ok). In ec03 a B107 from
the wrong 1500亩 annual area is tolerated at the annual cost cell. ec10's plan dates in 2024 are
one mistake (the title year disagreement), marked once on the book. ec18's annual date
2025年10月31日前 is inside the budget year; nothing is marked there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout591 import bureau, gardens, purchase
from tests.variants.holdout591.registry import HOLDOUT591
from tests.variants.kit import Variant

MODULES = (gardens, purchase, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT591, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 591st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
