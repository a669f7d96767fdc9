"""Green space maintenance contracts: direction and operator columns, three-year and two-year
contracts with 中期 and 年度 columns, template rows, two complete column sets."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout866.common import (
    CENTRE,
    DEPT,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout866.registry import variant
from tests.variants.kit import Book, day, mk, pct

DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("kgr13-maintenance-directions", (1, 11),
         "one-year maintenance contract, NAT-2021, 指标性质 as direction (正向/反向), 指标方向 as "
         "operator, bare numbers and typed percent cells with a unit column; a 下降率 with ≥ and "
         "0起 on an incident count (correct)")  # fmt: skip
def maintenance_directions() -> Book:
    b, s = start()
    project_head(s, year=2026, name="澄埠区公共绿地养护服务采购项目", dept=DEPT, unit=CENTRE,
                 attr="常年项目", money=one_year(960, 960, 0), goals=[
                     "2026年通过政府采购确定养护单位，对城区86万平方米公共绿地实施专业化养护，"
                     "养护质量考核达标率不低于92%，绿化投诉量比上年下降10%以上。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "养护公共绿地面积", "正向", "≥", 86, "万平方米"),
        (None, None, "行道树修剪株数", "正向", "≥", 9000, "株"),
        (None, "质量指标", "养护质量考核达标率", "正向", "≥", pct(0.92), "%"),
        (None, None, "苗木缺株率", "反向", "≤", pct(0.02), "%"),
        (None, None, "病虫害发生率", "反向", "≤", pct(0.03), "%"),
        (None, "时效指标", "倒伏树木清理时限", "反向", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "单位面积年养护成本", "反向", "≤", 11, "元/平方米"),
        (None, "社会成本指标", "园林绿化安全责任事故", "反向", "=", 0, "起"),
        ("效益指标", "社会效益指标", "绿化投诉量下降率", "正向", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "养护作业台账完整率", "正向", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305")
    return b


@variant("kgr14-maintenance-directions-defects", (11, 12),
         "one-year maintenance contract, NAT-2021, direction and operator columns: the goal's "
         "area against the indicator, a 反向 rate with ≥, a unit cost × area above the "
         "money")  # fmt: skip
def maintenance_directions_defects() -> Book:
    b, s = start()
    project_head(s, year=2026, name="柘林片区街头绿地养护服务项目", dept=DEPT, unit=CENTRE,
                 attr="常年项目", money=one_year(720, 720, 0), goals=[
                     "2026年对柘林片区街头绿地及道路绿化带共计64万平方米实施专业化养护，"
                     "病虫害发生率控制在3%以内。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "养护绿地面积", "正向", "≥",
         mk(48, "D104", "warning", row=True, note="年度目标写64万平方米，指标只有48万平方米"),
         "万平方米"),
        (None, "质量指标", "养护质量考核达标率", "正向", "≥", pct(0.92), "%"),
        (None, None, "病虫害发生率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标用了≥，年度目标写控制在3%以内"),
         pct(0.03), "%"),
        (None, "时效指标", "问题整改时限", "反向", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单位面积年养护成本", "反向", "≤",
         mk(16, "B107", "warning", row=True,
            note="16元/平方米 × 48万平方米 = 768万元，超过年度资金720万元"), "元/平方米"),
        ("效益指标", "生态效益指标", "绿地完好率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305")
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgr15-three-year-contract", (8, 12),
         "three-year maintenance contract, NAT-2021, 中期 and 年度 columns and money: the "
         "period's counts beside a year's, a yearly area equal in both columns, costs within "
         "both budgets (correct)")  # fmt: skip
def three_year_contract() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="城区公共绿地三年期养护服务项目", dept=DEPT,
                 unit=CENTRE, money=multi_year((2850, 2850, 0), (950, 950, 0)), goals=[
                     "2026—2028年通过三年期养护合同，每年对城区86万平方米公共绿地实施养护，"
                     "累计巡查不少于1080次，补植苗木2400株。",
                     "2026年完成86万平方米公共绿地养护，巡查不少于360次，补植苗木800株。"],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "年均养护绿地面积", "≥86万平方米", "≥86万平方米"),
        (None, None, "绿地巡查次数", "≥1080次", "≥360次"),
        (None, None, "补植苗木数量", "≥2400株", "≥800株"),
        (None, "质量指标", "养护质量考核达标率", "≥92%", "≥90%"),
        (None, "时效指标", "问题整改时限", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "单位面积年养护成本", "≤11元/平方米", "≤11元/平方米"),
        ("效益指标", "生态效益指标", "绿地完好率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "绿地长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305")
    return b


@variant("kgr16-contract-copied-period", (8, 12),
         "two-year maintenance contract, NAT-2021, 中期 and 年度 columns and money: 年度目标 "
         "copied from 中期目标, annual money above the period's, a year's count above the "
         "period's")  # fmt: skip
def contract_copied_period() -> Book:
    b, s = start()
    goal = "对禾丰片区道路绿化带实施专业化养护，保持绿化景观整洁完好，病虫害得到有效控制。"
    annual = mk(1350, "B103", "error", row=True,
                note="年度资金1350万元大于两年的中期资金1300万元")  # fmt: skip
    project_head(s, year=2026, years=2, name="禾丰片区绿化带养护两年期合同项目", dept=DEPT,
                 unit=CENTRE, money=multi_year((1300, 1300, 0), (annual, 1350, 0)), goals=[
                     goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "年均养护绿化带面积", "≥52万平方米", "≥52万平方米"),
        (None, None, "补植苗木数量", "≥600株",
         mk("≥700株", "D201", "error", note="一年的补植数大于两年的总数")),
        (None, "质量指标", "养护质量考核达标率", "≥92%", "≥92%"),
        (None, "时效指标", "问题整改时限", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "单位面积年养护成本", "≤12元/平方米", "≤12元/平方米"),
        ("效益指标", "生态效益指标", "绿地完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305")
    return b


@variant("kgr17-maintenance-template-rows", (6, 13),
         "one-year maintenance contract, NAT-2021, header 预期目标: a tier-2 left from the "
         "template without indicator, a value without a name")  # fmt: skip
def maintenance_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2026, name="泮塘片区社区绿地养护服务项目", dept=DEPT, unit=CENTRE,
                 attr="常年项目", money=one_year(180, 180, 0), goals=[
                     "2026年对泮塘片区社区绿地15万平方米实施养护，"
                     "养护质量考核达标率不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "养护社区绿地面积", "≥15万平方米"),
        (None, "质量指标", "养护质量考核达标率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥95%却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "问题整改时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单位面积年养护成本", "≤12元/平方米"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填写"), None,
         None),
        ("效益指标", "生态效益指标", "绿地完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305")
    return b


@variant("kgr18-riverside-two-column-sets", (4, 8),
         "two-year maintenance project, OLD-NAT, a two-row header and two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度), 说明 rows under the table, signature and "
         "date lines (correct)")  # fmt: skip
def riverside_two_column_sets() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="澄埠河滨水绿地养护项目", dept=DEPT, unit=CENTRE,
                 money=multi_year((560, 560, 0), (280, 280, 0)), goals=[
                     "2026—2027年对澄埠河两岸滨水绿地20万平方米实施养护，累计修剪乔木1600株。",
                     "2026年完成滨水绿地20万平方米养护，修剪乔木800株。"])  # fmt: skip
    s.row("一级指标", "中期指标（2026—2027年）", None, None, "年度指标（2026年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        (
            "产出指标",
            "数量指标",
            "年均养护滨水绿地面积",
            "≥20万平方米",
            "数量指标",
            "养护滨水绿地面积",
            "≥20万平方米",
        ),
        (None, None, "乔木修剪株数", "≥1600株", None, "乔木修剪株数", "≥800株"),
        (None, "质量指标", "养护质量考核达标率", "≥92%", "质量指标", "养护质量考核达标率", "≥92%"),
        (None, "时效指标", "汛后绿地恢复时限", "≤7天", "时效指标", "汛后绿地恢复时限", "≤7天"),
        (
            None,
            "成本指标",
            "单位面积年养护成本",
            "≤14元/平方米",
            "成本指标",
            "单位面积年养护成本",
            "≤14元/平方米",
        ),
        (
            "效益指标",
            "生态效益指标",
            "滨水绿地完好率",
            "≥95%",
            "生态效益指标",
            "滨水绿地完好率",
            "≥95%",
        ),
        (
            "满意度指标",
            "服务对象满意度指标",
            "游园群众满意度",
            "≥90%",
            "服务对象满意度指标",
            "游园群众满意度",
            "≥90%",
        ),
    ]
    indicators(s, (None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), rows,
               merged=(1, 2, 5))  # fmt: skip
    notes(s, "说明：1.中期指标值为两年累计数，面积类为年均数；",
          "2.汛后恢复时限自水位回落之日起计算。", width=7)  # fmt: skip
    sign(s, "庞楚岚", "0593-8827305", day(2025, 10, 30))
    return b
