"""The ice plant (制冰厂) beside the processing hall: storage, supply to the fishing boats and
refrigeration safety (ej13-ej18)."""

from __future__ import annotations

from tests.variants.holdout598.common import (
    HEAD,
    TWO,
    YEAR,
    department,
    funds,
    indicators,
    lines,
    new_book,
    period_funds,
    project,
    signature,
    wan,
)
from tests.variants.holdout598.registry import variant
from tests.variants.kit import Book, day, mk, pct

ICE = "澄屿县蓼湾制冰厂"


@variant("ej13-ice-store-second-sheet", (7, 11),
         "project: head on sheet 基本信息, indicators on sheet 绩效指标 under a two-row "
         "header with 预期实现值, a 下降率 with ≥ and 0起 on accidents (correct)")  # fmt: skip
def ice_store_second_sheet() -> Book:
    b, s = new_book("基本信息")
    project(
        s,
        "制冰厂储冰库扩建",
        ICE,
        funds(wan(240), wan(200), wan(40)),
        ["扩建储冰库1座，新增储冰能力1500吨，全年安全生产无事故。"],
    )
    t = b.sheet("绩效指标", (16, 20, 30, 18, 16))
    t.row("绩效指标", None, None, "预期实现值", "备注", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for col in (4, 5):
        t.ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    t.table([
        ("产出指标", "数量指标", "储冰库扩建数量", "≥1座"),
        (None, None, "新增储冰能力", "≥1500吨"),
        (None, "质量指标", "扩建工程验收合格率", "=100%"),
        (None, "时效指标", "扩建完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每吨储冰能力扩建成本", "≤1500元/吨", "计划标准"),
        ("效益指标", "社会效益指标", "安全生产事故", "0起"),
        (None, "生态效益指标", "制冰单位能耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "渔船与加工企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ej14-ice-supply-period", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 names the years of an "
         "earlier plan, a year's output above the period's, a period count copied")  # fmt: skip
def ice_supply_period() -> Book:
    b, s = new_book()
    period_goal = mk("2024年至2025年完成制冰厂扩建，两年累计制冰6万吨，配置冷藏运冰车4辆。",
                     "Y103", "warning", alt=("Y101",),
                     note="中期为2026年—2027年，文字却是上一轮规划的2024—2025年")  # fmt: skip
    project(s, "渔港制冰供冰能力提升", ICE, period_funds(500, 260),
            [period_goal, "2026年完成制冰生产线改造，制冰3万吨，配置冷藏运冰车2辆。"],
            years=2)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "制冰量", "≥6万吨",
         mk("≥7万吨", "D201", "error", alt=("D104",), note="年度制冰量大于两年实施期总量")),
        (None, None, "冷藏运冰车配置数量", "≥4辆",
         mk("≥4辆", "D202", "warning", alt=("D104",),
            note="两年的累计数照抄到年度列（年度目标写2辆）")),
        (None, "质量指标", "冰块卫生检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "生产线改造完成时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每吨制冰成本", "≤30元/吨", "≤30元/吨"),
        ("效益指标", "经济效益指标", "渔船供冰保障率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej15-ice-flat-duplicate", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): an indicator "
         "listed twice, the annual supply below the goal's")  # fmt: skip
def ice_flat_duplicate() -> Book:
    b, s = new_book()
    department(s, ICE, (380, 300, 80, 180, 200),
               "全年供冰4万吨，服务渔船400艘以上，保障加工园用冰。", tasks=[
                   ("制冰生产", "制冰与供冰", 120, "供冰4万吨"),
                   ("设备维护", "制冰机组与冷库维护", 50, "巡检24次"),
                   ("安全检查", "氨制冷系统安全检查", 30, "无安全事故"),
                   ("金额合计", None, 200, None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年供冰量", 20, "万吨", "≥",
         mk(3.5, "D104", "warning", row=True, note="年度总体目标写全年供冰4万吨")),
        ("服务渔船数量", 15, "艘", "≥", 400),
        ("设备巡检次数", 10, "次", "≥", 24),
        ("冰块卫生检测合格率", 15, "%", "≥", 98),
        ("供冰及时率", 10, "%", "≥", 95),
        (mk("设备巡检次数", "D101", "warning", row=True, alt=("D103",),
            note="与第3条指标重复"), 10, "次", "≥", 24),
        ("安全生产事故", 10, "起", "≤", 0),
        ("用冰单位满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("ej16-ice-machine-percent", (1, 11, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percents, 万元 in "
         "the number format, a 下降率 with ≥, a unit cost within the money (correct)")  # fmt: skip
def ice_machine_percent() -> Book:
    b, s = new_book()
    project(
        s,
        "制冰厂制冰机组节能改造",
        ICE,
        funds(wan(150), wan(120), wan(30)),
        ["改造制冰机组3台，制冰单位电耗下降12%，年节约电费18万元。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "制冰机组改造数量", "≥", 3, "台"),
        (None, "质量指标", "改造验收合格率", "=", pct(1), "%"),
        (None, None, "冰块卫生检测合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造工期", "≤", 90, "天"),
        (None, "成本指标", "单台机组改造成本", "≤", 40, "万元/台"),
        ("效益指标", "生态效益指标", "制冰单位电耗下降率", "≥", pct(0.12), "%"),
        (None, "经济效益指标", "年节约电费", "≥", 18, "万元"),
        (None, "可持续影响指标", "改造设备运行年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "用冰企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "龚澜汐", "0596-7739026", day(YEAR - 1, 11, 18))
    return b


@variant("ej17-ice-wharf-wrong", (9, 12),
         "project, NAT-2021, detail lines below the table: a unit price under 数量, a deadline in "
         "the next year of a one-year project, lines not adding to their 合计")  # fmt: skip
def ice_wharf_wrong() -> Book:
    b, s = new_book()
    project(
        s,
        "制冰厂冷库与供冰码头改造",
        ICE,
        funds(wan(150), wan(130), wan(20)),
        ["改造冷库1座、供冰码头1处，2026年11月底前完工。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "冷库改造数量", "≥1座"),
        (None, None, "供冰码头改造数量", "≥1处"),
        (None, None, mk("制冰机购置单价", "F201", "warning", row=True,
                        note="单价是成本指标，填在数量指标下"), "≤40万元/台"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间",
         mk("2027年3月31日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期2026年项目，期限却在2027年；年度目标写2026年11月底前")),
        ("成本指标", "经济成本指标", "冷库改造成本", "≤90万元"),
        ("效益指标", "经济效益指标", "供冰码头日供冰能力提高", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", "明细项目", "金额")
    s.row(None, "冷库改造", wan(90))
    s.row(None, "供冰码头改造", wan(38))
    s.row(None, "制冰机购置", wan(18))
    s.row(None, "合计", mk(wan(150), "B102", "error", row=True,
                          note="90 + 38 + 18 = 146，不等于合计150"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("ej18-ammonia-marked-labels", (4, 5),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated (数量, 质量), 说明 and "
         "注 lines under the table, a signature dated the year before (correct)")  # fmt: skip
def ammonia_marked_labels() -> Book:
    b, s = new_book()
    project(
        s,
        "制冰厂氨制冷系统安全改造",
        ICE,
        funds(wan(110), wan(110), wan(0)),
        ["完成氨制冷系统安全改造1套，安装泄漏报警装置16个，全年无氨泄漏安全事故。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("*产出指标", "数量", "氨制冷系统安全改造", "≥1套"),
        (None, None, "泄漏报警装置安装数量", "≥16个"),
        (None, "质量", "报警装置检测合格率", "=100%"),
        (None, "时效", "改造完成时间", "2026年7月31日前"),
        (None, "★成本", "报警装置单价", "≤0.5万元/个", "市场询价"),
        ("*效益指标", "社会效益", "氨泄漏安全事故", "0起"),
        (None, "可持续影响", "氨制冷安全巡检制度", "建立并执行"),
        ("*满意度指标", "满意度", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "说明：1.带*的为必填一级指标；2.★为核心指标，不得删除；3.指标值应量化。",
          "注：报警装置单价参照上年同类采购价格确定。")  # fmt: skip
    signature(s, "桂听澜", "0596-7730457", day(YEAR - 1, 11, 12))
    return b
