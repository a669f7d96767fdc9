"""Department returns of transport bureaus and bus centres (部门整体支出): money blocks, flat
lists, template rows, notes and a page break (khm13–khm18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout887.common import (
    HEAD4,
    YEAR,
    book,
    indicators,
    note,
    signature,
    wan,
)
from tests.variants.holdout887.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


def share(value: float) -> object:
    return pct(value, "0.00%")


def bureau_indicators(s: Sheet) -> None:
    """The NAT-2021 table of the 澜坪 bureau, a note row between two tier blocks."""
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "每车公里运营补贴标准", "≤2.4元/车公里"),
        ("产出指标", "数量指标", "补贴运营里程", "≥770万车公里"),
        (None, None, "更新纯电动公交车", "≥40辆"),
        (None, None, "维护公交站亭", "≥320座"),
        (None, "质量指标", "公交站亭完好率", "≥95%"),
        (None, "时效指标", "运营补贴拨付时限", "≤15个工作日"),
    ])  # fmt: skip
    note(s, "（说明：以下效益指标按全年统计口径填报，数据来源为公交IC卡系统）", 4)
    s.table([
        ("效益指标", "社会效益指标", "公交日均客运量", "≥21万人次"),
        (None, "生态效益指标", "新能源公交车占比", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip


@variant("khm13-dept-money", (12, 4),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, a "
         "note row inside the table, a footnote explaining the total, signature lines "
         "(correct)")  # fmt: skip
def dept_money() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="澜坪市交通运输局", budget=[
        (wan(5200), wan(4900), wan(300), wan(1150), wan(4050)),
        (share(1), share(0.9423), share(0.0577), share(0.2212), share(0.7788)),
    ], tasks=[
        ("城市公交运营补贴", "按车公里核拨运营补贴", wan(1850), "保障86条线路正常运营"),
        ("新能源公交车更新", "更新纯电动公交车40辆", wan(2000), "新能源公交车占比达到90%"),
        ("公交站亭维护", "维护公交站亭320座", wan(200), "站亭完好率不低于95%"),
        ("金额合计", None, wan(4050), None),
    ], goal="落实公交优先发展，保障城市公交稳定运营，推进公交车辆新能源化。")  # fmt: skip
    bureau_indicators(s)
    s.skip()
    note(
        s,
        "注：资金总额5200万元 = 基本支出1150万元 + 项目支出4050万元；"
        "项目支出即年度主要任务金额合计。",
    )
    signature(s, "单位负责人：韩立岷　　财务负责人：阮清蔚　　填报人：郑可栩（0739-5127468）",
              day(YEAR - 1, 11, 20, CN_DATE))  # fmt: skip
    return b


@variant("khm14-dept-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def dept_money_wrong() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="柘湾县交通运输局", budget=[
        (mk(wan(2600), "B101", "error", row=True, note="基本支出 700 + 项目支出 1800 = 2500"),
         wan(2400), wan(200), wan(700), wan(1800)),
        (share(1), mk(share(0.8), "B111", "error", note="2400 ÷ 2600 = 92.31%, not 80%"),
         share(0.0769), share(0.2692), share(0.6923)),
    ], tasks=[
        ("城乡公交运营补贴", "补贴城乡公交线路运营", wan(960), "132个建制村通公交"),
        ("纯电动公交车替换", "替换柴油公交车12辆", wan(620), "新能源车占比达到75%"),
        ("农村候车亭建设", "新建候车亭60座", wan(180), "沿线群众候车条件改善"),
        ("金额合计", None, mk(wan(1800), "B102", "error", note="960 + 620 + 180 = 1760"),
         None),
    ], goal="推进城乡公交一体化和车辆新能源替换。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "每车公里运营补贴标准", "≤2元/车公里"),
        ("产出指标", "数量指标", "通公交建制村数", "≥132个"),
        (None, None, "替换纯电动公交车", "≥12辆"),
        (None, None, "新建农村候车亭", "≥60座"),
        (None, "质量指标", "候车亭验收合格率", "=100%"),
        (None, "时效指标", "候车亭建成时间", "11月30日前"),
        ("效益指标", "社会效益指标", "城乡公交日均客运量", "≥1.6万人次"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khm15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, 0起 on accidents, weights add to 100 with a 合计 row "
         "(correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="望澄市城市公交服务中心", budget=[
        (wan(820), wan(800), wan(20), wan(260), wan(560)),
    ], goal="做好全市公交运营监管和补贴核算，提高公交服务质量。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("公交线路运营里程", 15, "万车公里", "≥", 680),
        ("新能源公交车占比", 15, "%", "≥", pct(0.9)),
        ("高峰时段准点率", 15, "%", "≥", pct(0.92)),
        ("行车责任事故", 10, "起", "≤", 0),
        ("补贴资金拨付及时率", 10, "%", "=", pct(1)),
        ("每车公里运营补贴", 15, "元/车公里", "≤", 0.8),
        ("乘客投诉办结率", 10, "%", "≥", pct(0.98)),
        ("乘客满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("khm16-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a value's unit against the unit column, weights adding "
         "to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="栖禾区公交客运服务中心", budget=[
        (wan(640), wan(640), wan(0), wan(210), wan(430)),
    ], goal="保障全区公交运营补贴及时兑付，推进新能源公交车更新。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+10+15+10+10+10+10 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("补贴运营线路", "≥34", "正向", "条", 15),
        ("更新新能源公交车", mk("≥6万元", "T112", "error", note="万元 against 辆"), "正向",
         "辆", 15),
        ("高峰时段准点率", "≥90", "正向", "%", 10),
        ("每车公里运营补贴", "≤1.5", "反向", "元/车公里", 15),
        ("乘客有效投诉率", "≤0.05", "反向", "%", 10),
        ("补贴资金拨付及时率", "≥95", "正向", "%", 10),
        ("新能源公交车占比", "≥85", "正向", "%", 10),
        ("乘客满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("khm17-template-rows", (6, 13),
         "department, NAT-2021, header 预期目标: a tier-2 row left from the template with no "
         "indicator, a value whose indicator name is empty")  # fmt: skip
def template_rows() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="栖禾区交通运输综合服务中心", budget=[
        (wan(500), wan(500), wan(0), wan(180), wan(320)),
    ], goal="对新能源公交车充电电费给予补贴，降低公交企业运营成本。")  # fmt: skip
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="a value without an indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "充电电费补贴标准", "≤0.3元/千瓦时"),
        (None, left, None, None),
        ("产出指标", "数量指标", "补贴充电电量", "≥1000万千瓦时"),
        (None, "质量指标", "充电计量核验准确率", "≥99%"),
        (None, "时效指标", "电费补贴拨付时限", "≤20个工作日"),
        ("效益指标", "社会效益指标", nameless, "≥15万人次"),
        (None, "生态效益指标", "年减少二氧化碳排放", "≥0.8万吨"),
        ("满意度指标", "服务对象满意度指标", "公交企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khm18-page-break-notes", (4, 5, 7),
         "department, NAT-2021, headers 指标内容 and 绩效标准, tier labels marked and abbreviated "
         "(*成本指标, 数量), a weight column, the header repeated after a page break, a 合计 "
         "row, 填表说明 and signature lines (correct)")  # fmt: skip
def page_break_notes() -> Book:
    b, s = book("部门整体", (14, 14, 30, 18, 12, 12))
    department_head(s, year=YEAR, dept="澜坪市公共交通发展中心", budget=[
        (wan(1300), wan(1300), wan(0), wan(420), wan(880)),
    ], goal="核算发放公交运营补贴，监督公交企业服务质量，提升公交吸引力。")  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "权重（分）")
    indicators(s, head, [
        ("*成本指标", "经济成本", "每车公里运营补贴标准", "≤1.1元/车公里", 15),
        ("*产出指标", "数量", "补贴运营里程", "≥800万车公里", 15),
        (None, "质量", "公交车辆年检合格率", "=100%", 15),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("*产出指标", "时效", "补贴资金拨付时限", "≤20个工作日", 15),
        ("效益", "社会效益", "公交日均客运量", "≥16万人次", 15),
        (None, "生态效益", "新能源公交车运营比例", "≥85%", 15),
        ("满意度", "服务对象满意度", "乘客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：1.带*的一级指标为必填项；2.指标值应细化量化；3.权重合计为100分。", 5)
    signature(s, "单位负责人：邵鸣岚　　填报人：侯知远　　联系电话：0739-5183026",
              day(YEAR - 1, 11, 26, CN_DATE), 5)  # fmt: skip
    return b
