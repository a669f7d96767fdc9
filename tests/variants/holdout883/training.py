"""Returns about veterans' re-employment training (退役军人就业培训): khi13 to khi18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout883.common import YEAR, first, notes, sign, table, w
from tests.variants.holdout883.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _three_years(total: float, annual: float) -> list[list[object]]:
    """Money rows of a three-year project: 中期 and 年度, each split 财政拨款 + 其他资金."""
    return [["中期资金总额", w(total), "年度资金总额", w(annual)],
            ["其中：财政拨款", w(total - 20), "其中：财政拨款", w(annual - 8)],
            ["其他资金", w(20), "其他资金", w(8)]]  # fmt: skip


@variant(
    "khi13-training-multi-year",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: counts smaller in the year, rates and unit costs equal, percent cells (correct)",
)
def khi13() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="退役军人职业技能提升培训（2025—2027年）",
        dept="桐屿市退役军人事务局",
        unit="桐屿市退役军人就业创业服务中心",
        money=_three_years(360, 120),
        attr="新增项目",
        goals=[
            "三年培训退役军人1500人，培训后就业率稳定在75%以上。",
            "2025年培训退役军人480人，建成2个实训基地。",
        ],
    )
    table(s, PERIOD, [
        ("产出指标", "数量指标", "职业技能培训人数", "≥1500人", "≥480人"),
        (None, None, "建成退役军人实训基地", "≥5个", "≥2个"),
        (None, "质量指标", "培训考核合格率", pct(0.9), pct(0.9)),
        (None, "时效指标", "年度培训计划完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤2000元/人", "≤2000元/人"),
        ("效益指标", "社会效益指标", "培训后半年内就业率", pct(0.75), pct(0.75)),
        (None, "可持续影响指标", "校企合作培训机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：人均培训补助 2000 元 × 1500 人 = 300 万元，其余用于实训基地设备。", width=5)
    return b


@variant(
    "khi14-training-period-copy",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, two cumulative counts copied to the year",
)
def khi14() -> Book:
    b, s = first()
    goal = "培训退役军人900人，孵化退役军人创业项目60个，培训后就业率达到70%以上。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="退役军人创业孵化与就业培训",
        dept="松陂县退役军人事务局",
        unit="松陂县退役军人创业孵化基地",
        money=_three_years(210, 70),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    copied = "三年累计数照抄到年度"
    table(s, PERIOD, [
        ("产出指标", "数量指标", "就业创业培训人数", "≥900人",
         mk("≥900人", "D202", "warning", note=copied)),
        (None, None, "孵化退役军人创业项目数", "≥60个",
         mk("≥60个", "D202", "warning", note=copied)),
        (None, "质量指标", "培训结业率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤700元/人", "≤700元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "khi15-training-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, an employment rate raised in 百分点 (correct)",
)
def khi15() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="新退役士兵适应性培训",
        dept="鹤汀区退役军人事务局",
        unit="鹤汀区退役军人服务中心",
        money=[["年度资金总额", w(30), "其中：财政拨款", w(28)], ["其他资金", w(2)]],
        goals=["对260名新退役士兵开展适应性培训，举办专场招聘会，提高就业率。"],
    )
    table(s, POINTS, [
        ("产出指标", 50, "数量指标", "适应性培训人数", "≥260人", 15),
        (None, None, None, "举办退役军人专场招聘会", "≥4场", 10),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 15),
        (None, None, "时效指标", "培训完成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤1000元/人", 10),
        ("效益指标", 30, "社会效益指标", "参训人员就业率较上年", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "退役军人就业服务台账", "动态更新", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "程于野", "0571-2290 6638")
    return b


@variant(
    "khi16-training-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator score "
    "columns: two tier scores not matching their indicators, a 获取率 given as a count",
)
def khi16() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="退役军人职业技能等级证书培训",
        dept="澄湾区退役军人事务局",
        unit="澄湾区退役军人就业创业服务中心",
        money=[["年度资金总额", w(45), "其中：财政拨款", w(42)], ["其他资金", w(3)]],
        goals=["开设10期技能培训，培训退役军人300人，提高持证就业水平。"],
    )
    table(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="15 + 5 + 15 + 10 = 45 ≠ 50"),
         "数量指标", "技能培训人数", "≥300人", 15),
        (None, None, None, "开设培训班期数", "≥10期", 5),
        (None, None, "质量指标", "职业技能等级证书获取率",
         mk("260人", "T105", "error", note="获取率要百分比"), 15),
        (None, None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤1400元/人", 10),
        ("效益指标", mk(30, "W103", "error", note="20 + 15 = 35 ≠ 30"),
         "社会效益指标", "持证退役军人就业率", "≥70%", 20),
        (None, None, "可持续影响指标", "校企合作培训机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "khi17-training-export",
    (7, 12),
    "budget-system export: 部门项目支出预算05-1 with codes "
    "and a 合计 row, 部门项目支出绩效目标05-2 with the header on the third row (correct)",
)
def khi17() -> Book:
    b, s = first("部门项目支出预算05-1", (10, 22, 18, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    dept = "桐屿市退役军人事务局"
    p1, p2 = (
        ("43100225T000012", "退役军人就业创业培训补助"),
        ("43100225T000019", "服务站信息化运维"),
    )
    s.row("431002", dept, *p1, w(150), w(140), w(10))
    s.row("431002", dept, *p2, w(36), w(36), w(0))
    s.row("合计", None, None, None, w(186), w(176), w(10))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{dept}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for p, rows in ((p1, [
        ("产出指标", "数量指标", "就业创业培训人数", "≥750人"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90%"),
        ("产出指标", "时效指标", "培训补助拨付时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤2000元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%")]), (p2, [
        ("产出指标", "数量指标", "信息化运维服务站点数", "≥145个"),
        ("产出指标", "质量指标", "服务站信息系统正常运行率", "≥99%"),
        ("产出指标", "时效指标", "系统故障响应时间", "≤4小时"),
        ("成本指标", "经济成本指标", "单站年运维费", "≤2400元/个"),
        ("效益指标", "可持续影响指标", "服务事项线上办理率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务站工作人员满意度", "≥90%")])):  # fmt: skip
        for r in rows:
            t.row(*p, *r)
    return b


@variant(
    "khi18-training-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): a unit conflict, a reversed direction, "
    "weights adding to 95",
)
def khi18() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="澄湾区退役军人就业创业服务中心",
        budget=[(w(220), w(210), w(10), w(120), w(100))],
        tasks=[
            ("技能培训", "退役军人职业技能培训补贴", w(70), "培训350人"),
            ("就业招聘", "专场招聘会", w(18), "举办6场"),
            ("创业扶持", "创业项目孵化扶持", w(12), "扶持20个项目"),
            ("金额合计", None, w(100), None),
        ],
        goal="培训退役军人350人，举办专场招聘会6场，扶持创业项目20个。",
    )
    table(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("退役军人技能培训人数", 350, "正向", "人", 20),
        ("技能培训补贴发放金额", mk("≤70万元", "T112", "error", note="值写万元，计量单位列写人"),
         "反向", "人", 10),
        ("专场招聘会场次", 6, "正向", "场", 10),
        ("培训后就业率", 70, "正向", "%", 20),
        ("培训机构违约率", mk("≥3", "T108", "warning", row=True, note="反向指标写成下限"),
         "反向", "%", 10),
        ("创业扶持项目数", 20, "正向", "个", 10),
        ("参训人员满意度", 90, "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+10+10+20+10+10+15 = 95，应为 100")
    sign(s, "骆清禾", "0592-417 3826")
    return b
