"""Village water-plant upgrades (村级水厂提标改造): kbm01–kbm06."""

from __future__ import annotations

from tests.variants.holdout731.common import (
    HEAD4,
    STATION,
    book,
    department,
    indicators,
    notes,
    period_money,
    project,
    signature,
    wan,
    year_money,
)
from tests.variants.holdout731.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kbm01-plant-upgrade-words", (1, 5, 4),
         "project, OLD-NAT, numbered tier labels with points, operators in words, unit column, "
         "typed percents, a footnote on the money (correct)")  # fmt: skip
def plant_upgrade_words() -> Book:
    b, s = book()
    project(s, name="上岙、梨坪村级水厂提标改造项目", money_rows=year_money(130, 110, 20),
            goals=["完成上岙村、梨坪村2座村级水厂提标改造，新增超滤净水设备2套、更换消毒设备"
                   "2套，出厂水水质达标率不低于95%，受益农村人口6800人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标（60分）", "（一）数量指标", "1.提标改造村级水厂", "大于等于", 2, "座"),
        (None, None, "2.新增超滤净水设备", "等于", 2, "套"),
        (None, None, "3.更换二氧化氯消毒设备", "大于等于", 2, "套"),
        (None, "（二）质量指标", "1.出厂水水质达标率", "大于等于", pct(0.95), "%"),
        (None, None, "2.改造工程验收合格率", "等于", pct(1), "%"),
        (None, "（三）时效指标", "1.改造工程完工时间", "小于等于", day(2025, 10, 31, CN_DATE),
         None),
        (None, "（四）成本指标", "1.单座水厂改造成本", "小于等于", 55, "万元/座"),
        ("二、效益指标（30分）", "（一）社会效益指标", "1.受益农村人口", "大于等于", 6800, "人"),
        (None, None, "2.供水安全事故", "等于", 0, "起"),
        (None, "（二）可持续影响指标", "1.水厂运行管护制度", "定性", "建立并执行", None),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "1.受益群众满意度", "大于等于",
         pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：其他资金20万元为上岙、梨坪两村村集体自筹，年度资金总额130万元含该部分。",
          "填表说明：指标性质填写大于等于、小于等于、等于或定性。")  # fmt: skip
    signature(s, "韦嘉朗", "13805172246", (2024, 11, 18))
    return b


@variant("kbm02-plant-goal-against-count", (7,),
         "project, NAT-2021, header 预期目标: the goal's three plants against an indicator of two, "
         "a deadline in the next year")  # fmt: skip
