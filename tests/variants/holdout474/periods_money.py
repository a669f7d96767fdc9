"""中期 and 年度 columns, template rows and empty names, header words and a second sheet, and
money in the department blocks (items 5, 6, 7, 8, 12, 13)."""

from __future__ import annotations

from tests.variants.holdout474.common import (
    HEAD,
    YEAR,
    department,
    multi_year,
    note,
    one_year,
    project,
    start,
    table,
    wan,
)
from tests.variants.holdout474.registry import variant
from tests.variants.kit import Book, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")


@variant("zp13-multi-year", (8,), "three-year project, NAT-2021, 实施期 and 年度 columns: "
         "annual counts below the period, rates equal, distinct goals (correct)")  # fmt: skip
def zp13() -> Book:
    b, s = start()
    project(s, "唐卡画师梯队培养三年计划", "曲那市非物质文化遗产保护中心 412006",
            "曲那市唐卡传习所", multi_year((wan(240), wan(210), wan(30)),
                                           (wan(80), wan(70), wan(10))),
            ["三年培养唐卡画师梯队，完成经典图样数字化，新增县级传承人。",
             "本年度开班培训首批画师，启动经典图样数字化。"], years=3)  # fmt: skip
    table(s, PERIOD, [
        ("产出指标", "数量指标", "唐卡画师培训", "≥150人", "≥50人"),
        (None, None, "唐卡经典图样数字化", "≥900幅", "≥300幅"),
        (None, "质量指标", "学员考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1.2万元/人", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "结业学员从业率", "≥70%", "≥65%"),
        (None, "可持续影响指标", "新增县级唐卡传承人", "≥15人", "≥5人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：数量类指标年度值为当年计划数，比率类指标年度值可与实施期相同。", 5)
    return b


@variant("zp14-multi-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "cumulative counts and the 年度目标 text copied from the medium term")  # fmt: skip
def zp14() -> Book:
    b, s = start()
    text = "三年培训苗族银匠，建设银饰传习工坊，带动作坊增收。"
    same = mk(text, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project(s, "苗族银饰传习工坊建设三年行动", "清枫县文化馆 305020", "清枫县苗族银饰传习中心",
            multi_year((wan(180), wan(150), wan(30)), (wan(60), wan(50), wan(10))),
            [text, same], years=3)  # fmt: skip
    d1 = mk("≥90人", "D202", "warning", note="cumulative head count copied from the period")
    d2 = mk("≥6个", "D202", "warning", note="cumulative workshop count copied from the period")
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "银饰锻制培训银匠", "≥90人", d1),
        (None, None, "建成银饰传习工坊", "≥6个", d2),
        (None, "质量指标", "结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "工坊建设按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.5万元/人", "≤0.5万元/人"),
        ("效益指标", "经济效益指标", "工坊银饰产品销售额", "≥300万元", "≥100万元"),
        ("满意度指标", "服务对象满意度指标", "参训银匠满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zp15-template-rows", (6, 7, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template without indicator, a value without a name")  # fmt: skip
def zp15() -> Book:
    b, s = start()
    project(s, "唐卡开眼与描金技法培训", "朵嘎县文化和旅游局 217003", "朵嘎县唐卡画院",
            one_year(wan(26), wan(22), wan(4)), ["培训唐卡开眼、描金等高阶技法。"])  # fmt: skip
    blank = mk(None, "F110", "error", note="≥4期 with no indicator name")
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2, nothing filled")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "开眼描金技法培训学员", "≥15人"),
        (None, None, blank, "≥4期"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1.6万元/人"),
        (None, left, None, None),
        ("效益指标", "社会效益指标", "结业学员承接唐卡订制", "≥10人"),
        (None, "可持续影响指标", "培训课程纳入县职业技能目录", "是"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zp16-export-second-sheet", (5, 7), "project: head on the first sheet, a budget-system "
         "export on the second (codes first, header on row 3, 指标内容 · 绩效标准, abbreviated "
         "and ★ labels, OLD-NAT) (correct)")  # fmt: skip
def zp16() -> Book:
    b, s = start("项目信息")
    project(s, "苗族银饰鎏银工艺培训", "曲那市非物质文化遗产保护中心 412006",
            "曲那市民族工艺传习馆", one_year(wan(30), wan(27), wan(3)),
            ["培训银匠掌握鎏银与点蓝工艺，丰富银饰产品。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 10, 12, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：曲那市非物质文化遗产保护中心", None, None, None, None, None, merge=[(1, 6)])
    code, name = "YS2025017", "苗族银饰鎏银工艺培训"
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "绩效标准"), [
        (code, name, "产出", "★数量", "鎏银工艺培训银匠", "≥25人"),
        (code, name, None, "质量", "鎏银作品检验合格率", "≥90%"),
        (code, name, None, "时效", "培训按期完成率", "≥95%"),
        (code, name, None, "成本", "人均培训成本", "≤1.2万元/人"),
        (code, name, "效益", "社会效益", "学员新开发鎏银产品", "≥30款"),
        (code, name, None, "可持续影响", "鎏银工艺纳入传习馆常设课程", "是"),
        (code, name, "满意度", "服务对象满意度", "参训银匠满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("zp17-department-money", (7, 12), "department, NAT-2021, budget, key tasks adding "
         "to the 金额合计 (= 项目支出), header 绩效目标值, a footnote on the total "
         "(correct)")  # fmt: skip
def zp17() -> Book:
    b, s = start()
    tasks = [
        ("唐卡传承人研修", "组织唐卡传承人集中研修", wan(140), "提升传承人创作水平"),
        ("苗族银饰锻制培训", "送教进村培训银匠", wan(120), "提升银匠锻制技能"),
        ("非遗作品展销", "举办唐卡银饰展销活动", wan(70), "扩大非遗产品销路"),
        ("金额合计", None, wan(330), None),
    ]
    department(s, "曲那市非物质文化遗产保护中心", [wan(520), wan(470), wan(50), wan(190),
               wan(330)], "培养唐卡、银饰传承人，办好展销，带动群众就业增收。", tasks)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "唐卡传承人研修", "≥40人"),
        (None, None, "银饰锻制技能培训", "≥60人"),
        (None, "质量指标", "培训结业考核合格率", "≥90%"),
        (None, "时效指标", "展销活动按期举办率", "≥95%"),
        ("成本指标", "经济成本指标", "唐卡研修人均成本", "≤3.5万元/人"),
        (None, None, "银饰培训人均成本", "≤2万元/人"),
        ("效益指标", "经济效益指标", "非遗作品展销销售额", "≥200万元"),
        (None, "社会效益指标", "带动群众就业", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计仅含项目支出，基本支出不列入年度主要任务。", 4)
    return b


@variant("zp18-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to the 金额合计, a rate given as a count")  # fmt: skip
def zp18() -> Book:
    b, s = start()
    total = mk(wan(600), "B101", "error", row=True, note="200 + 380 = 580 ≠ 600 (540 + 60 holds)")
    tasks = [
        ("唐卡绘制技艺培训", "开办唐卡绘制培训班", wan(150), "培养青年唐卡画师"),
        ("银饰錾刻技艺培训", "开办银饰錾刻培训班", wan(130), "培养青年银匠"),
        ("传承人带徒补助", "补助传承人带徒授艺", wan(90), "稳定传承队伍"),
        ("金额合计", None, mk(wan(380), "B102", "error", row=True,
                            note="150 + 130 + 90 = 370 ≠ 380"), None),
    ]  # fmt: skip
    department(s, "朵嘎县文化和旅游局", [total, wan(540), wan(60), wan(200), wan(380)],
               "开展唐卡、银饰技艺培训，扶持传承人带徒授艺。", tasks)  # fmt: skip
    count = mk("30人", "T105", "error", note="a 完成率 given as a head count")
    table(s, HEAD, [
        ("产出指标", "数量指标", "唐卡绘制培训学员", "≥50人"),
        (None, None, "银饰錾刻培训学员", "≥45人"),
        (None, "质量指标", "传承人带徒计划完成率", count),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2.5万元/人"),
        ("效益指标", "社会效益指标", "结业学员从事非遗相关工作", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b
