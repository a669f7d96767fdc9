"""A township emergency-rescue team (乡镇应急救援队): kdl13–kdl18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout782.common import header, indicators, lines, notes, signature, start
from tests.variants.holdout782.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "汶岭县应急管理局（编码 318021）"
TOWN = "汶岭县棠溪乡人民政府"


@variant("kdl13-rescue-team", (4,),
         "project, OLD-NAT, one value column, a 说明 row inside the table, a footnote explaining a "
         "total, signature and a date in the year before (correct)")  # fmt: skip
def kdl13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="棠溪乡应急救援队伍建设", dept=DEPT, unit=TOWN,
                 money=[("年度资金总额", money(60, WAN), "其中：财政拨款", money(55, WAN)),
                        ("其他资金", money(5, WAN), None, None)],
                 goals=["建成救援队员40人（专职12人、兼职28人）的乡级救援队，全年开展训练演练"
                        "12次，接警后30分钟内到达乡域现场。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "救援队员人数", "≥40人"),
        (None, None, "训练演练次数", "≥12次"),
        (None, "质量指标", "队员岗前培训合格率", "≥95%"),
        (None, "时效指标", "乡域内接警到场时间", "≤30分钟"),
        (None, "成本指标", "专职队员补贴标准", "≤0.9万元/人·年"),
        (None, None, "兼职队员补贴标准", "≤0.3万元/人·年"),
        ("说明：队员人数含专职12人、兼职28人。", "", None, None),
        ("效益指标", "社会效益指标", "乡域突发事件先期处置率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "资金测算", [
        ("救援装备购置", money(30, WAN), "破拆、照明、水域救援装备"),
        ("队员补贴", money(19.2, WAN), "专职12人 × 0.9万元 + 兼职28人 × 0.3万元"),
        ("训练演练", money(10.8, WAN), "12次 × 0.9万元"),
        ("合计", money(60, WAN), ""),
    ])  # fmt: skip
    notes(s, "注：合计60万元含乡财政自筹5万元（其他资金）。")
    signature(s, "韦成林", "0739-5530218", (2024, 11, 18))
    return b


@variant("kdl14-rescue-cost", (12, 1),
         "project, OLD-NAT, operator and unit columns, typed percents: a typed 105% on a capped "
         "rate, a kit cost × count above the whole money")  # fmt: skip
def kdl14() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="石埠镇应急救援队装备更新",
        dept=DEPT,
        unit="汶岭县石埠镇人民政府",
        money=[("年度资金总额", money(30, WAN), "其中：财政拨款", money(30, WAN))],
        goals=["为镇救援队更新个人防护装备30套、便携式排水泵4台。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    over = mk(pct(1.05), "T106", "error", row=True, note="完好率上限100%，单元格显示105%")
    kit = mk(1.2, "B107", "warning", row=True,
             note="1.2万元/套 × 30套 = 36万元，超过年度资金30万元")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "个人防护装备更新数量", "≥", 30, "套"),
        (None, None, "便携式排水泵配置数量", "≥", 4, "台"),
        (None, "质量指标", "装备完好率", "≥", over, "%"),
        (None, "时效指标", "装备配发完成时间", "≤", "6月30日", "—"),
        (None, "成本指标", "个人防护装备单套采购成本", "≤", kit, "万元/套"),
        ("效益指标", "社会效益指标", "镇域救援任务装备保障率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "救援队员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kdl15-rescue-budget-export", (12, 4),
         "budget-system export: money lines with codes on 部门项目支出预算05-1, the "
         "indicator table with codes in the first columns and its header on the third row "
         "of 部门项目支出绩效目标05-2 (correct)")  # fmt: skip
def kdl15() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 16, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "经济分类", "合计", "财政拨款", "其他资金")
    code = "43112525R0000071"
    s.row(code, "乡镇应急救援队伍训练保障", "30216 培训费", money(14), money(14), money(0))
    s.row(code, "乡镇应急救援队伍训练保障", "31002 办公设备购置", money(22), money(20), money(2))
    s.row(code, "乡镇应急救援队伍训练保障", "30229 福利费", money(8), money(8), money(0))
    s.row("合计", None, None, money(44), money(42), money(2))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：汶岭县应急管理局")
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, "乡镇应急救援队伍训练保障", "产出指标", "数量指标", "参训乡镇救援队数量", "≥9支"),
        (None, None, None, None, "集中轮训人数", "≥180人"),
        (None, None, None, "质量指标", "轮训考核合格率", "≥95%"),
        (None, None, None, "时效指标", "轮训完成时间", "≤10月31日"),
        (None, None, None, "成本指标", "人均轮训成本", "≤700元/人"),
        (None, None, "效益指标", "社会效益指标", "乡镇救援队先期处置能力达标率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kdl16-rescue-multiyear-copy", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the annual goal copied from the "
         "period goal, a cumulative station count copied, the goal's trainee count differing "
         "from the period indicator")  # fmt: skip
def kdl16() -> Book:
    b, s = start()
    text = "两年建成标准化乡镇救援站8个，培训救援队员160人，配齐水域和山地救援装备。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=2, name="乡镇应急救援站标准化建设", dept=DEPT, unit=TOWN,
                 attr="新增项目",
                 money=[("中期资金总额", money(240, WAN), "年度资金总额", money(130, WAN)),
                        ("其中：财政拨款", money(220, WAN), "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(20, WAN), "其他资金", money(10, WAN))],
                 goals=[text, copied])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    stations = mk("≥8个", "D202", "warning", note="累计站数，年度照抄两年的8个")
    trained = mk("≥120人", "D104", "warning", row=True,
                 note="中期目标写培训160人，中期指标只有120人")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "标准化救援站建成数量", "≥8个", stations),
        (None, None, "救援队员培训人数", trained, "≥80人"),
        (None, "质量指标", "救援站建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "救援站建成时间", "≤2026年10月31日", "≤12月31日"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤15万元", "≤15万元"),
        ("效益指标", "社会效益指标", "乡镇救援力量覆盖率", "≥95%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdl17-rescue-page-break", (4, 13),
         "department, OLD-NAT, weight column: a unit-code row, the header repeated after a page "
         "break, subtotal rows and a total row, weights adding to 100 (correct)")  # fmt: skip
def kdl17() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="汶岭县应急救援指导中心", budget=[
        (money(210), money(200), money(10), money(150), money(60))],
        tasks=[("乡镇救援队伍指导", "9支乡镇救援队训练指导与考核", money(36), "考核9支"),
               ("应急演练组织", "防汛、危化、森林火灾综合演练", money(24), "演练6次"),
               ("金额合计", None, money(60), None)],
        goal="指导9支乡镇救援队全部达标，组织综合演练6次，救援响应更快。")  # fmt: skip
    s.row("单位编码：318021004", None, None, "金额单位：万元")
    heads = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    header(s, *heads)
    indicators(s, [
        ("产出指标", "数量指标", "指导考核乡镇救援队数量", "≥9支", 10),
        (None, None, "综合应急演练次数", "≥6次", 10),
        (None, "质量指标", "乡镇救援队考核达标率", "≥90%", 10),
        (None, "时效指标", "年度考核完成时间", "≤11月30日", 10),
        (None, "成本指标", "单次综合演练成本", "≤4万元", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    header(s, *heads)
    indicators(s, [
        ("效益指标", "社会效益指标", "接警后平均到场时间缩短", "≥5分钟", 10),
        (None, None, "乡镇救援队先期处置成功率", "≥85%", 10),
        (None, "可持续影响指标", "乡镇救援队考核长效机制", "建立并执行", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    indicators(s, [
        ("满意度指标", "服务对象满意度指标", "乡镇救援队满意度", "≥90%", 10),
        (None, None, "辖区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "黎雪峰", "0739-5523497", (2024, 11, 20))
    return b


@variant("kdl18-rescue-template-leftovers", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the template's example row still in the table")  # fmt: skip
def kdl18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="云渡乡应急救援队训练演练",
        dept=DEPT,
        unit="汶岭县云渡乡人民政府",
        money=[("年度资金总额", money(15, WAN), "其中：财政拨款", money(15, WAN))],
        goals=["全年开展救援队训练10次、防汛实战演练2次，队员考核合格率不低于95%。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    empty = mk("生态环境成本指标", "F109", "warning", row=True, note="模板留下的二级指标，未填")
    noname = mk(None, "F110", "error", note="有指标值≥95%，三级指标名称为空")
    sample = mk("≥XX人次", "X101", "error", row=True,
                note="模板示例行（示例：培训人次 ≥XX人次）未删除")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "队伍训练次数", "≥10次"),
        (None, None, "防汛实战演练次数", "≥2次"),
        (None, None, "（示例）培训人次", sample),
        (None, "质量指标", noname, "≥95%"),
        (None, "时效指标", "年度训练完成时间", "≤11月30日"),
        ("成本指标", "经济成本指标", "单次训练成本", "≤1万元"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", "队员实战处置能力提升", "显著"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
