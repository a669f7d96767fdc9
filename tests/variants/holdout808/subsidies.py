"""Rent subsidies (租赁补贴): kel01–kel06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout808.common import NAT, filled, indicators, notes, sign, start, wan
from tests.variants.holdout808.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kel01-subsidy-percent-cells", (1, 4, 12),
         "project, NAT-2021, typed percent cells, 万元 in the format, footnote and signature "
         "(correct)")  # fmt: skip
def kel01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚川县城镇住房困难家庭租赁补贴项目",
                 dept="砚川县住房和城乡建设局（118001）", unit="砚川县住房保障服务中心",
                 money=[("年度资金总额", wan(432), "其中：财政拨款", wan(432)),
                        ("其他资金", wan(0), None, None)],
                 goals=["按月向1200户（其中新增保障家庭180户）城镇住房困难家庭发放租赁补贴，"
                        "补贴标准不超过300元/户·月，减轻保障家庭租房负担。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥1200户"),
        (None, None, "其中：新增保障家庭户数", "≥180户"),
        (None, "质量指标", "补贴对象资格审核准确率", pct(0.98)),
        (None, "时效指标", "补贴按月发放时间", "每月15日前"),
        ("成本指标", "经济成本指标", "租赁补贴标准", "≤300元/户·月"),
        ("效益指标", "社会效益指标", "保障家庭租房支出负担下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：租赁补贴发放户数1200户含新增保障家庭180户；300元×1200户×12个月=432万元。")
    sign(s, "邬思岚", "0571-6382 4417", filled(2024, 11, 18))
    return b


@variant("kel02-subsidy-goal-count", (11, 12),
         "project, NAT-2021, operator and unit columns: goal count against the indicator, a "
         "timeliness rate under 数量, last year's deadline")  # fmt: skip
def kel02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄岭区公租房租赁补贴发放项目",
                 dept="澄岭区住房保障局（207001）", unit="澄岭区公租房管理所",
                 money=[("年度资金总额", wan(412.8), "其中：财政拨款", wan(412.8)),
                        ("其他资金", wan(0), None, None)],
                 goals=["2025年为澄岭区860户在册保障家庭发放公租房租赁补贴，补贴标准400元/户·月，"
                        "全年发放12次。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥",
         mk(800, "D104", "warning", row=True, note="年度目标写860户，指标只有800户"), "户"),
        (None, None, "补贴发放次数", "≥", 12, "次"),
        (None, None, "补贴按时发放率", mk("≥", "F201", "warning", row=True,
                                    note="及时率是时效指标，填在数量指标下"), 95, "%"),
        (None, "质量指标", "补贴对象资格符合率", "=", 100, "%"),
        (None, "时效指标", "年度补贴发放完成时间", "≤",
         mk("2024年12月31日", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="上年的期限留在2025年的表里"), None),
        ("成本指标", "经济成本指标", "租赁补贴标准", "≤", 400, "元/户·月"),
        ("效益指标", "社会效益指标", "保障家庭住房支出占收入比重降低", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kel03-subsidy-flat-department", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), weights add to "
         "100, percent cells, tasks adding to 金额合计 (correct)")  # fmt: skip
def kel03() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="湄沙市住房保障事务中心",
                    budget=[(wan(1260), wan(1180), wan(80), wan(310), wan(950))],
                    tasks=[("租赁补贴发放", "向在册家庭按月发放租赁补贴", wan(720),
                            "不少于2000户按时足额领取"),
                           ("公租房运营管理", "房源分配、入住和退出管理", wan(230),
                            "房源入住率不低于95%"),
                           ("金额合计", None, wan(950), None)],
                    goal="全年为不少于2000户住房困难家庭发放租赁补贴，公租房入住率保持95%以上，"
                         "违规占用发生率控制在2%以内。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("租赁补贴发放户数", 20, "户", "≥", 2000),
        ("公租房分配入住率", 15, "%", "≥", pct(0.95)),
        ("补贴资金发放准确率", 15, "%", "=", pct(1)),
        ("补贴发放及时率", 10, "%", "≥", pct(0.95)),
        ("租赁补贴标准", 10, "元/户·月", "≤", 300),
        ("违规占用公租房发生率", 10, "%", "≤", pct(0.02)),
        ("保障家庭满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：租赁补贴标准300元/户·月×2000户×12个月=720万元，与任务预算一致。")
    return b


@variant("kel04-subsidy-period-copied", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above the period's")  # fmt: skip
def kel04() -> Book:
    b, s = start()
    goal = "2025—2027年累计为3000户新就业无房职工发放租赁补贴，建立补贴标准动态调整机制。"
    project_head(s, year=2025, years=3, name="湄沙市新就业无房职工租赁补贴项目",
                 dept="湄沙市住房和城乡建设局", unit="湄沙市住房保障事务中心", attr="新增项目",
                 money=[("中期资金总额", wan(1800), "其中：财政拨款", wan(1800)),
                        ("年度资金总额", wan(600), "其中：财政拨款", wan(600))],
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标逐字抄自中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "补贴发放户数", "≥3000户", "≥1000户"),
        (None, None, "补贴政策宣传场次", "≥30场",
         mk("≥36场", "D201", "error", note="年度36场超过三年合计30场")),
        (None, "质量指标", "补贴发放准确率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "租赁补贴标准", "≤500元/户·月", "≤500元/户·月"),
        ("效益指标", "社会效益指标", "新就业职工租房支出下降率", "≥8%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "受补贴职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _stack_rows(households: str, standard: str, sat: object) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "补贴发放户数", households),
        (None, "质量指标", "补贴发放准确率", "=100%"),
        (None, "时效指标", "补贴发放完成时间", "2025年12月25日前"),
        (None, "成本指标", "租赁补贴标准", standard),
        ("效益指标", "社会效益指标", "保障家庭居住条件改善率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", sat),
    ]


@variant("kel05-subsidy-stacked-two", (2, 1),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values (correct)")  # fmt: skip
def kel05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀麓县低保家庭租赁补贴项目", dept="汀麓县住房保障局",
                 unit="汀麓县住房保障中心",
                 money=[("年度资金总额", wan(108), "其中：财政拨款", wan(90)),
                        ("其他资金", wan(18), None, None)],
                 goals=["为500户低保住房困难家庭发放租赁补贴，标准180元/户·月。"])  # fmt: skip
    indicators(s, NAT, _stack_rows("≥500户", "≤180元/户·月", pct(0.9)))
    s.skip()
    project_head(s, year=2025, name="汀麓县外来务工人员租赁补贴项目", dept="汀麓县住房保障局",
                 unit="汀麓县住房保障中心", title="",
                 money=[("年度资金总额", wan(57.6), "其中：财政拨款", wan(57.6)),
                        ("其他资金", wan(0), None, None)],
                 goals=["为320户外来务工人员发放租赁补贴，标准150元/户·月。"])  # fmt: skip
    indicators(s, NAT, _stack_rows("≥320户", "≤150元/户·月", pct(0.88)))
    return b


@variant("kel06-subsidy-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second's total not its parts, last year's year "
         "left in its goal")  # fmt: skip
def kel06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岑浦区人才公寓租赁补贴项目", dept="岑浦区住房保障局",
                 unit="岑浦区人才安居服务站",
                 money=[("年度资金总额", wan(144), "其中：财政拨款", wan(144)),
                        ("其他资金", wan(0), None, None)],
                 goals=["为400名引进人才发放租赁补贴，标准300元/人·月。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "补贴发放人数", "≥400人"),
        (None, "成本指标", "租赁补贴标准", "≤300元/人·月"),
        ("效益指标", "社会效益指标", "引进人才留岑率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受补贴人才满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="岑浦区公租房租金减免项目", dept="岑浦区住房保障局",
                 unit="岑浦区公租房管理站", title="",
                 money=[("年度资金总额", mk(wan(260), "B101", "error",
                                          note="财政拨款200+其他资金40=240"),
                         "其中：财政拨款", wan(200)),
                        ("其他资金", wan(40), None, None)],
                 goals=[mk("2024年对1000户特困家庭减免公租房租金，减免标准200元/户·月。",
                           "Y103", "warning", alt=("Y101",),
                           note="2025年的表里留着上年目标的年份")])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "租金减免户数", "≥1000户"),
        (None, "成本指标", "租金减免标准", "≤200元/户·月"),
        ("效益指标", "社会效益指标", "特困家庭租金负担下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "减免家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b
