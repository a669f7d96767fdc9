"""Garlic (大蒜) processing cooperatives: stacked projects, flat lists, template rows left empty
and notes around the table (dd07–dd12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout566.common import HEAD, YEAR, funds, indicators, note, sign, start
from tests.variants.holdout566.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money

DEPT = "蒜岭县农业农村局（425002）"


def _cold_store(s: Sheet) -> None:
    project_head(
        s,
        year=YEAR,
        name="大蒜冷链保鲜库建设项目",
        dept=DEPT,
        unit="蒜岭县金瓣大蒜专业合作社",
        money=funds(80, 60, 20),
        goals=["新建大蒜保鲜冷库库容2000吨，错季销售，降低储存损耗。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "新建冷库库容", "≥2000吨", None),
            (None, "质量指标", "冷藏大蒜损耗率", "≤3%", None),
            (None, "时效指标", "冷库竣工时间", "2025年10月31日前", None),
            (None, "成本指标", "单吨库容建设成本", "≤350元/吨", None),
            ("效益指标", "经济效益指标", "带动蒜农户均增收", "≥600元", None),
            (None, "社会效益指标", "带动蒜农户数", "≥300户", None),
            ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", None),
        ],
    )


def _black_garlic(s: Sheet, total: object = 45, rate: object = "≥98%") -> None:
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="黑蒜加工车间建设项目",
        dept=DEPT,
        title="",
        unit="蒜岭县白瓣黑蒜加工专业合作社",
        money=funds(total, 30, 15),
        goals=["购置黑蒜发酵设备，年加工大蒜400吨，产品抽检合格。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "大蒜加工量", "≥400吨", None),
            (None, "质量指标", "黑蒜产品抽检合格率", rate, None),
            (None, "成本指标", "黑蒜发酵设备购置成本", "≤36万元", None),
            ("效益指标", "经济效益指标", "合作社黑蒜销售收入", "≥260万元", None),
            (None, "社会效益指标", "带动就业", "≥20人", None),
            ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%", None),
        ],
    )


@variant(
    "dd07-garlic-stacked-three",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value column, the same names "
    "(大蒜加工量, 社员满意度) with different values in different projects (correct)",
)
def dd07() -> Book:
    b, s = start()
    _cold_store(s)
    _black_garlic(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="蒜片脱水烘干项目",
        dept=DEPT,
        title="",
        unit="蒜岭县东垭大蒜加工专业合作社",
        money=funds(30, 30, 0),
        goals=["改造蒜片烘干房6间，年加工大蒜1500吨。"],
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "改造蒜片烘干房", "≥6间", None),
            (None, None, "大蒜加工量", "≥1500吨", None),
            (None, "质量指标", "脱水蒜片含水率达标率", "≥95%", None),
            (None, "成本指标", "每间烘干房改造成本", "≤5万元", None),
            ("效益指标", "经济效益指标", "蒜片加工增值", "≥0.8元/公斤", None),
            ("满意度指标", "服务对象满意度指标", "社员满意度", "≥88%", None),
        ],
    )
    return b


@variant(
    "dd08-garlic-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's total is not "
    "its parts, and its 合格率 is given as a count",
)
def dd08() -> Book:
    b, s = start()
    _cold_store(s)
    total = mk(money(50, '0.00"万元"'), "B101", "error", row=True, note="30 + 15 = 45, not 50")
    count = mk("≥400吨", "T105", "error", note="a 合格率 given as tonnes")
    _black_garlic(s, total=total, rate=count)
    return b


@variant(
    "dd09-garlic-flat-list",
    (3,),
    "department (供销合作社), flat list 指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值, bare numbers with % in the unit column, weights add to 100 (correct)",
)
def dd09() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="蒜岭县供销合作社联合社",
        budget=[(560, 500, 60, 320, 240)],
        tasks=[
            ("大蒜产业服务", "指导合作社分级加工、冷链对接", 150, "服务合作社12家"),
            ("辣椒产销对接", "组织产销对接活动", 90, "对接活动6场"),
            ("金额合计", None, 240, None),
        ],
        goal="服务大蒜、辣椒加工合作社，提高产品质量，带动社员增收。",
    )
    rows = [
        ("指导合作社开展大蒜分级加工", 15, "家", "≥", 12),
        ("辣椒产销对接活动", 10, "场", "≥", 6),
        ("农产品质量抽检合格率", 15, "%", "≥", 98),
        ("合作社财务规范化率", 10, "%", "≥", 90),
        ("冷链物流损耗率", 10, "%", "≤", 5),
        ("合作社产品进入商超数量", 10, "家", "≥", 8),
        ("带动社员户均增收", 15, "元", "≥", 800),
        ("社员对服务满意度", 15, "%", "≥", 90),
    ]
    indicators(
        s,
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        rows,
        merged=(),
        label="年度绩效指标",
    )
    return b


@variant(
    "dd10-garlic-flat-defects",
    (3, 11),
    "department, flat list 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重: a "
    "unit conflict, ≥ on a 反向 rate, weights adding to 95",
)
def dd10() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="蒜岭县农民专业合作社服务中心",
        budget=[(210, 190, 20, 130, 80)],
        goal="扶持大蒜加工合作社规范发展，提高蒜米加工能力。",
    )
    unit = mk("≥450吨", "T112", "error", note="吨 in the value, 万元 in the unit column")
    back = mk("≥2%", "T108", "warning", row=True, note="投诉率 is declared 反向")
    rows = [
        ("扶持大蒜加工合作社", "≥10家", "正向", "家", 20),
        ("蒜米加工量", unit, "正向", "万元", 20),
        ("蒜米产品抽检合格率", "≥98%", "正向", "%", 15),
        ("社员投诉率", back, "反向", "%", 10),
        ("大蒜霉变损耗下降率", "≥10%", "正向", "%", 10),
        ("社员满意度", "≥90%", "正向", "%", 20),
    ]
    indicators(
        s,
        ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
        rows,
        merged=(),
        label="年度绩效指标",
    )
    b.file_mark("W101", "error", note="weights 20+20+15+10+10+20 = 95, not 100")
    return b


@variant(
    "dd11-garlic-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
    "indicator, a value without a name",
)
def dd11() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="蒜薹分级包装线项目",
        dept=DEPT,
        unit="蒜岭县青薹大蒜专业合作社",
        money=funds(40, 35, 5),
        goals=["建设蒜薹分级包装线1条，年分级包装蒜薹600吨。"],
    )
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    rows = [
        ("产出指标", "数量指标", "蒜薹分级包装量", "≥600吨", None),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥1条", None),
        (None, "质量指标", "包装蒜薹抽检合格率", "≥97%", None),
        (None, "时效指标", "包装线投产时间", "2025年5月31日前", None),
        ("成本指标", "经济成本指标", "包装线设备购置成本", "≤32万元", None),
        (None, left, None, None, None),
        ("效益指标", "经济效益指标", "蒜薹包装增值", "≥0.5元/公斤", None),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", None),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", "备注"), rows)
    return b


@variant(
    "dd12-garlic-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, a footnote "
    "explaining the total, 填表说明, signature and a fill date in 2024 (correct)",
)
def dd12() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="大蒜精选分拣中心建设项目",
        dept=DEPT,
        unit="蒜岭县金瓣大蒜专业合作社",
        money=funds(65, 50, 15),
        goals=["建设大蒜精选分拣中心1处，年分拣大蒜2500吨，提高商品率。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "大蒜分拣量", "≥2500吨", None),
            (None, "质量指标", "分拣大蒜商品率", "≥92%", None),
            (None, "时效指标", "分拣中心投用时间", "2025年6月30日前", None),
            (None, "成本指标", "分拣设备购置成本", "≤48万元", None),
        ],
        merged=(1, 2),
    )
    note(s, "（以下效益、满意度指标按项目完成后一年内测算）")
    s.table(
        [
            ("效益指标", "经济效益指标", "带动社员户均增收", "≥700元", None),
            (None, "社会效益指标", "带动蒜农户数", "≥400户", None),
            ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    note(s, "注：项目资金合计65万元，其中县级衔接资金50万元、合作社自筹15万元。")
    note(s, "填表说明：指标值须写明比较符和计量单位；定性指标按好、较好、一般、差填写。")
    sign(s, "秦晓禾", "0000-7316248", day(YEAR - 1, 12, 5))
    return b
