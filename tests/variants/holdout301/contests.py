"""青少年科技创新大赛: sy07–sy12 (three correct, three with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout301.common import (
    SIX,
    book,
    department,
    indicators,
    notes,
    one_year,
    wan,
)
from tests.variants.holdout301.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澄渚市科学技术协会（417001）"


@variant(
    "sy07-contest-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标) "
    "and an indicator score column, both adding to 100, a 比例 raised in 百分点 (correct)",
)
def sy07() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="澄渚市第二十一届青少年科技创新大赛", dept=DEPT,
        unit="澄渚市青少年科技教育中心", money=one_year(wan(65), wan(60), wan(5)),
        goals=("组织全市青少年科技创新大赛，征集参赛作品600件以上，参赛学校80所以上，"
               "参赛师生满意度90%以上。",),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "市级大赛参赛作品数量", "≥600件", 10),
        (None, None, "参赛学校数量", "≥80所", 10),
        (None, "（二）质量指标", "评审专家回避制度执行率", "=100%", 10),
        (None, "（三）时效指标", "市级决赛举办时间", "2025年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "大赛组织经费", "≤65万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "省赛获奖作品比例比上年提高",
         "≥3百分点", 15),
        (None, "（二）可持续影响指标", "中小学科技创新社团覆盖率", "≥70%", 15),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "参赛师生满意度", "≥90%", 10),
        (None, None, "评审专家满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant(
    "sy08-contest-flat",
    (3,),
    "department, flat list without tiers (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值), a typed percent cell, weights adding to 100, an incident count of 0 (correct)",
)
def sy08() -> Book:
    b, s = book()
    department(s, 2025, "柘原县青少年科技教育中心", (420, 395, 25, 260, 160), [
        ("青少年科技创新大赛", "组织县级大赛并选送作品参加市赛", 58, "参赛作品300件以上"),
        ("科技辅导员培训", "分学段培训中小学科技辅导员", 32, "培训120人次"),
        ("校园科技节", "组织中小学科技节和科普展演", 70, "覆盖中小学40所"),
        ("金额合计", None, 160, None),
    ], "组织县级青少年科技创新大赛，征集参赛作品300件以上；培训科技辅导员120人次；"
       "校园科技节覆盖中小学40所；师生满意度90%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("县级大赛参赛作品数量", 15, "件", "≥", 300),
        ("科技辅导员培训人次", 10, "人次", "≥", 120),
        ("校园科技节覆盖中小学数量", 15, "所", "≥", 40),
        ("选送市赛作品获奖率", 15, "%", "≥", pct(0.3)),
        ("大赛单件作品评审成本", 10, "元/件", "≤", 600),
        ("活动安全责任事故发生次数", 10, "起", "≤", 0),
        ("中小学生科技活动参与率", 15, "%", "≥", 60),
        ("师生满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100, merge=[])
    return b


@variant(
    "sy09-contest-export",
    (7,),
    "budget-system export: budget on sheet 项目支出预算05-1, indicators on a second sheet "
    "项目支出绩效目标05-2 with codes in the first columns, header on the third row under "
    "预期实现值, tiers repeated in every row, bare numbers with a unit column (correct)",
)
def sy09() -> Book:
    b, s = book("项目支出预算05-1", (12, 20, 18, 30, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位名称：鹭汀区科学技术协会", None, None, None, None, None, "单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    code, unit, proj = "442001", "鹭汀区科学技术协会", "44200126T000018"
    name = "青少年科技创新大赛选拔与集训"
    s.row(code, unit, proj, name, wan(38.6), wan(35), wan(3.6))
    s.row("合计", None, None, None, wan(38.6), wan(35), wan(3.6))
    t = b.sheet("项目支出绩效目标05-2", (10, 16, 14, 12, 14, 26, 8, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 9)
    t.row("单位名称：鹭汀区科学技术协会", None, None, None, None, None, None, None, None)
    head = ("单位代码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符",
            "预期实现值", "计量单位")  # fmt: skip
    t.row(*head)
    for row in [
        ("产出指标", "数量指标", "参加省赛选拔作品数", "≥", 40, "件"),
        ("产出指标", "数量指标", "集训学生人数", "≥", 60, "人"),
        ("产出指标", "质量指标", "集训学员结业率", "≥", 95, "%"),
        ("产出指标", "时效指标", "集训周期", "≤", 20, "天"),
        ("产出指标", "成本指标", "学生集训人均成本", "≤", 0.45, "万元/人"),
        ("效益指标", "社会效益指标", "省赛获奖作品比例", "≥", 30, "%"),
        ("效益指标", "可持续影响指标", "集训课程资源校际共享比例", "≥", 50, "%"),
        ("满意度指标", "服务对象满意度指标", "参训学生及家长满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(code, proj, name, *row)
    return b


@variant(
    "sy10-contest-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a 合格率 given as a count, a 反向 rate with ≥, weights adding to 95",
)
def sy10() -> Book:
    b, s = book()
    department(s, 2025, "栾屿县科学技术协会", (380, 350, 30, 290, 90), [
        ("青少年科技创新大赛", "组织县级大赛并选送市赛", 36, "参赛作品150件以上"),
        ("科技辅导员培训", "培训中小学科技辅导员", 24, "培训120人"),
        ("科普进校园", "组织科普报告和实验秀进校园", 30, "开展30场"),
        ("金额合计", None, 90, None),
    ], "组织县级青少年科技创新大赛，征集作品150件以上；培训科技辅导员120人；"
       "开展科普进校园30场。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    count = mk("≥120", "T105", "error", note="合格率的指标值是人数，不是百分比")
    wrong = mk("≥3", "T108", "warning", row=True, note="申诉率是反向指标，应为 ≤")
    s.table([
        ("青少年科技创新大赛参赛作品数量", "≥150", "正向", "件", 20),
        ("科技辅导员培训合格率", count, "正向", "人", 10),
        ("科普进校园活动场次", "≥30", "正向", "场", 15),
        ("作品评审申诉率", wrong, "反向", "%", 10),
        ("大赛单件作品组织成本", "≤500", "反向", "元/件", 15),
        ("中小学生科技活动参与率", "≥55", "正向", "%", 15),
        ("师生满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "sy11-contest-tiers-wrong",
    (5, 10),
    "project, NAT-2021, tier labels with marks (*产出指标) and abbreviated (数量, 经济成本), a "
    "tier-1 score column and an indicator score column: a 时效 row under 成本指标, two tier "
    "scores that the indicator scores under them do not reach",
)
def sy11() -> Book:
    b, s = book(widths=(14, 8, *SIX[1:]))
    project_head(
        s, year=2025, name="柘原县青少年科技创新大赛暨科技节", dept="柘原县科学技术协会（425003）",
        unit="柘原县青少年科技教育中心", money=one_year(wan(42), wan(42), wan(0)),
        goals=("举办县级青少年科技创新大赛，征集作品260件以上，参赛学生满意度90%以上。",),
    )  # fmt: skip
    out = mk(50, "W103", "error", note="产出指标 50 分，其下分值合计 45")
    eff = mk(25, "W103", "error", note="效益指标 25 分，其下分值合计 30")
    late = mk("时效", "F105", "error", note="时效指标属于产出指标，不在成本指标之下")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("*产出指标", out, "数量", "★县级大赛参赛作品数量", "≥260件", 15),
        (None, None, None, "参赛学校覆盖率", "≥90%", 10),
        (None, None, "质量", "作品原创性审核通过率", "≥95%", 10),
        (None, None, "时效", "县级大赛举办时间", "2025年4月30日前", 10),
        ("*成本指标", 10, "经济成本", "单件作品组织成本", "≤800元/件", 5),
        (None, None, late, "评审结果公示时限", "≤7个工作日", 5),
        ("效益指标", eff, "社会效益", "推荐市赛作品获奖率", "≥30%", 15),
        (None, None, "可持续影响", "学校科技社团常态化开展比例", "≥70%", 15),
        ("满意度指标", 15, "服务对象满意度", "参赛学生满意度", "≥90%", 8),
        (None, None, None, "指导教师满意度", "≥90%", 7),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "sy12-contest-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a value with no indicator name, the template's "
    "社会成本指标 row left empty",
)
def sy12() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="澄渚市青少年科技创新大赛作品展评", dept=DEPT,
        unit="澄渚市青少年科技教育中心", money=one_year(wan(52), wan(50), wan(2)),
        goals=("征集并展评青少年科技创新作品500件以上，参赛师生满意度90%以上。",),
    )  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值 ≥45所，三级指标名称为空")
    empty = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "参赛作品数量", "≥500件"),
        (None, None, nameless, "≥45所"),
        (None, "质量指标", "作品查重合格率", "≥98%"),
        (None, "时效指标", "展评活动完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "作品展评组织费用", "≤48万元"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", "中小学生科技创新参与率", "≥50%"),
        (None, "可持续影响指标", "优秀作品进入校本课程比例", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：指标值须含比较符和计量单位。", width=4)
    return b
