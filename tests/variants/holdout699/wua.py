"""Farmers' water-users associations (农民用水户协会) running ponds and drip lines
(kag13–kag18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout699.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout699.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "茅坪县水利局（418002）"


@variant("kag13-wua-points", (5, 10),
         "project, NAT-2021, numbered tier labels, a tier-1 score column and an indicator score "
         "column both adding to 100, a collection rate raised in 百分点 (correct)")  # fmt: skip
def wua_points() -> Book:
    b, s = book(widths=(16, 8, 20, 26, 16, 8))
    project_head(s, year=YEAR, name="桠溪灌片农民用水户协会规范化建设", dept=DEPT,
                 unit="茅坪县农村水利服务中心", money=one_year(wan(60), wan(50), wan(10)),
                 goals=["规范化建设桠溪灌片用水户协会3个，培训会员450人次，协会自主管护山塘9座，"
                        "水费收缴率提高5个百分点。"])  # fmt: skip
    rows = [
        ("一、产出指标", 40, "1.数量指标", "规范化建设用水户协会", "≥3个", 10),
        (None, None, None, "协会会员培训", "≥450人次", 10),
        (None, None, "2.质量指标", "协会章程备案率", "=100%", 10),
        (None, None, "3.时效指标", "规范化建设完成时间", "2026年10月31日前", 10),
        ("二、成本指标", 20, "1.经济成本指标", "单个协会建设补助", "≤15万元/个", 20),
        ("三、效益指标", 30, "1.经济效益指标", "协会水费收缴率提高", "≥5百分点", 10),
        (None, None, "2.社会效益指标", "用水纠纷调处率", "≥95%", 10),
        (None, None, "3.可持续影响指标", "协会自主管护山塘数量", "≥9座", 10),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "协会会员满意度", "≥90%", 10),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    note(s, "注：一级指标分值为其下三级指标分值之和，总分100分。")
    signature(s, "符海燕", "0739-8120634")
    return b


@variant("kag14-wua-notes", (4, 11),
         "project, OLD-NAT, operator and unit columns, a 说明 row between tiers, signature line: "
         "a pond count below the goal's, a deadline under 质量, ≥ on a loss rate")  # fmt: skip
def wua_notes() -> Book:
    b, s = book()
    goal = ("组建茅田镇、上坪乡农民用水户协会5个，由协会管护山塘22座、滴灌首部8套，渠系水损失率"
            "控制在8%以内。")  # fmt: skip
    project_head(s, year=YEAR, name="用水户协会组建及山塘管护移交", dept=DEPT,
                 unit="茅坪县农村水利服务中心", money=one_year(wan(48), wan(40), wan(8)),
                 goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "组建农民用水户协会", "≥", 5, "个"),
        (None, None, "协会管护山塘数量", "≥",
         mk(20, "D104", "warning", row=True, note="年度目标写由协会管护山塘22座"), "座"),
        (None, None, "协会管护滴灌首部", "≥", 8, "套"),
    ])  # fmt: skip
    note(s, "说明：管护数量以乡镇水利站验收移交清单为准。")
    s.table([
        ("产出指标", "质量指标",
         mk("协会组建完成时间", "F201", "warning", row=True,
            note="完成时间是时效指标，填在质量指标下"), "≤", day(YEAR, 6, 30), None),
        (None, None, "协会财务公开率", "=", pct(1), "%"),
        (None, "时效指标", "管护移交完成时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "单个协会组建补助", "≤", 8, "万元/个"),
        ("效益指标", "经济效益指标", "渠系水损失率",
         mk("≥", "T108", "warning", row=True, note="损失率是反向指标，目标写控制在8%以内"),
         pct(0.08), "%"),
        (None, "社会效益指标", "受益果农户数", "≥", 1100, "户"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位负责人：韦振华", None, "（单位盖章）")
    signature(s, "符海燕", "0739-8120634")
    return b


@variant("kag15-wua-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 and 目标值（年度） with a 评价标准 column; cost × count equal to the money "
         "(correct)")  # fmt: skip
def wua_second_sheet() -> Book:
    b, s = book("项目基本情况")
    project_head(s, year=YEAR, name="上坪乡用水户协会山塘管护补助", dept=DEPT,
                 unit="上坪乡农民用水户协会", money=one_year(wan(36), wan(36), wan(0)),
                 goals=["补助协会管护灌溉山塘12座，每座山塘每月巡查不少于1次，"
                        "汛期不发生溃坝。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 16, 30))
    t.title("项目绩效指标", 5)
    rows = [
        ("产出指标", "数量指标", "管护山塘数量", "≥12座", "完成得满分，每少1座扣1分"),
        (None, None, "单座山塘年巡查次数", "≥12次", "按巡查记录计分"),
        (None, "质量指标", "巡查记录完整率", "≥95%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "汛前安全检查完成时间", "2026年4月15日前", "逾期不得分"),
        (None, "成本指标", "单座山塘年管护补助", "≤3万元/座", "超标准不得分"),
        ("效益指标", "社会效益指标", "汛期山塘安全事故", "0起", "发生事故不得分"),
        (None, "可持续影响指标", "管护责任人落实率", "=100%", "未落实不得分"),
        ("满意度指标", "服务对象满意度指标", "周边果农满意度", "≥90%", "按问卷结果计分"),
    ]
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    return b


@variant("kag16-wua-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a period count below the "
         "中期目标's, a year's count above the period's, 年度目标 left with last "
         "year's year")  # fmt: skip
def wua_three_years() -> Book:
    b, s = book()
    goals = ["至2028年全县组建农民用水户协会18个，协会管护灌溉山塘60座，培训灌溉管理员240人次。",
             mk("2025年组建协会6个，管护山塘20座，培训灌溉管理员80人次。", "Y103", "error",
                alt=("Y101",), note="2026年度的年度目标写成2025年，上一年的残留")]  # fmt: skip
    project_head(s, year=YEAR, name="茅坪县农民用水户协会全覆盖建设", dept=DEPT,
                 unit="茅坪县农村水利服务中心", years=3, attr="新增项目",
                 money=multi_year((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
                 goals=goals)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "组建农民用水户协会",
         mk("≥15个", "D104", "warning", row=True, note="中期目标写组建协会18个"), "≥6个"),
        (None, None, "协会管护灌溉山塘", "≥60座", "≥20座"),
        (None, None, "灌溉管理员培训", "≥240人次",
         mk("≥300人次", "D201", "error", alt=("D104",),
            note="年度300人次超过三年实施期240人次，也超过年度目标的80人次")),
        (None, "质量指标", "协会规范化运行达标率", "≥90%", "≥90%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个协会组建补助", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "协会覆盖灌溉面积", "≥2.4万亩", "≥0.8万亩"),
        (None, "可持续影响指标", "协会水费自收自支比例", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    signature(s, "韦振华", "0739-8107715")
    return b


@variant("kag17-wua-department", (12, 1),
         "department, NAT-2021: budget with a share row, key tasks adding to 金额合计 = 项目支出, "
         "a goal total with its parts in brackets, typed percent cells (correct)")  # fmt: skip
def wua_department() -> Book:
    b, s = book()
    share = "0.00%"
    budget = [(wan(520), wan(470), wan(50), wan(190), wan(330)),
              (pct(1, share), pct(0.9038, share), pct(0.0962, share), pct(0.3654, share),
               pct(0.6346, share))]  # fmt: skip
    tasks = [
        ("山塘维修养护", "维修养护小（2）型山塘及塘坝30座", wan(140), "山塘安全度汛"),
        ("滴灌管网运维补助", "补助协会运维脐橙滴灌管网4500亩", wan(120), "管网完好运行"),
        ("用水户协会能力建设", "培训协会骨干360人次", wan(70), "协会规范运行"),
        ("金额合计", None, wan(330), None),
    ]
    goal = ("年度维修养护山塘30座（其中小（2）型山塘12座、塘坝18座），运维脐橙滴灌管网4500亩，"
            "培训协会骨干360人次。")  # fmt: skip
    department_head(s, year=YEAR, dept="茅坪县农村水利服务中心", budget=budget, tasks=tasks,
                    goal=goal)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "维修养护山塘数量", "≥30座"),
        (None, None, "滴灌管网运维面积", "≥4500亩"),
        (None, None, "协会骨干培训", "≥360人次"),
        (None, "质量指标", "山塘安全鉴定合格率", pct(0.95)),
        (None, "时效指标", "汛前维修完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "单座山塘维修养护成本", "≤4.5万元/座"),
        (None, None, "亩均管网运维补助", "≤260元/亩"),
        ("效益指标", "社会效益指标", "汛期山塘溃坝事件", "0起"),
        (None, "可持续影响指标", "协会运维责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.92)),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    signature(s, "黎映雪", "0739-8133206")
    return b


@variant("kag18-wua-metering", (13, 7),
         "project, OLD-NAT, header 绩效目标值 with a 指标值设定依据 column: a value without a "
         "name, one indicator twice with different values")  # fmt: skip
def wua_metering() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="茅田镇用水户协会滴灌计量收费改革", dept=DEPT,
                 unit="茅田镇农民用水户协会", money=one_year(wan(42), wan(35), wan(7)),
                 goals=["为协会会员安装滴灌计量水表600块，举办计量收费宣讲12场，实行按方计量"
                        "收费，会员入会率达到90%。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "安装滴灌计量水表", "≥600块", "计划标准"),
        (None, None, mk(None, "F110", "error", note="有指标值≥12场，三级指标名称空着"),
         "≥12场", "计划标准"),
        (None, "质量指标", "计量水表检定合格率", "=100%", "行业标准"),
        (None, None, "协会会员入会率", "≥90%", "计划标准"),
        (None, "时效指标", "水表安装完成时间", "2026年8月31日前", "计划标准"),
        (None, "成本指标", "单块水表购装成本", "≤600元/块", "历史标准"),
        ("效益指标", "社会效益指标", "协会会员入会率",
         mk("≥85%", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="与质量指标下的“协会会员入会率 ≥90%”同一指标，值不同"), "计划标准"),
        (None, "经济效益指标", "亩均灌溉水费", "≤45元/亩", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%", "行业标准"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值", "指标值设定依据")
    indicators(s, head, rows)
    signature(s, "黎映雪", "0739-8133206")
    return b
