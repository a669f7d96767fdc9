"""Mine-pit regreening (矿山复绿) and worked-out areas (采空区): percent cells, conversion
artefacts, a flat department list, stacked projects and department money blocks."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout505.common import (
    YEAR,
    cash,
    indicators,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout505.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

P1 = "0.0%"


@variant("au07-mine-percent-wrong", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells: a 合格率 typed as 105%, a 完成率 given as a count")  # fmt: skip
def au07() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="老鸦冲废弃矿山生态修复项目", dept="乌崖区自然资源局（208）",
        unit="乌崖区矿山生态修复中心", money=one_year(400, 350, 50),
        goals=["修复老鸦冲废弃矿山320亩，回填采空区4.2万立方米，消除地质灾害隐患5处。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    count = mk(6, "T105", "error", row=True,
               note="a 完成率 given as 6 处 instead of a percentage")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "废弃矿山修复面积", "≥", 320, "亩"),
        (None, None, "采空区回填量", "≥", 4.2, "万立方米"),
        (None, "质量指标", "复绿工程验收合格率", "≥", over, None),
        (None, None, "危岩边坡治理完成率", "≥", count, "处"),
        (None, "时效指标", "复绿工程完工时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "复绿亩均成本", "≤", 9000, "元/亩"),
        ("效益指标", "生态效益指标", "矿区植被覆盖度", "≥", pct(0.6), None),
        (None, None, "矿区扬尘投诉下降率", "≥", pct(0.3), None),
        (None, "社会效益指标", "消除地质灾害隐患点", "≥", 5, "处"),
        (None, "可持续影响指标", "复绿植被管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("au08-mine-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below "
         "the table: a split number, an amount pasted twice, a date serial as text")  # fmt: skip
def au08() -> Book:
    b, s = start()
    end = mk("45991", "X104", "warning",
             note="计划完成日期 typed as the text 45991, the serial of 2025-11-30")  # fmt: skip
    project_head(
        s, year=YEAR, name="铅厂坳采空区治理与复绿工程", dept="磐垭县自然资源局（409）",
        unit="磐垭县铅厂坳矿区管理所", money=one_year(400, 360, 40), end=end,
        goals=["充填铅厂坳采空区4.2万立方米，复绿边坡180亩，消除采空塌陷隐患。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "采空区充填量", "≥4.2万立方米"),
        (None, None, "边坡复绿面积", "≥180亩"),
        (None, "质量指标", "复绿植被成活率", "≥85%"),
        (None, "时效指标", "充填工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "边坡复绿亩均成本", "≤7900元/亩"),
        ("效益指标", "生态效益指标", "消除采空塌陷隐患面积", "≥35亩"),
        (None, "社会效益指标", "受益周边居民", "≥1200人"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    note(s, "项目支出明细（万元）", 4)
    split = mk("212.337 5", "X105", "warning", alt=("X103",),
               note="212.3375 split by a space in the PDF copy; the lines then add up")  # fmt: skip
    twice = mk("45万45万（含安装）", "X106", "error", alt=("B108",),
               note="45 pasted twice; read as 45 the lines add up to 400")  # fmt: skip
    s.table([
        ("序号", "支出内容", "金额", "测算依据"),
        (1, "采空区充填", split, "充填量约4.2万立方米"),
        (2, "边坡复绿", money(142.6625, "0.0000"), "复绿180亩，含客土喷播"),
        (3, "塌陷监测设备", twice, "位移监测站6套"),
        (None, "合计", money(400, "0.0000"), None),
    ])  # fmt: skip
    return b


@variant("au09-mine-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, a 0起 incident cap (correct)")  # fmt: skip
def au09() -> Book:
    b, s = start()
    department_head(
        s, year=YEAR, dept="乌崖区自然资源和规划局",
        budget=[
            (cash(1860), cash(1700), cash(160), cash(620), cash(1240)),
            (pct(1), pct(1700 / 1860, P1), pct(160 / 1860, P1), pct(620 / 1860, P1),
             pct(1240 / 1860, P1)),
        ],
        tasks=[
            ("历史遗留矿山复绿", "废弃矿山复绿450亩", cash(780), "复绿区植被成活"),
            ("地质灾害防治", "隐患点巡查与避让搬迁", cash(290), "地质灾害零伤亡"),
            ("自然资源调查", "年度国土变更调查", cash(170), "按期完成"),
            ("金额合计", None, cash(1240), None),
        ],
        goal="目标1：复绿历史遗留废弃矿山450亩；目标2：地质灾害隐患点巡查全覆盖。",
    )  # fmt: skip
    s.skip()
    note(s, "年度绩效指标", 5)
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("历史遗留废弃矿山复绿面积", 20, "亩", "≥", 450),
        ("地质灾害隐患点巡查轮次", 15, "轮", "≥", 4),
        ("复绿工程验收合格率", 15, None, "≥", pct(0.95)),
        ("矿区地质灾害伤亡事故", 10, "起", "≤", 0),
        ("矿山复绿亩均成本", 10, "元/亩", "≤", 15000),
        ("受威胁群众避让搬迁", 10, "户", "≥", 36),
        ("辖区群众满意度", 20, None, "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "杨栖梧", "0851-3297716", day(YEAR - 1, 11, 26))
    return b


def _stack_one(s: Sheet, name: str, unit: str, cash_rows: list[list[object]], goal: str,
               rows: list[tuple[object, ...]], title: str | None = None) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept="磐垭县自然资源局（409）", unit=unit,
                 money=cash_rows, goals=[goal], title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), rows)


@variant("au10-mine-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same 满意度 name with different values (correct)")  # fmt: skip
def au10() -> Book:
    b, s = start()
    _stack_one(s, "锑山坪尾矿库闭库复绿项目", "磐垭县锑山坪矿区管理所", one_year(260, 240, 20),
               "完成尾矿库闭库覆土85亩，种植乔灌木2.1万株。", [
        ("产出指标", "数量指标", "尾矿库闭库覆土面积", "≥85亩"),
        (None, None, "种植乔灌木", "≥2.1万株"),
        (None, "质量指标", "覆土厚度达标率", "≥95%"),
        (None, "时效指标", "闭库工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "覆土复绿亩均成本", "≤2.6万元/亩"),
        ("效益指标", "生态效益指标", "尾矿库扬尘天数下降率", "≥40%"),
        (None, "可持续影响指标", "闭库后监测年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    _stack_one(s, "碧峒河沿岸砂石坑复绿项目", "磐垭县碧峒镇人民政府", one_year(180, 150, 30),
               "回填复绿碧峒河沿岸砂石坑120亩，消除河岸安全隐患8处。", [
        ("产出指标", "数量指标", "砂石坑回填复绿面积", "≥120亩"),
        (None, "质量指标", "复绿植被成活率", "≥85%"),
        (None, "时效指标", "复绿工程完工时间", "2025年9月30日前"),
        (None, "成本指标", "砂石坑复绿亩均成本", "≤1.2万元/亩"),
        ("效益指标", "社会效益指标", "消除河岸安全隐患点", "≥8处"),
        (None, "生态效益指标", "河岸植被覆盖率提高", "≥15百分点"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%"),
    ], title="")  # fmt: skip
    return b


@variant("au11-mine-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up and one rate is a count")  # fmt: skip
def au11() -> Book:
    b, s = start()
    _stack_one(s, "大坡岭石灰石矿坡面复绿项目", "磐垭县大坡岭林场", one_year(210, 190, 20),
               "复绿大坡岭石灰石矿坡面110亩，治理危岩体3处。", [
        ("产出指标", "数量指标", "矿山坡面复绿面积", "≥110亩"),
        (None, None, "危岩体治理", "≥3处"),
        (None, "质量指标", "复绿植被成活率", "≥85%"),
        (None, "时效指标", "复绿工程完工时间", "2025年11月15日前"),
        (None, "成本指标", "坡面复绿亩均成本", "≤1.6万元/亩"),
        ("效益指标", "生态效益指标", "坡面植被覆盖率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(cash(300), "B101", "error", row=True,
               note="300 ≠ 财政拨款 250 + 其他资金 30 = 280")  # fmt: skip
    rate = mk("≥3处", "T105", "error", note="a 完成率 given as a count of sites")
    _stack_one(s, "岩脚寨煤矿采空区治理项目", "磐垭县岩脚寨矿区管理所",
               one_year(total, 250, 30), "治理岩脚寨采空塌陷区140亩并复绿。", [
        ("产出指标", "数量指标", "采空塌陷区治理面积", "≥140亩"),
        (None, "质量指标", "采空塌陷区治理完成率", rate),
        (None, "时效指标", "治理工程完工时间", "2025年12月15日前"),
        (None, "成本指标", "塌陷区治理亩均成本", "≤1.8万元/亩"),
        ("效益指标", "社会效益指标", "受塌陷威胁群众安置", "≥42户"),
        ("满意度指标", "服务对象满意度指标", "安置群众满意度", "≥90%"),
    ], title="")  # fmt: skip
    return b


@variant("au12-mine-department-money", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
         "资金总额, a share that does not match, tasks not adding to 金额合计")  # fmt: skip
def au12() -> Book:
    b, s = start()
    head = mk(
        cash(1280),
        "B101",
        "error",
        row=True,
        note="财政拨款 1100 + 其他资金 160 = 1260 ≠ 1280 (基本 + 项目 = 1280 holds)",
    )
    share = mk(pct(0.58, P1), "B111", "error", note="870 ÷ 1280 = 68.0%, not 58.0%")
    total = mk(cash(870), "B102", "error", note="520 + 230 + 140 = 890 ≠ 870")
    department_head(
        s, year=YEAR, dept="峒岭市矿山生态修复中心",
        budget=[
            (head, cash(1100), cash(160), cash(410), cash(870)),
            (pct(1), None, None, pct(410 / 1280, P1), share),
        ],
        tasks=[
            ("采空区综合治理", "充填、注浆与塌陷区平整", cash(520), "消除塌陷隐患"),
            ("矿山复绿", "复绿废弃矿山600亩", cash(230), "复绿区植被成活"),
            ("矿山监测", "遥感与地面监测", cash(140), "监测全覆盖"),
            ("金额合计", None, total, None),
        ],
        goal="目标1：治理采空塌陷区；目标2：复绿废弃矿山600亩；目标3：矿山监测全覆盖。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "废弃矿山复绿面积", "≥600亩"),
        (None, None, "采空区注浆充填量", "≥3.5万立方米"),
        (None, "质量指标", "复绿工程验收合格率", "≥95%"),
        (None, "时效指标", "年度监测报告提交时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "矿山复绿亩均成本", "≤3800元/亩"),
        ("效益指标", "生态效益指标", "复绿区植被覆盖率", "≥65%"),
        (None, "社会效益指标", "受益周边群众", "≥5000人"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
