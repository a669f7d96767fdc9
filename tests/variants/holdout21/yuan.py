"""Department returns with money in 元 under a 元 head: a provincial framework with the tier
points in the labels, and a national table with rates given as counts and a year slip."""

from __future__ import annotations

from tests.variants.holdout21.registry import variant
from tests.variants.kit import YUAN, Book, C, Sheet, day, mk, ok, pct


def _y(v: float) -> C:
    return C(v, YUAN)


def _yuan_head(s: Sheet, dept: str, filled: C, money: tuple[C, C, C, C, C]) -> None:
    s.title("2025年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled, None, merge=[(2, 3), (5, 6)])
    s.row("年度预算（元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *money)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant("ie17-yuan-ok", (5, 10, 12), "department, 元 head, provincial tiers with points in labels")
def ie17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 30, 18, 18, 10))
    _yuan_head(
        s,
        "柏川市档案馆",
        day(2024, 11, 15),
        (_y(3486000), _y(3486000), _y(0), _y(2736000), _y(750000)),
    )
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标", None)
    top = s.r
    s.row(None, "馆藏档案数字化", "纸质档案扫描、著录和挂接", _y(480000), "扫描120万页")
    s.row(None, "档案安全保管", "库房温湿度控制和消防设施维护", _y(170000), "馆藏档案安全")
    s.row(None, "档案利用服务", "查档接待和编研出版", ok("100,000.00", note="pasted as text"),
          "接待查档6000人次")  # fmt: skip
    s.row(None, "金额合计", None, _y(750000), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：完成馆藏档案数字化扫描120万页；目标2：接收进馆档案8000卷；"
          "目标3：接待查档利用6000人次。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", None)
    s.table(
        [
            ("履职效能（60分）", "重点工作完成", "馆藏档案数字化扫描页数", "≥120万页", 15),
            (None, None, "接收进馆档案卷数", "≥8000卷", 15),
            (None, "履职效益", "档案查阅利用服务人次", "≥6000人次", 15),
            (None, None, "馆藏档案完好率", pct(1), 15),
            ("管理效率（30分）", "预算执行", "预算执行率", "≥95%", 10),
            (None, None, "“三公”经费控制率", "≤100%", 5),
            (None, None, "政府采购执行率", "≥90%", 5),
            (None, "资产管理", "资产账实相符率", pct(1), 5),
            (None, None, "固定资产利用率", "≥90%", 5),
            ("满意度（10分）", "服务对象满意度", "档案利用者满意度", "≥92%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100)
    s.row("填表人：许文澜", None, "联系电话：0731-5528190", "审核人：", None)
    return b


@variant(
    "ie18-yuan-rates-wrong", (12, 1), "department, 元 head, OLD-NAT, rates as counts, year slip"
)
def ie18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 30, 18, 18, 10))
    _yuan_head(
        s,
        "溧安县妇女联合会",
        mk(day(2023, 11, 22), "Y101", "error", alt=("Y102", "Y103"), note="2023 for 2025"),
        (_y(1268000), _y(1208000), _y(60000), _y(968000), _y(300000)),
    )
    s.row("年度总体目标", "目标1：开展妇女技能培训12期600人次；目标2：为困难妇女提供帮扶200户；"
          "目标3：受益妇女满意度达到90%以上。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "妇女技能培训人次", "≥600人次"),
            (None, None, "困难妇女帮扶户数", "≥200户"),
            (None, "质量指标", "技能培训计划完成率",
             mk("12期", "T105", "error", note="a rate given as a count")),
            (None, None, "帮扶对象建档率", pct(1)),
            (None, "时效指标", "帮扶资金发放及时率", "≥95%"),
            (None, "成本指标", "技能培训人均成本", "≤300元/人次"),
            ("效益指标", "社会效益指标", "妇女就业创业能力", "有效提升"),
            (None, "可持续影响指标", "妇女儿童权益维护机制", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "受益妇女满意度",
             mk("≥100%", "T106", "error", note="a satisfaction cannot exceed 100%")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.row("注：本表金额单位为元。", merge=[(1, 6)])
    return b
