"""Returns vx13–vx18: tourist complaint handling (direction against operator, department money,
template rows, a budget-system export)."""

from __future__ import annotations

from tests.variants.holdout378.common import (
    YEAR,
    department,
    funds,
    indicators,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout378.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
CENTRE = "澄岭市旅游投诉调处中心"


@variant(
    "vx13-complaint-direction",
    (11, 10),
    "project, NAT-2021, 指标性质 as direction and "
    "指标方向 as operator, bare numbers with a unit column: a 下降率 with ≥, 0起 on an "
    "incident count, a rate raised in 百分点 (correct)",
)
def complaint_direction() -> Book:
    b, s = start()
    project(s, "旅游投诉快速调处机制建设", CENTRE, funds(30, 30, 0),
            ["受理并办结游客投诉不少于400件，按期办结率不低于95%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "受理并办结游客投诉", "正向", "≥", 400, "件"),
        (None, "质量指标", "投诉按期办结率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标", "投诉处理平均时长", "反向", "≤", 5, "工作日"),
        ("成本指标", "经济成本指标", "单件投诉调处成本", "反向", "≤", 600, "元/件"),
        ("效益指标", "社会效益指标", "涉导游服务投诉下降率", "正向", "≥", 10, "%"),
        (None, None, "群体性涉旅投诉事件", "反向", "≤", 0, "起"),
        (None, "可持续影响指标", "投诉处理及时率较上年提高", "正向", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "投诉人对处理结果满意度", "正向", "≥", 88, "%"),
    ]
    indicators(s, head, rows)
    sign(s, "庞栖梧", "0739-6670394")
    return b


@variant(
    "vx14-complaint-direction-wrong",
    (11,),
    "project, NAT-2021, operators inside the "
    "values: a 反向 rate with ≥, a 正向 rate with ≤, a cost cap with =",
)
def complaint_direction_wrong() -> Book:
    b, s = start()
    project(s, "节假日旅游投诉应急值守", CENTRE, funds(18, 18, 0),
            ["节假日期间24小时受理游客投诉，及时化解涉导游服务纠纷。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "节假日值守天数", "≥30天"),
        (None, "质量指标", "投诉处理超时率",
         mk("≥3%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, None, "涉导游违规投诉查处率",
         mk("≤90%", "T108", "warning", row=True, note="a 正向 rate with ≤")),
        (None, "时效指标", "投诉首次响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "单日值守成本",
         mk("=5000元/天", "T108", "warning", row=True, note="a cost cap with =")),
        ("效益指标", "社会效益指标", "涉旅纠纷现场化解率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "投诉游客满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "庞栖梧", "0739-6670394")
    return b


def _complaint_table(s: Sheet) -> None:
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "办结游客投诉", "≥1200件"),
        (None, None, "导游执业约谈", "≥20次"),
        (None, "质量指标", "投诉按期办结率", "≥95%"),
        (None, "时效指标", "投诉受理响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单件投诉调处成本", "≤500元/件"),
        ("效益指标", "社会效益指标", "重复投诉率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%"),
    ])  # fmt: skip


@variant(
    "vx15-complaint-dept-money",
    (12,),
    "department, NAT-2021: budget with a share row, key "
    "tasks adding to 金额合计 = 项目支出 (correct)",
)
def complaint_dept_money() -> Book:
    b, s = start()
    department(s, CENTRE, [(wan(500), wan(450), wan(50), wan(320), wan(180)),
                           (pct(1), pct(0.9), pct(0.1), pct(0.64), pct(0.36))],
               "全年办结游客投诉1200件以上，按期办结率不低于95%。",
               [("投诉受理调处", "12345热线转办、现场调处", wan(70), "按期办结"),
                ("导游执业约谈", "约谈、通报、信用记录", wan(40), "约谈不少于20次"),
                ("投诉信息系统", "系统升级与运维", wan(70), "系统稳定运行"),
                ("金额合计", None, wan(180), None)])  # fmt: skip
    _complaint_table(s)
    sign(s, "庞栖梧", "0739-6670394")
    return b


@variant(
    "vx16-complaint-dept-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def complaint_dept_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(360), "B101", "error", note="250 + 120 = 370, not 360")
    share = mk(pct(0.12), "B111", "error", note="30 / 360 = 8.3 %, not 12 %")
    whole = mk(wan(120), "B102", "error", note="50 + 35 + 40 = 125, not 120")
    department(s, CENTRE, [(total, wan(330), wan(30), wan(250), wan(120)),
                           (pct(1), pct(0.917, "0.0%"), share, pct(0.694, "0.0%"),
                            pct(0.333, "0.0%"))],
               "全年办结游客投诉1200件以上。",
               [("投诉受理调处", "热线转办、现场调处", wan(50), "按期办结"),
                ("导游执业约谈", "约谈、通报", wan(35), "约谈不少于20次"),
                ("投诉信息系统", "系统运维", wan(40), "稳定运行"),
                ("金额合计", None, whole, None)])  # fmt: skip
    _complaint_table(s)
    sign(s, "庞栖梧", "0739-6670394")
    return b


@variant(
    "vx17-complaint-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template, a value without a name",
)
def complaint_template() -> Book:
    b, s = start()
    project(s, "旅游投诉信息公示平台", CENTRE, funds(22, 22, 0),
            ["按月公示旅游投诉处理结果，公示导游执业违规信息。"])  # fmt: skip
    empty = "a template tier-2 with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "公示投诉处理结果", "≥12期"),
        (None, "质量指标",
         mk(None, "F110", "error", note="a value without an indicator name"), "≥95%"),
        (None, "时效指标", "公示发布时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "平台年度运维费用", "≤22万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("效益指标", "社会效益指标", "投诉处理信息公开率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "庞栖梧", "0739-6670394")
    return b


@variant(
    "vx18-complaint-export",
    (4,),
    "budget-system export: budget sheet 05-1 with codes, "
    "a 合计 row, indicators on sheet 05-2 with codes in the first columns, the header on the "
    "third row, 说明 rows (correct)",
)
def complaint_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("318406-25-0031", "导游执业投诉调处", wan(26), wan(24), wan(2))
    s.row("318406-25-0032", "旅游纠纷人民调解", wan(14), wan(14), wan(0))
    s.row("合计", None, wan(40), wan(38), wan(2))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 16, 12, 16, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：澄岭市旅游投诉调处中心")
    c1, c2 = ("318406-25-0031", "导游执业投诉调处"), ("318406-25-0032", "旅游纠纷人民调解")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (*c1, "产出指标", "数量指标", "调处涉导游投诉", "≥500件"),
        (*c1, None, "质量指标", "调处成功率", "≥85%"),
        (*c1, "成本指标", "经济成本指标", "单件调处成本", "≤500元/件"),
        (*c1, "效益指标", "社会效益指标", "涉导游投诉重复率", "≤5%"),
        (*c1, "满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%"),
        (*c2, "产出指标", "数量指标", "人民调解案件", "≥200件"),
        (*c2, None, "时效指标", "调解办结时限", "≤30天"),
        (*c2, "成本指标", "经济成本指标", "单件调解成本", "≤700元/件"),
        (*c2, "效益指标", "社会效益指标", "调解协议履行率", "≥90%"),
        (*c2, "满意度指标", "服务对象满意度指标", "当事人满意度", "≥85%"),
    ], merged=(3, 4))  # fmt: skip
    t.row("说明：本表由预算管理一体化系统导出，指标按项目编码排列。")
    sign(t, "庞栖梧", "0739-6670394")
    return b
