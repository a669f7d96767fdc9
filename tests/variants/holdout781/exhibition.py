"""Returns on archives exhibitions and the offices' department returns (kdk13–kdk18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout781.common import (
    CHRONICLE,
    PROVINCE,
    T4,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)  # fmt: skip
from tests.variants.holdout781.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdk13-exhibition-second-sheet", (7, 4),
         "project: head on the first sheet, OLD-NAT table on a second sheet under 预期实现值, "
         "notes, 填表说明 and signature lines, fill date in the prior year (correct)")  # fmt: skip
def kdk13() -> Book:
    b, s = start("项目基本信息")
    goal = ("举办“百年乡土记忆”档案文献展，展出档案展品260件（其中原件80件），展期90天，"
            "接待观众4万人次，巡展进县3场。")  # fmt: skip
    project_head(s, year=YEAR, name="“百年乡土记忆”档案文献展项目", dept=PROVINCE,
                 unit="澄岭省档案馆", attr="一次性项目", money=one_year(w(70), w(60), w(10)),
                 goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("“百年乡土记忆”档案文献展项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "展出档案展品数量", "≥260件"),
        (None, None, "其中：档案原件展出数量", "≥80件"),
        (None, None, "巡展进县场次", "≥3场"),
        (None, None, "展期", "≥90天"),
        (None, "质量指标", "展品安全完好率", "=100%"),
        (None, None, "展陈文字审校差错率", "≤0.1%"),
        (None, "时效指标", "开展时间", "2025年6月9日前"),
        (None, "成本指标", "布展成本", "≤1500元/平方米"),
        ("效益指标", "社会效益指标", "接待观众人次", "≥4万人次"),
        (None, "可持续影响指标", "线上展厅保留年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：布展面积约300平方米；展品数量含复制件。", width=4)
    notes(t, "填表说明：指标值应量化，定性指标按“好、较好、一般”填写。", width=4)
    t.skip()
    t.row("单位负责人：", "温景行", "填表人：", "邵可欣")
    t.row("联系电话：", "0871-6620418", "填报日期：", day(YEAR - 1, 11, 18))
    return b


@variant("kdk14-touring-dates", (11,),
         "project, OLD-NAT, one value column: plan end before start, a satisfaction rate under "
         "社会效益, the goal's township count given otherwise")  # fmt: skip
def kdk14() -> Book:
    b, s = start()
    goal = "2025年举办“村志里的乡愁”巡回展，走进全县15个乡镇，展出村志及档案图片200幅。"
    project_head(
        s,
        year=YEAR,
        name="“村志里的乡愁”巡回展项目",
        dept="桐梁县档案馆 520402",
        unit="桐梁县档案馆",
        attr="一次性项目",
        money=one_year(w(18), w(18), w(0)),
        goals=[goal],
        start=day(YEAR, 8, 1),
        end=mk(day(YEAR, 6, 30), "Y104", "error", note="计划完成日期早于开始日期"),
    )
    indicators(s, T4, [
        ("产出指标", "数量指标", "巡展乡镇数",
         mk("≥12个", "D104", "warning", row=True, note="年度目标写15个乡镇，指标却是12个")),
        (None, None, "展出村志及档案图片数", "≥200幅"),
        (None, "质量指标", "展板内容审核通过率", "=100%"),
        (None, "时效指标", "巡展完成时间", "2025年11月30日前"),
        (None, "成本指标", "每场巡展布撤展成本", "≤1万元/场"),
        ("效益指标", "社会效益指标", "巡展观众人次", "≥2万人次"),
        (None, None, mk("观众满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "乡镇文化站满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘启明", "唐若溪", "0874-3318265")
    return b


@variant("kdk15-chronicle-office-department", (12, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to 金额合计 "
         "(= 项目支出), a goal total with its part in brackets (correct)")  # fmt: skip
def kdk15() -> Book:
    b, s = start()
    p = "0.00%"
    department_head(s, year=YEAR, dept="澄岭省地方志编纂委员会办公室",
                    budget=[(w(860), w(800), w(60), w(520), w(340)),
                            (pct(1, p), pct(0.9302, p), pct(0.0698, p), pct(0.6047, p),
                             pct(0.3953, p))],
                    goal=("全年指导编纂村志20部（含省级名村志6部），数字化地情资料50万页，"
                          "举办方志展览2场，出版《澄岭年鉴》。"),
                    tasks=[("村志编纂指导", "名村志、村志编纂指导与评审", w(120), "指导村志20部"),
                           ("地情资料数字化", "旧志、地情资料扫描入库", w(90), "数字化50万页"),
                           ("方志展览", "方志馆专题展览2场", w(80), "观众3万人次"),
                           ("年鉴编纂", "《澄岭年鉴》编纂出版", w(50), "出版年鉴1部"),
                           ("金额合计", None, w(340), None)])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "指导编纂村志数量", "≥20部"),
        (None, None, "其中：省级名村志数量", "≥6部"),
        (None, None, "地情资料数字化页数", "≥50万页"),
        (None, None, "方志展览场次", "≥2场"),
        (None, "质量指标", "志书质量评审合格率", "=100%"),
        (None, "时效指标", "年鉴出版时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "地情资料单页数字化成本", "≤1.6元/页"),
        ("效益指标", "社会效益指标", "方志展览观众人次", "≥3万人次"),
        (None, "可持续影响指标", "方志资源库累计入库页数", "≥200万页"),
        ("满意度指标", "服务对象满意度指标", "志书使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何简之", "冯思琪", "0871-6631275")
    return b


@variant("kdk16-archives-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "task's visitor count given otherwise")  # fmt: skip
def kdk16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="桐梁县档案馆",
                    budget=[(mk(w(280), "B101", "error",
                                note="基本支出170 + 项目支出100 = 270，不是280"),
                             w(260), w(20), w(170), w(100))],
                    goal="完成馆藏档案数字化，举办档案展览，征集村志资料，保障档案安全。",
                    tasks=[("档案数字化", "婚姻、土地档案扫描著录", w(45), "数字化10万页"),
                           ("档案展览", "“村志里的乡愁”展览", w(30), "接待观众5万人次"),
                           ("村志资料征集", "村志资料征集与整理", w(20), "征集资料3000件"),
                           ("金额合计", None,
                            mk(w(100), "B102", "error", note="45 + 30 + 20 = 95，不是100"),
                            None)])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "档案数字化页数", "≥10万页"),
        (None, None, "村志资料征集件数", "≥3000件"),
        (None, "质量指标", "数字化成果验收合格率", "≥98%"),
        (None, "时效指标", "展览开展时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单页数字化成本", "≤4元/页"),
        ("效益指标", "社会效益指标", "档案展览接待观众",
         mk("≥3万人次", "D104", "warning", row=True, note="任务写接待观众5万人次，指标却是3万")),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘启明", "欧阳澈", "0874-3318270")
    return b


@variant("kdk17-stacked-school-and-print", (2,),
         "two projects stacked, OLD-NAT, one value column: a conflicting duplicate in the first, "
         "the second's money not adding up")  # fmt: skip
def kdk17() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="“红色档案”进校园展览项目",
        dept=PROVINCE,
        unit="澄岭省档案馆",
        money=one_year(w(20), w(18), w(2)),
        goals=["全年在全省中小学举办“红色档案”进校园展览10场，受众学生2万人次。"],
    )
    indicators(s, T4, [
        ("产出指标", "数量指标", "进校园展出场次", "≥10场"),
        (None, None, mk("进校园展览场次", "D102", "error", row=True, alt=("D103",),
                        note="与“进校园展出场次”同一指标，10场/8场"), "≥8场"),
        (None, "质量指标", "展板内容审核通过率", "=100%"),
        (None, "时效指标", "展览完成时间", "2025年12月15日前"),
        (None, "成本指标", "每场展览成本", "≤1.8万元/场"),
        ("效益指标", "社会效益指标", "受众学生人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "参展学校满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="云岫县村志印制发行项目",
                 dept="云岫县地方志办公室 520318", unit="云岫县地方志办公室",
                 money=one_year(mk(w(15), "B101", "error", note="财政拨款12 + 其他资金2 = 14"),
                                w(12), w(2)),
                 goals=["印制已评审村志3部，每部400册，发放至各村委会和县档案馆。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "村志印制册数", "≥1200册"),
        (None, "质量指标", "印制成品合格率", "≥99%"),
        (None, "时效指标", "发放完成时间", "2025年10月31日前"),
        (None, "成本指标", "每册印制成本", "≤100元/册"),
        ("效益指标", "社会效益指标", "村志发放村委会数", "≥45个"),
        ("满意度指标", "服务对象满意度指标", "村委会满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎书远", "苏晓棠", "0873-6157731")
    return b


@variant(
    "kdk18-digital-hall-two-years",
    (8, 7, 4),
    "two-year project, NAT-2021, two-row header 绩效目标值 (中期 · 年度), the header "
    "repeated after a page break, the period's count beside a smaller year's (correct)",
)
def kdk18() -> Book:
    b, s = start()
    goals = ("2025年—2026年建成方志馆数字展厅1处，制作村志数字展项24个，上线虚拟展厅。",
             "2025年完成数字展厅主体布展，制作村志数字展项15个。")  # fmt: skip
    project_head(s, year=YEAR, years=2, name="澄岭省方志馆数字展厅建设项目", dept=CHRONICLE,
                 unit="澄岭省方志馆", attr="新增项目",
                 money=multi_year((w(300), w(280), w(20)), (w(180), w(170), w(10))),
                 goals=goals)  # fmt: skip
    head = [
        ("一级指标", "二级指标", "三级指标", "绩效目标值", None),
        (None, None, None, "中期", "年度"),
    ]
    for r in head:
        s.row(*r, merge=[(4, 5)] if r[4] is None else [])
    s.table([
        ("产出指标", "数量指标", "村志数字展项制作数量", "≥24个", "≥15个"),
        (None, "质量指标", "展项内容审校合格率", "=100%", "=100%"),
        (None, None, "展陈设备验收合格率", "≥98%", "≥98%"),
    ], merged=(1, 2))  # fmt: skip
    for r in head:
        s.row(*r, merge=[(4, 5)] if r[4] is None else [])
    s.table([
        ("产出指标", "时效指标", "展厅主体布展完成时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "展项平均制作成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "数字展厅接待观众人次", "≥8万人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：中期为2025—2026年累计值；2025年展厅试开放，年度观众人次按试开放期测算。")
    sign(s, "何简之", "冯思琪", "0871-6631275")
    return b
