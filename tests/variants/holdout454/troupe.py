"""Whole-troupe returns (呼麦 and 笛子 together): department tables, exports, page breaks,
notes and a multi-year project: yv13 to yv18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout454.common import OPS, STD, YEAR, annual, book, note, period, table, w
from tests.variants.holdout454.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIERS = [
    ("产出指标", "数量指标", "呼麦和竹笛专场演出场次", "≥50场"),
    (None, None, "基层惠民演出场次", "≥30场"),
    (None, "质量指标", "演出节目审查通过率", "≥98%"),
    (None, "时效指标", "重点演出任务按期完成率", "≥95%"),
    ("成本指标", "经济成本指标", "单场惠民演出成本", "≤1万元/场"),
    ("效益指标", "社会效益指标", "惠及群众人次", "≥50000人次"),
    (None, "可持续影响指标", "呼麦竹笛传承人队伍", "≥20人"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
]  # fmt: skip


@variant("yv13-troupe-department", (12,), "department, NAT-2021: budget with shares, three "
         "key tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def troupe_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="岩棠县民族歌舞团",
                    budget=[(w(400), w(360), w(40), w(240), w(160)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
                    tasks=[("呼麦传承保护", "传习班、曲目整理", w(60), "培养传承人20名"),
                           ("竹笛乐团演出季", "专场演出和巡演", w(70), "专场演出50场"),
                           ("基层惠民演出", "送戏下乡30场", w(30), "惠及群众5万人次"),
                           ("金额合计", None, w(160), None)],
                    goal="做好呼麦和竹笛两项非遗的传承与演出，全年专场演出50场。")  # fmt: skip
    s.skip()
    table(s, STD, TIERS)
    return b


@variant("yv14-troupe-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def troupe_money_wrong() -> Book:
    b, s = book()
    whole = "基本支出240 + 项目支出160 = 400，资金总额却是380"
    tasks = "55 + 70 + 30 = 155，金额合计却是160"
    department_head(s, year=YEAR, dept="鹤汀县乌兰艺术剧团",
                    budget=[(mk(w(380), "B101", "error", row=True, note=whole), w(340), w(40),
                             w(240), w(160))],
                    tasks=[("呼麦传承保护", "传习班、曲目整理", w(55), "培养传承人20名"),
                           ("竹笛乐团演出季", "专场演出和巡演", w(70), "专场演出50场"),
                           ("基层惠民演出", "送戏下乡30场", w(30), "惠及群众5万人次"),
                           ("金额合计", None, mk(w(160), "B102", "error", row=True, note=tasks),
                            None)],
                    goal="做好呼麦和竹笛两项非遗的传承与演出，全年专场演出50场。")  # fmt: skip
    s.skip()
    table(s, STD, TIERS)
    return b


@variant("yv15-troupe-export", (4, 7), "budget-system export: sheets 05-1 and 05-2, header on "
         "the third row, unit and project codes in the first columns, two projects, operator "
         "in words, unit column (correct)")  # fmt: skip
def troupe_export() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 16, 24, 22, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    u, name, p1, p2 = "305001", "云垭县文工团", "53292525T000001234567", "53292525T000001234890"
    s.row(u, name, p1, "呼麦与竹笛非遗展演", w(42), w(40), w(2))
    s.row(u, name, p2, "基层文艺辅导培训", w(18), w(18), w(0))
    s.row("合计", None, None, None, w(60), w(58), w(2))
    t = b.sheet("部门项目支出绩效目标05-2", (24, 18, 12, 16, 26, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：云垭县文工团")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    a, c = (p1, "呼麦与竹笛非遗展演"), (p2, "基层文艺辅导培训")
    rows = [
        (*a, "产出指标", "数量指标", "非遗展演场次", "大于等于", 20, "场"),
        (*a, "产出指标", "质量指标", "展演节目审查通过率", "大于等于", 98, "%"),
        (*a, "产出指标", "时效指标", "展演完成时间", "小于等于", "2025年10月31日", None),
        (*a, "成本指标", "经济成本指标", "单场展演成本", "小于等于", 2, "万元/场"),
        (*a, "效益指标", "社会效益指标", "展演观众人次", "大于等于", 12000, "人次"),
        (*a, "满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", 90, "%"),
        (*c, "产出指标", "数量指标", "辅导基层文艺骨干", "大于等于", 150, "人"),
        (*c, "产出指标", "质量指标", "培训考核合格率", "大于等于", 90, "%"),
        (*c, "成本指标", "经济成本指标", "人均培训成本", "小于等于", 1000, "元/人"),
        (*c, "效益指标", "可持续影响指标", "乡镇呼麦竹笛文艺队", "大于等于", 10, "支"),
        (*c, "满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", 92, "%"),
    ]  # fmt: skip
    t.table(rows)
    return b


@variant("yv16-troupe-page-break", (4,), "department, NAT-2021, weight column: subtotal rows, "
         "a header row repeated after a page break, a total row (correct)")  # fmt: skip
def troupe_page_break() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄沙县民族艺术团",
                    budget=[(w(300), w(270), w(30), w(190), w(110))],
                    tasks=[("呼麦竹笛演出季", "专场演出40场", w(70), "观众≥3万人次"),
                           ("非遗传习所运行", "呼麦、笛子传习", w(40), "学员≥80人"),
                           ("金额合计", None, w(110), None)],
                    goal="办好呼麦竹笛演出季，传习所全年培养学员80人。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.skip()
    table(s, head, [
        ("产出指标", "数量指标", "呼麦竹笛专场演出场次", "≥40场", 20),
        (None, None, "传习所培养学员人数", "≥80人", 15),
        (None, "质量指标", "学员年度考核合格率", "≥90%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.table([("成本指标", "经济成本指标", "单场专场演出成本", "≤1.5万元/场", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "演出观众人次", "≥30000人次", 15),
        (None, "可持续影响指标", "呼麦竹笛传承曲目保有量", "≥60首", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    return b


@variant("yv17-troupe-notes-defect", (4, 11), "project, OLD-NAT, operator and unit columns: "
         "a note row between tiers, a stamp line, a 反向 rate with ≥ and a deadline given as "
         "100%")  # fmt: skip
def troupe_notes_defect() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="呼麦竹笛排练厅声学改造", dept="鹤汀县文化和旅游局 615003",
                 unit="鹤汀县乌兰艺术剧团", money=annual(w(64), w(60), w(4)), attr="一次性项目",
                 goals=["完成排练厅声学改造420平方米，保障呼麦和竹笛乐队排练演出。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "声学改造面积", "≥", 420, "平方米"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "排练厅声学改造完工时间", "=",
         mk(pct(1), "T113", "warning", note="完工时间给的是100%，应为日期"), "%"),
        (None, "成本指标", "每平方米改造成本", "≤", 1400, "元/平方米"),
    ])  # fmt: skip
    note(s, "注：以下效益指标以改造完成后半年的运行情况考核。")
    s.table([
        ("效益指标", "社会效益指标", "排练厅年使用场次", "≥", 150, "场"),
        (None, None, "观众对演出音效投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"), 2, "%"),
        ("满意度指标", "服务对象满意度指标", "演职人员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("单位（盖章）", None, "审核人：乌日娜", None, "日期：", day(YEAR, 1, 15))
    return b


@variant("yv18-troupe-two-row-header", (7, 8), "three-year project, NAT-2021, two-row header "
         "(绩效目标值 over 中期 and 年度): 年度目标 copied from 中期目标, =95% on a "
         "satisfaction rate in both columns")  # fmt: skip
def troupe_two_row() -> Book:
    b, s = book()
    goal = "创排呼麦与竹笛融合作品，开展县内外巡演，打造县域民族音乐品牌。"
    same = mk(goal, "D204", "warning", note="三年期项目的年度目标照抄中期目标")
    project_head(s, year=YEAR, name="呼麦与竹笛融合作品创排", dept="苍栎县文化和旅游局 207011",
                 unit="苍栎县文工团", money=period((w(210), w(180), w(30)), (w(70), w(60), w(10))),
                 years=3, attr="新增项目", goals=[goal, same])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    eq = "满意度写=95%，应为≥95%"
    s.table([
        ("产出指标", "数量指标", "创排呼麦竹笛融合作品", "≥6部", "≥2部"),
        (None, None, "融合作品巡演场次", "≥90场", "≥30场"),
        (None, "质量指标", "新作品审查通过率", "≥95%", "≥95%"),
        (None, "时效指标", "年度创排任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单部作品创排成本", "≤15万元/部", "≤15万元/部"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥90000人次", "≥30000人次"),
        (None, "可持续影响指标", "融合作品保留剧目数", "≥4部", "≥1部"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", mk("=95%", "T107", "warning", note=eq),
         mk("=95%", "T107", "warning", note=eq)),
    ], merged=(1, 2))  # fmt: skip
    return b
