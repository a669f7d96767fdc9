"""文旅 returns: 公共文化场馆免费开放, 非遗保护传承, and a 文广旅体局's workbook with one project
per sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import project_head
from tests.variants.holdout18.grid import EXPORT_HEAD, export, grid, sign, title
from tests.variants.holdout18.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, ok

BUREAU = "青禾市文化广电旅游体育局"


def _project_sheet(b: Book, sheet: str, facts: Sequence[Sequence[Any]], goal: str,
                   rows: Sequence[Sequence[Any]], code: str) -> None:  # fmt: skip
    """One project of the 文广旅体局's workbook, as the system exports it: money as text."""
    s = b.sheet(sheet, (10, 14, 16, 30, 10, 12, 12, 8, 10))
    title(s, "2026年度项目支出绩效目标表", 2, 8)
    grid(s, [*facts, ("年度绩效目标", goal)])
    export(s, head=EXPORT_HEAD, code=code, rows=rows)
    sign(s, ("填报人：", "邓雅文", "审核人：", "潘德明", "联系电话：", "0762-3328145", "填报日期：",
             day(2025, 11, 28)))  # fmt: skip


def _text(amount: str) -> Any:
    """An amount the system exports as text (``1,260.00``): a reviewer shrugs at a warning."""
    return ok(amount, note="the system exports amounts as text")


@variant("ib04-culture-sheets-ok", (2, 7, 9), "one workbook, one budget-system export per sheet "
         "(场馆免费开放, 非遗保护传承, 全民健身赛事), amounts and one count exported as text with "
         "thousands separators, a zero-accident target")  # fmt: skip
