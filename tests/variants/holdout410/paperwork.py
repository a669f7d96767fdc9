"""Returns xd13–xd18: the women's federation's department money, footnotes, page breaks,
budget-system exports and decorated tier labels, for both the workshops and the training."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout410.common import YEAR, funds, indicators, note, project, signature
from tests.variants.holdout410.common import start as new
from tests.variants.holdout410.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

NAT = [
    ("产出指标", "数量指标", "扶持蜡染工坊", "≥10个"),
    (None, None, "培训农村妇女", "≥600人次"),
    (None, "质量指标", "培训结业合格率", "≥90%"),
    (None, "时效指标", "资金拨付完成时间", "2025年9月30日前"),
    ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人次"),
    ("效益指标", "社会效益指标", "带动农村妇女就业", "≥300人"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
]


@variant(
    "xd13-department-money",
    (12,),
    "department, NAT-2021: budget with typed percent shares, key tasks adding to the "
    "金额合计 (= 项目支出), all consistent (correct)",
)
def xd13() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="溪篁县妇女联合会", budget=[
        (money(500, WAN), money(420, WAN), money(80, WAN), money(200, WAN), money(300, WAN)),
        (pct(1), pct(0.84), pct(0.16), pct(0.4), pct(0.6)),
    ], tasks=[
        ("蜡染工坊扶持", "补助10个村级蜡染工坊设备和场地", money(180, WAN), "工坊正常运营"),
        ("农村妇女技能培训", "举办蜡染技能培训班", money(120, WAN), "培训600人次"),
        ("金额合计", None, money(300, WAN), None),
    ], goal="扶持蜡染工坊，开展农村妇女技能培训，带动妇女就业增收。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), NAT)
    return b


@variant(
    "xd14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
    "tasks not adding to 金额合计",
)
def xd14() -> Book:
    b, s = new()
    total = mk(money(500, WAN), "B101", "error", note="基本支出180 + 项目支出300 = 480")
    share = mk(pct(0.55), "B111", "error", note="300 ÷ 500 = 60%")
    department_head(s, year=YEAR, dept="溪篁县妇女联合会", budget=[
        (total, money(420, WAN), money(80, WAN), money(180, WAN), money(300, WAN)),
        (pct(1), pct(0.84), pct(0.16), pct(0.36), share),
    ], tasks=[
        ("蜡染工坊扶持", "补助10个村级蜡染工坊设备和场地", money(180, WAN), "工坊正常运营"),
        ("农村妇女技能培训", "举办蜡染技能培训班", money(130, WAN), "培训600人次"),
        ("金额合计", None, mk(money(300, WAN), "B102", "error", note="180 + 130 = 310"), None),
    ], goal="扶持蜡染工坊，开展农村妇女技能培训，带动妇女就业增收。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), NAT)
    return b


@variant(
    "xd15-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, a footnote "
    "explaining the total, 填表说明, signature and a fill date in the prior year (correct)",
)
def xd15() -> Book:
    b, s = new()
    project(s, "蜡染工坊妇女技能培训项目", "溪篁县妇女儿童活动中心", funds(80, 70, 10),
            "依托蜡染工坊培训农村妇女400人，结业后进入工坊务工。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("（带★为核心指标，不得删除）", None, None, None),
        ("产出指标", "数量指标", "★培训农村妇女", "≥400人"),
        (None, "质量指标", "结业考核合格率", "≥85%"),
        (None, "时效指标", "培训完成时间", "2025年11月15日前"),
        (None, "成本指标", "人均培训成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "结业后进入工坊务工人数", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：财政拨款70万元中含上年结转10万元，资金总额80万元 = 70 + 10。")
    note(s, "填表说明：指标值应可量化、可考核；定性指标按好、较好、一般、差填写。")
    signature(s, "韦兰芝", "0851-6632417", day(YEAR - 1, 11, 18))
    return b


WEIGHT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "xd16-page-break-artefacts",
    (4, 9),
    "project, OLD-NAT, weight column, subtotal rows and a header repeated after a page "
    "break: a date serial in a text cell, a placeholder left in a value",
)
def xd16() -> Book:
    b, s = new()
    project(s, "蜡染工坊妇女创业扶持项目", "溪篁县妇女儿童活动中心", funds(60, 50, 10),
            "扶持农村妇女开办蜡染家庭作坊30家。")  # fmt: skip
    indicators(s, WEIGHT_HEAD, [
        ("产出指标", "数量指标", "扶持蜡染家庭作坊", "≥30家", 20),
        (None, "质量指标", "作坊产品抽检合格率", "≥90%", 10),
        (None, "时效指标", "扶持资金发放完成时间",
         mk("45961", "X104", "warning", note="文本中的日期序列号（2025-10-31）"), 10),
        (None, "成本指标", "单家作坊扶持标准", "≤2万元/家", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row(*WEIGHT_HEAD)
    s.table([
        ("效益指标", "经济效益指标", "作坊年均经营收入",
         mk("≥**万元", "X101", "error", note="残留占位符"), 20),
        (None, "社会效益指标", "带动妇女就业", "≥90人", 20),
        ("满意度指标", "服务对象满意度指标", "创业妇女满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "xd17-export-second-sheet",
    (7,),
    "budget-system export: unit and project codes in the first columns, budget on sheet "
    "05-1, indicators on sheet 05-2 under a header on the third row, `=100%` kept as "
    "text (correct)",
)
def xd17() -> Book:
    b, s = new("项目支出预算05-1", (12, 24, 16, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("318001", "溪篁县妇女联合会", "52262825A0031", "蜡染工坊巾帼示范基地建设",
          money(95, WAN), money(80, WAN), money(15, WAN))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (12, 16, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：溪篁县妇女联合会")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "52262825A0031", "蜡染工坊巾帼示范基地建设"
    t.table([
        (code, name, "产出指标", "数量指标", "建成巾帼示范基地", "≥2个"),
        (None, None, None, None, "示范基地带教农村妇女", "≥150人"),
        (None, None, None, "质量指标", "资金拨付到位率", "=100%"),
        (None, None, None, "时效指标", "基地挂牌时间", "2025年8月31日前"),
        (None, None, None, "成本指标", "单个基地建设成本", "≤45万元/个"),
        (None, None, "效益指标", "社会效益指标", "基地吸纳妇女就业", "≥60人"),
        (None, None, "满意度指标", "服务对象满意度指标", "带教妇女满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "xd18-marked-labels-direction",
    (5, 11),
    "transfer-payment project, OLD-NAT, abbreviated and ★ labels, 指标性质 as direction and "
    "指标方向 as operator: a 反向 rate with ≥, a 过程 tier-1 from an evaluation template",
)
def xd18() -> Book:
    b, s = new()
    project(s, "巾帼蜡染产业转移支付项目", "溪篁县妇女儿童活动中心", funds(150, 120, 30),
            "支持蜡染工坊扩产并规范染料废水处理。", attr="一次性项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("★产出", "数量", "扩产蜡染工坊", "正向", "≥", 8, "个"),
        (None, "质量", "工坊废水处理设施验收合格率", "正向", "≥", 95, "%"),
        (None, "成本", "单个工坊扩产补助", "反向", "≤", 15, "万元/个"),
        ("★效益", "社会效益", "染料废水超标排放率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标用了≥"), 2, "%"),
        (None, None, "带动农村妇女就业", "正向", "≥", 240, "人"),
        (mk("过程", "F108", "error", alt=("F103",), note="评价指标体系的一级指标"), "组织实施",
         "项目管理制度健全率", "正向", "≥", 95, "%"),
        ("★满意度", "服务对象满意度", "工坊妇女满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b
