"""三年滚动 and multi-year project tables sent by provincial departments of the invented 东岚省:
value columns per year (2025 · 2026 · 2027), 中期 and 年度 columns, and a one-year table with
numbered, scored tier labels, notes and a header repeated after a page break."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
from tests.variants.holdout7.registry import variant
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk, pct


def _m(v: float, fmt: str = "#,##0.00") -> C:
    return C(v, fmt)


def _rolling_head(s: Sheet, *, name: str, dept: str, col: int, start: Any,
                  money: Sequence[Sequence[Any]], goals: Sequence[str]) -> None:  # fmt: skip
    """A seven-column head of a 三年滚动 table from column ``col``: money by year, goals by year."""
    last = col + 6
    r = s.row("2025—2027年三年滚动项目支出绩效目标表", col=col, merge=[(col, last)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    s.row("项目名称", name, None, None, "主管部门", dept, None, col=col,
          merge=[(col + 1, col + 3), (col + 5, last)])  # fmt: skip
    s.row("项目期", "3年", "计划开始日期", start, "计划完成日期", day(2027, 12, 31), None,
          col=col, merge=[(col + 5, last)])  # fmt: skip
    top = s.row("项目资金（万元）", "资金来源", "2025年", "2026年", "2027年", "三年合计", None,
                col=col)  # fmt: skip
    for line in money:
        s.row(None, *line, col=col)
    s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)
    s.row("年度目标", "2025年", None, "2026年", None, "2027年", None, col=col,
          merge=[(col + 1, col + 2), (col + 3, col + 4), (col + 5, last)])  # fmt: skip
    s.row(None, goals[0], None, goals[1], None, goals[2], None, col=col,
          merge=[(col + 1, col + 2), (col + 3, col + 4), (col + 5, last)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)


HEAD3 = ("一级指标", "二级指标", "三级指标", "2025年指标值", "2026年指标值", "2027年指标值", "备注")


@variant(
    "c05-rolling-three-years-ok",
    (1, 8),
    "三年滚动 project, NAT-2021 order 产出 · 成本 · "
    "效益 · 满意度, table from column B, money and goals by year, 2025 · 2026 · 2027 value "
    "columns, percent cells",
)
def c05() -> Book:
    b = Book()
    s = b.sheet("滚动目标表", (3, 14, 16, 30, 14, 14, 14, 14))
    _rolling_head(
        s,
        name="省级非物质文化遗产保护传承补助",
        dept="东岚省文化和旅游厅",
        col=2,
        start=day(2025, 1, 1),
        money=[
            ("资金总额", _m(420), _m(450), _m(480), _m(1350), None),
            ("其中：财政拨款", _m(400), _m(430), _m(460), _m(1290), None),
            ("其他资金", _m(20), _m(20), _m(20), _m(60), None),
        ],
        goals=(
            "2025年支持260名代表性传承人开展传习，举办展演展示活动24场。",
            "2026年支持270名代表性传承人开展传习，举办展演展示活动24场。",
            "2027年支持280名代表性传承人开展传习，举办展演展示活动26场。",
        ),
    )
    s.table(
        [
            HEAD3,
            (
                "产出指标",
                "数量指标",
                "支持代表性传承人开展传习活动",
                "≥260人",
                "≥270人",
                "≥280人",
                None,
            ),
            (None, None, "举办非遗展演展示活动", "≥24场", "≥24场", "≥26场", None),
            (None, "质量指标", "传承人补助发放准确率", pct(1), pct(1), pct(1), None),
            (None, None, "非遗记录成果验收合格率", "≥95%", "≥95%", "≥95%", None),
            (
                None,
                "时效指标",
                "补助资金拨付时限",
                "≤30个工作日",
                "≤30个工作日",
                "≤30个工作日",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "传承人年度补助标准",
                "≤0.8万元/人",
                "≤0.8万元/人",
                "≤0.8万元/人",
                "按省级标准",
            ),
            (
                "效益指标",
                "社会效益指标",
                "非遗传承人群覆盖面",
                "逐年扩大",
                "逐年扩大",
                "逐年扩大",
                None,
            ),
            (None, "可持续影响指标", "非遗保护传承工作机制", "健全", "健全", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "展演活动观众满意度",
                "≥90%",
                "≥90%",
                "≥92%",
                None,
            ),
        ],
        merged=(1, 2),
        col=2,
    )
    return b


@variant(
    "c06-rolling-three-years-defects",
    (1, 8, 9),
    "三年滚动 project from column A: a start "
    "date two years before the table, a 105% acceptance rate, thresholds written ≥95%% and "
    "≥≤90%",
)
def c06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 14, 14, 12))
    _rolling_head(
        s,
        name="省级中小学智慧教室建设补助",
        dept="东岚省教育厅",
        col=1,
        start=mk(
            day(2023, 3, 1),
            "Y102",
            "error",
            alt=("Y101",),
            note="a 2025—2027 table starting in 2023",
        ),
        money=[
            ("资金总额", _m(900), _m(950), _m(1000), _m(2850), None),
            ("其中：财政拨款", _m(900), _m(950), _m(1000), _m(2850), None),
            ("其他资金", _m(0), _m(0), _m(0), _m(0), None),
        ],
        goals=(
            "2025年新建智慧教室300间，受益学生15万人。",
            "2026年新建智慧教室320间，受益学生16万人。",
            "2027年新建智慧教室350间，受益学生18万人。",
        ),
    )
    s.table(
        [
            HEAD3,
            ("产出指标", "数量指标", "新建智慧教室", "≥300间", "≥320间", "≥350间", None),
            (
                None,
                "质量指标",
                "设备安装验收合格率",
                "≥98%",
                "≥98%",
                mk(pct(1.05), "T106", "error"),
                None,
            ),
            (None, None, "设备完好率", "≥95%", mk("≥95%%", "T116", "warning"), "≥95%", None),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "2025年11月30日前",
                "2026年11月30日前",
                "2027年11月30日前",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单间智慧教室建设成本",
                "≤2.8万元/间",
                "≤2.8万元/间",
                "≤2.8万元/间",
                None,
            ),
            ("效益指标", "社会效益指标", "受益学生", "≥15万人", "≥16万人", "≥18万人", None),
            (None, "可持续影响指标", "智慧教室常态化使用率", "≥85%", "≥85%", "≥90%", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "师生满意度",
                "≥90%",
                mk("≥≤90%", "T116", "error", note="two contradicting operators"),
                "≥90%",
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "c09-period-copied-into-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: the 中期 targets of three cumulative counts and the 中期目标 text copied into 年度",
)
def c09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = (
        "通过三年实施，开展补贴性职业技能培训12000人次，7000人取得职业资格证书，建设高技能"
        "人才培训基地6个，培训后就业率达到70%以上。"
    )
    project_head(
        s,
        year=2025,
        years=3,
        name="省级职业技能提升行动补助",
        dept="东岚省人力资源和社会保障厅",
        unit="东岚省职业技能鉴定指导中心",
        money=[
            ("中期资金总额", _m(2400), "年度资金总额", _m(800)),
            ("其中：财政拨款", _m(2250), "其中：财政拨款", _m(750)),
            ("其他资金", _m(150), "其他资金", _m(50)),
        ],
        goals=(goal, mk(goal, "D204", "warning")),
    )
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
            (
                "产出指标",
                "数量指标",
                "开展补贴性职业技能培训",
                "≥12000人次",
                mk("≥12000人次", "D202", "warning"),
            ),
            (None, None, "培训后取得职业资格证书", "≥7000人", mk("≥7000人", "D202", "warning")),
            (None, None, "建设高技能人才培训基地", "≥6个", mk("≥6个", "D202", "warning")),
            (None, "质量指标", "培训合格率", "≥90%", "≥90%"),
            (None, "时效指标", "培训补贴发放时限", "≤30个工作日", "≤30个工作日"),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤600元/人次", "≤600元/人次"),
            ("效益指标", "社会效益指标", "培训后就业率", "≥70%", "≥70%"),
            (None, "可持续影响指标", "职业技能培训体系", "不断完善", "不断完善"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


HEADP = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "分值（满分90分，预算执行率10分另计）",
    "指标解释",
)


@variant(
    "c18-scored-labels-notes-ok",
    (4, 5, 10),
    "one-year project, OLD-NAT, numbered tier "
    "labels with points, indicator points adding to 90 (预算执行率 scored apart), header "
    "repeated after a page break, notes, 填报说明 and signature lines",
)
def c18() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (18, 20, 28, 14, 14, 24))
    project_head(
        s,
        year=2025,
        name="省级博物馆免费开放补助",
        dept="东岚省文物局",
        unit="东岚省博物院",
        attr="常年项目",
        money=[("资金总额", _m(640), "其中：财政拨款", _m(600)), ("其他资金", _m(40), None, None)],
        goals=(
            "全年免费开放不少于300天，接待观众80万人次以上，举办临时展览12场，确保"
            "文物藏品安全，观众满意度保持在90%以上。",
        ),
    )
    s.table(
        [
            HEADP,
            ("一、产出指标（50分）", "（一）数量指标", "免费开放天数", "≥300天", 5, None),
            (None, None, "接待观众", "≥80万人次", 10, None),
            (None, None, "举办临时展览", "≥12场", 5, None),
            (None, "（二）质量指标", "文物藏品安全事故", "=0起", 10, "含被盗、损毁"),
            (None, None, "讲解服务覆盖率", "≥80%", 5, None),
            (None, "（三）时效指标", "临时展览按期开展率", "≥95%", 5, None),
            (None, "（四）成本指标", "人均参观服务成本", "≤8元/人次", 10, "640万元÷80万人次"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.table(
        [
            HEADP,
            ("二、效益指标（30分）", "（一）社会效益指标", "青少年观众占比", "≥30%", 10, None),
            (None, None, "公众文化获得感", "显著提升", 10, None),
            (None, "（二）可持续影响指标", "免费开放长效机制", "健全", 10, None),
            (
                "三、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "观众满意度",
                "≥90%",
                10,
                "问卷调查",
            ),
        ],
        merged=(1, 2),
    )
    s.row("注：1. 预算执行率（10分）在绩效评价时另行计分，本表分值合计90分。", merge=[(1, 6)])
    s.row("2. 指标值按“比较符+数值+计量单位”填写，定性指标填写等级。", merge=[(1, 6)])
    s.row("填报说明：本表一式两份，报省财政厅预算处和绩效管理处各一份。", merge=[(1, 6)])
    s.row("填表人：林晓", None, "审核人：郑卫东", "联系电话：0731-88652014", "填报日期：",
          day(2024, 10, 18, CN_DATE))  # fmt: skip
    return b
