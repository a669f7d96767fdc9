"""Returns on bamboo processing (竹加工): primary processing points, bamboo fibre, charcoal,
furniture and crafts, flooring plants and the processing park."""

from __future__ import annotations

from tests.variants.holdout359.common import (
    TIERS,
    annual_money,
    department,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout359.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ve13-processing-headers", (7, 4), "project, OLD-NAT, headers 考核指标 · 目标值（年度） "
         "· 评价标准, a 注 row inside the table, 填表说明 and a signature dated the year before "
         "(correct)")  # fmt: skip
def processing_headers() -> Book:
    b, s = project(
        year=2025, name="栖筠县竹材初加工点标准化改造项目", dept="栖筠县经济和信息化局（415003）",
        unit="栖筠县竹产业发展中心", money=annual_money(210, 180, 30),
        goals=["改造竹材初加工点，配齐粉尘收集设施，提高竹材利用率。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    s.table([
        ("产出指标", "数量指标", "竹材初加工点标准化改造数量", "≥30家", "每少1家扣0.5分"),
        (None, None, "粉尘收集设施安装套数", "≥30套", "每少1套扣0.5分"),
        (None, "质量指标", "改造验收合格率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "改造任务完成时限", "2025年10月31日前", "逾期不得分"),
        (None, "成本指标", "单个加工点改造补助", "≤5万元/家", "超出标准不得分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：改造补助按验收合格的加工点数量据实结算。", width=5)
    s.table([
        ("效益指标", "经济效益指标", "改造加工点竹材利用率", "≥85%", "每低1个百分点扣1分"),
        (None, "生态效益指标", "加工点粉尘排放浓度", "≤10毫克/立方米", "超标不得分"),
        (None, "社会效益指标", "加工点安全生产事故发生次数", "0起", "发生1起不得分"),
        (None, "可持续影响指标", "加工点标准化管理制度", "健全", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "加工点业主满意度", "≥90%", "每低1个百分点扣1分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值应细化量化；2.评价标准用于年终自评打分。", width=5)
    signature(s, "蓝篁生", "0564-7833582", day(2024, 12, 6))
    return b


@variant("ve14-processing-second-sheet", (7, 9), "project: head on a first sheet, the "
         "indicator table on a second sheet under header 预期实现值; a money cell with its "
         "number split by a space, one rate given as a count")  # fmt: skip
def processing_second_sheet() -> Book:
    total = mk("416.725 0", "X105", "warning", alt=("X103",),
               note="split by a space, read as 416.7250 = 360.725 + 56")  # fmt: skip
    b, _ = project(
        sheet="项目基本信息", year=2025, name="碧筱市竹纤维新材料中试平台项目",
        dept="碧筱市科学技术局（309004）", unit="碧筱市竹材加工产业园管理委员会",
        money=annual_money(total, money(360.725, '0.000"万元"'), 56),
        goals=["建成竹纤维新材料中试平台，服务园区竹加工企业开发新产品。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", widths=(14, 16, 30, 20))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "竹纤维中试生产线建设", "≥1条"),
        (None, None, "竹纤维新产品中试品种", "≥5个"),
        (None, "质量指标", "中试产品检测达标率",
         mk("4个", "T105", "error", note="a 达标率 given as a count")),
        (None, "时效指标", "中试平台建成时限", "2025年11月30日前"),
        (None, "成本指标", "中试设备购置费用", "≤280万元"),
        ("效益指标", "经济效益指标", "带动竹纤维企业新增产值", "≥1500万元"),
        (None, "社会效益指标", "服务竹加工企业数量", "≥20家"),
        (None, "可持续影响指标", "中试平台开放共享机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ve15-processing-export", (4, 7), "budget-system export: sheets 部门项目支出预算05-1 "
         "and 部门项目支出绩效目标05-2, codes in the first columns, header on the third row, "
         "a 小计 row, a header row repeated after a page break (correct)")  # fmt: skip
def processing_export() -> Book:
    code, name = "52118025000031", "竹炭竹醋液精深加工示范项目"
    b = Book()
    s = b.sheet("部门项目支出预算05-1", widths=(18, 26, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：碧筱市竹产业发展中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "设备购置", 120, 120, 0)
    s.row(code, name, "厂房改造", 35, 20, 15)
    s.row(code, name, "技术服务", 20, 10, 10)
    s.row(None, None, "小计", 175, 150, 25)
    s.row("合计", None, None, 175, 150, 25)
    t = b.sheet("部门项目支出绩效目标05-2", widths=(18, 26, 12, 14, 26, 8, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：碧筱市竹产业发展中心")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符", "指标值",
            "计量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "竹炭精深加工示范生产线", "≥", 2, "条"),
        ("产出指标", "数量指标", "竹醋液提纯设备", "≥", 6, "台"),
        ("产出指标", "质量指标", "竹炭产品质量抽检合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "示范生产线投产时限", "≤", day(2025, 10, 31, CN_DATE), None),
        ("产出指标", "成本指标", "示范生产线设备购置单价", "≤", 60, "万元/条"),
        ("效益指标", "经济效益指标", "竹炭产品附加值提升幅度", "≥", 20, "%"),
        ("效益指标", "生态效益指标", "竹加工剩余物综合利用率", "≥", 90, "%"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥", 80, "人"),
        ("效益指标", "可持续影响指标", "示范技术推广企业数", "≥", 5, "家"),
        ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥", 90, "%"),
    ]  # fmt: skip
    t.row(*head)
    for line in rows[:5]:
        t.row(code, name, *line)
    t.skip()
    t.row(*head)
    for line in rows[5:]:
        t.row(code, name, *line)
    return b


@variant("ve16-processing-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a "
         "tier-2 label left from the template with no indicator, a value with no indicator "
         "name")  # fmt: skip
def processing_template_rows() -> Book:
    b, s = project(
        year=2025, name="栖筠县竹家具竹工艺品产业提升项目", dept="栖筠县经济和信息化局（415003）",
        unit="栖筠县竹编工艺协会", money=annual_money(130, 100, 30),
        goals=["开发竹家具新产品，开展竹编技艺培训，扩大竹工艺品销售。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "竹家具新产品开发款式", "≥20款"),
        (None, None, "竹编工艺培训人数", "≥150人"),
        (None, "质量指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, "时效指标", "培训任务完成时限", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "竹编培训人均补助", "≤1200元/人"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("效益指标", "经济效益指标", "竹家具企业新增销售收入", "≥800万元"),
        (None, "社会效益指标", "带动竹编从业人员就业", "≥120人"),
        (None, "可持续影响指标", "竹编非遗技艺传承", "有效"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蓝篁生", "0564-7833582", day(2024, 11, 26))
    return b


@variant("ve17-processing-notes-defect", (4, 9, 11), "project, OLD-NAT, operator column: a 说明 "
         "row between tiers, footnotes and a signature line; the 计划完成日期 stored as a serial "
         "in a text cell, a 反向 energy-consumption indicator with ≥")  # fmt: skip
def processing_notes_defect() -> Book:
    serial = mk("46022", "X104", "warning", note="a date serial (2025-12-31) stored as text")
    b, s = project(
        year=2025, name="碧筱市竹地板竹集成材产业园节能改造项目",
        dept="碧筱市发展和改革委员会（301007）", unit="碧筱市竹材加工产业园管理委员会",
        money=annual_money(260, 220, 40), start=day(2025, 3, 1), end=serial,
        goals=["对园区竹地板、竹集成材生产线实施节能改造，降低单位产品能耗。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "节能改造生产线", "≥", 8, "条"),
        (None, None, "更换高效节能干燥设备", "≥", 16, "台"),
        (None, "质量指标", "节能改造验收合格率", "≥", 95, "%"),
        (None, "时效指标", "改造工期", "≤", 8, "月"),
    ])  # fmt: skip
    notes(s, "说明：节能改造生产线以竹地板、竹集成材热压线为主。")
    s.table([
        (None, "成本指标", "单条生产线改造补助", "≤", 25, "万元/条"),
        ("效益指标", "生态效益指标", "单位产品综合能耗",
         mk("≥", "T108", "warning", row=True, note="a consumption per unit is 反向: ≤ meant"),
         0.12, "吨标准煤/立方米"),
        (None, "社会效益指标", "带动园区企业就业", "≥", 200, "人"),
        (None, "可持续影响指标", "企业能源计量管理制度", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.能耗以吨标准煤计；2.本表金额单位为万元。")
    signature(s, "柏筱川", "0569-3342817", day(2024, 12, 10))
    return b


@variant("ve18-processing-department-money", (12,), "department, NAT-2021: budget split both "
         "ways, key tasks adding to 金额合计 (= 项目支出), a footnote explaining the total, a "
         "cost standard × count equal to its task money (correct)")  # fmt: skip
def processing_department_money() -> Book:
    b, s = department(
        year=2025, dept="碧筱市竹材加工产业园管理委员会",
        budget=[(wan(640), wan(590), wan(50), wan(240), wan(400))],
        tasks=[("园区公共服务", "为入园竹加工企业提供公共服务", wan(150), "服务企业60家"),
               ("竹制品质量检测", "运行竹制品质量检测中心", wan(110), "检测样品1500批次"),
               ("竹产业招商与展会", "举办竹产业招商展会", wan(90), "举办展会2场"),
               ("竹加工企业技改奖补", "奖补竹加工企业技术改造", wan(50), "奖补企业5家"),
               ("金额合计", None, wan(400), None)],
        goal="做好园区公共服务和竹制品质量检测，推动竹加工企业技术改造。",
    )  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "园区公共服务企业数", "≥60家"),
        (None, None, "竹制品质量检测样品", "≥1500批次"),
        (None, None, "举办竹产业招商展会", "≥2场"),
        (None, None, "奖补竹加工企业技改项目", "≥5家"),
        (None, "质量指标", "检测报告准确率", "≥99%"),
        (None, "时效指标", "检测报告出具时间", "≤7个工作日"),
        ("成本指标", "经济成本指标", "技改奖补单个企业上限", "≤10万元/家"),
        ("效益指标", "经济效益指标", "园区竹加工产值增长率", "≥8%"),
        (None, "社会效益指标", "园区新增就业岗位", "≥300个"),
        (None, "生态效益指标", "园区竹加工剩余物利用率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，不含基本支出。")
    signature(s, "柏筱川", "0569-3342817", day(2024, 11, 20))
    return b
