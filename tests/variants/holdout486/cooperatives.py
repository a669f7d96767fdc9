"""Sericulture service departments and cooperatives: flat department lists, stacked projects,
points at two levels (ab13–ab18)."""

from __future__ import annotations

from tests.variants.holdout486.common import (
    HEAD,
    HEAD_POINTS,
    annual,
    dept_book,
    project_book,
    sign,
    stack,
    table,
    w,
)
from tests.variants.holdout486.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS = (1, 2, 3)  # tier-1, its points and tier-2 merged down


@variant("ab13-sericulture-centre-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def ab13() -> Book:
    b, s = dept_book(
        dept="绮川县蚕业发展中心", budget=(w(860), w(800), w(60), w(520), w(340)),
        goal="改造低产桑园4000亩，保障优质蚕种12000张，稳定蚕茧产量和质量。",
        tasks=[("桑园提质", "改造低产桑园，推广绿色防控", w(200), "改造桑园4000亩"),
               ("蚕种保供", "蚕种繁育、检验和冷藏", w(140), "供应优质蚕种12000张"),
               ("金额合计", None, w(340), None)],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("改造低产桑园面积", 20, "亩", "≥", 4000),
        ("供应优质蚕种", 15, "张", "≥", 12000),
        ("蚕种质量检验合格率", 15, "%", "≥", pct(0.98)),
        ("蚕桑技术服务到位率", 10, "%", "≥", pct(0.95)),
        ("每亩桑园改造补助", 10, "元/亩", "≤", 400),
        ("蚕茧收购均价增长率", 10, "%", "≥", pct(0.05)),
        ("养蚕户蚕病发生率", 10, "%", "≤", pct(0.03)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "覃语桐", "0779-6213458", day(2024, 11, 20))
    return b


@variant("ab14-silk-centre-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): an amount against a 户 unit, a 反向 energy use with ≥, "
         "weights 95")  # fmt: skip
def ab14() -> Book:
    b, s = dept_book(
        dept="绮川县丝绸产业服务中心", budget=(w(420), w(380), w(40), w(260), w(160)),
        goal="帮扶缫丝合作社18家，推广“绮川丝”品牌，降低缫丝能耗。",
        tasks=[("缫丝合作社帮扶", "设备、技术和管理帮扶", w(90), "帮扶合作社18家"),
               ("丝绸品牌推广", "展销、宣传和认证", w(70), "举办推广活动4场"),
               ("金额合计", None, w(160), None)],
    )  # fmt: skip
    unit = mk("15万元", "T112", "error", alt=("T119",), note="值的单位万元与计量单位户冲突")
    ge = mk("≥2.6", "T108", "warning", row=True, note="能耗是反向指标，比较符应为≤")
    b.file_mark("W101", "error", note="权重合计 20+15+15+15+10+10+10 = 95，应为100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([
        ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
        ("帮扶缫丝合作社", "≥18", "正向", "家", 20),
        ("帮扶合作社社员户数", unit, "正向", "户", 15),
        ("生丝抽检合格率", "≥95", "正向", "%", 15),
        ("缫丝单位产品综合能耗", ge, "反向", "千克标煤/千克", 15),
        ("品牌推广活动", "≥4", "正向", "场", 10),
        ("社员投诉率", "≤2", "反向", "%", 10),
        ("服务对象满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "蓝若琛", "0779-6558021", day(2024, 11, 21))
    return b


def _monitoring() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "建设蚕室温湿度监测点", "≥40个"),
        (None, "质量指标", "监测数据上传完整率", "≥95%"),
        (None, "时效指标", "监测点建成时间", "6月30日前"),
        (None, "成本指标", "单个监测点建设成本", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "受益养蚕户", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "养蚕户满意度", "≥90%"),
    ]  # fmt: skip


@variant("ab15-township-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def ab15() -> Book:
    b, s = project_book(
        name="柘湾乡蚕桑物联网监测点建设项目", unit="柘湾乡农业综合服务中心",
        money_rows=annual(w(36), w(30), w(6)), title="2025年度项目支出绩效目标表（一）",
        goals=["建设蚕室温湿度监测点40个，实现蚕室环境实时预警。"],
    )  # fmt: skip
    table(s, HEAD, _monitoring())
    stack(s, title="2025年度项目支出绩效目标表（二）", name="蚕坪镇方格蔟推广项目",
          unit="蚕坪镇农业综合服务中心", money_rows=annual(w(24), w(20), w(4)),
          goals=["推广方格蔟60000片，提高上蔟结茧质量。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "推广方格蔟", "≥60000片"),
        (None, "质量指标", "上蔟结茧良茧率", "≥93%"),
        (None, "时效指标", "方格蔟发放时间", "5月15日前"),
        (None, "成本指标", "每片方格蔟补助", "≤3.5元/片"),
        ("效益指标", "社会效益指标", "受益养蚕户", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "养蚕户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "莫嘉禾", "0779-6820135", day(2024, 12, 9))
    return b


@variant("ab16-village-stacked-wrong", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "年度资金总额 ≠ its sources and its 利用率 given as a tonnage")  # fmt: skip
def ab16() -> Book:
    b, s = project_book(
        name="锦茧村桑园喷滴灌建设项目", unit="锦茧村股份经济合作社",
        money_rows=annual(w(58), w(50), w(8)), title="2025年度项目支出绩效目标表（一）",
        goals=["建设桑园喷滴灌600亩，缓解夏秋季桑园干旱。"],
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "建设桑园喷滴灌面积", "≥600亩"),
        (None, "质量指标", "喷滴灌工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "7月31日前"),
        (None, "成本指标", "每亩喷滴灌建设成本", "≤900元/亩"),
        ("效益指标", "经济效益指标", "灌溉桑园桑叶增产", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受益蚕农满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(w(45), "B101", "error", note="45 ≠ 财政拨款35 + 其他资金5")
    stack(s, title="2025年度项目支出绩效目标表（二）", name="锦茧村蚕沙有机肥加工项目",
          unit="锦茧村股份经济合作社", money_rows=annual(total, w(35), w(5)),
          goals=["建设蚕沙有机肥加工点1处，收集加工蚕沙800吨。"])  # fmt: skip
    tons = mk("800吨", "T105", "error", note="利用率是比率，指标值却是吨数")
    table(s, HEAD, [
        ("产出指标", "数量指标", "收集加工蚕沙", "≥800吨"),
        (None, "质量指标", "蚕沙收集利用率", tons),
        (None, "时效指标", "加工点投产时间", "8月31日前"),
        (None, "成本指标", "每吨蚕沙加工成本", "≤300元/吨"),
        ("效益指标", "生态效益指标", "替代化肥施用桑园", "≥1600亩"),
        ("满意度指标", "服务对象满意度指标", "受益蚕农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑晚舟", "0779-6631907", day(2024, 12, 10))
    return b


@variant("ab17-cocoon-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 points column and an indicator points column, both adding "
         "to 100, a 比例 raised in 百分点 (correct)")  # fmt: skip
def ab17() -> Book:
    b, s = project_book(
        name="绮川县优质茧生产激励项目", unit="绮川县蚕业发展中心",
        money_rows=annual(w(120), w(100), w(20)),
        goals=["对交售优质茧600吨的养蚕户给予奖补，提高全县优质茧比例。"],
    )  # fmt: skip
    table(s, HEAD_POINTS, [
        ("产出指标", 50, "数量指标", "奖补优质茧交售量", "≥600吨", 20),
        (None, None, None, "奖补养蚕户", "≥1800户", 10),
        (None, None, "质量指标", "优质茧比例提高", "≥3百分点", 10),
        (None, None, "时效指标", "奖补资金兑付时间", "11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每吨优质茧奖补标准", "≤1500元/吨", 10),
        ("效益指标", 30, "经济效益指标", "户均售茧增收", "≥1500元/户", 15),
        (None, None, "社会效益指标", "养蚕户数量稳定率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "养蚕户满意度", "≥90%", 10),
    ], merged=POINTS)  # fmt: skip
    sign(s, "覃语桐", "0779-6213458", day(2024, 11, 27))
    return b


@variant("ab18-reeler-points-wrong", (10, 13),
         "project, NAT-2021, tier-1 and indicator points columns (both totals 100): two tier-1 "
         "points not matching their indicators, a scored value without a name")  # fmt: skip
def ab18() -> Book:
    b, s = project_book(
        name="丝埠镇缫丝挡车工技能提升项目", unit="丝埠镇金缕缫丝专业合作社",
        money_rows=annual(w(40), w(34), w(6)),
        goals=["培训缫丝挡车工300人次，120人取得缫丝工职业技能证书。"],
    )  # fmt: skip
    out = mk(50, "W103", "error", note="产出指标下各指标分值 20+15+10+10 = 55")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 15+10 = 25")
    nameless = mk(None, "F110", "error", note="填了指标值和分值，却没有三级指标名称")
    table(s, HEAD_POINTS, [
        ("产出指标", out, "数量指标", "缫丝技能培训人次", "≥300人次", 20),
        (None, None, None, nameless, "≥12期", 15),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "时效指标", "培训计划完成及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤800元/人", 10),
        ("效益指标", eff, "经济效益指标", "参训挡车工月收入增加", "≥300元/人·月", 15),
        (None, None, "社会效益指标", "取得缫丝工职业技能证书", "≥120人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训社员满意度", "≥90%", 10),
    ], merged=POINTS)  # fmt: skip
    sign(s, "蓝若琛", "0779-6558021", day(2024, 12, 8))
    return b
