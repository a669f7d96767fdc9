"""侗族大歌 in schools: yq07–yq12 (中期 and 年度, points, header words, a second sheet)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout449.common import EDU, indicators, multi_year, one_year, sign, start
from tests.variants.holdout449.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("yq07-dage-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates equal in both (correct)")  # fmt: skip
def yq07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="侗族大歌进校园三年行动", dept=EDU,
                 unit="雾岭县第二民族中学", money=multi_year((90, 75, 15), (30, 25, 5)),
                 goals=["三年组建大歌班12个，培养学生歌队骨干360人，编写校本教材1套。",
                        "2025年组建大歌班4个，培养骨干120人，完成校本教材初稿。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "组建侗族大歌班数量", "≥12个", "≥4个"),
        (None, None, "培养学生歌队骨干人数", "≥360人", "≥120人"),
        (None, "质量指标", "大歌班学生展演达标率", "≥85%", "≥85%"),
        (None, "时效指标", "校本教材初稿完成时间", "2027年6月前", "2025年12月前"),
        ("成本指标", "经济成本指标", "每个大歌班年度运行经费", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "参与大歌学习学生人次", "≥3000人次", "≥1000人次"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yq08-dage-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts and the 中期目标 "
         "text copied into the annual cells")  # fmt: skip
def yq08() -> Book:
    b, s = start()
    goal = "三年在全县12所中小学开设侗族大歌课程，培训音乐教师60人次。"
    project_head(s, year=2025, years=3, name="侗族大歌师资培训计划", dept=EDU,
                 unit="雾岭县教师发展中心", money=multi_year((54, 45, 9), (18, 15, 3)),
                 goals=[goal, mk(goal, "D204", "warning", note="copied")])  # fmt: skip
    d202 = {"severity": "warning", "note": "a cumulative count equal in a three-year project"}
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "开设大歌课程学校数", "≥12所", mk("≥12所", "D202", **d202)),
        (None, None, "培训音乐教师人次", "≥60人次", mk("≥60人次", "D202", **d202)),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤0.3万元/人次", "≤0.3万元/人次"),
        ("效益指标", "可持续影响指标", "大歌课程纳入学校课表比例", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("yq09-dage-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator scores (100 both ways), a rate "
         "raised in 百分点 and a 下降率 with ≥ (correct)")  # fmt: skip
def yq09() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="鼓楼坪小学侗族大歌社团", dept=EDU,
                 unit="鸣溪镇鼓楼坪小学", money=one_year(8, 8, 0),
                 goals=["社团每周排练2次，参加县级展演2场，学生参与率提高。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "社团排练次数", "≥70次", 15),
        (None, None, None, "参加县级展演场次", "≥2场", 15),
        (None, None, "质量指标", "展演曲目完整演唱率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每次排练辅导费", "≤500元/次", 10),
        ("效益指标", 30, "社会效益指标", "学生社团参与率比上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "社团学生流失下降率", "≥10%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学生满意度", "≥90%", 10),
        (None, None, None, "家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("yq10-dage-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a rate "
         "given as a count")  # fmt: skip
def yq10() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="楠坪中学侗族大歌合唱队", dept=EDU,
                 unit="楠坪乡初级中学", money=one_year(10, 10, 0),
                 goals=["合唱队排练60次，参加市级比赛1次。"])  # fmt: skip
    tier = mk(40, "W103", "error", alt=("W101",), note="15 + 15 + 15 = 45 under 产出 (40)")
    indicators(s, SCORED, [
        ("产出指标", tier, "数量指标", "合唱队排练次数", "≥60次", 15),
        (None, None, "质量指标", "队员声部考核达标率",
         mk("12人", "T105", "error", note="a 达标率 given as a count"), 15),
        (None, None, "时效指标", "市级比赛参赛时间", "2025年10月前", 15),
        ("成本指标", 10, "经济成本指标", "每次排练辅导费", "≤600元/次", 10),
        ("效益指标", 30, "社会效益指标", "校园大歌活动覆盖学生人数", "≥400人", 30),
        ("满意度指标", 20, "服务对象满意度指标", "队员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("yq11-dage-header-words", (7, 1),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column, typed percent "
         "cells (correct)")  # fmt: skip
def yq11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="侗族大歌校本课程开发", dept=EDU,
                 unit="雾岭县第三小学", money=one_year(15, 12, 3),
                 goals=["开发大歌校本课程1套（16课时），在3个年级开课。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "校本课程课时数", "≥16课时", "每少1课时扣1分"),
        (None, None, "开课年级数", "≥3个", "每少1个扣2分"),
        (None, "质量指标", "课程评审通过率", pct(1), "未通过不得分"),
        ("成本指标", "经济成本指标", "课程开发费用", "≤12万元", "超支不得分"),
        ("效益指标", "社会效益指标", "学生能完整演唱大歌曲目比例", pct(0.6), "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9), "按调查结果得分"),
    ])  # fmt: skip
    return b


@variant("yq12-dage-second-sheet", (7, 6, 13),
         "project: head on the first sheet, indicator table on 绩效指标 under header 预期实现值; "
         "a template tier-2 left empty, a value without a name")  # fmt: skip
def yq12() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2025, name="侗族大歌传承基地学校建设", dept=EDU,
                 unit="雾岭县第二民族中学", money=one_year(20, 16, 4),
                 goals=["建设传承基地1个，配置民族乐器，开展展演4场。"])  # fmt: skip
    sign(s, "杨秀兰", "0778-6637720", day(2024, 12, 5))
    t = b.sheet("绩效指标")
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建设传承基地数量", "=1个"),
        (None, None, mk(None, "F110", "error", note="value without a name"), "≥4场"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (None, "质量指标", "乐器验收合格率", "=100%"),
        ("成本指标", "经济成本指标", "民族乐器购置费", "≤8万元"),
        ("效益指标", "社会效益指标", "参与展演学生人次", "≥500人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b
