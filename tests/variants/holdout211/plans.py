"""One-year project tables whose plan dates or title disagree with the rest: a deadline after
the 计划完成日期, a start after the finish, a date that does not exist, a title naming another
year (pm06–pm09)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout211.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout211.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pm06-deadline-after-plan-end", (8,), "one-year 2026 project planned 2026-03-01 to "
         "2026-10-31, NAT-2021, inline operators and a 备注 column: the 竣工验收 deadline "
         "falls after the 计划完成日期")  # fmt: skip
def pm06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="城区易涝点整治项目", dept="青岚市住房和城乡建设局（132）",
        unit="青岚市排水管理处", attr="一次性项目",
        start=day(2026, 3, 1), end=day(2026, 10, 31),
        money=one_year_money(wan(380), wan(300), wan(80)),
        goals=["完成城区14处易涝点整治，新建改造雨水管网6.5公里，汛期前完成主要积水点改造。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "整治易涝点数", "≥14处", "点位清单见附件"),
        (None, None, "新建改造雨水管网长度", "≥6.5公里", None),
        (None, "质量指标", "工程竣工验收合格率", pct(1), None),
        (None, "时效指标", "主要积水点改造完成时间", "2026年5月31日前", "主汛期前"),
        (None, None, "工程竣工验收完成时间",
         mk("2026年12月15日前", "Y102", "error",
            note="after the plan's 计划完成日期 2026-10-31"), None),
        ("成本指标", "经济成本指标", "雨水管网单位造价", "≤45万元/公里", "含路面恢复"),
        ("效益指标", "社会效益指标", "整治点位积水消除率", "≥90%", "按汛期巡查记录"),
        (None, "可持续影响指标", "排水设施运维管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pm07-start-after-end", (8,), "one-year 2026 project, NAT-2021, operator in words in "
         "its own column and a unit column: 计划开始日期 2026-09-01 after 计划完成日期 "
         "2026-06-30")  # fmt: skip
def pm07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 12, 14))
    project_head(
        s, year=2026, name="山洪灾害预警设施更新项目", dept="枫塘县水利局（408）",
        unit="枫塘县水旱灾害防御中心", attr="一次性项目",
        start=day(2026, 9, 1),
        end=mk(day(2026, 6, 30), "Y104", "error", row=True,
               note="the finish date lies before the start date"),
        money=one_year_money(wan(95), wan(80), wan(15)),
        goals=["更新山洪灾害自动监测站点26个、预警广播120套，监测数据到报率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新自动监测站点数", "大于等于", 26, "个"),
        (None, None, "更新预警广播套数", "大于等于", 120, "套"),
        (None, "质量指标", "监测数据到报率", "大于等于", 95, "%"),
        (None, "时效指标", "预警信息发布时限", "小于等于", 10, "分钟"),
        ("成本指标", "经济成本指标", "单套预警广播购置安装费用", "小于等于", 0.35, "万元/套"),
        (None, None, "单个监测站点更新费用", "小于等于", 1.9, "万元/个"),
        ("效益指标", "社会效益指标", "预警信息覆盖受威胁人口比例", "大于等于", 98, "%"),
        (None, "可持续影响指标", "设施设计使用年限", "大于等于", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "何振宇", "邱佳琪", "0591-83217764")
    return b


@variant("pm08-february-29-2026", (8,), "one-year 2026 project, NAT-2021, inline operators: "
         "the first payment deadline 2026年2月29日前, a day 2026 does not have")  # fmt: skip
def pm08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城乡困难群众取暖补贴发放项目", dept="石埭区民政局（126）",
        unit="石埭区社会救助服务中心", attr="常年项目",
        money=one_year_money(wan(156), wan(156), wan(0)),
        goals=["为2600户城乡困难家庭发放冬季取暖补贴，每户600元，分两批发放到户。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "发放取暖补贴户数", "≥2600户"),
        (None, "质量指标", "补贴对象认定准确率", "≥98%"),
        (None, "时效指标", "第一批补贴发放完成时间",
         mk("2026年2月29日前", "Y106", "error", alt=("T116",),
            note="2026 is not a leap year: 2月29日 does not exist")),
        (None, None, "第二批补贴发放完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "取暖补贴标准", "≤600元/户"),
        ("效益指标", "社会效益指标", "困难群众冬季基本生活保障率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("pm09-title-year", (8,), "one-year project, NAT-2021, inline operators: the title says "
         "2025年度 while the plan dates and the deadline are all 2026")  # fmt: skip
def pm09() -> Book:
    b, s = book("Sheet1")
    tol = "tolerated: a consequence if the title year is taken as the budget year"
    project_head(
        s, year=2026, name="全民健身器材更新项目", dept="云岫市体育局（241）",
        unit="云岫市全民健身服务中心",
        title=mk("2025年度项目支出绩效目标申报表", "Y101", "error",
                 note="the table is for 2026: plan dates and the deadline say 2026"),
        start=mk(day(2026, 1, 1), "Y102", "error", required=False, alt=("Y101",), note=tol),
        end=mk(day(2026, 12, 31), "Y102", "error", required=False, alt=("Y101",), note=tol),
        money=one_year_money(wan(72), wan(60), wan(12)),
        goals=["更新老旧全民健身路径器材40套，新建多功能运动场地3处，器材安装验收合格率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新健身路径器材套数", "≥40套"),
        (None, None, "新建多功能运动场地数", "≥3处"),
        (None, "质量指标", "器材安装验收合格率", pct(1)),
        (None, "时效指标", "器材更新安装完成时间",
         mk("2026年9月30日前", "Y102", "error", required=False, alt=("Y101", "Y103"),
            note=tol)),
        ("成本指标", "经济成本指标", "单套健身路径器材购置安装费用", "≤1万元/套"),
        (None, None, "单处运动场地建设费用", "≤10万元/处"),
        ("效益指标", "社会效益指标", "城区健身设施覆盖社区比例", "≥95%"),
        (None, "可持续影响指标", "健身器材日常维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
