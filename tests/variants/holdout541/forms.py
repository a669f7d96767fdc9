"""Returns ce13–ce18: stone carving and ancestral-hall returns in other offices' forms: tier
labels, a budget-system export, other header words, Excel artefacts and department money."""

from __future__ import annotations

from tests.variants.holdout541.common import (
    YEAR,
    department,
    indicators,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout541.common import start as new
from tests.variants.holdout541.registry import variant
from tests.variants.kit import Book, day, mk, pct

TBL4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ce13-tier-labels", (5,), "stone carving project, OLD-NAT, labels numbered, with "
         "points, marks (★, *) and abbreviations (correct)")  # fmt: skip
def tier_labels() -> Book:
    b, s = new()
    project(s, "磬山石雕非遗代表性传承人带徒传艺补助", "砚峰县磬山石雕传习所",
            one_year(18, 18, 0), ["资助代表性传承人6名带徒18人，完成传承作品24件。"])  # fmt: skip
    indicators(s, TBL4, [
        ["一、产出指标（50分）", "★（一）数量指标", "资助代表性传承人人数", "≥6人"],
        [None, None, "带徒人数", "≥18人"],
        [None, "*（二）质量指标", "传承作品评审合格率", "≥90%"],
        [None, "（三）时效", "补助资金拨付及时率", "≥95%"],
        [None, "（四）成本", "每名传承人年度带徒补助标准", "≤3万元/人"],
        ["二、效益指标（30分）", "1.社会效益", "传承技艺展演受众人次", "≥3000人次"],
        [None, "2.可持续影响指标", "学徒三年留存率", "≥80%"],
        ["三、满意度指标（10分）", "服务对象满意度", "学徒满意度", "≥90%"],
    ])  # fmt: skip
    s.row("注：预算执行率另行评价（10分），本表分值合计90分。", merge=[(1, 4)])
    sign(s, "龚素媛", "0759-6632418")
    return b


@variant("ce14-wrong-parent", (5, 11), "ancestral-hall project, NAT-2021, numbered labels: "
         "时效指标 under 效益指标, a 损坏率 with ≥")  # fmt: skip