def ib04() -> Book:
    b = Book()
    _project_sheet(b, "场馆免费开放", [
        ("项目名称", "公共文化场馆免费开放补助", "项目编码", "441821260000000031"),
        ("主管部门", BUREAU, "实施单位", "青禾市图书馆、文化馆、博物馆"),
        ("项目类别", "专项业务类", "项目期限", "1年"),
        ("资金总额（万元）", _text("1,260.00"), "其中：财政拨款", _text("1,200.00")),
        ("其他资金", _text("60.00"), "资金来源", "中央补助、市级配套"),
    ], "保障市图书馆、文化馆、博物馆全年免费开放，公益培训和展览服务惠及更多群众。", [
        ("产出指标", "数量指标", "公共图书馆年免费开放天数", "≥", "300", "天", "10", "正向"),
        ("产出指标", "数量指标", "文化馆公益培训场次", "≥", "480", "场次", "10", "正向"),
        ("产出指标", "数量指标", "博物馆年接待观众", "≥", _text("150,000"), "人次", "10", "正向"),
        ("产出指标", "质量指标", "免费开放服务规范达标率", "≥", "95", "%", "10", "正向"),
        ("产出指标", "时效指标", "免费开放项目公示及时率", "=", "100", "%", "10", "正向"),
        ("成本指标", "经济成本指标", "场馆免费开放补助资金", "≤", "1260", "万元", "10", "反向"),
        ("效益指标", "社会效益指标", "群众公共文化参与度", "定性", "有效提升", "", "15", "正向"),
        ("效益指标", "可持续影响指标", "免费开放长效运行机制", "定性", "健全", "", "15", "正向"),
        ("满意度指标", "服务对象满意度指标", "读者及观众满意度", "≥", "90", "%", "10", "正向"),
    ], "WH01")  # fmt: skip
    _project_sheet(b, "非遗保护传承", [
        ("项目名称", "非物质文化遗产保护传承", "项目编码", "441821260000000046"),
        ("主管部门", BUREAU, "实施单位", "青禾市非物质文化遗产保护中心"),
        ("项目类别", "专项业务类", "项目期限", "1年"),
        ("资金总额（万元）", _text("385.00"), "其中：财政拨款", _text("350.00")),
        ("其他资金", _text("35.00"), "资金来源", "省级非遗保护专项、市级配套"),
    ], "落实代表性传承人补助，开展非遗展演和记录整理，非遗保护传承水平进一步提高。", [
        ("产出指标", "数量指标", "代表性传承人补助人数", "≥", "46", "人", "10", "正向"),
        ("产出指标", "数量指标", "非遗展演活动场次", "≥", "24", "场次", "10", "正向"),
        ("产出指标", "数量指标", "非遗项目记录整理", "≥", "8", "项", "10", "正向"),
        ("产出指标", "质量指标", "传承人补助发放准确率", "=", "100", "%", "10", "正向"),
        ("产出指标", "时效指标", "展演活动按时完成率", "≥", "95", "%", "10", "正向"),
        ("成本指标", "经济成本指标", "传承人年补助标准", "≤", "8000", "元/人·年", "10", "反向"),
        ("效益指标", "社会效益指标", "非遗社会关注度", "定性", "有效提升", "", "15", "正向"),
        ("效益指标", "可持续影响指标", "非遗传承梯队", "定性", "逐步完善", "", "15", "正向"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥", "90", "%", "10", "正向"),
    ], "WH02")  # fmt: skip
    zero = mk("=", "*", "warning", required=False, row=True, note="零事故: = 0 起 is the target")
    _project_sheet(b, "全民健身赛事", [
        ("项目名称", "全民健身赛事活动", "项目编码", "441821260000000052"),
        ("主管部门", BUREAU, "实施单位", "青禾市全民健身服务中心"),
        ("项目类别", "专项业务类", "项目期限", "1年"),
        ("资金总额（万元）", _text("520.00"), "其中：财政拨款", _text("500.00")),
        ("其他资金", _text("20.00"), "资金来源", "体育彩票公益金"),
    ], "全年举办全民健身赛事活动36场次以上，赛事安全有序，群众健身热情持续提高。", [
        ("产出指标", "数量指标", "举办全民健身赛事活动", "≥", "36", "场次", "15", "正向"),
        ("产出指标", "数量指标", "参赛群众", "≥", _text("12,000"), "人次", "10", "正向"),
        ("产出指标", "质量指标", "赛事重大安全责任事故", zero, "0", "起", "10", "反向"),
        ("产出指标", "时效指标", "赛事按计划完成率", "≥", "95", "%", "10", "正向"),
        ("成本指标", "经济成本指标", "单场赛事平均组织成本", "≤", "13", "万元/场", "10", "反向"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", "42", "%", "15", "正向"),
        ("效益指标", "可持续影响指标", "全民健身赛事品牌影响力", "定性", "逐步扩大", "", "15",
         "正向"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥", "90", "%", "15", "正向"),
    ], "TY01")  # fmt: skip
    return b


def _two_line_header(s: Any) -> None:
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "目标值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)


@variant("ib07-heritage-oldnat-yuan-ok", (4, 5, 7), "WPS project table, OLD-NAT (成本指标 under "
         "产出), money in 元 with 元 in the number format, a two-line header (比较符 / "
         "目标值 under 指标值) repeated after a page break, 填报说明 and signature "
         "lines")  # fmt: skip
def ib07() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 18, 30, 10, 12, 12))
    title(s, "2026年度项目支出绩效目标申报表", 1, 6)
    grid(s, [
        ("项目名称", "碧溪区非物质文化遗产数字化记录与传承", "主管部门", "碧溪区文化和旅游局"),
        ("实施单位", "碧溪区文化馆", "项目属性", "一次性项目"),
        ("计划开始日期", day(2026, 3, 1), "计划完成日期", day(2026, 11, 30)),
        ("项目资金（元）", "资金总额", "财政拨款", "其他资金"),
        (None, money(860000, YUAN), money(800000, YUAN), money(60000, YUAN)),
        ("年度绩效目标", "完成6个区级以上非遗代表性项目的数字化记录，开展非遗进校园、进社区活动"
                         "40场次，传承人带徒60人。"),
    ], col=1, width=6)  # fmt: skip
    _two_line_header(s)
    s.table([
        ("产出指标", "数量指标", "非遗代表性项目数字化记录", "≥", 6, "项"),
        (None, None, "非遗进校园进社区活动", "≥", 40, "场次"),
        (None, None, "传承人带徒传艺", "≥", 60, "人"),
        (None, "质量指标", "数字化记录成果验收合格率", "≥", 95, "%"),
        (None, "时效指标", "记录工作按期完成率", "≥", 95, "%"),
        (None, "成本指标", "单个项目数字化记录成本", "≤", 80000, "元/项"),
    ], merged=(1, 2))  # fmt: skip
    s.ws.row_breaks.append(Break(id=s.r))
    _two_line_header(s)
    s.table([
        ("效益指标", "社会效益指标", "非遗保护传承氛围", "定性", "明显增强", None),
        (None, "可持续影响指标", "非遗项目存续状态", "定性", "良好", None),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("填报说明：1.金额单位为元；2.比较符填写≥、≤、=，定性指标填写“定性”。", merge=[(1, 6)])
    s.row("填表人：", "谢婷", "审核人：", "高伟", "填报日期：", day(2025, 12, 5))
    return b


@variant("ib12-venues-tier-defects", (5,), "budget-system export, NAT-2021 without weights: a "
         "质量指标 under 效益指标, no 满意度指标, one indicator twice with different "
         "values")  # fmt: skip
def ib12() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (10, 14, 16, 30, 10, 12, 12, 10))
    title(s, "2026年度项目支出绩效目标表", 2, 7)
    s.row("金额单位：万元", col=2)
    grid(s, [
        ("项目名称", "乡镇综合文化站免费开放", "项目编码", "431124260000000063"),
        ("主管部门", "岚山县文化旅游广电体育局", "实施单位", "岚山县文化馆"),
        ("项目类别", "专项业务类", "项目期限", "1年"),
        ("资金总额（万元）", 76, "其中：财政拨款", 70),
        ("其他资金", 6, "资金来源", "中央补助"),
        ("年度绩效目标", "保障全县14个乡镇综合文化站全年免费开放，开展公益文化活动160场次。"),
    ], width=7)  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 on a service with identifiable users")
    days = "综合文化站年免费开放天数"
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向")
    export(s, head=head, code="WL", rows=[
        ("产出指标", "数量指标", "免费开放乡镇综合文化站", "≥", 14, "个", "正向"),
        ("产出指标", "数量指标", mk(days, "D102", "error", row=True, required=False,
                                    note="the first of the pair"), "≥", 300, "天", "正向"),
        ("产出指标", "数量指标", "公益文化活动场次", "≥", 160, "场次", "正向"),
        ("产出指标", "质量指标", "文化站服务达标率", "≥", 90, "%", "正向"),
        ("产出指标", "时效指标", "免费开放补助资金拨付及时率", "=", 100, "%", "正向"),
        ("产出指标", "数量指标", mk(days, "D102", "error", row=True, alt=("D101", "D103"),
                                    note="300 天 above, 280 天 here"), "≥", 280, "天", "正向"),
        ("成本指标", "经济成本指标", "每站年免费开放补助标准", "≤", 5, "万元/站", "反向"),
        ("效益指标", mk("质量指标", "F105", "error", row=True, alt=("F104", "F201")),
         "群众文化活动参与人次", "≥", 42000, "人次", "正向"),
        ("效益指标", "社会效益指标", "基层群众文化获得感", "定性", "有效提升", "", "正向"),
        ("效益指标", "可持续影响指标", "文化站免费开放长效机制", "定性", "健全", "", "正向"),
    ])  # fmt: skip
    sign(s, ("填报人：", "唐丽君", "审核人：", "欧阳平", "填报日期：", day(2025, 11, 19)))
    return b


@variant("ib15-heritage-pdf-paste", (9, 12), "WPS project table, NAT-2021, merged tiers, a "
         "支出明细 block pasted from a PDF: a total split by a space, an amount pasted "
         "twice")  # fmt: skip
def ib15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 16, 18, 16))
    project_head(
        s,
        year=2026,
        name="青峰县非物质文化遗产保护传承",
        dept="青峰县文化和旅游局",
        unit="青峰县非物质文化遗产保护中心",
        money=[("资金总额", mk("386.457 5", "X105", "warning", alt=("X103",),
                               note="386.4575 split by the PDF"), "财政拨款", 350),
               ("其他资金", 36.4575, None, None)],
        goals=["落实46名代表性传承人补助，完成6个非遗项目数字化记录，开展非遗展演及进校园活动"
               "40场次。"],
    )  # fmt: skip
    top = s.row("项目支出明细（万元）", "明细项目", None, "金额", "测算依据", None,
                merge=[(2, 3), (5, 6)])  # fmt: skip
    for line in [
        ("代表性传承人补助", mk("36.8万36.8万", "X106", "error", alt=("B108",)), "46人×8000元"),
        ("非遗项目数字化记录", 120, "6项×20万元"),
        ("展演及进校园活动", 150.6575, "40场次"),
        ("传习所运维", 79, "4个传习所"),
    ]:
        s.row(None, line[0], None, line[1], line[2], None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "代表性传承人补助人数", "≥46人", None),
        (None, None, "非遗项目数字化记录", "≥6项", None),
        (None, None, "非遗展演及进校园活动", "≥40场次", None),
        (None, "质量指标", "数字化记录成果验收合格率", "≥95%", None),
        (None, "时效指标", "补助资金按季发放及时率", "≥95%", None),
        ("成本指标", "经济成本指标", "传承人年补助标准", "≤8000元/人", None),
        ("效益指标", "社会效益指标", "非遗传承活动参与人次", "≥12000人次", None),
        (None, "可持续影响指标", "非遗保护传承机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "传承人及参与群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "钟敏", "联系电话：", "0745-6623019", "填报日期：", day(2025, 11, 10))
    return b


