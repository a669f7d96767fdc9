"""Village festival performances (庙会, 元宵, 村晚): department money, 中期 and 年度, notes,
artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout384.common import (
    YEAR,
    first,
    funds,
    funds_period,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout384.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
TOWN = "漾川县鹭溪镇人民政府"


@variant("wd13-festival-department", (12,),
         "department, NAT-2021: budget with a line of typed shares, key tasks adding to the "
         "金额合计 (= 项目支出), all consistent (correct)")  # fmt: skip
def festival_department() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=f"{TOWN}文化服务中心",
                    budget=[(wan(200), wan(160), wan(40), wan(120), wan(80)),
                            (pct(1), pct(0.8), pct(0.2), pct(0.6), pct(0.4))],
                    tasks=[("春节舞龙舞狮展演", "组织镇村龙狮队展演", wan(35), "展演30场"),
                           ("龙狮非遗传承培训", "传承人授课和骨干集训", wan(25), "培训600人次"),
                           ("村晚及庙会演出", "鹭溪庙会和村晚节目", wan(20), "演出16场"),
                           ("金额合计", None, wan(80), None)],
                    goal="办好春节龙狮展演、传承培训和庙会村晚，群众满意度不低于90%。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "春节龙狮展演场次", "≥30场"),
        (None, None, "传承培训人次", "≥600人次"),
        (None, None, "村晚及庙会演出场次", "≥16场"),
        (None, "质量指标", "演出安全检查合格率", "=100%"),
        (None, "时效指标", "春节展演完成时间", "2025年2月28日前"),
        ("成本指标", "经济成本指标", "单场展演补助标准", "≤1万元/场"),
        ("效益指标", "社会效益指标", "观演群众人次", "≥50000人次"),
        (None, "可持续影响指标", "在册村级龙狮队数量", "≥14支"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wd14-festival-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def festival_department_wrong() -> Book:
    b, s = first()
    total = mk(wan(150), "B101", "error", note="90 + 55 = 145 ≠ 150 (130 + 20 does hold)")
    department_head(s, year=YEAR, dept="澄浦县非物质文化遗产保护中心",
                    budget=[(total, wan(130), wan(20), wan(90), wan(55))],
                    tasks=[("元宵龙狮巡游", "县城及集镇巡游", wan(20), "巡游10场"),
                           ("庙会龙狮汇演", "三月三庙会汇演", wan(15), "汇演4场"),
                           ("非遗传承人带徒", "龙狮传承人带徒授艺", wan(25), "带徒40人"),
                           ("金额合计", None,
                            mk(wan(55), "B102", "error", note="20 + 15 + 25 = 60 ≠ 55"), None)],
                    goal="组织元宵巡游和庙会汇演，支持传承人带徒授艺。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "元宵龙狮巡游场次", "≥10场"),
        (None, None, "传承人带徒人数", "≥40人"),
        (None, "质量指标", "汇演节目审核通过率", "≥95%"),
        (None, "时效指标", "庙会汇演完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "单场巡游经费", "≤2万元/场"),
        ("效益指标", "社会效益指标", "巡游及汇演观众人次", "≥40000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wd15-festival-multi-year",
    (8,),
    "three-year project, NAT-2021, two-row header with 中期 and 年度 value columns: counts "
    "smaller for the year, rates and unit costs equal, a deadline at the period end (correct)",
)
def festival_multi_year() -> Book:
    b, s = first()
    project_head(s, year=YEAR, years=3, name="漾川县乡村龙狮庙会三年提升行动", attr="新增项目",
                 dept="漾川县文化和旅游局（217003）", unit="漾川县文化馆",
                 money=funds_period((270, 230, 40), (90, 80, 10)),
                 goals=["三年内支持180场乡村庙会龙狮演出，建成龙狮传承示范村9个。",
                        "本年度支持60场庙会龙狮演出，建成示范村3个。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "中期", "年度")
    s.table([
        ("产出指标", "数量指标", "庙会龙狮演出场次", "≥180场", "≥60场"),
        (None, None, "龙狮传承示范村数量", "≥9个", "≥3个"),
        (None, "质量指标", "演出安全检查合格率", "=100%", "=100%"),
        (None, "时效指标", "示范村建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤0.5万元/场", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "庙会观演群众人次", "≥150000人次", "≥50000人次"),
        (None, "可持续影响指标", "村级龙狮队常年活动率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("wd16-festival-multi-year-wrong", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the 年度目标 copied from the 中期目标, "
         "an annual count above its period count")  # fmt: skip
def festival_multi_year_wrong() -> Book:
    b, s = first()
    goal = "两年内在鹭溪镇12个村开展庙会龙狮汇演，培育村级龙狮队12支。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="鹭溪镇庙会龙狮汇演培育项目",
        attr="新增项目",
        dept="漾川县鹭溪镇人民政府（217015）",
        unit="鹭溪镇文化服务中心",
        money=funds_period((50, 40, 10), (25, 20, 5)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "庙会龙狮汇演场次", "≥40场",
         mk("≥50场", "D201", "error", note="annual 50 above the two-year 40")),
        (None, None, "培育村级龙狮队数量", "≥12支", "≥6支"),
        (None, "质量指标", "汇演节目审核通过率", "≥95%", "≥95%"),
        (None, "成本指标", "单场汇演补助", "≤0.4万元/场", "≤0.4万元/场"),
        ("效益指标", "社会效益指标", "汇演观众人次", "≥60000人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wd17-festival-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, the header "
    "repeated after a page break, 注 and 填表说明 below, stamp, signature and date (correct)",
)
def festival_notes() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="鹭溪镇三月三庙会龙狮演出", dept=f"{TOWN}（217015）",
                 unit="鹭溪镇文化服务中心", money=funds(16, 16, 0),
                 goals=["三月三庙会期间组织龙狮演出8场，保障庙会安全有序。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "庙会龙狮演出场次", "≥8场"),
        (None, None, "参演龙狮队数量", "≥6支"),
        (None, "质量指标", "演出安全检查合格率", "=100%"),
        (None, "时效指标", "演出完成时间", "2025年4月30日前"),
        (None, "成本指标", "单场演出补助", "≤2万元/场"),
    ])  # fmt: skip
    notes(s, "（填表时请勿删除一级指标；效益、满意度指标见下页）", width=4)
    s.skip()
    indicators(s, HEAD4, [
        ("效益指标", "社会效益指标", "庙会观众人次", "≥30000人次"),
        (None, None, "庙会安全责任事故", "0起"),
        (None, "可持续影响指标", "庙会龙狮演出连续举办年数", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "庙会游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1. 演出场次含开幕巡游1场；2. 单场补助标准×场次不超过项目资金16万元。",
          "填表说明：指标值须写比较符和计量单位，定性指标写明等级。")  # fmt: skip
    s.row("单位（盖章）：鹭溪镇文化服务中心", merge=[(1, 3)])
    sign(s, "钟沅芷", "0736-5517392", day(YEAR - 1, 12, 6))
    return b


@variant("wd18-festival-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines under the table: a start date stored "
         "as a text serial, a split amount, a placeholder left in a value")  # fmt: skip
def festival_artefacts() -> Book:
    b, s = first()
    serial = mk("45748", "X104", "warning", note="a date serial (2025-04-01) typed as text")
    project_head(s, year=YEAR, name="箬溪村中秋舞火龙活动", dept="漾川县文化和旅游局（217003）",
                 unit="箬溪村村委会", money=funds(40, 35, 5), start=serial,
                 goals=["中秋期间组织舞火龙巡游，带动乡村旅游。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "舞火龙巡游场次",
         mk("≥**场", "X101", "error", note="placeholder ** left in the value")),
        (None, None, "扎制火龙条数", "≥3条"),
        (None, "质量指标", "消防安全检查合格率", "=100%"),
        (None, "时效指标", "活动完成时间", "2025年10月15日前"),
        (None, "成本指标", "每条火龙扎制费用", "≤3万元/条"),
        ("效益指标", "经济效益指标", "活动期间村民旅游收入", "≥50万元"),
        (None, "社会效益指标", "现场游客人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row(
        "资金明细（万元）",
        "火龙扎制及道具",
        mk("18.6 5", "X105", "warning", alt=("X103",), note="18.65 split by a space"),
    )
    s.row(None, "演出及安保劳务", wan(15.35))
    s.row(None, "宣传及场地布置", wan(6))
    s.row(None, "合计", wan(40))
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    return b
