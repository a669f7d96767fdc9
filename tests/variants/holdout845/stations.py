"""Volunteer fire stations: building over two years, department returns, budget-system exports."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout845.common import (
    DEPT,
    HEAD4,
    HEAD5,
    UNIT,
    first,
    indicators,
    multi_year,
    notes,
    sign,
    wan,
)
from tests.variants.holdout845.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok

STATION = "柘原县志愿消防站建设"
TOL = "年度目标照抄中期目标（D204）后与年度值不符，可提示"


@variant(
    "kfw13-stations-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside the "
    "year's half, a period deadline in the second year, costs within the money (correct)",
)
def kfw13() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        years=2,
        name=STATION,
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=multi_year((wan(240), wan(200), wan(40)), (wan(120), wan(100), wan(20))),
        goals=[
            "2025—2026年在12个行政村建成志愿消防站12个（2025年、2026年各6个），"
            "培训志愿消防队员240人，配备手抬机动消防泵12台。",
            "2025年建成志愿消防站6个，培训志愿消防队员120人，配备手抬机动消防泵6台。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "志愿消防站建成数量", "≥12个", "≥6个"),
        (None, None, "志愿消防队员培训人数", "≥240人", "≥120人"),
        (None, None, "手抬机动消防泵配备数量", "≥12台", "≥6台"),
        (None, "质量指标", "站点建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤18万元/个", "≤18万元/个"),
        ("效益指标", "社会效益指标", "覆盖村火警初期处置率", "≥80%", "≥80%"),
        (None, "可持续影响指标", "志愿消防站持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw14-stations-two-year-wrong",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
    "annual count above the period's, an annual deadline after the project ends",
)
def kfw14() -> Book:
    b, s = first()
    goal = "在10个行政村建成志愿消防站10个，培训志愿消防队员200人，配备手抬机动消防泵10台。"
    project_head(
        s,
        year=2025,
        years=2,
        name="沿江片区志愿消防站建设",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=multi_year((wan(200), wan(170), wan(30)), (wan(100), wan(85), wan(15))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "志愿消防站建成数量", "≥10个", ok("≥5个", note=TOL)),
        (None, None, "志愿消防队员培训人数", "≥200人",
         mk("≥260人", "D201", "error", note="年度260人大于中期200人")),
        (None, None, "手抬机动消防泵配备数量", "≥10台", ok("≥5台", note=TOL)),
        (None, "质量指标", "站点建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2026年11月30日前",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="项目期2025—2026年，年度期限却在2027年")),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤18万元/个", "≤18万元/个"),
        ("效益指标", "社会效益指标", "覆盖村火警初期处置率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _table_with_break(s: Sheet, rows: list[tuple[Any, ...]]) -> None:
    """A department indicator table with a weight column, subtotals and a repeated header."""
    header = (*HEAD4, "权重")
    indicators(s, header, rows[:4])
    s.row("小计", None, None, None, 40)
    s.row(*header)
    s.table(rows[4:], merged=(1, 2))
    s.row("小计", None, None, None, 60)
    s.row("合计", None, None, None, 100)


@variant(
    "kfw15-volunteer-department",
    (12, 4),
    "department, NAT-2021, weight column: budget and tasks add up, subtotal and total rows, "
    "a header repeated after a page break, a footnote explaining a task total (correct)",
)
def kfw15() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept="柘原县志愿消防工作服务中心",
        budget=[(wan(520), wan(470), wan(50), wan(210), wan(310))],
        tasks=[
            ("志愿消防站运行补助", "28个志愿消防站日常运行", wan(180), "全部正常运行"),
            ("志愿消防队员培训", "队员初训和复训", wan(60), "培训560人次"),
            ("村级消防器材配备", "灭火器、水枪、水带等", wan(70), "配备28站"),
            ("金额合计", None, wan(310), None),
        ],
        goal="保障全县28个志愿消防站正常运行（其中2025年新建8个、原有20个），"
        "培训志愿消防队员560人次，为28个站点补充村级消防器材。",
    )
    _table_with_break(s, [
        ("产出指标", "数量指标", "志愿消防站运行数量", "≥28个", 10),
        (None, None, "志愿消防队员培训人次", "≥560人次", 10),
        (None, "质量指标", "队员培训考核合格率", "≥95%", 10),
        (None, "时效指标", "运行补助拨付及时率", "=100%", 10),
        ("成本指标", "经济成本指标", "单站年度运行补助", "≤6万元/站", 10),
        ("效益指标", "社会效益指标", "村级火灾初期扑救成功率", "≥85%", 15),
        (None, None, "农村亡人火灾", "0起", 15),
        (None, "可持续影响指标", "志愿消防站队员在岗率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：运行补助180万元含新建8个站点开办费12万元（28站×6万元 = 168万元）。")
    sign(s, "贺芷宁", "0713-6625583", day(2024, 11, 25))
    return b


@variant(
    "kfw16-volunteer-department-wrong",
    (12,),
    "department, NAT-2021, weight column: 资金总额 not the sum of its parts, tasks not "
    "adding to 金额合计, the goal's new-station count against the indicator's",
)
def kfw16() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept="柘原县志愿消防工作服务中心",
        budget=[
            (
                mk(
                    wan(540),
                    "B101",
                    "error",
                    note="财政拨款470 + 其他资金50 = 基本210 + 项目310 = 520",
                ),
                wan(470),
                wan(50),
                wan(210),
                wan(310),
            )
        ],
        tasks=[
            ("志愿消防站新建", "新建8个志愿消防站", wan(175), "建成8个"),
            ("志愿消防队员培训", "队员初训和复训", wan(60), "培训500人次"),
            ("村级消防器材配备", "灭火器、水枪、水带等", wan(70), "配备26站"),
            (
                "金额合计",
                None,
                mk(wan(310), "B102", "error", note="175 + 60 + 70 = 305 ≠ 310"),
                None,
            ),
        ],
        goal="2025年新建志愿消防站8个，培训志愿消防队员500人次，为26个站点补充村级消防器材。",
    )
    _table_with_break(s, [
        ("产出指标", "数量指标", "新建志愿消防站数量",
         mk("≥10个", "D104", "warning", row=True, note="年度总体目标和任务写新建8个"), 10),
        (None, None, "志愿消防队员培训人次", "≥500人次", 10),
        (None, "质量指标", "站点建设验收合格率", "=100%", 10),
        (None, "时效指标", "新建站点投用时间", "2025年11月30日前", 10),
        ("成本指标", "经济成本指标", "单站新建补助标准", "≤17万元/站", 10),
        ("效益指标", "社会效益指标", "村级火灾初期扑救成功率", "≥85%", 15),
        (None, None, "农村亡人火灾", "0起", 15),
        (None, "可持续影响指标", "志愿消防站队员在岗率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


def _export(b: Book, goal: Any, rows: list[tuple[Any, ...]]) -> None:
    """A budget-system export: money on 05-1, indicators on 05-2, header on the third row."""
    m = b.sheet("部门项目支出预算05-1", (16, 24, 14, 14, 14, 40))
    m.row("2025年部门项目支出预算表")
    m.row("单位：柘原县应急管理局", None, None, None, "金额单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    m.row("341100250017", "志愿消防站装备补助", money(150), money(135), money(15), goal)
    m.row("合计", None, money(150), money(135), money(15), None)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 16, 26, 12, 10, 10))
    s.row("2025年部门项目支出绩效目标表")
    s.row("单位：柘原县应急管理局")
    s.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"
    )
    for r in rows:
        s.row("341100250017", "志愿消防站装备补助", *r)


@variant(
    "kfw17-station-export",
    (7,),
    "budget-system export: money on sheet 05-1, indicators on 05-2 with the header on the "
    "third row, codes in the first columns, operators in words, tiers in every row (correct)",
)
def kfw17() -> Book:
    b = Book()
    _export(b, "为15个志愿消防站配发手抬机动消防泵15台、灭火器300具，10月底前到位。", [
        ("产出指标", "数量指标", "手抬机动消防泵配发数量", "大于等于", 15, "台"),
        ("产出指标", "数量指标", "灭火器配发数量", "大于等于", 300, "具"),
        ("产出指标", "质量指标", "装备验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "装备配发及时率", "大于等于", 95, "%"),
        ("成本指标", "经济成本指标", "手抬机动消防泵单价", "小于等于", 8, "万元/台"),
        ("效益指标", "社会效益指标", "村级火警出动响应时间", "小于等于", 10, "分钟"),
        ("效益指标", "可持续影响指标", "装备完好率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "志愿消防队员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw18-station-export-wrong",
    (11, 7),
    "budget-system export, operators in words: a response time with 大于等于, the goal's "
    "station count against the indicator's, one indicator repeated under 质量",
)
def kfw18() -> Book:
    b = Book()
    _export(b, "为15个志愿消防站配发手抬机动消防泵15台，培训志愿消防队员300人，10月底前到位。", [
        ("产出指标", "数量指标", "手抬机动消防泵配发数量", "大于等于",
         mk(12, "D104", "warning", row=True, note="年度绩效目标写15个站、15台"), "台"),
        ("产出指标", "数量指标", "志愿消防队员培训人数", "大于等于", 300, "人"),
        ("产出指标", "质量指标", "志愿消防队员培训人数（含复训）", "大于等于",
         mk(300, "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标“志愿消防队员培训人数”重复，且人数不属质量"), "人"),
        ("产出指标", "时效指标", "装备配发及时率", "大于等于", 95, "%"),
        ("成本指标", "经济成本指标", "手抬机动消防泵单价", "小于等于", 8, "万元/台"),
        ("效益指标", "社会效益指标", "村级火警出动响应时间",
         mk("大于等于", "T108", "warning", row=True, note="响应时间是反向指标"), 10, "分钟"),
        ("满意度指标", "服务对象满意度指标", "志愿消防队员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
