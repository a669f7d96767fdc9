"""Marine mammal rescue returns (xc07–xc12): 中期 and 年度 columns, header words, a table on a
second sheet, direction against operator, template rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout409.common import YEAR, funds, notes, sign, start, table
from tests.variants.holdout409.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money

DEPT = "澜港市海洋渔业执法支队（318012）"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xc07-multi-year-correct", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller in the year, rates "
         "and unit costs equal, distinct goals (correct)")  # fmt: skip
def multi_year_correct() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="搁浅鲸豚应急救护体系建设项目", dept=DEPT,
                 unit="澜港市海洋野生动物救护中心", money=funds(240, 220, 20, (80, 75, 5)),
                 goals=["2025—2027年累计救护搁浅鲸豚90头以上，建成覆盖12个沿海乡镇的"
                        "救护联动网络。",
                        "本年度救护搁浅鲸豚30头以上，联动网络覆盖6个沿海乡镇。"])  # fmt: skip
    table(s, TWO, [
        ("成本指标", "经济成本指标", "单头搁浅鲸豚救护成本", "≤2万元/头", "≤2万元/头"),
        ("产出指标", "数量指标", "救护搁浅鲸豚数量", "≥90头", "≥30头"),
        (None, None, "救护人员培训人次", "≥450人次", "≥150人次"),
        (None, "质量指标", "救护记录规范率", "≥95%", "≥95%"),
        (None, "时效指标", "接报后响应时间", "≤4小时", "≤4小时"),
        ("效益指标", "生态效益指标", "救护个体放归率", "≥40%", "≥40%"),
        (None, "可持续影响指标", "救护联动网络覆盖沿海乡镇", "≥12个", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "联动单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "何沐阳", "0593-6627140")
    return b


@variant("xc08-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the year, the 年度目标 text copied from the 中期目标")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = start()
    goal = "救护误捕、受伤斑海豹，康复后择期放归，开展海冰期巡护。"
    project_head(s, year=YEAR, years=2, name="斑海豹救护与海冰期巡护项目", dept=DEPT,
                 unit="澜港市海洋野生动物救护中心", money=funds(120, 110, 10, (60, 55, 5)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标与中期目标逐字相同")])  # fmt: skip
    copied = "累计数量，两年期的年度值照抄了中期值"
    table(s, TWO, [
        ("成本指标", "经济成本指标", "单头斑海豹救护成本", "≤1.2万元/头", "≤1.2万元/头"),
        ("产出指标", "数量指标", "救护斑海豹数量", "≥40头",
         mk("≥40头", "D202", "warning", note=copied)),
        (None, None, "康复斑海豹放归数量", "≥30头", mk("≥30头", "D202", "warning", note=copied)),
        (None, None, "海冰期巡护里程", "≥3000公里", "≥1500公里"),
        (None, "质量指标", "救护个体康复率", "≥70%", "≥70%"),
        ("效益指标", "生态效益指标", "放归个体存活率", "≥80%", "≥80%"),
        (None, "社会效益指标", "渔民误捕报告率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "何沐阳", "0593-6627140")
    return b


@variant("xc09-one-year-equal", (8, 7),
         "one-year project, OLD-NAT, headers 指标内容 / 实施期绩效标准 / 年度绩效标准, equal "
         "columns and identical goals (correct)")  # fmt: skip
def one_year_equal() -> Book:
    b, s = start()
    goal = "全年救护中华白海豚及其他鲸豚类20头次以上，完成救护池改造。"
    project_head(s, year=YEAR, name="中华白海豚救护池改造及救护项目", dept=DEPT,
                 unit="雁屿区海洋生态站", money=funds(money(48, WAN), money(48, WAN),
                                                       money(0, WAN)),
                 goals=[goal, goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "实施期绩效标准", "年度绩效标准"), [
        ("产出指标", "数量指标", "救护鲸豚头次", "≥20头次", "≥20头次"),
        (None, None, "改造救护池", "2个", "2个"),
        (None, "质量指标", "救护池改造验收合格率", "100%", "100%"),
        (None, "时效指标", "救护池改造完成时间", "≤9月30日", "≤9月30日"),
        (None, "成本指标", "救护池改造费用", "≤30万元", "≤30万元"),
        ("效益指标", "生态效益指标", "救护个体康复率", "≥65%", "≥65%"),
        (None, "社会效益指标", "海豚保护宣传受众", "≥4000人次", "≥4000人次"),
        ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    notes(s, "说明：本项目为一年期项目，实施期即本年度，故实施期与年度绩效标准相同。")
    sign(s, "苏蔚", "0593-6651283")
    return b


@variant("xc10-export-second-sheet", (7,),
         "project from the budget system: head on sheet 05-1, the indicator table on "
         "sheet 05-2 under 考核指标 / 预期实现值, codes in columns A-B (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="海洋野生动物救护网络运维项目", dept=DEPT,
                 unit="澜港市海洋野生动物救护中心", money=funds(56, 50, 6),
                 goals=["维持6个救护点全年运行，救护海洋野生动物60头（只）以上。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 18, 28, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：澜港市海洋渔业执法支队", None, None, None, None, "金额单位：万元")
    code, name = "318012250007", "海洋野生动物救护网络运维项目"
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "预期实现值"), [
        (code, name, "产出指标", "数量指标", "运行救护点数量", "≥6个"),
        (code, name, None, None, "救护海洋野生动物数量", "≥60头（只）"),
        (code, name, None, "质量指标", "救护点巡检合格率", "≥95%"),
        (code, name, None, "时效指标", "救护点接报到场时间", "≤3小时"),
        (code, name, None, "成本指标", "单个救护点年运维费用", "≤8万元/个"),
        (code, name, "效益指标", "生态效益指标", "救护个体放归率", "≥45%"),
        (code, name, "满意度指标", "服务对象满意度指标", "报警群众满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    sign(t, "何沐阳", "0593-6627140")
    return b


@variant("xc11-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words: a 反向 "
         "time with 大于等于, a 正向 rate with 小于等于")  # fmt: skip
def direction_column() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="搁浅鲸豚现场救护能力提升项目", dept=DEPT,
                 unit="雁屿区海洋生态站", money=funds(36, 32, 4),
                 goals=["提高搁浅鲸豚现场处置速度和救护康复率。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "救护搁浅鲸豚数量", "正向", "大于等于", 25, "头"),
        (None, "质量指标", "救护个体康复率", "正向",
         mk("小于等于", "T108", "warning", row=True, note="康复率是正向指标，应为大于等于"),
         60, "%"),
        (None, "时效指标", "搁浅鲸豚接报响应时间", "反向",
         mk("大于等于", "T108", "warning", row=True, note="响应时间是反向指标，应为小于等于"),
         2, "小时"),
        (None, "成本指标", "单头救护耗材成本", "反向", "小于等于", 0.8, "万元/头"),
        ("效益指标", "生态效益指标", "救护个体死亡下降率", "正向", "大于等于", 10, "%"),
        (None, "社会效益指标", "救护过程安全责任事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参与救护志愿者满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "苏蔚", "0593-6651283", day(YEAR, 1, 10))
    return b


@variant("xc12-template-empty", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
         "indicators, a value without a name")  # fmt: skip
def template_empty() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="中华白海豚种群监测与救护项目", dept=DEPT,
                 unit="雁屿区海洋生态站", money=funds(42, 42, 0),
                 goals=["开展中华白海豚种群监测，及时救护受伤个体。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单次海上监测成本", "≤0.6万元/次"),
        ("产出指标", "数量指标", "海上监测航次", "≥40次"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        ("效益指标", "社会效益指标", "白海豚保护宣传受众", "≥3000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏蔚", "0593-6651283")
    return b
