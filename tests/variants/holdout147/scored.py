"""A 基期值（上年实际） column beside the target, points in a 分值 column with the tier-1 score in
its label (产出指标（50分）), and a three-year project with 中期 and 年度 beside the base."""

from __future__ import annotations

from tests.variants.holdout147.common import footer, note, project, table
from tests.variants.holdout147.registry import variant
from tests.variants.kit import Book, mk, pct

Y = 2027
BASE = "基期值（上年实际）"


@variant("na14-baseline-column", (7,), "project, NAT-2021, a 基期值（上年实际） column before "
         "the 目标值 column, operators in words, a 计量单位 column")  # fmt: skip
def na14() -> Book:
    b = Book()
    s = project(b, year=Y, name="新港区城市生活垃圾分类提升项目", dept="新港区城市管理局",
                unit="新港区环境卫生管理所", leader="潘某某", phone="0532-86691420",
                annual=(420, 400, 20), width=6,
                goal="垃圾分类覆盖小区由320个增至360个，回收利用率提高到38%以上，"
                "原生生活垃圾填埋量控制在180吨/日以内。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", BASE, "目标值", "计量单位"), [
        ("产出指标", "数量指标", "垃圾分类覆盖小区数", 320, "不少于360", "个"),
        (None, None, "新增分类投放点", 110, "不少于120", "个"),
        (None, None, "厨余垃圾分出量", 46, "不少于50", "吨/日"),
        (None, "质量指标", "生活垃圾回收利用率", pct(0.36), "不低于38%", "%"),
        (None, None, "居民分类投放准确率", pct(0.75), "不低于80%", "%"),
        (None, "时效指标", "分类投诉处置时限", 3, "不超过2", "个工作日"),
        ("成本指标", "经济成本指标", "单个分类投放点建设成本", 1.2, "不超过1.2", "万元"),
        ("效益指标", "生态效益指标", "原生生活垃圾填埋量", 210, "不高于180", "吨/日"),
        (None, "社会效益指标", "居民垃圾分类知晓率", pct(0.88), "不低于92%", "%"),
        (None, "可持续影响指标", "在岗垃圾分类督导员", 300, "不少于360", "人"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", pct(0.86), "不低于90%", "%"),
    ])  # fmt: skip
    footer(s, 6, Y)
    return b


SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("na15-scores-in-labels", (10,), "project, OLD-NAT, a 分值 column, tier-1 scores in the "
         "labels (产出指标（50分）), a 合计 row of 90, 预算执行率 scored apart")  # fmt: skip
def na15() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="潭口县公共法律服务体系建设项目",
        dept="潭口县司法局",
        unit="潭口县公共法律服务中心",
        leader="袁某某",
        phone="0797-6423318",
        annual=(85, 85, 0),
        width=5,
        goal="办理法律援助案件600件以上，村（社区）法律顾问全覆盖，受援群众满意度90%以上。",
    )
    table(s, SCORED, [
        ("产出指标（50分）", "数量指标", "法律援助案件办理数", "不少于600件", 10),
        (None, None, "公共法律服务站点覆盖村（社区）数", "不少于150个", 10),
        (None, None, "普法宣传活动场次", "不少于80场", 5),
        (None, "质量指标", "法律援助案件质量评查合格率", "不低于95%", 10),
        (None, "时效指标", "法律援助申请审查时限", "不超过7个工作日", 5),
        (None, "成本指标", "每件法律援助案件补贴标准", "不超过1000元", 10),
        ("效益指标（30分）", "社会效益指标", "群众法律咨询解答人次", "不少于12000人次", 10),
        (None, None, "为受援人挽回经济损失", "不少于500万元", 10),
        (None, "可持续影响指标", "村（居）法律顾问配备率", pct(1.0), 10),
        ("满意度指标（10分）", "服务对象满意度指标", "受援群众满意度", "不低于90%", 5),
        (None, None, "基层群众法律服务满意度", "不低于90%", 5),
        ("合计", "", None, None, 90),
    ])  # fmt: skip
    s.row("注：预算执行率（10分）在绩效评价时单独计分。", merge=[(1, 5)])
    footer(s, 5, Y)
    return b


@variant("na16-scores-wrong", (10,), "project, NAT-2021, a 分值 column with tier-1 scores in "
         "the labels: 产出指标（40分） over indicator scores adding to 35")  # fmt: skip
