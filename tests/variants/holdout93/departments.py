"""Department returns (§3.2): budget blocks with shares, key tasks with a 金额合计, weight
columns and flat lists; two correct, two with planted mistakes (a share that disagrees with its
amount, a goal count off, a 满意度 in 分 under a % unit column, weights of 105)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout93.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct


def dept_head(s: Sheet, *, year: int, dept: str, amounts: Sequence[Any], shares: Sequence[Any],
              tasks: Sequence[Sequence[Any]], goal: str, width: int = 6) -> None:  # fmt: skip
    """A department head: amounts and shares under (资金总额, 财政拨款, 其他资金, 基本支出,
    项目支出), then key tasks (名称, 内容, 金额, 目标) ending with the 金额合计 row."""
    s.title(f"{year}年度部门整体支出绩效目标申报表", width)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 25), merge=[(2, 3)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", *amounts)
    s.row("占比", *shares)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, width)])


@variant(
    "ky03-market-bureau-weights",
    (12, 10),
    "department, NAT-2021, shares, tasks, 权重 column adding to 100",
)
def ky03() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    dept_head(
        s,
        year=2026,
        dept="枫泽县市场监督管理局",
        amounts=[
            money(3200, WAN),
            money(3000, WAN),
            money(200, WAN),
            money(2400, WAN),
            money(800, WAN),
        ],
        shares=[pct(1), pct(0.9375, "0.00%"), pct(0.0625, "0.00%"), pct(0.75), pct(0.25)],
        tasks=[
            ("食品安全抽检", "全年食品安全抽检3000批次", money(360, WAN), "抽检3000批次"),
            ("特种设备监管", "电梯等特种设备监督检查", money(240, WAN), "检查设备4500台"),
            ("计量器具检定", "民生计量器具强制检定", money(200, WAN), "检定器具2万台件"),
            ("金额合计", None, money(800, WAN), None),
        ],
        goal="全年完成食品安全抽检3000批次，特种设备监督检查4500台，计量器具检定2万台件。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table([
        ("产出指标", "数量指标", "食品安全抽检批次", "≥3000批次", 10),
        (None, None, "特种设备监督检查台数", "≥4500台", 10),
        (None, None, "民生计量器具检定数量", "≥2万台件", 10),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1), 10),
        (None, None, "检定结果准确率", "≥99%", 5),
        (None, "时效指标", "投诉举报按时办结率", "≥98%", 5),
        ("成本指标", "经济成本指标", "单批次食品抽检成本", "≤1200元/批次", 5),
        ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥97%", 10),
        (None, None, "市场主体年报公示率", "≥90%", 5),
        (None, "可持续影响指标", "智慧监管平台应用", "持续深化", 10),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥88%", 10),
        (None, None, "消费者投诉处理满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    s.row("单位负责人：", "程慕白", None, "填表人：", "彭小禾")
    return b


@variant(
    "ky05-flat-sports-center",
    (3,),
    "unit whole-of-budget, flat list with 计量单位 and 指标性质 as operator",
)
def ky05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(30, 12, 12, 12, 14, 14))
    dept_head(
        s,
        year=2026,
        dept="云岙市全民健身服务中心",
        amounts=[
            money(540, WAN),
            money(480, WAN),
            money(60, WAN),
            money(340, WAN),
            money(200, WAN),
        ],
        shares=[
            pct(1),
            pct(0.8889, "0.00%"),
            pct(0.1111, "0.00%"),
            pct(0.6296, "0.00%"),
            pct(0.3704, "0.00%"),
        ],
        tasks=[
            ("全民健身赛事", "举办市级群众性体育赛事", money(120, WAN), "举办赛事20场"),
            ("健身设施维护", "维护更新社区健身路径", money(80, WAN), "维护健身路径150处"),
            ("金额合计", None, money(200, WAN), None),
        ],
        goal="举办群众性体育赛事20场，维护健身路径150处，经常参加体育锻炼人数比例达到42%。",
    )
    s.row("绩效指标名称", "指标性质", "指标值", "计量单位", "指标权重")
    s.table([
        ("举办群众性体育赛事场次", "≥", 20, "场", 15),
        ("维护更新健身路径数量", "≥", 150, "处", 15),
        ("开展科学健身指导讲座次数", "≥", 24, "次", 10),
        ("健身器材完好率", "≥", pct(0.95), "%", 10),
        ("赛事安全事故发生数", "=", 0, "起", 10),
        ("经常参加体育锻炼人数比例", "≥", pct(0.42), "%", 10),
        ("单场赛事平均成本", "≤", 6, "万元", 10),
        ("设施维护任务按时完成率", "≥", pct(0.95), "%", 10),
        ("参赛群众满意度", "≥", pct(0.9), "%", 10),
    ])  # fmt: skip
    return b


@variant(
    "ky14-water-bureau-share",
    (12,),
    "department, OLD-NAT, shares and tasks: a share off its amount, a goal count off",
)
def ky14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    dept_head(
        s,
        year=2026,
        dept="石湄区水务局",
        amounts=[
            money(2500, WAN),
            money(2300, WAN),
            money(200, WAN),
            money(1500, WAN),
            money(1000, WAN),
        ],
        shares=[
            pct(1),
            pct(0.92),
            pct(0.08),
            pct(0.6),
            mk(pct(0.45), "B111", "error", note="1000 / 2500 = 40 %, not 45 %"),
        ],
        tasks=[
            ("河道保洁", "区管河道常态化保洁", money(420, WAN), "保洁河道86公里"),
            ("水利工程维修", "小型水库及山塘维修加固", money(380, WAN), "维修加固山塘25座"),
            ("防汛物资储备", "更新防汛物资", money(200, WAN), "物资储备达标"),
            ("金额合计", None, money(1000, WAN), None),
        ],
        goal="全年保洁河道86公里，维修加固小型水库及山塘25座，防汛物资储备全部达标。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "常态化保洁河道长度", "≥86公里"),
        (None, None, "维修加固小型水库及山塘数量",
         mk("≥20座", "D104", "warning", row=True, note="the goal and the task say 25座")),
        (None, None, "防汛演练次数", "≥2次"),
        (None, "质量指标", "维修工程验收合格率", pct(1)),
        (None, None, "防汛物资储备达标率", pct(1)),
        (None, "时效指标", "汛前维修完成时间", "2026年4月30日前"),
        (None, "成本指标", "河道保洁每公里年成本", "≤4.8万元/公里"),
        ("效益指标", "社会效益指标", "河道水质达标率", "≥90%"),
        (None, None, "汛期水利工程安全度汛率", pct(1)),
        (None, "生态效益指标", "河道漂浮物清理率", "≥95%"),
        (None, "可持续影响指标", "河湖长制工作机制", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "ky16-satisfaction-points",
    (1, 10),
    "department, NAT-2021, unit and 分值 columns: 满意度 in 分 under %, weights 105",
)
def ky16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 12, 10, 8))
    dept_head(
        s,
        year=2026,
        dept="枫泽县人力资源和社会保障局",
        width=7,
        amounts=[
            money(1800, WAN),
            money(1800, WAN),
            money(0, WAN),
            money(1100, WAN),
            money(700, WAN),
        ],
        shares=[pct(1), pct(1), pct(0), pct(0.6111, "0.00%"), pct(0.3889, "0.00%")],
        tasks=[
            ("就业技能培训", "开展农村劳动力就业技能培训", money(400, WAN), "培训4000人"),
            ("创业担保贴息", "创业担保贷款财政贴息", money(300, WAN), "扶持创业600人"),
            ("金额合计", None, money(700, WAN), None),
        ],
        goal="全年开展就业技能培训4000人，扶持创业600人，城镇新增就业5200人。",
    )
    b.file_mark("W101", "error", note="分值 add up to 105")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table([
        ("产出指标", "数量指标", "就业技能培训人数", "≥", 4000, "人", 10),
        (None, None, "扶持创业人数", "≥", 600, "人", 10),
        (None, None, "城镇新增就业人数", "≥", 5200, "人", 10),
        (None, "质量指标", "培训后取证率", "≥", pct(0.8), "%", 10),
        (None, "时效指标", "贴息资金拨付及时率", "≥", pct(0.98), "%", 10),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤", 1000, "元/人", 10),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.65), "%", 15),
        (None, None, "城镇调查失业率", "≤", pct(0.055, "0.0%"), "%", 10),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥",
         mk("90分", "T112", "error", alt=("T105",), note="a 满意度 in 分 under the unit %"),
         "%", 10),
        (None, None, "创业主体满意度", "≥", pct(0.9), "%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 105)
    return b
