"""One-year project tables about tier labels and points: numbered and bracketed labels, points in
the tier label or in a tier score column, a tier-2 under the wrong tier-1, and two stacked
projects (pd01–pd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout202.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout202.registry import variant
from tests.variants.kit import Book, mk

POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("pd01-numbered-labels-points", (5, 10), "one-year project, NAT-2021, labels numbered "
         "and bracketed (一、产出指标（50分）, 2.质量指标（或标准指标）, "
         "3.时效指标（进度指标）), an indicator 分值 column agreeing with the tier points, "
         "a 控制率 and a 下降率 with ≥ (correct)")  # fmt: skip
def pd01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="基层医疗卫生人员能力提升项目", dept="云岫县卫生健康局（301）",
        unit="云岫县基层卫生培训中心",
        money=one_year_money(wan(80), wan(72), wan(8)),
        goals=["2026年培训乡村医生320人，开展实操带教24场，培训考核合格率达到95%以上，"
               "参训人员满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "1.数量指标", "培训乡村医生人数", "≥320人", 15),
        (None, None, "开展实操带教场次", "≥24场", 10),
        (None, "2.质量指标（或标准指标）", "培训考核合格率", "≥95%", 15),
        (None, "3.时效指标（进度指标）", "培训任务完成时间", "2026年11月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "人均培训成本", "≤2000元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "签约高血压患者血压控制率", "≥60%", 10),
        (None, None, "乡村医生诊疗差错投诉量下降率", "≥10%", 10),
        (None, "2.可持续影响指标", "村卫生室规范化服务覆盖率", "≥90%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "罗清和", "杜安然", "0871-65120348")
    return b


@variant("pd02-social-benefit-under-output", (5,), "one-year project, NAT-2021, inline "
         "operators and a 备注 column: a 社会效益指标 block under 产出指标")  # fmt: skip
def pd02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 22))
    project_head(
        s, year=2026, name="农村公路养护提升项目", dept="松潭区交通运输局（408）",
        unit="松潭区公路事业发展中心",
        money=one_year_money(wan(260), wan(200), wan(60)),
        goals=["2026年完成农村公路日常养护320公里，实施危桥改造6座，"
               "农村公路优良中等路率达到85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥320公里", None),
        (None, None, "危桥改造数量", "≥6座", None),
        (None, "质量指标", "农村公路优良中等路率", "≥85%", "以年度路况检测结果为准"),
        (None, "时效指标", "危桥改造完工时间", "2026年10月31日前", None),
        (None, mk("社会效益指标", "F105", "error", row=True,
                  note="a 效益 tier-2 placed under 产出指标; it belongs under 效益指标"),
         "沿线群众出行时间缩短率", "≥10%", None),
        ("成本指标", "经济成本指标", "每公里日常养护成本", "≤0.5万元/公里", None),
        ("效益指标", "经济效益指标", "沿线农产品运输量增长率", "≥6%", "与上年相比"),
        (None, "可持续影响指标", "农村公路管护长效机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    sign(s, "蒋思远", "任秋华", "0736-82214567")
    return b


@variant("pd03-points-miss-tier", (5, 10), "one-year project, NAT-2021, points in the tier "
         "labels and an indicator 分值 column: 产出指标（50分） over indicators adding to "
         "45")  # fmt: skip
def pd03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学课后服务提质项目", dept="赤岭市教育局（205）",
        unit="赤岭市教育服务中心",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年为全市42所中小学提供课后服务，开设特色课程180门，"
               "学生课后服务参与率达到85%以上。"],
    )  # fmt: skip
    indicators(s, POINTS, [
        (mk("产出指标（50分）", "W103", "error", row=True,
            note="the indicator points under it add to 15 + 10 + 10 + 10 = 45, not 50"),
         "数量指标", "开展课后服务学校数", "≥42所", 15),
        (None, None, "开设特色课程门数", "≥180门", 10),
        (None, "质量指标", "课后服务课程备案合格率", "≥95%", 10),
        (None, "时效指标", "服务经费拨付完成时间", "2026年9月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "每校课后服务补助标准", "≤3.5万元/所", 10),
        ("效益指标（30分）", "社会效益指标", "学生课后服务参与率", "≥85%", 15),
        (None, "可持续影响指标", "课后服务管理制度", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "学生家长满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the points then add to 95 (产出 slip)")
    return b


@variant("pd04-timeliness-under-benefit", (5, 10), "one-year project, OLD-NAT (成本指标 under "
         "产出), one value column: a 时效指标 block under 效益指标, a 增长率 written "
         "≥3000人次")  # fmt: skip
def pd04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡村旅游基础设施提升项目", dept="芦川县文化和旅游局（512）",
        unit="芦川县旅游发展服务中心", attr="新增项目",
        money=one_year_money(wan(300), wan(240), wan(60)),
        goals=["2026年建设旅游步道12公里、旅游厕所8座，完善乡村旅游公共服务设施，"
               "带动乡村旅游接待人次增长。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建旅游步道长度", "≥12公里"),
        (None, None, "新建旅游厕所数量", "≥8座"),
        (None, "质量指标", "工程竣工验收合格率", "≥98%"),
        (None, "成本指标", "旅游步道单位建设成本", "≤15万元/公里"),
        ("效益指标", "经济效益指标", "乡村旅游接待人次增长率",
         mk("≥3000人次", "T105", "error",
            note="a 增长率 needs a percentage, not a number of visits")),
        (None, "社会效益指标", "乡村旅游从业农户户数", "≥150户"),
        (None, mk("时效指标", "F105", "error", row=True,
                  note="时效指标 is a tier-2 of 产出指标, not of 效益指标"),
         "旅游设施投入使用时间", "2026年10月31日前"),
        (None, "可持续影响指标", "旅游设施管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pd05-tier-score-column", (5, 10), "one-year project, NAT-2021, a tier-1 分值 column "
         "and an indicator 分值 column that agree, a 合计 row with both totals, a rate change "
         "≥5个百分点 (correct)")  # fmt: skip
def pd05() -> Book:
    b, s = book("绩效目标", (14, 8, 16, 30, 18, 8))
    project_head(
        s, year=2026, name="农村饮水安全巩固提升项目", dept="梧桐湾区水利局（416）",
        unit="梧桐湾区农村供水管理站",
        money=one_year_money(wan(420), wan(350), wan(70)),
        goals=["2026年改造农村供水管网86公里，新建净水设施5处，农村自来水普及率提高5个百分点，"
               "供水水质达标率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 50, "数量指标", "改造农村供水管网长度", "≥86公里", 15),
        (None, None, None, "新建净水设施数量", "≥5处", 10),
        (None, None, "质量指标", "供水水质达标率", "≥95%", 15),
        (None, None, "时效指标", "管网改造完工时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "管网改造单位成本", "≤4万元/公里", 10),
        ("效益指标", 30, "社会效益指标", "农村自来水普及率提升幅度", "≥5个百分点", 10),
        (None, None, None, "受益群众饮水安全保障率", "≥98%", 10),
        (None, None, "可持续影响指标", "供水工程运行管护机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    return b


@variant("pd06-stacked-wrong-parent", (2, 5), "two one-year projects stacked, NAT-2021, one "
         "value column: the second project has a 时效指标 block under 效益指标")  # fmt: skip
def pd06() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="高标准农田建设管护项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区农田建设服务中心", title="2026年度项目支出绩效目标申报表（汇总）",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["2026年完成高标准农田管护4500亩，修复田间灌排渠道18公里，"
               "管护工程完好率达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高标准农田管护面积", "≥4500亩"),
        (None, None, "修复田间灌排渠道长度", "≥18公里"),
        (None, "质量指标", "管护工程完好率", "≥90%"),
        (None, "时效指标", "渠道修复完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "每亩管护补助标准", "≤200元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食单产增长率", "≥3%"),
        (None, "可持续影响指标", "农田设施管护责任制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农作物病虫害统防统治项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区植保植检站", title="",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年开展农作物病虫害统防统治作业3.2万亩，统防统治覆盖率达到45%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "统防统治作业面积", "≥3.2万亩"),
        (None, "质量指标", "防治作业质量抽检合格率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩统防统治作业补助", "≤18元/亩"),
        ("效益指标", "社会效益指标", "主要农作物病虫害统防统治覆盖率", "≥45%"),
        (None, mk("时效指标", "F105", "error", row=True,
                  note="时效指标 is a tier-2 of 产出指标, not of 效益指标"),
         "防治作业完成时间", "2026年9月30日前"),
        (None, "生态效益指标", "绿色防控技术应用面积占比", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟明远", "黎晓岚", "0731-84456120")
    return b
