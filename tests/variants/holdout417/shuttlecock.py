"""Shuttlecock (毽球) returns of the 417th held-out set: xk07 to xk12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout417.common import (
    DEPT,
    ONE,
    YEAR,
    funds,
    indicators,
    note,
    project,
    sign,
)
from tests.variants.holdout417.registry import variant
from tests.variants.kit import Book, mk, ok


@variant("xk07-jianqiu-stacked-two", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def jianqiu_stacked_two() -> Book:
    b, s = project("毽球进校园器材配置", funds(36, 30, 6),
                   ["为全区中小学配置比赛用毽球20000个，保障课间毽球活动。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配置比赛用毽球数量", "≥20000个"),
        (None, "质量指标", "毽球器材抽检合格率", "≥98%"),
        (None, "时效指标", "器材配发完成时间", "6月30日前"),
        (None, "成本指标", "毽球采购单价", "≤15元/个"),
        ("效益指标", "社会效益指标", "每周参加毽球活动学生人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="毽球教练员培训", dept=DEPT, unit="榆坪区青少年体育学校",
                 money=funds(12, 12, 0), goals=["培训校园毽球教练员150人。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训毽球教练员人数", "≥150人"),
        (None, "质量指标", "教练员结业考核合格率", "≥92%"),
        (None, "时效指标", "培训按期完成率", "=100%"),
        (None, "成本指标", "教练员培训人均成本", "≤800元/人"),
        ("效益指标", "可持续影响指标", "开设毽球兴趣班学校数", "≥25所"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "罗晴川", "0731-5862 4431")
    return b


@variant("xk08-jianqiu-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is "
         "not 财政拨款 + 其他资金, one rate given as a count")  # fmt: skip
def jianqiu_stacked_defects() -> Book:
    b, s = project("毽球传统项目学校建设", funds(28, 24, 4),
                   ["建设毽球传统项目学校8所，组建校级毽球队。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设毽球传统项目学校数", "≥8所"),
        (None, "质量指标", "传统项目学校验收通过率", "≥95%"),
        (None, "成本指标", "每所学校建设补助", "≤3万元/所"),
        ("效益指标", "社会效益指标", "校级毽球队组建学校数", "≥8所"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    wrong = mk(20, "B101", "error", note="资金总额 20 ≠ 财政拨款 15 + 其他资金 4")
    money = funds(wrong, 15, 4, (ok(20, "error", note="the same slip in the 年度 column"), 15, 4))
    project_head(s, year=YEAR, name="毽球裁判员培训", dept=DEPT, unit="榆坪区青少年体育学校",
                 money=money, goals=["培训毽球裁判员60人，取得等级证书。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训毽球裁判员人数", "≥60人"),
        (None, "质量指标", "裁判员等级证书取得率",
         mk("≥30人", "T105", "error", note="a rate given as a head count")),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        (None, "成本指标", "裁判员培训人均成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "区级毽球赛事本地裁判执裁比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训裁判员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗晴川", "0731-5862 4431")
    return b


@variant("xk09-jianqiu-content-standard", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row between tiers, 说明 rows and "
         "signature lines under the table, 0起 on an incident count (correct)")  # fmt: skip
def jianqiu_content_standard() -> Book:
    b, s = project(
        "中小学课间毽球活动推广",
        funds(15, 15, 0),
        ["在全区中小学推广课间毽球活动，编排毽球操一套，举办区级毽球比赛。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "参与课间毽球活动学校数", "≥40所"),
        (None, None, "编排推广校园毽球操", "1套"),
        (None, "质量指标", "毽球操教学视频审核通过率", "=100%"),
        (None, "时效指标", "区级毽球比赛举办时间", "11月30日前"),
        (None, "成本指标", "区级比赛组织经费", "≤6万元"),
    ])  # fmt: skip
    note(s, "注：参与学校数按每周至少开展三次课间毽球活动的学校统计。", 4)
    s.table([
        ("效益指标", "社会效益指标", "毽球活动安全责任事故", "0起"),
        (None, "可持续影响指标", "毽球纳入体育大课间学校数", "≥40所"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：1.指标值依据上年度课间活动统计（历史标准）；2.成本指标不含器材购置。", 4)
    sign(s, "郑予安", "0731-5862 4436")
    return b


@variant("xk10-jianqiu-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without an indicator name")  # fmt: skip
def jianqiu_template_rows() -> Book:
    b, s = project("毽球特色课程开发", funds(10, 10, 0),
                   ["开发小学毽球校本课程，编写教案，举办课程展示。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, head, [
        ("产出指标", "数量指标", "编写毽球校本课程教案", "≥32课时"),
        (None, None, mk(None, "F110", "error", note="value ≥2场 without an indicator name"),
         "≥2场"),
        (None, "质量指标", "教案专家评审通过率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("成本指标", "经济成本指标", "课程开发经费", "≤10万元"),
        ("效益指标", "社会效益指标", "使用校本课程学校数", "≥15所"),
        ("满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑予安", "0731-5862 4436")
    return b


@variant("xk11-jianqiu-marked-labels", (5,),
         "project, OLD-NAT, tier labels with *, abbreviated tier-2s (数量, 质量, 成本), ★ on "
         "core indicators (correct)")  # fmt: skip
def jianqiu_marked_labels() -> Book:
    b, s = project("毽球传统项目学校补助", funds(40, 30, 10),
                   ["补助毽球传统项目学校16所，提升学校毽球训练水平。"])  # fmt: skip
    indicators(s, ONE, [
        ("*产出指标", "数量", "★补助毽球传统项目学校数", "≥16所"),
        (None, None, "★参加毽球训练学生人数", "≥1600人"),
        (None, "质量", "学校毽球训练计划执行率", "≥90%"),
        (None, "时效", "补助资金拨付时间", "9月30日前"),
        (None, "成本", "每所学校补助标准", "≤2.5万元/所"),
        ("*效益指标", "社会效益", "校队参加区级以上毽球比赛人次", "≥320人次"),
        (None, "可持续影响", "保持毽球传统项目学校称号学校数", "≥16所"),
        ("*满意度指标", "服务对象满意度", "受补助学校满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏砚", "0731-5862 4438")
    return b


@variant(
    "xk12-jianqiu-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, a detail block under the table: an amount split "
    "by a space, an amount pasted twice, a 填报日期 left as a date serial in text",
)
def jianqiu_artefacts() -> Book:
    b, s = project("区级中小学生毽球锦标赛", funds(30, 30, 0),
                   ["举办区级中小学生毽球锦标赛，设小学、初中两个组别。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "参赛学校数", "≥36所"),
        (None, None, "参赛运动员人数", "≥600人"),
        (None, "质量指标", "比赛裁判持证上岗率", "=100%"),
        (None, "时效指标", "锦标赛完成时间", "10月31日前"),
        (None, "成本指标", "赛事组织总成本", "≤30万元"),
        ("效益指标", "社会效益指标", "观赛及参与师生人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛学校满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出项目", "金额（万元）", "说明")
    s.table([
        (None, "场地租赁", mk("12.6 0", "X105", "warning", alt=("X103",),
                              note="12.60 split by a space")),
        (None, "器材及奖品", "5.4", None),
        (None, "裁判及工作人员劳务", mk("8万8万(含裁判劳务)", "X106", "error", alt=("B108",),
                                       note="8万 pasted twice")),
        (None, "宣传及保险", "4", None),
        (None, "合计", "30", None),
    ], merged=(1,))  # fmt: skip
    s.skip()
    s.row("填表人：", "苏砚", "联系电话：", "0731-5862 4438")
    s.row("填报日期：", mk("45839", "X104", "warning", note="a date serial typed as text"))
    return b