def plant_goal_against_count() -> Book:
    b, s = book()
    project(s, name="枫塘、竹岗、石碾村级水厂提标改造项目", money_rows=year_money(150, 130, 20),
            goals=["完成枫塘、竹岗、石碾3座村级水厂提标改造，新增一体化净水设备3套，"
                   "2025年10月底前全部通水，受益农村人口9500人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单座水厂改造成本", "≤50万元/座"),
        ("产出指标", "数量指标", "提标改造村级水厂",
         mk("≥2座", "D104", "warning", row=True,
            note="年度目标写完成3座水厂提标改造（枫塘、竹岗、石碾），指标只有2座")),
        (None, None, "新增一体化净水设备", "≥3套"),
        (None, "质量指标", "出厂水水质达标率", "≥95%"),
        (None, "时效指标", "改造工程完工时间",
         mk("2026年10月31日前", "Y102", "error", alt=("Y101", "D104"),
            note="一年期2025年项目，目标写2025年10月底前通水，期限却在2026年")),
        ("效益指标", "社会效益指标", "受益农村人口", "≥9500人"),
        (None, "可持续影响指标", "水厂运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbm03-plant-three-year", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 value columns, the period's "
         "counts beside the year's, rates equal in both (correct)")  # fmt: skip
def plant_three_year() -> Book:
    b, s = book()
    project(s, name="桐泽县村级水厂提标改造三年行动项目", years=3, attr="新增项目",
            money_rows=period_money((540, 480, 60), (180, 160, 20)),
            goals=["2025—2027年完成全县9座村级水厂提标改造，出厂水水质达标率稳定在95%以上，"
                   "受益农村人口2.6万人。",
                   "2025年完成北坳、岭口、石碾3座村级水厂提标改造，"
                   "受益农村人口8600人。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "提标改造村级水厂", "≥9座", "≥3座"),
        (None, None, "新增超滤净水设备", "≥9套", "≥3套"),
        (None, "质量指标", "出厂水水质达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单座水厂改造成本", "≤60万元/座", "≤60万元/座"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥26000人", "≥8600人"),
        (None, "可持续影响指标", "水厂专业化管护覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbm04-plant-copied-columns", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: the year's count above the "
         "period's, 年度目标 copied from 中期目标, one indicator twice")  # fmt: skip
def plant_copied_columns() -> Book:
    b, s = book()
    goal = "完成上岙、梨坪、枫塘等6座村级水厂消毒设备更新，出厂水消毒剂余量达标率不低于95%。"
    project(
        s,
        name="村级水厂消毒设备更新项目",
        years=2,
        attr="新增项目",
        money_rows=period_money((200, 180, 20), (120, 110, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标逐字照抄中期目标")],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "更新消毒设备水厂", "≥6座",
         mk("≥8座", "D201", "error", note="年度8座多于两年合计6座")),
        (None, None, "新增在线余氯监测仪", "≥6台", "≥3台"),
        (None, None, mk("新增在线余氯监测仪数量", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，只多“数量”二字"), "≥6台", "≥3台"),
        (None, "质量指标", "出厂水消毒剂余量达标率", "≥95%", "≥95%"),
        (None, "时效指标", "设备安装完成时间", "2026年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "单座水厂消毒设备更新成本", "≤15万元/座", "≤15万元/座"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥15000人", "≥7000人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbm05-plant-station-department", (12, 4),
         "department, NAT-2021, header 绩效目标值: budget, tasks adding to 金额合计 = 项目支出, "
         "a note explaining the total, signature lines (correct)")  # fmt: skip
def plant_station_department() -> Book:
    b, s = book()
    department(
        s,
        dept=STATION,
        budget=(420, 380, 40, 95, 325),
        tasks=[
            ("村级水厂提标改造", "北坳、岭口、石碾3座水厂改造", 180, "完成3座水厂改造"),
            ("农村供水水质检测", "出厂水、末梢水抽检", 65, "检测水样1200份"),
            ("供水管网漏损修复", "东片区管网漏点修复", 80, "修复漏点200处"),
            ("金额合计", None, 325, None),
        ],
        goal="完成3座村级水厂提标改造，全年检测水样不少于1200份，修复管网漏点不少于200处。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "提标改造村级水厂", "≥3座"),
        (None, None, "检测水样", "≥1200份"),
        (None, None, "修复管网漏点", "≥200处"),
        (None, "质量指标", "检测数据有效率", "≥98%"),
        (None, "时效指标", "水质检测结果报送时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤500元/份"),
        ("效益指标", "社会效益指标", "农村集中供水水质达标率", "≥92%"),
        (None, "可持续影响指标", "农村供水工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计325万元为项目支出，不含基本支出95万元。")
    signature(s, "蒙素琴", "13977054318", (2024, 11, 22))
    return b


@variant("kbm06-plant-wrong-tier", (5, 12),
         "project, OLD-NAT, tier labels abbreviated and marked with *: a count under 质量, a "
         "quality rate under 时效, money not adding up")  # fmt: skip
def plant_wrong_tier() -> Book:
    b, s = book()
    total = mk(wan(95), "B101", "error", note="财政拨款70 + 其他资金20 = 90，不是95")
    project(s, name="北坳片区村级水厂清水池及消毒改造项目", money_rows=year_money(total, 70, 20),
            goals=["完成北坳片区4座村级水厂清水池防渗改造和加药消毒设备安装，受益农村人口"
                   "5200人。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "更换清水池防渗层", "≥1200平方米"),
        (None, None, "新增加药消毒设备", "≥4套"),
        (None, "质量", "工程验收合格率", "=100%"),
        (None, None, mk("新建水厂管理房", "F201", "warning", row=True,
                        note="数量指标填在质量下"), "≥4间"),
        (None, "时效", "工程完工时间", "2025年9月30日前"),
        (None, None, mk("出厂水浊度达标率", "F201", "warning", row=True,
                        note="水质达标率是质量指标，填在时效下"), "≥95%"),
        (None, "成本", "单座水厂改造成本", "≤22万元/座"),
        ("*效益", "社会效益", "受益农村人口", "≥5200人"),
        ("*满意度", "服务对象满意度", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
