"""The food-safety lab: em13–em18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout601.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout601.registry import variant
from tests.variants.kit import Book, mk, pct

LAB = "梧川市食品检验检测中心"
DEPT = "梧川市市场监督管理局 402"


@variant("em13-lab-operator-words", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, bare numbers "
         "with a unit column, a 下降率 with ≥ and 0起 on incidents (correct)")  # fmt: skip
def em13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="发酵食品专项抽检",
        dept=DEPT,
        unit=LAB,
        money=one_year(wan(80), wan(70), wan(10)),
        goals=["抽检豆豉、泡菜、酸笋等发酵食品1600批次，快检筛查5000批次。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "发酵食品抽检批次", "正向", "大于等于", 1600, "批次"),
        (None, None, "快检筛查批次", "正向", "大于等于", 5000, "批次"),
        (None, "质量指标", "检测报告差错率", "反向", "小于等于", 0.5, "%"),
        (None, None, "能力验证结果通过率", "正向", "等于", 100, "%"),
        (None, "时效指标", "检测报告出具时限", "反向", "小于等于", 7, "个工作日"),
        (None, "成本指标", "单批次抽检检测成本", "反向", "小于等于", 400, "元/批次"),
        ("效益指标", "社会效益指标", "泡菜亚硝酸盐超标率下降率", "正向", "大于等于", 20, "%"),
        (None, None, "发酵食品安全事故", "反向", "小于等于", 0, "起"),
        (None, "可持续影响指标", "检测数据共享平台运行月数", "正向", "大于等于", 12, "月"),
        ("满意度指标", "服务对象满意度指标", "受检作坊满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "欧漪", "0772-3315062", (2025, 11, 17))
    return b


@variant("em14-lab-direction-goal", (1, 11),
         "project, OLD-NAT, operators inside the values, percent cells: fewer samples than the "
         "goal, a unit fee beyond the money, an error rate with ≥")  # fmt: skip
def em14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="酸笋及泡菜样品委托检测",
        dept=DEPT,
        unit=LAB,
        money=one_year(wan(80), wan(72), wan(8)),
        goals=["全年检测酸笋、泡菜样品2000批次，出具检测报告并按月通报。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "酸笋泡菜样品检测批次",
         mk("≥1500批次", "D104", "warning", row=True, note="年度目标写检测2000批次")),
        (None, None, "检测结果月度通报次数", "≥12次"),
        (None, "质量指标", "实验室能力验证通过率", pct(1)),
        (None, None, "检测结果差错率",
         mk("≥1%", "T108", "warning", row=True, note="差错率是反向指标，比较符应为≤")),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        (None, "成本指标", "单批次委托检测费",
         mk("≤600元/批次", "B107", "warning", row=True,
            note="600元×1500批次=90万元，超过项目资金80万元")),
        ("效益指标", "社会效益指标", "问题样品核查处置率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "欧漪", "0772-3315062", (2025, 12, 4))
    return b


@variant("em15-lab-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, key tasks short of "
         "their 金额合计")  # fmt: skip
def em15() -> Book:
    b, s = book()
    total = mk(wan(460), "B101", "error", row=True,
               note="基本支出210+项目支出240=450，资金总额460")  # fmt: skip
    department_head(s, year=2026, dept=LAB,
                    budget=[(total, wan(420), wan(40), wan(210), wan(240))],
                    tasks=[("检测设备更新", "更新气相色谱仪等设备", wan(120), "更新设备8台"),
                           ("发酵食品抽检", "豆豉、泡菜、米粉抽检", wan(80), "抽检1200批次"),
                           ("能力验证", "参加能力验证与比对", wan(30), "参加10项"),
                           ("金额合计", None, mk(wan(240), "B102", "error",
                                               note="120+80+30=230，金额合计240"), None)],
                    goal="完成设备更新和发酵食品抽检，保持实验室检测能力。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新检测设备台数", "≥8台"),
        (None, None, "发酵食品抽检批次", "≥1200批次"),
        (None, "质量指标", "能力验证通过率", "=100%"),
        (None, "时效指标", "设备更新完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤600元/批次"),
        ("效益指标", "社会效益指标", "问题产品处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "监管部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _lab_rows(count: str, days: str, rate: str) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "检测样品批次", count),
        (None, "质量指标", "检测结果复核符合率", rate),
        (None, "时效指标", "检测报告出具时限", days),
        ("效益指标", "社会效益指标", "问题样品核查处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]


@variant("em16-lab-stacked-notes", (2, 4),
         "two lab projects stacked, OLD-NAT, one value column, a 说明 row under each table, the "
         "same indicator names with other values (correct)")  # fmt: skip
def em16() -> Book:
    b, s = book()
    project_head(s, year=2026, name="微生物检测室改造", dept=DEPT, unit=LAB,
                 money=one_year(wan(65), wan(60), wan(5)),
                 goals=["改造微生物检测室，全年检测米线、米粉微生物样品800批次。"],
                 title="2026年度项目支出绩效目标申报表（检验检测）")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"),
               _lab_rows("≥800批次", "≤7个工作日", "≥95%"))  # fmt: skip
    notes(s, "说明：样品批次含委托检测和监督抽检。")
    s.skip()
    project_head(
        s,
        year=2026,
        name="发酵食品风险监测",
        dept=DEPT,
        unit=LAB,
        money=one_year(wan(38), wan(38), wan(0)),
        goals=["监测豆豉、泡菜风险样品300批次，发布风险提示4期。"],
        title="",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"),
               _lab_rows("≥300批次", "≤10个工作日", "≥98%"))  # fmt: skip
    notes(s, "说明：两个项目分别申报、分别批复。")
    sign(s, "莫筠", "0772-3315070", (2025, 11, 24))
    return b


@variant("em17-lab-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left empty, a near-duplicate "
         "indicator, an installation deadline from last year")  # fmt: skip
def em17() -> Book:
    b, s = book()
    project_head(s, year=2026, name="食品安全实验室质谱仪购置", dept=DEPT, unit=LAB,
                 money=one_year(wan(150), wan(150), wan(0)), attr="一次性项目",
                 goals=["购置液相色谱-质谱联用仪1台，年内安装调试并开展豆豉、泡菜"
                        "添加剂检测300批次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "购置质谱仪台数", "=1台"),
        (None, None, "添加剂检测批次", "≥300批次"),
        (None, "质量指标", "检测结果复核符合率", "≥98%"),
        (None, "时效指标", "检测报告按时出具率", "≥95%"),
        (None, None, mk("检测报告按时出具率（常规）", "D103", "warning", row=True,
                        alt=("D101",), note="与上一行是同一指标，只多了括号"), "≥95%"),
        (None, None, "设备安装调试完成时间",
         mk("2025年10月31日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="2026年的一次性项目，安装期限写成2025年")),
        ("成本指标", "经济成本指标", "质谱仪采购单价", "≤148万元/台"),
        ("效益指标", "社会效益指标", "添加剂超标问题发现数", "≥5起"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "监管部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎蔚", "0772-3315081", (2025, 11, 30))
    return b


@variant("em18-lab-two-year-header", (7, 8),
         "two-year project, OLD-NAT, two-row header 绩效指标值 over 中期 and 年度, the period's "
         "counts above the year's (correct)")  # fmt: skip
def em18() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="乡镇食品快检室标准化建设", dept=DEPT, unit=LAB,
                 money=multi_year((wan(180), wan(170), wan(10)), (wan(110), wan(105), wan(5))),
                 goals=["2026—2027年建成标准化快检室6个（2026年4个、2027年2个），培训快检人员"
                        "300人次。", "2026年建成快检室4个，培训快检人员160人次。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "建成标准化快检室数", "≥6个", "≥4个"),
        (None, None, "快检人员培训人次", "≥300人次", "≥160人次"),
        (None, "质量指标", "快检结果复核符合率", "≥95%", "≥95%"),
        (None, "时效指标", "快检室建设完成时间", "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "单个快检室建设成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "农贸市场快检覆盖率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "粟黎", "0772-3315090", (2025, 12, 8))
    return b
