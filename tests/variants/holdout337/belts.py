"""Shelter belts: multi-year 中期 and 年度 columns, stacked projects and flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout337.common import YEAR, funds, funds1, project, sign, start, table
from tests.variants.holdout337.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ui07-belts-three-year", (8,),
         "three-year project (2025–2027), NAT-2021, 中期 and 年度 columns: annual counts below "
         "the period, rates and unit costs equal in both (correct)")  # fmt: skip
def belts_three_year() -> Book:
    b, s = start()
    project(s, "沙漠绿洲边缘农田防护林网建设工程", "砾丘县林业工作站",
            funds(600, 520, 80, period=(1500, 1300, 200)),
            ["2025—2027年在绿洲边缘营造农田防护林带120公里，防护农田8万亩。",
             "2025年营造防护林带45公里，栽植新疆杨、沙枣14万株。"],
            years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "营造农田防护林带", "≥120公里", "≥45公里"),
        (None, None, "栽植新疆杨、沙枣等乔木", "≥36万株", "≥14万株"),
        (None, "质量指标", "防护林带当年成活率", "≥85%", "≥85%"),
        (None, "时效指标", "秋季造林完成时间", "每年11月底前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "防护林带营造单位成本", "≤12万元/公里", "≤12万元/公里"),
        ("效益指标", "生态效益指标", "林网防护农田面积", "≥8万亩", "≥3万亩"),
        (None, "社会效益指标", "带动农户参与造林", "≥2400人次", "≥900人次"),
        (None, "可持续影响指标", "林带管护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, PERIOD_HEAD, rows)
    sign(s, "郝德林", "0937-6625581")
    return b


@variant("ui08-belts-copied", (8,),
         "three-year project (2025–2027), OLD-NAT, 中期 and 年度 columns: two cumulative counts "
         "copied into the annual column, 年度目标 text identical to 中期目标")  # fmt: skip
def belts_copied() -> Book:
    b, s = start()
    goal = "营造防风固沙林带60公里，封育沙化草原3万亩，项目区沙尘天气日数逐年减少。"
    project(s, "风垭镇防风固沙林带建设项目", "砾丘县风垭镇人民政府",
            funds(240, 210, 30, period=(700, 620, 80)),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
            years=3)  # fmt: skip
    d202 = "cumulative count copied from the three-year column"
    rows = [
        ("产出指标", "数量指标", "营造防风固沙林带", "≥60公里", "≥20公里"),
        (None, None, "封育沙化草原", "≥3万亩", mk("≥3万亩", "D202", "warning", note=d202)),
        (None, None, "栽植樟子松、沙枣", "≥15万株",
         mk("≥15万株", "D202", "warning", note=d202)),
        (None, "质量指标", "林带造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度造林任务完成时间", "每年10月底前", "2025年10月31日前"),
        (None, "成本指标", "林带营造单位成本", "≤10万元/公里", "≤10万元/公里"),
        ("效益指标", "生态效益指标", "项目区年均沙尘天气日数", "≤15天", "≤18天"),
        (None, "可持续影响指标", "林带管护期", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "镇区居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, PERIOD_HEAD, rows)
    sign(s, "石玉洁", "0937-6617306")
    return b


@variant("ui09-stacked-two", (2,),
         "two one-year shelter-belt projects stacked in one sheet, OLD-NAT, one value column, "
         "the same indicator name with different values (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = start()
    project(s, "驼泉乡村庄周边防护林带更新改造", "砾丘县驼泉乡人民政府", funds1(150, 135, 15),
            ["更新改造村庄周边退化防护林带18公里。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更新改造防护林带", "≥18公里"),
        (None, "质量指标", "林带保存率", "≥85%"),
        (None, "成本指标", "林带更新单位成本", "≤8万元/公里"),
        ("效益指标", "生态效益指标", "村庄风沙危害减轻户数", "≥620户"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ONE_HEAD, rows)
    s.skip()
    project(s, "砾丘县城北防沙林带补植项目", "砾丘县城北林场", funds1(90, 90, 0),
            ["在城北防沙林带缺株断带处补植樟子松4.5万株。"], title="")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "补植樟子松", "≥4.5万株"),
        (None, "质量指标", "林带保存率", "≥90%"),
        (None, "成本指标", "补植苗木单株成本", "≤18元/株"),
        ("效益指标", "生态效益指标", "缺株断带修复长度", "≥9公里"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ONE_HEAD, rows)
    sign(s, "吕文斌", "0937-6620145")
    return b


@variant("ui10-stacked-wrong", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "资金总额 is not 财政拨款 + 其他资金, and its 保存率 is given as a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    project(s, "沙湖滩牧道防护林带建设", "砾丘县沙湖滩苏木人民政府", funds1(120, 100, 20),
            ["沿牧道营造防护林带12公里，减轻牧道积沙。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "营造牧道防护林带", "≥12公里"),
        (None, "质量指标", "林带保存率", "≥85%"),
        (None, "成本指标", "林带营造单位成本", "≤9万元/公里"),
        ("效益指标", "生态效益指标", "牧道积沙清理次数下降率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ONE_HEAD, rows)
    s.skip()
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240 ≠ 260")
    project(s, "黄羊洼防风固沙林带提升项目", "砾丘县黄羊洼林场", funds1(total, 200, 40),
            ["对黄羊洼防风固沙林带25公里实施补植和抚育。"], title="")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "抚育防风固沙林带", "≥25公里"),
        (None, "质量指标", "林带保存率",
         mk("1800株", "T105", "error", note="a 保存率 given as a count of plants")),
        (None, "成本指标", "林带抚育单位成本", "≤8万元/公里"),
        ("效益指标", "生态效益指标", "林带防护范围内沙尘天气日数", "≤20天"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ONE_HEAD, rows)
    sign(s, "闫春梅", "0937-6633218")
    return b


def _budget(total: float, fiscal: float, other: float, basic: float, proj: float) -> list[
        list[object]]:  # fmt: skip
    return [[money(v, WAN) for v in (total, fiscal, other, basic, proj)]]


@variant("ui11-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, =100% at the ceiling, weights adding to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="砾丘县防沙治沙工作站",
                    budget=_budget(860, 800, 60, 310, 550),
                    goal="完成防沙治沙任务2.2万亩，监测沙尘天气，落实禁牧区巡护。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("完成沙化土地综合治理面积", 20, "万亩", "≥", 2.2),
        ("防护林带营造长度", 15, "公里", "≥", 30),
        ("禁牧区巡护覆盖率", 15, "%", "=", pct(1.0)),
        ("固沙造林当年成活率", 15, "%", "≥", pct(0.85)),
        ("县城年度沙尘天气日数", 15, "天", "≤", 12),
        ("封育治沙单位面积成本", 10, "元/亩", "≤", 200),
        ("治沙区农牧民满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    table(s, FLAT_HEAD, rows, merged=())
    s.row("合计", 100)
    sign(s, "包海峰", "0937-6602716")
    return b


@variant("ui12-flat-defects", (3,),
         "department, flat list: an area given in 万元 against a 万亩 unit column, weights "
         "adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="砾丘县草原工作站", budget=_budget(540, 500, 40, 210, 330),
                    goal="落实禁牧和草畜平衡，补播改良退化草原3.5万亩。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 10 + 10 + 10 = 95, not 100")
    rows = [
        ("落实草原禁牧面积", 20, "万亩", "≥", 56),
        ("退化草原补播改良面积", 15, "万亩", "≥",
         mk("3.5万元", "T112", "error", alt=("T119",), note="万元 in the value, 万亩 in the unit")),
        ("禁牧区草原植被盖度", 15, "%", "≥", pct(0.3)),
        ("草原管护员到岗率", 15, "%", "=", pct(1.0)),
        ("违规放牧案件查处率", 10, "%", "=", pct(1.0)),
        ("补播草种单位成本", 10, "元/亩", "≤", 60),
        ("禁牧户满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    table(s, FLAT_HEAD, rows, merged=())
    s.row("合计", 95)
    sign(s, "伊力奇", "0937-6641380")
    return b
