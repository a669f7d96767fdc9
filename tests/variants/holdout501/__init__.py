"""The 501st held-out set: 18 invented returns of village night schools (夜校) teaching adults
to read (识字), to use smartphones (手机) and to keep accounts (记账), with a careful reviewer's
marks. Budget year 2025; places (澄潭县, 栖梧镇, 葛岭乡, 蓼湾乡), units, people, phone numbers
and figures are invented.

Layouts: project heads with one-year or 中期/年度 money blocks (万元 only in the number
format); department heads with 占比 rows and key tasks; operator columns (≥ or 大于等于) and
unit columns; 指标性质 as direction beside 指标方向 as operator; numbered, pointed, ★ and
abbreviated tier labels; headers 预期目标, 考核指标 / 目标值（年度） / 评价标准 (two-row),
指标值类型; two stacked projects; flat lists; 中期 and 年度 columns; 说明, 续表, 填表说明 and
signature rows; a budget-system export on a second sheet with codes in the first columns; money
detail lines under the table.

Planted mistakes (return: code, highest accepted severity, place):

* aq02-literacy-flat-wrong: T108 ≤warning at the 指标性质 cell of 夜校学员辍学率 (row; ≥ on a
  反向 rate); W101 ≤error book level (weights add to 95).
* aq04-literacy-stacked-wrong: B101 ≤error at the second project's 年度资金总额 (7.8 ≠ 6.0 +
  1.2); T105 ≤error at 读报识字测试通过率 `45人`.
* aq06-literacy-multi-year-wrong: D204 ≤warning at the 年度目标 cell (copied 中期目标); D201
  ≤error at the annual 夜校识字教学点数 (15 > 12); D202 ≤warning at the annual 累计培训人数.
* aq07-phone-percent-wrong: T106 ≤error at a typed 105% 合格率; X104 ≤warning at the text
  `45991` given as a completion date.
* aq09-phone-direction-wrong: T108 ≤warning (row) at 求助热线平均响应时间 and at 参训老人受骗
  发生率, both 反向 with 大于等于.
* aq10-phone-template-rows: F110 ≤error at the empty name cell of a row with `≥85%`; F109
  ≤warning (row) at the tier-2 labels 时效指标 and 生态效益指标 left with nothing under them.
* aq14-accounts-money-wrong: B101 ≤error (row) at 资金总额 (132 + 12 ≠ 150); B111 ≤error at the
  项目支出 share 45% (60 ÷ 150 = 40%); B102 ≤error at the 金额合计 60 (tasks add to 57); the
  财政拨款 / 其他资金 shares, consistent with their amounts but not adding to 100%, are
  tolerated up to error.
* aq15-accounts-artefacts: X105 ≤warning at 其他资金 `2.2 5` (alt X103); X106 ≤error at the
  detail line `4.8万4.8万` (alt B108); the line `4.6万(其中…)` is tolerated up to warning.
* aq18-accounts-abbreviated-wrong: F105 ≤error at the tier-2 可持续影响 under 产出; F202
  ≤warning (row) at 项目预算执行率 under 成本; B107 ≤warning (row) at 人均培训补助标准 (800 元 ×
  500 人 = 40万 > 30万).

Legitimate look-alikes in the correct returns: typed percent cells with a `%` unit column and a
流失率 with ≤ (aq01); tier points 40/20/30/10 and indicator points both adding to 100 with a 合计
row (aq03, aq12); a date value under 时效 (aq01, aq05, aq17); a December fill date of the year
before (aq05); a 续表 row and a repeated header (aq05); the same indicator name with different
values in the two stacked projects (aq04); `=0起` on an incident count and a 定性 value
declared 定性 (aq11; also 安全事故 `= 0 起` in the wrong aq02, not marked); `提高≥5百分点`
on a 比例 (aq12);
差错下降率 with ≥ (aq13, aq17) and a 下降率 with 大于等于 (aq09); unit cost × count equal to
the money (aq15: 410 元 × 600 人 = 24.6万; aq16: 300 元 × 1200 户 = 36万 = 项目支出); a
completion date in the second year of a two-year project (aq17); equal 实施周期 and 年度 values in
a one-year department list (aq16).

Judgements: the 年度 count above the 中期 count (aq06) is an error, the copied cumulative count
only a warning; in aq14 the book does not say whether 资金总额 or a part is wrong, so B101 may
land anywhere in the row; B107 (aq18) stays a warning since ≤800 元 is a cap, not the spending;
a date serial in a text cell (aq07) is a warning (the date it means, 2025-11-30, is in the year).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout501 import accounts, literacy, phones
from tests.variants.holdout501.registry import HOLDOUT501
from tests.variants.kit import Variant

MODULES = (literacy, phones, accounts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT501, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 501st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
