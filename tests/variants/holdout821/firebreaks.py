"""Returns about firebreak clearing (防火隔离带): key07 to key12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout821.common import DEPT, funds, header, notes, sign, start, tiers, wan
from tests.variants.holdout821.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栎坪县国有林场管理中心"


@variant("key07-firebreak-word-operators", (5, 7, 11),
         "project, NAT-2021, numbered tier labels, headers 考核指标 and 目标值（年度）, operators "
         "in words in their own column, a 下降率 with 大于等于, 0起, a goal total with its parts "
         "(correct)")  # fmt: skip
def firebreak_word_operators() -> Book:
    b, s = start()
    project_head(s, year=2025, name="防火隔离带清理维护", dept=DEPT, unit=UNIT,
                 money=funds((60, 55, 5)),
                 goals=["清理维护防火隔离带500公里（其中新开设120公里、维护380公里），"
                        "防火期前全部完工。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "比较方式", "目标值（年度）", "计量单位")
    tiers(s, [
        ("一、产出指标", "（一）数量指标", "防火隔离带清理维护长度", "大于等于", 500, "公里"),
        (None, None, "新开设防火隔离带长度", "大于等于", 120, "公里"),
        (None, "（二）质量指标", "隔离带宽度达标率", "大于等于", pct(0.95), "%"),
        (None, "（三）时效指标", "清理完工时间", "小于等于",
         day(2025, 10, 31, CN_DATE), "日期"),
        ("二、成本指标", "（一）经济成本指标", "每公里清理维护成本", "小于等于", 0.12, "万元/公里"),
        ("三、效益指标", "（一）生态效益指标", "林下可燃物载量下降率", "大于等于", 20, "%"),
        (None, "（二）社会效益指标", "隔离带失管引发火灾次数", "等于", 0, "起"),
        ("四、满意度指标", "（一）服务对象满意度指标", "周边林农满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, 2025, "覃立川", "0736-5417283")
    return b


@variant("key08-firebreak-cost-and-deadline", (11, 12),
         "project, OLD-NAT, operator and unit columns: a unit cost × length above the year's "
         "money, a deadline in the next year, a quality rate under 时效")  # fmt: skip
def firebreak_cost_and_deadline() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="杉岗林区防火隔离带开设",
        dept=DEPT,
        unit=UNIT,
        money=funds((80, 70, 10)),
        goals=["2025年内新开设和清理杉岗林区防火隔离带600公里，森林防火期前全部完工。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "防火隔离带开设清理长度", "≥", 600, "公里"),
        (None, "质量指标", "隔离带宽度达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "隔离带开设完成时间", "≤",
         mk(day(2026, 4, 30), "Y102", "error", alt=("Y101",),
            note="一年期项目（2025年）的完成时间落在2026年"), "日期"),
        (None, None, "隔离带验收合格率", "≥",
         mk(pct(0.98), "F201", "warning", row=True, note="合格率是质量指标，却填在时效指标下"),
         "%"),
        (None, "成本指标", "每公里开设清理成本", "≤",
         mk(0.15, "B107", "warning", row=True,
            note="0.15万元/公里×600公里＝90万元，超过年度资金80万元"), "万元/公里"),
        ("效益指标", "生态效益指标", "林火蔓延阻隔成功率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("key09-firebreak-two-column-sets", (8,),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then for "
         "年度), the period's length beside the smaller year's, a later year the work prepares "
         "for (correct)")  # fmt: skip
def firebreak_two_column_sets() -> Book:
    b, s = start(widths=(14, 14, 26, 14, 14, 26, 14))
    project_head(s, year=2025, years=2, attr="新增项目", name="生物防火林带建设", dept=DEPT,
                 unit=UNIT, money=funds((260, 240, 20), (156, 146, 10)),
                 goals=["两年新建生物防火林带1000公里，为2027年在全县推广生物防火林带积累经验。",
                        "2025年新建生物防火林带600公里，林带苗木成活率达到90%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标（中期）", "三级指标", "指标值（中期）",
           "二级指标（年度）", "三级指标", "指标值（年度）")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "生物防火林带建设长度", "≥1000公里",
         "数量指标", "生物防火林带建设长度", "≥600公里"),
        (None, "质量指标", "林带苗木成活率", "≥90%", "质量指标", "林带苗木成活率", "≥90%"),
        (None, "时效指标", "年度建设任务完成率", "100%",
         "时效指标", "年度建设任务完成率", "100%"),
        (None, "成本指标", "每公里建设成本", "≤0.25万元", "成本指标", "每公里建设成本",
         "≤0.25万元"),
        ("效益指标", "生态效益指标", "林带阻火成效", "显著", "生态效益指标", "林带阻火成效",
         "显著"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%",
         "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("key10-firebreak-template-leftovers", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, an indicator name carrying last season's year")  # fmt: skip
def firebreak_template_leftovers() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫垭林区防火隔离带维护", dept=DEPT, unit="枫垭国有林场",
                 money=funds((36, 36, 0)),
                 goals=["维护枫垭林区防火隔离带300公里，割灌除草1800亩。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    tiers(s, [
        ("产出指标", "数量指标",
         mk("2024年度隔离带维护里程", "Y103", "warning", row=True, alt=("Y101",),
            note="指标名留着上一年度的2024年"), "≥300公里"),
        (None, None, "割灌除草面积", "≥1800亩"),
        (None, "质量指标",
         mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "维护完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每公里维护成本", "≤0.1万元"),
        ("效益指标", "生态效益指标", "隔离带植被控制达标率", "≥90%"),
        (None, mk("可持续影响指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("key11-firebreak-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and indicator points, both adding "
         "to 100, a rate raised in 百分点, 100% typed at the ceiling (correct)")  # fmt: skip
def firebreak_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="县道沿线防火隔离带清理", dept=DEPT, unit=UNIT,
                 money=funds((50, 45, 5)),
                 goals=["清理县道沿线防火隔离带420公里、割灌除草2600亩，隔离带植被控制达标率"
                        "比上年提高3个百分点。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    tiers(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.防火隔离带清理长度", "≥420公里", 15),
        (None, None, "2.割灌除草面积", "≥2600亩", 10),
        (None, "（二）质量指标", "3.隔离带宽度达标率", "≥95%", 10),
        (None, "（三）时效指标", "4.防火期前完工率", pct(1), 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每公里清理成本", "≤0.1万元", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "6.隔离带植被控制达标率提高",
         "≥3百分点", 15),
        (None, "（二）社会效益指标", "7.林火蔓延阻隔成功率", "≥90%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.周边林农满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，三级指标分值之和等于所属一级指标分值。",
          width=5)  # fmt: skip
    return b


@variant("key12-firebreak-stacked-wrong", (2, 12),
         "two projects stacked in one sheet, OLD-NAT: the second project's money does not add "
         "up and its goal's length differs from its indicator")  # fmt: skip
def firebreak_stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="乡道沿线防火隔离带清理", dept=DEPT, unit=UNIT,
                 money=funds((24, 24, 0)),
                 goals=["清理乡道沿线防火隔离带200公里，防火期前完工。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "防火隔离带清理长度", "≥200公里"),
        (None, "质量指标", "隔离带宽度达标率", "≥95%"),
        (None, "成本指标", "每公里清理成本", "≤0.12万元"),
        ("效益指标", "生态效益指标", "林火蔓延阻隔成功率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(70), "B101", "error", note="财政拨款60＋其他资金5＝65，不是70")
    project_head(s, year=2025, title="", name="县道沿线防火隔离带清理", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", total, "其中：财政拨款", wan(60)),
                        ("其他资金", wan(5), None, None)],
                 goals=["清理县道沿线防火隔离带300公里，防火期前完工。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "防火隔离带清理长度",
         mk("≥350公里", "D104", "warning", row=True,
            note="年度目标写清理300公里，指标却是350公里")),
        (None, "质量指标", "隔离带宽度达标率", "≥95%"),
        (None, "成本指标", "每公里清理成本", "≤0.18万元"),
        ("效益指标", "生态效益指标", "林火蔓延阻隔成功率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "覃立川", "0736-5417283")
    return b
