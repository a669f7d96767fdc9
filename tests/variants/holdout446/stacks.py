"""Diving-platform safety returns: stacked projects, multi-year 中期 and 年度 columns, a
direction column and conversion artefacts (yn07–yn12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout446.common import (
    BUREAU,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    start,
    wan,
)
from tests.variants.holdout446.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
VENUE = "苇湾县游泳跳水馆"
COUNTY = "苇湾县文化体育局（405）"


def stack_first(s: Sheet) -> None:
    """The first of two stacked projects: a platform refit."""
    project_head(
        s,
        year=YEAR,
        name="跳水馆跳台安全改造",
        dept=COUNTY,
        unit=VENUE,
        money=one_year(wan(45), wan(40), wan(5)),
        attr="一次性项目",
        goals=["完成跳台防滑面层更换和护栏加固，消除坠台和滑倒隐患。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "跳台防滑面层更换", "≥3座"],
        [None, None, "安全巡检次数", "≥24次"],
        [None, "质量指标", "改造工程验收合格率", "=100%"],
        [None, "时效指标", "改造完工时间", "2025年9月30日前"],
        [None, "成本指标", "单座跳台改造造价", "≤12万元/座"],
        ["效益指标", "社会效益指标", "跳台训练安全事故发生率", "≤0.5%"],
        ["满意度指标", "服务对象满意度指标", "场馆使用者满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)


@variant("yn07-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = start("绩效目标表")
    stack_first(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="跳水馆救生安保服务购买",
        dept=COUNTY,
        unit=VENUE,
        money=one_year(wan(36), wan(36), wan(0)),
        title="",
        goals=["购买专业救生安保服务，开放时段跳台区和深水区全程值守。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "持证救生员配备", "≥8人"],
        [None, None, "安全巡检次数", "≥52次"],
        [None, "质量指标", "救生员持证上岗率", "=100%"],
        [None, "时效指标", "开放时段救生员到岗及时率", "≥98%"],
        [None, "成本指标", "救生服务人均年费用", "≤4.5万元/人"],
        ["效益指标", "社会效益指标", "场馆安全开放天数", "≥300天"],
        ["满意度指标", "服务对象满意度指标", "场馆使用者满意度", "≥88%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant("yn08-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money total is "
         "not its parts and one of its rates is a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start("绩效目标表")
    stack_first(s)
    s.skip()
    total = mk(wan(30), "B101", "error", row=True, note="22 + 6 = 28, not 30")
    project_head(
        s,
        year=YEAR,
        name="青少年跳台跳水夏令营",
        dept=COUNTY,
        unit=VENUE,
        money=one_year(total, wan(22), wan(6)),
        title="",
        goals=["暑期举办青少年跳台跳水夏令营，普及跳水安全知识和基本技术。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "夏令营营员", "≥300人"],
        [
            None,
            "质量指标",
            "营员入营安全培训覆盖率",
            mk("300人", "T105", "error", note="a 覆盖率 given as a head count"),
        ],
        [None, "时效指标", "夏令营结营时间", "2025年8月20日前"],
        [None, "成本指标", "营员人均费用", "≤800元/人"],
        ["效益指标", "社会效益指标", "营员跳水安全知识知晓率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "营员家长满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b


def period_table(s: Sheet, rows: list[list[Any]]) -> None:
    """A two-row header (指标值 over 中期 and 年度), tiers merged down."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(rows, merged=(1, 2))


@variant("yn09-multi-year", (8,),
         "three-year project, NAT-2021, two-row header with 中期 and 年度 columns, annual counts "
         "below the period counts, rates equal (correct)")  # fmt: skip
