"""Canteen upgrades in rural schools (食堂提升改造): kek07–kek12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout807.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout807.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kek07-canteen-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator with "
         "different values in each, unit cost × count equal to the money (correct)")  # fmt: skip
def canteen_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="柘塘县农村学校食堂提升改造",
        dept="柘塘县教育局 221",
        unit="柘塘县教育基建服务中心",
        money=one_year(wan(360), wan(320), wan(40)),
        goals=["改造8所农村学校食堂的操作间和储藏间，2026年9月开学前投入使用。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造食堂数量", "≥8所"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年8月31日前"),
        (None, "成本指标", "单所食堂改造成本", "≤45万元/所"),
        ("效益指标", "社会效益指标", "学生在校就餐率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, title="", name="柘塘县农村学校食堂设备更新",
                 dept="柘塘县教育局 221", unit="柘塘县教育装备站",
                 money=one_year(wan(96), wan(96), wan(0)),
                 goals=["为农村学校食堂更新蒸饭柜、消毒柜等设备24套。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新设备套数", "≥24套"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "成本指标", "每套设备购置成本", "≤4万元/套"),
        ("效益指标", "可持续影响指标", "设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kek08-canteen-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: one indicator twice in the first, the "
         "second's money not adding up and its school count against its goal")  # fmt: skip
def canteen_stacked_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="苇湾县农村学校明厨亮灶建设",
        dept="苇湾县教育局 108",
        unit="苇湾县教育技术装备中心",
        money=one_year(wan(75), wan(75), wan(0)),
        goals=["为15所农村学校食堂安装明厨亮灶视频监控并接入县级平台。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "明厨亮灶安装学校数", "≥15所"),
        (None, "质量指标", "明厨亮灶安装学校数",
         mk("≥15所", "D101", "warning", row=True, note="数量指标下已有同一指标")),
        (None, None, "视频接入县级平台率", "=100%"),
        (None, "成本指标", "单校安装成本", "≤5万元/所"),
        ("效益指标", "社会效益指标", "后厨违规操作发现数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(150), "B101", "error", row=True, note="120 + 20 = 140 ≠ 150")
    project_head(s, year=2026, title="", name="苇湾县农村学校食堂排烟和冷库改造",
                 dept="苇湾县教育局 108", unit="苇湾县教育基建服务中心",
                 money=one_year(total, wan(120), wan(20)),
                 goals=["完成12所农村学校食堂排烟系统和冷库改造。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "完成改造学校数",
         mk("≥10所", "D104", "warning", row=True, note="年度目标写12所")),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "成本指标", "单校改造成本", "≤11万元/所"),
        ("效益指标", "可持续影响指标", "冷库设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "食堂从业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kek09-canteen-flat", (3, 1, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 in words · 指标值), "
         "percents typed in Excel, 0起 on an incident count, weights adding to 100 "
         "(correct)")  # fmt: skip
def canteen_flat() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="岑口县教育后勤服务中心",
                    budget=[(wan(420), wan(400), wan(20), wan(140), wan(280))],
                    goal="完成7所农村学校食堂提升改造，食堂食品安全事故零发生。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值", None)
    s.table([
        ("改造农村学校食堂数", 25, "所", "大于等于", 7),
        ("食堂改造验收合格率", 20, "%", "等于", pct(1)),
        ("单所食堂改造成本", 15, "万元/所", "小于等于", 40),
        ("食堂食品安全事故发生数", 15, "起", "小于等于", 0),
        ("学生在校就餐率", 15, "%", "大于等于", pct(0.92)),
        ("师生满意度", 10, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    return b


@variant("kek10-canteen-marked-labels", (5, 7),
         "project, OLD-NAT, labels with * and ★ and abbreviated, headers 指标内容 and 绩效标准: a "
         "quality rate under 时效, a deadline in the next year, one count twice with two "
         "values")  # fmt: skip
def canteen_marked_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="芦岗县农村小规模学校食堂改造",
        dept="芦岗县教育局 316",
        unit="芦岗县教育基建服务中心",
        money=one_year(wan(270), wan(250), wan(20)),
        goals=["2026年内完成9所农村小规模学校食堂改造，年底前全部验收投入使用。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "★数量", "改造食堂数量", "≥9所"),
        (None, None, "食堂改造数量",
         mk("≥8所", "D102", "error", row=True, alt=("D103", "D104"), note="与上一行是同一指标")),
        (None, "质量", "厨房设备安装合格率", "=100%"),
        (None, "★时效", "改造工程竣工验收合格率",
         mk("≥98%", "F201", "warning", row=True, alt=("F105",), note="质量指标填在时效下")),
        (None, None, "食堂改造完工日期",
         mk("2027年6月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期项目，预算年度2026")),
        (None, "成本", "单所食堂改造成本", "≤30万元/所"),
        ("*效益指标", "社会效益", "学生在校就餐率", "≥90%"),
        ("*满意度指标", "满意度", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kek11-canteen-budget-export", (4, 7, 12),
         "budget-system export: money lines with codes on sheet 05-1, the indicator table on a "
         "second sheet 05-2 under a unit row, codes in the first columns (correct)")  # fmt: skip
def canteen_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 28, 16, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, None)
    s.row("项目代码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("52110326A0041", "农村学校食堂提升改造", "2050202", money(180), money(165), money(15))
    s.row("52110326A0057", "学校食堂冷链设备购置", "2050202", money(60), money(60), money(0))
    s.row("合计", None, None, money(240), money(225), money(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("填报单位：沅亭县教育局", None, None, None, "单位：万元", None)
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("52110326A0041", "农村学校食堂提升改造", "产出指标", "数量指标", "改造食堂数量", "≥6所"),
        (None, None, None, "成本指标", "单所改造成本", "≤30万元/所"),
        (None, None, "效益指标", "社会效益指标", "学生在校就餐率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ("52110326A0057", "学校食堂冷链设备购置", "产出指标", "数量指标", "购置冷藏柜数量",
         "≥20台"),
        (None, None, None, "成本指标", "冷藏柜单价", "≤3万元/台"),
        (None, None, "效益指标", "可持续影响指标", "冷链设备完好率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "食堂从业人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "说明：指标值由项目单位在预算管理一体化系统中填报后导出。")
    return b


@variant("kek12-canteen-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a template tier-2 row left empty and a value without "
         "its indicator name")  # fmt: skip
def canteen_template_rows() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="蒿洲县农村学校食堂燃气改造",
        dept="蒿洲县教育局 240",
        unit="蒿洲县教育后勤服务中心",
        money=one_year(wan(132), wan(120), wan(12)),
        goals=["将11所农村学校食堂燃煤灶改为燃气灶，消除烟尘和一氧化碳隐患。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "完成燃气改造食堂数", "≥11所"),
        (None, "质量指标", "燃气管道安装验收合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单所燃气改造成本", "≤12万元/所"),
        ("效益指标", "生态效益指标", mk(None, "F110", "error", note="有值无名"), "≥30%"),
        (None, "社会效益指标", "食堂燃气安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "食堂从业人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立舟", "0739-5527163", day(2025, 11, 21))
    return b
