"""Department tables over several years (实施周期 and 年度 columns), a two-line header repeated
after a page break, and a stale fill date (ix14–ix17)."""

from __future__ import annotations

from tests.variants.holdout40.common import Row, filled_on, sign, title
from tests.variants.holdout40.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, mk, money, ok, pct


def two_values(s: Sheet, head: tuple[str, str], rows: list[Row]) -> None:
    s.row("一级指标", "二级指标", "三级指标", *head)
    s.table(rows, merged=(1, 2))


@variant(
    "ix14-period-annual-ok",
    (8, 12),
    "department, 实施周期 2025—2027 and 年度 columns "
    "(NAT-2021): annual counts below the period's, rates and caps equal",
)
def period_annual_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 18, 30, 18, 18))
    title(s, "禾川市科学技术局部门整体支出绩效目标表（2025年度）", 1, 5)
    s.row("部门名称", "禾川市科学技术局", None, "实施周期", "2025年—2027年", merge=[(2, 3)])
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", None)
    s.row(None, money(1688.00, WAN), money(1608.00, WAN), money(80.00, WAN), None)
    s.row(None, "基本支出", money(356.00, WAN), "项目支出", money(1332.00, WAN))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "实施周期目标",
        "到2027年累计培育入库科技型中小企业900家，科技特派员服务150个村，高新技术企业达到260家。",
        merge=[(2, 5)],
    )
    s.row(
        "年度目标",
        "2025年入库科技型中小企业300家，科技特派员服务60个村，开展科普活动惠及5万人次。",
        merge=[(2, 5)],
    )
    two_values(
        s,
        ("实施周期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "科技型中小企业入库数", "≥900家", "≥300家"),
            (None, None, "科技特派员服务村数", "≥150个", "≥60个"),
            (None, "质量指标", "科技计划项目验收通过率", "≥90%", "≥90%"),
            (None, "时效指标", "科技项目资金拨付时限", "≤30个工作日", "≤30个工作日"),
            ("成本指标", "经济成本指标", "单场科普活动补助标准", "≤3万元/场", "≤3万元/场"),
            ("效益指标", "经济效益指标", "高新技术企业数", "≥260家", "≥200家"),
            (None, "社会效益指标", "科普活动参与人次", "≥15万人次", "≥5万人次"),
            (None, "可持续影响指标", "科技创新服务体系", "持续完善", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "科技企业满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, 1, filled_on(2024, 11, 19), who="蒋蕾", checker="魏东升", phone="0738-8826405")
    return b


@variant(
    "ix15-period-copied-wrong",
    (8, 1),
    "department, 中期 2025—2027 and 年度 columns: two "
    "cumulative counts copied into 年度, 95 typed under a 0% format, 95%% pasted",
)
def period_copied_wrong() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 18, 18))
    title(s, "云塘县交通运输局2025年度部门整体支出绩效目标表", 1, 5)
    s.row("部门名称", "云塘县交通运输局", None, "中期规划期", "2025—2027年", merge=[(2, 3)])
    s.row("资金（万元）", "中期资金总额", "年度资金总额", "其中：基本支出", "项目支出")
    s.row(None, money(9800.00, WAN), money(3260.00, WAN), money(610.00, WAN), money(2650.00, WAN))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "中期目标",
        "三年完成农村公路提质改造180公里、危桥改造24座，建制村通客车率保持100%。",
        merge=[(2, 5)],
    )
    s.row(
        "年度目标",
        "2025年完成农村公路提质改造60公里、危桥改造8座，道路运输安全形势平稳。",
        merge=[(2, 5)],
    )
    tolerate = {"row": True, "required": False, "note": "the same cell read as two writings"}
    two_values(
        s,
        ("中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "农村公路提质改造里程",
                "≥180公里",
                mk("≥180公里", "D202", "warning", note="the 3-year total copied; text says 60"),
            ),
            (
                None,
                None,
                "危桥改造座数",
                "≥24座",
                mk("≥24座", "D202", "warning", note="the 3-year total copied; text says 8"),
            ),
            (
                None,
                None,
                "农村公路日常养护里程",
                "≥1450公里",
                ok("≥1450公里", note="the whole network each year"),
            ),
            (None, "质量指标", "农村公路优良路率", "≥85%", "≥85%"),
            (
                None,
                None,
                "道路运输安全监管覆盖率",
                pct(0.95),
                mk(
                    mk(C(95, "0%"), "T106", "error", note="95 under 0%: shows 9500%"),
                    "*",
                    "warning",
                    **tolerate,
                ),
            ),
            (None, "时效指标", "危桥改造完工时间", "2027年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "危桥改造单座平均成本", "≤80万元/座", "≤80万元/座"),
            ("效益指标", "社会效益指标", "建制村通客车率", "100%", "100%"),
            (None, "可持续影响指标", "农村公路管护长效机制", "健全", "健全"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "沿线群众满意度",
                "≥90%",
                mk(mk("≥90%%", "T116", "warning", note="%% pasted"), "*", "warning", **tolerate),
            ),
        ],
    )
    sign(s, 1, filled_on(2024, 11, 27), who="覃晓燕", checker="韦国栋", phone="0778-7214053")
    return b


