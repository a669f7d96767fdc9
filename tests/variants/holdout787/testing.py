"""Grain quality testing: 收购、库存粮食质量抽检 and monitoring stations (kdq07–kdq12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout787.common import YEAR, notes, one_year, sign, start, table, wan
from tests.variants.holdout787.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = [("一级指标", "二级指标", "三级指标", "指标值")]


@variant("kdq07-station-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def station_flat_list() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="穗宁市粮油质量监测站",
                    budget=[(wan(420), wan(380), wan(40), wan(250), wan(170))],
                    goal="全年完成粮食质量安全监测样品1500份以上，检测结果准确率98%以上，"
                         "超标粮食全部依规处置，不发生超标粮食流入口粮市场事件。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None)
    table(s, [("指标名称", "权重", "计量单位", "指标性质", "指标值")], [
        ("粮食质量安全监测样品数量", 20, "份", "≥", 1500),
        ("检测结果准确率", 15, "%", "≥", pct(0.98)),
        ("监测报告按时报送率", 15, "%", "≥", pct(0.95)),
        ("超标粮食处置率", 10, "%", "=", pct(1)),
        ("样品检测差错率", 10, "%", "≤", pct(0.01)),
        ("单份样品检测成本", 10, "元/份", "≤", 850),
        ("超标粮食流入口粮市场事件", 10, "起", "=", 0),
        ("受检企业满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    notes(s, "注：单份样品检测成本×1500份=127.5万元，在项目支出170万元以内。")
    sign(s, "严若澜", "0738-5527140", day(YEAR - 1, 12, 2))
    return b


@variant("kdq08-policy-grain-two-row", (7, 11),
         "project, OLD-NAT, two-row header (考核指标 · 比较符 in words · 目标值 · 计量单位), a "
         "下降率 with 大于等于, a goal total with its parts in brackets (correct)")  # fmt: skip
def policy_grain_two_row() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="2025年穗宁市政策性粮食质量检测项目",
                 dept="穗宁市粮食和物资储备局（402）", unit="穗宁市粮油质量监测站",
                 money=one_year(120, 100, 20),
                 goals=["完成政策性粮食质量检测样品1200份（其中最低收购价粮600份、地方储备粮600份），"
                        "检测报告15个工作日内出具，超标样品占比较上年下降。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", None, None, merge=[(1, 3), (4, 6)])
    table(s, [("一级指标", "二级指标", "考核指标", "比较符", "目标值", "计量单位")], [
        ("产出指标", "数量指标", "最低收购价粮检测样品", "大于等于", 600, "份"),
        (None, None, "地方储备粮检测样品", "大于等于", 600, "份"),
        (None, "质量指标", "检测结果复核一致率", "大于等于", 98, "%"),
        (None, "时效指标", "检测报告出具时限", "小于等于", 15, "个工作日"),
        (None, "成本指标", "单份样品检测费用", "小于等于", 900, "元/份"),
        ("效益指标", "社会效益指标", "检测超标样品下降率", "大于等于", 10, "%"),
        (None, None, "超标粮食违规流出事件", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kdq09-inventory-check-export", (7, 9),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with the header "
         "on the third row and codes in the first columns, text =100% at the ceiling "
         "(correct)")  # fmt: skip
def inventory_check_export() -> Book:
    b, s = start("部门项目支出预算05-1", (24, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：穗宁市粮油质量监测站", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("44190025000000000731", "库存粮食质量安全抽检", wan(86), wan(80), wan(6))
    s.row("合计", None, wan(86), wan(80), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (24, 22, 14, 18, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：穗宁市粮油质量监测站", None, None, None, None, None)
    code, name = "44190025000000000731", "库存粮食质量安全抽检"
    table(t, [("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")], [
        (code, name, "产出指标", "数量指标", "库存粮食质量抽检样品", "≥400份"),
        (None, None, None, "质量指标", "抽检结果准确率", "≥98%"),
        (None, None, None, None, "样品登记信息完整率", "=100%"),
        (None, None, None, "时效指标", "抽检结果报送时限", "≤20个工作日"),
        (None, None, None, "成本指标", "单份样品抽检费用", "≤2150元/份"),
        (None, None, "效益指标", "社会效益指标", "库存粮食质量宜存率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kdq10-harvest-survey-tiers", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 时效…): the goal's 1200 份 "
         "against 1000, a quality rate under 时效, a count under 质量")  # fmt: skip
def harvest_survey_tiers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="新收获粮食质量调查和品质测报项目",
                 dept="北塬市粮食和物资储备局（311）", unit="北塬市粮油质量检验中心",
                 money=one_year(96, 96, 0),
                 goals=["采集新收获小麦、稻谷样品1200份，完成质量调查和品质测报，"
                        "9月30日前发布测报报告。"])  # fmt: skip
    table(s, H4, [
        ("产出", "数量", "质量调查和品质测报样品",
         mk("≥1000份", "D104", "warning", row=True, note="年度目标写1200份，指标写1000份")),
        (None, "质量", "样品扦样规范率", "≥98%"),
        (None, None, mk("品质测报报告", "F201", "warning", row=True,
                        note="报告份数是数量指标，填在质量下"), "≥6份"),
        (None, "时效", "测报报告发布时间", "9月30日前"),
        (None, None, mk("检测结果准确率", "F201", "warning", row=True,
                        note="准确率是质量指标，填在时效下"), "≥98%"),
        (None, "成本", "单份样品调查检测费用", "≤800元/份"),
        ("效益", "社会效益", "优质粮食收购指导覆盖率", "≥85%"),
        ("满意度", "服务对象满意度", "售粮农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq11-lab-capacity-leftovers", (9,),
         "project, OLD-NAT, one value column: last season's year left in the goal, a duplicate "
         "count with another value, a deadline stored as a date serial in text")  # fmt: skip
def lab_capacity_leftovers() -> Book:
    b, s = start()
    goal = mk("完成真菌毒素、重金属检测样品650份，继续完成2024年度储备粮质量抽检任务，"
              "提升粮食质量安全检验监测能力。", "Y103", "warning", alt=("Y101",),
              note="2025年度的目标沿用了上一年的“2024年度”任务")  # fmt: skip
    project_head(s, year=YEAR, name="汀垣县粮食质量安全检验监测能力提升项目",
                 dept="汀垣县粮食局（105）", unit="汀垣县粮食质量检验站",
                 money=one_year(75, 60, 15), goals=[goal])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "真菌毒素检测样品数量", "≥350份"),
        (None, None, "重金属检测样品数量", "≥300份"),
        (None, None, mk("重金属检测样品数", "D102", "error", row=True, alt=("D101", "D103"),
                        note="同一指标写了两次，数值不同（300份/350份）"), "≥350份"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "时效指标", "检测报告报送时间",
         mk("45961", "X104", "warning", note="日期成了文本形式的序列号（2025-10-31）")),
        (None, "成本指标", "单份样品检测成本", "≤1100元/份"),
        ("效益指标", "社会效益指标", "超标粮食处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq12-inspection-centre-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "template placeholder left in a value")  # fmt: skip
def inspection_centre_money() -> Book:
    b, s = start("部门整体")
    total = mk(wan(860), "B101", "error", row=True, note="基本支出520+项目支出320=840≠860")
    department_head(s, year=YEAR, dept="北塬市粮油质量检验中心",
                    budget=[(total, wan(800), wan(60), wan(520), wan(320))],
                    tasks=[("储备粮质量抽检", "市级储备粮库存质量抽检", wan(150), "抽检样品≥600份"),
                           ("收购粮食质量监测", "收购环节质量安全监测", wan(110), "监测样品≥400份"),
                           ("检验仪器检定维护", "仪器检定、校准及维护", wan(70), "检定率100%"),
                           ("金额合计", None, mk(wan(320), "B102", "error",
                                             row=True, note="150+110+70=330≠320"), None)],
                    goal="完成储备粮质量抽检600份、收购粮食质量监测400份，"
                         "检验仪器按期检定。")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "储备粮质量抽检样品", "≥600份"),
        (None, None, "收购粮食质量监测样品",
         mk("≥**份", "X101", "error", note="模板占位符未填写")),
        (None, "质量指标", "检验仪器检定率", "=100%"),
        (None, "时效指标", "抽检结果报送时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单份样品抽检成本", "≤2500元/份"),
        ("效益指标", "社会效益指标", "库存粮食质量宜存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
