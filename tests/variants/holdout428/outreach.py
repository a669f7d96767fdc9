"""Plant-science outreach: flat department lists, notes and signatures, template rows left
empty, multi-year projects with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout428.common import (
    GARDEN,
    OUTREACH,
    YEAR,
    annual_money,
    first_sheet,
    indicators,
    notes,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout428.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("xv07-flat-garden-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells and bare numbers, weights add to 100 (correct)")  # fmt: skip
def flat_garden_department() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept=GARDEN,
                    budget=[(wan(1860), wan(1720), wan(140), wan(1140), wan(720))],
                    goal="保存活植物6500种以上，新增登录植物300种，"
                         "面向公众开展植物科普活动。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("活植物收集保存种类", 15, "种", "≥", 6500),
        ("年度新增登录植物", 10, "种", "≥", 300),
        ("面向公众开展科普活动", 10, "场", "≥", 120),
        ("园区病虫害发生面积下降率", 10, "%", "≥", pct(0.1)),
        ("登录植物档案信息准确率", 10, "%", "≥", pct(0.98)),
        ("园区安全生产事故", 10, "起", "=", 0),
        ("年入园游客量", 10, "万人次", "≥", 180),
        ("重要植物标本入库及时率", 10, "%", "≥", 95),
        ("游客满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "覃以宁", "0739-6150388", day(2024, 11, 20))
    return b


@variant("xv08-flat-outreach-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a value unit against the unit column, a 反向 rate with ≥, weights "
         "adding to 95")  # fmt: skip
def flat_outreach_defects() -> Book:
    b, s = first_sheet()
    department_head(s, year=YEAR, dept=OUTREACH,
                    budget=[(wan(640), wan(600), wan(40), wan(380), wan(260))],
                    goal="面向中小学生和市民开展植物科学普及，"
                         "办好科普讲座、自然课堂和科普展览。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+10+10+10+10+15+10+15 = 95, not 100")
    unit = mk("≥24场", "T112", "error", note="场 in the value, 人次 in the unit column")
    rate = mk("≥3%", "T108", "warning", row=True,
              note="故障率 declared 反向 takes ≤, not ≥")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("举办植物科普讲座", unit, "正向", "人次", 15),
        ("开展自然课堂", "≥80", "正向", "场", 10),
        ("科普讲座听众", "≥6000", "正向", "人次", 10),
        ("科普内容审核通过率", "=100%", "正向", "%", 10),
        ("互动展项设备故障率", rate, "反向", "%", 10),
        ("科普受众", "≥15", "正向", "万人次", 15),
        ("单场自然课堂成本", "≤2500", "反向", "元/场", 10),
        ("参与公众满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("xv09-nature-class-notes", (4,),
         "project, OLD-NAT, one value column with word operators; an instruction row inside the "
         "table, 注 and 填表说明 under it, signature and a fill date in the prior year "
         "(correct)")  # fmt: skip
def nature_class_notes() -> Book:
    b, s = first_sheet()
    project(s, "自然课堂科普研学", annual_money(money(36), money(30), money(6)),
            ["面向全市中小学生开设植物自然课堂，编印植物科普手册，提升青少年植物科学素养。"],
            unit=OUTREACH)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "开设植物自然课堂", "不少于60场"),
        (None, None, "服务中小学生", "3000人次以上"),
        (None, None, "编印植物科普手册", "≥5000册"),
        (None, "质量指标", "课程内容审核通过率", "=100%"),
        (None, "时效指标", "秋季学期课程开课时间", "2025年9月30日前"),
        (None, "成本指标", "每场自然课堂成本", "≤3000元/场"),
        (None, None, "科普手册印制单价", "≤12元/册"),
    ])  # fmt: skip
    s.row("（以下效益、满意度指标请按实际填写，可增加行）", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "参与学生植物知识测评合格率", "≥85%"),
        (None, "可持续影响指标", "建立长期合作的中小学", "≥8所"),
        ("满意度指标", "服务对象满意度指标", "参与学生及家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：项目资金36万元含课程耗材、讲师劳务和科普手册印制费用，"
             "其中课程30万元、手册6万元。",
          "填表说明：1.指标值应可量化、可考核；"
          "2.成本指标填写单价上限；3.本表一式两份。")  # fmt: skip
    sign(s, "覃以宁", "0739-6150388", day(2024, 10, 15))
    return b


@variant("xv10-volunteer-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标; a template tier-2 left without indicator or value, "
         "a value typed without its indicator name")  # fmt: skip
def volunteer_template_rows() -> Book:
    b, s = first_sheet()
    project(s, "植物科普志愿者队伍建设", annual_money(wan(18), wan(18), wan(0)),
            ["招募培训科普志愿者120人，为游客提供植物志愿讲解。"], unit=OUTREACH)  # fmt: skip
    nameless = mk(None, "F110", "error", note="≥90% typed under 质量指标 with no indicator name")
    empty = mk("生态效益指标", "F109", "warning", row=True,
               note="template tier-2 left with no indicator and no value")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "招募培训科普志愿者", "≥120人"),
        (None, None, "志愿讲解服务时长", "≥2400小时"),
        (None, "质量指标", nameless, "≥90%"),
        (None, "时效指标", "志愿者岗前培训完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人"),
        ("效益指标", "社会效益指标", "志愿讲解覆盖游客", "≥5万人次"),
        (None, empty, None, None),
        (None, "可持续影响指标", "志愿者年度留存率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "游客对志愿讲解满意度", "≥90%"),
    ])  # fmt: skip
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xv11-online-platform-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: cumulative counts smaller "
         "in the year, rates, unit costs and a 0起 incident count equal in both "
         "(correct)")  # fmt: skip
def online_platform_period() -> Book:
    b, s = first_sheet()
    goals = ["三年建成植物科学线上科普平台，累计发布科普文章300篇，上线植物物种数字档案3000种。",
             "完成平台一期建设，发布科普文章100篇，上线植物物种数字档案1000种。"]  # fmt: skip
    project(s, "植物科学线上科普平台建设",
            period_money((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
            goals, unit=OUTREACH, years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "发布原创科普文章", "≥300篇", "≥100篇"),
        (None, None, "上线植物物种数字档案", "≥3000种", "≥1000种"),
        (None, "质量指标", "科普内容审核通过率", "=100%", "=100%"),
        (None, "时效指标", "平台故障响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单篇科普文章制作成本", "≤2000元/篇", "≤2000元/篇"),
        ("效益指标", "社会效益指标", "平台访问量", "≥300万人次", "≥80万人次"),
        (None, "可持续影响指标", "平台信息安全事故", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xv12-touring-exhibition-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: the 中期目标 text copied into "
         "年度目标, two cumulative counts copied from the 中期 column")  # fmt: skip
def touring_exhibition_copied() -> Book:
    b, s = first_sheet()
    text = "三年内在全市巡回举办植物科普展览36场，观展公众30万人次以上。"
    copied = mk(text, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project(s, "植物科普展览全市巡展",
            period_money((wan(180), wan(160), wan(20)), (wan(60), wan(55), wan(5))),
            [text, copied], unit=OUTREACH, years=3)  # fmt: skip
    shows = mk("≥36场", "D202", "warning", note="three-year count copied into the year")
    people = mk("≥30万人次", "D202", "warning", note="three-year count copied into the year")
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "巡展场次", "≥36场", shows),
        (None, None, "新制科普展板", "≥90块", "≥30块"),
        (None, "质量指标", "展板内容审核通过率", "=100%", "=100%"),
        (None, "时效指标", "每站巡展布展时限", "≤3天", "≤3天"),
        ("成本指标", "经济成本指标", "单块展板制作成本", "≤1800元/块", "≤1800元/块"),
        ("效益指标", "社会效益指标", "观展公众", "≥30万人次", people),
        ("满意度指标", "服务对象满意度指标", "观展公众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
