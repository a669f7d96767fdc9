"""Returns of whole offices: stacked projects, department forms and flat lists."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout554.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout554.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WALL_DEPT = "岷台市文物局（代码317）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cr13-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = project("隗城北关城墙段日常维护", "岷台市隗城文物保护管理所",
                   one_year(w(40), w(32), w(8)),
                   ["完成北关城墙段全年日常维护，墙顶除草和排水清理每月不少于4次。"],
                   attr="常年项目")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "城墙日常巡查频次", "≥4次/月"),
        (None, "质量指标", "维护问题整改率", "≥95%"),
        (None, "成本指标", "城墙日常维护单价", "≤0.02万元/米"),
        ("效益指标", "社会效益指标", "城墙本体安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="隗城南关烽火台日常维护", dept=WALL_DEPT,
                 unit="岷台市隗城文物保护管理所", money=one_year(w(28), w(28), w(0)),
                 goals=["完成南关3座烽火台全年日常维护，每月巡查不少于2次。"],
                 attr="常年项目", title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "城墙日常巡查频次", "≥2次/月"),
        (None, None, "烽火台日常维护", "≥3座"),
        (None, "质量指标", "维护问题整改率", "≥90%"),
        (None, "成本指标", "单座烽火台年维护费用", "≤9万元/座"),
        ("效益指标", "社会效益指标", "烽火台本体安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘秋禾", "0871-6630427")
    return b


@variant("cr14-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not add "
         "up and one of its rates is a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = project("燕渚古城西城墙险段排险", "燕渚县文物保护中心",
                   one_year(w(36), w(30), w(6)),
                   ["排除西城墙险段坍塌隐患，完成险段临时支护。"],
                   dept="燕渚县文化和旅游局（代码208）", attr="一次性项目")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "城墙险段临时支护", "≥5处"),
        (None, "质量指标", "排险完成率", "=100%"),
        (None, "成本指标", "单处险段支护费用", "≤6万元/处"),
        ("效益指标", "社会效益指标", "城墙坍塌伤人事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(55), "B101", "error", row=True, note="45 + 8 = 53, not 55")
    project_head(s, year=2025, name="燕渚古城北门烽火台排险", dept="燕渚县文化和旅游局（代码208）",
                 unit="燕渚县文物保护中心", money=one_year(total, w(45), w(8), w(55)),
                 goals=["排除北门两座烽火台坍塌险情，完成基础加固。"],
                 attr="一次性项目", title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "烽火台基础加固", "≥2座"),
        (None, "质量指标", "排险完成率", mk("6处", "T105", "error", note="a rate as a count")),
        (None, "成本指标", "单座烽火台加固费用", "≤20万元/座"),
        ("效益指标", "社会效益指标", "烽火台坍塌伤人事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁长庚", "0871-6632215")
    return b


@variant("cr15-department-second-sheet", (4, 7, 12),
         "department, NAT-2021: budget and key tasks adding up on the first sheet, the indicator "
         "table on a second sheet under header 预期实现值, a 说明 row (correct)")  # fmt: skip
def department_second_sheet() -> Book:
    b, _ = department(WALL_DEPT, [(w(1280), w(1180), w(100), w(520), w(760))],
                      "保护好全市城墙和烽火台遗存，完成重点段落修缮和日常看护。",
                      tasks=[("城墙本体修缮", "隗城西段、北段城墙加固和排水整治", w(420),
                              "完成重点段落修缮"),
                             ("烽火台抢险", "濒危烽火台抢险加固和保护棚搭建", w(250),
                              "消除坍塌险情"),
                             ("群众看护", "聘用看护员开展日常巡查", w(90), "全年无安全事故"),
                             ("金额合计", None, w(760), None)])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度部门整体支出绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "城墙修缮长度", "≥1500米"),
        (None, None, "烽火台抢险加固", "≥8座"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "年度修缮任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "城墙修缮单价", "≤0.25万元/米"),
        ("效益指标", "社会效益指标", "文物安全责任事故", "0起"),
        (None, "可持续影响指标", "城墙和烽火台看护覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ], label=None)  # fmt: skip
    notes(t, "说明：城墙修缮长度含隗城西段420米和北段1080米。", width=4)
    return b


@variant("cr16-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "key tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    total = mk(w(960), "B101", "error", note="400 + 540 = 940, not 960")
    b, s = department("燕渚县文化和旅游局", [(total, w(880), w(80), w(400), w(540))],
                      "完成古城城墙和烽火台修缮，保障文物本体安全。",
                      tasks=[("城墙修缮", "南城墙包砖修复和东瓮城修缮", w(200), "完成修缮"),
                             ("烽火台排险", "北门烽火台排险加固", w(180), "消除险情"),
                             ("文物安全巡查", "城墙和烽火台日常巡查", w(150), "全年无事故"),
                             ("金额合计", None,
                              mk(w(540), "B102", "error", note="200 + 180 + 150 = 530, not 540"),
                              None)])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "城墙包砖修复面积", "≥1600平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "包砖修复单价", "≤0.12万元/平方米"),
        ("效益指标", "社会效益指标", "文物安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign(s, "郁长庚", "0871-6632215")
    return b


@variant("cr17-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, weights add to 100, 下降率 with ≥ (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = department("鹤陉关遗址保护所", [(w(310), w(290), w(20), w(190), w(120))],
                      "做好鹤陉关城墙和烽火台看护、监测与展示。")  # fmt: skip
    indicators(s, FLAT, [
        ("城墙监测点运行数量", 20, "个", "≥", 30),
        ("烽火台巡查覆盖率", 20, "%", "=", pct(1)),
        ("城墙本体病害较上年下降率", 15, "%", "≥", pct(0.1)),
        ("遗址展示接待游客", 15, "万人次", "≥", 12),
        ("文物安全责任事故", 20, "起", "=", 0),
        ("游客满意度", 10, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    s.row("合计", 100)
    sign(s, "鲍青苗", "0877-5214609")
    return b


@variant("cr18-flat-wrong", (3,),
         "department, flat list: weights adding to 95, a value whose unit conflicts with the unit "
         "column, a typed percent over 100")  # fmt: skip
def flat_wrong() -> Book:
    b, s = department("雁屏县文物保护所", [(w(420), w(400), w(20), w(160), w(260))],
                      "完成烽火台群抢险加固、测绘建档和群众看护。")  # fmt: skip
    indicators(s, FLAT, [
        ("烽火台抢险加固", 20, "座", "≥", 5),
        ("烽火台保护标识牌设置", 15, "块", "≥",
         mk("12万元", "T112", "error", note="万元 against the unit column 块")),
        ("烽火台巡查覆盖率", 20, "%", "≥",
         mk(pct(1.02), "T106", "error", note="a coverage rate above 100%")),
        ("烽火台数字化测绘", 15, "座", "≥", 30),
        ("文物安全责任事故", 15, "起", "=", 0),
        ("沿线群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 20 + 15 + 15 + 10 = 95, not 100")
    sign(s, "隋远山", "0912-7785520")
    return b
