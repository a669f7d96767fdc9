"""The 285th held-out set: 18 invented returns on counterpart aid and east–west cooperation
(对口支援, 东西部协作, 劳务协作, 消费帮扶, 援建项目), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Invented places: the aiding city 澄湾市 (霁川区, 浦沅区) and the
aided counties 苍岘县, 赭岭县, 墨垣县, 朔磐县. Nine returns are correct, nine carry 2–3 planted
mistakes (24 required marks).

Layouts
-------
``aid.py`` (对口支援 and 援建项目, si01–si06): project heads with 万元 only in the number format;
an operator column and a unit column with percentages typed in Excel (si01, si02); three and
two projects stacked in one sheet, each with its own head and table (si03, si04); three-year
projects with 中期 and 年度 value columns (si05, si06), si06 with a 说明 row inside the table
and 填表说明 under it.
``labour.py`` (劳务协作, si07–si12): department flat lists (指标名称 · 权重 · 计量单位 · 指标性质
as operator in words · 指标值, and 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重;
si07, si08); numbered tier labels with a tier-1 score column and an indicator score column
(si09) or the points inside the label (``一、产出指标（40分）``, si10); a two-row header 绩效指标
over 考核指标 with 目标值（年度） and 评价标准, repeated after a page break (si11); header 预期目标
with template rows (si12).
``consumption.py`` (消费帮扶, si13–si18): department returns with budget and key tasks
(si13, si14); a 预算管理一体化 export with sheets 「部门项目支出预算05-1」 and
「部门项目支出绩效目标05-2」, the header on the third row, unit and project codes as text in
the first columns and tiers repeated (si15); a 资金测算明细 block under the table (si16); the
head on one sheet and the table on a second sheet under 预期实现值, 指标性质 as direction and
指标方向 as operator in words (si17); 指标性质 as direction with the operators inside the
values (si18).
Every return ends with a signature and date line.

Planted mistakes (code, highest accepted severity, place)
--------------------------------------------------------
* si02-aid-hospital-wrong: T106 ≤error Sheet1!E12 (row), ``带教医护人员考核合格率 ≥105%`` (a
  typed 1.05); T108 ≤warning Sheet1!D13 (row), ``院内感染发生率 ≥ 2%`` (反向 rate with ≥);
  T108 ≤warning Sheet1!D16 (row), ``医疗设备购置费用 = 180万元`` (= on a cost cap).
* si04-aid-stacked-wrong: B101 ≤error 援建项目!C20 (row), the second project's 年度资金总额 260
  against 财政拨款 220 + 其他资金 30; T105 ≤error 援建项目!D29, ``农村自来水普及率 ≥1200户``.
* si06-aid-multi-year-copied: D204 ≤warning Sheet1!D9, 年度目标 identical to 中期目标 in a
  2025–2027 project; D202 ≤warning Sheet1!E11 and Sheet1!E12, ``选派支教教师人次 ≥150人次`` and
  ``培训本地教师人次 ≥1800人次`` copied from the 中期 column (the 说明 row says they are
  cumulative).
* si08-labour-flat-wrong: W101 ≤error book level, weights 15+10+10+10+10+10+10+10+10 = 95;
  T112 ≤error Sheet1!B9 (alt T119), ``发放一次性交通补贴人数 ≥3200元`` with 人 in the unit column;
  T108 ≤warning Sheet1!B11 (row), ``劳务协作培训人均成本 ≥1800`` marked 反向.
* si10-labour-points-wrong: W103 ≤error Sheet1!A9, ``一、产出指标（40分）`` over indicator scores
  10+10+10+15 = 45; W103 ≤error Sheet1!A14, ``三、效益指标（40分）`` over 10+10+15 = 35 (the
  total stays 100); F105 ≤error Sheet1!B16 (row), ``（三）时效指标`` under 效益指标.
* si12-labour-template-empty: F109 ≤warning Sheet1!B12 (row), 时效指标 left from the template
  with no indicator and no value; F110 ≤error Sheet1!C15, ``≥300人`` with an empty name cell.
* si14-consume-department-money-wrong: X104 ≤warning Sheet1!E2, 填报日期 ``45636`` as text;
  B101 ≤error Sheet1!B4 (row), 资金总额 760 against 基本支出 240 + 项目支出 500 = 740 (财政拨款
  700 + 其他资金 60 holds); B102 ≤error Sheet1!D9, 金额合计 500 against tasks 180+160+150 = 490.
* si16-consume-artefacts: T115 ≤error Sheet1!D13, ``冷链运输补贴标准 ≤0万元/吨`` (50元/吨
  rounded to 0 in 万元, as the 测算依据 shows); X106 ≤error Sheet1!D21 (alt B108), ``36万36万``
  in the 资金测算明细 (read as 36 the lines add up to 150).
* si18-consume-direction-wrong: T108 ≤warning Sheet1!E10 (row), ``线上销售农特产品数量 ≤3000吨``
  marked 正向; T108 ≤warning Sheet1!E12 (row), ``农产品运输损耗率 ≥5%`` marked 反向; Y102 ≤error
  Sheet1!E13, ``电商服务站点建成时限 2026年3月31日前`` in a one-year 2025 project.

Legitimate look-alikes in the correct returns
---------------------------------------------
* si01: ``= 100%`` (typed 1) on 工程竣工验收合格率; ``受援学校大班额比例下降率 ≥ 30%`` (a 下降率
  with ≥); a completion date as a date cell with ≤; 2600元/平方米 × 4200平方米 = 1092万元 and
  the 150万元 equipment within 1260万元; a fill date in December 2024.
* si03: 竣工验收合格率, 项目受益群众人数 (≥8500人 / ≥21000人) and 受益群众满意度 (≥90% / ≥92%)
  in two stacked projects: each project is its own table, not a duplicate; each project's
  unit cost × count is within its own money.
* si05: rates, a unit cost and a grade equal in the 中期 and 年度 columns, counts smaller in the
  year; ``=100%`` stays text.
* si07: typed percentages beside a ``%`` unit column, operators in words, a 合计 row of 100,
  1500元/人次 × 1500人次 = 225万元 within the 230万元 training task.
* si09: tier scores 40+10+40+10 and indicator scores both add to 100 (only one level is the
  total); ``脱贫劳动力外出务工率同比提高 ≥3百分点``; a 合计 row.
* si11: ``帮扶车间安全生产事故 ≤0起`` (0 on an incident count), 评价标准 texts, a 注 row, the
  header repeated after a page break, 填表说明.
* si13: a 注 explaining that 金额合计 (900) is the 项目支出 only; ``帮助销售对口地区农特产品金额
  ≥26000万元`` is a sales outcome, not a cost against the budget.
* si15: codes such as ``053012`` and ``532624250000000317`` as text; typed 100% with ``=`` and
  typed 90%; 定性 in the operator column for a grade.
* si17: bare numbers with 计量单位 %; ``农产品流通环节成本下降率`` 正向 大于等于 10 %; ``农产品
  质量安全事故`` 反向 小于等于 0 起; the table on the second sheet.

Judgements where a reviewer could hesitate
------------------------------------------
* A T108 direction conflict is a warning, never an error; a ``≥105%`` on a 合格率 and a rate
  given as 户 are impossibilities (errors).
* si04: B101 is marked at the total (row) and not at the parts: either could be wrong.
* si06: only the two counts the 说明 row calls cumulative are marked D202; 送教下乡 differs and
  the rates and the grade may be equal.
* si10: the W103 marks sit at the tier-1 labels that carry the points; no W101 is asked, the
  indicator scores still add to 100. F105 is a row mark so that a finding at the indicator of
  the misplaced 时效指标 also matches.
* si12: F109 is a warning (a template leftover), F110 an error (a value without a name).
* si14: 资金总额 = 财政拨款 + 其他资金 holds, so the B101 concerns the 基本支出 + 项目支出 split;
  the serial 45636 (2024-12-10) is a warning, the signature line repeats that date correctly.
* si18: Y102 accepted as an error: the deadline falls after the one-year project's end date.
* Deadlines ``X月X日前`` and ``≤N个工作日`` are time limits, not percentages; 健全 and 建立并执行
  are grades.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout285 import aid, consumption, labour
from tests.variants.holdout285.registry import HOLDOUT285
from tests.variants.kit import Variant

MODULES = (aid, labour, consumption)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT285, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 285th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
