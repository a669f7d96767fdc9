"""Department returns of paddy service units: money blocks, flat lists, template rows, notes and
page breaks (db07–db12)."""

from __future__ import annotations

from tests.variants.holdout564.common import (
    HEAD4,
    book,
    department,
    filled,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout564.registry import variant
from tests.variants.kit import Book, mk, pct

DB07_TASKS = [
    ("稻虾共作示范片建设", "新建改造示范片2000亩", 200, "示范片亩均综合收益3000元以上"),
    ("虾稻品牌培育", "品牌宣传、展会推介", 90, "虾稻区域品牌认知度提升"),
    ("尾水监测与技术服务", "养殖尾水监测、技术指导", 60, "尾水达标排放"),
    ("金额合计", None, 350, None),
]  # fmt: skip
DB07_OUTPUT = [
    ("产出指标", "数量指标", "新建改造稻虾示范片面积", "≥2000亩"),
    (None, None, "开展种养技术培训", "≥12期"),
    (None, "质量指标", "虾稻产品抽检合格率", "≥98%"),
    (None, "时效指标", "示范片建设完成时间", "2025年10月31日前"),
    ("成本指标", "经济成本指标", "示范片改造亩均补助", "≤1000元/亩"),
    (None, "生态环境成本指标", "养殖尾水超标排放", "0次"),
]  # fmt: skip
DB07_EFFECT = [
    ("效益指标", "经济效益指标", "示范片亩均综合收益", "≥3000元"),
    (None, "社会效益指标", "带动种养户增收", "≥150户"),
    (None, "生态效益指标", "示范片化肥使用量下降率", "≥10%"),
    (None, "可持续影响指标", "稻虾共作技术服务机制", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
]  # fmt: skip


@variant("db07-crayfish-department-money", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a 说明 row inside the table, "
         "footnote and signature lines below (correct)")  # fmt: skip
def db07() -> Book:
    b, s = book()
    department(s, 2025, "芷汀县稻虾产业发展中心", [wan(520), wan(480), wan(40), wan(170),
               wan(350)], "建成稻虾共作示范片2000亩，培育虾稻区域品牌，养殖尾水达标排放。",
               DB07_TASKS)  # fmt: skip
    indicators(s, HEAD4, DB07_OUTPUT)
    note(s, "说明：以下为效益类和满意度指标，按年度考核。", 4)
    s.table(DB07_EFFECT, merged=(1, 2))
    note(s, "注：1.示范片改造补助按验收面积据实结算，2000亩×1000元/亩=200万元；"
            "2.本表金额单位为万元。", 4)  # fmt: skip
    sign(s, "祁雨蒙", "0736-5819034", filled(2024, 11, 20))
    return b


DB08_TASKS = [
    ("稻鱼共作基地提升", "基地田间工程改造", 150, "提升基地3000亩"),
    ("鱼种繁育补助", "稻田鱼种繁育补助", 120, "繁育稻田鱼种80万尾"),
    ("稻渔技术推广", "培训、观摩、技术指导", 100, "培训种养户600人次"),
    ("金额合计", None, mk(380, "B102", "error", note="150+120+100=370, not 380"), None),
]  # fmt: skip
DB08_ROWS = [
    ("产出指标", "数量指标", "稻鱼共作基地提升面积", "≥3000亩"),
    (None, None, "繁育稻田鱼种", "≥80万尾"),
    (None, None, "培训种养户", "≥600人次"),
    (None, "质量指标", "鱼种检疫合格率", "≥98%"),
    (None, "时效指标", "鱼种投放完成时间", "6月30日前"),
    ("成本指标", "经济成本指标", "基地提升亩均补助", "≤450元/亩"),
    ("效益指标", "经济效益指标", "基地亩均增收", "≥700元"),
    (None, "社会效益指标", "带动农户发展稻渔种养", "≥200户"),
    (None, "生态效益指标", "稻田农药使用量下降率", "≥15%"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度",
     mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% is meant")),
]  # fmt: skip


@variant("db08-fish-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding up to "
         "金额合计, = on a satisfaction rate")  # fmt: skip
def db08() -> Book:
    b, s = book()
    total = mk(wan(600), "B101", "error", row=True, note="210+380=590, not 600")
    department(s, 2025, "沅湄县稻渔综合种养服务中心", [total, wan(550), wan(50), wan(210),
               wan(380)], "提升稻鱼共作基地3000亩，繁育稻田鱼种80万尾，培训种养户600人次。",
               DB08_TASKS)  # fmt: skip
    indicators(s, HEAD4, DB08_ROWS)
    sign(s, "韦知秋", "0736-6142085", filled(2024, 11, 28))
    return b


DB09_ROWS = [
    ("稻虾共作技术指导面积", 20, "亩", "≥", 8000),
    ("虾稻种养户培训", 15, "人次", "≥", 600),
    ("小龙虾苗种检疫合格率", 15, "%", "≥", pct(0.98)),
    ("虾病测报及时率", 10, "%", "≥", pct(0.95)),
    ("每亩技术服务成本", 10, "元/亩", "≤", 50),
    ("稻田化肥施用量下降率", 10, "%", "≥", pct(0.08)),
    ("水产品质量安全事件", 10, "起", "=", 0),
    ("服务对象满意度", 10, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant("db09-crayfish-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, weights adding to 100 (correct)")  # fmt: skip
def db09() -> Book:
    b, s = book(widths=(30, 10, 12, 12, 14, 14))
    department(s, 2025, "芷汀县水产技术推广站", [wan(310), wan(290), wan(20), wan(130), wan(180)],
               "完成稻虾共作技术指导8000亩，培训种养户600人次，病害测报及时准确。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(DB09_ROWS)
    s.row("合计", 100)
    sign(s, "邬晓禾", "0736-5821473", filled(2024, 11, 15))
    return b


DB10_ROWS = [
    ("稻鱼共作推广面积", "≥5000", "亩", "正向", 20),
    ("投放鱼苗数量", mk("≥60万元", "T112", "error", alt=("T119",),
                        note="万元 in the value, 万尾 in the unit column"), "万尾", "正向", 15),
    ("鱼种成活率", "≥85%", "%", "正向", 15),
    ("鱼病发生率", mk("≥3%", "T108", "warning", row=True, note="≥ on a 反向 rate"),
     "%", "反向", 10),
    ("田间工程亩均补助", "≤600", "元/亩", "反向", 10),
    ("稻田农药使用量下降率", "≥15%", "%", "正向", 15),
    ("种养户满意度", "≥90%", "%", "正向", 10),
]  # fmt: skip


@variant("db10-fish-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as direction · 权重): "
         "a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def db10() -> Book:
    b, s = book(widths=(30, 14, 12, 12, 10, 14))
    department(s, 2025, "沅湄县水产技术推广站", [wan(520), wan(470), wan(50), wan(160), wan(360)],
               "推广稻鱼共作5000亩，投放鱼苗60万尾，鱼病发生率控制在3%以内。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table(DB10_ROWS)
    b.file_mark("W101", "error", note="20+15+15+10+10+15+10 = 95, not 100")
    return b


DB11_ROWS = [
    ("产出指标", "数量指标", "稻虾田环沟改造", "≥800亩"),
    (None, None, "虾苗投放量", "≥12吨"),
    (None, "质量指标", "环沟工程验收合格率", "≥95%"),
    (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")),
    ("成本指标", "经济成本指标", "环沟改造亩均补助", "≤1500元/亩"),
    ("效益指标", "经济效益指标",
     mk("　", "F110", "error", note="a value without a name (full-width space)"), "≥2500元"),
    (None, "社会效益指标", "带动农户参与稻虾种养", "≥50户"),
    (None, "生态效益指标", "稻田农药使用量下降率", "≥10%"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
]  # fmt: skip


@variant("db11-crayfish-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value whose "
         "name is a full-width space")  # fmt: skip
def db11() -> Book:
    b, s = book()
    project(s, 2025, "芦汀村稻虾田环沟改造", "芷汀县稻虾产业发展中心",
            one_year(wan(160), wan(140), wan(20)),
            ["改造稻虾田环沟800亩，投放虾苗12吨，带动农户50户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), DB11_ROWS)
    return b


DB12_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重")
DB12_OUTPUT = [
    ("产出指标", "数量指标", "稻渔综合种养技术服务面积", "≥6000", "亩", 15),
    (None, None, "稻渔种养现场培训", "≥20", "场", 15),
    (None, "质量指标", "技术服务到户率", "≥95%", "%", 10),
]  # fmt: skip
DB12_REST = [
    ("成本指标", "经济成本指标", "亩均技术服务费", "≤200", "元/亩", 10),
    ("效益指标", "经济效益指标", "服务区亩均增收", "≥600", "元", 15),
    (None, "社会效益指标", "带动农户发展稻渔种养", "≥300", "户", 10),
    (None, "生态效益指标", "服务区农药使用量下降率", "≥10%", "%", 10),
    (None, "可持续影响指标", "稻渔种养技术服务档案", "健全", None, 5),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "%", 10),
]  # fmt: skip


@variant("db12-fish-page-break-notes", (4, 7),
         "department, NAT-2021, unit and weight columns: subtotal rows, the header repeated "
         "after a page break, 注 and 填表说明 rows, a total row (correct)")  # fmt: skip
def db12() -> Book:
    b, s = book()
    department(s, 2025, "沅湄县稻渔技术服务站", [wan(430), wan(400), wan(30), wan(150), wan(280)],
               "完成稻渔综合种养技术服务6000亩，开展现场培训20场，带动农户300户。")  # fmt: skip
    indicators(s, DB12_HEAD, DB12_OUTPUT)
    s.row("小计", None, None, None, None, 40)
    s.skip()
    s.row(*DB12_HEAD)
    s.table(DB12_REST, merged=(1, 2))
    s.row("小计", None, None, None, None, 60)
    s.row("合计", None, None, None, None, 100)
    note(s, "注：权重合计100分；“小计”行为其上各指标权重之和，不另计分。")
    note(s, "填表说明：指标值为数值的，计量单位填在“计量单位”列。")
    sign(s, "蔺春波", "0736-6150327", filled(2024, 12, 2))
    return b