def wrong_parent() -> Book:
    b, s = new()
    project(s, "芦岙村宗祠石狮石鼓修复", "砚峰县古建筑保护修缮中心", one_year(15, 15, 0),
            ["修复宗祠石狮4尊、抱鼓石6件。"], attr="一次性项目")  # fmt: skip
    indicators(s, TBL4, [
        ["一、产出指标", "1.数量指标", "修复石狮尊数", "≥4尊"],
        [None, None, "修复抱鼓石件数", "≥6件"],
        [None, "2.质量指标", "修复石构件二次损坏率",
         mk("≥2%", "T108", "warning", row=True, note="损坏率是反向指标")],
        ["二、成本指标", "1.经济成本指标", "单件石构件平均修复成本", "≤1.5万元"],
        ["三、效益指标", "1.社会效益指标", "宗祠开放接待人次", "≥5000人次"],
        [None, mk("2.时效指标", "F105", "error", note="时效指标属产出指标"), "修复完工时间",
         "2025年8月31日前"],
        ["四、满意度指标", "1.服务对象满意度指标", "村民满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "祝晗川", "0759-6671290")
    return b


@variant("ce15-system-export", (7,), "budget-system export: head on sheet 05-1, indicator "
         "table on sheet 05-2 under two title rows, codes in the first columns, header "
         "绩效目标值, operator in 指标方向 (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = new("部门项目支出预算05-1")
    project(s, "砚峰县石雕文化数字化采集", "砚峰县石雕文化保护中心", one_year(40, 40, 0),
            ["完成县域石雕文物三维数字化采集150件。"], attr="一次性项目")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 10, 12, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位：砚峰县石雕文化保护中心", None, None, None, None, None, "金额单位：万元")
    code, name = "517003250012", "砚峰县石雕文化数字化采集"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
                   "绩效目标值", "度量单位"), [
        [code, name, "产出指标", "数量指标", "石雕文物三维采集件数", "≥", 150, "件"],
        [code, name, None, "质量指标", "三维模型精度达标率", "≥", pct(0.95), "%"],
        [code, name, None, "时效指标", "采集任务完成时间", "≤", "2025年11月30日"],
        [code, name, None, "成本指标", "单件采集成本", "≤", 2500, "元/件"],
        [code, name, "效益指标", "社会效益指标", "线上展示访问量", "≥", 20000, "人次"],
        [code, name, "满意度指标", "服务对象满意度指标", "研究利用单位满意度", "≥", 90, "%"],
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("ce16-header-words", (7, 9), "stone carving project, OLD-NAT, headers 指标内容 and "
         "绩效标准: a date serial typed as text, a deadline given as a percentage")  # fmt: skip
def header_words() -> Book:
    b, s = new()
    end = mk("46022", "X104", "warning", note="完成日期存成文本序列号（2025-12-31）")
    project(s, "磬山石雕一条街店招石刻改造", "砚峰县磬山镇人民政府", one_year(36, 30, 6),
            ["改造石雕一条街店招石刻45块，街区石雕作品年销售额提高。"], end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ["产出指标", "数量指标", "改造店招石刻块数", "≥45块"],
        [None, "质量指标", "改造工程验收合格率", "=100%"],
        [None, "时效指标", "改造完工时间",
         mk(pct(1), "T113", "warning", note="期限类指标填成 100%")],
        [None, "成本指标", "每块店招石刻改造成本", "≤0.6万元"],
        ["效益指标", "经济效益指标", "街区石雕作品年销售额增长率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "钟岳亭", "0759-6691357")
    return b


TASKS = [["石雕技艺传习", "传习班、带徒补助", wan(48.6), "培养学徒50人"],
         ["宗祠石构件修缮", "重点宗祠抢救修缮", wan(72.4), "修缮宗祠5座"],
         ["金额合计", None, wan(121), None]]  # fmt: skip


@variant("ce17-department-money", (12,), "department, NAT-2021: budget, a share block and "
         "key tasks with a 金额合计, all consistent (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = new()
    department(s, "砚峰县文化遗产保护中心", (302.5, 280, 22.5, 181.5, 121),
               "传承石雕技艺，抢救修缮重点宗祠石构件。", tasks=TASKS)  # fmt: skip
    s.row("资金结构", "基本支出", wan(181.5), pct(0.6), "项目支出", wan(121))
    s.row(None, "项目支出占比", pct(0.4), None, "合计占比", pct(1))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, TBL4, [
        ["产出指标", "数量指标", "培养石雕学徒人数", "≥50人"],
        [None, None, "修缮宗祠座数", "≥5座"],
        [None, "质量指标", "修缮工程验收合格率", "=100%"],
        [None, "时效指标", "年度重点任务按期完成率", "≥95%"],
        ["成本指标", "经济成本指标", "每座宗祠平均修缮成本", "≤14万元"],
        ["效益指标", "社会效益指标", "非遗技艺展示活动场次", "≥6场"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", pct(0.9)],
    ])  # fmt: skip
    sign(s, "聂望舒", "0759-6630175")
    return b


@variant("ce18-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = new()
    total = mk(wan(410), "B101", "error", note="250 + 150 = 400 ≠ 410")
    tasks = [["石雕技艺传习", "传习班、带徒补助", wan(60), "培养学徒60人"],
             ["宗祠石构件修缮", "重点宗祠抢救修缮", wan(80), "修缮宗祠6座"],
             ["金额合计", None, mk(wan(150), "B102", "error", note="60 + 80 = 140 ≠ 150"),
              None]]  # fmt: skip
    department(s, "砚峰县文化遗产保护中心", (total, 380, 30, 250, 150),
               "传承石雕技艺，抢救修缮重点宗祠石构件。", tasks=tasks)  # fmt: skip
    indicators(s, TBL4, [
        ["产出指标", "数量指标", "培养石雕学徒人数", "≥60人"],
        [None, None, "修缮宗祠座数", "≥6座"],
        [None, "质量指标", "修缮工程验收合格率", pct(1)],
        ["成本指标", "经济成本指标", "每座宗祠平均修缮成本", "≤13万元"],
        ["效益指标", "社会效益指标", "非遗技艺展示活动场次", "≥6场"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "聂望舒", "0759-6630175", day(YEAR - 1, 12, 1))
    return b
