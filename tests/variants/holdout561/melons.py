"""Hami melons (哈密瓜): demonstration planting, pre-cooling, seedlings, cold stores (cy07–cy12)."""

from __future__ import annotations

from tests.variants.holdout561.common import (
    H4,
    H_POINTS,
    YEAR,
    annual_money,
    book,
    indicators,
    note,
    project,
    sign,
    wan,
)
from tests.variants.holdout561.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

BUREAU = "碧泉县农业农村局 652216"
POINT_WIDTHS = (16, 8, 18, 28, 16, 8)


@variant(
    "cy07-melon-header-words",
    (5, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, tier "
    "labels with ★ and * and abbreviated, 注 and 说明 rows under the table (correct)",
)
def cy07() -> Book:
    b, s = book()
    project(s, "碧泉县哈密瓜标准化种植示范项目", BUREAU, "碧泉县农业技术推广站",
            annual_money(150, 120, 30),
            ["建设哈密瓜标准化示范区3000亩，推广水肥一体化。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("★产出指标", "*数量", "哈密瓜标准化种植示范面积", "≥3000亩"),
        (None, None, "示范区水肥一体化滴灌铺设", "≥2500亩"),
        (None, "*质量", "示范区商品瓜率", "≥85%"),
        (None, None, "农药残留抽检合格率", "=100%"),
        (None, "*时效", "示范田定植完成时间", "5月10日前"),
        (None, "*成本", "每亩种植技术补助", "≤300元/亩"),
        ("★效益指标", "经济效益", "示范区亩均增收", "≥800元"),
        (None, "社会效益", "带动瓜农", "≥260户"),
        (None, "生态效益", "亩均灌溉用水量下降率", "≥10%"),
        (None, "可持续影响", "示范区生产安全事故", "≤0起"),
        ("★满意度指标", "服务对象满意度", "示范区瓜农满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：标“★”“*”的为必填项，不得删除。", 4)
    note(s, "说明：商品瓜率指单瓜重2.5公斤以上且无病斑的瓜所占比例。", 4)
    sign(s, "阿依古丽", "0902-7316604")
    return b


@variant(
    "cy08-melon-second-sheet",
    (6, 7, 13),
    "project head on a first sheet, the table on a "
    "second sheet under 预期实现值; a 时效 tier-2 left empty, a value without a name",
)
def cy08() -> Book:
    b, s = book("基本信息")
    project(s, "哈密瓜产地预冷库建设项目", BUREAU, "碧泉县东戈壁乡人民政府",
            annual_money(220, 180, 40), ["新建产地预冷库4座，年预冷哈密瓜8000吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "哈密瓜预冷处理量", "≥8000吨"),
        (None, None, "新建产地预冷库", "≥4座"),
        (None, "质量指标", "预冷后果心温度达标率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (None, "成本指标", "单座预冷库建设成本", "≤45万元/座"),
        ("效益指标", "经济效益指标", "预冷哈密瓜每吨售价提高", "≥300元"),
        (None, "社会效益指标", "服务种植合作社", "≥20家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "马建疆", "0902-7318815")
    return b


def _points(s: Sheet, top: object, benefit: object, blight: object) -> None:
    indicators(s, H_POINTS, [
        ("一、产出指标", top, "数量指标", "哈密瓜冷链外销量", "≥12000吨", 15),
        (None, None, None, "冷链直发专线开通", "≥6条", 10),
        (None, None, "质量指标", "冷链运输温控达标率", "≥95%", 10),
        (None, None, "时效指标", "采后入库时长", "≤6小时", 5),
        ("二、成本指标", 10, "经济成本指标", "每吨冷链运输补贴", "≤150元/吨", 10),
        ("三、效益指标", benefit, "经济效益指标", "哈密瓜外销收入增长率", "≥10%", 15),
        (None, None, None, "冷链外销占比比上年提高", "≥5百分点", 10),
        (None, None, "社会效益指标", "带动瓜农", "≥1500户", 10),
        (None, None, "可持续影响指标", "冷链瓜白粉病发病率", blight, 5),
        ("四、满意度指标", 10, "服务对象满意度指标", "经营主体满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip


@variant(
    "cy09-melon-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels, tier-1 and "
    "indicator points both adding to 100, a share raised in 百分点 (correct)",
)
def cy09() -> Book:
    b, s = book(widths=POINT_WIDTHS)
    project(s, "哈密瓜冷链外销补助项目", BUREAU, "碧泉县商务和工业信息化局",
            annual_money(260, 220, 40),
            ["补助冷链外销哈密瓜12000吨，开通直发专线6条。"])  # fmt: skip
    _points(s, 40, 40, "≤3%")
    note(s, "注：一级指标分值与三级指标分值为同一满分100分的两级分配，不重复计分。")
    sign(s, "古丽巴哈尔", "0902-7312047")
    return b


@variant(
    "cy10-melon-points-wrong",
    (10, 11),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, ≥ on a disease incidence",
)
def cy10() -> Book:
    b, s = book(widths=POINT_WIDTHS)
    project(s, "哈密瓜冷链外销提质项目", BUREAU, "碧泉县商务和工业信息化局",
            annual_money(260, 220, 40), ["冷链外销哈密瓜12000吨，开通直发专线6条。"])  # fmt: skip
    _points(s, mk(45, "W103", "error", note="tier 45, its indicators 40"),
            mk(35, "W103", "error", note="tier 35, its indicators 40"),
            mk("≥3%", "T108", "warning", row=True, note="发病率 is 反向"))  # fmt: skip
    sign(s, "古丽巴哈尔", "0902-7312047")
    return b


@variant(
    "cy11-melon-noise",
    (4,),
    "project, OLD-NAT, weight column; an instruction row, subtotal "
    "rows, the header repeated after a page break, notes and signature lines (correct)",
)
def cy11() -> Book:
    b, s = book()
    project(s, "哈密瓜嫁接育苗补助项目", BUREAU, "碧泉县农业技术推广站",
            annual_money(90, 75, 15), ["嫁接育苗200万株，供应示范区瓜农。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*head)
    note(s, "（填表时请勿删除一级、二级指标，三级指标可增减）", 5)
    s.table([
        ("产出指标", "数量指标", "嫁接育苗", "≥200万株", 15),
        (None, "质量指标", "嫁接苗成活率", "≥95%", 10),
        (None, "时效指标", "育苗交付时间", "3月31日前", 10),
        (None, "成本指标", "每株嫁接苗补贴", "≤0.3元/株", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "嫁接瓜亩产提高", "≥10%", 15),
        (None, "社会效益指标", "带动育苗户", "≥80户", 10),
        (None, "可持续影响指标", "枯萎病发病率", "≤3%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 35)
    s.table([("满意度指标", "服务对象满意度指标", "瓜农满意度", "≥90%", 15)], merged=(1, 2))
    s.row("小计", None, None, None, 15)
    s.row("合计", None, None, None, 100)
    note(s, "注：1.权重合计100分；2.成活率以定植后15天计。", 5)
    note(s, "填表说明：指标值应填写比较符、数值和计量单位。", 5)
    sign(s, "热合曼", "0902-7319932", day(YEAR - 1, 12, 2))
    return b


@variant(
    "cy12-melon-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below: "
    "an amount as text with separators, a date serial as text, an amount pasted twice",
)
def cy12() -> Book:
    b, s = book()
    money_rows = annual_money(mk("1,280.00", "X103", "warning", note="amount stored as text"),
                              1000, 280)  # fmt: skip
    project(s, "哈密瓜气调冷库建设项目", BUREAU, "碧泉县果蔬冷链服务中心", money_rows,
            ["建成5000吨气调冷库1座，延长哈密瓜销售期。"], attr="一次性项目",
            start=mk("45839", "X104", "warning", note="2025-07-01 as a serial in text"),
            end=day(YEAR, 12, 31))  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "新建气调冷库库容", "≥5000吨"),
        (None, "质量指标", "冷库工程验收合格率", "=100%"),
        (None, "时效指标", "冷库建成投用时间", "12月31日前"),
        (None, "成本指标", "单位库容建设成本", "≤1800元/吨"),
        ("效益指标", "经济效益指标", "哈密瓜错季销售增收", "≥600万元"),
        (None, "社会效益指标", "服务种植户", "≥400户"),
        (None, "可持续影响指标", "冷库设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", "项目", None, "金额（万元）")
    s.row(None, "冷库主体建设", None, wan(900))
    s.row(None, "预冷及制冷设备", None, wan(260))
    s.row(None, "分选包装线", None,
          mk("120万120万", "X106", "error", alt=("B108",), note="amount pasted twice"))  # fmt: skip
    s.row(None, "合计", None, wan(1280))
    sign(s, "马建疆", "0902-7318815")
    return b
