"""Multi-year programmes, stacked projects, conversion artefacts and a budget-system export
(yk13–yk18): the city's three-year compound retrofit programme and its district projects."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout443.common import (
    CITY_DEPT,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout443.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, money, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "yk13-three-year",
    (8,),
    "three-year programme, NAT-2021, 中期 and 年度 columns: "
    "annual counts below the period, rates and unit costs equal in both (correct)",
)
def yk13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="澜汀市老城片区老旧小区海绵化改造三年行动",
                 dept=CITY_DEPT, unit="澜汀市城市更新服务中心", attr="新增项目",
                 money=multi_year((wan(3600), wan(3000), wan(600)),
                                  (wan(1200), wan(1000), wan(200))),
                 goals=["2025—2027年完成老城片区30个老旧小区海绵化改造，消除积水点45处，"
                        "片区年径流总量控制率达到75%。",
                        "2025年完成10个小区改造，消除积水点15处。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "完成海绵化改造老旧小区", "≥30个", "≥10个"),
        (None, None, "新建透水铺装面积", "≥4.5万平方米", "≥1.5万平方米"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "小区改造综合单价", "≤110万元/个", "≤110万元/个"),
        ("效益指标", "社会效益指标", "消除小区积水点", "≥45处", "≥15处"),
        (None, "生态效益指标", "片区年径流总量控制率", "≥75%", "≥70%"),
        (None, "可持续影响指标", "海绵设施长效管养机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "卞知微", "62830147")
    return b


@variant(
    "yk14-two-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the "
    "年度目标 text copied from 中期目标, two cumulative counts copied into 年度",
)
def yk14() -> Book:
    b, s = book()
    goal = "两年内完成枫渚区14个老旧小区海绵化改造，新建雨水花园40处，消除积水点20处。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="枫渚区北片老旧小区海绵化改造项目",
        dept="枫渚区住房和城乡建设局（318）",
        unit="枫渚区城市更新事务中心",
        money=multi_year((wan(1680), wan(1400), wan(280)), (wan(900), wan(750), wan(150))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期")],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "改造老旧小区", "≥14个",
         mk("≥14个", "D202", "warning", note="two-year cumulative count copied")),
        (None, None, "新建雨水花园", "≥40处",
         mk("≥40处", "D202", "warning", note="two-year cumulative count copied")),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "汛前完工率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "小区改造综合单价", "≤60万元/个", "≤60万元/个"),
        ("效益指标", "社会效益指标", "消除小区积水点", "≥20处", "≥9处"),
        (None, "生态效益指标", "年径流总量控制率", "≥75%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def compound(s: Sheet, name: str, money: list[list[Any]], rows: list[tuple[Any, ...]],
             title: str | None = None) -> None:  # fmt: skip
    """One retrofit project of a stacked sheet: head, then its own indicator table."""
    project_head(s, year=YEAR, name=name, dept="栖湾区住房和城乡建设局（312）",
                 unit="栖湾区城市更新服务中心", money=money, title=title,
                 goals=[f"完成{name}透水铺装和雨水花园建设，消除小区积水点。"])  # fmt: skip
    indicators(s, ONE_HEAD, rows)


def retrofit_rows(area: int, gardens: int, done: str, cost: int, runoff: str, points: Any,
                  quality: Any = "100%") -> list[tuple[Any, ...]]:  # fmt: skip
    """The OLD-NAT indicator rows of a compound retrofit."""
    return [
        ("产出指标", "数量指标", "新建透水铺装面积", f"≥{area}平方米"),
        (None, None, "新建雨水花园", f"≥{gardens}处"),
        (None, "质量指标", "雨水口改造合格率", quality),
        (None, "时效指标", "完工时间", done),
        (None, "成本指标", "透水铺装改造单价", f"≤{cost}元/平方米"),
        ("效益指标", "生态效益指标", "年径流总量控制率", runoff),
        (None, "社会效益指标", "小区积水点消除", points),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]


@variant(
    "yk15-stacked-two",
    (2,),
    "two compound projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator names with different values (correct)",
)
def yk15() -> Book:
    b, s = book()
    compound(
        s,
        "桃溪小区海绵化改造",
        one_year(wan(320), wan(300), wan(20)),
        retrofit_rows(3200, 8, "2025年10月31日前", 300, "≥70%", "≥3处"),
    )
    s.skip()
    compound(
        s,
        "纺机宿舍片区海绵化改造",
        one_year(wan(460), wan(400), wan(60)),
        retrofit_rows(5400, 11, "2025年11月30日前", 280, "≥75%", "≥5处"),
        title="",
    )
    signature(s, "柯以宁", "61275093")
    return b


@variant(
    "yk16-stacked-defects",
    (2, 12),
    "two compound projects stacked, OLD-NAT: the second "
    "project's 年度资金总额 ≠ 财政拨款 + 其他资金, a 合格率 given as a count",
)
def yk16() -> Book:
    b, s = book()
    compound(
        s,
        "槐荫里小区海绵化改造",
        one_year(wan(280), wan(250), wan(30)),
        retrofit_rows(2800, 6, "2025年9月30日前", 320, "≥70%", "≥2处"),
    )
    s.skip()
    total = mk(wan(510), "B101", "error", row=True, note="420 + 60 = 480 ≠ 510")
    rate = mk("460个", "T105", "error", note="a 合格率 given as a count")
    compound(
        s,
        "铁路新村海绵化改造",
        one_year(total, wan(420), wan(60)),
        retrofit_rows(5000, 12, "2025年11月30日前", 290, "≥75%", "≥4处", rate),
        title="",
    )
    return b


@variant("yk17-conversion-artefacts", (9,), "project, OLD-NAT, operator and unit columns, "
         "converted from PDF: a total split by a space, a deadline left as a date serial in "
         "text, a unit cost rounded to 0")  # fmt: skip
def yk17() -> Book:
    b, s = book()
    total = mk(
        "1205.337 6",
        "X105",
        "warning",
        alt=("X103",),
        note="1205.3376 split by a space, stored as text; 1000 + 205.3376 holds",
    )
    project_head(s, year=YEAR, name="栖湾区南片11个老旧小区海绵化改造项目",
                 dept="栖湾区住房和城乡建设局（312）", unit="栖湾区城市更新服务中心",
                 money=one_year(total, wan(1000), money4(205.3376)),
                 goals=["完成南片11个老旧小区海绵化改造，新建透水铺装2.6万平方米，"
                        "消除积水点16处。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建透水铺装面积", "≥", 26000, "平方米"),
        (None, None, "改造老旧小区数量", "≥", 11, "个"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "竣工验收时间", "≤",
         mk("45991", "X104", "warning", note="date serial as text: 2025-11-30"), None),
        (None, "成本指标", "透水铺装改造单价", "≤",
         mk(0, "T115", "error", note="0.03万元/平方米 rounded to 0"), "万元/平方米"),
        ("效益指标", "生态效益指标", "年径流总量控制率", "≥", pct(0.75), "%"),
        (None, "社会效益指标", "消除小区积水点", "≥", 16, "处"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def money4(value: float) -> C:
    """An amount in 万元 shown with four decimals."""
    return money(value, '0.0000"万元"')


EXPORT_CODE = "451203250000173"
EXPORT_NAME = "枫渚区老旧小区海绵化改造及积水监测"


@variant("yk18-budget-export", (7, 12), "budget-system export: budget lines on sheet "
         "部门项目支出预算05-1, indicators on sheet 部门项目支出绩效目标05-2 with the header on "
         "the third row, codes in the first columns, operators in words, unit column; a unit "
         "cost × count equal to its line (correct)")  # fmt: skip
def yk18() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (18, 30, 18, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：枫渚区住房和城乡建设局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出内容", "资金总额", "财政拨款", "其他资金")
    s.row(EXPORT_CODE, EXPORT_NAME, "工程费", 620, 560, 60)
    s.row(EXPORT_CODE, EXPORT_NAME, "监测设备购置", 90, 90, 0)
    s.row("合计", None, None, 710, 650, 60, merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 14, 18, 26, 12, 10, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：枫渚区住房和城乡建设局", merge=[(1, 8)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较方式", "指标值",
          "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "改造老旧小区数量", "大于等于", 5, "个"),
        ("产出指标", "数量指标", "安装积水液位监测设备", "大于等于", 20, "台"),
        ("产出指标", "质量指标", "工程验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "项目完工及时率", "大于等于", 95, "%"),
        ("成本指标", "经济成本指标", "小区改造综合单价", "小于等于", 120, "万元/个"),
        ("成本指标", "经济成本指标", "监测设备单价", "小于等于", 4.5, "万元/台"),
        ("效益指标", "社会效益指标", "小区内涝积水点消除数量", "大于等于", 7, "处"),
        ("效益指标", "生态效益指标", "年径流总量控制率", "大于等于", 72, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "大于等于", 90, "%"),
    ]:  # fmt: skip
        t.row(EXPORT_CODE, EXPORT_NAME, *line)
    return b
