"""High-standard farmland (高标准农田) projects over two or three years, with 中期 and 年度
value columns, areas in 万亩 (jc07–jc08)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout45.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("jc07-farmland-ok", (1, 8, 12), "two-year project, OLD-NAT, 中期 and 年度 columns")
def farmland_ok() -> Book:
    """高标准农田建设 of 禾塘县, 2025–2026: 3.2 万亩 over the period (9600 万元), 1.8 万亩 in 2025
    at ≤3000 元/亩 (the 年度资金 5400 万元); rates equal in both columns, cumulative counts smaller
    in the year; a detail block of the year's money under the table."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=2,
        name="禾塘县2025—2026年高标准农田建设项目",
        dept="禾塘县农业农村局",
        unit="禾塘县农田建设管理站",
        attr="新增项目",
        money=[
            ("中期资金总额", money(9600), "年度资金总额", money(5400)),
            ("其中：财政拨款", money(9600), "其中：财政拨款", money(5400)),
            ("其他资金", money(0), "其他资金", money(0)),
        ],
        goals=(
            "两年内建成高标准农田3.2万亩，配套灌排、田间道路和农田输配电设施，新增粮食产能"
            "约640万公斤。",
            "2025年建成高标准农田1.8万亩，完成3个片区的土地平整和沟渠硬化，"
            "项目区耕地质量等级平均提高0.5个等级。",
        ),
    )
    s.row(*_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩", "≥1.8万亩", None),
            (None, None, "新建（改造）灌排渠道", "≥96公里", "≥54公里", None),
            (None, None, "新修机耕路", "≥48公里", "≥27公里", None),
            (None, "质量指标", "工程验收合格率", pct(1), pct(1), None),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "2026年12月31日前",
                "2025年12月31日前",
                None,
            ),
            (None, "成本指标", "亩均财政投入", "≤3000元/亩", "≤3000元/亩", None),
            ("效益指标", "经济效益指标", "项目区新增粮食产能", "≥640万公斤", "≥360万公斤", None),
            (None, "社会效益指标", "受益农户数", "≥1.1万户", "≥0.62万户", None),
            (None, "生态效益指标", "项目区节水灌溉面积占比", pct(0.35), pct(0.3), "逐年提高"),
            (None, "可持续影响指标", "工程设施管护机制", "建立并执行", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("项目资金明细（万元）", None, None, "年度金额", None, None, merge=[(1, 3)])
    top = s.r + 1
    s.row("1.土地平整及土壤改良", None, None, money(1620), None, None, merge=[(1, 3)])
    s.row("2.灌溉与排水工程", None, None, money(2160), None, None, merge=[(1, 3)])
    s.row("3.田间道路工程", None, None, money(1080), None, None, merge=[(1, 3)])
    s.row("4.农田输配电及其他", None, None, money(378), None, None, merge=[(1, 3)])
    s.row("5.勘察设计、监理及项目管理费", None, None, money(162), None, None, merge=[(1, 3)])
    s.row("合计", None, None, money(5400), None, None, merge=[(1, 3)])
    assert s.r == top + 5
    return b


@variant("jc08-farmland-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 columns")
def farmland_wrong() -> Book:
    """高标准农田 of 石泉县, 2025–2027: the 中期目标 text pasted as the 年度目标, cumulative
    areas and lengths copied from 中期 into 年度, and one annual count above its period."""
    b = Book()
    s = b.sheet("Sheet1")
    goal = "三年建成高标准农田4.5万亩，改造提升1.5万亩，项目区粮食综合生产能力明显提高。"
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "石泉县高标准农田建设（2025—2027年）",
        None,
        "主管部门及代码",
        "石泉县农业农村局",
        merge=[(2, 3), (5, 6)],
    )
    s.row("实施单位", "石泉县农业农村局", None, "项目属性", "新增项目", merge=[(2, 3), (5, 6)])
    s.row("项目期", "3年", "计划开始日期", day(2025, 3, 1), "计划完成日期", day(2027, 12, 31))
    top = s.r + 1
    s.row("项目资金（万元）", "中期资金总额", money(13500), "年度资金总额", money(4500), None)
    s.row(None, "其中：财政拨款", money(13500), "其中：财政拨款", money(4500), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "总体目标",
        "中期目标（2025年—2027年）",
        None,
        "年度目标",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(None, goal, None, mk(goal, "D204", "warning"), merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(*_HEAD)
    s.table(
        [
            ("成本指标", "经济成本指标", "亩均建设成本", "≤3000元/亩", "≤3000元/亩", None),
            (
                "产出指标",
                "数量指标",
                "新建高标准农田面积",
                "≥4.5万亩",
                mk("≥4.5万亩", "D202", "warning"),
                None,
            ),
            (
                None,
                None,
                "改造提升高标准农田面积",
                "≥1.5万亩",
                mk("≥1.5万亩", "D202", "warning"),
                None,
            ),
            (
                None,
                None,
                "新建高效节水灌溉面积",
                "≥0.8万亩",
                mk("≥1.2万亩", "D201", "error"),
                None,
            ),
            (None, "质量指标", "工程质量验收合格率", "100%", "100%", None),
            (None, "时效指标", "年度任务完成时间", "2027年底前", "2025年底前", None),
            ("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "≥50公斤", None),
            (None, "社会效益指标", "受益脱贫户和监测户", "≥1800户", "≥600户", None),
            (None, "可持续影响指标", "建后管护责任落实率", "100%", "100%", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    b.file_mark("B107", "warning", required=False, note="3000 元/亩 × the copied 4.5 万亩")
    return b
