"""尾水生态塘: gy13–gy18 of the 665th held-out set."""

from __future__ import annotations

from tests.variants.holdout665.common import (
    HEAD_ONE,
    HEAD_TWO,
    department,
    indicators,
    multi_year,
    new,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout665.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("gy13-tailwater-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, a footnote "
         "explaining the total, 填表说明, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def gy13() -> Book:
    b, s = new()
    project(s, name="鹭滩镇养殖尾水生态塘治理项目", unit="鹭滩镇农业服务中心",
            money=one_year(95, 80, 15),
            goals=["新建三级尾水生态塘（沉淀塘、曝气塘、生物净化塘）3座共45亩，"
                   "治理连片养殖池塘1500亩尾水，尾水排放达标率100%。"])  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "尾水生态塘建设数量", "≥3座"),
        (None, None, "生态塘建设面积", "≥45亩"),
        (None, None, "尾水治理覆盖池塘面积", "≥1500亩"),
    ])  # fmt: skip
    note(s, "（以下质量指标按本省淡水池塘养殖尾水排放地方标准考核）", 4)
    s.table([
        ("产出指标", "质量指标", "尾水排放达标率", "=100%"),
        (None, None, "生态塘水生植物覆盖率", "≥60%"),
        (None, "时效指标", "生态塘建成时间", "2025年9月30日前"),
        (None, "成本指标", "生态塘每亩建设成本", "≤1.6万元/亩"),
        ("效益指标", "生态效益指标", "尾水化学需氧量浓度下降率", "≥30%"),
        (None, None, "尾水污染事件发生数", "0起"),
        (None, "可持续影响指标", "生态塘运行维护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边养殖户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.资金总额95万元含生态塘土建72万元（45亩×1.6万元/亩）、"
            "水生植物种植及设备23万元。", 4)  # fmt: skip
    note(s, "2.生态塘面积按水面面积计，不含塘埂。", 4)
    note(s, "填表说明：指标值应可考核；定性指标填写等级。", 4)
    sign(s, "许沅芷", "0736-5851093", day(2024, 11, 15))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("gy14-tailwater-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a 时效 tier-2 left from the "
         "template, a count below the 年度目标's")  # fmt: skip
def gy14() -> Book:
    b, s = new()
    project(
        s,
        name="苇塘乡池塘尾水生态净化塘建设项目",
        unit="苇塘乡农业综合服务中心",
        money=one_year(68, 60, 8),
        goals=["建设尾水生态净化塘3座，配套生态沟渠2.4公里，净化连片池塘1200亩养殖尾水。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "生态净化塘建设数量",
         mk("≥2座", "D104", "warning", row=True, note="年度目标写3座")),
        (None, None, "生态沟渠建设长度", "≥2.4公里"),
        (None, None, mk(None, "F110", "error", note="有指标值1200亩，没有三级指标名称"),
         "≥1200亩"),
        (None, "质量指标", "净化塘工程验收合格率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板的时效指标行未填"), None,
         None),
        ("成本指标", "经济成本指标", "净化塘每座建设成本", "≤18万元/座"),
        ("效益指标", "生态效益指标", "尾水总磷去除率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "单晓汀", "0736-5839427", day(2024, 12, 1))
    return b


@variant("gy15-tailwater-budget-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
         "on the third row, project code and name in the first columns, operator and unit "
         "columns, typed percent cells (correct)")  # fmt: skip
def gy15() -> Book:
    b, s = new("部门项目支出预算05-1", (22, 30, 14, 14, 14, 14))
    name, code = "蓼洲区养殖尾水生态塘运维项目", "415207251000000086"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：蓼洲区水产技术推广中心", None, None, None, None, "单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(code, name, "其他运转类", wan(40), wan(36), wan(4))
    s.row(None, "合计", None, wan(40), wan(36), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 26, 30, 12, 16, 24, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("单位名称：蓼洲区水产技术推广中心", merge=[(1, 3)])
    t.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "计量单位")  # fmt: skip
    goal = "对120亩尾水生态塘开展全年运维，每月监测尾水水质1次，确保尾水稳定达标排放。"
    t.table([
        (code, name, goal, "产出指标", "数量指标", "生态塘运维面积", "≥", 120, "亩"),
        (None, None, None, None, None, "尾水水质监测频次", "≥", 12, "次"),
        (None, None, None, None, "质量指标", "尾水排放达标率", "≥", pct(0.95), "%"),
        (None, None, None, None, "时效指标", "水质监测报告报送时限", "≤", 5, "个工作日"),
        (None, None, None, None, "成本指标", "生态塘每亩年运维成本", "≤", 0.3, "万元/亩"),
        (None, None, None, "效益指标", "生态效益指标", "尾水总氮去除率", "≥", pct(0.35), "%"),
        (None, None, None, None, "可持续影响指标", "生态塘运维管护制度", "定性", "健全", None),
        (None, None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9),
         "%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("gy16-tailwater-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copies the 中期目标, "
         "the period's pond count and deadline copied into the year's column")  # fmt: skip
def gy16() -> Book:
    b, s = new()
    text = ("建设尾水生态塘6座，配套生态沟渠3.6公里，治理连片养殖池塘2400亩尾水，"
            "尾水达标排放率100%。")  # fmt: skip
    project(
        s,
        name="澄湾县连片池塘尾水生态塘集中治理项目",
        unit="澄湾县水产技术推广站",
        years=2,
        attr="新增项目",
        money=multi_year((300, 270, 30), (180, 160, 20)),
        goals=[text, mk(text, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
    )
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "尾水生态塘建设数量", "≥6座",
         mk("≥6座", "D202", "warning", note="两年累计的座数抄进年度列")),
        (None, None, "生态沟渠建设长度", "≥3.6公里", "≥2公里"),
        (None, None, "治理池塘面积", "≥2400亩", "≥1400亩"),
        (None, "质量指标", "尾水达标排放率", "100%", "100%"),
        (None, "时效指标", "生态塘建成时间", "2026年10月31日前",
         mk("2026年10月31日前", "Y102", "error", alt=("D202", "D203"),
            note="年度列抄了实施期的期限：2026年不在预算年度2025年内")),
        ("成本指标", "经济成本指标", "生态塘每座建设成本", "≤28万元/座", "≤28万元/座"),
        ("效益指标", "生态效益指标", "尾水总磷去除率", "≥40%", "≥35%"),
        (None, "可持续影响指标", "生态塘长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲雁行", "0736-5806615", day(2024, 12, 4))
    return b


@variant("gy17-tailwater-department", (1, 12),
         "department, NAT-2021: budget row with a row of typed percent shares, tasks adding to "
         "项目支出, a unit cost times the count equal to its task's money (correct)")  # fmt: skip
def gy17() -> Book:
    b, s = new()
    department(
        s,
        dept="砚河县渔业发展服务中心",
        budget=(500, 450, 50, 300, 200),
        shares=(1, 0.9, 0.1, 0.6, 0.4),
        tasks=[
            ("尾水生态塘建设", "建设连片池塘尾水生态塘4座", 120, "尾水达标排放"),
            ("罗非鱼鳜鱼良种推广", "推广良种养殖2000亩", 50, "良种覆盖率提高"),
            ("养殖水质监测", "设置监测点位30个，按月监测", 30, "数据及时准确"),
            ("金额合计", None, 200, None),
        ],
        goal="建设尾水生态塘4座，推广罗非鱼、鳜鱼良种养殖2000亩，监测点位30个。",
    )
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "尾水生态塘建设数量", "≥4座"),
        (None, None, "良种推广面积", "≥2000亩"),
        (None, None, "水质监测点位", "≥30个"),
        (None, "质量指标", "生态塘工程验收合格率", pct(1)),
        (None, None, "监测数据合格率", "≥98%"),
        (None, "时效指标", "监测数据上报及时率", "≥95%"),
        ("成本指标", "经济成本指标", "生态塘每座建设成本", "≤30万元/座"),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥95%"),
        (None, "社会效益指标", "渔业技术服务覆盖养殖户", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘念初", "0738-6647720", day(2024, 11, 21))
    return b


@variant("gy18-tailwater-conversion", (9,),
         "project, OLD-NAT, one value column, converted from PDF: a money cell split by a space, "
         "the completion date as a serial in a text cell, an area below the "
         "年度目标's")  # fmt: skip
def gy18() -> Book:
    b, s = new()
    fiscal = mk(
        "48.5 6",
        "X105",
        "warning",
        alt=("X103", "B108"),
        note="数字被空格断开，应读作48.56（48.56+12=60.56）",
    )
    project(s, name="黛湖镇罗非鱼鳜鱼混养区尾水生态塘项目", unit="黛湖镇水产站",
            money=one_year(60.56, fiscal, 12),
            end=mk("46022", "X104", "warning", note="文本单元格里的日期序列号，即2025-12-31"),
            goals=["建设尾水生态塘2座共30亩，种植沉水植物和挺水植物，"
                   "净化罗非鱼、鳜鱼混养区池塘900亩尾水。"])  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "尾水生态塘建设数量", "≥2座"),
        (None, None, "生态塘建设面积",
         mk("≥20亩", "D104", "warning", row=True, note="年度目标写2座共30亩")),
        (None, None, "尾水净化覆盖池塘面积", "≥900亩"),
        (None, "质量指标", "水生植物成活率", "≥85%"),
        (None, "时效指标", "生态塘建成时间", "2025年10月31日前"),
        (None, "成本指标", "生态塘每亩建设成本", "≤1.8万元/亩"),
        ("效益指标", "生态效益指标", "尾水氨氮去除率", "≥35%"),
        (None, "可持续影响指标", "生态塘管护年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "混养区养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "伍泊舟", "0736-5868841", day(2024, 11, 29))
    return b
