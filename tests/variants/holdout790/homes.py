"""Barrier-free home adaptations: kdt13–kdt18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout790.common import (
    book,
    gap,
    indicators,
    notes,
    one_year,
    periods,
    signature,
    wan,
)
from tests.variants.holdout790.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄岭县残疾人联合会（318001）"
UNIT = "澄岭县残疾人服务中心"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdt13-homes-department",
    (12, 4),
    "department, NAT-2021, one value column: budget and tasks adding up, a footnote "
    "explaining the total, 0起 on an accident count, a 下降率 with ≥ (correct)",
)
def kdt13() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄岭县残疾人联合会",
                    budget=[[wan(980), wan(900), wan(80), wan(430), wan(550)]],
                    tasks=[("困难重度残疾人家庭无障碍改造", "入户评估、设计与施工", wan(350),
                            "改造280户"),
                           ("残疾人托养服务", "日间照料与寄宿托养补助", wan(120), "托养100人"),
                           ("残疾人职业技能培训", "电商、手工等技能培训", wan(80),
                            "培训400人次"),
                           ("金额合计", None, wan(550), None)],
                    goal="完成280户困难重度残疾人家庭无障碍改造，托养残疾人100人，"
                         "培训残疾人400人次，改造施工不发生安全事故。")  # fmt: skip
    notes(s, "注：金额合计为项目支出合计；基本支出430万元为人员和公用经费，未列入年度主要任务。")
    indicators(s, H4, [
        ("产出指标", "数量指标", "无障碍改造户数", "≥280户"),
        (None, None, "托养服务残疾人人数", "≥100人"),
        (None, None, "职业技能培训人次", "≥400人次"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造补助标准", "≤1.25万元/户"),
        ("效益指标", "社会效益指标", "改造施工安全事故", "0起"),
        (None, None, "改造家庭居家意外伤害下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", pct(0.92)),
    ])  # fmt: skip
    signature(s, "覃书岩", "0793-6257730", day(2024, 11, 22))
    return b


@variant(
    "kdt14-homes-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: the goal's households given otherwise, a unit "
    "cost × count above the money, a quality rate under 时效",
)
def kdt14() -> Book:
    b, s = book()
    project_head(s, year=2025, name="困难重度残疾人家庭无障碍改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(420, 380, 40),
                 goals=["完成困难重度残疾人家庭无障碍改造350户，户均补助不超过1.2万元，"
                        "改造验收合格率100%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "家庭无障碍改造户数",
         mk("≥300户", "D104", "warning", row=True, note="年度目标写350户，指标却是≥300户")),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年12月15日前"),
        (None, None, mk("改造施工质量达标率", "F201", "warning", row=True,
                        note="达标率是质量指标，填在时效下"), "≥95%"),
        (None, "成本指标", "户均改造补助标准",
         mk("≤1.5万元/户", "B107", "warning", row=True, alt=("D104",),
            note="1.5万元 × 300户 = 450万元，超过资金总额420万元；目标写户均不超过1.2万元")),
        ("效益指标", "社会效益指标", "改造家庭如厕洗浴自理率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt15-homes-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's money parts "
    "not adding to its total and a deadline left from last year",
)
def kdt15() -> Book:
    b, s = book()
    project_head(s, year=2025, name="困难重度残疾人家庭无障碍改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(200, 170, 30),
                 goals=["完成160户困难重度残疾人家庭无障碍改造。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "家庭无障碍改造户数", "≥160户"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "户均改造补助标准", "≤1.25万元/户"),
        ("效益指标", "社会效益指标", "改造家庭生活自理能力提升率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "≥90%"),
    ])  # fmt: skip
    gap(s)
    total = mk(150, "B101", "error", row=True, note="财政拨款 100 + 其他资金 30 = 130 ≠ 150")
    project_head(s, year=2025, name="残疾人服务场所无障碍设施改造项目", dept=DEPT, title="",
                 unit=UNIT, money=one_year(total, 100, 30),
                 goals=["完成15个残疾人服务场所的坡道、扶手和无障碍卫生间改造。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造服务场所数", "≥15个"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="2025年项目的完成时间写成2024年（上年残留）")),
        (None, "成本指标", "场所平均改造成本", "≤10万元/个"),
        ("效益指标", "社会效益指标", "无障碍设施使用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "到场残疾人满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt16-homes-three-year",
    (8, 11),
    "three-year project, NAT-2021, operator in words in its own column, 中期 and 年度 "
    "values with a unit column, a 反向 rate with 小于等于 (correct)",
)
def kdt16() -> Book:
    b, s = book(widths=(14, 16, 26, 12, 12, 12, 12))
    project_head(s, year=2025, years=3, name="残疾人家庭无障碍改造三年行动项目", dept=DEPT,
                 unit=UNIT, money=periods((1350, 1200, 150), (450, 400, 50)),
                 goals=["2025—2027年完成900户困难重度残疾人家庭无障碍改造，"
                        "建立改造后回访维护机制。",
                        "2025年完成300户改造，入户评估320户。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值",
              "计量单位")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "无障碍改造户数", "大于等于", 900, 300, "户"),
        (None, None, "入户评估户数", "大于等于", 960, 320, "户"),
        (None, "质量指标", "改造验收合格率", "等于", 100, 100, "%"),
        (None, "时效指标", "单户改造工期", "小于等于", 60, 60, "天"),
        ("成本指标", "经济成本指标", "户均改造补助标准", "小于等于", 1.5, 1.5, "万元/户"),
        ("效益指标", "社会效益指标", "改造家庭投诉率", "小于等于", 2, 2, "%"),
        (None, "可持续影响指标", "改造设施完好率", "大于等于", 90, 90, "%"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "大于等于", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt17-homes-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template example row with a placeholder, a "
    "value without a name, a tier-2 left from the template",
)
def kdt17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="残疾人家庭坡道扶手加装项目", dept=DEPT, unit=UNIT,
                 money=one_year(96, 80, 16),
                 goals=["为120户残疾人家庭加装坡道和扶手，加装设施验收合格。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "加装坡道扶手户数", "≥120户"),
        (None, None, "（示例）服务人次",
         mk("≥**人次", "X101", "error", note="模板示例行未删，值仍是占位符")),
        (None, "质量指标", "加装设施验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "加装完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "户均加装成本", "≤0.8万元/户"),
        ("效益指标", "社会效益指标", "残疾人家庭出行便利度提升率", "≥30%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "加装家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt18-homes-points",
    (5, 10),
    "project, OLD-NAT, tier labels with marks and points (*产出指标（50分）, ★数量), headers "
    "考核指标 and 目标值（年度）, indicator points, a rate raised in 百分点 (correct)",
)
def kdt18() -> Book:
    b, s = book()
    project_head(s, year=2025, name="残疾人家庭无障碍设施回访维护项目", dept=DEPT, unit=UNIT,
                 money=one_year(60, 60, 0),
                 goals=["对已改造的400户残疾人家庭回访维护，维修更换设施600件以上。"])  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
    indicators(s, header, [
        ("*产出指标（50分）", "★数量", "回访维护家庭户数", "≥400户", 20, "每少10户扣1分"),
        (None, None, "维修更换无障碍设施件数", "≥600件", 10, "按完成比例得分"),
        (None, "质量", "维护后设施完好率", "≥95%", 10, "每低1个百分点扣1分"),
        (None, "时效", "报修响应时间", "≤48小时", 5, "超时一次扣1分"),
        (None, "成本", "户均回访维护费用", "≤1500元/户", 5, "超标准不得分"),
        ("效益指标（35分）", "社会效益", "改造家庭居家安全自理达标率", "比上年提高≥5百分点",
         20, "按提高幅度得分"),
        (None, "可持续影响", "设施长效维护机制", "建立并执行", 15, "未建立不得分"),
        ("满意度指标（15分）", "服务对象满意度", "回访家庭满意度", "≥92%", 15,
         "每低1个百分点扣1分"),
    ])  # fmt: skip
    notes(s, "填表说明：一级指标分值与三级指标分值为两级口径，合计均为100分，不重复计算。")
    return b
