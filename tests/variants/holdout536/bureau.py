"""County bureau forms for both workshops: department money, a budget-system export, conversion
artefacts, a two-row header, points at two levels (bz13–bz18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout536.common import (
    STATION,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout536.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

CENTRE = "栖蜂县蜂产业发展中心"
GOAL = "推广蜂蜡精炼和蜂胶提纯技术，扶持村级加工车间，培训蜂农300人次，提高蜂产品收入。"


def tasks(third: Any) -> list[tuple[Any, ...]]:
    """The centre's key tasks; ``third`` is the training line's amount."""
    return [
        ("蜂蜡精炼加工推广", "扶持4个村级蜂蜡精炼坊", wan(96), "精炼蜂蜡合格率≥95%"),
        ("蜂胶提纯车间运营指导", "指导2个蜂胶提纯车间生产", wan(84), "蜂胶产品抽检合格"),
        ("蜂农技能培训", "举办蜂蜡蜂胶加工培训班", third, "培训蜂农≥300人次"),
        ("金额合计", None, wan(252), None),
    ]


def centre_table(s: Sheet) -> None:
    """The centre's indicator table (NAT-2021), correct in both department returns."""
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "扶持村级蜂蜡精炼坊", "≥4个"),
            (None, None, "培训蜂农", "≥300人次"),
            (None, "质量指标", "蜂胶产品抽检合格率", "≥95%"),
            (None, "时效指标", "培训任务完成时间", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "蜂农培训人均费用", "≤2400元/人次"),
            ("效益指标", "经济效益指标", "扶持车间蜂产品销售收入", "≥500万元"),
            (None, "生态效益指标", "熔蜡废渣集中处理率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
        ],
    )


@variant(
    "bz13-department-money",
    (12, 4),
    "department, NAT-2021: budget with typed-percent "
    "shares, tasks adding to 金额合计 (= 项目支出), a 说明 explaining the total (correct)",
)
def department_money() -> Book:
    b, s = start()
    budget = [
        (wan(420), wan(378), wan(42), wan(168), wan(252)),
        (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)),
    ]
    department(s, CENTRE, budget, GOAL, tasks(wan(72)))
    centre_table(s)
    notes(s, "说明：金额合计252万元为项目支出，不含基本支出168万元。")
    return b


@variant(
    "bz14-department-money-wrong",
    (12,),
    "department, NAT-2021: a share that does not "
    "match its amount, key tasks not adding to 金额合计",
)
def department_money_wrong() -> Book:
    b, s = start()
    share = mk(pct(0.35), "B111", "error", note="168 ÷ 420 = 40%, not 35%")
    budget = [
        (wan(420), wan(378), wan(42), wan(168), wan(252)),
        (pct(1), pct(0.9), pct(0.1), share, pct(0.6)),
    ]
    rows = tasks(wan(62))
    rows[-1] = ("金额合计", None, mk(wan(252), "B102", "error", note="96+84+62 = 242"), None)
    department(s, CENTRE, budget, GOAL, rows)
    centre_table(s)
    return b


@variant(
    "bz15-export-second-sheet",
    (7,),
    "budget-system export: codes in the first columns, "
    "money on sheet 05-1, indicators on sheet 05-2 under 绩效目标值, header on row 3 (correct)",
)
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 22, 24, 30, 14, 14, 14))
    s.title("部门项目支出预算表（2025年）", 7)
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(
        "318012",
        STATION,
        "53102525000000000017",
        "蜂蜡蜂胶标准化加工培训项目",
        wan(58),
        wan(50),
        wan(8),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 14, 16, 30, 16, 12))
    t.title("部门项目支出绩效目标表（2025年）", 7)
    t.row("单位：栖蜂县蜂业技术推广站", None, None, None, "金额单位：万元")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    code = ("318012", "53102525000000000017")
    for row in [
        ("产出指标", "数量指标", "举办加工标准培训班", "≥6", "期"),
        ("产出指标", "数量指标", "培训蜂农", "≥240", "人"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90", "%"),
        ("产出指标", "时效指标", "培训完成时间", "2025年10月31日前", None),
        ("产出指标", "成本指标", "培训人均费用", "≤2000", "元/人"),
        ("效益指标", "经济效益指标", "参训蜂农蜂产品销售收入增长率", "≥10", "%"),
        ("效益指标", "可持续影响指标", "蜂蜡蜂胶加工操作规程印发", "≥1", "套"),
        ("满意度指标", "服务对象满意度指标", "参训蜂农满意度", "≥90", "%"),
    ]:
        t.row(*code, *row)
    return b


@variant(
    "bz16-wax-artefacts",
    (9,),
    "project, OLD-NAT, operator and unit columns, detail lines: "
    "a split number, an end date left as a text serial, a unit cost rounded to 0",
)
def wax_artefacts() -> Book:
    b, s = start()
    serial = mk("45930", "X104", "warning", note="Excel serial of 2025-09-30 pasted as text")
    project(
        s,
        "椴溪村蜂蜡熔炼加工坊设备更新项目",
        STATION,
        funds(wan(52), wan(44), wan(8)),
        "更新蜂蜡熔炼锅炉和压滤机，年精炼蜂蜡20吨。",
        end=serial,
    )
    zero = mk(0, "T115", "error", row=True, note="unit cost rounded to 0 in 万元/吨")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "年精炼蜂蜡量", "≥", 20, "吨"),
            (None, "质量指标", "精炼蜂蜡酸值达标率", "≥", 95, "%"),
            (None, "时效指标", "设备更新完成时间", "≤", "2025年9月30日", None),
            (None, "成本指标", "蜂蜡精炼单位能耗成本", "≤", zero, "万元/吨"),
            (None, None, "熔炼锅炉购置费用", "≤", 24, "万元"),
            ("效益指标", "经济效益指标", "精炼蜂蜡销售收入", "≥", 90, "万元"),
            ("满意度指标", "服务对象满意度指标", "养蜂户满意度", "≥", 90, "%"),
        ],
    )
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）")
    split = mk("23.5 8", "X105", "warning", alt=("X103",), note="23.58 split by a space")
    s.row(None, "熔炼锅炉购置", None, split)
    s.row(None, "压滤机购置", None, 18.42)
    s.row(None, "安装及车间改造", None, 10)
    s.row(None, "合计", None, 52)
    return b


