"""Returns of the 76th held-out corpus: department tables (task lists with 小计 and 合计, a
flat list), stacked projects, operator and direction columns, filled-down tiers."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout76.common import footer, ge, indicators
from tests.variants.holdout76.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

P2 = "0.00%"


@variant(
    "kh13-department-subtotals",
    (12,),
    "department, NAT-2021, a 支出明细 list of 基本支出 "
    "and 项目支出 each with its 小计, a 合计 equal to 资金总额",
)
def kh13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 16, 18, 14))
    department_head(
        s,
        year=2027,
        dept="雁回县市场监督管理局",
        budget=[
            (money(800, WAN), money(760, WAN), money(40, WAN), money(500, WAN), money(300, WAN))
        ],
        tasks=[
            ("人员经费", "在职人员工资福利及社保缴费", money(420, WAN), "按时足额发放"),
            ("公用经费", "办公、水电、车辆运行", money(80, WAN), "保障机关正常运转"),
            ("小计（基本支出）", None, money(500, WAN), None),
            ("食品安全抽检", "全年食品安全监督抽检", money(150, WAN), "抽检1500批次"),
            ("特种设备安全监管", "电梯等特种设备检查", money(90, WAN), "检查电梯1200台"),
            ("计量器具强制检定", "集贸市场计量器具检定", money(60, WAN), "检定8000台件"),
            ("小计（项目支出）", None, money(300, WAN), None),
            ("金额合计", None, money(800, WAN), None),
        ],
        goal="守牢食品和特种设备安全底线，规范市场计量秩序。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1500批次"),
            (None, None, "检查在用电梯台数", "≥1200台"),
            (None, None, "强制检定计量器具", "≥8000台件"),
            (None, "质量指标", "抽检不合格食品核查处置率", ge(0.98)),
            (None, "时效指标", "抽检结果公开及时率", ge(0.95)),
            ("成本指标", "经济成本指标", "单批次食品抽检费用", "≤1000元/批次"),
            ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", ge(0.97)),
            (None, None, "电梯万台事故率", "≤0.15起/万台"),
            (None, "可持续影响指标", "特种设备安全监管信息化覆盖率", ge(0.9)),
            ("满意度指标", "服务对象满意度指标", "市场主体和群众满意度", ge(0.9)),
        ],
    )
    footer(s, "部门负责人：冯国强　　财务负责人：左晓玲　　填报人：邹蕾　　（部门公章）")
    return b


@variant(
    "kh14-department-total-wrong",
    (12,),
    "department, NAT-2021, 基本支出 + 项目支出 does not equal 资金总额 (财政拨款 + 其他资金 does)",
)
def kh14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 16, 18, 14))
    department_head(
        s,
        year=2027,
        dept="芦湾市司法局",
        budget=[
            (
                mk(money(850, WAN), "B101", "error", row=True, note="520 + 310 = 830, not 850"),
                money(800, WAN),
                money(50, WAN),
                money(520, WAN),
                money(310, WAN),
            )
        ],
        tasks=[
            ("公共法律服务", "村（居）法律顾问及法律援助", money(180, WAN), "法律援助案件800件"),
            ("人民调解", "调解员补贴和培训", money(70, WAN), "调解纠纷3000件"),
            ("普法宣传", "八五普法总结及宣传活动", money(60, WAN), "开展活动120场"),
            ("金额合计", None, money(310, WAN), None),
        ],
        goal="健全公共法律服务体系，化解基层矛盾纠纷，提升全民法治素养。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "办理法律援助案件", "≥800件"),
            (None, None, "人民调解纠纷件数", "≥3000件"),
            (None, None, "开展普法宣传活动", "≥120场"),
            (None, "质量指标", "人民调解成功率", ge(0.95)),
            (None, None, "法律援助案件质量评查合格率", ge(0.95)),
            (None, "时效指标", "法律援助申请审查办结时限", "≤7个工作日"),
            ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤1500元/件"),
            ("效益指标", "社会效益指标", "村（居）法律顾问覆盖率", pct(1)),
            (None, "可持续影响指标", "人民调解员持证上岗率", ge(0.9)),
            ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", ge(0.9)),
        ],
    )
    footer(s, "填报人：梅晓丹　　联系电话：0752-2201834　　芦湾市司法局（章）")
    return b


@variant(
    "kh15-flat-department",
    (3, 4),
    "department, a flat list (指标名称 · 指标值 · 计量单位 · "
    "权重) without tiers, signatures and stamp under the list",
)
def kh15() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (18, 30, 16, 14, 12, 14))
    department_head(
        s,
        year=2027,
        dept="枫桥县档案馆",
        budget=[(money(236, WAN), money(236, WAN), money(0, WAN), money(176, WAN), money(60, WAN))],
        tasks=[
            ("馆藏档案数字化", "纸质档案扫描、著录", money(45, WAN), "数字化120万页"),
            ("档案库房安全维护", "消防、温湿度设备维护", money(15, WAN), "库房安全无事故"),
            ("金额合计", None, money(60, WAN), None),
        ],
        goal="推进馆藏档案数字化，保障档案实体安全，提升档案利用服务水平。",
    )
    indicators(
        s,
        ("指标名称", "指标值", "计量单位", "权重"),
        [
            ("馆藏档案数字化页数", "≥120", "万页", 20),
            ("接收进馆档案", "≥8000", "卷", 10),
            ("档案数字化质量抽检合格率", ge(0.98), "%", 15),
            ("库房温湿度达标天数占比", ge(0.95), "%", 10),
            ("档案数字化单价", "≤0.375", "元/页", 10),
            ("档案查阅利用人次", "≥6000", "人次", 15),
            ("查档申请当日办结率", ge(0.9), "%", 10),
            ("查档群众满意度", ge(0.9), "%", 10),
        ],
        merged=(),
    )
    s.row("合计", None, None, 100)
    footer(
        s, "馆长：汪立华（签字）　　　　填报人：宋佳　　　　枫桥县档案馆（盖章）", "2026年11月20日"
    )
    return b