def multi_year_ok() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="跳水后备人才选材培养三年计划",
        dept=BUREAU,
        unit="鹭汀市青少年跳水学校",
        years=3,
        attr="新增项目",
        money=multi_year((wan(540), wan(480), wan(60)), (wan(180), wan(160), wan(20))),
        goals=[
            "三年内建成覆盖全市中小学的跳水选材网络，向省队稳定输送后备人才。",
            "完成首年选材测试和集训，建立后备人才档案。",
        ],
    )
    rows: list[list[Any]] = [
        ["成本指标", "经济成本指标", "选材测试人均成本", "≤200元/人", "≤200元/人"],
        ["产出指标", "数量指标", "累计选材测试青少年", "≥1500人", "≥500人"],
        [None, None, "输送省队运动员", "≥12人", "≥4人"],
        [None, "质量指标", "教练员持证上岗率", "=100%", "=100%"],
        [None, "时效指标", "年度训练计划按期完成率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "青少年跳水参与人数增长率", "≥10%", "≥10%"],
        [None, "可持续影响指标", "后备人才档案", "建立并执行", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%", "≥90%"],
    ]
    period_table(s, rows)
    return b


@variant("yn10-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the year, one annual count above its period count")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="跳水安全教育进校园（两年）",
        dept="泓泉区教育体育局（207）",
        unit="泓泉区体育运动学校",
        years=2,
        attr="新增项目",
        money=multi_year((wan(120), wan(100), wan(20)), (wan(60), wan(50), wan(10))),
        goals=[
            "两年内把跳水及水上安全教育送进全区中小学，学生安全知识明显提高。",
            "首年完成半数学校的安全讲座和手册发放。",
        ],
    )
    copied = "cumulative count copied from the 中期 column"
    rows: list[list[Any]] = [
        ["成本指标", "经济成本指标", "每场讲座成本", "≤0.5万元/场", "≤0.5万元/场"],
        [
            "产出指标",
            "数量指标",
            "进校园安全讲座场次",
            "≥80场",
            mk("≥80场", "D202", "warning", note=copied),
        ],
        [None, None, "覆盖中小学校", "≥40所", mk("≥40所", "D202", "warning", note=copied)],
        [
            None,
            None,
            "发放水上安全教育手册",
            "≥6000册",
            mk("≥8000册", "D201", "error", note="annual 8000 above the two-year 6000"),
        ],
        [None, "质量指标", "讲座课件审核通过率", "=100%", "=100%"],
        ["效益指标", "社会效益指标", "学生水上安全知识知晓率", "≥90%", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥90%", "≥90%"],
    ]
    period_table(s, rows)
    return b


@variant("yn11-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers "
         "with a unit column; a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def direction_column() -> Book:
    b, s = start(widths=(14, 16, 28, 12, 12, 12, 14))
    project_head(
        s,
        year=YEAR,
        name="跳台安全巡查与隐患整改",
        dept=COUNTY,
        unit=VENUE,
        money=one_year(wan(24), wan(20), wan(4)),
        goals=["每周巡查跳台、护栏和入水区，隐患限时整改，训练伤病持续下降。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "跳台安全巡查次数", "正向", "≥", 48, "次"],
        [None, None, "安全警示标识更新", "正向", "≥", 30, "块"],
        [None, "质量指标", "巡查问题整改率", "正向", "≥", 95, "%"],
        [None, "时效指标", "隐患整改平均时长", "反向", "≤", 72, "小时"],
        [None, "成本指标", "单次巡查成本", "反向", "≤", 0.2, "万元/次"],
        ["效益指标", "社会效益指标", "跳台训练伤病下降率", "正向", "≥", 10, "%"],
        [None, None, "坠台及溺水责任事故", "反向", "≤", 0, "起"],
        ["满意度指标", "服务对象满意度指标", "场馆使用者满意度", "正向", "≥", 90, "%"],
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, rows)
    return b


@variant("yn12-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a split number, an "
         "amount pasted twice, a date serial in a text cell")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="十米跳台加固及入水区改造",
        dept=COUNTY,
        unit=VENUE,
        money=one_year(wan(60), wan(52), wan(8)),
        attr="一次性项目",
        goals=["加固十米跳台并改造入水区照明监控，跳台全年安全使用。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "加固跳台层数", "≥3层"],
        [None, "质量指标", "加固工程验收合格率", "=100%"],
        [
            None,
            "时效指标",
            "改造完工日期",
            mk("45991", "X104", "warning", note="a date serial (2025-11-30) stored as text"),
        ],
        [None, "成本指标", "改造总成本", "≤60万元"],
        ["效益指标", "社会效益指标", "跳台结构安全隐患", "0处"],
        ["满意度指标", "服务对象满意度指标", "运动员及教练员满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    s.skip()
    s.row("支出明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "跳台防滑面层更换", None, mk("24.567 5", "X105", "warning", alt=("X103",),
          note="24.5675 split by a space"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "台面护栏加高", None, mk("18万18万", "X106", "error", alt=("B108",),
          note="18万 pasted twice"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "水下照明及监控", None, wan(17.4325), merge=[(2, 3)])
    s.row(None, "合计", None, wan(60), merge=[(2, 3)])
    notes(s, "注：明细金额由工程预算书转录。")
    s.row("填报日期", day(YEAR - 1, 12, 2))
    return b
