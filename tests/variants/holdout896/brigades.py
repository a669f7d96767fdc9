"""Fire brigades' returns: a department return with footnotes, stacked supply projects, a
training-facility project with points, a retrofit with notes, a depot with template rows left
empty and a regional transfer with marked labels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout896.common import HEAD, book, footnotes, indicators, one_year, sign, wan
from tests.variants.holdout896.registry import variant
from tests.variants.kit import Book, day, mk


@variant("khv13-brigade-department", (4, 12),
         "department, NAT-2021: budget and tasks adding up, a 下降率 with ≥, footnotes explaining "
         "a count and the 金额合计 (correct)")  # fmt: skip
def brigade_department() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="栎川县消防救援大队",
        budget=[(wan(2860), wan(2700), wan(160), wan(1900), wan(960))],
        tasks=[
            ("消防站运行保障", "3个消防站执勤、营房水电和物业", wan(420), "24小时执勤"),
            ("消防装备维护", "消防车辆26辆和器材维护保养", wan(300), "装备完好"),
            ("灭火救援训练", "全员实战化训练和跨区域拉动演练", wan(240), "训练全覆盖"),
            ("金额合计", None, wan(960), None),
        ],
        goal="保障3个消防站24小时执勤，维护保养消防车辆26辆，组织全员实战化训练，"
             "全年火警平均到场时间控制在8分钟以内。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "执勤消防站数量", "=3个"),
        (None, None, "维护保养消防车辆", "≥26辆"),
        (None, None, "组织实战化训练", "≥48次"),
        (None, "质量指标", "消防车辆完好率", "≥95%"),
        (None, "时效指标", "接警出动时间", "≤1分钟"),
        ("成本指标", "经济成本指标", "消防站运行保障经费", "≤420万元"),
        (None, None, "单车年维护成本", "≤11.5万元/辆"),
        ("效益指标", "社会效益指标", "火警平均到场时间", "≤8分钟"),
        (None, None, "火灾事故起数下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(
        s,
        "注：1. 执勤消防站3个，即城关站、鹤汀站、栎川特勤站。",
        "2. 金额合计960万元即项目支出，基本支出1900万元不列入年度主要任务。",
    )
    sign(s, 2025, "邝既明", "0736-5128830")
    return b


@variant("khv14-stacked-supplies", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its goal names last season's year and another hose count")  # fmt: skip
def stacked_supplies() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="苇塘区市政消火栓建设项目", dept="苇塘区应急管理局（508）",
        unit="苇塘区消防救援大队", money=one_year(150, 140, 10),
        goals=["新建市政消火栓120个，补齐老城区消防供水短板。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建市政消火栓", "≥120个"),
        (None, "质量指标", "消火栓验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "单个消火栓建设成本", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "老城区消防供水覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(300), "B101", "error", note="280 + 30 = 310")
    goal = mk(
        "完成2023年度消防器材采购计划：采购消防水带1200盘、分水器40个，补充辖区消防站器材缺口。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2023 left from an old plan",
    )
    project_head(
        s, year=2025, title="", name="苇塘区消防器材采购项目", dept="苇塘区应急管理局（508）",
        unit="苇塘区消防救援大队", money=one_year(total, 280, 30), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "消防水带采购数量",
         mk("≥1000盘", "D104", "warning", row=True, note="goal: 1200盘")),
        (None, None, "分水器采购数量", "≥40个"),
        (None, "质量指标", "器材验收合格率", "=100%"),
        (None, "时效指标", "器材配发时间", "2025年8月31日前"),
        (None, "成本指标", "消防水带采购单价", "≤0.15万元/盘"),
        ("效益指标", "社会效益指标", "消防站器材缺口补足率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "一线指战员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khv15-training-points", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator 分值 column: the 产出 indicators "
         "add to 45 under a declared 50, a satisfaction rate under 社会效益")  # fmt: skip
def training_points() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 18, 10))
    project_head(
        s, year=2025, name="枫岙县消防站训练设施建设项目", dept="枫岙县应急管理局（215）",
        unit="枫岙县消防救援大队", attr="新增项目", money=one_year(380, 360, 20),
        goals=["建设训练塔1座、烟热训练室1间，年内完成全县消防员轮训。"],
    )  # fmt: skip
    tier = mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 under a declared 50")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "训练塔建设数量", "=1座", 15),
        (None, None, None, "烟热训练室建设数量", "=1间", 10),
        (None, None, "质量指标", "训练设施验收合格率", "=100%", 10),
        (None, None, "时效指标", "设施投入使用时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "项目建设成本", "≤380万元", 10),
        ("效益指标", 30, "社会效益指标", "消防员轮训覆盖率", "≥95%", 10),
        (None, None, None, mk("受训消防员满意度", "F201", "warning", row=True,
                              note="a satisfaction rate under 社会效益指标"), "≥90%", 10),
        (None, None, "可持续影响指标", "训练设施设计使用年限", "≥20年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "驻训单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add to 95")
    return b


@variant("khv16-retrofit-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, 填表说明, a signature of the year before "
         "(correct)")  # fmt: skip
def retrofit_notes() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="石湄消防站执勤楼加固及车库改造项目", dept="澜渚市应急管理局（402）",
        unit="澜渚市消防救援支队石湄站", money=one_year(240, 220, 20),
        goals=["完成石湄消防站执勤楼抗震加固1栋（2100平方米）、车库改造6个车位，"
               "改造期间不间断执勤。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.row("（填写说明：三级指标可按项目实际增减，指标值须量化）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "执勤楼抗震加固面积", "≥2100平方米"),
        (None, None, "车库改造车位", "=6个"),
        (None, "质量指标", "加固工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "单位面积加固成本", "≤1000元/平方米"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*HEAD)
    s.table([
        ("效益指标", "社会效益指标", "改造期间执勤出动正常率", "=100%"),
        (None, "可持续影响指标", "加固后建筑使用年限延长", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "驻站指战员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footnotes(
        s,
        "填表说明：1. 指标值应填写比较符、数值和计量单位；",
        "2. 单位面积加固成本按加固面积2100平方米测算，车库改造费用另计。",
    )
    sign(s, 2025, "俞桁之", "0738-6634102", filled=day(2024, 12, 18))
    return b


@variant("khv17-depot-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, a deadline after the one-year project")  # fmt: skip
def depot_empty_rows() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="栎川县消防应急物资器材库建设项目", dept="栎川县应急管理局（317）",
        unit="栎川县消防救援大队", attr="一次性项目", money=one_year(190, 180, 10),
        goals=["建成县级消防应急物资器材库1座（800平方米），储备器材2000件套。"],
    )  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",), note="a one-year 2025 project")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "器材库建设数量", "=1座"),
        (None, None, "储备消防应急器材", "≥2000件套"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥800平方米"),
        (None, "质量指标", "器材库验收合格率", "=100%"),
        (None, "时效指标", "器材库投入使用时间", late),
        ("成本指标", "经济成本指标", "项目建设成本", "≤190万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="left from the template"),
         None, None),
        ("效益指标", "社会效益指标", "应急器材调拨到场时间", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "基层消防站满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khv18-regional-transfer", (5, 12),
         "transfer-payment 区域绩效目标表: 中央补助 + 地方资金, numbered goals, OLD-NAT tiers "
         "marked * and abbreviated, ★ core indicators (correct)")  # fmt: skip
def regional_transfer() -> Book:
    b, s = book()
    project_head(
        s, year=2025, title="2025年度消防救援能力提升补助资金区域绩效目标表",
        name="消防救援能力提升补助资金", dept="澜渚市财政局（402）", unit="澜渚市消防救援支队",
        attr="专项转移支付", money_label="资金情况（万元）",
        money=[("资金总额", wan(1800), "其中：中央补助", wan(1200)),
               ("地方资金", wan(600), None, None)],
        goals=["1. 支持新建小型消防站2座、乡镇专职消防站3座；2. 补充消防装备器材1500件套；"
               "3. 城区消防站5分钟到场覆盖率达到85%。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("*产出指标", "数量", "★新建小型消防站", "≥2座"),
        (None, None, "★新建乡镇专职消防站", "≥3座"),
        (None, None, "补充消防装备器材", "≥1500件套"),
        (None, "质量", "装备器材验收合格率", "=100%"),
        (None, "时效", "补助资金下达时间", "2025年6月30日前"),
        (None, "成本", "小型消防站建设补助标准", "≤300万元/座"),
        (None, None, "乡镇专职消防站建设补助标准", "≤200万元/座"),
        ("*效益指标", "社会效益", "★城区消防站5分钟到场覆盖率", "≥85%"),
        (None, "可持续影响", "新建消防站设计使用年限", "≥30年"),
        ("*满意度指标", "服务对象满意度", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