def two_row_header(s: Sheet) -> None:
    """A two-row header: 绩效指标 over the three tiers, value and scoring columns merged down."""
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for col in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)


@variant(
    "bz17-header-words",
    (7, 4),
    "project, NAT-2021, two-row header with 考核指标, "
    "目标值（年度） and 评价标准, the header repeated after a page break (correct)",
)
def header_words() -> Book:
    b, s = start()
    project(
        s,
        "岩蜜镇蜂蜡蜂胶产品质量检测室建设项目",
        "岩蜜镇人民政府",
        funds(wan(66), wan(56), wan(10)),
        "建成镇级蜂产品快检室1处，年检测样品1500批次。",
    )
    two_row_header(s)
    s.table(
        [
            ("成本指标", "经济成本指标", "快检设备购置费用", "≤42万元", "超出不得分"),
            ("产出指标", "数量指标", "年检测蜂蜡蜂胶样品", "≥1500批次", "每少100批次扣1分"),
            (None, None, "快检设备购置数量", "≥6台", "每少1台扣2分"),
            (None, "质量指标", "检测报告复核一致率", "≥95%", "低于目标按比例扣分"),
        ],
        merged=(1, 2),
    )
    notes(s, "（续表）")
    two_row_header(s)
    s.table(
        [
            (None, "时效指标", "检测结果出具时限", "≤3个工作日", "超时一次扣1分"),
            ("效益指标", "经济效益指标", "检测合格蜂蜡蜂胶溢价销售额", "≥80万元", "按完成比例得分"),
            (None, "社会效益指标", "掺假蜂胶流入市场事件", "≤0起", "发生一起不得分"),
            ("满意度指标", "服务对象满意度指标", "送检蜂农满意度", "≥90%", "低于目标按比例扣分"),
        ],
        merged=(1, 2),
    )
    sign(s, "柯望岚", "0759-6127315")
    return b


@variant(
    "bz18-points-mismatch",
    (10, 5),
    "project, NAT-2021, labels marked ★ and abbreviated, "
    "tier-1 score column and indicator scores: one tier's scores short, a tier-2 misplaced",
)
def points_mismatch() -> Book:
    b, s = start()
    project(
        s,
        "槐岭乡蜂胶蜂蜡综合加工车间运营补助项目",
        STATION,
        funds(wan(40), wan(36), wan(4)),
        "补助综合加工车间运营，年加工蜂蜡12吨、毛胶2吨。",
    )
    short = mk(40, "W103", "error", alt=("W101",), note="15 + 10 + 10 = 35 under 产出")
    misplaced = mk("时效", "F105", "error", note="时效 belongs under 产出, not 效益")
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("★成本", 20, "经济成本", "车间运营补助标准", "≤20万元/年", 20),
            ("★产出", short, "数量", "年加工蜂蜡", "≥12吨", 15),
            (None, None, None, "年加工毛胶", "≥2吨", 10),
            (None, None, "质量", "加工产品抽检合格率", "≥95%", 10),
            ("★效益", 30, "经济效益", "车间加工服务收入", "≥18万元", 20),
            (None, None, misplaced, "加工款结算时限", "≤15日", 10),
            ("★满意度", 10, "服务对象满意度", "委托加工蜂农满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b
