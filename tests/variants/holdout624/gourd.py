"""Wax gourd (冬瓜) bases of 葭川县: fj07–fj12."""

from __future__ import annotations

from tests.variants.holdout624.common import (
    department,
    new_book,
    notes,
    project,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout624.registry import variant
from tests.variants.kit import Book, day, mk, pct

H_POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
H_FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
H_DEPT = ("一级指标", "二级指标", "三级指标", "年度指标值")


@variant(
    "fj07-gourd-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标) "
    "and a 分值 column per indicator, a rate raised in 百分点, a total row (correct)",
)
def fj07() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县冬瓜标准化生产基地建设项目",
        unit="葭川县经济作物站",
        money=year_money(wan(150), wan(120), wan(30)),
        goals=[
            "建设冬瓜标准化基地1200亩和预冷分拣场2个，冬瓜商品果率比上年提高5个百分点，"
            "带动脱贫户和监测户60户种植冬瓜。"
        ],
    )
    table(s, H_POINTS, [
        ("一、产出指标（50分）", "（一）数量指标", "冬瓜标准化基地面积", "≥1200亩", 10),
        (None, None, "建设冬瓜预冷分拣场", "≥2个", 10),
        (None, "（二）质量指标", "冬瓜商品果率", "≥90%", 10),
        (None, None, "冬瓜商品果率比上年提高", "≥5百分点", 10),
        (None, "（三）时效指标", "预冷分拣场建成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "基地建设亩均补助", "≤800元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "冬瓜亩均产值", "≥6000元/亩", 10),
        (None, "（二）社会效益指标", "带动脱贫户和监测户种植", "≥60户", 10),
        (None, "（三）可持续影响指标", "冬瓜订单收购合同续签率", "≥80%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "柴明远", "0797-6645209", day(2024, 12, 12))
    return b


@variant(
    "fj08-gourd-points-duplicate",
    (5, 10),
    "project, NAT-2021, tier-1 points and indicator points: the 效益 points short of its "
    "tier, one indicator twice with two values, a satisfaction rate under 社会效益",
)
def fj08() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县冬瓜订单种植补助项目",
        unit="葭川县经济作物站",
        money=year_money(wan(80), wan(80), wan(0)),
        goals=["落实冬瓜订单种植2000亩，订单收购冬瓜8000吨，带动种植户户均增收1500元。"],
    )
    table(s, H_POINTS, [
        ("产出指标（40分）", "数量指标", "冬瓜订单种植面积", "≥2000亩", 10),
        (None, None, "冬瓜订单收购量", "≥8000吨", 10),
        (None, "质量指标", "冬瓜农残抽检合格率", "≥98%", 10),
        (None, "时效指标", "订单收购款兑付时限", "≤15个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "亩均种植补贴", "≤300元/亩", 10),
        (mk("效益指标（30分）", "W103", "error", note="其下分值10+5+10=25，不是30"),
         "经济效益指标", "带动冬瓜种植户增收", "≥1500元", 10),
        (None, "社会效益指标", "带动冬瓜种植户增收",
         mk("≥1200元", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在经济效益下为≥1500元"), 5),
        (None, None, mk("收购企业满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "种植户满意度", "≥90%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由W103的缺口引起")
    sign(s, "柴明远", "0797-6645209", day(2025, 1, 8))
    return b


@variant(
    "fj09-gourd-department-tasks",
    (4, 12),
    "department, NAT-2021: budget, key tasks adding to 金额合计 = 项目支出, a goal total with "
    "its parts in brackets, a zero-incident target, signature lines (correct)",
)
def fj09() -> Book:
    b, s = new_book()
    department(
        s,
        dept="葭川县农业农村局",
        budget=[(wan(850), wan(800), wan(50), wan(350), wan(500))],
        tasks=[
            ("冬瓜基地建设", "冬瓜标准化基地1800亩", wan(300), "基地全部通过验收"),
            ("洋葱基地建设", "洋葱绿色种植基地800亩", wan(120), "洋葱商品率≥90%"),
            ("批发市场运营补助", "县蔬菜批发市场检测与保洁", wan(80), "交易量≥15万吨"),
            ("金额合计", None, wan(500), None),
        ],
        goal="建成冬瓜、洋葱标准化基地2600亩（冬瓜1800亩、洋葱800亩），支持县蔬菜批发市场"
        "全年交易蔬菜15万吨以上，全年农产品质量安全事故0起。",
    )
    table(s, H_DEPT, [
        ("产出指标", "数量指标", "冬瓜标准化基地面积", "≥1800亩"),
        (None, None, "洋葱绿色种植基地面积", "≥800亩"),
        (None, None, "批发市场蔬菜交易量", "≥15万吨"),
        (None, "质量指标", "基地产品农残抽检合格率", pct(0.98)),
        (None, "时效指标", "基地建设完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设亩均补助", "≤1500元/亩"),
        ("效益指标", "社会效益指标", "农产品质量安全事故", "0起"),
        (None, "可持续影响指标", "基地管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出，基本支出350万元另行保障。")
    sign(s, "梅书恒", "0797-6612370", day(2024, 11, 20), head="严国栋")
    return b


@variant(
    "fj10-gourd-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 not the total, tasks not adding to 金额合计, "
    "a goal's count of restored varieties given otherwise in the indicator",
)
def fj10() -> Book:
    b, s = new_book()
    department(
        s,
        dept="葭川县经济作物站",
        budget=[
            (
                mk(
                    wan(900), "B101", "error", row=True, note="基本支出380+项目支出500=880，不是900"
                ),
                wan(850),
                wan(50),
                wan(380),
                wan(500),
            ),
        ],
        tasks=[
            ("冬瓜良种繁育", "良种繁育基地300亩", wan(260), "供种能力提高"),
            ("地方品种提纯复壮", "本地青皮冬瓜等品种", wan(150), "品种纯度≥95%"),
            ("冬瓜技术服务", "技术指导与培训", wan(70), "培训≥600人次"),
            (
                "金额合计",
                None,
                mk(wan(500), "B102", "error", alt=("B101",), note="260+150+70=480，不是500"),
                None,
            ),
        ],
        goal="完成冬瓜地方品种提纯复壮3个，建设冬瓜良种繁育基地300亩，培训种植户600人次。",
    )
    table(s, H_DEPT, [
        ("产出指标", "数量指标", "冬瓜良种繁育基地面积", "≥300亩"),
        (None, None, "地方品种提纯复壮",
         mk("≥5个", "D104", "warning", row=True, note="年度总体目标写提纯复壮3个")),
        (None, None, "培训冬瓜种植户", "≥600人次"),
        (None, "质量指标", "提纯后品种纯度", "≥95%"),
        (None, "时效指标", "良种供种时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "繁育基地亩均投入", "≤8000元/亩"),
        ("效益指标", "经济效益指标", "良种推广面积", "≥5000亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柴明远", "0797-6645209", day(2024, 11, 25))
    return b


@variant(
    "fj11-gourd-flat-list",
    (1, 3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "weights add to 100, a 下降率 with ≥, 0 incidents, typed percents (correct)",
)
def fj11() -> Book:
    b, s = new_book()
    department(
        s,
        dept="葭川县冬瓜产业发展服务中心",
        budget=[(wan(320), wan(300), wan(20), wan(120), wan(200))],
        goal="稳定冬瓜种植面积1800亩，订单收购冬瓜9000吨，冬瓜采后损耗比上年下降10%以上，"
        "全年不发生农产品质量安全事故。",
    )
    table(s, H_FLAT, [
        ("冬瓜种植面积", 15, "亩", "≥", 1800),
        ("冬瓜订单收购量", 15, "吨", "≥", 9000),
        ("冬瓜采后损耗下降率", 10, "%", "≥", 10),
        ("农产品质量安全事故", 10, "起", "≤", 0),
        ("冬瓜商品果率", 15, "%", "≥", pct(0.9)),
        ("订单收购款兑付时限", 10, "个工作日", "≤", 15),
        ("种植户户均增收", 15, "元", "≥", 2000),
        ("种植户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "填表说明：指标性质填写≥、≤或=；权重合计为100。", width=5)
    sign(s, "柴明远", "0797-6645209", day(2024, 11, 22))
    return b


@variant(
    "fj12-gourd-flat-near-duplicate",
    (3,),
    "department, flat list: weights adding to 95, the order purchase indicator twice with a "
    "word more and two values",
)
def fj12() -> Book:
    b, s = new_book()
    department(
        s,
        dept="葭川县冬瓜产业发展服务中心",
        budget=[(wan(260), wan(240), wan(20), wan(110), wan(150))],
        goal="稳定冬瓜种植面积1500亩，订单收购冬瓜6000吨，种植户户均增收1800元。",
    )
    table(s, H_FLAT, [
        ("冬瓜种植面积", 15, "亩", "≥", 1500),
        ("冬瓜订单收购量", 15, "吨", "≥", 6000),
        ("冬瓜订单收购数量", 10, "吨", "≥",
         mk(5000, "D103", "error", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，多一个“数”字，指标值却是5000吨")),
        ("冬瓜商品果率", 15, "%", "≥", pct(0.9)),
        ("种植户户均增收", 15, "元", "≥", 1800),
        ("订单收购款兑付时限", 10, "个工作日", "≤", 15),
        ("种植户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+10+15+15+10+15=95，应为100")
    sign(s, "柴明远", "0797-6645209", day(2024, 11, 22))
    return b