def two_line_header(s: Sheet) -> None:
    """一级/二级/三级 | 绩效指标值 (比较符 · 目标值 · 计量单位) | 备注, over two rows."""
    s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, None, "备注", merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "ix16-page-break-ok",
    (4, 7, 1, 9),
    "department, OLD-NAT, two-line header repeated "
    "after a page break, percent cells, 注 and 填报说明 lines, a pasted text amount",
)
def page_break_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 8, 10, 14, 16))
    title(s, "岚溪县生态环境局2025年度部门整体支出绩效目标表", 1, 7)
    s.row(
        "部门名称",
        "岚溪县生态环境局",
        None,
        None,
        "金额单位：万元",
        None,
        None,
        merge=[(2, 4), (5, 7)],
    )
    s.row(
        "资金总额",
        money(1032.80, WAN),
        "财政拨款",
        money(976.00, WAN),
        "其他资金",
        ok("56.80", note="an amount pasted as text"),
        None,
    )
    s.row("基本支出", money(676.00, WAN), "项目支出", money(356.80, WAN), None, None, None)
    s.row(
        "整体绩效目标",
        "空气自动监测站点稳定运行，全年执法检查企业600家次以上，城区空气质量"
        "优良天数比率达到88%以上，PM2.5平均浓度不高于32微克/立方米。",
        merge=[(2, 7)],
    )
    two_line_header(s)
    rows: list[Row] = [
        ("产出指标", "数量指标", "空气质量自动监测站点运维数", "≥", 12, "个", None),
        (None, None, "环境执法检查企业家次", "≥", 600, "家次", None),
        (None, "质量指标", "监测数据有效率", "≥", pct(0.95), "%", None),
        (None, "时效指标", "环境信访件办结时限", "≤", 15, "个工作日", None),
        (None, "成本指标", "监测站点单站年运维费用", "≤", 8, "万元/个", "按合同价"),
    ]
    s.table(rows, merged=(1, 2))
    s.skip()  # page break
    s.row("（续表）", merge=[(1, 7)])
    two_line_header(s)
    rows = [
        ("效益指标", "生态效益指标", "城区空气质量优良天数比率", "≥", pct(0.88), "%", None),
        (None, None, "PM2.5年平均浓度", "≤", 32, "微克/立方米", None),
        (None, None, "地表水考核断面水质达标率", "≥", pct(0.95, "0.0%"), "%", None),
        (None, "可持续影响指标", "生态环境监管能力", "定性", "稳步提升", None, None),
        (
            "满意度指标",
            "服务对象满意度指标",
            "公众生态环境满意度",
            "≥",
            pct(0.88),
            "%",
            "第三方调查",
        ),
    ]
    s.table(rows, merged=(1, 2))
    s.row("注：1.比较符填写≥、≤、=或“定性”；2.百分比指标的目标值按百分数填写。", merge=[(1, 7)])
    s.row("填报说明：本表由部门财务股汇总填报，报县财政局预算股。", merge=[(1, 7)])
    sign(s, 1, filled_on(2024, 11, 30), who="潘婷", checker="高永强", phone="0736-5287710")
    return b


@variant(
    "ix17-stale-date-wrong",
    (12, 4),
    "department, OLD-NAT with tasks: a fill date from "
    "2023 on a 2025 table, tasks not adding to 金额合计, a 完成率 given in 期",
)
def stale_date_wrong() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 16, 16))
    title(s, "白鹭湾区退役军人事务局2025年度部门整体支出绩效目标表", 1, 6)
    s.row(
        "部门（单位）名称",
        "白鹭湾区退役军人事务局",
        None,
        "填报日期",
        mk(
            filled_on(2023, 11, 20),
            "Y101",
            "error",
            alt=("Y102", "Y103"),
            note="a 2023 date on a 2025 table",
        ),
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        money(2310.75, WAN),
        money(2310.75, WAN),
        money(0, WAN),
        money(787.25, WAN),
        money(1523.50, WAN),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for name, what, amount, aim in [
        ("优抚对象抚恤补助", "重点优抚对象定期抚恤和生活补助", 1260.00, "按时足额发放"),
        ("退役军人就业创业培训", "适应性培训、职业技能培训", 86.00, "培训12期"),
        ("光荣院运行保障", "集中供养优抚对象生活、护理", 142.50, "供养45人"),
        ("烈士纪念设施维护", "烈士陵园、零散烈士墓维护", 35.00, "完成维护"),
    ]:
        s.row(None, name, what, money(amount, WAN), aim, None, merge=[(5, 6)])
    s.row(
        None,
        "金额合计",
        None,
        mk(
            money(1532.50, WAN),
            "B102",
            "error",
            alt=("B101",),
            note="1260 + 86 + 142.5 + 35 = 1523.50",
        ),
        None,
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "优抚对象抚恤补助按时足额发放，举办退役军人培训12期，光荣院集中供养"
        "45人，烈士纪念设施得到有效维护。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    rows: list[Row] = [
        ("产出指标", "数量指标", "重点优抚对象人数", "≥3100人"),
        (
            None,
            None,
            "退役军人技能培训计划完成率",
            mk("12期", "T105", "error", note="a 完成率 given in 期"),
        ),
        (None, None, "光荣院集中供养人数", "≥45人"),
        (None, "质量指标", "抚恤补助发放准确率", "100%"),
        (None, "时效指标", "抚恤补助按月发放及时率", "≥98%"),
        (None, "成本指标", "光荣院人均年供养成本", "≤3.1万元/人"),
        ("效益指标", "社会效益指标", "退役军人培训后就业率", "≥80%"),
        (None, "可持续影响指标", "烈士纪念设施管护机制", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ]
    r0 = s.r
    s.table(rows, merged=(1, 2))
    for r in range(r0 + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    return b
