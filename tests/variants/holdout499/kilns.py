"""Returns of the kiln half: glazed tiles fired for temple roofs (ao01–ao06)."""

from __future__ import annotations

from tests.variants.holdout499.common import (
    department,
    indicators,
    note,
    one_year,
    periods,
    project,
    sign,
    wan,
)
from tests.variants.holdout499.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPERATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ao01-kiln-percent-cells", (1, 12),
         "project, OLD-NAT, operator column headed 指标性质 and a unit column, typed percent "
         "cells, 万元 only in the number format (correct)")  # fmt: skip
def ao01() -> Book:
    b, s = project(
        name="栖檐寺大殿屋面琉璃构件烧制",
        dept="釉川县文化和旅游局（417003）",
        unit="釉川县琉璃瓦厂",
        money=one_year(186, 150, 36),
        goals=["按栖檐寺大殿原形制烧制黄琉璃筒瓦、板瓦和脊饰，10月底前交付修缮工地。"],
    )
    rows = [
        ["产出指标", "数量指标", "烧制黄琉璃筒瓦", "≥", 12000, "件"],
        [None, None, "烧制黄琉璃板瓦", "≥", 18000, "件"],
        [None, None, "烧制吻兽、垂兽等脊饰", "≥", 46, "件"],
        [None, "质量指标", "琉璃构件出窑合格率", "≥", pct(0.92), "%"],
        [None, None, "釉面色差返工率", "≤", pct(0.03), "%"],
        [None, None, "抗冻融试验合格率", "=", pct(1), "%"],
        [None, "时效指标", "构件交付完成时间", "≤", day(2025, 10, 31, CN_DATE), "—"],
        [None, "成本指标", "筒瓦单件烧制成本", "≤", 38, "元/件"],
        [None, None, "板瓦单件烧制成本", "≤", 22, "元/件"],
        [None, None, "脊饰单件烧制成本", "≤", 6800, "元/件"],
        ["效益指标", "社会效益指标", "大殿屋面按原形制、原工艺修复", "定性", "达到预期", "—"],
        [None, "生态效益指标", "窑炉烟尘排放浓度", "≤", 20, "毫克/立方米"],
        [None, "可持续影响指标", "传统琉璃烧制技艺传承人数", "≥", 6, "人"],
        ["满意度指标", "服务对象满意度指标", "寺院管理方满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, OPERATOR_HEAD, rows)
    note(s, "注：指标性质栏填写比较符（≥、≤、=）或“定性”。")
    sign(s, "甘窑明", "0719-5238416")
    return b


@variant("ao02-kiln-rate-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column, typed percent cells: a 合格率 typed "
         "as 105% and a 反向 rate with ≥")  # fmt: skip
def ao02() -> Book:
    b, s = project(
        name="澄霞观三清殿琉璃瓦补配烧制",
        dept="釉川县文化和旅游局（417003）",
        unit="釉川县琉璃瓦厂",
        money=one_year(96, 80, 16),
        goals=["为澄霞观三清殿补配绿琉璃筒瓦和勾头滴水，9月底前交付。"],
    )
    over = mk(pct(1.05), "T106", "error", row=True,
              note="typed 105%: a 合格率 cannot exceed 100%")  # fmt: skip
    ge = mk("≥", "T108", "warning", row=True,
            note="开裂发生率 is 反向 (lower is better) but its operator is ≥")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "补配绿琉璃筒瓦", "≥", 4200, "件"],
        [None, None, "补配勾头、滴水", "≥", 1600, "件"],
        [None, "质量指标", "筒瓦烧成合格率", "≥", over, "%"],
        [None, None, "釉面开裂发生率", ge, pct(0.02), "%"],
        [None, None, "釉料铅溶出量下降率", "≥", pct(0.15), "%"],
        [None, "时效指标", "补配构件交付时间", "≤", day(2025, 9, 30, CN_DATE), "—"],
        [None, "成本指标", "筒瓦单件烧制成本", "≤", 42, "元/件"],
        [None, None, "勾头、滴水单件烧制成本", "≤", 55, "元/件"],
        ["效益指标", "社会效益指标", "三清殿屋面漏雨隐患消除", "定性", "有效", "—"],
        [None, "可持续影响指标", "补配构件设计使用年限", "≥", 50, "年"],
        ["满意度指标", "服务对象满意度指标", "道观管理方满意度", "≥", pct(0.92), "%"],
    ]
    indicators(s, OPERATOR_HEAD, rows)
    sign(s, "钱瓴生", "0719-5238907")
    return b


def _kiln_budget(total: int, fiscal: int, other: int, basic: int, proj: int) -> list[list[object]]:
    shares = [pct(1), pct(fiscal / total), pct(other / total), pct(basic / total)]
    return [[wan(total), wan(fiscal), wan(other), wan(basic), wan(proj)],
            [*shares, pct(proj / total)]]  # fmt: skip


