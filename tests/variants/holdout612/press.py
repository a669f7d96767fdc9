"""The cold-pressing oil workshop (冷榨油加工): ex07–ex12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout612.common import (
    HEAD4,
    HEAD6,
    YEAR,
    book,
    funds,
    grid,
    lines,
    notes,
    sign,
    wan,
)
from tests.variants.holdout612.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct

DEPT = "澜石县农业农村局（418006）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ex07-press-equipment", (1, 10, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, a rate raised in "
         "百分点, a unit price × count within its detail line (correct)")  # fmt: skip
def ex07() -> Book:
    b, s = book()
    goal = ("2026年更新冷榨机组2台、改造洁净车间300平方米，年加工油橄榄和文冠果油料900吨，"
            "初榨油抽检合格率98%以上，出油率提高2个百分点。")  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="鹤栖冷榨油加工示范作坊设备更新项目",
        dept=DEPT,
        unit="澜石县鹤栖油料加工示范中心",
        money=funds(60, 45, 15),
        goals=[goal],
    )
    lines(s, "资金明细", [("冷榨机组购置", 36, "2台 × 18万元"),
                          ("洁净车间改造", 14, "300平方米"),
                          ("检测仪器购置", 10, "酸价、过氧化值检测")], 60)  # fmt: skip
    grid(s, HEAD6, [
        ("产出指标", "数量指标", "购置冷榨机组", "=", 2, "台"),
        (None, None, "改造洁净车间面积", "≥", 300, "平方米"),
        (None, None, "年加工油料", "≥", 900, "吨"),
        (None, "质量指标", "初榨油抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "出油率提高", "≥", 2, "百分点"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "冷榨机组单价", "≤", 18, "万元/台"),
        ("效益指标", "经济效益指标", "新增加工产值", "≥", 400, "万元"),
        (None, "社会效益指标", "带动鲜果交售农户", "≥", 300, "户"),
        (None, "生态效益指标", "压榨饼粕综合利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "岑一帆", "0871-6535062", day(YEAR - 1, 11, 10))
    return b


@variant("ex08-press-capacity", (12,),
         "project, OLD-NAT, one value column, detail lines: the tonnage differs from the "
         "goal's, the lines do not add to their total, a quality rate under 数量")  # fmt: skip
def ex08() -> Book:
    b, s = book()
    goal = ok("2026年扩建羊角坪冷榨车间，新增压榨生产线1条，年压榨鲜果1500吨，新增冷榨油150吨"
              "以上。", "warning")  # fmt: skip
    project_head(s, year=YEAR, name="羊角坪油料冷榨车间扩能项目", dept=DEPT,
                 unit="澜石县羊角坪农业综合服务中心", goals=[goal],
                 money=funds(ok(wan(65), "error"), 50, 15))  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "鲜果压榨量",
         mk("≥1200吨", "D104", "warning", row=True, note="年度目标写年压榨鲜果1500吨")),
        (None, None, "新增压榨生产线", "1条"),
        (None, None, mk("初榨油抽检合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在数量指标下"), "≥98%"),
        (None, "质量指标", "车间卫生检查达标率", "≥95%"),
        (None, "时效指标", "生产线投产时间", "2026年9月30日前"),
        (None, "成本指标", "设备购置成本", "≤40万元"),
        ("效益指标", "经济效益指标", "新增冷榨油产量", "≥150吨"),
        (None, "社会效益指标", "带动鲜果交售农户", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    lines(s, "资金明细", [("压榨设备购置", 40, "生产线1条"),
                          ("车间扩建改造", 15, "240平方米"),
                          ("检测仪器购置", 8, "快检设备")],
          mk(wan(65), "B102", "error", alt=("B101",), note="40 + 15 + 8 = 63 ≠ 65"))  # fmt: skip
    sign(s, "邝晚晴", "0871-6535218", day(YEAR - 1, 11, 19))
    return b


def _flat_head(s: Sheet, dept: str, goal: str) -> None:
    """The department head of the two flat-list returns: budget 240 = 200 + 40 = 90 + 150."""
    department_head(s, year=YEAR, dept=dept, goal=goal,
                    budget=[[wan(240), wan(200), wan(40), wan(90), wan(150)]])  # fmt: skip


@variant("ex09-press-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100, a 下降率 with ≥ (correct)")  # fmt: skip
def ex09() -> Book:
    b, s = book()
    _flat_head(
        s,
        "澜石县鹤栖油料加工示范中心",
        "收购油料1000吨，生产冷榨油150吨，培训加工人员300人次，产品抽检合格率98%以上。",
    )
    s.row(*FLAT)
    s.table([
        ("冷榨油产量", 15, "吨", "≥", 150),
        ("油料收购量", 15, "吨", "≥", 1000),
        ("初榨油抽检合格率", 15, "%", "≥", pct(0.98)),
        ("产品投诉率", 10, "%", "≤", pct(0.01)),
        ("单位产品能耗下降率", 10, "%", "≥", pct(0.05)),
        ("加工技术培训人次", 10, "人次", "≥", 300),
        ("交售农户户均增收", 15, "元", "≥", 1200),
        ("交售农户满意度", 10, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "费南星", "0871-6536031", day(YEAR - 1, 11, 21))
    return b


@variant("ex10-press-flat-defects", (3, 11),
         "department, flat list: weights adding to 95, the same output twice with a word more, "
         "a 反向 energy use with ≥")  # fmt: skip
def ex10() -> Book:
    b, s = book()
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+10+10+10 = 95，应为100")
    _flat_head(
        s,
        "澜石县柘岗油料加工服务站",
        "生产冷榨油120吨，收购油料800吨，吨油综合电耗控制在350千瓦时以内。",
    )
    s.row(*FLAT)
    s.table([
        ("冷榨油产量", 15, "吨", "≥", 120),
        ("冷榨油年产量", 15, "吨", "≥",
         mk(100, "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，多了“年”字，值不同")),
        ("油料收购量", 15, "吨", "≥", 800),
        ("初榨油抽检合格率", 10, "%", "≥", pct(0.98)),
        ("吨油综合电耗", 10, "千瓦时",
         mk("≥", "T108", "warning", row=True, note="电耗是反向指标，应为≤"), 350),
        ("加工技术培训人次", 10, "人次", "≥", 200),
        ("交售农户户均增收", 10, "元", "≥", 1000),
        ("交售农户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "雷映川", "0871-6536190", day(YEAR - 1, 11, 23))
    return b


@variant("ex11-press-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under 指标内容 and "
         "预期实现值, a goal total with its parts in brackets (correct)")  # fmt: skip
def ex11() -> Book:
    b, s = book("基本信息")
    goal = ("2026年补助收购加工油料900吨（油橄榄鲜果600吨、文冠果种子300吨），带动交售农户500户，"
            "初榨油抽检合格率98%以上。")  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="油料收购加工补助项目",
        dept=DEPT,
        unit="澜石县鹤栖油料加工示范中心",
        money=funds(50, 40, 10),
        goals=[goal],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("2026年度油料收购加工补助项目绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "油料收购加工总量", "≥900吨"),
        (None, None, "油橄榄鲜果加工量", "≥600吨"),
        (None, None, "文冠果种子加工量", "≥300吨"),
        (None, "质量指标", "初榨油抽检合格率", "≥98%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月15日前"),
        (None, "成本指标", "收购加工补助标准", "≤500元/吨"),
        ("效益指标", "社会效益指标", "带动交售农户", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ex12-press-budget-export", (7, 12),
         "budget-system export, sheets 05-1 and 05-2 with codes in the first columns and the "
         "header on the third row: detail lines not adding up, last season's deadline")  # fmt: skip
def ex12() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 22, 16))
    s.title("2026年部门项目支出预算表", 4)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    code, name = "LS2026-0417", "文冠果种仁冷榨设备购置项目"
    s.table([(code, name, "冷榨设备购置", wan(28)),
             (None, None, "安装调试", wan(6)),
             (None, None, "操作人员培训", wan(4)),
             (None, None, "项目合计",
              mk(wan(40), "B102", "error", alt=("B101",), note="28 + 6 + 4 = 38 ≠ 40"))],
            merged=(1, 2))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 26, 10, 16, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：澜石县柘岗乡农业综合服务中心")
    grid(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
             "度量单位"), [
        (code, name, "产出指标", "数量指标", "购置种仁冷榨设备", "=", 1, "套"),
        (None, None, None, None, "培训设备操作人员", "≥", 20, "人"),
        (None, None, None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, None, None, "时效指标", "设备安装调试完成时间", "≤",
         mk(day(2025, 10, 31, CN_DATE), "Y102", "error",
            note="2026年项目的期限写成2025年（上一季的日期）")),
        (None, None, None, "成本指标", "冷榨设备购置成本", "≤", 28, "万元"),
        (None, None, "效益指标", "社会效益指标", "文冠果种仁就地加工量", "≥", 200, "吨"),
        (None, None, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出。", width=8)
    return b
