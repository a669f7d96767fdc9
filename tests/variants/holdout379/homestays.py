"""Homestays (民宿): clusters, grading and fire safety of village guesthouses, vy07–vy12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout379.common import TOURISM, YEAR, indicators, project, start, wan
from tests.variants.holdout379.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


def _cluster_head(s: Sheet, name: str, goals: tuple[Any, Any]) -> None:
    """A three-year homestay cluster project, 2025–2027: 900 for the period, 300 this year."""
    project_head(s, year=YEAR, name=name, dept=TOURISM, unit="鹭坪县乡村旅游发展中心", years=3,
                 attr="新增项目", money=[
                     ("中期资金总额", wan(900), "年度资金总额", wan(300)),
                     ("中期财政拨款", wan(750), "年度财政拨款", wan(250)),
                     ("中期其他资金", wan(150), "年度其他资金", wan(50))],
                 goals=goals)  # fmt: skip


@variant("vy07-homestay-cluster", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def homestay_cluster() -> Book:
    b, s = start()
    _cluster_head(s, "鹭坪县溪谷民宿集群培育项目", (
        "三年内培育精品民宿90家，形成两条民宿集聚带，民宿年接待游客达到15万人次。",
        "本年度培育精品民宿30家，完成鹤垄片区民宿集聚带公共配套建设。"))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "精品民宿培育数量", "≥90家", "≥30家"),
        (None, None, "民宿管家培训人次", "≥900人次", "≥300人次"),
        (None, "质量指标", "精品民宿评定达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培育任务完成时间", "每年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单家精品民宿培育补助", "≤10万元/家", "≤10万元/家"),
        ("效益指标", "经济效益指标", "民宿年接待游客人次", "≥15万人次", "≥5万人次"),
        (None, "社会效益指标", "带动村民就业人数", "≥270人", "≥90人"),
        ("满意度指标", "服务对象满意度指标", "入住游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vy08-homestay-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual count above its period count")  # fmt: skip
def homestay_copied() -> Book:
    b, s = start()
    goal = "三年内提升改造民宿60家，建成鹤垄民宿服务中心，民宿床位入住率稳步提高。"
    _cluster_head(s, "鹤垄片区民宿提质改造项目", (goal, mk(goal, "D204", "warning",
                  note="年度目标照抄中期目标")))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "提质改造民宿数量", "≥60家", mk("≥60家", "D202", "warning",
                                                          note="三年累计数照抄到年度")),
        (None, None, "民宿从业人员培训人次", "≥500人次", mk("≥600人次", "D201", "error",
                                                            note="年度培训人次大于三年合计")),
        (None, "质量指标", "改造验收合格率", "100%", "100%"),
        (None, "时效指标", "服务中心建成时间", "2026年12月31日前", "完成主体工程"),
        ("成本指标", "经济成本指标", "单家民宿改造补助", "≤5万元/家", "≤5万元/家"),
        ("效益指标", "经济效益指标", "改造民宿床位年均入住率提高", "≥8百分点", "≥3百分点"),
        (None, "可持续影响指标", "民宿服务中心运营管理制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "入住游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vy09-homestay-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate change in 百分点 (correct)")  # fmt: skip
def homestay_points() -> Book:
    b, s = start("绩效目标")
    project(s, name="鹭坪县民宿等级评定与品牌推广项目", unit="鹭坪县乡村旅游发展中心", total=40,
            fiscal=40, other=0,
            goal="完成年度民宿等级评定，推出“鹭坪山居”民宿公共品牌。")  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "参评民宿数量", "≥80家", 15),
        (None, None, None, "品牌推介活动场次", "≥6场", 10),
        (None, None, "质量指标", "等级评定复核准确率", "≥98%", 10),
        (None, None, "时效指标", "评定结果公示时间", "2025年10月31日前", 5),
        ("成本指标", 20, "经济成本指标", "单场推介活动费用", "≤4万元/场", 20),
        ("效益指标", 30, "经济效益指标", "参评民宿平均入住率提高", "≥5百分点", 15),
        (None, None, "社会效益指标", "“鹭坪山居”品牌网络曝光量", "≥200万次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参评民宿经营者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("vy10-homestay-points-wrong", (10, 1),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two tiers "
         "off, the totals still 100), a 合格率 typed as 105%")  # fmt: skip
def homestay_points_wrong() -> Book:
    b, s = start("绩效目标")
    project(s, name="鹭坪县民宿消防安全提升项目", unit="鹭坪县乡村旅游发展中心", total=54,
            fiscal=45, other=9,
            goal="为民宿配置独立式烟感报警器和简易喷淋，消除消防隐患。")  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", mk(40, "W103", "error", note="其下指标分值 15+10+10=35"),
         "数量指标", "完成消防提升民宿数量", "≥45家", 15),
        (None, None, "质量指标", "消防设施验收合格率", mk(pct(1.05), "T106", "error",
                                                          note="合格率 105% 超过上限"), 10),
        (None, None, "时效指标", "改造完成时间", "2025年9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单家民宿消防改造补助", "≤1.2万元/家", 20),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值 20+15=35"), "社会效益指标",
         "民宿火灾事故发生起数", "≤0起", 20),
        (None, None, "可持续影响指标", "民宿消防安全季度检查制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "民宿经营者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("vy11-homestay-labels", (5, 7),
         "project, OLD-NAT, two-row header 绩效指标 / 指标内容 / 绩效标准 / 分值, numbered tier "
         "labels with points, ★ and abbreviations, points adding up both ways "
         "(correct)")  # fmt: skip
def homestay_labels() -> Book:
    b, s = start()
    project(s, name="鹭坪县民宿管家职业技能培训项目", unit="鹭坪县人力资源和社会保障局", total=24,
            fiscal=24, other=0,
            goal="培训民宿管家200人次，持证上岗率明显提高。")  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "分值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("一、产出指标（60分）", "（一）数量", "民宿管家培训人次", "≥200人次", 20),
        (None, "（二）质量指标", "培训结业考核通过率", "≥90%", 15),
        (None, "（三）时效", "培训完成时间", "2025年11月30日前", 10),
        (None, "（四）成本指标", "人均培训补贴标准", "≤1200元/人次", 15),
        ("二、效益指标（30分）", "（一）★社会效益指标", "参训管家持证上岗人数", "≥150人", 20),
        (None, "（二）可持续影响", "民宿管家人才库管理制度", "健全", 10),
        ("三、满意度指标（10分）", "（一）服务对象满意度", "参训学员满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("vy12-homestay-template", (5, 6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name, 可持续影响指标 under 满意度指标")  # fmt: skip
def homestay_template() -> Book:
    b, s = start()
    project(s, name="鹭坪县民宿污水及垃圾分类设施配套项目", unit="鹭坪县乡村旅游发展中心",
            total=70, fiscal=60, other=10,
            goal="为35家民宿配套污水预处理和垃圾分类设施。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "配套设施民宿数量", "≥35家"),
        (None, "质量指标", "设施验收合格率", "100%"),
        (None, "时效指标", "设施投用时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单家民宿配套补助", "≤2万元/家"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("效益指标", "生态效益指标", "民宿生活垃圾分类准确率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值而无三级指标名称"), "≥20吨"),
        (None, "社会效益指标", "游客垃圾分类知晓率", "≥80%"),
        ("满意度指标", mk("可持续影响指标", "F105", "error", note="应属效益指标"),
         "设施日常运维责任制度", "建立并执行"),
        (None, "服务对象满意度指标", "民宿经营者满意度", "≥90%"),
    ])  # fmt: skip
    return b
