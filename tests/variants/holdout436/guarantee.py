"""Returns of the winter-heating-guarantee half: 供暖季保障 projects (yd07–yd12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout436.common import (
    DEPT,
    HEAD4,
    HEAT,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout436.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTER = "朔川县城镇供热服务中心"


@variant("yd07-guarantee-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）), （一） and "
         "*, ★ core indicators, 0起 on an incident count (correct)")  # fmt: skip
def yd07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="困难群众冬季取暖补贴及供热兜底保障", dept=DEPT, unit=CENTER,
                 money=one_year(860, 780, 80),
                 goals=["向城乡低保、特困及低收入家庭发放取暖补贴，"
                        "对欠费停热困难户兜底保障供热，确保困难群众温暖过冬。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "（一）数量指标", "★取暖补贴发放户数", "≥3850户"),
        (None, None, "兜底保障供热困难户数", "≥420户"),
        (None, "（二）质量指标", "★补贴资金足额发放率", "100%"),
        (None, "（三）时效", "补贴发放完成时间", "2025年11月30日前"),
        ("二、成本指标（10分）", "*经济成本指标", "户均取暖补贴标准", "≤1200元/户"),
        ("三、效益指标（30分）", "（一）社会效益指标", "困难群众因欠费停热户数", "0户"),
        (None, None, "兜底保障户发生冻伤等安全事故", "0起"),
        (None, "（二）可持续影响", "困难家庭取暖补贴动态管理机制", "健全"),
        ("四、满意度指标（10分）", "*服务对象满意度指标", "受助困难群众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删除。")
    sign(s, "高素琴", "0357-6027703", day(YEAR, 1, 16))
    return b


@variant("yd08-guarantee-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 lines, "
         "填表说明, signature lines dated in the year before (correct)")  # fmt: skip
def yd08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="供暖季热源应急储备煤及抢修保障", dept=DEPT, unit=HEAT,
                 money=one_year(1260, 1100, 160),
                 goals=["储备应急燃煤1.5万吨，组建6支抢修队伍，"
                        "供暖期管网故障快速抢修，不发生大面积停热。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "应急储备燃煤", "≥1.5万吨"),
        (None, None, "应急抢修队伍", "≥6支"),
        (None, "质量指标", "储备燃煤热值抽检达标率", "≥95%"),
        (None, None, "（请逐项填写，核心指标不得删除）", None),
        (None, "时效指标", "故障抢修人员到场时间", "≤2小时"),
        (None, "成本指标", "储备燃煤采购单价", "≤800元/吨"),
        ("效益指标", "社会效益指标", "供暖期单次非计划停热时长", "≤24小时"),
        (None, "可持续影响指标", "供热应急储备和抢修制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：1.储备燃煤采购单价以上年度县发展改革局价格监测均价为依据。",
          "2.抢修到场时间自接到报修电话起计算。",
          "填表说明：指标值应可量化、可考核，定性指标须写明评判等级。")  # fmt: skip
    sign(s, "贺振东", "0357-6029105", day(YEAR - 1, 12, 18))
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, None, None)
    return b


@variant("yd09-guarantee-rates-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column with percent cells: a rate above "
         "100 %, a complaint rate with ≥, a completion rate given as a count")  # fmt: skip
def yd09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="供暖期热用户服务质量提升", dept=DEPT, unit=HEAT,
                 money=one_year(310, 310, 0),
                 goals=["开通24小时供热服务热线，开展管网和换热站巡检，"
                        "提高居民室温达标水平。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "入户测温户数", "≥", 5000, "户"),
        (None, None, "管网及换热站巡检完成率", "≥",
         mk(120, "T105", "error", row=True, note="完成率写成次数"), "次"),
        (None, "质量指标", "居民室温达标率", "≥",
         mk(pct(1.02), "T106", "error", row=True, note="达标率不能超过 100%"), "%"),
        (None, "时效指标", "报修响应时间", "≤", 30, "分钟"),
        (None, "成本指标", "入户测温单户成本", "≤", 60, "元/户"),
        ("效益指标", "社会效益指标", "供热投诉率", mk("≥", "T108", "warning", row=True,
         note="投诉率是反向指标，应为 ≤"), pct(0.01), "%"),
        (None, "可持续影响指标", "供热服务热线值守制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "鲁晓川", "0357-6024418", day(YEAR, 1, 10))
    return b


@variant("yd10-guarantee-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标, 目标值（年度） and a 评价标准 scoring column (correct)")  # fmt: skip
def yd10() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="农村清洁取暖“煤改电”设备运行补助", dept=DEPT,
                 unit="朔川县农业农村局", money=one_year(640, 600, 40),
                 goals=["对已完成“煤改电”的农户按取暖期用电量给予运行补助，"
                        "稳定清洁取暖成果。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 34))
    t.title("2025年度项目绩效指标", 5)
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(t, header, [
        ("产出指标", "数量指标", "享受运行补助农户数", "≥2600户", full),
        (None, "质量指标", "补助对象核查准确率", "≥98%", full),
        (None, "时效指标", "补助资金拨付时间", "2025年12月20日前", "按时拨付得满分，逾期不得分"),
        ("成本指标", "经济成本指标", "户均运行补助标准", "≤2400元/户", "超出标准不得分"),
        ("效益指标", "社会效益指标", "“煤改电”农户返烧散煤户数", "≤10户", "每超出1户扣1分"),
        (None, "生态效益指标", "减少散煤燃烧量", "≥5200吨", full),
        ("满意度指标", "服务对象满意度指标", "受补助农户满意度", "≥90%", full),
    ])  # fmt: skip
    sign(t, "薛立农", "0357-6030261", day(YEAR, 1, 8))
    return b


@variant("yd11-guarantee-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with no indicator, "
         "a value without a name")  # fmt: skip
def yd11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="供热企业供暖季运行补贴", dept=DEPT, unit=HEAT,
                 money=one_year(1500, 1500, 0),
                 goals=["对城区供热企业按供热面积给予运行补贴，"
                        "确保按期供热、室温达标。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, header, [
        ("产出指标", "数量指标", "享受补贴的供热面积", "≥620万平方米"),
        (None, "质量指标", "供暖期居民室温达标率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥95%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积运行补贴标准", "≤2.4元/平方米"),
        ("效益指标", "社会效益指标", "按期开栓供热率", "100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标"),
         None, None),
        (None, "可持续影响指标", "供热运行补贴考核办法", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁晓川", "0357-6024418", day(YEAR, 1, 10))
    return b


@variant("yd12-guarantee-artefacts", (9,),
         "project, OLD-NAT, operator and unit columns: a deadline stored as a date serial in a "
         "text cell, a unit cost rounded to 0 万元")  # fmt: skip
def yd12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="供暖前换热站及庭院管网检修", dept=DEPT, unit=HEAT,
                 money=one_year(450, 420, 30),
                 goals=["供暖前完成全县86座换热站和庭院管网检修，确保按期开栓。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "检修换热站", "≥", 86, "座"),
        (None, None, "检修庭院管网", "≥", 130, "公里"),
        (None, "质量指标", "检修后打压试验合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "检修完成时间", "≤",
         mk("45945", "X104", "warning", note="日期序列号存成文本，即 2025-10-15"), None),
        (None, "成本指标", "单座换热站检修费用", "≤",
         mk(0, "T115", "error", note="约 3.6 万元/座按万元取整成 0"), "万元/座"),
        ("效益指标", "社会效益指标", "供暖初期管网故障停热次数", "≤", 3, "次"),
        (None, "可持续影响指标", "换热站年度检修规程", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "温建川", "0357-6023370", day(YEAR, 1, 15))
    return b
