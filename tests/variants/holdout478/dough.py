"""Dough-figurine (面塑) returns: percent cells, tier labels, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.holdout478.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout478.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "枫垭县教育局（306001）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zt01-dough-percent-cells", (1,),
         "project, OLD-NAT, operator column and unit column, percents typed in Excel, "
         "万元 in the number format (correct)")  # fmt: skip
def dough_percent_cells() -> Book:
    b, s = book()
    one_year(s, name="面塑非遗进校园课后服务项目", dept=DEPT, unit="枫垭县实验小学",
             total=28, fiscal=24, other=4,
             goal="在全校三至六年级开设面塑社团12个，480名学生完成一学年面塑课程。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "面塑社团开班数", "≥", 12, "个"),
        (None, None, "参训学生人数", "≥", 480, "人"),
        (None, None, "面塑课时数", "≥", 384, "课时"),
        (None, "质量指标", "学生作品完成率", "≥", pct(0.95), "%"),
        (None, None, "指导教师持证上岗率", "=", pct(1), "%"),
        (None, None, "面塑作品破损率", "≤", pct(0.05), "%"),
        (None, "时效指标", "学期课程按期开课率", "≥", pct(0.98), "%"),
        (None, "成本指标", "生均面塑材料费", "≤", 150, "元/人"),
        (None, None, "外聘面塑艺人课时费", "≤", 200, "元/课时"),
        ("效益指标", "社会效益指标", "学生面塑基本技法掌握率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "面塑校本课程持续开设年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
        (None, None, "家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "顾岚青", "0739-5628174")
    return b


@variant("zt02-dough-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: an attendance rate typed as 105%, "
         "a waste rate with ≥")  # fmt: skip
def dough_percent_wrong() -> Book:
    b, s = book()
    one_year(s, name="面塑社团课后服务项目", dept="栎川区教育局（412003）",
             unit="栎川区桐坞小学", total=16.5, fiscal=15, other=1.5,
             goal="开设面塑社团6个，覆盖240名学生，期末举办一次面塑作品展。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "面塑社团开班数", "≥", 6, "个"),
        (None, None, "参训学生人数", "≥", 240, "人"),
        (None, "质量指标", "学生课程出勤率", "≥",
         mk(pct(1.05), "T106", "error",
            note="出勤率以100%为上限，Excel里键入的105%不可能达到"), "%"),
        (None, None, "面塑材料浪费率",
         mk("≥", "T108", "warning", row=True, note="浪费率是反向指标，应为≤"),
         pct(0.03), "%"),
        (None, None, "面团霉变率", "≤", pct(0.02), "%"),
        (None, "时效指标", "作品展举办时间", None, "12月31日前", None),
        (None, "成本指标", "生均面塑材料费", "≤", 120, "元/人"),
        ("效益指标", "社会效益指标", "参展学生作品数", "≥", 180, "件"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "符守田", "0741-3306925")
    return b


@variant("zt03-dough-numbered-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), "
         "abbreviated (（一）数量) and a ★ core indicator (correct)")  # fmt: skip
def dough_numbered_labels() -> Book:
    b, s = book()
    one_year(s, name="面塑课后兴趣班项目", dept=DEPT, unit="枫垭县第二中学",
             total=22, fiscal=22, other=0,
             goal="为初一、初二学生开设面塑兴趣班8个，完成人物、花卉两个单元教学。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量", "★参训学生人数", "≥320人"),
        (None, None, "面塑兴趣班开班数", "≥8个"),
        (None, "（二）质量指标", "教学单元完成率", "≥95%"),
        (None, "（三）时效", "秋季学期开班时间", "9月30日前"),
        ("二、成本指标（20分）", "经济成本指标", "生均面塑材料费", "≤160元/人"),
        (None, None, "外聘艺人课时费标准", "≤200元/课时"),
        ("三、效益指标（30分）", "1.社会效益指标", "学生作品参加县级展评件数", "≥40件"),
        (None, "2.可持续影响指标", "面塑校本教材编写", "完成1册"),
        ("四、满意度指标（10分）", "服务对象满意度", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：一级指标后括号内为该项分值，合计100分。")
    sign(s, "柏晓禾", "0739-5621408")
    return b


@variant("zt04-dough-wrong-parent", (5,),
         "project, OLD-NAT, labels marked with * and numbered: 时效指标 placed under 效益指标, "
         "a satisfaction rate given as a head count")  # fmt: skip
def dough_wrong_parent() -> Book:
    b, s = book()
    one_year(s, name="面塑传承课后社团项目", dept="栎川区教育局（412003）",
             unit="栎川区青苇中学", total=18, fiscal=15, other=3,
             goal="组建面塑社团5个，200名学生完成面塑基础课程，举办校级展演2场。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "（一）数量指标", "参训学生人数", "≥200人"),
        (None, None, "面塑社团数", "≥5个"),
        (None, "（二）质量指标", "课程完成率", "≥95%"),
        (None, "（四）成本指标", "生均材料费", "≤150元/人"),
        ("*效益指标", "（一）社会效益指标", "校级面塑展演场次", "≥2场"),
        (None, mk("（三）时效指标", "F105", "error",
                  note="时效指标属于产出指标，不能放在效益指标下"),
         "展演按期举办率", "≥95%"),
        ("*满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
        (None, None, "家长满意度",
         mk("300人", "T105", "error", note="满意度是比率，应填百分比")),
    ])  # fmt: skip
    sign(s, "潘知远", "0741-3318062")
    return b


@variant("zt05-dough-two-year", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: annual counts below the period "
         "counts, rates and unit costs equal (correct)")  # fmt: skip
def dough_two_year() -> Book:
    b, s = book()
    multi_year(s, name="乡村小学面塑课后服务两年计划", dept=DEPT,
               unit="枫垭县檀口镇中心小学",
               years=2, period=(60, 52, 8), annual=(30, 26, 4),
               goals=("两年内在全镇6所村小轮训面塑课程，累计900人次学生受益，培养面塑教师40人。",
                      "2025年在3所村小开课，450人次学生受益，培养面塑教师20人。"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "受益学生人次", "≥900人次", "≥450人次"),
        (None, None, "培养面塑教师人数", "≥40人", "≥20人"),
        (None, None, "开课村小数量", "≥6所", "≥3所"),
        (None, "质量指标", "教师培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "教学轮次完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "生均面塑材料费", "≤150元/人次", "≤150元/人次"),
        ("效益指标", "社会效益指标", "村小学生参与课后服务比例", "≥60%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "顾岚青", "0739-5628174")
    return b


@variant("zt06-dough-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "two cumulative counts copied into the annual column")  # fmt: skip
def dough_three_year_copied() -> Book:
    b, s = book()
    goal = "三年建成县级面塑课后服务示范点10个，累计培训学生600人，编写面塑校本课程1套。"
    multi_year(s, name="面塑课后服务示范点建设项目", dept=DEPT, unit="枫垭县青少年校外活动中心",
               years=3, period=(90, 78, 12), annual=(30, 26, 4),
               goals=(goal, mk(goal, "D204", "warning",
                               note="三年期项目的年度目标与中期目标逐字相同")))  # fmt: skip
    copied = "年度值照抄中期值：三年累计数不应等于一年数"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "面塑示范点数量", "≥10个",
         mk("≥10个", "D202", "warning", note=copied)),
        (None, None, "培训学生人数", "≥600人", mk("≥600人", "D202", "warning", note=copied)),
        (None, None, "面塑展演场次", "≥6场", "≥2场"),
        (None, "质量指标", "学生结业考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "示范点建设补助标准", "≤2.5万元/个", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "示范点辐射学校数", "≥20所", "≥8所"),
        ("满意度指标", "服务对象满意度指标", "参训学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, f"说明：中期指标值为{YEAR}—{YEAR + 2}年累计数。")
    sign(s, "柏晓禾", "0739-5621408")
    return b