def na16() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="柳湾区城市公园绿地养护项目",
        dept="柳湾区园林绿化局",
        unit="柳湾区公园管理中心",
        leader="蔡某某",
        phone="0772-2856031",
        annual=(350, 350, 0),
        width=5,
        goal="养护公园绿地180万平方米，补植乔灌木6000株，绿地养护质量达标率95%以上。",
    )
    table(s, SCORED, [
        (mk("产出指标（40分）", "W103", "error", alt=("W101",),
            note="10 + 5 + 10 + 5 + 5 = 35"), "数量指标", "养护公园绿地面积",
         "不少于180万平方米", 10),
        (None, None, "补植乔灌木", "不少于6000株", 5),
        (None, "质量指标", "绿地养护质量达标率", "不低于95%", 10),
        (None, None, "补植苗木成活率", "不低于90%", 5),
        (None, "时效指标", "病虫害防治处置时限", "不超过3天", 5),
        ("成本指标（10分）", "经济成本指标", "每平方米年养护成本", "不超过1.8元", 10),
        ("效益指标（30分）", "生态效益指标", "公园绿地植物群落完好率", "不低于95%", 10),
        (None, "社会效益指标", "公园日均接待游客", "不少于2万人次", 10),
        (None, "可持续影响指标", "绿地养护长效管理机制", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "游客满意度", "不低于90%", 5),
        (None, None, "周边居民满意度", "不低于90%", 5),
        ("合计", "", None, None,
         mk(90, "W101", "error", required=False, alt=("W103",), note="the scores add to 85")),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator scores add to 85, not 90")
    footer(s, 5, Y)
    return b


@variant("na17-baseline-period", (7, 8), "three-year project, OLD-NAT, a 基期值（上年实际） "
         "column before 中期 and 年度 value columns, a comment on the base header")  # fmt: skip
def na17() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="青岚市智慧居家养老服务平台建设运营项目",
        dept="青岚市民政局",
        unit="青岚市养老服务指导中心",
        leader="魏某某",
        phone="0719-8871236",
        annual=(300, 260, 40),
        period=(900, 780, 120),
        years=3,
        width=6,
        period_goal="三年内接入平台老年人3万人，累计上门服务30万人次，"
        "居家养老服务覆盖率达到60%以上。",
        goal="2027年接入平台老年人1.5万人，上门服务8万人次，覆盖率达到45%以上。",
    )
    top, _ = table(s, ("一级指标", "二级指标", "三级指标", BASE, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "接入平台老年人数", "8000人", "不少于30000人", "不少于15000人"),
        (None, None, "上门服务人次", "5.2万人次", "不少于30万人次", "不少于8万人次"),
        (None, None, "智能呼叫终端安装户数", "1200户", "不少于6000户", "不少于2000户"),
        (None, "质量指标", "服务工单按时完成率", pct(0.91), "不低于95%", "不低于95%"),
        (None, None, "平台系统可用率", pct(0.985, "0.0%"), "不低于99%", "不低于99%"),
        (None, "时效指标", "紧急呼叫响应时间", "15分钟", "不超过10分钟", "不超过10分钟"),
        (None, "成本指标", "单次上门服务补贴标准", "30元/人次", "不超过30元/人次",
         "不超过30元/人次"),
        ("效益指标", "社会效益指标", "居家养老服务覆盖率", pct(0.35), "不低于60%", "不低于45%"),
        (None, "可持续影响指标", "平台签约运营服务机构", "6家", "不少于12家", "不少于8家"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.88), "不低于92%",
         "不低于90%"),
    ])  # fmt: skip
    note(s, top, 4, "基期值为2026年1—10月实际数推算的全年数。")
    footer(s, 6, Y)
    return b


@variant("na18-baseline-date-wrong", (7,), "project, NAT-2021, a 基期值（上年实际） column; "
         "the 时效 target is a date in the year before the budget year")  # fmt: skip
def na18() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="东渡区家庭医生签约服务补助项目",
        dept="东渡区卫生健康局",
        unit="东渡区社区卫生服务管理中心",
        leader="田某某",
        phone="0591-83327605",
        annual=(240, 200, 40),
        width=6,
        goal="家庭医生签约10万人以上，重点人群签约率达到75%以上，签约居民满意度90%以上。",
    )
    table(s, ("一级指标", "二级指标", "三级指标", BASE, "目标值", "备注"), [
        ("产出指标", "数量指标", "家庭医生签约人数", "9.6万人", "不少于10万人", None),
        (None, None, "重点人群签约服务人数", "3.8万人", "不少于4万人", None),
        (None, "质量指标", "重点人群签约率", pct(0.72), "不低于75%", None),
        (None, None, "签约居民规范管理率", pct(0.8), "不低于85%", None),
        (None, "时效指标", "年度签约服务考核完成时间", "次年1月20日",
         mk("2026年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a 2027 project: the deadline lies in the year before"), None),
        ("成本指标", "经济成本指标", "家庭医生签约服务补助标准", "20元/人·年", "不超过20元/人·年",
         None),
        ("效益指标", "社会效益指标", "签约居民基层就诊率", pct(0.58), "不低于60%", None),
        (None, "可持续影响指标", "家庭医生团队数", "96个", "不少于100个", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", pct(0.89), "不低于90%", None),
    ])  # fmt: skip
    footer(s, 6, Y)
    return b
