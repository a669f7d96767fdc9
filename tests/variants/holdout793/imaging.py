"""CT purchase: one-year and two-year projects, a detail block, a budget-system export."""

from __future__ import annotations

from tests.variants.holdout793.common import (
    HOSPITAL,
    YEAR,
    book,
    details,
    funds,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout793.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

CT = "县人民医院64排CT购置项目"


@variant("kdw01-ct-purchase", (1, 5, 7),
         "project, OLD-NAT, numbered tier labels, operator and unit columns, typed percent cells, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def ct_purchase() -> Book:
    b, s = book()
    project(s, CT, funds(680, 680, 600, 600), [
        "购置64排螺旋CT 1台并完成机房防护改造，全年完成CT检查不少于12000人次，"
        "县外转诊检查人次下降30%以上，为2026年开展CT引导下穿刺积累病例。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("一、产出指标", "1.数量指标", "CT设备购置数量", "=", 1, "台"),
        (None, None, "年CT检查人次", "≥", 12000, "人次"),
        (None, "2.质量指标", "设备验收合格率", "=", pct(1), None),
        (None, None, "CT图像甲片率", "≥", pct(0.92), None),
        (None, "3.时效指标", "设备安装调试完成时间", "≤", day(YEAR, 9, 30), "日期"),
        (None, "4.成本指标", "单台CT采购成本", "≤", money(600, WAN), "万元/台"),
        ("二、效益指标", "1.社会效益指标", "县外转诊检查人次下降率", "≥", pct(0.3), None),
        (None, None, "上转影像患者县内完成率", "≥", pct(0.85), None),
        (None, "2.可持续影响指标", "影像设备完好率", "≥", pct(0.95), None),
        ("三、满意度指标", "1.服务对象满意度指标", "受检患者满意度", "≥", pct(0.9), None),
    ]  # fmt: skip
    indicators(s, rows, head)
    notes(s, "注：下降率以2024年县外转诊检查人次为基数计算。")
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw02-ct-detail-lines", (12,),
         "project, NAT-2021, detail block above the table whose lines miss the 合计 by 5; the goal "
         "trains six technicians, the indicator four; a deadline in the next year")  # fmt: skip
def ct_detail_lines() -> Book:
    b, s = book()
    project(s, "县人民医院CT购置及机房改造项目", funds(680, 680, 560, 560), [
        "购置64排CT 1台，完成机房改造和辐射防护工程，选送影像技师6名到市级医院进修，"
        "年内投入使用。"])  # fmt: skip
    lines = [("64排CT设备购置", 560), ("机房改造", 70), ("辐射防护工程", 30), ("影像技师进修", 15)]
    details(s, lines, mk(money(680, WAN), "B102", "error", alt=("B101",),
                         note="560 + 70 + 30 + 15 = 675, not 680"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "CT设备购置数量", "=1台"),
        (None, None, "进修影像技师人数",
         mk("≥4人", "D104", "warning", row=True, note="the goal sends six technicians")),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备投入使用时间",
         mk("2026年3月31日前", "Y102", "error", row=True,
            note="a one-year 2025 project: the deadline falls in 2026")),
        ("成本指标", "经济成本指标", "CT设备采购成本", "≤560万元"),
        ("效益指标", "社会效益指标", "年CT检查人次", "≥10000人次"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw03-ct-two-year", (8, 12),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates equal in both, a later year prepared for (correct)")  # fmt: skip
def ct_two_year() -> Book:
    b, s = book()
    project(s, "县域医学影像中心建设项目", funds(1200, 620, 1000, 520), [
        "两年内购置64排CT 1台、升级16排CT 1台，建成县域影像中心，累计完成检查25000人次。",
        "2025年购置64排CT 1台，完成检查12000人次，为2027年影像中心向乡镇延伸做准备。"],
        years=2)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "CT设备购置及升级数量", "=2台", "=1台"),
        (None, None, "CT检查人次", "≥25000人次", "≥12000人次"),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "设备到货安装完成时间", "2026年12月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "64排CT采购单价", "≤600万元/台", "≤600万元/台"),
        ("效益指标", "社会效益指标", "县外转诊检查人次下降率", "≥30%", "≥20%"),
        (None, "可持续影响指标", "影像设备完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head)
    notes(s, "说明：中期指标值为2025—2026年累计数，年度指标值为2025年数。")
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw04-ct-two-year-copied", (8,),
         "two-year project 2025–2026, OLD-NAT: a year's count above the period's, a cumulative "
         "count copied to 年度, a 2023 tender left in the year's goal")  # fmt: skip
def ct_two_year_copied() -> Book:
    b, s = book()
    goal = mk(
        "完成2023年度CT设备公开招标和机房改造，年内开展CT检查。",
        "Y103",
        "warning",
        note="2023: neither the budget year nor in 2025–2026, last season's text",
    )
    project(s, "县中医院CT配置项目", funds(900, 500, 800, 450), [
        "两年内配置CT 2台，累计完成检查25000人次，培训影像医技人员20人。", goal],
        years=2, unit="芦渡县中医医院")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "CT设备配置数量", "=2台", "=1台"),
        (None, None, "CT检查人次", "≥25000人次",
         mk("≥30000人次", "D201", "error", note="the year's count above the two years' 25000")),
        (None, None, "影像医技人员培训人数", "≥20人",
         mk("≥20人", "D202", "warning", note="cumulative count copied from the period column")),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "成本指标", "单台CT采购成本", "≤400万元", "≤400万元"),
        ("效益指标", "社会效益指标", "急诊CT检查覆盖率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head)
    sign(s, "谭玉岚", "0731-6652 3307")
    return b


@variant("kdw05-ct-export", (4, 7),
         "budget-system export: money on sheet 05-1, the table on sheet 05-2 under a code row with "
         "codes in the first columns, header 指标内容 · 绩效标准 (correct)")  # fmt: skip
def ct_export() -> Book:
    b, s = book("项目支出预算05-1", (14, 14, 30, 16, 16, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：" + HOSPITAL, None, None, None, "单位：万元", None, merge=[(1, 4)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row("430725-25-0117", "CT球管更换及维保项目", "一次性项目", money(96, WAN), money(96, WAN),
          money(0, WAN))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (14, 12, 14, 16, 30, 18, 14))
    t.title(f"{YEAR}年项目支出绩效目标表", 7)
    t.row("项目编码", "单位编码", "指标内容", None, None, "绩效标准", "备注", merge=[(3, 5)])
    t.row(None, None, "一级指标", "二级指标", "三级指标", None, None)
    code = ("430725-25-0117", "412006")
    rows = [
        (*code, "产出指标", "数量指标", "更换CT球管数量", "=1只", None),
        (*code, None, None, "CT设备年度维保次数", "≥4次", "按季度"),
        (*code, None, "质量指标", "维保后设备开机率", "≥98%", None),
        (*code, None, "时效指标", "球管更换完成时间", "2025年6月30日前", None),
        (*code, None, "成本指标", "球管采购及安装费用", "≤78万元", "维保18万元另列"),
        (*code, "效益指标", "社会效益指标", "CT检查因故障停机天数", "≤5天", None),
        (*code, "满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%", None),
    ]  # fmt: skip
    t.table(rows, merged=(3, 4))
    notes(t, "填表说明：指标值请填写比较符、数值和计量单位。", width=7)
    return b


@variant("kdw06-ct-quality-misplaced", (5,),
         "project, OLD-NAT, abbreviated tier labels: the same check count twice with two values, a "
         "diagnostic agreement rate under 时效")  # fmt: skip
def ct_quality_misplaced() -> Book:
    b, s = book()
    project(s, "乡镇卫生院CT配置项目（第二批）", funds(320, 320, 300, 300), [
        "为石坎中心卫生院配置16排CT 1台，全年完成检查不少于5000人次。"],
        unit="芦渡县石坎中心卫生院")  # fmt: skip
    rows = [
        ("产出", "数量", "CT设备配置数量", "=1台"),
        (None, None, "年CT检查人次", "≥5000人次"),
        (None, "质量", "设备验收合格率", "=100%"),
        (None, "时效", "设备安装完成时间", "2025年8月31日前"),
        (None, None, "CT影像诊断符合率",
         mk("≥90%", "F201", "warning", row=True, note="an agreement rate is quality, not 时效")),
        (None, "成本", "16排CT采购成本", "≤300万元"),
        ("效益", "社会效益", "全年CT检查人次",
         mk("≥4000人次", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="the same count as 年CT检查人次 ≥5000人次, with another value")),
        ("满意度", "服务对象满意度", "受检群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "龙秋实", "0731-6658 0219")
    return b
