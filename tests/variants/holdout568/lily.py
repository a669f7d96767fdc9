"""百合 flower-tea bases: percent cells, money, a three-year base, a flat department list,
directions and template rows (df01–df06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout568.common import TIERS, book, funds, period_funds, table, wan
from tests.variants.holdout568.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "df01-lily-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells typed in Excel, 万元 only in the number format (correct)",
)
def df01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="蒲川县食用百合茶基种球繁育项目",
        dept="蒲川县农业农村局（311）",
        unit="蒲川县经济作物站",
        money=funds(150, 120, 30),
        goals=["繁育脱毒百合种球，建成百合花茶原料基地300亩，带动种植户增收。"],
    )
    table(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "脱毒百合种球繁育面积", "≥", 300, "亩"),
        (None, None, "种球繁育数量", "≥", 45, "万粒"),
        (None, "质量指标", "种球合格率", "≥", pct(0.95), "%"),
        (None, None, "鲜百合农残抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "种球下地完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "每亩种球繁育成本", "≤", 0.4, "万元/亩"),
        ("效益指标", "经济效益指标", "带动种植户户均增收", "≥", 1500, "元/户"),
        (None, "社会效益指标", "鲜百合采后损耗下降率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "茶基原料稳定供应年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "df02-lily-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: "
    "money that does not add up, a typed percent over 100, a unit against its column",
)
def df02() -> Book:
    b, s = book()
    total = mk(wan(80), "B101", "error", row=True, note="80 ≠ 财政拨款 60 + 其他资金 15")
    project_head(
        s,
        year=2025,
        name="禾坪乡兰州百合茶基提质项目",
        dept="禾坪乡人民政府（402）",
        unit="禾坪乡农业综合服务站",
        money=funds(total, 60, 15),
        goals=["改造百合茶基200亩，推广鳞片烘干工艺，提高茶基原料品质。"],
    )
    rate = mk(pct(1.05), "T106", "error", note="发芽率 typed as 105%: above the 100% ceiling")
    crop = mk("60吨", "T112", "error", note="the value says 吨, the unit column says 亩")
    table(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "百合茶基改造面积", "≥", 200, "亩"),
        (None, None, "鲜百合鳞茎采收量", "≥", crop, "亩"),
        (None, "质量指标", "种球发芽率", "≥", rate, "%"),
        (None, "时效指标", "烘干设备安装完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "每亩提质改造成本", "≤", 0.35, "万元/亩"),
        ("效益指标", "经济效益指标", "百合茶基原料亩均产值增加", "≥", 800, "元/亩"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "df03-lily-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value "
    "columns: cumulative counts copied into the year, an annual count above its period",
)
def df03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="石鹭镇百合花茶原料基地建设项目（2025—2027年）",
        dept="石鹭镇人民政府（518）",
        unit="石鹭镇农业服务中心",
        money=period_funds((360, 300, 60), (120, 100, 20)),
        attr="新增项目",
        goals=[
            "三年建成百合花茶原料标准化基地900亩、加工示范线3条，带动种植户600户。",
            "当年建成标准化基地300亩、加工示范线1条，培训种植户400人次。",
        ],
    )
    lines = mk("≥3条", "D202", "warning", note="示范线 is built over three years: 年度 copies 中期")
    train = mk("≥1200人次", "D202", "warning", note="cumulative training copied from 中期")
    homes = mk("≥650户", "D201", "error", note="the year cannot exceed the 600 households of 中期")
    table(s, (*TIERS, "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "百合花茶原料标准化种植面积", "≥900亩", "≥300亩", None),
        (None, None, "百合花茶加工示范线建设", "≥3条", lines, None),
        (None, None, "培训种植户", "≥1200人次", train, None),
        (None, "质量指标", "鲜百合商品率", "≥90%", "≥90%", None),
        (None, "时效指标", "年度建设任务完成及时率", "≥95%", "≥95%", None),
        ("成本指标", "经济成本指标", "每亩标准化种植补助", "≤0.3万元/亩", "≤0.3万元/亩", None),
        ("效益指标", "经济效益指标", "带动种植户", "≥600户", homes, None),
        (None, "社会效益指标", "百合花茶订单收购覆盖率", "≥80%", "≥70%", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "df04-lily-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, 0 on an incident count (correct)",
)
def df04() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="芦屿县百合产业服务中心",
        budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
        tasks=[
            ("百合种球繁育", "脱毒种球扩繁与发放", wan(90), "发放种球40万粒"),
            ("百合花茶加工指导", "烘干、切片技术培训", wan(60), "培训600人次"),
            ("金额合计", None, wan(150), None),
        ],
        goal="稳定百合花茶原料供给，提升种球质量与加工水平。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("百合种球繁育发放数量", 20, "万粒", "≥", 40),
        ("百合花茶加工技术培训", 15, "人次", "≥", 600),
        ("种球质量合格率", 20, "%", "≥", pct(0.95)),
        ("农残超标批次", 10, "批", "≤", 0),
        ("加工损耗下降率", 10, "%", "≥", 5),
        ("重点任务按时完成率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant(
    "df05-lily-direction",
    (11,),
    "project, NAT-2021, operators inside the values: "
    "≥ on a 反向 rate, = on a cost cap, ≤ on a satisfaction rate",
)
def df05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="棠坞县百合干片茶基加工项目",
        dept="棠坞县供销合作社（207）",
        unit="棠坞县百合专业合作联社",
        money=funds(130, 100, 30),
        goals=["加工百合干片茶基40吨，降低褐变损耗，带动农户稳定销售。"],
    )
    cost = mk("=2.6万元/吨", "T108", "warning", row=True, note="= on a cost cap: ≤ meant")
    brown = mk("≥3%", "T108", "warning", row=True, note="褐变率 is 反向: ≥ rewards browning")
    happy = mk("≤90%", "T108", "warning", row=True, note="满意度 is 正向: ≤ caps it")
    table(s, (*TIERS, "指标值", "指标解释", None), [
        ("成本指标", "经济成本指标", "百合干片加工单位成本", cost, "含烘干能耗、人工", None),
        ("产出指标", "数量指标", "百合干片茶基加工量", "≥40吨", None, None),
        (None, "质量指标", "干片褐变率", brown, "抽检褐变片占比", None),
        (None, None, "干片一级品率", "≥85%", None, None),
        (None, "时效指标", "鲜百合采后48小时内加工率", "≥95%", None, None),
        ("效益指标", "经济效益指标", "百合干片茶基订单销售额", "≥300万元", None, None),
        (None, "社会效益指标", "带动农户就业", "≥60人", None, None),
        (None, "生态效益指标", "烘干单位能耗下降率", "≥8%", "较上年", None),
        ("满意度指标", "服务对象满意度指标", "收购农户满意度", happy, None, None),
    ])  # fmt: skip
    return b


@variant(
    "df06-lily-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 "
    "left from the template without indicators, a value without a name",
)
def df06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="岩沣县龙牙百合茶基示范项目",
        dept="岩沣县农业农村局（309）",
        unit="岩沣县园艺站",
        money=funds(70, 70, 0),
        goals=["建设龙牙百合茶基示范片120亩，示范推广花茶原料采收标准。"],
    )
    empty = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标", "备注", None), [
        ("产出指标", "数量指标", "龙牙百合茶基示范面积", "≥120亩", None, None),
        (None, "质量指标", "示范片鳞茎商品率", "≥90%", None, None),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥95%", None, None),
        (None, empty, None, None, None, None),
        ("成本指标", "经济成本指标", "每亩示范补助", "≤0.5万元/亩", None, None),
        ("效益指标", "社会效益指标", "示范带动种植户", "≥80户", None, None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None, None),
    ])  # fmt: skip
    return b
