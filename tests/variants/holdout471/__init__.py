"""The 471st held-out set: 18 invented returns on traditional 黄酒 (rice-wine) and 酱油
(soy-sauce) brewing, craft protection (非遗 传承, 老作坊, 晒露酱园) and food safety (抽检, 风险监测,
小作坊), with a careful reviewer's marks. Places, units, people, phone numbers and figures are
invented (泷水县, 鹭汀县, 湄川市, 禾丰区, 柘塘镇). Budget year 2025 throughout.

Layouts: project heads (zm01–zm12, zm18) with 万元 in the number format; an operator column
(指标性质, symbols or words) with a unit column (zm01, zm02, zm10); tier points in the labels and
an indicator 分值 column (zm03); a tier-1 分值 column merged down (zm04); 中期 and 年度 columns,
one with a two-row header (zm05, zm06); two projects stacked in one sheet (zm07, zm08); headers
绩效目标值, 指标内容/绩效标准, 预期目标, 目标值（年度）, 预期实现值; a note row inside the table and
a header repeated after a page break (zm09); a note row between tiers and a stamp line (zm10);
numbered, starred and abbreviated labels (zm11, zm12); department heads with budget shares and
tasks (zm13–zm16); flat lists (zm13 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 with a 合计 row,
zm14 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重); a budget-system export with codes
in the first columns and the indicator table on a second sheet, header on its third row (zm17).

Planted mistakes (code, highest accepted severity, place), 22 required marks:

* zm02-percent-wrong: T106 ≤error at the typed 102% of 成品黄酒抽检合格率 (Sheet1!E cell);
  T108 ≤warning (row) on 发酵缸酒醅酸败率 with ≥.
* zm04-tier-points-mismatch: W103 ≤error at the tier-1 分值 of 产出指标 (50, indicators 45) and
  of 效益指标 (20, indicators 25); both levels still total 100, so no W101.
* zm06-period-copied: D202 ≤warning at the annual cells of 影像采集条数 and 口述史访谈人数
  (copied from 中期 in a two-year project); D201 ≤error at the annual 数字资源库条目数 1200 above
  the period 1000.
* zm08-stacked-defects: B101 ≤error (row) at the second project's 项目资金总额 40 ≠ 30 + 5;
  T105 ≤error at 标签标识规范率 `36家`.
* zm10-word-operators-defects: T105 ≤error at 氨基酸态氮达标率 12 (unit 批次); T108 ≤warning (row)
  on 酱油产品消费投诉率 with 大于等于.
* zm12-wrong-parent-no-name: F105 ≤error at `3.社会效益指标` under 一、产出指标; F110 ≤error at
  the empty name cell of a row with value ≥95%.
* zm14-flat-defects: W101 ≤error (book level, weights 95); T108 ≤warning (row) on 投诉处理超时率
  ≥2% declared 反向; T112 ≤error at `≤0.3万元` with unit column 家次.
* zm16-department-money-wrong: B101 ≤error (row) at 资金总额 650 ≠ 400 + 230; B111 ≤error at
  the 12% share of 其他资金 (60 ÷ 650 = 9.2%); B102 ≤error at 金额合计 230 (tasks add to 220).
* zm18-template-rows: F110 ≤error at the empty name of the `≥6个` row; F109 ≤warning (row) at
  the empty 时效指标 and 生态环境成本指标 template rows.

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and
`=` on pct(1) (zm01); 酒醅酸败率 ≤3% and 抽检不合格率 ≤2% (反向 with ≤); `=100%` typed as text on
a ceiling rate (zm03, zm07); tier points and indicator points both totalling 100 (zm03); `≥5百分点`
on an 占比提高 and `≥3百分点` on a 合格率提高 (zm03, zm08 first project); `0起` on an incident
count (zm07, tolerated up to a warning for the missing operator, never a zero-target error); the
same name 项目资料归档完整率 with different values in two stacked projects (zm07); equal 中期 and
年度 values for rates, unit costs and grades (zm05); a note row, a repeated header and a signature
dated 2024-12-16 (zm09); numbers 1.–8. and ★ in front of indicator names (zm11); a 下降率 with ≥
and a 合计 row of the weights (zm13); a note explaining 金额合计 = 项目支出 and 25人 × 6万元 = the
150万元 task (zm15); 16户 × 2万元 = the 32万元 project and 0 其他资金 (zm17).

Judgements: zm08's B101 is on the row because both 项目资金总额 and 年度资金总额 repeat 40; zm16's
B101 could be read as a wrong 资金总额 or wrong 基本支出 (财政拨款 + 其他资金 = 650 holds), so it
is on the amounts row; the 12% share in zm16 is wrong whatever the total, since 60 ÷ 650 and
60 ÷ 630 both round to 9–10%. zm10's 达标率 mark is at the value (12), the unit 批次 being part
of the same finding. zm12's 社会效益 block under 产出 is a structure that cannot be (error), not a
C6 name-fit warning. zm17 lists two projects in one export table, told apart by 项目编码, so no
duplicate or missing-tier findings across them. The department heads' 填报日期 2024-11-20
(zm13–zm16) is a fill date before the budget year, not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout471 import huangjiu, jiangyou, ledgers
from tests.variants.holdout471.registry import HOLDOUT471
from tests.variants.kit import Variant

MODULES = (huangjiu, jiangyou, ledgers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT471, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 471st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
