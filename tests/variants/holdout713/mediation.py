"""Returns of a people's mediation network (kau07–kau12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout713.common import (
    JUSTICE,
    YEAR,
    detail,
    indicators,
    multi_year,
    notes,  # fmt: skip
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout713.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kau07-mediation-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns and a unit column: the "
         "period's counts beside smaller annual counts, rates equal in both (correct)")  # fmt: skip
def kau07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="鹤汀区人民调解组织规范化建设项目", dept=JUSTICE,
                 unit="鹤汀区人民调解工作指导中心", attr="新增项目",
                 money=multi_year((wan(270), wan(270), wan(0)), (wan(90), wan(90), wan(0))),
                 goals=["三年内建成规范化调解室36个，培训人民调解员900人次，形成覆盖全区的调解网络。",
                        "2026年建成规范化调解室12个，培训人民调解员300人次。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "人民调解员培训人次", "≥900", "≥300", "人次"),
        (None, None, "规范化调解室建设数量", "≥36", "≥12", "个"),
        (None, "质量指标", "调解协议履行率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "纠纷受理后调解启动时限", "≤3", "≤3", "个工作日"),
        ("成本指标", "经济成本指标", "调解室建设补助标准", "≤5", "≤5", "万元/个"),
        ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", pct(0.96), pct(0.96), "%"),
        (None, "可持续影响指标", "调解组织规范运行机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒙慧芸", "0772-3156027")
    return b


@variant("kau08-mediation-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a year's count above the period's, a cumulative count copied")  # fmt: skip
def kau08() -> Book:
    b, s = start()
    goal = "建成行业性专业性人民调解委员会8个，调解行业纠纷3000件，调解成功率不低于95%。"
    project_head(s, year=YEAR, years=2, name="鹤汀区行业性专业性调解组织建设项目",
                 dept=JUSTICE, unit="鹤汀区司法局人民参与和促进法治科", attr="新增项目",
                 money=multi_year((wan(160), wan(160), wan(0)), (wan(80), wan(80), wan(0))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "行业性调解委员会组建数量", "≥8",
         mk("≥10", "D201", "error", note="一年组建10个，超过两年合计8个"), "个"),
        (None, None, "行业纠纷调解案件数量", "≥3000",
         mk("≥3000", "D202", "warning", note="两年累计数照抄为年度数"), "件"),
        (None, "质量指标", "调解协议履行率", "≥95", "≥95", "%"),
        (None, "时效指标", "纠纷调解办结时限", "≤30", "≤30", "日"),
        ("成本指标", "经济成本指标", "调委会年度运行补助标准", "≤8", "≤8", "万元/个"),
        ("效益指标", "社会效益指标", "行业纠纷调解成功率", "≥95", "≥95", "%"),
        ("满意度指标", "服务对象满意度指标", "行业纠纷当事人满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("kau09-mediation-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, 0起 on an incident count (correct)")  # fmt: skip
def kau09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀区矛盾纠纷多元化解中心",
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
                    tasks=[("人民调解以奖代补", "按调解数量和质量兑付", 120, "调解纠纷4500件"),
                           ("调解员培训", "分片区开展调解员业务培训", 50, "培训600人次"),
                           ("调解信息平台运维", "保障线上调解平台运行", 40, "平台全年稳定运行"),
                           ("金额合计", None, 210, None)],
                    goal="全年调解矛盾纠纷不少于4500件，培训调解员600人次，"
                         "民转刑案件零发生。")  # fmt: skip
    s.skip()
    s.row(*FLAT_HEAD)
    s.row("矛盾纠纷调解受理数量", 20, "件", "≥", 4500)
    s.row("矛盾纠纷调解成功率", 20, "%", "≥", pct(0.96))
    s.row("调解员培训人次", 15, "人次", "≥", 600)
    s.row("以奖代补资金兑付及时率", 15, "%", "=", pct(1))
    s.row("民转刑案件发生数", 10, "起", "≤", 0)
    s.row("纠纷当事人满意度", 20, "%", "≥", pct(0.92))
    s.row("合计", 100, None, None, None)
    sign(s, "黎启航", "0772-3156031")
    return b


@variant("kau10-mediation-flat-defects", (3, 12),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): "
         "基本支出 + 项目支出 ≠ 资金总额, a near-duplicate rate, weights adding to 95")  # fmt: skip
def kau10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀区枫樾街道人民调解委员会",
                    budget=[(mk(wan(300), "B101", "error", row=True,
                                note="基本支出120 + 项目支出190 = 310 ≠ 资金总额300"),
                             wan(260), wan(40), wan(120), wan(190))],
                    tasks=[("网格调解", "网格员参与邻里纠纷调解", 110, "调解纠纷2000件"),
                           ("诉调对接", "派驻调解员进驻人民法庭", 80, "委派调解800件"),
                           ("金额合计", None, 190, None)],
                    goal="全年调解矛盾纠纷不少于2800件，调解成功率不低于95%。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 25 + 20 + 20 + 15 + 15 = 95，应为100")
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.row("邻里纠纷调解数量", "≥2000", "件", 25)
    s.row("委派调解案件数量", "≥800", "件", 20)
    s.row("矛盾纠纷调解成功率", "≥95", "%", 20)
    s.row(mk("纠纷调解成功率", "D103", "warning", row=True, alt=("D102", "D101"),
             note="与“矛盾纠纷调解成功率”是同一指标，值却是≥90%"), "≥90", "%", 15)  # fmt: skip
    s.row("调解当事人满意度", "≥90", "%", 15)
    return b


@variant("kau11-mediation-points", (5, 10, 12),
         "department, NAT-2021, numbered tier labels with points and an indicator score "
         "column (100 both ways), a rate raised in 百分点, tasks adding up (correct)")  # fmt: skip
def kau11() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀区司法局",
                    budget=[(wan(860), wan(830), wan(30), wan(600), wan(260))],
                    tasks=[("人民调解组织建设", "调委会规范化建设", 150, "规范化调委会120个"),
                           ("调解员队伍培训", "专职调解员轮训", 30, "培训600人次"),
                           ("公共法律服务", "法律服务站点运行", 80, "站点全年运行"),
                           ("金额合计", None, 260, None)],
                    goal="规范化建设调委会120个，培训调解员600人次，调解协议自动履行率提高3个百分点。",
                    filled=day(YEAR - 1, 11, 25))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "规范化调委会建设数量", "≥120个", 20),
        (None, "（二）质量指标", "调解卷宗评查合格率", "≥95%", 15),
        (None, "（三）时效指标", "以奖代补资金拨付时限", "≤30日", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "调解员培训人均成本", "≤500元/人次", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "调解协议自动履行率提高", "≥3百分点", 15),
        (None, "（二）可持续影响指标", "调解组织长效运行机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "群众对调解工作满意度",
         pct(0.9), 10),
    ])  # fmt: skip
    notes(s, "说明：分值合计100分，一级指标分值为其下各指标分值之和。")
    return b


@variant("kau12-mediation-points-wrong", (10, 12),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a "
         "budget detail block whose 合计 differs from its lines")  # fmt: skip
def kau12() -> Book:
    b, s = start("绩效目标", (16, 10, 18, 28, 16, 10))
    project_head(s, year=YEAR, name="鹤汀区“调解进网格”项目", dept=JUSTICE,
                 unit="鹤汀区人民调解工作指导中心", money=one_year(wan(50), wan(50), wan(0)),
                 goals=["在全区210个网格配备兼职调解员，"
                        "全年网格内化解纠纷不少于1800件。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(55, "W103", "error", alt=("W101",),
                        note="产出指标写55分，其下指标分值 20 + 15 + 15 = 50"),
         "数量指标", "配备网格调解员的网格数", "≥210个", 20),
        (None, None, None, "网格内化解纠纷数量", "≥1800件", 15),
        (None, None, "时效指标", "网格纠纷首次响应时限", "≤24小时", 15),
        ("成本指标", 10, "经济成本指标", "网格调解员年补贴标准", "≤1700元/人", 10),
        ("效益指标", 30, "社会效益指标", "网格纠纷就地化解率", "≥85%", 30),
        ("满意度指标", 10, "服务对象满意度指标", "网格居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    detail(s, [("网格调解员补贴", 36), ("调解员培训", 8), ("宣传材料", 4)],
           mk(50, "B102", "error", note="36 + 8 + 4 = 48 ≠ 50"))  # fmt: skip
    return b