@variant("ao03-kiln-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def ao03() -> Book:
    tasks = [
        ["琉璃构件烧制", "为县内寺观修缮烧制琉璃瓦件和脊饰", wan(150), "出窑合格率≥90%"],
        ["传统窑炉维护", "维护两座龙窑和一座倒焰窑", wan(58), "窑炉完好运行"],
        ["技艺传承培训", "开展琉璃烧制技艺培训和带徒传艺", wan(65), "培训≥120人次"],
        ["金额合计", None, wan(273), None],
    ]
    b, s = department(
        dept="釉川县古建琉璃技艺保护中心",
        budget=_kiln_budget(420, 336, 84, 147, 273),
        tasks=tasks,
        goal="保障县内寺观屋面修缮所需琉璃构件供应，传承传统琉璃烧制技艺。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ["琉璃构件年产量", 20, "件", "≥", 36000],
            ["琉璃构件出窑合格率", 15, "%", "≥", pct(0.9)],
            ["传统技艺培训人次", 15, "人次", "≥", 120],
            ["窑炉生产安全事故", 10, "起", "≤", 0],
            ["窑炉燃料消耗量下降率", 10, "%", "≥", 5],
            ["构件交付及时率", 10, "%", "≥", pct(0.95)],
            ["古建修缮单位满意度", 20, "%", "≥", pct(0.9)],
        ]
    )
    sign(s, "邬砚秋", "0719-5231150")
    return b


@variant("ao04-kiln-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a money unit against 件, a 反向 rate with ≥, weights "
         "add to 95")  # fmt: skip
def ao04() -> Book:
    tasks = [
        ["寺观修缮琉璃构件烧制", "烧制筒瓦、板瓦、脊兽", wan(140), "按期交付"],
        ["窑炉及釉料库维护", "维护窑炉和釉料库房", wan(80), "完好运行"],
        ["金额合计", None, wan(220), None],
    ]
    b, s = department(
        dept="翠瓴市琉璃制品厂",
        budget=[[wan(360), wan(300), wan(60), wan(140), wan(220)]],
        tasks=tasks,
        goal="按期烧制寺观修缮所需琉璃构件，控制窑变废品。",
    )
    money_unit = mk(
        "≥48万元", "T112", "error", note="万元 in the value against 件 in the unit column"
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ["琉璃构件年产量", "≥30000", "正向", "件", 20],
        ["脊兽烧制数量", money_unit, "正向", "件", 15],
        ["琉璃构件出窑合格率", "≥90%", "正向", "%", 15],
        ["窑变废品率", mk("≥4%", "T108", "warning", row=True,
                          note="declared 反向 but the operator is ≥"), "反向", "%", 10],
        ["技艺培训人次", "≥100", "正向", "人次", 10],
        ["构件交付及时率", "≥95%", "正向", "%", 10],
        ["古建修缮单位满意度", "≥90%", "正向", "%", 15],
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    sign(s, "甘窑明", "0718-6642093")
    return b


@variant("ao05-kiln-multi-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: 中期目标 text copied "
         "into 年度目标, an annual count above its period count")  # fmt: skip
def ao05() -> Book:
    goal = "修复三座传统龙窑，烧制琉璃构件九万件，供应县内寺观屋面修缮。"
    b, s = project(
        name="釉川县传统琉璃龙窑修复及构件烧制",
        dept="釉川县文化和旅游局（417003）",
        unit="釉川县琉璃瓦厂",
        attr="新增项目",
        years=3,
        money=periods((540, 450, 90), (180, 150, 30)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
    )
    more = mk("≥320人次", "D201", "error", note="annual 320 above the three-year 300")
    rows = [
        ["产出指标", "数量指标", "修复传统龙窑", "≥3座", "≥1座"],
        [None, None, "烧制琉璃构件", "≥90000件", "≥30000件"],
        [None, None, "琉璃烧制技艺培训", "≥300人次", more],
        [None, "质量指标", "构件出窑合格率", "≥92%", "≥92%"],
        [None, "时效指标", "龙窑修复及试烧完成时间", "2027年10月31日前", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "构件平均烧制成本", "≤40元/件", "≤40元/件"],
        ["效益指标", "社会效益指标", "供应寺观屋面修缮面积", "≥6000平方米", "≥2000平方米"],
        [None, "可持续影响指标", "修复窑炉可持续使用年限", "≥20年", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "古建修缮单位满意度", "≥90%", "≥90%"],
    ]
    indicators(s, PERIOD_HEAD, rows)
    sign(s, "钱瓴生", "0719-5238907")
    return b


@variant("ao06-kiln-glaze-two-year", (8, 10),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns, counts split by year, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def ao06() -> Book:
    b, s = project(
        name="翠瓴市传统琉璃釉料配方恢复及试烧",
        dept="翠瓴市文物局（316021）",
        unit="翠瓴市古建琉璃构件研究所",
        attr="新增项目",
        years=2,
        money=periods((260, 220, 40), (140, 120, 20)),
        goals=["两年内恢复八种传统釉色配方并试烧六千件构件，供寺观屋面修缮选用。",
               "本年恢复五种釉色配方，试烧构件两千五百件，完成阶段成果验收。"],
    )  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "恢复传统釉色配方", "≥8种", "≥5种"],
        [None, None, "试烧琉璃构件", "≥6000件", "≥2500件"],
        [None, "质量指标", "试烧构件与原构件色差达标率", "≥90%", "≥85%"],
        [None, "时效指标", "配方恢复成果验收时间", "2026年11月30日前", "2025年12月15日前"],
        ["成本指标", "经济成本指标", "单件试烧成本", "≤180元/件", "≤180元/件"],
        ["效益指标", "社会效益指标", "构件一次烧成率较现行工艺提高", "≥6百分点", "≥3百分点"],
        [None, "可持续影响指标", "釉色耐候性能保持年限", "≥30年", "≥30年"],
        ["满意度指标", "服务对象满意度指标", "古建修缮单位满意度", "≥90%", "≥90%"],
    ]
    indicators(s, PERIOD_HEAD, rows)
    sign(s, "邬砚秋", "0716-8820514", day(2024, 12, 3, CN_DATE))
    return b
