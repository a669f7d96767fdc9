"""The environmental-complaint hotline (12369环保举报热线): kcg13–kcg18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout751.common import (
    DEPT,
    HEAD4,
    HOTLINE,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout751.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "kcg13-hotline-operation",
    (11, 1),
    "project, NAT-2021, operators in words in their own column "
    "(大于等于/小于等于/等于), bare numbers, unit column, 0起 on an incident count "
    "(correct)",
)
def kcg13() -> Book:
    b, s = start()
    goal = "保障12369环保举报热线7×24小时畅通，全年受理群众举报约1.2万件，按期办结率不低于95%。"
    project_head(s, year=YEAR, name="12369环保举报热线运行", dept=DEPT, unit=HOTLINE,
                 money=one_year(180, 180, 0), goals=[goal], attr="常年项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "受理群众举报件数", "大于等于", 12000, "件"),
        (None, None, "坐席值守时长", "等于", 24, "小时/天"),
        (None, "质量指标", "举报件按期办结率", "大于等于", pct(0.95), "%"),
        (None, None, "接线录音完整率", "等于", pct(1), "%"),
        (None, "时效指标", "紧急举报转办时间", "小于等于", 2, "小时"),
        (None, None, "一般举报转办时间", "小于等于", 1, "工作日"),
        ("成本指标", "经济成本指标", "单件举报平均处理成本", "小于等于", 150, "元/件"),
        ("效益指标", "社会效益指标", "因举报处置不当引发的群体性事件", "小于等于", 0, "起"),
        (None, None, "群众重复举报率", "小于等于", pct(0.05), "%"),
        (None, "生态效益指标", "举报查实问题整改率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "举报人满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒲知遥", "86519043", day(YEAR - 1, 11, 28))
    return b


@variant(
    "kcg14-online-platform-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a count below the goal's, a "
    "反向 rate with ≥, a satisfaction rate under 社会效益",
)
def kcg14() -> Book:
    b, s = start()
    goal = (
        "全年通过网络平台受理举报不少于8000件，网络举报占比提高到60%以上，重复举报率控制在5%以内。"
    )
    project_head(s, year=YEAR, name="12369网络举报平台及小程序运行", dept=DEPT, unit=HOTLINE,
                 money=one_year(96, 80, 16), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "网络平台受理举报件数", mk("≥6000件", "D104", "warning",
                                                    row=True, note="the goal says 不少于8000件")),
        (None, None, "小程序功能模块上线", "≥5个"),
        (None, "质量指标", "举报信息分派准确率", "≥98%"),
        (None, "时效指标", "网络举报受理时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "平台运维及短信服务费", "≤96万元"),
        ("效益指标", "社会效益指标", "网络举报占比", "≥60%"),
        (None, None, "重复举报率", mk("≥5%", "T108", "warning", row=True,
                                      note="a 反向 rate with ≥; the goal says 5%以内")),
        (None, None, "举报人满意度", mk("≥90%", "F201", "warning", row=True,
                                        note="a satisfaction rate under 社会效益指标")),
        (None, "可持续影响指标", "平台数据留存年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "基层执法人员对平台满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "蒲知遥", "86519043", day(YEAR - 1, 11, 28))
    return b


@variant(
    "kcg15-complaint-centre-page-break",
    (4, 12),
    "department, NAT-2021, weight column, a subtotal row, the header repeated after "
    "a page break, a total row, tasks add up (correct)",
)
def kcg15() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=HOTLINE, budget=[
        (wan(640), wan(600), wan(40), wan(380), wan(260)),
    ], tasks=[
        ("12369热线运行", "7×24小时接听受理", wan(180), "受理举报≥12000件"),
        ("网络举报平台运维", "平台及小程序运维", wan(50), "平台全年可用"),
        ("举报奖励", "兑现有效举报奖励", wan(30), "兑现≥150件"),
        ("金额合计", None, wan(260), None),
    ], goal="保障12369热线和网络平台畅通，全年受理举报12000件以上，"
            "按期办结率不低于95%。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "受理群众举报件数", "≥12000件", 15),
        (None, None, "兑现举报奖励件数", "≥150件", 10),
        (None, "质量指标", "举报件按期办结率", "≥95%", 10),
        (None, None, "举报件回访率", "≥30%", 5),
        (None, "时效指标", "紧急举报转办时间", "≤2小时", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单件举报奖励标准", "≤2000元/件", 10),
        ("效益指标", "社会效益指标", "查实问题整改率", "≥90%", 10),
        (None, None, "群众重复举报率", "≤5%", 10),
        (None, "生态效益指标", "举报涉及污染问题整改完成数", "≥2500个", 10),
        ("满意度指标", "服务对象满意度指标", "举报人满意度", "≥90%", 10),
        ("小计", None, None, None, 50),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "kcg16-complaint-centre-money",
    (12, 13),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
    "金额合计, a value without an indicator name",
)
def kcg16() -> Book:
    b, s = start("部门整体")
    total = mk(money(520, WAN), "B101", "error", row=True,
               note="480 + 40 = 520, but 基本支出 300 + 项目支出 200 = 500")  # fmt: skip
    department_head(s, year=YEAR, dept=HOTLINE, budget=[
        (total, wan(480), wan(40), wan(300), wan(200)),
    ], tasks=[
        ("12369热线运行", "7×24小时接听受理", wan(120), "受理举报≥10000件"),
        ("网络举报平台运维", "平台及小程序运维", wan(50), "平台全年可用"),
        ("举报宣传", "宣传周及典型案例发布", wan(20), "发布典型案例≥20个"),
        ("金额合计", None, mk(money(200, WAN), "B102", "error",
                              note="120 + 50 + 20 = 190, not 200"), None),
    ], goal="保障12369热线畅通，全年受理举报10000件以上，发布典型案例不少于20个。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "受理群众举报件数", "≥10000件"),
        (None, None, "发布典型案例", "≥20个"),
        (None, "质量指标", "举报件按期办结率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"),
         "≥98%"),
        (None, "时效指标", "紧急举报转办时间", "≤2小时"),
        ("成本指标", "经济成本指标", "热线单件处理成本", "≤120元/件"),
        ("效益指标", "社会效益指标", "查实问题整改率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "举报人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcg17-voice-system-second-sheet",
    (5, 7),
    "project: head on the first sheet, the indicator table on a second sheet under "
    "预期实现值, numbered labels and ★ (correct)",
)
def kcg17() -> Book:
    b, s = start("基本信息")
    goal = (
        "9月底前完成12369热线智能语音和工单系统升级，接入智能坐席30个，举报件按期办结率不低于95%。"
    )
    project_head(s, year=YEAR, name="12369热线智能语音与工单系统升级", dept=DEPT, unit=HOTLINE,
                 money=one_year(150, 150, 0), goals=[goal], attr="一次性项目")  # fmt: skip
    t = b.sheet("绩效指标", (18, 20, 30, 20))
    t.title("12369热线智能语音与工单系统升级绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("一、产出指标", "（一）数量", "智能语音坐席接入数", "≥30个"),
        (None, None, "工单系统功能模块", "≥8个"),
        (None, "（二）质量", "★举报件按期办结率", "≥95%"),
        (None, None, "语音识别准确率", pct(0.9)),
        (None, "（三）时效", "系统升级上线时间", "2025年9月30日前"),
        ("二、成本指标", "（一）经济成本", "系统升级总成本", "≤150万元"),
        ("三、效益指标", "（一）社会效益", "热线接通率", "≥95%"),
        (None, None, "平均通话等待时长", "≤30秒"),
        (None, "（二）可持续影响", "系统维保期", "≥3年"),
        ("四、满意度指标", "（一）服务对象满意度", "来电群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcg18-publicity-points-template",
    (6, 10),
    "project, NAT-2021, tier labels with points and an indicator score column: a "
    "tier's scores short, an empty tier-2, a late date",
)
def kcg18() -> Book:
    b, s = start()
    goal = "6月30日前完成12369热线宣传周活动，全年发布典型案例24个、开展宣传活动12场。"
    project_head(s, year=YEAR, name="12369热线举报宣传与典型案例发布", dept=DEPT, unit=HOTLINE,
                 money=one_year(60, 60, 0), goals=[goal])  # fmt: skip
    tier = mk("产出指标（50分）", "W103", "error", alt=("W101",),
              note="the indicator scores under it add up to 45")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (tier, "数量指标", "发布典型案例", "≥24个", 15),
        (None, None, "开展宣传活动场次", "≥12场", 10),
        (None, "质量指标", "案例审核通过率", "=100%", 10),
        (None, "时效指标", "宣传周活动完成时间", mk("2025年9月30日前", "D104", "warning",
                                                  row=True, note="the goal says 6月30日前"), 10),
        ("成本指标（10分）", "经济成本指标", "单场宣传活动成本", "≤3万元/场", 10),
        ("效益指标（30分）", "社会效益指标", "12369热线公众知晓率", "≥70%", 15),
        (None, None, "宣传覆盖人次", "≥50万人次", 15),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left without indicator or value"), None, None, None),
        ("满意度指标（10分）", "服务对象满意度指标", "活动参与群众满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores add to 95: a consequence of the 产出 shortfall")  # fmt: skip
    return b
