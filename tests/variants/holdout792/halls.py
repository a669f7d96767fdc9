"""Restoring old ancestral halls: kdv01–kdv06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout792.common import funds, funds2, line, new, sign, table, wan
from tests.variants.holdout792.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdv01-censhi-hall",
    (1, 11, 4),
    "project, OLD-NAT, operator and unit columns, typed percents, a 下降率 with ≥, "
    "0起 on accidents, goal total with its parts in brackets, signature line (correct)",
)
def censhi_hall() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="蓼溪村岑氏宗祠修缮工程", dept="柘岭县文化广电旅游局（417006）",
        unit="柘岭县文物保护管理所", money=funds(wan(300), wan(260), wan(40)),
        goals=["完成岑氏宗祠修缮共5处（门厅2处、正厅2处、后寝1处），屋面补漏、木构件防腐，"
               "消除结构险情，年内完工并验收。"],
    )  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "门厅修缮", "≥", 2, "处"),
        (None, None, "正厅修缮", "≥", 2, "处"),
        (None, None, "后寝修缮", "≥", 1, "处"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "木构件白蚁蛀蚀比例下降率", "≥", pct(0.3), "%"),
        (None, "时效指标", "修缮工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "每处修缮平均成本", "≤", 60, "万元/处"),
        ("效益指标", "社会效益指标", "施工安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "修缮后宗祠安全使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "岑氏族人及村民满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    line(s, "注：每处修缮平均成本60万元×5处=300万元，与年度资金总额一致。")
    sign(s, "柯明远", "0597-6634218", day(2024, 11, 8))
    return b


@variant(
    "kdv02-gongshi-emergency",
    (11, 12),
    "project, OLD-NAT, one value column with inline operators: area against the goal, "
    "unit cost × count above the money, deadline in the next year",
)
def gongshi_emergency() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="龚氏祠堂抢险修缮", dept="柘岭县文化广电旅游局（417006）",
        unit="柘岭县沄水镇人民政府", attr="一次性项目", money=funds(wan(300), wan(300), wan(0)),
        goals=[ok("完成龚氏祠堂正厅、东西两廊共3座单体建筑抢险修缮，修缮面积1200平方米，"
                  "2025年内完工。")],
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "抢险修缮单体建筑", "≥3座"),
        (None, None, "修缮建筑面积",
         mk("≥1500平方米", "D104", "warning", row=True,
            note="年度目标写修缮面积1200平方米，指标却是1500平方米")),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "抢险修缮完工时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="一年期项目（2025年），目标写年内完工，期限却在2026年")),
        (None, "成本指标", "单座建筑修缮成本",
         mk("≤120万元/座", "B107", "warning", row=True,
            note="120万元×3座=360万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "文物本体险情消除率", "≥95%"),
        (None, "可持续影响指标", "祠堂建筑安全使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv03-xiangping-points",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points and indicator points (100 both "
    "ways), a rate raised in 百分点, budget and tasks adding up (correct)",
)
def xiangping_points() -> Book:
    b, s = new("部门整体")
    department_head(
        s, year=2025, dept="鹤汀市芗坪区文物保护中心",
        budget=[(wan(520), wan(480), wan(40), wan(180), wan(340))],
        tasks=[("宗祠群修缮", "修缮区内宗祠3处", wan(260), "3处宗祠年内完工验收"),
               ("文物安全巡查", "巡查不可移动文物86处", wan(50), "巡查全覆盖"),
               ("保护规划编制", "编制古祠堂群保护规划", wan(30), "规划通过评审"),
               ("金额合计", None, wan(340), None)],
        goal="修缮宗祠3处，巡查不可移动文物86处，编制古祠堂群保护规划1部，文物建筑完好率提高。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.宗祠修缮", "≥3处", 10),
        (None, None, "2.不可移动文物巡查", "≥86处", 10),
        (None, None, "3.保护规划编制", "≥1部", 5),
        (None, "（二）质量指标", "1.修缮工程验收合格率", pct(1), 10),
        (None, None, "2.巡查记录完整率", "≥95%", 5),
        (None, "（三）时效指标", "1.修缮工程完工时间", "2025年11月底前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.单处宗祠修缮平均成本", "≤85万元/处", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.文物建筑完好率比上年提高",
         "≥3百分点", 10),
        (None, None, "2.宗祠对外开放天数", "≥200天", 10),
        (None, "（二）可持续影响指标", "1.文物安全责任人落实率", pct(1), 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.周边村民满意度", "≥90%", 10),
    ])  # fmt: skip
    line(s, "说明：一级指标分值合计100分，三级指标分值合计100分，两者为同一总分。", 5)
    return b


@variant(
    "kdv04-guyun-period",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: a year's count above the period's, "
    "a cumulative count copied from 中期 to 年度",
)
def guyun_period() -> Book:
    b, s = new()
    project_head(
        s, year=2025, years=3, name="芗坪区古村落祠堂群保护修缮", unit="鹤汀市芗坪区文物保护中心",
        dept="鹤汀市芗坪区文化和旅游局（308112）", money=funds2(
            (wan(900), wan(800), wan(100)), (wan(300), wan(270), wan(30))),
        goals=["三年修缮祠堂群古建筑12座，修复彩绘构件60件，建立12座古建筑保护档案。",
               "2025年修缮古建筑4座，启动彩绘构件修复，同步建立修缮档案。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "修缮古建筑", "≥12座", "≥4座"),
        (None, None, "修复彩绘构件", "≥60件",
         mk("≥80件", "D201", "error", note="年度修复80件，多于三年合计60件")),
        (None, None, "建立古建筑保护档案", "≥12份",
         mk("≥12份", "D202", "warning", note="三年累计12份原样抄到2025年度")),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修缮任务完成率", "≥95%", "≥95%"),
        (None, "成本指标", "单座古建筑修缮成本", "≤75万元/座", "≤75万元/座"),
        ("效益指标", "社会效益指标", "祠堂群对外开放天数", "≥600天", "≥200天"),
        (None, "可持续影响指标", "古建筑日常维护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民及游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv05-stacked-halls",
    (2, 12),
    "two hall projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "money does not add up, a near-duplicate under two tier-2s, a satisfaction rate under "
    "社会效益",
)
def stacked_halls() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="邬家祠屋面修缮", dept="柘岭县文化广电旅游局（417006）",
        unit="柘岭县文物保护管理所", money=funds(wan(120), wan(100), wan(20)),
        goals=["完成邬家祠屋面翻修650平方米，更换朽损檩条40根。"],
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "屋面翻修面积", "≥650平方米"),
        (None, None, "更换朽损檩条", "≥40根"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "屋面翻修单价", "≤0.15万元/平方米"),
        ("效益指标", "社会效益指标", "屋面渗漏点消除率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "邬氏族人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="沄水镇陈氏家庙修缮", dept="柘岭县文化广电旅游局（417006）",
        unit="柘岭县沄水镇人民政府", money=[
            ("年度资金总额", mk(wan(180), "B101", "error", row=True,
                                note="财政拨款150万元+其他资金20万元=170万元，不是180万元"),
             "其中：财政拨款", wan(150)),
            ("其他资金", wan(20), None, None)],
        goals=["完成陈氏家庙瓦件更换800平方米，修复石雕柱础16个。"],
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", ok("屋面瓦件更换面积"), "≥800平方米"),
        (None, None, "修复石雕柱础", "≥16个"),
        (None, "质量指标",
         mk("完成屋面瓦件更换面积", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标的“屋面瓦件更换面积”是同一指标，多一个“完成”"), "≥800平方米"),
        (None, None, "修缮工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2025年11月30日前"),
        (None, "成本指标", "瓦件更换单价", "≤0.1万元/平方米"),
        ("效益指标", "社会效益指标",
         mk("参观群众满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益指标下"), "≥90%"),
        (None, None, "家庙对外开放天数", "≥180天"),
        ("满意度指标", "服务对象满意度指标", "陈氏族人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv06-linshi-two-year",
    (8, 4),
    "two-year project, OLD-NAT, 中期 and 年度 columns, period counts above the year's, a "
    "注 row inside the table, footnotes, a later year the work prepares for (correct)",
)
def linshi_two_year() -> Book:
    b, s = new()
    project_head(
        s, year=2025, years=2, name="蔺氏大宗祠及附属建筑修缮", unit="柘岭县文物保护管理所",
        dept="柘岭县文化广电旅游局（417006）", money=funds2(
            (wan(600), wan(540), wan(60)), (wan(320), wan(290), wan(30))),
        goals=["两年修缮大宗祠及附属建筑8座，为2027年申报省级文物保护单位积累修缮档案。",
               "2025年修缮大宗祠主体及附属建筑4座，完成修缮档案整理。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "修缮建筑", "≥8座", "≥4座"),
        (None, None, "修缮档案整理", "≥8卷", "≥4卷"),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        (None, "时效指标", "修缮完工时间", "2026年11月30日前", "2025年12月20日前"),
        (None, "成本指标", "单座建筑修缮成本", "≤75万元/座", "≤75万元/座"),
    ])  # fmt: skip
    line(s, "注：修缮建筑含门楼、戏台、厢房等附属建筑，成本按单座平均计。", 5)
    s.table([
        ("效益指标", "社会效益指标", "宗祠对外开放天数", "≥400天", "≥200天"),
        (None, "可持续影响指标", "文物日常巡查制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "族人及村民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "填表说明：中期指标值为2025—2026年累计值，年度指标值为2025年当年值。", 5)
    sign(s, "滕晓岚", "0597-7315842", day(2024, 11, 12))
    return b
