"""Anti-fraud publicity (反诈宣传): kdj07–kdj12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout780.common import (
    ANTIFRAUD,
    BUREAU,
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout780.registry import variant
from tests.variants.kit import Book, day, mk, pct

NORTH = "枫泽市公安局北潭分局"


@variant("kdj07-fraud-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def fraud_flat() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=ANTIFRAUD, budget=[
        (wan(1260), wan(1180), wan(80), wan(860), wan(400)),
    ], tasks=[
        ("反诈宣传进社区进校园", "集中宣讲、展板巡展、短视频投放", wan(150), "宣传240场以上"),
        ("预警劝阻平台运维", "预警指令下发与见面劝阻系统运维", wan(170), "劝阻率95%以上"),
        ("涉诈资金紧急止付", "与银行机构联动止付", wan(80), "止付及时率98%以上"),
        ("金额合计", None, wan(400), None),
    ], goal="全年开展反诈宣传240场以上、覆盖60万人次，预警指令见面劝阻率95%以上，"
            "电信网络诈骗发案数较上年下降10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("反诈宣传活动场次", 15, "场", "≥", 240),
        ("反诈宣传覆盖人次", 15, "万人次", "≥", 60),
        ("国家反诈中心APP常住人口注册率", 10, "%", "≥", pct(0.75)),
        ("预警指令见面劝阻率", 15, "%", "≥", pct(0.95)),
        ("预警指令平均下发时长", 10, "分钟", "≤", 30),
        ("电信网络诈骗发案数下降率", 15, "%", "≥", pct(0.1)),
        ("涉诈资金紧急止付及时率", 10, "%", "≥", pct(0.98)),
        ("群众反诈知识知晓率", 10, "%", "≥", pct(0.85)),
    ])  # fmt: skip
    sign(s, "郁清禾", "0739-6631420", day(2025, 11, 20))
    return b


@variant("kdj08-fraud-near-duplicate", (11,),
         "project, OLD-NAT, operator in words (大于等于 / 小于等于) and a unit column: the same "
         "count twice with a word less and another value, a 知晓率 under 时效指标")  # fmt: skip
def fraud_near_duplicate() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫泽市反诈宣传“进万家”活动", dept=BUREAU, unit=ANTIFRAUD,
                 money=funds((120, 100, 20)),
                 goals=["全年开展反诈宣传进社区、进校园、进企业活动不少于200场，覆盖群众50万人次，"
                        "群众反诈知识知晓率达到90%以上。"])  # fmt: skip
    dup = mk("反诈宣传进社区进校园进企业场次", "D103", "error", row=True, alt=("D102", "D101"),
             note="与上面的“……活动场次”是同一指标，值却是160场而不是200场")  # fmt: skip
    misplaced = mk("群众反诈知识知晓率", "F201", "warning", row=True,
                   note="知晓率是效益，不是时效")  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "反诈宣传进社区进校园进企业活动场次", "大于等于", 200, "场"),
        (None, None, "宣传覆盖群众人次", "大于等于", 50, "万人次"),
        (None, None, "发放反诈宣传资料", "大于等于", 8, "万份"),
        (None, None, dup, "大于等于", 160, "场"),
        (None, "质量指标", "宣传活动台账完整率", "大于等于", 95, "%"),
        (None, "时效指标", misplaced, "大于等于", 90, "%"),
        (None, None, "季度宣传计划按时完成率", "大于等于", 95, "%"),
        (None, "成本指标", "单场宣传活动平均成本", "小于等于", 0.5, "万元/场"),
        ("效益指标", "社会效益指标", "电信网络诈骗立案数下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "反诈志愿者队伍人数", "大于等于", 300, "人"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kdj09-fraud-two-year", (8, 5),
         "two-year project 2026–2027, abbreviated tier labels (产出, 数量, 满意度), 中期 and "
         "年度 columns, period counts above the year's, a later year prepared for "
         "(correct)")  # fmt: skip
def fraud_two_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="枫泽市反诈预警劝阻平台二期及宣传阵地建设",
                 dept=BUREAU, unit=ANTIFRAUD, attr="新增项目",
                 money=funds((640, 600, 40), (360, 340, 20), first="中期资金总额"),
                 goals=["2026—2027年建成反诈宣传阵地60处，累计开展宣传400场，预警劝阻平台覆盖全市"
                        "6个区县，为2028年全省推广积累经验。",
                        "2026年建成反诈宣传阵地35处，开展宣传220场，平台覆盖北潭区、梧岗区等4个区县。"
                        ])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出", "数量", "反诈宣传阵地建成数", "≥60处", "≥35处"),
        (None, None, "反诈宣传活动场次", "≥400场", "≥220场"),
        (None, None, "预警劝阻平台覆盖区县数", "≥6个", "≥4个"),
        (None, "质量", "预警劝阻平台可用率", "≥99%", "≥99%"),
        (None, "时效", "预警指令平均处置时长", "≤30分钟", "≤30分钟"),
        ("成本", "经济成本", "单处宣传阵地建设成本", "≤3万元/处", "≤3万元/处"),
        ("效益", "社会效益", "电信网络诈骗发案数较2025年降幅", "≥15%", "≥8%"),
        (None, "可持续影响", "宣传阵地日常维护机制", "建立并执行", "建立并执行"),
        ("满意度", "服务对象满意度", "受宣传群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj10-fraud-campus-leftovers", (6, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a count below the goal's, a name left "
         "from 2024, a template placeholder value")  # fmt: skip
def fraud_campus_leftovers() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫泽市校园反诈宣讲专项", dept=BUREAU, unit=ANTIFRAUD,
                 money=funds((90, 90, 0)),
                 goals=["面向全市86所中小学及3所高校开展反诈宣讲，全年宣讲不少于150场，"
                        "覆盖师生12万人次。"])  # fmt: skip
    count = mk("≥120场", "D104", "warning", row=True, note="年度目标写全年宣讲不少于150场")
    old = mk("2024年度反诈宣传折页印制", "Y103", "warning", row=True,
             note="去年申报表残留的年份")  # fmt: skip
    hole = mk("≥XX%", "X101", "error", alt=("T101", "T116"), note="模板示例占位符未替换")
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "校园反诈宣讲场次", count),
        (None, None, "覆盖学校数", "≥89所"),
        (None, None, "覆盖师生人次", "≥12万人次"),
        (None, None, old, "≥5万份"),
        (None, "质量指标", "宣讲课件审核通过率", "100%"),
        (None, "时效指标", "秋季学期宣讲完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场宣讲平均成本", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "在校学生涉诈案件数", "较上年下降"),
        (None, None, "师生反诈知识测试合格率", hole),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj11-fraud-district-department", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a 金额合计 that is not the sum "
         "of the tasks, a count below the goal's")  # fmt: skip
def fraud_district_department() -> Book:
    b, s = start()
    total = mk(wan(3420), "B101", "error", row=True,
               note="基本支出2610 + 项目支出780 = 3390，不是3420")  # fmt: skip
    summed = mk(wan(800), "B102", "error", alt=("B101",),
                note="120 + 260 + 400 = 780（= 项目支出），合计写成800")  # fmt: skip
    department_head(s, year=2026, dept=NORTH, budget=[
        (total, wan(3300), wan(120), wan(2610), wan(780)),
    ], tasks=[
        ("反诈宣传进社区", "社区、商超、学校集中宣传", wan(120), "开展宣传200场以上"),
        ("社区警务室运行保障", "14个社区警务室水电、通讯、值守", wan(260), "警务室正常开放"),
        ("治安防控视频补点", "新增视频监控120路", wan(400), "在线率95%以上"),
        ("金额合计", None, summed, None),
    ], goal="全年开展反诈宣传不少于200场，保障14个社区警务室正常运行，新增视频监控补点120路，"
            "辖区群众安全感满意度达到92%以上。")  # fmt: skip
    count = mk("≥180场", "D104", "warning", row=True, note="年度总体目标与任务都写200场")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "反诈宣传活动场次", count),
        (None, None, "社区警务室运行数量", "≥14个"),
        (None, None, "视频监控补点", "≥120路"),
        (None, "质量指标", "视频监控在线率", "≥95%"),
        (None, "时效指标", "警情平均到场时间", "≤10分钟"),
        ("成本指标", "经济成本指标", "单路视频补点成本", "≤3万元/路"),
        ("效益指标", "社会效益指标", "辖区刑事案件立案数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "辖区群众安全感满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kdj12-fraud-elderly-labels", (5, 7),
         "project, OLD-NAT, tier labels with * and ★ and an alias, headers 考核指标, "
         "目标值（年度） and 评价标准, 0起 on an incident count, a goal total with its parts "
         "in brackets (correct)")  # fmt: skip
def fraud_elderly_labels() -> Book:
    b, s = start()
    project_head(s, year=2026, name="防范养老诈骗宣传项目", dept=BUREAU, unit=ANTIFRAUD,
                 money=funds((60, 50, 10)),
                 goals=["面向全市60岁以上老年人开展防范养老诈骗宣传，集中宣讲80场（其中社区60场、"
                        "养老机构20场），发放宣传品3万份。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("*产出指标", "★数量指标", "集中宣讲场次", "≥80场", "每少1场扣0.2分"),
        (None, None, "宣传品发放数量", "≥3万份", "按发放台账核定"),
        (None, "质量指标", "宣讲内容审核合格率", "100%", "未经审核即开展的不得分"),
        (None, "时效指标", "宣讲完成时间", "2026年11月30日前", "逾期不得分"),
        (None, "成本指标", "单场宣讲平均成本", "≤0.6万元/场", "超标准不得分"),
        ("*效益指标", "社会效益指标", "宣讲活动安全责任事故", "0起", "发生即不得分"),
        (None, None, "老年人识骗能力测评合格率", "≥85%", "抽样测评"),
        (None, "可持续影响指标", "社区老年反诈宣传员队伍", "≥60人", "按名册核定"),
        ("*满意度指标", "社会公众或服务对象满意度指标", "参加宣讲老年人满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    notes(s, "填表说明：标★的为核心指标，不得删除；评价标准列供年终自评使用。")
    return b
