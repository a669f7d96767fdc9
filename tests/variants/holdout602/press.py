"""The seed-oil press: a cold-press line for peony seed, its workshop, the oil service centre,
a filling line and a budget-system export."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout602.common import (
    GONG,
    YEAR,
    cn,
    department_book,
    first,
    indicators,
    one_year,
    project_book,
    sign,
    w,
)
from tests.variants.holdout602.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def details(s: Sheet, lines: list[tuple[Any, ...]], total: Any) -> None:
    """A 支出明细 block under the table: (item, 数量, 单价, 金额) lines and their 合计."""
    s.skip()
    s.row("支出明细（万元）", "支出内容", "数量", "单价（万元）", "金额（万元）")
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total)


@variant("en13-press-line", (9, 12),
         "project, OLD-NAT, one value column, a detail block under the table adding up, one line "
         "with its parts in brackets, the unit price × count equal to its line "
         "(correct)")  # fmt: skip
def en13() -> Book:
    b = project_book(
        name="牡丹籽油低温压榨生产线改造", unit="砚丘县丹源油脂有限公司", dept=GONG,
        money_rows=one_year(300, 200, 100),
        goals=["改造牡丹籽油低温压榨生产线1条，日处理牡丹籽20吨，10月底前试运行。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造低温压榨生产线", "=1条"),
        (None, None, "日处理牡丹籽能力", "≥20吨"),
        (None, "质量指标", "牡丹籽油出厂检测合格率", pct(1)),
        (None, "时效指标", "生产线试运行时间", "2025年10月31日前"),
        (None, "成本指标", "低温压榨机购置单价", "≤38万元/台"),
        ("效益指标", "经济效益指标", "牡丹籽就地加工率提高", "≥10百分点"),
        (None, "生态效益指标", "单位产品能耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "供籽合作社满意度", pct(0.9)),
    ])  # fmt: skip
    details(s, [
        ("低温压榨机", "2台", w(38), w(76)),
        ("精滤设备", "1套", w(64), w(64)),
        ("灌装线", "1条", None, ok("90万（其中灌装机55万元、贴标机35万元）", "warning",
                                   note="带说明的金额读作90")),
        ("压榨车间改造", None, None, w(70)),
    ], w(300))  # fmt: skip
    sign(s, "覃油坊", "0917-6602284", cn(12, 1, YEAR - 1))
    return b


@variant("en14-press-money-wrong", (9, 12),
         "project, OLD-NAT, detail block under the table not adding to its 合计, a unit price × "
         "count above its line, the goal's capacity against the indicator")  # fmt: skip
def en14() -> Book:
    b = project_book(
        name="牡丹籽油压榨车间扩能", unit="砚丘县丹源油脂有限公司", dept=GONG,
        money_rows=one_year(260, 200, 60),
        goals=["扩建压榨车间，新增压榨设备3台，日处理牡丹籽能力达到20吨。"],
    )  # fmt: skip
    s = first(b)
    cap = mk("≥15吨", "D104", "warning", row=True, note="年度目标写日处理20吨，指标只有15吨")
    price = mk("≤45万元/台", "B107", "warning",
               note="45万元 × 3台 = 135万元，超过设备购置明细120万元")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新增压榨设备", "≥3台"),
        (None, None, "日处理牡丹籽能力", cap),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "扩建车间投产时间", "2025年9月30日前"),
        (None, "成本指标", "压榨设备购置单价", price),
        ("效益指标", "经济效益指标", "新增牡丹籽油产值", "≥600万元"),
        (None, "社会效益指标", "新增就业岗位", "≥25个"),
        ("满意度指标", "服务对象满意度指标", "供籽农户满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(w(260), "B102", "error", alt=("B101",), note="120 + 90 + 30 = 240，不是260")
    details(s, [
        ("压榨设备购置", "3台", None, w(120)),
        ("车间扩建", None, None, w(90)),
        ("安装调试", None, None, w(30)),
    ], total)  # fmt: skip
    sign(s, "覃油坊", "0917-6602284", cn(12, 3, YEAR - 1))
    return b


@variant("en15-press-department", (4, 12),
         "department, NAT-2021, weight column: tasks adding to 金额合计 = 项目支出, a unit-code "
         "row, subtotal rows per tier-1 and a total row (correct)")  # fmt: skip
def en15() -> Book:
    b = department_book(
        dept="砚丘县油料产业服务中心",
        budget=[(w(400), w(350), w(50), w(150), w(250))],
        tasks=[("籽油检测中心运行", "牡丹籽油、芍药籽油理化检测", w(100), "检测样品600批次"),
               ("压榨企业技术服务", "低温压榨工艺指导", w(90), "服务企业12家"),
               ("籽油品牌推广", "区域公用品牌推广", w(60), "举办推介会3场"),
               ("金额合计", None, w(250), None)],
        goal="完成籽油检测600批次，服务压榨企业12家，举办推介会3场。",
    )  # fmt: skip
    s = first(b)
    s.skip()
    s.row("单位：万元、批次、家、场、%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "籽油检测样品", "≥600批次", 10),
        (None, None, "技术服务压榨企业", "≥12家", 10),
        (None, "质量指标", "检测报告差错率", "≤1%", 10),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日", 10),
        ("小计", None, None, None, 40),
        ("成本指标", "经济成本指标", "单批次检测成本", "≤0.15万元", 10),
        ("小计", None, None, None, 10),
        ("效益指标", "经济效益指标", "服务企业籽油销售额增长率", "≥8%", 20),
        (None, "社会效益指标", "籽油区域品牌知晓率提高", "≥5百分点", 10),
        ("小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "压榨企业满意度", "≥90%", 20),
        ("小计", None, None, None, 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "莫籽清", "0917-6686603", cn(11, 22, YEAR - 1))
    return b


@variant("en16-press-filling-years", (7, 12),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: last year's date in the goal, an "
         "acceptance date after the one-year project ends, the goal's output against the "
         "indicator")  # fmt: skip
def en16() -> Book:
    goal = mk("完成牡丹籽油灌装线技术改造，2024年11月底前完成设备安装调试，"
              "年灌装牡丹籽油800吨。", "Y103", "warning", alt=("Y102",),
              note="2025年度项目的目标写2024年11月底：上年留下的文字")  # fmt: skip
    b = project_book(
        name="牡丹籽油灌装线技术改造", unit="砚丘县丹源油脂有限公司", dept=GONG,
        money_rows=one_year(110, 80, 30), goals=[goal],
    )  # fmt: skip
    s = first(b)
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="一年期项目止于2025年12月31日，验收期限却在2026年")  # fmt: skip
    volume = mk("≥600吨", "D104", "warning", row=True, note="年度目标写年灌装800吨，指标只有600吨")
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "改造灌装线", "=1条"),
        (None, None, "年灌装牡丹籽油", volume),
        (None, "质量指标", "灌装计量合格率", "≥99%"),
        (None, "时效指标", "改造设备验收时间", late),
        (None, "成本指标", "灌装线改造费用", "≤110万元"),
        ("效益指标", "经济效益指标", "灌装环节损耗率下降", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦籽明", "0917-6619032", cn(11, 30, YEAR - 1))
    return b


@variant("en17-press-second-sheet", (7, 10),
         "project: head on a first sheet, the table on a second sheet under 预期实现值, tier-1 "
         "points and indicator points both adding to 100, a yield raised in 百分点 "
         "(correct)")  # fmt: skip
def en17() -> Book:
    b = project_book(
        name="牡丹籽冷榨工艺提升", unit="砚丘县丹源油脂有限公司", dept=GONG, sheet="项目信息",
        money_rows=one_year(90, 70, 20),
        goals=["开展冷榨工艺试验20批次，出油率提高2个百分点，形成企业工艺规程1项。"],
    )  # fmt: skip
    s = b.sheet("绩效指标", (14, 8, 16, 30, 18, 8))
    s.title(f"{YEAR}年度项目绩效指标", 6)
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "预期实现值", "分值"), [
        ("产出指标", 50, "数量指标", "冷榨工艺试验", "≥20批次", 20),
        (None, None, None, "形成企业工艺规程", "=1项", 10),
        (None, None, "质量指标", "试验数据完整率", "≥95%", 10),
        (None, None, "时效指标", "工艺规程发布时间", "2025年11月30日前", 5),
        (None, None, "成本指标", "单批次试验成本", "≤1.5万元", 5),
        ("效益指标", 40, "经济效益指标", "牡丹籽冷榨出油率提高", "≥2百分点", 25),
        (None, None, "可持续影响指标", "工艺规程应用年限", "≥3年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "供籽合作社满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("en18-press-export", (5, 7, 12),
         "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 with the header on the third row and codes in the first "
         "columns: a cost under 数量, the oil output twice under two tier-2s")  # fmt: skip
def en18() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (12, 14, 20, 26, 12, 12, 12, 40))
    m.title(f"{YEAR}年部门项目支出预算表", 8)
    m.row("单位：万元")
    m.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金",
          "年度绩效目标")  # fmt: skip
    m.row("318020", "砚丘县工业和信息化局", "51272525T000031077", "牡丹籽收购压榨补助",
          w(150), w(120), w(30), "收购压榨牡丹籽600吨，产牡丹籽油150吨。")  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (12, 20, 14, 16, 26, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位：砚丘县工业和信息化局")
    code, pid = "318020", "51272525T000031077"
    cost = mk("压榨加工成本", "F201", "warning", row=True, note="成本指标填在数量指标下")
    twice = mk("牡丹籽油年产量", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与数量指标的“牡丹籽油产量 ≥150吨”是同一指标，值却是120吨")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "收购压榨牡丹籽", "≥600吨"),
        ("产出指标", "数量指标", "牡丹籽油产量", "≥150吨"),
        ("产出指标", "数量指标", cost, "≤1200元/吨"),
        ("产出指标", "质量指标", "牡丹籽油酸价达标率", "≥98%"),
        ("产出指标", "时效指标", "收购完成时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", twice, "≥120吨"),
        ("效益指标", "社会效益指标", "带动籽农户数", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "籽农满意度", "≥90%"),
    ]
    s.row("单位代码", "项目代码", "一级指标", "二级指标", "三级指标", "指标值")
    for row in rows:
        s.row(code, pid, *row)
    return b
