"""The 287th held-out set: 18 invented returns on tobacco and salt monopoly administration
(烟草专卖市场监管, 打击假冒卷烟, 零售户服务; 食盐专营, 食盐储备, 盐业安全检测), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Budget year 2025; every place,
unit, person, phone number and figure is invented (蓼汀市, 枫岙县, 沣渚区, 晏桥县, 岑塘县).

Modules: ``tobacco`` (sk01–sk06), ``salt`` (sk07–sk12), ``forms`` (sk13–sk18: department tables,
template rows, notes and page breaks, a second sheet, a budget-system export; half tobacco, half
salt). Nine returns are correct, nine carry 23 required marks.

Layouts
-------
* sk01 project, OLD-NAT, 比较符 / 绩效目标值 / 计量单位 columns, typed percent cells, 万元 only in
  the number format; sk02 project, NAT-2021, operators inside the values.
* sk03 / sk04 department flat lists (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值;
  指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重).
* sk05 three and sk06 two projects stacked in one sheet, each with its own head and money.
* sk07 three-year and sk08 one-year projects with 中期 and 年度 value columns.
* sk09 / sk10 a tier-1 score column beside an indicator score column (merged down with tier 1).
* sk11 transfer-payment labels (*产出指标, 1.数量, ★ core indicators, 中央补助 + 地方资金).
* sk12 a budget detail block below the table; sk13 / sk14 department money with shares and key
  tasks; sk15 header 预期目标; sk16 column-number row, subtotals, 说明 row, header repeated after a
  page break, 注 / 填表说明, signature and date lines; sk17 the table on a second sheet under a
  two-row header 预期实现值 (比较符 · 数值 · 计量单位); sk18 a 05-1 / 05-2 budget-system export
  with codes in the first columns, header on the third row and operators in words.

Planted mistakes (return: code, highest accepted severity, place)
----------------------------------------------------------------
* sk02-fake-cig-direction: T108 ≤warning Sheet1!D9 (row), 假烟案件查办平均成本 ``=1.2万元/件``
  (= on a cost cap); T108 ≤warning Sheet1!D11 (row), 打假宣传活动场次 ``≤12场`` (≤ on a 正向
  count); T108 ≤warning Sheet1!D14 (row), 辖区零售户售假发生率 ``≥2%`` (≥ on a 反向 rate).
* sk04-retailer-flat-defects: T112 ≤error Sheet1!B12 (row), ``≥800户`` under 计量单位 人次;
  T105 ≤error Sheet1!B13 (row), 许可证年审完成率 ``≥360户``; W101 ≤error book level, weights
  add to 95.
* sk06-stacked-defects: T106 ≤error Sheet1!D11, 鉴别检测报告合格率 ``≥105%`` in the first
  project; B101 ≤error Sheet1!C20 (row), second project 60 ≠ 45 + 10.
* sk07-salt-multi-year: D204 ≤warning Sheet1!D9, 年度目标 identical to 中期目标; D202 ≤warning
  Sheet1!E13 and Sheet1!E14, three-year counts (培训人次 ≥450, 检查户次 ≥240) copied into 年度.
* sk10-salt-points-wrong: F105 ≤error Sheet1!C13, （四）社会效益指标 under 一、产出指标; W103
  ≤error Sheet1!B15, 效益指标 30 分 over 10 + 15 = 25 (W101 ≤error book level tolerated: the
  indicator points then add to 95).
* sk12-salt-pdf-artefacts: X104 ≤warning Sheet1!F4, 计划完成日期 the text ``46022``; X105
  ≤warning Sheet1!E5 (alt X103), 财政拨款 ``36.5 0``; X106 ≤error Sheet1!C21 (alt B108), detail
  line ``12万12万``.
* sk14-tobacco-dept-money-wrong: B101 ≤error Sheet1!B4 (row), 580 + 40 ≠ 640; B111 ≤error
  Sheet1!F5, 项目支出 share 35.00 % for 240 / 640 = 37.50 %; B102 ≤error Sheet1!D10 (row), tasks
  120 + 60 + 50 = 230 ≠ 金额合计 240.
* sk15-tobacco-template-rows: F110 ≤error Sheet1!C11, ``≥99%`` under 质量指标 with no name (the
  message must not quote an empty name); F109 ≤warning Sheet1!B14 (row), 生态效益指标 left from
  the template.
* sk17-tobacco-second-sheet: T105 ≤error 绩效指标!E6 (row), 评定结果复核准确率 ``≥ 50 户``;
  T113 ≤warning 绩效指标!E7 (row), 评定结果公示时间 ``= 100%``.

Legitimate look-alikes in the correct returns
---------------------------------------------
* sk01: 无证经营户数下降率 ``≥ 10%`` (a 下降率 raised with ≥); 涉烟案件移送合格率 ``= 100%`` (the
  ceiling); typed percent cells with % also in the unit column; 定性 in the 比较符 column.
* sk03: 许可证按时办结率 ``= 100%``; 零售户投诉率 ``≤ 2%`` (a 反向 rate capped); 1200 人次 × 400
  元 = 48 万元 within the 60 万元 training task.
* sk05: 监管对象满意度 ≥90% in one stacked project and ≥85% in another (not a duplicate).
* sk08: a one-year project whose 中期 and 年度 columns and goals are identical; 食盐质量安全
  责任事故发生数 ``0起`` (a zero-incident target, not a zero quantity).
* sk09: tier points 40 + 20 + 30 + 10 and indicator points 10 × 10 both 100; 合格碘盐食用率较
  上年提高 ``≥2百分点`` (a rate change in percentage points).
* sk11: ``=100%`` typed as text on a ★ 验收合格率; abbreviated tier-2 labels under * tier-1s.
* sk13: 3000 吨 × 400 元/吨 = 120 万元, exactly the 食盐储备管理 task; a 注 row explaining that
  金额合计 equals 项目支出, not 资金总额; shares 93.02 / 6.98 / 60.47 / 39.53 %.
* sk16: a column-number row (甲 乙 丙 1 2), 小计 and 合计 rows, a 说明 row between tiers, the
  header repeated, a fill date in 2024 (the year before the budget year).
* sk18: tiers repeated in every row of the export, 等于 100% on a 完成率.

Judgements where a reviewer could hesitate
------------------------------------------
* sk02: the three direction conflicts are doubtful rather than impossible, so warnings; ``≤12场``
  is marked although the goal text says 12 场: a cap on an output is still the wrong direction.
* sk04: ``≥800户`` against the unit column 人次 is a unit conflict (error, §4.2 rule 2); the
  年审完成率 row keeps 户 in both places, so it is a rate given as a count, not a unit conflict.
* sk06: ``≥105%`` on a 合格率 is impossible (error), read as a typo for ≥95 %.
* sk07: 培训人次 and 检查户次 accumulate over three years, so identical 年度 values are copies;
  the unit cost, rates and 健全 may legitimately be equal.
* sk10: the wrongly placed 社会效益指标 keeps its 10 points inside 产出's 40, so only 效益 is short.
* sk14: B101 is marked on the 资金总额 row because the 基本 + 项目 side holds (400 + 240 = 640);
  the share row gives no shares for 财政拨款 and 其他资金, so only 项目支出's share is wrong.
* sk17: a 公示时间 of 100 % is a deadline written as a percentage (T113, warning).
* sk08: ``0起`` has no operator; for a count of zero incidents ``=`` and ``≤`` mean the same, so
  no finding is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout287 import forms, salt, tobacco
from tests.variants.holdout287.registry import HOLDOUT287
from tests.variants.kit import Variant

MODULES = (tobacco, salt, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT287, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 287th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
