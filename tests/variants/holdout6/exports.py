"""Budget-system exports (预算管理一体化系统) and indicator tables split over two sheets: the
潆州市 bureaus that send what the system or another program wrote, re-saved by WPS or Excel.

b01/b02: a budget sheet 「项目支出预算05-1」 and an indicator sheet 「项目支出绩效目标05-2」 with
序号, 项目编码 and a hidden 指标编码 column, a hidden export-stamp row, tiers repeated in every
row, project columns merged down. b03/b04: a project form whose indicator table goes on over a
second sheet (产出 and 成本 on the first, 效益 and 满意度 on the next, header repeated).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout6.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, day, mk, money, ok, pct

T1, T2, T3 = "产出指标", "效益指标", "满意度指标"


def wan(v: float) -> C:
    """An amount with its unit only in the number format."""
    return money(v, WAN)


def _budget_sheet(b: Book, unit: str, code: str, name: str, amounts: Sequence[Any]) -> None:
    s = b.sheet("项目支出预算05-1", (6, 18, 30, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row(f"单位名称：{unit}", None, None, None, None, "金额单位：万元", merge=[(1, 4), (6, 7)])
    s.row("序号", "项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(1, code, name, "延续项目", *amounts)
    s.row("合计", None, None, None, *amounts, merge=[(1, 4)])


def _export_sheet(
    b: Book, unit: str, code: str, name: str, goal: str, rows: Sequence[Sequence[Any]]
) -> Sheet:
    s = b.sheet("项目支出绩效目标05-2", (6, 18, 20, 30, 10, 12, 26, 16, 10))
    s.title("2025年项目支出绩效目标表", 9)
    stamp = s.row("报表编号：05-2　导出时间：2024-12-18 16:02　数据来源：预算管理一体化系统")
    s.ws.row_dimensions[stamp].hidden = True
    s.row(f"单位名称：{unit}", merge=[(1, 9)])
    s.row(
        "序号",
        "项目编码",
        "项目名称",
        "年度绩效目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "指标编码",
    )
    s.ws.column_dimensions["I"].hidden = True
    lines = [
        ((1, code, name, goal) if i == 0 else (None,) * 4) + tuple(r) for i, r in enumerate(rows)
    ]
    s.table(lines, merged=(1, 2, 3, 4))
    return s


@variant(
    "b01-export-hidden-ok",
    (4, 7, 1),
    "budget-system export, OLD-NAT, 序号/项目编码 columns, "
    "hidden 指标编码 column and export-stamp row, tiers repeated, ≥95%（含）, 100%完成, "
    "2025年6月底前, 第三季度, 较上年提高5个百分点",
)
def b01() -> Book:
    b = Book()
    unit, code, name = "潆州市交通运输局", "441801252000013", "农村公路养护工程"
    _budget_sheet(b, unit, code, name, (86.5, 80, 6.5))
    goal = (
        "完成农村公路日常养护420公里，改造危桥4座，路面养护合格率不低于95%，"
        "保障沿线群众安全便捷出行。"
    )
    _export_sheet(
        b,
        unit,
        code,
        name,
        goal,
        [
            (T1, "数量指标", "农村公路养护里程", "≥420公里", "GL0101"),
            (T1, "数量指标", "危桥改造座数", "≥4座", "GL0102"),
            (T1, "质量指标", "路面养护合格率", "≥95%（含）", "GL0201"),
            (T1, "质量指标", "年度养护计划完成率", "100%完成", "GL0202"),
            (T1, "时效指标", "危桥改造完工时间", "2025年6月底前", "GL0301"),
            (T1, "时效指标", "项目验收时间", "第三季度", "GL0302"),
            (T1, "时效指标", "路面病害处置时限", "≤30个工作日", "GL0303"),
            (T1, "成本指标", "日常养护单位成本", "≤1500元/公里·年", "GL0401"),
            (T2, "社会效益指标", "农村公路优良中等路率", "较上年提高5个百分点", "GL0501"),
            (T2, "可持续影响指标", "养护长效机制", "逐步完善", "GL0601"),
            (T3, "服务对象满意度指标", "沿线群众满意度", "≥90%", "GL0701"),
        ],
    )
    return b


@variant(
    "b02-export-defects",
    (4, 7, 1, 11),
    "budget-system export, OLD-NAT: a malformed "
    "threshold ≥≤90%, a 完好率 typed 105%, a 投诉率 with ≥",
)
def b02() -> Book:
    b = Book()
    unit, code, name = "潆州市城市管理局", "441801252000207", "生活垃圾分类收运处理"
    _budget_sheet(b, unit, code, name, (2350, 2100, 250))
    goal = "完善生活垃圾分类收运体系，新建分类收集点位260个，生活垃圾无害化处理率保持100%。"
    _export_sheet(
        b,
        unit,
        code,
        name,
        goal,
        [
            (T1, "数量指标", "生活垃圾无害化处理量", "≥18万吨", "CG0101"),
            (T1, "数量指标", "分类收集点位新建数", "≥260个", "CG0102"),
            (
                T1,
                "质量指标",
                "垃圾分类投放准确率",
                mk("≥≤90%", "T116", "warning", alt=("T102",), note="two operators typed"),
                "CG0201",
            ),
            (
                T1,
                "质量指标",
                "分类设施完好率",
                mk(pct(1.05), "T106", "error", note="a 完好率 cannot exceed 100%"),
                "CG0202",
            ),
            (T1, "时效指标", "垃圾清运及时率", "≥98%", "CG0301"),
            (T1, "成本指标", "垃圾处理单位成本", "≤95元/吨", "CG0401"),
            (
                T2,
                "社会效益指标",
                "市民投诉率",
                mk("≥5%", "T108", "warning", row=True, note="投诉率 is 反向: ≤ expected"),
                "CG0501",
            ),
            (T2, "生态效益指标", "原生垃圾填埋量", "逐年下降", "CG0601"),
            (T3, "服务对象满意度指标", "市民满意度", "≥90%", "CG0701"),
        ],
    )
    return b


HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


def _continued(b: Book, title: str, rows: Sequence[Sequence[Any]]) -> Sheet:
    s = b.sheet("绩效指标（续）", (16, 20, 30, 22))
    s.title(title, 4)
    s.row(*HEADER)
    s.table(rows, merged=(1, 2))
    return s


@variant(
    "b03-split-sheets-ok",
    (7, 1, 4),
    "project, NAT-2021, 产出 and 成本 on the first sheet, "
    "效益 and 满意度 on a second sheet with the header repeated; names with line breaks",
)
def b03() -> Book:
    b = Book()
    s = b.sheet("项目申报表")
    project_head(
        s,
        year=2025,
        name="基层医疗卫生机构能力提升项目",
        dept="潆州市卫生健康委员会（412）",
        unit="潆州市卫生健康委员会",
        money=[
            ("资金总额", wan(640), "其中：财政拨款", wan(600)),
            (None, None, "其他资金", wan(40)),
        ],
        goals=["为35家乡镇卫生院配置基本诊疗设备，轮训乡村医生1200人次，提升基层首诊率。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    s.row(*HEADER)
    s.table(
        [
            ("产出指标", "数量指标", "乡镇卫生院\n设备配置数", "≥35家"),
            (None, None, "乡村医生\n轮训人次", "≥1200人次"),
            (None, "质量指标", "设备验收合格率", "100%"),
            (None, None, "轮训考核通过率", pct(0.95)),
            (None, "时效指标", "设备采购完成时间", "2025年9月底前"),
            ("成本指标", "经济成本指标", "乡村医生人均培训成本", "≤800元/人次"),
        ],
        merged=(1, 2),
    )
    s.row("（转下页）")
    t = _continued(
        b,
        "项目支出绩效目标申报表（续）",
        [
            ("效益指标", "社会效益指标", "基层首诊率", "较上年提高5个百分点"),
            (None, None, "县域内就诊率", "≥90%"),
            (None, "可持续影响指标", "新配设备使用年限", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
            (None, None, "乡村医生满意度", pct(0.9)),
        ],
    )
    t.skip()
    t.row("填表人：林晓岚", None, "联系电话：0759-3318826", "填报日期：2024年11月28日")
    return b


@variant(
    "b04-split-sheets-defects",
    (7, 5),
    "project, NAT-2021 split over two sheets: a rate "
    "given as an area, one indicator twice with different values across the sheets, the "
    "满意度 tier-2 under 效益指标",
)
def b04() -> Book:
    b = Book()
    s = b.sheet("项目申报表")
    project_head(
        s,
        year=2025,
        name="高标准农田建设项目",
        dept="潆州市农业农村局（205）",
        unit="潆州市农业农村局",
        start=day(2025, 3, 1),
        money=[
            ("资金总额", wan(6400), "其中：财政拨款", wan(5760)),
            (None, None, "其他资金", wan(640)),
        ],
        goals=["新建高标准农田3.2万亩，其中高效节水灌溉0.8万亩，项目区粮食产能稳步提升。"],
    )
    s.row(*HEADER)
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩"),
            (None, None, "新增高效节水灌溉面积", ok("≥0.8万亩", "error", note="first of the pair")),
            (None, "质量指标", "工程质量验收合格率", "100%"),
            (
                None,
                None,
                "农田建设任务完成率",
                mk("3.2万亩", "T105", "error", note="a 完成率 given as an area"),
            ),
            (None, "时效指标", "项目完工时间", "2025年11月底前"),
            ("成本指标", "经济成本指标", "亩均财政投入", "≤1800元/亩"),
        ],
        merged=(1, 2),
    )
    rows: list[Sequence[Any]] = [
        ("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50公斤"),
        (
            None,
            "可持续影响指标",
            "新增高效节水灌溉面积",
            mk(
                "≥1.2万亩",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103"),
                note="the same indicator as on the first sheet, another value",
            ),
        ),
        (
            None,
            mk(
                "服务对象满意度指标",
                "F105",
                "error",
                row=True,
                note="满意度 tier-2 under 效益指标; the tier-1 满意度指标 is left out",
            ),
            "项目区农户满意度",
            "≥90%",
        ),
    ]
    _continued(b, "绩效指标（续表）", rows)
    b.file_mark("F106", "error", required=False, note="follows from the misplaced 满意度 block")
    return b
