"""Multi-year ferry works, department money and conversion artefacts: vw13–vw18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout377.common import (
    TRANSPORT,
    YEAR,
    first,
    footer,
    funds,
    indicators,
    period_funds,
)
from tests.variants.holdout377.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "新建标准化渡口15座、更新钢质渡船24艘，实现乡村渡口“四有一无”全覆盖。"


@variant("vw13-multi-year-equal", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied from the "
         "period column, 年度目标 copied from 中期目标")  # fmt: skip
def multi_year_equal() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="乡村渡口标准化改造三年行动", dept=TRANSPORT,
                 unit="鹭汀县渡运安全管理站", years=3, attr="新增项目",
                 money=period_funds((300, 270, 30), (100, 90, 10)),
                 goals=[GOAL, mk(GOAL, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    copied = "a cumulative count equal to the three-year value"
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "渡船更新单价", "≤3万元/艘", "≤3万元/艘"),
        ("产出指标", "数量指标", "新建标准化渡口", "≥15座",
         mk("≥15座", "D202", "warning", note=copied)),
        (None, None, "更新钢质渡船", "≥24艘", mk("≥24艘", "D202", "warning", note=copied)),
        (None, "质量指标", "渡口改造验收合格率", "≥98%", "≥98%"),
        ("效益指标", "社会效益指标", "渡口“四有一无”达标率", "=100%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vw14-one-year-equal", (8,),
         "one-year project with 中期 and 年度 columns, goals and values legitimately identical "
         "(correct)")  # fmt: skip
def one_year_equal() -> Book:
    b, s = first()
    goal = "完成石矶渡浮码头维修加固，汛期渡运不中断。"
    project_head(s, year=YEAR, name="石矶渡浮码头维修加固", dept=TRANSPORT,
                 unit="鹭汀县轮渡管理所", attr="一次性项目",
                 money=period_funds((60, 50, 10), (60, 50, 10)), goals=[goal, goal])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "维修浮码头趸船", "≥2艘", "≥2艘"),
        (None, None, "更换系缆桩", "≥16个", "≥16个"),
        (None, "质量指标", "维修验收合格率", "=100%", "=100%"),
        (None, "时效指标", "维修完工时间", "5月31日前", "5月31日前"),
        ("成本指标", "经济成本指标", "趸船维修单价", "≤24万元/艘", "≤24万元/艘"),
        ("效益指标", "社会效益指标", "汛期停渡天数", "≤5天", "≤5天"),
        ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _dept_table(s: Sheet) -> None:
    s.row(*ONE)
    s.table([
        ("成本指标", "经济成本指标", "渡运补贴标准", "≤0.8元/人次"),
        ("产出指标", "数量指标", "补贴渡运人次", "≥120万人次"),
        (None, None, "改造乡村渡口", "≥10座"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*ONE)  # the header repeated after a page break
    s.table([
        ("产出指标", "质量指标", "渡船适航率", "≥98%"),
        ("效益指标", "社会效益指标", "渡运安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip


@variant("vw15-department-money", (12, 4),
         "department, NAT-2021: budget with 占比, tasks adding to 金额合计 (= 项目支出), header "
         "repeated after a page break (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="鹭汀县交通运输局", budget=[
        (money(500, WAN), money(450, WAN), money(50, WAN), money(200, WAN), money(300, WAN)),
        (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6))],
        tasks=[("乡村渡口改造", "改造10座乡村渡口", money(150, WAN), "渡口达标"),
               ("渡运补贴", "乡镇渡运客运补贴", money(110, WAN), "渡运不停航"),
               ("渡运安全监管", "巡查、检验、培训", money(40, WAN), "事故零发生"),
               ("金额合计", None, money(300, WAN), None)],
        goal="目标1：改造乡村渡口10座；目标2：渡运安全事故零发生。")  # fmt: skip
    _dept_table(s)
    footer(s, "黎渡安", "0779-6230916")
    return b


@variant("vw16-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = first()
    total = mk(money(420, WAN), "B101", "error", note="150 + 260 = 410, not 420")
    department_head(s, year=YEAR, dept="鹭汀县轮渡管理所", budget=[
        (total, money(380, WAN), money(40, WAN), money(150, WAN), money(260, WAN))],
        tasks=[("轮渡运营", "两条轮渡航线运营", money(120, WAN), "全年不停航"),
               ("渡船维护", "轮渡船舶维修保养", money(90, WAN), "适航率达标"),
               ("码头管理", "码头安全值守", money(45, WAN), "事故零发生"),
               ("金额合计", None,
                mk(money(260, WAN), "B102", "error", note="120 + 90 + 45 = 255"), None)],
        goal="轮渡航线安全运营，全年渡运旅客不少于85万人次。")  # fmt: skip
    _dept_table(s)
    return b


@variant("vw17-points-two-levels", (10, 1),
         "project, NAT-2021, tier-1 score column and indicator scores both adding to 100, a rate "
         "raised in 百分点, typed percents (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = first("绩效目标", (14, 8, 18, 26, 16, 8))
    project_head(s, year=YEAR, name="渡口救生艇值守补助", dept=TRANSPORT,
                 unit="鹭汀县地方海事处", money=funds(40, 40, 0),
                 goals=["重点渡口配备救生艇值守，落水人员救助成功率进一步提高。"])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("成本指标", 10, "经济成本指标", "救生艇值守补助标准", "≤2万元/艘", 10),
        ("产出指标", 50, "数量指标", "值守救生艇艘数", "≥16艘", 20),
        (None, None, "质量指标", "救生艇值守到岗率", pct(0.95), 15),
        (None, None, "时效指标", "落水救助响应时间", "≤10分钟", 15),
        ("效益指标", 30, "社会效益指标", "落水人员救助成功率提高", "≥5百分点", 20),
        (None, None, "可持续影响指标", "值守制度落实率", pct(0.9), 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿河群众满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("vw18-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a split number, an "
         "amount pasted twice, a completion date past the one-year period")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = first()
    end = mk(day(YEAR + 1, 3, 31), "Y102", "error", alt=("Y101",),
             note="a one-year project ending in the next year")  # fmt: skip
    project_head(s, year=YEAR, name="桂湾渡渡船维修及救生器材补充", dept=TRANSPORT,
                 unit="鹭汀县桂湾渡运站", money=funds(90, 80, 10), end=end,
                 goals=["完成桂湾渡6艘渡船维修，补充救生器材。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修渡船艘数", "≥6艘"),
        (None, "质量指标", "维修验收合格率", "≥98%"),
        (None, "成本指标", "单艘渡船维修费", "≤7.7万元/艘"),
        ("效益指标", "社会效益指标", "渡船故障停航天数", "≤10天"),
        ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row(
        "资金明细",
        "渡船维修",
        None,
        mk("46.2 5", "X105", "warning", alt=("X103",), note="46.25 split by a space"),
    )
    s.row(
        None,
        "救生器材",
        None,
        mk("18万18万(含运输)", "X106", "error", alt=("B108",), note="18万 pasted twice"),
    )
    s.row(None, "码头照明", None, money(25.75, WAN))
    s.row(None, "合计", None, money(90, WAN))
    return b
