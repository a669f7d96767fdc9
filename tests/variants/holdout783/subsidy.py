"""Vocational-skill subsidies (职业技能提升补贴): kdm01–kdm06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout783.common import (
    DEPT,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,  # fmt: skip
    wan,
)
from tests.variants.holdout783.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "江渚市职业技能鉴定指导中心"
H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
H_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kdm01-skill-subsidy-percent", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent cells, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def skill_subsidy_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="职业技能提升补贴（培训补贴）", dept=DEPT, unit=UNIT,
                 money=one_year(wan(450), wan(400), wan(50)),
                 goals=["2025年补贴职业技能培训3000人次（其中农民工1200人次），培训合格率不低于90%，"
                        "参训人员取证后就业率不低于75%。"])  # fmt: skip
    indicators(s, H6, [
        ("一、产出指标", "（一）数量指标", "补贴职业技能培训人次", "≥", 3000, "人次"),
        (None, None, "其中：农民工培训人次", "≥", 1200, "人次"),
        (None, "（二）质量指标", "培训合格率", "≥", pct(0.9), "%"),
        (None, None, "补贴资金发放准确率", "=", pct(1), "%"),
        (None, "（三）时效指标", "补贴申请审核办结时限", "≤", 15, "个工作日"),
        ("二、成本指标", "（一）经济成本指标", "人均培训补贴标准", "≤", 1500, "元/人次"),
        ("三、效益指标", "（一）社会效益指标", "参训人员取证后就业率", "≥", pct(0.75), "%"),
        (None, "（二）可持续影响指标", "技能人才占就业人员比例较上年提高", "≥", 1, "百分点"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "宋岚舟", "0737-6602415", day(2024, 11, 8))
    return b


@variant("kdm02-skill-subsidy-goal-count", (5, 11),
         "project, OLD-NAT, one value column: the indicator count differs from the goal's, a "
         "timeliness rate under 质量, a deadline left from last year")  # fmt: skip
def skill_subsidy_goal_count() -> Book:
    b, s = start()
    project_head(s, year=2025, name="农民工职业技能提升补贴", dept=DEPT, unit=UNIT,
                 money=one_year(wan(360), wan(360), wan(0)),
                 goals=["2025年补贴农民工职业技能培训2400人次，按每人次1500元标准拨付，"
                        "新增取得职业技能等级证书1800人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标",
         "补贴农民工职业技能培训人次",
         mk("≥2000人次", "D104", "warning",
            note="年度目标写补贴培训2400人次（与360万元、1500元/人次相符），指标只有2000人次")),
        (None, None, "新增取得职业技能等级证书人数", "≥1800人"),
        (None, "质量指标", "培训考核合格率", "≥85%"),
        (None, None,
         mk("补贴资金发放及时率", "F201", "warning", row=True,
            note="及时率是时效指标，填在质量指标下"), "≥95%"),
        (None, "时效指标", "补贴资金拨付完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度项目的完成时限写成2024年，是上年表格的遗留")),
        (None, "成本指标", "培训补贴标准", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "参训农民工稳定就业率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郝慎之", "0737-6602433", day(2024, 11, 12))
    return b


@variant("kdm03-apprentice-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts three times the "
         "year's, rates equal in both (correct)")  # fmt: skip
def apprentice_three_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="企业新型学徒制培训补贴", dept=DEPT, unit=UNIT,
                 attr="新增项目",
                 money=multi_year((wan(1620), wan(1500), wan(120)), (wan(540), wan(500), wan(40))),
                 goals=["2025—2027年累计培训企业新型学徒5400人，结业考核合格率不低于90%，"
                        "建成校企联合培养基地15个。",
                        "2025年培训企业新型学徒1800人，结业考核合格率不低于90%，"
                        "建成校企联合培养基地5个。"])  # fmt: skip
    indicators(s, H_PERIOD, [
        ("产出指标", "数量指标", "企业新型学徒培训人数", "≥5400人", "≥1800人"),
        (None, None, "建成校企联合培养基地", "≥15个", "≥5个"),
        (None, "质量指标", "学徒结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "学徒培训补贴标准", "≤3000元/人", "≤3000元/人"),
        ("效益指标", "社会效益指标", "学徒结业后留用率", "≥80%", "≥80%"),
        (None, "可持续影响指标", "校企联合培养机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2025—2027年累计数，年度指标值为2025年当年数。", 5)
    return b


@variant("kdm04-subsidy-two-year-copy", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative count copied into 年度")  # fmt: skip
def subsidy_two_year_copy() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="数字技能培训补贴", dept=DEPT, unit=UNIT,
                 attr="新增项目",
                 money=multi_year((wan(960), wan(900), wan(60)), (wan(480), wan(450), wan(30))),
                 goals=["2025—2026年累计补贴数字技能培训6000人次，开发培训课程包20个。",
                        "2025年补贴数字技能培训3000人次，开发培训课程包10个。"])  # fmt: skip
    indicators(s, H_PERIOD, [
        ("产出指标", "数量指标", "补贴数字技能培训人次", "≥6000人次", "≥3000人次"),
        (None, None, "取得数字技能等级证书人数", "≥4000人",
         mk("≥4500人", "D201", "error", note="一年的取证人数大于两年累计的4000人")),
        (None, None, "新开发培训课程包", "≥20个",
         mk("≥20个", "D202", "warning",
            note="累计数原样抄进年度列；年度目标写10个")),
        (None, "质量指标", "培训合格率", "≥85%", "≥85%"),
        (None, "时效指标", "补贴审核办结时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1600元/人次", "≤1600元/人次"),
        ("效益指标", "社会效益指标", "参训人员数字岗位就业率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked_table(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [("产出指标", "数量指标", *rows[0]), (None, None, *rows[1]),
            (None, "质量指标", *rows[2]), (None, "时效指标", *rows[3]),
            (None, "成本指标", *rows[4]), ("效益指标", "社会效益指标", *rows[5]),
            ("满意度指标", "服务对象满意度指标", *rows[6])]  # fmt: skip


@variant("kdm05-subsidy-stacked-two", (2, 12),
         "two subsidy projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def subsidy_stacked_two() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="职业技能等级认定补贴", dept=DEPT, unit=UNIT,
                 money=one_year(wan(160), wan(140), wan(20)),
                 goals=["2025年为2000名取得职业技能等级证书的劳动者发放认定补贴。"])  # fmt: skip
    indicators(s, head, _stacked_table([
        ("享受认定补贴人数", "≥2000人"), ("认定职业（工种）数", "≥40个"),
        ("补贴资金发放准确率", "=100%"), ("补贴申领办结时限", "≤10个工作日"),
        ("认定补贴标准", "≤800元/人"), ("获证人员就业率", "≥80%"),
        ("补贴对象满意度", "≥90%"),
    ]))  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="急需紧缺职业（工种）培训补贴", dept=DEPT, unit=UNIT,
                 title="", money=one_year(wan(240), wan(240), wan(0)),
                 goals=["2025年补贴养老护理、电工等急需紧缺工种培训1000人。"])  # fmt: skip
    indicators(s, head, _stacked_table([
        ("享受培训补贴人数", "≥1000人"), ("培训急需紧缺工种数", "≥12个"),
        ("补贴资金发放准确率", "≥98%"), ("补贴申领办结时限", "≤15个工作日"),
        ("培训补贴标准", "≤2400元/人"), ("获证人员就业率", "≥75%"),
        ("补贴对象满意度", "≥92%"),
    ]))  # fmt: skip
    return b


@variant("kdm06-subsidy-budget-export", (7, 12),
         "budget-system export: money on sheet 05-1, the indicators on sheet 05-2 under a header "
         "on the third row with project codes: a near-duplicate count with another value, "
         "standard × count above the money")  # fmt: skip
def subsidy_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 26, 14, 14, 14))
    s.title("江渚市人力资源和社会保障局2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("418001250031", "职业技能提升行动补贴", wan(500), wan(480), wan(20))
    s.row("合计", None, wan(500), wan(480), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 30, 10, 12, 12))
    t.title("江渚市人力资源和社会保障局2025年部门项目支出绩效目标表", 8)
    t.row("单位：江渚市人力资源和社会保障局")
    code, name = "418001250031", "职业技能提升行动补贴"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "补贴职业技能培训人数", "≥", 3000, "人"),
        ("产出指标", "数量指标", "新取得职业技能等级证书人数", "≥", 2400, "人"),
        (
            "产出指标",
            "数量指标",
            "取得职业技能等级证书人数",
            "≥",
            mk(
                2100,
                "D102",
                "error",
                row=True,
                alt=("D103", "D101"),
                note="同一取证人数多一个“新”字再填一次，目标值2400与2100不同",
            ),
            "人",
        ),
        ("产出指标", "质量指标", "培训合格率", "≥", 85, "%"),
        ("产出指标", "时效指标", "补贴资金拨付时限", "≤", 30, "个工作日"),
        (
            "成本指标",
            "经济成本指标",
            "人均培训补贴标准",
            "≤",
            mk(
                2000,
                "B107",
                "warning",
                row=True,
                note="2000元/人 × 3000人 = 600万元，超过项目资金500万元",
            ),
            "元/人",
        ),
        ("效益指标", "社会效益指标", "参训人员就业率", "≥", 70, "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%"),
    ]:
        t.row(code, name, *row)
    return b
