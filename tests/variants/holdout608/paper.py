"""Returns on traditional paper-making (古法造纸): et01 to et06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout608.common import (
    YEAR,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout608.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "苎岭县文化和旅游局（512）"


@variant("et01-paper-mill-restore", (1, 12),
         "project, NAT-2021, one value column, typed percent cells, 万元 in the format, "
         "a goal count with its parts, a later year prepared for (correct)")  # fmt: skip
def et01() -> Book:
    b, s = start()
    goal = ("修复楮溪村古法皮纸作坊抄纸槽12口（其中皮纸槽8口、竹纸槽4口），恢复蒸煮、"
            "打浆、抄纸、焙纸全流程，为2027年作坊对外开放积累工艺档案。")  # fmt: skip
    project_head(s, year=YEAR, name="楮溪村古法皮纸作坊修复项目", dept=DEPT,
                 unit="苎岭县非物质文化遗产保护中心", money=one_year(45, 38, 7),
                 goals=[goal])  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "修复抄纸槽数量", "≥12口"),
        (None, None, "整理工艺档案", "≥1套"),
        (None, "质量指标", "修复工程验收合格率", pct(1)),
        (None, None, "手工皮纸成品率", pct(0.85)),
        (None, "时效指标", "修复工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "抄纸槽修复单价", "≤2.5万元/口"),
        ("效益指标", "社会效益指标", "古法造纸技艺传习人次", "≥300人次"),
        (None, "可持续影响指标", "作坊日常维护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "传承人及村民满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "龚素梅", "0739-6621408")
    return b


@variant("et02-paper-raw-base", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "an area the goal states otherwise, last year's year in the goal")  # fmt: skip
def et02() -> Book:
    b, s = start()
    period = "三年建成楮皮原料基地150亩，培养古法造纸传承人60人，出版工艺图录1部。"
    annual = mk("2025年完成楮皮原料基地50亩种植，开展古法造纸体验课12场。", "Y103", "warning",
                alt=("Y101",), note="项目期2026—2028年，年度目标写2025年")  # fmt: skip
    project_head(s, year=YEAR, name="檀皮坞楮皮原料基地与传承人培养项目", dept=DEPT,
                 unit="苎岭县檀皮坞造纸技艺传习所",
                 money=multi_year((180, 150, 30), (60, 50, 10)),
                 goals=[period, annual], years=3, attr="新增项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    area = mk("≥30亩", "D104", "warning", row=True, note="年度目标写基地50亩，指标只有30亩")
    heirs = mk("≥80人", "D201", "error", note="年度培养80人，超过三年合计60人")
    indicators(s, [
        ("产出指标", "数量指标", "楮皮原料基地种植面积", "≥150亩", area),
        (None, None, "传承人培养人数", "≥60人", heirs),
        (None, None, "古法造纸体验课场次", "≥36场", "≥12场"),
        (None, "质量指标", "楮皮原料合格率", "≥90%", "≥90%"),
        (None, "时效指标", "阶段任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "楮树种植成本", "≤0.3万元/亩", "≤0.3万元/亩"),
        ("效益指标", "社会效益指标", "体验课参与学生人次", "≥3000人次", "≥1000人次"),
        (None, "可持续影响指标", "楮皮原料自给率", "提高≥20百分点", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬家林", "0739-6625172")
    return b


@variant("et03-paper-dept-flat", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "money consistent, 0起 on an incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def et03() -> Book:
    b, s = start()
    goal = ("全年传习所开放不少于200天，维护纸坊村落点位15处（其中水碓6处、晒纸墙9处），"
            "接待研学40批次以上。")  # fmt: skip
    department_head(s, year=YEAR, dept="苎岭县楮溪镇文化综合服务中心",
                    budget=[(w(320), w(280), w(40), w(180), w(140))], goal=goal, tasks=[
                        ("古法造纸传习所运行", "传习所开放、传承人带徒", w(60), "开放≥200天"),
                        ("纸坊村落保护", "水碓、晒纸墙维护", w(50), "维护点位≥15处"),
                        ("非遗宣传展示", "展陈更新、研学接待", w(30), "研学≥40批次"),
                        ("金额合计", "", w(140), ""),
                    ])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("传习所开放天数", 20, "天", "≥", 200),
        ("纸坊村落维护点位", 15, "处", "≥", 15),
        ("研学接待批次", 15, "批次", "≥", 40),
        ("维护工程验收合格率", 15, "%", "=", pct(1)),
        ("安全事故发生起数", 10, "起", "≤", 0),
        ("纸浆废水排放量下降率", 10, "%", "≥", 20),
        ("研学学生满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, ["注：权重合计100；维护点位含水碓6处、晒纸墙9处。"])
    sign(s, "蒋晓澜", "0739-6630915")
    return b


@variant("et04-paper-tier-duplicate", (11, 5),
         "project, OLD-NAT, operator and unit columns: a quality rate under 时效, the same count "
         "again under 社会效益 with another value, a cost cap with ≥")  # fmt: skip
def et04() -> Book:
    b, s = start()
    goal = "开设古法竹纸体验课40场，接待研学学生1200人次，竹纸成品合格率达到85%以上。"
    project_head(s, year=YEAR, name="纸坊村古法竹纸体验研学项目", dept=DEPT,
                 unit="苎岭县纸坊村股份经济合作社", money=one_year(24, 20, 4),
                 goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    misplaced = mk("竹纸成品合格率", "F201", "warning", row=True, note="质量类比率填在时效指标下")
    dup = mk("古法造纸体验课场次", "D103", "warning", row=True, alt=("D102", "D101", "F201"),
             note="与“体验课开课场次 ≥40场”是同一指标，值却为30场")  # fmt: skip
    cap = mk("≥", "T108", "warning", row=True, note="成本上限用了≥")
    indicators(s, [
        ("产出指标", "数量指标", "体验课开课场次", "≥", 40, "场"),
        (None, None, "研学接待人次", "≥", 1200, "人次"),
        (None, "质量指标", "课程教案审定通过率", "≥", 95, "%"),
        (None, "时效指标", "体验课按期开课率", "≥", 95, "%"),
        (None, None, misplaced, "≥", 85, "%"),
        (None, "成本指标", "每场体验课成本", cap, 0.5, "万元/场"),
        ("效益指标", "社会效益指标", dup, "≥", 30, "场"),
        (None, "可持续影响指标", "研学课程常态化开设", "=", "是", ""),
        ("满意度指标", "服务对象满意度指标", "研学学生满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "欧阳青", "0739-6627730")
    return b


@variant("et05-paper-second-sheet", (7, 10),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值, points at two levels both 100, 百分点 (correct)")  # fmt: skip
def et05() -> Book:
    b, s = start("基本信息")
    goal = ("工坊新增纸药、打浆设备6台套，全年开展研学活动24场，手工纸成品率较上年提高"
            "5个百分点。")  # fmt: skip
    project_head(s, year=YEAR, name="竹岙村手工纸非遗工坊提升项目", dept=DEPT,
                 unit="苎岭县竹岙村手工纸专业合作社", money=one_year(36, 30, 6),
                 goals=[goal])  # fmt: skip
    sign(s, "柏文涛", "0739-6634086")
    t = b.sheet("绩效指标", (18, 18, 30, 18, 10))
    t.title("竹岙村手工纸非遗工坊提升项目绩效指标", 5)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值", "分值")
    indicators(t, [
        ("产出指标（50分）", "数量指标", "新增打浆及纸药设备", "≥6台套", 15),
        (None, None, "研学活动场次", "≥24场", 15),
        (None, "质量指标", "手工纸成品率比上年提高", "≥5百分点", 10),
        (None, None, "设备验收合格率", pct(1), 10),
        ("成本指标（10分）", "经济成本指标", "设备购置平均单价", "≤3万元/台套", 10),
        ("效益指标（30分）", "社会效益指标", "研学参与人次", "≥720人次", 15),
        (None, "可持续影响指标", "工坊设备管护制度", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "研学学员满意度", pct(0.92), 10),
    ])  # fmt: skip
    return b


@variant("et06-paper-stacked-money", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second's total is not its parts, "
         "its unit cost × count exceeds its money, its goal names more apprentices")  # fmt: skip
def et06() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="楮溪村纸坊水碓修缮项目", dept=DEPT,
                 unit="苎岭县楮溪镇人民政府", money=one_year(28, 24, 4),
                 goals=["修缮水碓4座、引水渠600米，恢复纸坊水碓舂料。"])  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "修缮水碓数量", "≥4座"),
        (None, None, "修缮引水渠长度", "≥600米"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮完工时间", "2026年10月31日前"),
        (None, "成本指标", "水碓修缮单价", "≤5万元/座"),
        ("效益指标", "社会效益指标", "恢复水碓舂料的纸坊户数", "≥8户"),
        ("满意度指标", "服务对象满意度指标", "纸坊农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(40), "B101", "error", row=True, note="财政拨款30 + 其他资金6 = 36，不是40")
    project_head(s, year=YEAR, name="竹帘编制技艺传承补助项目", dept=DEPT,
                 unit="苎岭县非物质文化遗产保护中心", money=one_year(total, 30, 6),
                 goals=["补助竹帘编制艺人修制抄纸竹帘60套，培养竹帘编制学徒20人。"],
                 title="")  # fmt: skip
    header(s)
    learners = mk("≥15人", "D104", "warning", row=True, note="年度目标写培养学徒20人")
    cost = mk("≤0.8万元/套", "B107", "warning", row=True,
              note="0.8万元 × 60套 = 48万元，超过年度资金40万元")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "竹帘修制数量", "≥60套"),
        (None, None, "竹帘编制学徒培养人数", learners),
        (None, "质量指标", "竹帘验收合格率", "≥95%"),
        (None, "时效指标", "补助发放时间", "2026年12月20日前"),
        (None, "成本指标", "竹帘修制补助标准", cost),
        ("效益指标", "社会效益指标", "竹帘供应纸坊数量", "≥10家"),
        ("满意度指标", "服务对象满意度指标", "编制艺人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚素梅", "0739-6621408")
    return b
