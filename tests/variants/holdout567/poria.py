"""Poria (茯苓) returns: multi-year projects, points at two levels, conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout567.common import (
    funds,
    indicators,
    new,
    notes,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout567.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("de07-fuling-three-years", (8,),
         "three-year poria project, NAT-2021, 中期 and 年度 columns: annual counts below the "
         "period, rates equal, cost × area equal to the period money (correct)")  # fmt: skip
def de07() -> Book:
    b, s = new()
    project_head(s, year=2025, years=3, attr="新增项目", name="茯苓林下仿野生种植基地建设项目",
                 dept="栎岩县农业农村局 217011", unit="栎岩县茯岭乡人民政府",
                 money=period_funds((wan(360), wan(300), wan(60)),
                                    (wan(130), wan(110), wan(20))),
                 goals=["三年在茯岭、杉溪两乡建成茯苓林下仿野生种植基地1500亩，形成稳定的"
                        "菌种、种植、分级收购链条。",
                        "2025年建成种植基地500亩，接种15000窖，带动种植户增收。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成林下种植基地", "≥1500亩", "≥500亩"),
        (None, None, "茯苓接种窖数", "≥45000窖", "≥15000窖"),
        (None, "质量指标", "菌种接种成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度种植任务完成时间", "2027年11月30日前",
         "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤0.24万元/亩", "≤0.24万元/亩"),
        ("效益指标", "经济效益指标", "鲜苓一级品率", "≥35%", "≥30%"),
        (None, "生态效益指标", "林下土地复绿率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "签订保底收购协议种植户", "≥300户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("de08-fuling-copied-period", (8,),
         "three-year poria project, NAT-2021, 中期 and 年度 columns: the 中期目标 text copied into "
         "年度目标, two cumulative counts copied from the period column")  # fmt: skip
def de08() -> Book:
    b, s = new()
    goal = "建成茯苓菌种繁育中心，提升优质菌种繁育能力和种植户技术水平。"
    project_head(s, year=2025, years=3, name="茯苓菌种繁育中心升级项目",
                 dept="雾栖县农业农村局 318011", unit="雾栖县经济作物站",
                 money=period_funds((wan(240), wan(200), wan(40)), (wan(90), wan(80), wan(10))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标照抄中期目标")])  # fmt: skip
    copied = "cumulative count of a three-year project equal to its period value"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "繁育茯苓菌种", "≥180万袋",
         mk("≥180万袋", "D202", "warning", note=copied)),
        (None, None, "培训种植户", "≥900人次",
         mk("≥900人次", "D202", "warning", note=copied)),
        (None, "质量指标", "菌种纯度合格率", "≥95%", "≥95%"),
        (None, "时效指标", "菌种出圃时间", "每年4月30日前", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "菌种繁育成本", "≤0.4元/袋", "≤0.4元/袋"),
        ("效益指标", "经济效益指标", "菌种自给率", "≥60%", "≥40%"),
        (None, "可持续影响指标", "菌种质量追溯档案建档率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("de09-fuling-annual-over-period", (8, 12),
         "two-year poria project, NAT-2021, 中期 and 年度 columns: 年度资金总额 above "
         "中期资金总额, an annual tonnage above the period tonnage")  # fmt: skip
def de09() -> Book:
    b, s = new()
    annual = mk(wan(170), "B103", "error", row=True,
                note="年度资金总额 170 above 中期资金总额 150")  # fmt: skip
    fiscal = ok(wan(140), "error", note="年度财政拨款 140 above the period 120: same slip")
    project_head(s, year=2025, years=2, name="茯苓产地初加工与分级设施项目",
                 dept="栎岩县农业农村局 217011", unit="栎岩县茯岭乡茯苓专业合作联社",
                 money=period_funds((wan(150), wan(120), wan(30)), (annual, fiscal, wan(30))),
                 goals=["两年建成茯苓切丁、烘干和分级生产线各1条，初加工鲜苓1000吨。",
                        "2025年建成切丁和烘干线，初加工鲜苓400吨。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成初加工生产线", "≥3条", "≥2条"),
        (None, None, "初加工鲜苓", "≥800吨",
         mk("≥1000吨", "D201", "error", note="annual tonnage above the two-year tonnage")),
        (None, "质量指标", "茯苓丁分级合格率", "≥95%", "≥95%"),
        (None, "时效指标", "生产线投产时间", "2026年9月30日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "鲜苓初加工成本", "≤600元/吨", "≤600元/吨"),
        ("效益指标", "经济效益指标", "初加工产品增值率", "≥25%", "≥20%"),
        (None, "社会效益指标", "带动种植户", "≥500户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("de10-fuling-points-two-levels", (10,),
         "poria project, NAT-2021, a tier-1 score column and an indicator score column (100 both "
         "ways), a grade share raised in 百分点 (correct)")  # fmt: skip
def de10() -> Book:
    b, s = new()
    project_head(s, year=2025, name="茯苓道地药材分级标准推广项目",
                 dept="雾栖县农业农村局 318011", unit="雾栖县中药材产业服务中心",
                 money=funds(wan(44), wan(40), wan(4)),
                 goals=["推广茯苓个、茯苓丁分级标准，提高一级品占比。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "分级标准培训种植户", "≥800人", 15),
        (None, None, None, "设置分级示范点", "≥8个", 10),
        (None, None, "质量指标", "示范点分级操作合格率", "≥95%", 15),
        (None, None, "时效指标", "培训完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "示范点建设成本", "≤3万元/个", 10),
        ("效益指标", 30, "经济效益指标", "茯苓一级品占比提高", "≥5百分点", 10),
        (None, None, None, "分级后收购均价提高", "≥2元/公斤", 10),
        (None, None, "可持续影响指标", "分级标准执行率", "≥85%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("de11-fuling-points-wrong", (10, 1),
         "poria project, NAT-2021, tier-1 and indicator score columns: 产出 declares 40 over "
         "indicators worth 35, a 合格率 given as a number of batches")  # fmt: skip
def de11() -> Book:
    b, s = new()
    project_head(s, year=2025, name="茯苓菌种质量抽检项目", dept="栎岩县农业农村局 217011",
                 unit="栎岩县农产品质量安全检测站", money=funds(wan(26), wan(26), wan(0)),
                 goals=["抽检全县茯苓菌种经营点菌种质量，淘汰不合格菌种。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores then total 95, not 100: follows from W103")  # fmt: skip
    declared = mk(40, "W103", "error", note="15 + 10 + 10 = 35 under 产出指标, not 40")
    indicators(s, POINTS, [
        ("产出指标", declared, "数量指标", "抽检菌种经营点", "≥35家", 15),
        (None, None, "质量指标", "抽检批次合格率",
         mk("120批次", "T105", "error", note="a 合格率 given as a count of batches"), 10),
        (None, None, "时效指标", "抽检结果公示时限", "≤15个工作日", 10),
        ("成本指标", 20, "经济成本指标", "单批次检测费用", "≤1500元/批次", 20),
        ("效益指标", 30, "社会效益指标", "不合格菌种下架处置率", "=100%", 15),
        (None, None, "可持续影响指标", "菌种经营点质量档案建档率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("de12-fuling-pdf-artefacts", (9, 12),
         "poria project, OLD-NAT, one value column, detail lines under the table: a split amount, "
         "an amount pasted twice, a date pasted as a serial")  # fmt: skip
def de12() -> Book:
    b, s = new()
    split = mk("146.253 5", "X105", "warning", alt=("X103",), note="read as 146.2535")
    serial = mk("46022", "X104", "warning", note="Excel serial of 2025-12-31 in a text cell")
    project_head(s, year=2025, name="茯苓林下种植户技术服务项目", end=serial,
                 dept="雾栖县农业农村局 318011", unit="雾栖县经济作物站",
                 money=funds(split, money(120, "0.0000"), money(26.2535, "0.0000")),
                 goals=["为林下茯苓种植户提供菌种补贴和全程技术服务。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "技术服务种植户", "≥450户"),
        (None, "质量指标", "技术服务记录合格率", "≥95%"),
        (None, "时效指标", "菌种补贴发放时间", "2025年5月31日前"),
        (None, "成本指标", "菌种补贴标准", "≤800元/户"),
        ("效益指标", "经济效益指标", "种植户鲜苓单产提高", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "技术员劳务费", None, money(60, "0.0000"), merge=[(2, 3)])
    twice = mk("40万40万", "X106", "error", alt=("B108",), note="40万 pasted twice, read as 40")
    s.row(None, "菌种补贴", None, twice, merge=[(2, 3)])
    s.row(None, "培训及资料印制", None, money(46.2535, "0.0000"), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    notes(s, "注：菌种补贴按户均不超过800元核定，450户合计36万元，其余用于补贴到户运输。")
    sign(s, "柏宗禄", "卢映雪", "0873-5127716", day(2024, 11, 28, CN_DATE))
    return b
