"""残疾人福利与残疾人体育 (福彩 and 体彩公益金): six returns (sb07–sb12), three of them correct."""

from __future__ import annotations

from tests.variants.holdout278.common import (
    book,
    department,
    project,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout278.registry import variant
from tests.variants.kit import Book, day, mk, money


@variant("sb07-para-sports-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "bare numbers with % in the unit column, a share raised in 百分点, weights add to 100 "
         "(correct)")  # fmt: skip
def para_sports_flat() -> Book:
    b, s = department(
        year=2025, dept="棠川市残疾人联合会",
        budget=[(wan(640), wan(600), wan(40), wan(280), wan(360))],
        tasks=[
            ("残疾人运动员集训", "体彩公益金支持市残疾人运动员集训", wan(150),
             "集训运动员60人以上"),
            ("残疾人康复健身示范点", "新建社区残疾人康复健身示范点", wan(120), "新建示范点12个"),
            ("特奥融合活动", "举办特奥融合运动会及日常训练", wan(90), "举办活动8场以上"),
            ("金额合计", None, wan(360), None),
        ],
        goal="集训残疾人运动员60人以上，新建社区残疾人康复健身示范点12个，"
             "残疾人经常参加体育健身比例提高2个百分点。",
    )  # fmt: skip
    s.skip()
    s.row("部门整体绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("集训残疾人运动员", 15, "人", "≥", 60),
        ("新建社区残疾人康复健身示范点", 15, "个", "≥", 12),
        ("举办特奥融合活动", 10, "场", "≥", 8),
        ("示范点器材验收合格率", 10, "%", "=", 100),
        ("运动员集训伤病发生率", 10, "%", "≤", 3),
        ("每个示范点建设补助", 10, "万元/个", "≤", 10),
        ("残疾人经常参加体育健身比例提高", 15, "百分点", "≥", 2),
        ("参训运动员及家属满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "廖青禾", "0731-6630 5521", day(2024, 11, 22))
    return b


@variant("sb08-county-sports-flat", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): a unit against the unit column, ≥ on a 反向 rate, weights at "
         "95")  # fmt: skip
def county_sports_flat() -> Book:
    b, s = department(
        year=2025, dept="枫渡县体育事业发展中心",
        budget=[(wan(380), wan(350), wan(30), wan(150), wan(230))],
        tasks=[
            ("残疾人体育进社区", "体彩公益金支持残疾人健身指导进社区", wan(80),
             "服务残疾人1500人次以上"),
            ("全民健身赛事", "举办县级全民健身赛事", wan(150), "举办赛事12场以上"),
            ("金额合计", None, wan(230), None),
        ],
        goal="开展残疾人健身指导进社区1500人次以上，举办县级全民健身赛事12场以上，赛事零事故。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+15+10+10+15 = 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("残疾人健身指导服务", "≥1500", "正向", "人次", 15),
        ("举办县级全民健身赛事",
         mk("≥12场", "T112", "error", note="场 in the value, 人次 in the unit column"),
         "正向", "人次", 15),
        ("赛事安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="declared 反向 but written with ≥"),
         "反向", "%", 15),
        ("社会体育指导员持证上岗率", "≥95", "正向", "%", 15),
        ("赛事单场平均成本", "≤12.5", "反向", "万元/场", 10),
        ("残疾人健身指导覆盖社区", "≥20", "正向", "个", 10),
        ("参赛群众满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    sign(s, "孟书航", "0746-8831 0942", day(2024, 12, 5))
    return b


@variant("sb09-child-rehab-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under the "
         "headers 考核指标 and 预期实现值 with a unit column (correct)")  # fmt: skip
def child_rehab_second_sheet() -> Book:
    b, _ = project(
        sheet="项目基本信息", year=2025, name="福彩公益金资助残疾儿童康复救助",
        dept="沅汀区残疾人联合会", unit="沅汀区残疾人康复服务中心",
        money=year_money(216, 180, 36),
        goals=["为180名0—6岁残疾儿童提供康复救助，康复训练评估达标率85%以上，"
               "受助儿童家长满意度90%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 14, 14))
    t.title("2025年度项目支出绩效指标", 5)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "救助康复残疾儿童", "≥180", "人"),
        (None, "质量指标", "康复训练评估达标率", "≥85", "%"),
        (None, "时效指标", "救助申请审核办结时限", "≤15", "个工作日"),
        ("成本指标", "经济成本指标", "每名儿童年度康复救助标准", "≤1.2", "万元/人"),
        ("效益指标", "社会效益指标", "受助儿童康复训练有效率", "≥80", "%"),
        (None, "可持续影响指标", "定点康复机构协议管理", "规范", None),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(t, "严若溪", "0735-2271 4408", day(2024, 11, 15))
    return b


@variant("sb10-assistive-template-rows", (6, 7, 13),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a value without a name, a tier-2 left "
         "from the template without indicator or value")  # fmt: skip
def assistive_template_rows() -> Book:
    b, s = project(
        year=2025, name="福彩公益金支持残疾人辅助器具适配服务", dept="石簪区残疾人联合会",
        unit="石簪区辅助器具服务站", money=year_money(85, 85, 0),
        goals=["为850名持证残疾人适配辅助器具，回访合格率95%以上，受助残疾人满意度90%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "适配辅助器具的持证残疾人", "≥850人"),
        (None, None, mk(None, "F110", "error", note="≥1200件 with no indicator name"),
         "≥1200件"),
        (None, "质量指标", "辅助器具适配回访合格率", "≥95%"),
        (None, "时效指标", "适配申请办结时限", "≤20个工作日"),
        (None, "成本指标", "人均辅助器具适配补助", "≤1000元/人"),
        ("效益指标", "社会效益指标", "受助残疾人生活自理能力改善率", "≥70%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "可持续影响指标", "辅助器具回收复用机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "乔慕白", "0739-5513 6620", day(2024, 11, 28))
    return b


@variant("sb11-para-games-points", (10,),
         "project, NAT-2021, a tier-1 score column beside the indicator score column: 预算执行率 "
         "listed as a 时效 output, the 产出 indicator scores short of the tier's 50")  # fmt: skip
def para_games_points() -> Book:
    b, s = project(
        year=2025, name="体彩公益金支持残疾人运动会参赛备战", dept="棠川市残疾人联合会",
        unit="棠川市残疾人体育训练中心", money=year_money(210, 200, 10),
        goals=["组织46名残疾人运动员参加9个大项的集训和比赛，获得奖牌12枚以上，"
               "带动残疾人参加体育训练300人次以上。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator scores total 95 because of the 产出 shortfall")  # fmt: skip
    short = mk(50, "W103", "error", note="产出 indicators: 10 + 10 + 10 + 10 + 5 = 45, not 50")
    table(s, ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值"), [
        ("产出指标", short, "数量指标", "参赛运动员", "≥46人", 10),
        (None, None, None, "参加比赛大项", "≥9项", 10),
        (None, None, "质量指标", "参赛运动员资格审查通过率", "=100%", 10),
        (None, None, "时效指标", "集训计划按期完成率", "≥95%", 10),
        (None, None, None, mk("预算执行率", "F202", "warning", row=True,
                              note="scored separately in evaluation; not an output"),
         "≥95%", 5),
        ("成本指标", 20, "经济成本指标", "运动员集训伙食补助标准", "≤150元/人·天", 10),
        (None, None, None, "参赛器材购置费", "≤60万元", 10),
        ("效益指标", 20, "社会效益指标", "获得奖牌", "≥12枚", 10),
        (None, None, None, "带动残疾人参加体育训练", "≥300人次", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参赛运动员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "岑望舒", "0731-6630 5560", day(2024, 11, 12))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "度量单位")  # fmt: skip
DEMO = ("415003250012", "体彩公益金残疾人康复健身示范点建设")
GAMES = ("415003250013", "体彩公益金残疾人体育赛事")


@variant("sb12-para-budget-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, unit and project codes in the first columns, no merged "
         "cells (correct)")  # fmt: skip
def para_budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 16, 34, 12, 12, 12))
    s.row("2025年部门项目支出预算表", merge=[(1, 7)])
    s.row("单位名称：沅汀区残疾人联合会", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("415003", "沅汀区残疾人联合会", *DEMO, money(96), money(96), money(0))
    s.row("415003", "沅汀区残疾人联合会", *GAMES, money(54), money(50), money(4))
    s.row("合计", None, None, None, money(150), money(146), money(4))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 30, 12, 18, 30, 10, 16, 10))
    t.row("2025年部门项目支出绩效目标表", merge=[(1, 8)])
    t.row("单位名称：沅汀区残疾人联合会（415003）")
    t.row(*EXPORT_HEAD)
    for line in (
        ("产出指标", "数量指标", "新建社区残疾人康复健身示范点", "≥", 8, "个"),
        ("产出指标", "质量指标", "示范点器材安装验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "示范点建成时间", "≤", "2025年10月31日", None),
        ("成本指标", "经济成本指标", "每个示范点建设补助", "≤", 12, "万元/个"),
        ("效益指标", "社会效益指标", "示范点年服务残疾人", "≥", 2400, "人次"),
        ("满意度指标", "服务对象满意度指标", "残疾人健身群众满意度", "≥", 90, "%"),
    ):
        t.row(*DEMO, *line)
    for line in (
        ("产出指标", "数量指标", "举办残疾人体育赛事", "≥", 6, "场"),
        ("产出指标", "质量指标", "参赛运动员分级复核准确率", "≥", 98, "%"),
        ("产出指标", "时效指标", "赛事结果公示时限", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单场赛事平均成本", "≤", 9, "万元/场"),
        ("效益指标", "社会效益指标", "带动残疾人经常参加体育活动", "≥", 500, "人"),
        ("满意度指标", "服务对象满意度指标", "参赛残疾人满意度", "≥", 90, "%"),
    ):
        t.row(*GAMES, *line)
    return b
