"""Park-wide returns covering both halves of the theme: do13 to do18 (department forms, stacked
projects, a budget-system export, a points column)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout577.common import (
    YEAR,
    book,
    header,
    indicators,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout577.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


@variant("do13-park-department", (12,),
         "department, NAT-2021: budget, key tasks adding to 项目支出, a goal text that sums two "
         "indicators, a zero incident count, a typed percent (correct)")  # fmt: skip
def park_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="枫渚市特色食品产业园服务中心",
                    budget=[(w(860), w(700), w(160), w(310), w(550))],
                    tasks=[("榨菜文化馆运营", "展陈维护、研学接待", w(180), "接待研学团队≥70批次"),
                           ("粽子研学基地运营", "粽子制作体验课程", w(150), "接待研学团队≥50批次"),
                           ("园区公共检测中心", "榨菜、粽子产品抽检", w(220), "抽检≥1500批次"),
                           ("金额合计", None, w(550), None)],
                    goal="全年接待研学团队120批次（榨菜馆70批次、粽子馆50批次），完成园区产品"
                         "抽检1500批次，园区不发生食品安全事故。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "榨菜文化馆研学团队接待", "≥70批次"),
        (None, None, "粽子研学基地研学团队接待", "≥50批次"),
        (None, None, "园区产品抽检", "≥1500批次"),
        (None, "质量指标", "抽检报告出具准确率", pct(1)),
        (None, "时效指标", "抽检报告出具时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤1200元/批次"),
        ("效益指标", "社会效益指标", "园区食品安全事故", "=0起"),
        (None, "可持续影响指标", "研学课程年度更新", "≥4门"),
        ("满意度指标", "服务对象满意度指标", "研学团队满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "祁岸舟", "0812-3365019", day(YEAR - 1, 11, 26))
    return b


@variant("do14-park-department-wrong", (12, 13),
         "department, NAT-2021: key tasks not adding to their 金额合计, a value without a "
         "name, the 年度总体目标 enterprise count against its indicator")  # fmt: skip
def park_department_wrong() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="枫渚市农产品加工园区发展中心",
        budget=[(w(1000), w(900), w(100), w(400), w(600))],
        tasks=[
            ("榨菜加工企业技改奖补", "腌制、包装设备更新", w(250), "技改企业≥8家"),
            ("粽子企业冷链补助", "冷库、冷藏车补助", w(200), "补助企业≥10家"),
            ("园区招商推介", "榨菜、粽子专场推介", w(120), "签约项目≥6个"),
            ("金额合计", None, mk(w(600), "B102", "error", note="250+200+120=570，不是600"), None),
        ],
        goal="新增规上加工企业12家，园区榨菜、粽子加工产值比上年增长8%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "技改奖补榨菜加工企业", "≥8家"),
        (None, None, "冷链补助粽子企业", "≥10家"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称为空"), "≥6个"),
        (None, "质量指标", "奖补资金拨付合规率", "=100%"),
        (None, "时效指标", "奖补资金拨付时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业技改奖补上限", "≤30万元"),
        ("效益指标", "经济效益指标",
         mk("新增规上加工企业", "D104", "warning", row=True,
            note="年度总体目标写12家，指标却是≥10家"), "≥10家"),
        (None, None, "园区加工产值比上年增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


def tuber_project(s: Sheet, title: str | None = None) -> None:
    """The 榨菜 project of the stacked returns (do15, do16): correct in both."""
    project_head(
        s,
        year=YEAR,
        title=title,
        name="枫渚市榨菜产业园污水处理站提标项目",
        dept="枫渚市生态环境局 510301",
        unit="枫渚市特色食品产业园服务中心",
        money=one_year(320, 300, 20),
        goals=["完成园区高盐废水处理站提标改造，日处理能力达到800吨。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "高盐废水日处理能力", "≥800吨"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, None, "出水水质达标率", "=100%"),
        (None, "时效指标", "提标改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "吨水处理运行成本", "≤6元/吨"),
        ("效益指标", "生态效益指标", "化学需氧量排放量比上年下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip


def zongzi_rows(defective: bool) -> list[tuple[Any, ...]]:
    """Indicator rows of the 粽子 project of the stacked returns."""
    when: Any = "2025年5月20日前"
    misplaced: Any = "粽子蒸煮杀菌合格率"
    if defective:
        when = mk(
            "2024年5月20日前",
            "Y102",
            "error",
            alt=("Y103",),
            note="2025年度项目，备货期限却在2024年",
        )
        misplaced = mk(misplaced, "F201", "warning", row=True, note="合格率属于质量指标")
    return [
        ("产出指标", "数量指标", "端午节前粽子备货量", "≥1200吨"),
        (None, "质量指标", "产品抽检合格率", "≥97%"),
        (None, "时效指标", "端午节前备货完成时间", when),
        (None, None, misplaced, "≥99%"),
        (None, "成本指标", "备货仓储补贴标准", "≤200元/吨"),
        ("效益指标", "经济效益指标", "端午期间粽子销售额", "≥9000万元"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ]  # fmt: skip


def stacked(defective: bool) -> Book:
    b, s = book("绩效目标表")
    tuber_project(s, title=f"{YEAR}年度项目支出绩效目标申报表（园区项目汇总）")
    s.skip(2)
    project_head(
        s,
        year=YEAR,
        title="",
        name="枫渚市粽子节日保供仓储补贴项目",
        dept="枫渚市商务局 510308",
        unit="枫渚市特色食品产业园服务中心",
        money=one_year(30, 30, 0),
        goals=["端午节前完成粽子备货1200吨，保障节日市场供应。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, zongzi_rows(defective))
    return b


@variant("do15-park-stacked", (2,),
         "two projects stacked in one sheet (榨菜 wastewater, 粽子 holiday stock), OLD-NAT, "
         "one value column, the same indicator name with other values in each project "
         "(correct)")  # fmt: skip
def park_stacked() -> Book:
    return stacked(defective=False)


@variant("do16-park-stacked-wrong", (2,),
         "two projects stacked in one sheet, OLD-NAT: the second has a 合格率 under 时效 and a "
         "deadline in the year before its budget year")  # fmt: skip
def park_stacked_wrong() -> Book:
    return stacked(defective=True)


@variant("do17-park-export", (7, 4),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in "
         "the first columns, header on the third row and repeated after a page break "
         "(correct)")  # fmt: skip
def park_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 14, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位名称：枫渚市特色食品产业园服务中心", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("510399", "枫渚市特色食品产业园服务中心", "51039925001",
          "园区榨菜粽子联合检测能力提升项目", w(180), w(150), w(30))  # fmt: skip
    s.row(None, None, None, "  其中：检测设备购置", w(120), w(100), w(20))
    s.row(None, None, None, "        检测耗材及运维", w(60), w(50), w(10))
    s.row("合计", None, None, None, w(180), w(150), w(30))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 28, 14, 18, 30, 10, 14, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：枫渚市特色食品产业园服务中心", None, None, None, None, None, None, None)
    cols = ("单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "计量单位")  # fmt: skip
    t.row(*cols)
    code, name = "510399", "园区榨菜粽子联合检测能力提升项目"
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "新购检测设备", "≥", 14, "台（套）"),
        ("产出指标", "数量指标", "榨菜、粽子产品检测批次", "≥", 2400, "批次"),
        ("产出指标", "质量指标", "检测能力验证合格率", "=", pct(1), "%"),
        ("产出指标", "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 8, 31), "日期"),
        ("成本指标", "经济成本指标", "单批次检测耗材费用", "≤", 250, "元/批次"),
        ("效益指标", "社会效益指标", "园区企业送检平均等待时间", "≤", 3, "工作日"),
        ("效益指标", "可持续影响指标", "检测设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥", 90, "%"),
    ]  # fmt: skip
    for i, r in enumerate(rows):
        if i == 5:
            t.row(*cols)  # header repeated after the page break
        t.row(code, name, *r)
    notes(t, "注：本表由预算管理一体化系统导出。", width=8)
    return b


@variant("do18-park-points", (10, 12),
         "project, NAT-2021, tier-1 score column and indicator score column: two tiers whose "
         "indicator scores do not add to their declared score, a subsidy × trainees above the "
         "money")  # fmt: skip
def park_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇塘区粽子制作技能培训补助项目",
        dept="苇塘区人力资源和社会保障局 520130",
        unit="苇塘区职业技能培训中心",
        money=one_year(100, 100, 0),
        goals=["开展粽子制作技能培训1500人，培训后取证率达到80%。"],
    )
    header(s, "一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    s.table([
        ("产出指标", 50, "数量指标", "培训粽子制作从业人员", "≥1500人", 15),
        (None, None, None, "培训班期数", "≥30期", 10),
        (None, None, "质量指标", "培训后职业技能等级取证率", "≥80%", 15),
        (None, None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("成本指标", mk(10, "W103", "error", note="其下指标分值合计15"), "经济成本指标",
         "粽子制作技能培训补助标准",
         mk("≤800元/人", "B107", "warning", row=True,
            note="800元/人 × 1500人 = 120万元，超过年度资金100万元"), 15),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值合计25"), "社会效益指标",
         "培训后就业创业率", "≥60%", 15),
        (None, None, "可持续影响指标", "粽子技能培训教材开发", "≥2套", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
