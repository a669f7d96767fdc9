"""Returns fd07–fd12: 楠木 (nanmu, 桢楠 and 闽楠) nurseries, seed stands and a germplasm bank of
石桥县."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout618.common import book, indicators, note, one_year, wan
from tests.variants.holdout618.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok

DEPT = "石桥县林业局（428）"
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("fd07-large-stock-leftover", (6, 7),
         "project, OLD-NAT, headers 考核指标 and 绩效目标值, operator and unit columns: plan "
         "dates of last year, a template example row, "
         "a unit cost × count above the money")  # fmt: skip
def fd07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="闽楠大规格苗木培育项目", dept=DEPT,
                 unit="石桥县国有苗圃", money=one_year(wan(200), wan(170), wan(30)),
                 start=day(2024, 1, 1), end=day(2024, 12, 31),
                 goals=["2025年培育闽楠大规格苗木8万株，苗木合格率不低于92%，"
                        "供应城区及乡村绿化用苗。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题和年度目标为2025年，计划起止日期仍是2024年（上一年的日期）")  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "闽楠大规格苗木培育数量", "≥", 8, "万株"),
        (None, "质量指标", "苗木合格率", "≥", 92, "%"),
        (None, None, "（示例）苗木成活率", "≥",
         mk("XX", "X101", "error", row=True, note="模板的示例行没有删除"), "%"),
        (None, "时效指标", "苗木出圃完成时间", "≤", "2025年12月31日", None),
        (None, "成本指标", "大规格苗木单株培育成本", "≤",
         mk(30, "B107", "warning", row=True, note="8万株 × 30元 = 240万元，超过资金200万元"),
         "元/株"),
        ("效益指标", "生态效益指标", "可供绿化道路里程", "≥", 40, "公里"),
        (None, "社会效益指标", "带动苗圃务工人数", "≥", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "绿化用苗单位满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("fd08-two-row-header-words", (7, 11),
         "project, OLD-NAT, two-row header, operators in words in their own column, unit column, "
         "a 损耗下降率 with 大于等于, a cost within its money (correct)")  # fmt: skip
def fd08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桢楠容器苗培育项目", dept=DEPT,
                 unit="石桥县国有苗圃", money=one_year(wan(200), wan(160), wan(40)),
                 goals=["培育桢楠容器苗30万株，苗木合格率95%以上，年内完成出圃供造林，"
                        "苗木损耗率比上年下降10%以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "桢楠容器苗培育数量", "大于等于", 30, "万株"),
        (None, "质量指标", "苗木合格率", "大于等于", 95, "%"),
        (None, None, "苗木损耗下降率", "大于等于", 10, "%"),
        (None, "时效指标", "苗木出圃完成时间", "小于等于", day(2025, 12, 31, CN_DATE), None),
        (None, "成本指标", "容器苗单株培育成本", "小于等于", 6, "元/株"),
        ("效益指标", "生态效益指标", "可供营造楠木林面积", "大于等于", 3000, "亩"),
        (None, "社会效益指标", "带动育苗务工人数", "大于等于", 40, "人"),
        (None, "可持续影响指标", "苗圃基础设施使用年限", "大于等于", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "造林单位满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：可供营造面积按每亩100株计；损耗下降率为损耗率比上年降低的幅度。")
    return b


@variant("fd09-stacked-seed-stand", (2, 12),
         "two projects stacked, OLD-NAT, header 预期实现值: the second project's money does not "
         "add up and its goal's area differs from the indicator")  # fmt: skip
def fd09() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    project_head(s, year=2025, name="楠木母树林保护项目", dept=DEPT, unit="石桥县良种场",
                 money=one_year(wan(40), wan(40), wan(0)),
                 goals=["管护桢楠母树林300亩，采收良种种子500公斤以上。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "母树林管护面积", "≥300亩"),
        (None, None, "良种种子采收量", "≥500公斤"),
        (None, "质量指标", "母树保存率", "≥98%"),
        (None, "时效指标", "采种完成时间", "2025年11月30日前"),
        (None, "成本指标", "亩均管护成本", "≤1200元/亩"),
        ("效益指标", "生态效益指标", "母树林病虫害成灾率", "≤3‰"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="楠木大径材培育基地建设项目", dept=DEPT, title="",
                 unit="石桥县良种场", attr="新增项目",
                 money=one_year(mk(wan(90), "B101", "error", row=True, alt=("B102",),
                                   note="财政拨款60 + 其他资金20 = 80 ≠ 90"),
                                wan(60), wan(20)),
                 goals=["新建桢楠大径材培育基地50亩，栽植楠木容器大苗5000株。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "大径材培育基地建设面积",
         mk("≥30亩", "D104", "warning", row=True, note="年度目标写新建基地50亩")),
        (None, None, "楠木容器大苗栽植株数", "≥5000株"),
        (None, "质量指标", "造林成活率", "≥90%"),
        (None, "时效指标", "栽植完成时间", "2025年4月30日前"),
        (None, "成本指标", "单株栽植成本", "≤120元/株"),
        ("效益指标", "可持续影响指标", "大径材目标树保留年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("fd10-points-two-levels", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, a "
         "rate raised in 百分点, a unit cost × area equal to the money (correct)")  # fmt: skip
def fd10() -> Book:
    b, s = book("绩效目标", (14, 8, 18, 28, 20, 8))
    project_head(s, year=2025, name="楠木母树林提质改培项目", dept=DEPT,
                 unit="石桥县良种场", money=one_year(wan(80), wan(80), wan(0)),
                 goals=["完成楠木母树林提质改培500亩，母树结实株率提高5个百分点以上，"
                        "年产良种种子800公斤以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "母树林亩均改培成本", "≤1600元/亩", 10),
        ("产出指标", 50, "数量指标", "改培母树林面积", "≥500亩", 20),
        (None, None, "质量指标", "母树结实株率", "提高≥5百分点", 15),
        (None, None, "时效指标", "改培作业完成时间", "2025年11月30日前", 15),
        ("效益指标", 30, "经济效益指标", "良种种子产量", "≥800公斤", 15),
        (None, None, "生态效益指标", "母树林保存率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种苗生产单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("fd11-points-duplicate", (10,),
         "project, NAT-2021, tier-1 score column: indicator scores under 产出 and 效益 not "
         "matching their tiers, one indicator repeated "
         "under another tier-2 with another value")  # fmt: skip
def fd11() -> Book:
    b, s = book("绩效目标", (14, 8, 18, 28, 20, 8))
    project_head(s, year=2025, name="楠木珍贵用材林抚育项目", dept=DEPT,
                 unit="石桥县国有林场", money=one_year(wan(60), wan(60), wan(0)),
                 goals=["抚育楠木珍贵用材林1000亩，开展修枝、割灌和病虫害监测。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="其下分值15 + 10 + 10 + 10 = 45"),
         "数量指标", "抚育面积", "≥1000亩", 15),
        (None, None, None, "病虫害监测点数", "≥10个", 10),
        (None, None, "质量指标", "抚育作业合格率", "≥95%", 10),
        (None, None, "时效指标", "抚育完成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "亩均抚育成本", "≤550元/亩", 10),
        ("效益指标", mk(30, "W103", "error", note="其下分值15 + 10 + 10 = 35"),
         "生态效益指标", "林分保存率", "≥95%", 15),
        (None, None, "经济效益指标", "林分年蓄积生长量", "≥0.8立方米/亩", 10),
        (None, None, "可持续影响指标", ok("抚育作业合格率", "warning",
                                          note="放错二级指标，重复已另标"),
         mk("≥90%", "D102", "error", row=True, alt=("D101", "D103"),
            note="与质量指标下的同名指标重复，指标值不同（95% / 90%）"), 10),
        ("满意度指标", 10, "服务对象满意度指标", "林农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("fd12-export-second-sheet", (7, 12),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 under a "
         "title and unit line, project code and "
         "name repeated in the first columns (correct)")  # fmt: skip
def fd12() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 24, 20, 16, 16, 16))
    code, name = "521428250000000317", "楠木种质资源库建设"
    s.title("2025年部门项目支出预算表", 4)
    s.row("单位：石桥县国有林场", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出内容", "金额")
    for what, amount in (("种质资源收集", 90), ("库区管护", 70), ("设施维修", 100)):
        s.row(code, name, what, wan(amount))
    s.row("合计", None, None, wan(260))
    s.row("其中：财政拨款", None, None, wan(220))
    s.row("其他资金", None, None, wan(40))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 20, 30, 12, 14, 24, 18))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：石桥县国有林场")
    goal = "收集保存楠木属种质资源60份，新建种质资源库20亩。"
    t.row("项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")
    for i, line in enumerate([
        ("产出指标", "数量指标", "种质资源收集份数", "≥60份"),
        ("产出指标", "数量指标", "种质资源库新建面积", "≥20亩"),
        ("产出指标", "质量指标", "入库种质成活率", "≥90%"),
        ("产出指标", "时效指标", "入库完成时间", "2025年12月31日前"),
        ("产出指标", "成本指标", "单份种质收集成本", "≤1.5万元/份"),
        ("效益指标", "可持续影响指标", "种质资源保存年限", "≥20年"),
        ("效益指标", "社会效益指标", "提供育种材料单位数", "≥3家"),
        ("满意度指标", "服务对象满意度指标", "科研育种单位满意度", "≥90%"),
    ]):  # fmt: skip
        t.row(code, name, goal if i == 0 else None, *line)
    return b
