"""Cooperative federations and service centres handling both crops: department money, a
budget-system export, conversion artefacts, operators in words and decorated tier labels
(dd13–dd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout566.common import OP_HEAD, YEAR, funds, indicators, note, start
from tests.variants.holdout566.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

DEPT = "赭川县农业农村局（318006）"


@variant(
    "dd13-coop-department-money",
    (12,),
    "department, NAT-2021: budget with a typed-percent share row, key tasks with a "
    "金额合计 equal to 项目支出, all consistent (correct)",
)
def dd13() -> Book:
    b, s = start()
    shares = (
        pct(1),
        pct(0.9048, "0.00%"),
        pct(0.0952, "0.00%"),
        pct(0.4286, "0.00%"),
        pct(0.5714, "0.00%"),
    )
    department_head(
        s,
        year=YEAR,
        dept="赭川县农民专业合作社服务中心",
        budget=[(420, 380, 40, 180, 240), shares],
        tasks=[
            ("辣椒加工合作社扶持", "烘干、分拣设备补助", 120, "扶持合作社8家"),
            ("大蒜合作社品牌建设", "包装设计、商标注册", 80, "培育品牌4个"),
            ("合作社规范化培训", "财务、质量管理培训", 40, "培训600人次"),
            ("金额合计", None, 240, None),
        ],
        goal="扶持辣椒、大蒜加工合作社规范发展，培育区域品牌，带动社员增收。",
    )
    rows = [
        ("产出指标", "数量指标", "扶持辣椒加工合作社", "≥8家"),
        (None, None, "培育大蒜合作社品牌", "≥4个"),
        (None, None, "合作社规范化培训", "≥600人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "补助资金拨付时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每家合作社设备补助标准", "≤15万元"),
        ("效益指标", "经济效益指标", "扶持合作社销售收入增长率", "≥10%"),
        (None, "社会效益指标", "带动社员户数", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows, label="年度绩效指标")
    return b


@variant(
    "dd14-coop-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the tasks not adding to their "
    "金额合计; a 下降率 with ≥ as a look-alike",
)
def dd14() -> Book:
    b, s = start()
    total = mk(500, "B101", "error", row=True, note="210 + 280 = 490 ≠ 500")
    lines = mk(280, "B102", "error", row=True, note="120 + 100 + 50 = 270 ≠ 280")
    department_head(
        s,
        year=YEAR,
        dept="蒜岭县供销合作社联合社",
        budget=[(total, 450, 50, 210, 280)],
        tasks=[
            ("大蒜冷链服务", "冷库租赁补助", 120, "补助冷库库容5000吨"),
            ("辣椒收购服务", "保护价收购补助", 100, "收购干椒2000吨"),
            ("质量检测服务", "农残快检", 50, "快检批次1200批"),
            ("金额合计", None, lines, None),
        ],
        goal="做好大蒜、辣椒产销服务，稳定收购价格，保障产品质量。",
    )
    rows = [
        ("产出指标", "数量指标", "补助冷库库容", "≥5000吨"),
        (None, None, "收购干椒量", "≥2000吨"),
        (None, "质量指标", "农残快检批次", "≥1200批"),
        ("成本指标", "经济成本指标", "单吨冷库租赁补助标准", "≤240元/吨"),
        ("效益指标", "经济效益指标", "蒜农储存损耗下降率", "≥6%"),
        (None, "社会效益指标", "农残超标产品流入市场", "=0批"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows, label="年度绩效指标")
    return b


@variant(
    "dd15-coop-budget-export",
    (7,),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
    "the first columns, header on the third row, the table on the second sheet (correct)",
)
def dd15() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 30, 16, 16, 16, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：赭川县农民专业合作社服务中心", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("51102525T000001234", "辣椒大蒜初加工设备补助", 96, 96, 0)
    s.row("合计", None, 96, 96, 0)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 14, 18, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：赭川县农民专业合作社服务中心", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "51102525T000001234", "辣椒大蒜初加工设备补助"
    t.table(
        [
            (code, name, "产出指标", "数量指标", "补助初加工设备", "≥48台（套）"),
            (None, None, None, "质量指标", "设备验收合格率", "=100%"),
            (None, None, None, "时效指标", "补助资金兑付时间", "2025年12月15日前"),
            (None, None, "成本指标", "经济成本指标", "每台（套）设备补助标准", "≤2万元"),
            (None, None, "效益指标", "经济效益指标", "初加工环节户均增收", "≥500元"),
            (None, None, None, "社会效益指标", "受益合作社", "≥16家"),
            (None, None, "满意度指标", "服务对象满意度指标", "受补助合作社满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "dd16-coop-artefacts",
    (9, 12),
    "project, money in 元, OLD-NAT, one value column: a completion date as a text serial, "
    "the total as text with separators, a placeholder target",
)
def dd16() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", alt=("Y106",), note="text serial for 2025-12-31")
    total = mk("1,260,000.00", "X103", "warning", alt=("B108",), note="amount typed as text")
    project_head(
        s,
        year=YEAR,
        name="辣椒蒜蓉酱联合加工项目",
        dept=DEPT,
        end=end,
        unit="赭川县椒蒜联合加工专业合作社",
        money_label="项目资金（元）",
        money=funds(total, money(1000000, YUAN), money(260000, YUAN)),
        goals=["建设蒜蓉辣酱生产线1条，年产蒜蓉辣酱300吨。"],
    )
    rows = [
        ("产出指标", "数量指标", "蒜蓉辣酱年产量", "≥300吨", None),
        (None, "质量指标", "蒜蓉辣酱抽检合格率", mk("≥XX%", "X101", "error"), None),
        (None, "时效指标", "生产线投产时间", "2025年9月30日前", None),
        (None, "成本指标", "生产线设备购置成本", "≤1100000元", None),
        ("效益指标", "经济效益指标", "合作社销售收入", "≥3000000元", None),
        (None, "社会效益指标", "带动椒农蒜农户数", "≥210户", None),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", None),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), rows)
    return b


@variant(
    "dd17-coop-operator-words",
    (11,),
    "project, OLD-NAT, operators in words in a 指标性质 column, unit column: 大于等于 on a "
    "破损率, 等于 on a cost cap; a 下降率 with 大于等于 and 等于 0起 as look-alikes",
)
def dd17() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鲜椒鲜蒜分拣配送中心项目",
        dept=DEPT,
        unit="赭川县椒蒜产销专业合作社联合社",
        money=funds(70, 55, 15),
        goals=["建设分拣配送中心1处，年分拣鲜椒、鲜蒜4000吨，降低采后损耗。"],
    )
    ge = mk("大于等于", "T108", "warning", row=True, note="破损率 is 反向: 小于等于 expected")
    eq = mk("等于", "T108", "warning", row=True, note="a cost cap written with 等于")
    rows = [
        ("产出指标", "数量指标", "鲜椒鲜蒜分拣量", "大于等于", 4000, "吨"),
        (None, "质量指标", "鲜椒分拣破损率", ge, 3, "%"),
        (None, "时效指标", "配送订单响应时间", "小于等于", 24, "小时"),
        (None, "成本指标", "每吨分拣配送成本", eq, 120, "元/吨"),
        ("效益指标", "经济效益指标", "鲜椒采后损耗下降率", "大于等于", 10, "%"),
        (None, "社会效益指标", "食品安全事故", "等于", 0, "起"),
        (None, None, "带动社员户数", "大于等于", 350, "户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "大于等于", 90, "%"),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "dd18-coop-decorated-labels",
    (4, 5),
    "transfer-payment project, OLD-NAT, two-row header, labels with * and abbreviations "
    "(数量, 社会效益), ★ core indicators, the header repeated after a page break (correct)",
)
def dd18() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="衔接资金辣椒大蒜加工补助项目",
        dept=DEPT,
        unit="赭川县农民专业合作社服务中心",
        money=funds(200, 200, 0),
        attr="一次性项目",
        goals=["补助辣椒、大蒜加工合作社10家，带动脱贫户增收。"],
    )
    s.row("绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 6)])
    second = ("一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "备注")
    s.row(*second)
    s.table(
        [
            ("*产出指标", "数量", "★补助加工合作社", "≥10", "家", None),
            (None, None, "新增初加工能力", "≥3000", "吨", None),
            (None, "质量", "补助设备验收合格率", "=100", "%", None),
            (None, "时效", "补助资金拨付时间", "2025年10月31日前", None, None),
            (None, "成本", "每家合作社补助标准", "≤20", "万元", None),
        ],
        merged=(1, 2),
    )
    s.row(*second)
    s.table(
        [
            ("*效益指标", "社会效益", "★带动脱贫户增收户数", "≥150", "户", None),
            (None, "经济效益", "带动脱贫户户均增收", "≥1000", "元", None),
            (None, "可持续影响", "加工设备使用年限", "≥8", "年", None),
            ("*满意度指标", "服务对象满意度", "★受益脱贫户满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    note(s, "注：标★的为核心指标，不得删除。")
    return b
