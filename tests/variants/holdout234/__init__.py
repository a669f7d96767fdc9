"""234th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
justice, police and courts (法律援助, 社区矫正, 人民调解, 案件审理, 禁毒宣传): case durations and
time limits, reverse rates (再犯罪率, 投诉率, 发案率) against their operators, operators written in
words and in their own column, 定性 grades, tier labels of other forms, template rows left empty
and values without a name (variant items 5, 6, 11). 9 of the 18 returns are correct; the other 9
carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* ≥ on a 反向 rate: a 重新犯罪率 inline (qj02), a 投诉率 with 不低于 in an operator column (qj04),
  a 复吸率 declared 反向 (qj08), a 发案率 in a Shanghai form (qj18) (T108, warning);
* ≤ on a 正向 rate: a 结案率 with 不高于 (qj04) (T108, warning); an annual 改判发回重审率 ≥3%
  against ≤3% in the 中期 column (qj10) (T108, warning, D203 accepted);
* a time limit given as a percentage: 衔接办理时限 100% (qj02) (T113, warning);
* template rows: a tier-2 left with no indicator, 生态效益指标 (qj06) and 时效指标 (qj04) (F109,
  warning); a value ≥200件 with no indicator name (qj06) (F110, error);
* a count declared 定性 in the direction column (qj08) (T109, error);
* an indicator under a tier-2 it does not fit: a 建档合格率 under 时效指标 (qj08), a completion
  date under 数量指标 in the second of two stacked projects (qj16) (F201, warning);
* tier labels of another form: a Shanghai 影响力目标 / 长效管理 row in a NAT-2021 table (qj12)
  (F107, warning, F103/F104 accepted); 质量指标 under 效益指标 (qj12) (F105, error);
* an annual count above its period count: 新建科技法庭 =8个 / =10个 (qj10) (D201, error);
* a department's 基本支出 + 项目支出 ≠ 资金总额 (qj14) (B101, error); a 破案率 ≥105% (qj14)
  (T106, error); a 投诉率 of 1% without an operator (qj14) (T117, warning);
* =95% on a 调解协议履行率 (qj16) (T107, warning, T108 accepted);
* a completion date in 2027 in a one-year 2026 project (qj18) (Y102, error, Y103 accepted).

Legitimate look-alikes sit in the 9 correct returns (qj01, qj03, qj05, qj07, qj09,
qj11, qj13, qj15, qj17): 再犯罪率, 投诉率, 复吸率 and 发生率 with ≤ (inline, in words
小于等于 in an operator column headed 指标性质, with 反向 declared, in ASCII <=); 脱管率
=0% (one-year, and in both 中期 and 年度 columns); 发案率 and 吸毒人员数 decreases
(下降幅度) with ≥; time limits as 48小时内, 7个工作日内, 30分钟内, ≤3个工作日 and
小于等于 48 小时; a 审限内结案率 in % (a rate, not a time limit); =100% and = 100 % at the
ceiling (one beside 正向); 定性 rows with grades (健全, 长效运行, 建立并执行); 预算执行率
under Shanghai's 投入与管理 and 满意度 under 效果目标 (qj13); the older Guangdong labels
with bracketed alternatives (qj11); numbered labels with points adding to 100 (qj05);
required marks (*产出指标) and a 设定依据 column (qj17); the same indicator names with
other values in two stacked projects (qj17); 实施周期 = 年度 values in a one-year
department table (qj15); percent cells (pct(1), pct(0.95)) and money in 万元 or 元
number formats. Every unit cost × count stays within its money; 测算依据 and task blocks
add up.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout234 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout234 import blocks, columns, inline
from tests.variants.holdout234.registry import HOLDOUT234
from tests.variants.kit import Variant

MODULES = (inline, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT234, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 234th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
