"""Budget-system (预算管理一体化) exports: 项目代码 rows, a 单位名称 line, stacked projects,
merged title rows, export footers with 打印时间 and 页码 (everything invented)."""

from __future__ import annotations

from tests.variants.holdout102.common import BEN, OUT, SAT, filled
from tests.variants.holdout102.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

GOALS_HEAD = ("项目代码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")


def _footer(s: Sheet, page: str = "第1页 共1页") -> None:
    s.skip()
    s.row("打印时间：2026-02-14 10:32:18", None, None, None, None, page)


def _budget_sheet(b: Book, unit: str, projects) -> None:
    """Sheet 05-1: one row per project (代码, 名称, 属性, 合计, 财政拨款, 其他资金), a 合计 row."""
    s = b.sheet("部门项目支出预算05-1", widths=(18, 30, 12, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row(f"单位名称：{unit}", None, None, None, None, "单位：万元", merge=[(1, 3)])
    s.row("项目代码", "项目名称", "项目属性", "合计", "财政拨款", "其他资金")
    for p in projects:
        s.row(*p)
    _footer(s)


def _goal_sheet(b: Book, unit: str, blocks, fill: bool = False) -> Sheet:
    """Sheet 05-2: the projects stacked in one table, project columns merged down."""
    s = b.sheet("部门项目支出绩效目标05-2", widths=(18, 22, 30, 12, 16, 28, 16))
    s.title("2026年部门项目支出绩效目标表", 7)
    s.row(f"单位名称：{unit}", None, None, None, None, None, "单位：万元", merge=[(1, 3)])
    s.row(*GOALS_HEAD)
    for code, name, goal, rows in blocks:
        rows = filled(rows) if fill else rows
        first = [(code, name, goal, *rows[0])] + [(None, None, None, *r) for r in rows[1:]]
        s.table(first, merged=(1, 2, 3) if fill else (1, 2, 3, 4, 5))
    _footer(s)
    return s


ECO_ROWS = [
    (OUT, "数量指标", "空气自动监测站点运维数量", "=14个"),
    (None, None, "监测数据审核报告", "≥12份"),
    (None, "质量指标", "监测数据有效率", "≥95%"),
    (None, "时效指标", "异常数据响应时间", "≤2小时"),
    (None, "成本指标", "单站年运维费用", "≤18万元/站"),
    (BEN, "社会效益指标", "空气质量信息按时公开率", pct(1)),
    (None, "生态效益指标", "城区PM2.5年均浓度", "≤32微克/立方米"),
    (None, "可持续影响指标", "监测质量控制体系", "健全"),
    (SAT, "服务对象满意度指标", "社会公众满意度", "≥90%"),
]


@variant(
    "lh12-export-two-sheets",
    (4, 7),
    "export with sheets 05-1 (budget) and 05-2 (goals), "
    "header on the third row, 项目代码 column, merged tiers, 打印时间 and 页码 footer",
)
def lh12() -> Book:
    b = Book()
    unit = "栖梧市生态环境局"
    _budget_sheet(
        b,
        unit,
        [
            (
                "430102-26-0031",
                "环境空气质量自动监测站运维",
                "延续项目",
                money(260, WAN),
                money(240, WAN),
                money(20, WAN),
            ),
            ("合计", None, None, money(260, WAN), money(240, WAN), money(20, WAN)),
        ],
    )
    _goal_sheet(
        b,
        unit,
        [
            (
                "430102-26-0031",
                "环境空气质量自动监测站运维",
                "保障全市14个空气自动监测站稳定运行，数据有效率不低于95%，按时公开空气质量信息。",
                ECO_ROWS,
            ),
        ],
    )
    return b


@variant(
    "lh13-export-stacked",
    (2, 4),
    "export 05-1/05-2 with three projects stacked in one "
    "table, project columns merged down, the same indicator name in two projects",
)
def lh13() -> Book:
    b = Book()
    unit = "临汀市文化广电和旅游局"
    _budget_sheet(
        b,
        unit,
        [
            (
                "430201-26-0007",
                "公共图书馆免费开放",
                "常年项目",
                money(120, WAN),
                money(120, WAN),
                money(0, WAN),
            ),
            (
                "430201-26-0012",
                "非物质文化遗产保护传承",
                "延续项目",
                money(85, WAN),
                money(80, WAN),
                money(5, WAN),
            ),
            (
                "430201-26-0019",
                "群众文化惠民演出",
                "一次性项目",
                money(60, WAN),
                money(60, WAN),
                money(0, WAN),
            ),
            ("合计", None, None, money(265, WAN), money(260, WAN), money(5, WAN)),
        ],
    )
    _goal_sheet(
        b,
        unit,
        [
            (
                "430201-26-0007",
                "公共图书馆免费开放",
                "全年免费开放不少于300天，接待读者25万人次。",
                [
                    (OUT, "数量指标", "年开放天数", "≥300天"),
                    (None, None, "接待读者", "≥25万人次"),
                    (None, "质量指标", "图书借阅服务差错率", "≤1%"),
                    (None, "时效指标", "新书上架周期", "≤15个工作日"),
                    (None, "成本指标", "年度运行经费", "≤120万元"),
                    (BEN, "社会效益指标", "市民阅读活动参与人次", "≥3万人次"),
                    (SAT, "服务对象满意度指标", "读者满意度", "≥90%"),
                ],
            ),
            (
                "430201-26-0012",
                "非物质文化遗产保护传承",
                "支持代表性传承人开展传习，记录项目6项。",
                [
                    (OUT, "数量指标", "资助代表性传承人", "≥24人"),
                    (None, None, "完成项目数字化记录", "=6项"),
                    (None, "质量指标", "记录成果验收合格率", "=100%"),
                    (None, "时效指标", "补助资金发放时间", "6月30日前"),
                    (None, "成本指标", "传承人年度补助标准", "≤8000元/人"),
                    (BEN, "社会效益指标", "传习活动受众人次", "≥1.2万人次"),
                    (SAT, "服务对象满意度指标", "群众满意度", "≥90%"),
                ],
            ),
            (
                "430201-26-0019",
                "群众文化惠民演出",
                "送戏下乡惠民演出80场，覆盖全部乡镇。",
                [
                    (OUT, "数量指标", "惠民演出场次", "≥80场"),
                    (None, "质量指标", "演出节目审核通过率", "=100%"),
                    (None, "时效指标", "演出任务完成时间", "11月30日前"),
                    (None, "成本指标", "场均演出成本", "≤0.75万元/场"),
                    (BEN, "社会效益指标", "观演群众人次", "≥4万人次"),
                    (SAT, "服务对象满意度指标", "群众满意度", "≥92%"),
                ],
            ),
        ],
    )
    return b


@variant(
    "lh14-export-merged-title",
    (4, 7, 8),
    "export of a three-year project: two merged "
    "title rows, 单位名称 line, 项目代码 row in the head, 中期/年度 columns, footer",
)
def lh14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    s.title("2026年度项目支出绩效目标表", 6)
    s.title("（预算管理一体化系统导出）", 6)
    s.row("单位名称：云屏县交通运输局", None, None, None, None, "金额单位：万元", merge=[(1, 3)])
    s.row(
        "项目代码",
        "431022-26-0105",
        None,
        "项目名称",
        "农村公路安全生命防护工程",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位",
        "云屏县公路建设养护中心",
        None,
        "项目属性",
        "新增项目",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("项目期", "3年", "计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31")
    s.row(
        "项目资金（万元）", "中期资金总额", money(1500, WAN), "年度资金总额", money(520, WAN), None
    )
    s.row(None, "其中：财政拨款", money(1500, WAN), "其中：财政拨款", money(520, WAN), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "总体目标",
        "中期目标（2026年—2028年）",
        None,
        "年度目标",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(
        None,
        "三年完成农村公路安全隐患路段整治300公里，安装波形护栏180公里。",
        None,
        "完成隐患路段整治100公里，安装波形护栏60公里。",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            (OUT, "数量指标", "隐患路段整治里程", "≥300公里", "≥100公里", None),
            (None, None, "安装波形护栏", "≥180公里", "≥60公里", None),
            (None, None, "设置警示标志", "≥900块", "≥300块", None),
            (None, "质量指标", "交工验收合格率", "=100%", "=100%", None),
            (None, "时效指标", "年度任务完成时间", "2028年12月31日前", "12月31日前", None),
            (None, "成本指标", "每公里整治综合造价", "≤5万元/公里", "≤5万元/公里", None),
            (BEN, "社会效益指标", "整治路段交通事故起数下降", "≥15%", "≥5%", None),
            (None, "可持续影响指标", "防护设施养护制度", "健全", "健全", None),
            (SAT, "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("打印时间：2026-02-20 09:15:42", None, None, None, "第1页 共1页", None)
    return b


@variant(
    "lh15-export-direction",
    (4, 11),
    "export 05-2 alone, filled-down tiers, 项目代码 "
    "column: ≥ on a 反向 rate, a rate over 100 % as a percent cell",
)
def lh15() -> Book:
    b = Book()
    unit = "鹭川县市场监督管理局"
    _budget_sheet(
        b,
        unit,
        [
            (
                "431121-26-0044",
                "食品安全抽检监测",
                "常年项目",
                money(96, WAN),
                money(96, WAN),
                money(0, WAN),
            ),
            ("合计", None, None, money(96, WAN), money(96, WAN), money(0, WAN)),
        ],
    )
    _goal_sheet(
        b,
        unit,
        [
            (
                "431121-26-0044",
                "食品安全抽检监测",
                "完成食品安全抽检2400批次，核查处置不合格食品。",
                [
                    (OUT, "数量指标", "食品安全抽检批次", "≥2400批次"),
                    (None, None, "快检筛查批次", "≥6000批次"),
                    (
                        None,
                        "质量指标",
                        "不合格食品核查处置完成率",
                        mk(pct(1.2), "T106", "error", note="a 完成率 of 120 %"),
                    ),
                    (
                        None,
                        None,
                        "抽检样品检验差错率",
                        mk("≥0.5%", "T108", "warning", row=True, note="反向 rate with ≥"),
                    ),
                    (None, "时效指标", "检验报告出具时限", "≤20个工作日"),
                    (None, "成本指标", "单批次抽检费用", "≤380元/批次"),
                    (BEN, "社会效益指标", "食品安全评价性抽检合格率", "≥98%"),
                    (None, "可持续影响指标", "抽检信息公开机制", "健全"),
                    (SAT, "服务对象满意度指标", "群众食品安全满意度", "≥85%"),
                ],
            ),
        ],
        fill=True,
    )
    return b


@variant(
    "lh16-export-stacked-wrong",
    (2, 4, 12),
    "export 05-1/05-2 with two projects stacked: "
    "the second project's 财政拨款 + 其他资金 ≠ 合计, a conflicting duplicate in it",
)
def lh16() -> Book:
    b = Book()
    unit = "芦湾区民政局"
    _budget_sheet(
        b,
        unit,
        [
            (
                "430311-26-0002",
                "困难群众临时救助",
                "常年项目",
                money(350, WAN),
                money(330, WAN),
                money(20, WAN),
            ),
            (
                "430311-26-0009",
                "居家养老服务补贴",
                "延续项目",
                mk(money(210, WAN), "B101", "error", note="180 + 40 = 220 ≠ 210"),
                money(180, WAN),
                money(40, WAN),
            ),
            (
                "合计",
                None,
                None,
                mk(
                    money(560, WAN),
                    "B101",
                    "error",
                    required=False,
                    note="510 + 60 = 570: follows from the project row above",
                ),
                money(510, WAN),
                money(60, WAN),
            ),
        ],
    )
    _goal_sheet(
        b,
        unit,
        [
            (
                "430311-26-0002",
                "困难群众临时救助",
                "对遭遇突发困难的家庭及时实施临时救助。",
                [
                    (OUT, "数量指标", "临时救助人次", "≥1500人次"),
                    (None, "质量指标", "救助对象认定准确率", "≥98%"),
                    (None, "时效指标", "急难型救助审批时限", "≤3个工作日"),
                    (None, "成本指标", "人均救助标准", "≤2300元/人次"),
                    (BEN, "社会效益指标", "困难群众基本生活保障率", "=100%"),
                    (SAT, "服务对象满意度指标", "救助对象满意度", "≥90%"),
                ],
            ),
            (
                "430311-26-0009",
                "居家养老服务补贴",
                "为经济困难高龄失能老人提供居家养老服务补贴。",
                [
                    (OUT, "数量指标", "享受补贴老人", "≥1100人"),
                    (
                        None,
                        None,
                        mk(
                            "享受补贴老人",
                            "D102",
                            "error",
                            row=True,
                            alt=("D101", "D103"),
                            note="the same indicator with another value",
                        ),
                        "≥1300人",
                    ),
                    (None, "质量指标", "补贴对象评估覆盖率", "=100%"),
                    (None, "时效指标", "补贴按月发放及时率", "≥95%"),
                    (None, "成本指标", "人均月补贴标准", "≤120元/人·月"),
                    (BEN, "社会效益指标", "失能老人居家照护服务覆盖率", "≥80%"),
                    (SAT, "服务对象满意度指标", "老年人满意度", "≥90%"),
                ],
            ),
        ],
    )
    return b
