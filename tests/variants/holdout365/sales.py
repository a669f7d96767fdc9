"""Returns about selling the workshops' embroidery (绣品展销、电商): vk07 to vk12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout365.common import YEAR, book, indicators, note, one_year, sign, wan
from tests.variants.holdout365.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

FAIR = [
    ("产出指标", "数量指标", "举办绣品展销会场次", "≥3场"),
    (None, None, "参展绣坊数量", "≥40家"),
    (None, "质量指标", "参展绣品质检合格率", "≥95%"),
    (None, "时效指标", "展销会举办完成时间", "2025年10月31日前"),
    (None, "成本指标", "每场展销会布展费用", "≤6万元"),
    ("效益指标", "经济效益指标", "展销会现场成交额", "≥120万元"),
    (None, "社会效益指标", "带动农村妇女增收人数", "≥400人"),
    ("满意度指标", "服务对象满意度指标", "参展绣娘满意度", "≥90%"),
]  # fmt: skip


def stacked(s: Sheet, second: list[list[Any]], rows: list[tuple[Any, ...]]) -> None:
    """Two projects in one sheet: a fair, then a live-selling project under its own head."""
    project_head(s, year=YEAR, name="枫渡县农家绣品展销会项目", dept="枫渡县商务局",
                 unit="枫渡县会展服务中心", money=one_year(wan(30), wan(25), wan(5)),
                 goals=["办绣品展销会3场，40家绣坊参展，现场成交额120万元以上。"])  # fmt: skip
    indicators(s, FAIR)
    s.skip()
    project_head(s, year=YEAR, name="枫渡县绣品直播带货扶持项目", dept="枫渡县商务局",
                 unit="枫渡县电子商务服务中心", money=second, title="",
                 goals=["扶持绣坊开设直播间20个，全年线上销售额达到300万元。"])  # fmt: skip
    indicators(s, rows)


@variant("vk07-sales-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction name with different values in each (correct)")  # fmt: skip
def sales_stacked() -> Book:
    b, s = book()
    stacked(s, one_year(wan(45), wan(40), wan(5)), [
        ("产出指标", "数量指标", "扶持绣坊直播间数量", "≥20个"),
        (None, "质量指标", "线上订单按期发货率", "≥95%"),
        (None, "成本指标", "每个直播间设备补助", "≤1.5万元"),
        ("效益指标", "经济效益指标", "绣品线上销售额", "≥300万元"),
        (None, "可持续影响指标", "直播间持续运营率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参展绣娘满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "黄美珍", "0776-8842051")
    return b


@variant("vk08-sales-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up, one rate given as a count")  # fmt: skip
def sales_stacked_wrong() -> Book:
    b, s = book()
    total = mk(wan(50), "B101", "error", note="第二个项目：财政拨款 35 + 其他资金 10 = 45")
    stacked(s, one_year(total, wan(35), wan(10)), [
        ("产出指标", "数量指标", "扶持绣坊直播间数量", "≥20个"),
        (None, "质量指标", "线上订单履约率",
         mk("1200单", "T105", "error", note="履约率给的是订单数，不是百分比")),
        (None, "成本指标", "每个直播间设备补助", "≤1.5万元"),
        ("效益指标", "经济效益指标", "绣品线上销售额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "线上买家满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄美珍", "0776-8842051")
    return b


@variant("vk09-sales-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights 100 (correct)")  # fmt: skip
def sales_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="棠梨县手工艺品产业促进中心",
                    budget=[(wan(320), wan(280), wan(40), wan(120), wan(200))],
                    goal="推动绣品进商超、上网店，全年绣品销售额800万元，带动妇女就业500人。",
                    tasks=[("绣品展销推广", "展销会4场，商超专柜6个", wan(120), "销售额≥800万元"),
                           ("电商运营扶持", "网店运营补助与培训", wan(80), "扶持网店30家"),
                           ("金额合计", None, wan(200), None)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("绣品展销会场次", 10, "场", "≥", 4),
        ("进驻商超绣品专柜数量", 10, "个", "≥", 6),
        ("扶持绣品网店数量", 15, "家", "≥", 30),
        ("绣品年销售额", 20, "万元", "≥", 800),
        ("绣品销售额增长率", 10, "%", "≥", pct(0.15)),
        ("绣品退货率", 10, "%", "≤", pct(0.03)),
        ("带动农村妇女就业人数", 15, "人", "≥", 500),
        ("合作绣坊满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "蒙彩云", "0855-4403128")
    return b


@variant("vk10-sales-flat-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 "
         "as direction · 计量单位 · 权重): unit clash, 反向 rate ≥, weights 95")  # fmt: skip
def sales_flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="芷溪县民族刺绣合作联社",
                    budget=[(wan(180), wan(150), wan(30), wan(70), wan(110))],
                    goal="组织社员绣坊承接订单12000件，线上销售额150万元。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        ("绣品订单交付数量", "≥12000", "正向", "件", 20),
        ("线上销售额", mk("150万元", "T112", "error", note="值里是万元，单位列写“件”"),
         "正向", "件", 20),
        ("订单投诉率", mk("≥2%", "T108", "warning", row=True, note="投诉率反向，应为 ≤"),
         "反向", "%", 15),
        ("绣品平均交付周期", "≤15", "反向", "天", 10),
        ("合作绣坊数量", "≥25", "正向", "家", 15),
        ("采购商满意度", "≥90%", "正向", "%", 15),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="权重 20+20+15+10+15+15=95，应为 100")
    sign(s, "麻金凤", "0745-3312406")
    return b


DEPT_ROWS = [
    ("产出指标", "数量指标", "组织绣品展销活动场次", "≥5场"),
    (None, "质量指标", "出口绣品抽检合格率", "≥98%"),
    (None, "时效指标", "订单货款结算及时率", "≥95%"),
    ("成本指标", "经济成本指标", "每场展销活动经费", "≤12万元"),
    ("效益指标", "经济效益指标", "绣品出口订单金额", "≥600万元"),
    (None, "社会效益指标", "带动农村妇女居家就业人数", "≥800人"),
    ("满意度指标", "服务对象满意度指标", "合作绣坊满意度", "≥90%"),
]  # fmt: skip


@variant("vk11-sales-department-money", (12,), "department, NAT-2021: budget, key tasks with a "
         "金额合计 equal to 项目支出, a footnote explaining the total (correct)")  # fmt: skip
def sales_department_money() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="槿川县绣品外贸服务中心",
                    budget=[(wan(410.5), wan(360), wan(50.5), wan(150.5), wan(260))],
                    goal="拓展绣品出口渠道，出口订单金额600万元，带动妇女居家就业800人。",
                    tasks=[("绣品展销", "国内外展销活动5场", wan(95), "成交额≥300万元"),
                           ("外贸订单对接", "采购商对接与质检", wan(85), "出口订单≥600万元"),
                           ("绣坊品质提升", "标准化绣坊改造", wan(80), "改造绣坊12家"),
                           ("金额合计", None, wan(260), None)])  # fmt: skip
    indicators(s, DEPT_ROWS)
    note(s, "注：金额合计为项目支出合计，不含基本支出150.50万元。")
    sign(s, "覃海燕", "0857-6251904")
    return b


@variant("vk12-sales-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计")  # fmt: skip
def sales_money_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(wan(260), "B101", "error", note="基本支出 100 + 项目支出 150 = 250")
    department_head(s, year=YEAR, dept="枫渡县妇女手工协会",
                    budget=[(total, wan(220), wan(40), wan(100), wan(150))],
                    goal="组织会员绣坊参加展销，拓展出口订单，带动妇女居家就业。",
                    tasks=[("绣品展销", "展销活动5场", wan(60), "成交额≥200万元"),
                           ("外贸订单对接", "采购商对接与质检", wan(50), "出口订单≥300万元"),
                           ("绣坊品质提升", "标准化绣坊改造", wan(45), "改造绣坊8家"),
                           ("金额合计", None, mk(wan(150), "B102", "error",
                                              note="60+50+45=155"), None)])  # fmt: skip
    indicators(s, DEPT_ROWS)
    sign(s, "覃海燕", "0857-6251904")
    return b