@variant("ib18-library-details-equals", (12,), "WPS project table, NAT-2021, merged tiers, "
         "比较符 / 指标值 / 计量单位 columns: 支出明细 lines not adding to their 合计, =95% on a "
         "satisfaction rate, a completion date given as a percentage")  # fmt: skip
def ib18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (18, 18, 30, 10, 14, 12))
    total = mk(180, "B102", "error", required=False, alt=("B101",), note="the lines' 170 vs 180")
    project_head(
        s,
        year=2026,
        name="岚山县公共图书馆总分馆体系建设",
        dept="岚山县文化旅游广电体育局",
        unit="岚山县图书馆",
        money=[("资金总额", total, "财政拨款", 180), ("其他资金", 0, None, None)],
        goals=["采购图书17000册，建成乡镇分馆12个，开展流动图书服务120场次，实现总分馆通借通还。"],
    )  # fmt: skip
    top = s.row("支出明细（万元）", "支出内容", None, "金额", "测算依据", None,
                merge=[(2, 3), (5, 6)])  # fmt: skip
    for line in [
        ("图书采购", 85, "17000册×50元"),
        ("分馆运维", 60, "12个×5万元"),
        ("流动图书服务", 25, "120场次"),
        (
            "合计",
            mk(180, "B102", "error", row=True, alt=("B101",), note="85 + 60 + 25 = 170"),
            None,
        ),
    ]:
        s.row(None, line[0], None, line[1], line[2], None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "采购图书", "≥", 17000, "册"),
        (None, None, "建成乡镇分馆", "≥", 12, "个"),
        (None, None, "流动图书服务场次", "≥", 120, "场次"),
        (None, "质量指标", "图书编目合格率", "≥", 98, "%"),
        (None, "时效指标", "分馆建设完成时间",
         mk("≥", "T113", "warning", row=True, note="a date given as a percentage"), 95, "%"),
        ("成本指标", "经济成本指标", "图书平均采购单价", "≤", 50, "元/册"),
        ("效益指标", "社会效益指标", "图书馆年外借人次", "≥", 260000, "人次"),
        (None, "可持续影响指标", "总分馆通借通还机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度",
         mk("=", "T107", "warning", row=True, note="= where ≥ is meant"), 95, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "袁晓东", "联系电话：", "0738-4412650", "填报日期：", day(2025, 11, 17))
    return b
