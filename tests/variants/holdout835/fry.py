"""Fry release returns (增殖放流): kfm07–kfm12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout835.common import (
    H4,
    H5,
    book,
    notes,
    period_money,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout835.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kfm07-fry-flat-department", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def fry_flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="泷江市渔业资源保护站",
                    budget=[(wan(180), wan(180), wan(0), wan(60), wan(120))],
                    tasks=[("增殖放流", "在泷江干流及两条支流放流苗种", wan(90), "放流苗种400万尾"),
                           ("放流效果评估", "跟踪调查放流效果", wan(30), "评估2次"),
                           ("金额合计", None, wan(120), None)],
                    goal="全年放流苗种400万尾（其中珍稀土著鱼类30万尾），"
                    "开展放流效果跟踪评估2次。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("放流苗种数量", 20, "万尾", "≥", 400),
        ("珍稀土著鱼类放流数量", 10, "万尾", "≥", 30),
        ("放流苗种检疫合格率", 15, "%", "=", pct(1)),
        ("放流效果跟踪评估", 10, "次", "≥", 2),
        ("苗种采购单价", 15, "元/尾", "≤", 0.2),
        ("放流苗种运输死亡率", 10, "%", "≤", pct(0.05)),
        ("渔民及群众满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "韦栖梧", "0771-5528431")
    return b


@variant("kfm08-fry-goal-against-indicators", (7,),
         "project, NAT-2021, one value column: a count above the goal's, last year's release "
         "date, a unit price × count above the money")  # fmt: skip
def fry_goal_against() -> Book:
    b, s = book()
    project_head(s, year=2025, name="双溪河洄龙江增殖放流项目", dept="栖霞岭县农业农村局（305）",
                 unit="栖霞岭县水产技术推广站", money=year_money(30, 30),
                 goals=["在双溪河、洄龙江放流鲢、鳙、草鱼等苗种共300万尾（双溪河180万尾、"
                        "洄龙江120万尾），6月6日放鱼日前完成放流。"])  # fmt: skip
    table(s, H4, [
        ("成本指标", "经济成本指标", "苗种采购单价",
         mk("≤0.12元/尾", "B107", "warning", row=True,
            note="0.12元/尾 × 300万尾 = 36万元，超过年度资金30万元")),
        ("产出指标", "数量指标", "放流苗种数量",
         mk("≥350万尾", "D104", "warning", row=True, note="年度目标写共300万尾")),
        (None, "质量指标", "放流苗种检疫合格率", "=100%"),
        (None, "时效指标", "放流完成时间",
         mk("2024年6月6日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2025年，放流日期仍是上年的")),
        ("效益指标", "生态效益指标", "土著鱼类资源量增长率", "≥5%"),
        (None, "社会效益指标", "增殖放流宣传活动", "≥2场"),
        ("满意度指标", "服务对象满意度指标", "沿河渔民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏砚秋", "0776-4418027")
    return b


@variant("kfm09-fry-second-sheet", (7,),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under "
         "考核指标 and 目标值（年度）, a part of the goal's count as its own indicator "
         "(correct)")  # fmt: skip
def fry_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="清漪江鱼类增殖放流项目", dept="苇川市农业农村局（062）",
                 unit="苇川市渔政渔港监督站", money=year_money(60, 50, 10),
                 goals=["在清漪江放流鱼苗共500万尾（其中胭脂鱼等珍稀鱼苗20万尾），"
                        "放流成活率不低于85%。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("清漪江鱼类增殖放流项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "放流鱼苗总数", "≥500万尾"),
        (None, None, "珍稀鱼苗放流数量", "≥20万尾"),
        (None, "质量指标", "放流鱼苗规格达标率", "≥95%"),
        (None, "时效指标", "放流完成时间", "2025年6月30日前"),
        (None, "成本指标", "鱼苗平均单价", "≤0.1元/尾"),
        ("效益指标", "生态效益指标", "放流鱼苗成活率", "≥85%"),
        (None, "社会效益指标", "公众参与放流人次", "≥300人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "说明：珍稀鱼苗20万尾含在放流鱼苗总数500万尾之内。", width=4)
    return b


@variant("kfm10-fry-period-copied", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from the 中期目标, "
         "a period count copied into the year, a capped rate above 100% in the 中期 "
         "column")  # fmt: skip
def fry_period_copied() -> Book:
    b, s = book()
    goal = "2025—2027年在苇川河流域放流经济鱼类苗种900万尾，流域鱼类资源明显恢复。"
    project_head(s, year=2025, years=3, name="苇川河流域渔业资源修复项目",
                 dept="苇川市农业农村局（062）", unit="苇川市渔业技术推广中心",
                 money=period_money(270, 90), attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标与中期目标逐字相同")])  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "放流苗种数量", "≥900万尾",
         mk("≥900万尾", "D202", "warning", note="累计放流量照抄中期值")),
        (None, "质量指标", "放流苗种检疫合格率",
         mk("≥105%", "T106", "error", note="检疫合格率不能超过100%；年度列为=100%"), "=100%"),
        (None, "时效指标", "年度放流完成时间", "每年6月30日前", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤0.1元/尾", "≤0.1元/尾"),
        ("效益指标", "生态效益指标", "流域土著鱼类种类数", "≥32种", "≥30种"),
        ("满意度指标", "服务对象满意度指标", "流域渔民满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    sign(s, "鞠望川", "0733-2906514")
    return b


@variant("kfm11-fry-department-points", (10, 12),
         "department, NAT-2021, tier points in the labels and an indicator points column, both "
         "adding to 100, a share raised in 百分点 (correct)")  # fmt: skip
def fry_department_points() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="洄龙江水生生物保护中心",
                    budget=[(wan(620), wan(580), wan(40), wan(380), wan(240))],
                    tasks=[("增殖放流", "洄龙江干支流放流苗种", wan(150), "放流苗种600万尾"),
                           ("资源监测", "放流水域鱼类资源监测", wan(90), "监测断面8个"),
                           ("金额合计", None, wan(240), None)],
                    goal="放流苗种600万尾，监测8个断面，"
                    "土著鱼类占渔获物比例提高2个百分点以上。")  # fmt: skip
    table(s, (*H4, "分值"), [
        ("产出指标（50分）", "数量指标", "放流苗种数量", "≥600万尾", 20),
        (None, None, "资源监测断面", "≥8个", 15),
        (None, "质量指标", "放流苗种检疫合格率", "=100%", 15),
        ("成本指标（10分）", "经济成本指标", "苗种采购单价", "≤0.2元/尾", 10),
        ("效益指标（30分）", "生态效益指标", "土著鱼类占渔获物比例提高", "≥2百分点", 15),
        (None, "可持续影响指标", "放流水域禁渔期违规捕捞案件", "≤0起", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "沿江群众满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值为其下各三级指标分值之和，总分100分。")
    sign(s, "阮知节", "0776-4430182")
    return b


@variant("kfm12-fry-money-wrong", (12,),
         "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the same indicator twice under one tier-2")  # fmt: skip
def fry_money_wrong() -> Book:
    b, s = book()
    total = mk(wan(850), "B101", "error", row=True, note="基本支出520 + 项目支出350 = 870 ≠ 850")
    department_head(s, year=2025, dept="澄河县水产技术推广站",
                    budget=[(total, wan(800), wan(50), wan(520), wan(350))],
                    tasks=[("增殖放流", "澄河干流放流苗种", wan(150), "放流苗种200万尾"),
                           ("池塘改造指导", "指导池塘标准化改造", wan(120), "指导改造600亩"),
                           ("水质监测", "养殖水域水质监测", wan(70), "监测点位20个"),
                           ("金额合计", None, mk(wan(350), "B102", "error",
                                                note="150 + 120 + 70 = 340 ≠ 350"), None)],
                    goal="放流苗种200万尾，指导池塘改造600亩，监测20个养殖水域点位。")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "放流苗种数量", "≥200万尾"),
        (None, None, "指导池塘改造面积", "≥600亩"),
        (None, None, "水质监测点位", "≥20个"),
        (None, None, mk("放流苗种数量", "D101", "warning", row=True, alt=("D103",),
                        note="与本二级指标下第一行重复"), "≥200万尾"),
        (None, "质量指标", "放流苗种检疫合格率", "=100%"),
        (None, "成本指标", "苗种采购单价", "≤0.5元/尾"),
        ("效益指标", "生态效益指标", "澄河鱼类资源量增长率", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "樊晴野", "0745-8127730")
    return b
