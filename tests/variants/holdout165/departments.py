"""holdout165 department returns (ns12–ns14, ns18) and stacked projects (ns15–ns17), in 元."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout165.common import (
    WIDTHS,
    cell_head,
    coded,
    indicators,
    kv_head,
    note,
    protect,
    yuan,
)
from tests.variants.holdout165.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OUT, COST, EFF, SAT = "产出指标", "成本指标", "效益指标", "满意度指标"
SATS = "服务对象满意度指标"


def dept_money(
    s: Sheet, budget: Sequence[Any], tasks: Sequence[tuple[str, str, int, str]], goal: str
) -> None:
    """年度预算 in 元 (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), the key tasks with
    their 金额合计, and the annual goal."""
    s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *budget)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（元）",
        "期望达到的目标",
        None,
        merge=[(5, 8)],
    )
    top = s.r
    for name, content, amount, aim in tasks:
        s.row(None, name, content, yuan(amount), aim, merge=[(5, 8)])
    s.row(None, "金额合计", None, yuan(sum(t[2] for t in tasks)), None, merge=[(5, 8)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 8)])


def project_money(s: Sheet, total: Any, grant: Any, other: Any) -> None:
    s.row(
        "项目资金（元）",
        "资金总额",
        None,
        "其中：财政拨款",
        None,
        "其他资金",
        None,
        None,
        merge=[(2, 3), (4, 5), (6, 8)],
    )
    s.row(None, total, None, grant, None, other, None, None, merge=[(2, 3), (4, 5), (6, 8)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant(
    "ns12-department-kv",
    (12,),
    "department, NAT-2021, label│value head, budget and key tasks in 元, 指标编码, word operators",
)
def ns12() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", WIDTHS)
    s.title("2026年度部门整体支出绩效目标表", 8)
    kv_head(
        s,
        [
            ("部门（单位）名称", "澄湖县市场监督管理局"),
            ("部门预算编码", "312001"),
            ("填报日期", day(2025, 11, 20)),
        ],
    )
    dept_money(
        s,
        [yuan(38650000), yuan(36650000), yuan(2000000), yuan(29150000), yuan(9500000)],
        [
            ("食品安全监督抽检", "全年开展食品安全监督抽检", 3200000, "抽检不少于2400批次"),
            ("特种设备安全监察", "电梯、锅炉等特种设备检验检查", 2800000, "定期检验不少于5600台"),
            ("知识产权保护", "商标、专利侵权案件查处与宣传", 1500000, "知识产权保护意识增强"),
            ("消费维权", "12315投诉举报处置与消费教育", 2000000, "投诉按时办结"),
        ],
        "守牢食品、特种设备安全底线，维护市场秩序和消费者合法权益。",
    )
    indicators(
        s,
        coded(
            [
                (OUT, "数量指标", "食品安全监督抽检批次", "定量", "大于等于", 2400, "批次"),
                (OUT, "数量指标", "特种设备定期检验台数", "定量", "大于等于", 5600, "台"),
                (OUT, "质量指标", "消费投诉按时办结率", "定量", "不低于", pct(0.95), "%"),
                (
                    OUT,
                    "时效指标",
                    "抽检不合格食品核查处置及时率",
                    "定量",
                    "大于等于",
                    pct(0.95),
                    "%",
                ),
                (COST, "经济成本指标", "食品抽检单批次费用", "定量", "小于等于", 1300, "元/批次"),
                (EFF, "社会效益指标", "较大及以上食品安全事故", "定量", "等于", 0, "起"),
                (SAT, SATS, "消费者投诉处理满意度", "定量", "大于等于", pct(0.9), "%"),
            ],
            prefix="SJ",
        ),
    )
    note(s, "备注：预算数据取自预算管理一体化系统部门预算批复数；金额单位：元。")
    return b


@variant(
    "ns13-department-one-cell",
    (12,),
    "department, NAT-2021, head fields in one cell each, operators 大于/不低于/等于, a 增长率",
)
def ns13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDTHS)
    s.title("白鹭区文化广电旅游体育局2026年度部门整体支出绩效目标表", 8)
    cell_head(
        s,
        [
            "部门（单位）名称：白鹭区文化广电旅游体育局",
            "填报日期：2025年11月20日",
            "填报人：林晓帆    联系电话：0592-5571306",
        ],
    )
    dept_money(
        s,
        [yuan(22480000), yuan(21980000), yuan(500000), yuan(16480000), yuan(6000000)],
        [
            ("文化惠民演出", "送戏下乡、公益性文化演出", 2500000, "演出不少于120场"),
            ("全民健身赛事", "举办区级全民健身赛事活动", 2000000, "赛事不少于30场"),
            ("公共图书馆运行", "图书采购与借阅服务", 1500000, "外借册次超过18万"),
        ],
        "丰富群众文化体育生活，提升公共文化服务效能，确保文物安全。",
    )
    indicators(
        s,
        coded(
            [
                (OUT, "数量指标", "公益性文化演出场次", "定量", "大于等于", 120, "场"),
                (OUT, "数量指标", "区级全民健身赛事场次", "定量", "大于等于", 30, "场"),
                (OUT, "数量指标", "公共图书馆图书外借册次", "定量", "大于", 180000, "册次"),
                (OUT, "质量指标", "文化演出节目审核通过率", "定量", "等于", pct(1.0), "%"),
                (COST, "经济成本指标", "每场演出补助标准", "定量", "小于等于", 12000, "元/场"),
                (
                    EFF,
                    "社会效益指标",
                    "群众文化活动参与人次增长率",
                    "定量",
                    "大于等于",
                    pct(0.05),
                    "%",
                ),
                (EFF, "社会效益指标", "文物安全事故", "定量", "等于", 0, "起"),
                (SAT, SATS, "群众文化服务满意度", "定量", "不低于", pct(0.9), "%"),
            ],
            prefix="WL",
        ),
    )
    note(s, "备注：演出场次、外借册次以2025年统计年报为基数；资金来源于预算管理一体化系统。")
    return b


@variant(
    "ns14-department-wrong",
    (11, 12),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, 小于 on a 满意度",
)
def ns14() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", WIDTHS)
    s.title("2026年度部门整体支出绩效目标表", 8)
    kv_head(s, [("部门（单位）名称", "青岚市退役军人事务局"), ("填报日期", day(2025, 11, 25))])
    s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        mk(yuan(18600000), "B101", "error", note="13,200,000 + 5,000,000 = 18,200,000"),
        yuan(17600000),
        yuan(1000000),
        yuan(13200000),
        yuan(5000000),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（元）",
        "期望达到的目标",
        None,
        merge=[(5, 8)],
    )
    top = s.r
    for name, content, amount, aim in [
        ("退役军人就业创业扶持", "技能培训、就业招聘会", 2000000, "培训不少于600人次"),
        ("优抚对象走访慰问", "节日走访慰问优抚对象", 1800000, "走访不少于3000户"),
        ("烈士纪念设施维护", "烈士陵园日常维护", 1200000, "设施完好"),
    ]:
        s.row(None, name, content, yuan(amount), aim, merge=[(5, 8)])
    s.row(None, "金额合计", None, yuan(5000000), None, merge=[(5, 8)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "做好退役军人就业创业服务和优抚对象关爱工作，维护烈士纪念设施。",
        merge=[(2, 8)],
    )
    indicators(
        s,
        coded(
            [
                (OUT, "数量指标", "退役军人技能培训人次", "定量", "大于等于", 600, "人次"),
                (OUT, "数量指标", "走访慰问优抚对象户数", "定量", "大于等于", 3000, "户"),
                (OUT, "质量指标", "烈士纪念设施完好率", "定量", "不低于", pct(0.95), "%"),
                (OUT, "时效指标", "优抚金按时发放率", "定量", "等于", pct(1.0), "%"),
                (COST, "经济成本指标", "人均技能培训成本", "定量", "小于等于", 2500, "元/人次"),
                (EFF, "社会效益指标", "参训退役军人就业率", "定量", "大于等于", pct(0.8), "%"),
                (
                    SAT,
                    SATS,
                    "优抚对象满意度",
                    "定量",
                    mk("小于", "T108", "warning", row=True, note="a satisfaction with <"),
                    pct(0.9),
                    "%",
                ),
            ],
            prefix="TY",
        ),
    )
    note(s, "备注：预算数据取自预算管理一体化系统。")
    return b


def stacked_table(s: Sheet, rows: Sequence[Sequence[Any]], prefix: str) -> None:
    indicators(s, coded(rows, prefix=prefix))


@variant(
    "ns15-stacked-one-cell",
    (2,),
    "two projects stacked on one sheet, NAT-2021, one-cell heads,"
    " money tables in 元, one name in both",
)
def ns15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", WIDTHS)
    s.title("桐溪镇2026年度项目支出绩效目标表", 8)
    cell_head(
        s,
        [
            "项目名称：桐溪镇农村生活垃圾分类收运项目",
            "实施单位：桐溪镇环境卫生管理所",
            "项目期：1年（2026年1月1日至2026年12月31日）",
        ],
    )
    project_money(s, yuan(960000), yuan(860000), yuan(100000))
    cell_head(s, ["年度绩效目标：18个行政村生活垃圾分类收运全覆盖，资源化利用率达到60%以上。"])
    stacked_table(
        s,
        [
            (OUT, "数量指标", "垃圾分类收运覆盖行政村数", "定量", "大于等于", 18, "个"),
            (OUT, "数量指标", "年收运生活垃圾量", "定量", "大于等于", 3600, "吨"),
            (OUT, "质量指标", "分类收运车辆完好率", "定量", "不低于", pct(0.95), "%"),
            (OUT, "时效指标", "补助资金拨付及时率", "定量", "大于等于", pct(0.95), "%"),
            (COST, "经济成本指标", "每吨收运成本", "定量", "小于等于", 220, "元/吨"),
            (EFF, "生态效益指标", "生活垃圾资源化利用率", "定量", "大于等于", pct(0.6), "%"),
            (SAT, SATS, "村民满意度", "定量", "大于等于", pct(0.9), "%"),
        ],
        "HW",
    )
    note(s, "备注：收运量取自2025年收运台账。")
    s.skip()
    cell_head(
        s,
        [
            "项目名称：桐溪镇农村公厕管护项目",
            "实施单位：桐溪镇环境卫生管理所",
            "项目期：1年（2026年1月1日至2026年12月31日）",
        ],
    )
    project_money(s, yuan(360000), yuan(360000), yuan(0))
    cell_head(s, ["年度绩效目标：做好全镇45座农村公厕日常保洁与维修管护。"])
    stacked_table(
        s,
        [
            (OUT, "数量指标", "管护农村公厕数量", "定量", "大于等于", 45, "座"),
            (OUT, "质量指标", "公厕保洁达标率", "定量", "不低于", pct(0.95), "%"),
            (OUT, "时效指标", "补助资金拨付及时率", "定量", "等于", pct(1.0), "%"),
            (COST, "经济成本指标", "每座公厕年管护费用", "定量", "小于等于", 7200, "元/座"),
            (EFF, "社会效益指标", "农村人居环境改善情况", "定性", None, "有效改善", None),
            (SAT, SATS, "村民满意度", "定量", "大于等于", pct(0.9), "%"),
        ],
        "GC",
    )
    note(s, "备注：公厕数量依据2025年农村公厕普查结果。")
    return b


@variant(
    "ns16-stacked-kv",
    (2, 4),
    "two projects stacked, NAT-2021, label│value heads, a 备注 under each table",
)
def ns16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", WIDTHS)
    for i, (name, money, goal, rows, remark) in enumerate(
        [
            (
                "白沙河区家庭医生签约服务补助项目",
                (1560000, 1260000, 300000),
                "为辖区居民提供家庭医生签约服务，签约人数不少于26000人。",
                [
                    (OUT, "数量指标", "家庭医生签约人数", "定量", "大于等于", 26000, "人"),
                    (OUT, "质量指标", "重点人群签约率", "定量", "大于等于", pct(0.75), "%"),
                    (COST, "经济成本指标", "每签约人补助标准", "定量", "小于等于", 55, "元/人"),
                    (
                        EFF,
                        "社会效益指标",
                        "签约重点人群规范管理率",
                        "定量",
                        "大于等于",
                        pct(0.7),
                        "%",
                    ),
                    (SAT, SATS, "签约居民满意度", "定量", "大于等于", pct(0.9), "%"),
                ],
                "备注：签约人数取自基本公共卫生服务信息系统2025年数据。",
            ),
            (
                "白沙河区65岁及以上老年人健康体检项目",
                (980000, 980000, 0),
                "为辖区65岁及以上老年人免费提供年度健康体检不少于14000人。",
                [
                    (OUT, "数量指标", "老年人健康体检人数", "定量", "大于等于", 14000, "人"),
                    (OUT, "时效指标", "体检报告按时反馈率", "定量", "大于等于", pct(0.95), "%"),
                    (COST, "经济成本指标", "人均体检费用", "定量", "小于等于", 65, "元/人"),
                    (EFF, "社会效益指标", "老年人健康管理率", "定量", "大于等于", pct(0.72), "%"),
                    (SAT, SATS, "体检老年人满意度", "定量", "大于等于", pct(0.9), "%"),
                ],
                "备注：体检人数依据辖区户籍老年人口统计测算。",
            ),
        ]
    ):
        if i == 0:
            s.title("2026年度项目支出绩效目标表", 8)
        else:
            s.skip()
        kv_head(
            s,
            [
                ("项目名称", name),
                ("主管部门", "白沙河区卫生健康局"),
                ("项目期", "1年"),
                ("计划开始日期", day(2026, 1, 1)),
                ("计划完成日期", day(2026, 12, 31)),
                ("资金总额（元）", yuan(money[0])),
                ("其中：财政拨款（元）", yuan(money[1])),
                ("其他资金（元）", yuan(money[2])),
                ("年度绩效目标", goal),
            ],
        )
        stacked_table(s, rows, f"WJ{i + 1}")
        note(s, remark)
    return b


@variant(
    "ns17-stacked-wrong",
    (2, 12),
    "two projects stacked, NAT-2021: the first's 资金总额 not adding up,"
    " the second repeats an indicator with another value",
)
def ns17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", WIDTHS)
    s.title("2026年度项目支出绩效目标表", 8)
    kv_head(
        s,
        [
            ("项目名称", "青岚市社区矫正对象教育帮扶项目"),
            ("主管部门", "青岚市司法局"),
            ("项目期", "1年"),
            ("计划开始日期", day(2026, 1, 1)),
            ("计划完成日期", day(2026, 12, 31)),
            (
                "资金总额（元）",
                mk(yuan(1250000), "B101", "error", note="1,000,000 + 200,000 = 1,200,000"),
            ),
            ("其中：财政拨款（元）", yuan(1000000)),
            ("其他资金（元）", yuan(200000)),
            ("年度绩效目标", "对全市社区矫正对象开展集中教育和心理辅导，降低再犯罪风险。"),
        ],
    )
    stacked_table(
        s,
        [
            (OUT, "数量指标", "集中教育学习场次", "定量", "大于等于", 48, "场"),
            (OUT, "数量指标", "心理辅导服务人次", "定量", "大于等于", 1500, "人次"),
            (OUT, "质量指标", "教育帮扶档案完整率", "定量", "不低于", pct(0.95), "%"),
            (COST, "经济成本指标", "每人次心理辅导成本", "定量", "小于等于", 300, "元/人次"),
            (EFF, "社会效益指标", "社区矫正对象再犯罪率", "定量", "小于", pct(0.002, "0.0%"), "%"),
            (SAT, SATS, "社区矫正对象满意度", "定量", "大于等于", pct(0.85), "%"),
        ],
        "SF1",
    )
    note(s, "备注：服务人次以2025年社区矫正在册人数测算。")
    s.skip()
    kv_head(
        s,
        [
            ("项目名称", "青岚市刑满释放人员就业帮扶项目"),
            ("主管部门", "青岚市司法局"),
            ("项目期", "1年"),
            ("计划开始日期", day(2026, 1, 1)),
            ("计划完成日期", day(2026, 12, 31)),
            ("资金总额（元）", yuan(540000)),
            ("其中：财政拨款（元）", yuan(540000)),
            ("其他资金（元）", yuan(0)),
            ("年度绩效目标", "为刑满释放人员提供就业技能培训和岗位推荐，促进顺利回归社会。"),
        ],
    )
    stacked_table(
        s,
        [
            (OUT, "数量指标", "就业技能培训人次", "定量", "大于等于", 300, "人次"),
            (OUT, "数量指标", "推荐就业岗位数", "定量", "大于等于", 200, "个"),
            (
                OUT,
                "数量指标",
                mk(
                    "就业技能培训人次",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101",),
                    note="the same indicator as two rows up, 260 against 300",
                ),
                "定量",
                "大于等于",
                260,
                "人次",
            ),
            (COST, "经济成本指标", "人均培训成本", "定量", "小于等于", 1500, "元/人次"),
            (EFF, "社会效益指标", "参训人员就业率", "定量", "大于等于", pct(0.6), "%"),
            (SAT, SATS, "帮扶对象满意度", "定量", "大于等于", pct(0.85), "%"),
        ],
        "SF2",
    )
    note(s, "备注：资金数据来源于预算管理一体化系统。")
    return b


@variant(
    "ns18-department-protected",
    (4, 12),
    "department, NAT-2021, protected sheet with hidden helper columns, 定性 rows, 备注",
)
def ns18() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", WIDTHS)
    s.title("2026年度部门整体支出绩效目标表", 8)
    kv_head(s, [("部门（单位）名称", "临溪县档案馆"), ("填报日期", day(2025, 11, 18))])
    dept_money(
        s,
        [yuan(6850000), yuan(6550000), yuan(300000), yuan(5350000), yuan(1500000)],
        [
            ("馆藏档案数字化", "馆藏纸质档案扫描与著录", 900000, "扫描不少于120万页"),
            ("馆藏档案保护", "库房温湿度控制与档案修复", 600000, "档案安全"),
        ],
        "推进馆藏档案数字化，保障档案实体安全，提升档案利用服务水平。",
    )
    rows = [
        (OUT, "数量指标", "档案数字化扫描页数", "定量", "大于等于", 1200000, "页"),
        (OUT, "数量指标", "档案查阅利用服务人次", "定量", "大于等于", 8000, "人次"),
        (OUT, "质量指标", "数字化成果质检合格率", "定量", "大于等于", pct(0.98), "%"),
        (OUT, "质量指标", "库房温湿度管理", "定性", None, "规范", None),
        (COST, "经济成本指标", "档案数字化单页成本", "定量", "小于等于", 0.7, "元/页"),
        (EFF, "社会效益指标", "档案安全事故", "定量", "等于", 0, "起"),
        (EFF, "可持续影响指标", "档案管理制度", "定性", None, "健全", None),
        (SAT, SATS, "查档群众满意度", "定量", "大于等于", pct(0.92), "%"),
    ]
    last = indicators(s, coded(rows, prefix="DA"))
    protect(
        s, {"J": [f"{r[0]}|{r[1]}" for r in rows], "K": [r[3] for r in rows]}, last - len(rows) + 1
    )
    note(s, "备注：扫描页数依据馆藏档案数字化三年规划分年度测算；金额单位：元。")
    return b
