"""A goat-milk powder plant and 青贮 forage storage: hl13-hl18 (three correct, three with
planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout678.common import (
    book,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout678.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = "鹊岗市工业和信息化局（520104）"
FORAGE = "鹊岗市农业农村局（520117）"
EXPORT = ("项目编码", "单位编码", "一级指标", "二级指标", "考核指标", "目标值（年度）")


def export_sheet(b: Book, code: str, title: str) -> Sheet:
    """The second sheet of a budget-system export: title, unit line, header on the third row."""
    s = b.sheet("部门项目支出绩效目标05-2", (20, 12, 14, 14, 30, 18))
    s.title(title, 6)
    s.row("单位名称：鹊岗市羊乳制品产业服务中心", None, None, None, "单位编码：", code)
    s.row(*EXPORT)
    return s


@variant("hl13-powder-line-export", (7,),
         "budget-system export: project head on the first sheet, the indicator table on a second "
         "sheet under 考核指标 · 目标值（年度） with codes in the first columns "
         "(correct)")  # fmt: skip
def powder_line_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=2026, name="羊乳粉生产线智能化改造项目", dept=DEPT,
                 unit="鹊岗市羊乳制品产业服务中心", money=one_year(500, 420, 80),
                 goals=["完成羊乳粉生产线智能化改造1条，全年收购生鲜羊乳12000吨，"
                        "产品抽检合格率100%。"])  # fmt: skip
    p, u = "520104260031", "520104"
    t = export_sheet(b, u, "2026年度项目支出绩效目标表")
    t.table([
        (p, u, "产出指标", "数量指标", "智能化改造生产线", "≥1条"),
        (p, u, None, None, "收购生鲜羊乳", "≥12000吨"),
        (p, u, None, "质量指标", "产品抽检合格率", pct(1)),
        (p, u, None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (p, u, "成本指标", "经济成本指标", "生鲜羊乳收购补贴标准", "≤300元/吨"),
        (p, u, "效益指标", "经济效益指标", "单位产品能耗下降率", "≥8%"),
        (p, u, None, "可持续影响指标", "质量追溯体系", "建立并执行"),
        (p, u, "满意度指标", "服务对象满意度指标", "供奶养殖户满意度", pct(0.9)),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("hl14-powder-storage-export", (7, 5),
         "budget-system export: plan dates in the year before the title's, a quality rate under "
         "时效, a near-duplicate with another value")  # fmt: skip
def powder_storage_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=2026, name="羊乳粉成品恒温仓储扩容项目", dept=DEPT,
                 unit="鹊岗市羊乳制品产业服务中心", money=one_year(180, 150, 30),
                 start=mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题和预算年度是2026年，计划起止日期却在2025年"),
                 end=day(2025, 12, 31),
                 goals=["新增恒温成品库容2000吨，成品出厂检验合格率100%。"])  # fmt: skip
    p, u = "520104260047", "520104"
    t = export_sheet(b, u, "2026年度项目支出绩效目标表")
    t.table([
        (p, u, "产出指标", "数量指标", "新增恒温成品库容", "≥2000吨"),
        (p, u, None, "质量指标", "羊乳粉成品出厂检验合格率", "100%"),
        (p, u, None, "时效指标",
         mk("库内温湿度监测达标率", "F201", "warning", row=True, note="质量类达标率填在时效下"),
         "≥98%"),
        (p, u, None, None, "仓储改造完成时间", "2026年8月31日前"),
        (p, u, None, None, mk("羊乳粉出厂检验合格率", "D103", "warning", row=True,
                              alt=("D102", "D101", "F201"),
                              note="与质量指标下的成品出厂检验合格率是同一指标，值却是95%"),
         "≥95%"),
        (p, u, "成本指标", "经济成本指标", "每吨库容改造成本", "≤800元/吨"),
        (p, u, "效益指标", "经济效益指标", "成品损耗率", "≤0.5%"),
        (p, u, "满意度指标", "服务对象满意度指标", "下游经销商满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("hl15-silage-pits", (4, 12),
         "project, NAT-2021, header 预期目标: a note row inside the table, footnote explaining "
         "the total, detail lines adding up, signature lines (correct)")  # fmt: skip
def silage_pits() -> Book:
    b, s = book()
    project_head(s, year=2026, name="槐渚镇全株玉米青贮窖建设项目", dept=FORAGE,
                 unit="鹊岗市槐渚镇农业服务中心", money=one_year(60, 50, 10),
                 goals=["新建青贮窖3000立方米（其中地上窖2000立方米、地下窖1000立方米），"
                        "收贮全株玉米青贮6000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建青贮窖容积", "≥3000立方米"),
        (None, None, "收贮全株玉米青贮", "≥6000吨"),
        (None, "质量指标", "青贮饲料抽检一级品率", "≥80%"),
        (None, "时效指标", "青贮窖完工时间", "2026年8月15日前"),
        ("说明：效益指标按青贮窖投用后一个饲喂季测算。", None, None, None),
        ("成本指标", "经济成本指标", "青贮窖建设单价", "≤150元/立方米"),
        (None, None, "收贮补贴标准", "≤20元/吨"),
        ("效益指标", "经济效益指标", "饲草料成本降低", "≥10%"),
        (None, "生态效益指标", "秸秆饲料化利用率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("青贮窖建设", w(45)), ("青贮收贮补贴", w(12)), ("青贮质量检测", w(3))], w(60))
    notes(s, "注：合计60万元 = 青贮窖建设45万元 + 收贮补贴12万元 + 质量检测3万元。")
    sign(s, 2026, "贺青山", "0851-7726091")
    return b


@variant("hl16-silage-storage-wrong", (12,),
         "project, NAT-2021: goal volume against the indicator, detail lines not adding to 合计, "
         "subsidy standard × tonnage above the money")  # fmt: skip
def silage_storage_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="青贮饲料收贮与窖池扩建项目", dept=FORAGE,
                 unit="鹊岗市草原工作站", money=one_year(40, 36, 4),
                 goals=["新建青贮窖容积3000立方米，收贮全株玉米青贮8000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新建青贮窖容积",
         mk("≥2500立方米", "D104", "warning", note="年度目标写3000立方米，指标只有2500")),
        (None, None, "收贮全株玉米青贮", "≥8000吨"),
        (None, "质量指标", "青贮饲料抽检一级品率", "≥80%"),
        (None, "时效指标", "收贮完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "青贮收贮补贴标准",
         mk("≤60元/吨", "B107", "warning", row=True,
            note="60元 × 8000吨 = 48万元，超过年度资金40万元")),
        ("效益指标", "经济效益指标", "饲草料成本降低", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("青贮窖扩建", w(25)), ("青贮收贮补贴", w(12)), ("青贮质量检测", w(2))],
            mk(w(40), "B102", "error", note="25 + 12 + 2 = 39，与合计40不符"))  # fmt: skip
    sign(s, 2026, "贺青山", "0851-7726091")
    return b


@variant("hl17-cold-chain-two-row-header", (4, 7),
         "project head on the first sheet, the table on a second sheet: two-row header, header "
         "repeated after a page break, subtotal and total score rows (correct)")  # fmt: skip
def cold_chain_two_row_header() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2026, name="羊乳原料冷链收运体系建设项目", dept=DEPT,
                 unit="鹊岗市羊乳制品产业服务中心", money=one_year(120, 100, 20),
                 goals=["购置冷藏收奶车6辆，建设村级收奶站15个，"
                        "生鲜羊乳2小时内入罐冷却。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 14, 12, 10))
    top = ("一级指标", "二级指标", "三级指标", "绩效目标", None, "分值")
    t.row(*top, merge=[(4, 5)])
    t.row(None, None, None, "指标值", "计量单位", None)
    t.table([
        ("产出指标", "数量指标", "购置冷藏收奶车", "≥6", "辆", 20),
        (None, None, "建设村级收奶站", "≥15", "个", 15),
        (None, "时效指标", "挤奶后入罐冷却时间", "≤2", "小时", 15),
        ("小计", None, None, None, None, 50),
    ], merged=(1, 2))  # fmt: skip
    t.row(*top, merge=[(4, 5)])
    t.table([
        ("成本指标", "经济成本指标", "每辆冷藏收奶车购置价", "≤12", "万元/辆", 10),
        ("效益指标", "经济效益指标", "原料乳损耗率", "≤1", "%", 15),
        (None, "社会效益指标", "覆盖养殖村", "≥15", "个", 15),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90", "%", 10),
        ("小计", None, None, None, None, 50),
        ("合计", None, None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：分值按产出50分、成本10分、效益30分、满意度10分设置。")
    return b


@variant("hl18-powder-plant-three-year", (6, 13, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns: a tier-2 left from the template, "
         "a value without a name, a year's tonnage above the period's")  # fmt: skip
def powder_plant_three_year() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="鹊岗市羊乳粉加工产能提升项目", dept=DEPT,
                 unit="鹊岗市羊乳制品产业服务中心", attr="新增项目",
                 money=multi_year((900, 800, 100), (300, 260, 40)),
                 goals=["2026—2028年改造羊乳粉生产线2条，累计收购生鲜羊乳30000吨。",
                        "2026年改造生产线1条，收购生鲜羊乳10000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造羊乳粉生产线", "≥2条", "≥1条"),
        (None, None, "收购生鲜羊乳", "≥30000吨",
         mk("≥36000吨", "D201", "error", alt=("D104",), note="年度36000吨大于三年合计30000吨")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有指标名称"),
         "≥98%", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None, None),
        ("成本指标", "经济成本指标", "生产线改造单位投资", "≤280万元/条", "≤280万元/条"),
        ("效益指标", "经济效益指标", "羊乳粉年产值增加", "≥1.5亿元", "≥0.5亿元"),
        ("满意度指标", "服务对象满意度指标", "供奶养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "蒋明远", "0851-7790346")
    return b
