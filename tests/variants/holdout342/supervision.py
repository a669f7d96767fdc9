"""Department budgets, system exports, artefacts, points and directions of the market
supervisors and commerce bureaus behind both halves of the theme: un13 to un18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout342.common import YEAR, first, funds, indicators, wan
from tests.variants.holdout342.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _dept_table(s: Sheet) -> None:
    """The department indicator table shared by un13 and un14 (correct in both)."""
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "完成标准化改造菜市场", "≥5个"],
        [None, None, "新建社区早餐网点", "≥20个"],
        [None, "质量指标", "菜市场食品快检合格率", "≥98%"],
        [None, "时效指标", "年度改造任务完成时间", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "单个早餐网点建设补助", "≤8万元/个"],
        ["效益指标", "社会效益指标", "早餐网点覆盖社区比例", "≥85%"],
        [None, "可持续影响指标", "菜市场和早餐点长效监管机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "居民买菜就餐满意度", "≥90%"],
    ])  # fmt: skip


@variant(
    "un13-department-money",
    (12,),
    "department, NAT-2021: budget with a row of shares, "
    "key tasks adding to the 金额合计 = 项目支出, all consistent (correct)",
)
def un13() -> Book:
    b, s = first("部门整体")
    share = "0.00%"
    budget = [
        [wan(920), wan(850), wan(70), wan(360), wan(560)],
        [pct(1, share), pct(0.9239, share), pct(0.0761, share), pct(0.3913, share),
         pct(0.6087, share)],
    ]  # fmt: skip
    tasks = [
        ["菜市场标准化改造", "改造5个菜市场", wan(220), "5个菜市场通过验收"],
        ["社区早餐工程", "新建早餐网点20个", wan(190), "20个网点投入运营"],
        ["食品安全快检", "菜市场快检室运行", wan(150), "快检全年不少于3万批次"],
        ["金额合计", None, wan(560), None],
    ]
    department_head(
        s,
        year=YEAR,
        dept="鹤汀市商务局",
        budget=budget,
        tasks=tasks,
        goal="完成菜市场改造和早餐工程年度任务，保障居民菜篮子和早餐安全。",
    )
    _dept_table(s)
    return b


@variant(
    "un14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the 金额合计",
)
def un14() -> Book:
    b, s = first("部门整体")
    total = mk(wan(860), "B101", "error", note="320 + 520 = 840，不是 860（财政+其他为 860）")
    tasks = [
        ["菜市场标准化改造", "改造5个菜市场", wan(200), "5个菜市场通过验收"],
        ["社区早餐工程", "新建早餐网点20个", wan(180), "20个网点投入运营"],
        ["食品安全快检", "菜市场快检室运行", wan(150), "快检全年不少于3万批次"],
        ["金额合计", None, mk(wan(520), "B102", "error", note="200+180+150=530"), None],
    ]
    department_head(
        s,
        year=YEAR,
        dept="澄溪市商务局",
        budget=[[total, wan(780), wan(80), wan(320), wan(520)]],
        tasks=tasks,
        goal="完成菜市场改造和早餐工程年度任务，保障居民菜篮子和早餐安全。",
    )
    _dept_table(s)
    return b


@variant(
    "un15-system-export",
    (7, 10),
    "budget-system export: money on 部门项目支出预算05-1, "
    "indicators on 部门项目支出绩效目标05-2 under a header on the third row, codes in the "
    "first columns, tiers repeated, a rate raised in 百分点 (correct)",
)
def un15() -> Book:
    b, s = first("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33108225T000000417", "榆塘县农贸市场冷链与价格公示提升", wan(132), wan(120), wan(12))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 14, 16, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：榆塘县市场监督管理局")
    code, name = "33108225T000000417", "榆塘县农贸市场冷链与价格公示提升"
    rows = [
        ("产出指标", "数量指标", "配置冷链温控终端", "≥60台"),
        ("产出指标", "数量指标", "更换电子价格公示屏", "≥180块"),
        ("产出指标", "质量指标", "电子价格公示屏在线率", "≥95%"),
        ("产出指标", "时效指标", "设备安装完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单块电子价格公示屏成本", "≤0.4万元/块"),
        ("效益指标", "社会效益指标", "冷链食品追溯率", "提高≥3百分点"),
        ("效益指标", "可持续影响指标", "设备运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("项目代码", "项目名称", *HEAD), [(code, name, *r) for r in rows], merged=())
    return b


@variant(
    "un16-conversion-artefacts",
    (9,),
    "project, OLD-NAT, operator and unit columns: a "
    "total split by a space, the end date as a text serial, a unit cost rounded to 0",
)
def un16() -> Book:
    b, s = first()
    split = mk("312.456 8", "X105", "warning", alt=("X103",), note="312.4568 被空格断开")
    serial = mk("46022", "X104", "warning", note="2025-12-31 的日期序列号存成了文本")
    project_head(
        s,
        year=YEAR,
        name="栖凤区早餐网点冷链保温设备配置",
        dept="栖凤区商务局 09",
        unit="栖凤区商务局",
        end=serial,
        money=funds(split, money(280.4568, '0.0000"万元"'), wan(32)),
        goals=["为60个早餐网点配置冷链保温设备，保障早餐食品温度达标。"],
    )
    zero = mk(0, "T115", "error", note="单台运维成本四舍五入成了 0 万元")
    rows = [
        ["产出指标", "数量指标", "配置冷链保温设备", "≥", 60, "台"],
        [None, "质量指标", "保温设备温度达标率", "≥", 95, "%"],
        [None, "时效指标", "设备配置完成时间", "≤", "2025年9月30日前", None],
        [None, "成本指标", "单台设备购置成本", "≤", 4.5, "万元/台"],
        [None, None, "单台设备年度运维成本", "≤", zero, "万元/台"],
        ["效益指标", "社会效益指标", "早餐食品温度抽检合格率", "≥", 97, "%"],
        ["满意度指标", "服务对象满意度指标", "就餐居民满意度", "≥", 90, "%"],
    ]  # fmt: skip
    indicators(s, (*HEAD[:3], "比较符", "指标值", "计量单位"), rows)
    return b


@variant(
    "un17-tier-points-wrong",
    (5, 10),
    "project, NAT-2021, tier-1 score column beside the "
    "indicator scores: 产出 declares 50 over 45, a 时效指标 under 成本指标",
)
def un17() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="榆塘县菜市场价格公示与计量监管提升",
        dept="榆塘县市场监管局 451",
        unit="榆塘县计量检定所",
        money=funds(wan(58), wan(58), wan(0)),
        goals=["为6个菜市场配置公平秤和电子价格公示牌，计量器具检定全覆盖。"],
    )
    short = mk(50, "W103", "error", alt=("W101",), note="产出指标下各指标分值 20+15+10=45")
    wrong = mk("时效指标", "F105", "error", note="时效指标属于产出指标，不在成本指标之下")
    rows = [
        ["产出指标", short, "数量指标", "配置公平秤", "≥60台", 20],
        [None, None, "质量指标", "在用计量器具检定合格率", "≥98%", 15],
        [None, None, None, "价格公示牌信息准确率", "≥95%", 10],
        ["成本指标", 10, "经济成本指标", "单台公平秤购置成本", "≤0.3万元/台", 5],
        [None, None, wrong, "设备配置完成时间", "2025年6月30日前", 5],
        ["效益指标", 30, "社会效益指标", "计量投诉办结率", "=100%", 15],
        [None, None, "可持续影响指标", "计量监管长效机制", "健全", 15],
        ["满意度指标", 10, "服务对象满意度指标", "购菜群众满意度", "≥90%", 10],
    ]  # fmt: skip
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，是 W103 的后果")
    return b


@variant(
    "un18-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) "
    "and 指标方向 as operator, bare numbers with a unit column, a 下降率 with ≥ and a "
    "0起 incident count with ≤ (correct)",
)
def un18() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="桐湾区早餐与菜市场食品安全快检补短板",
        dept="桐湾区市场监管局 204",
        unit="桐湾区食品安全检测站",
        money=funds(wan(45), wan(40), wan(5)),
        goals=["全年对早餐网点和菜市场快检不少于1.8万批次，投诉明显下降。"],
    )
    rows = [
        ["产出指标", "数量指标", "早餐网点和菜市场快检批次", "正向", "≥", 18000, "批次"],
        [None, "质量指标", "快检结果复核一致率", "正向", "≥", 95, "%"],
        [None, "时效指标", "不合格结果处置时限", "反向", "≤", 24, "小时"],
        [None, "成本指标", "单批次快检成本", "反向", "≤", 20, "元/批次"],
        ["效益指标", "社会效益指标", "早餐食品安全投诉下降率", "正向", "≥", 15, "%"],
        [None, None, "冷链食品溯源信息缺失率", "反向", "≤", 2, "%"],
        [None, None, "早餐和菜市场食品安全事故", "反向", "≤", 0, "起"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "正向", "≥", 90, "%"],
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, rows)
    return b
