"""农民工讨薪维权 (tz07–tz09) and 劳模疗休养 (tz10–tz12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout328.common import YEAR, book, indicators, one_year, periods, wan
from tests.variants.holdout328.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

LAW = "雁川区总工会 215"
AID = "雁川区职工法律援助站"
REST = "苇塘市总工会 118"
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("tz07-wages-direction", (11,), "project, OLD-NAT, operators inside the values: a 正向 "
         "rate with ≤, a 反向 time limit with ≥, a cost cap with =")  # fmt: skip
def tz07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="农民工欠薪维权法律援助", dept=LAW, unit=AID,
                 money=one_year(60, 55, 5),
                 goals=["为欠薪农民工提供法律咨询、调解和诉讼代理，追回欠薪。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受理农民工欠薪投诉", "≥800件"),
        (None, None, "提供法律援助", "≥300件"),
        (None, "质量指标", "欠薪案件结案率",
         mk("≤95%", "T108", "warning", row=True, note="正向 rate capped with ≤")),
        (None, "时效指标", "欠薪案件平均办结时长",
         mk("≥20个工作日", "T108", "warning", row=True, note="反向 time limit with ≥")),
        (None, "成本指标", "法律援助案均补贴",
         mk("=1200元/件", "T108", "warning", row=True, note="= on a cost cap (≤ meant)")),
        ("效益指标", "社会效益指标", "帮助农民工追回工资", "≥2500人"),
        (None, "可持续影响指标", "欠薪线索联动处置机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tz08-wages-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, 0起 on an incident "
         "count, weights add to 100 (correct)")  # fmt: skip
def tz08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雁川区劳动关系协调中心", budget=[
        (wan(300), wan(280), wan(20), wan(120), wan(180)),
    ], goal="畅通农民工讨薪渠道，欠薪案件快处快结，重大欠薪事件零发生。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("受理欠薪投诉件数", 15, "件", "大于等于", 800),
        ("法律援助案件办结率", 15, "%", "≥", pct(0.95)),
        ("欠薪投诉受理及时率", 10, "%", "≥", pct(0.98)),
        ("欠薪案件同比下降率", 10, "%", "≥", 10),
        ("农民工维权培训场次", 10, "场", "≥", 24),
        ("法律援助案均成本", 10, "元/件", "≤", 1200),
        ("重大欠薪群体性事件", 10, "起", "≤", 0),
        ("在建项目农民工工资专户覆盖率", 10, "%", "≥", pct(0.9)),
        ("受援农民工满意度", 10, "%", "≥", pct(0.92)),
    ]:
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("tz09-wages-flat-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 "
         "as direction · 计量单位 · 权重): unit conflict, 反向 with ≥, weights add to "
         "95")  # fmt: skip
def tz09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雁川区劳动保障监察协作站", budget=[
        (wan(150), wan(150), wan(0), wan(70), wan(80)),
    ], goal="开展根治欠薪专项行动，欠薪线索全部核查处置。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        (
            "欠薪线索核查数",
            mk(
                "≥300件",
                "T112",
                "error",
                alt=("T119",),
                note="件 in the value, 人 in the unit column",
            ),
            "正向",
            "人",
            20,
        ),
        (
            "欠薪案件办结周期",
            mk(
                "≥20",
                "T108",
                "warning",
                row=True,
                note="反向 in the direction column, ≥ in the value",
            ),
            "反向",
            "天",
            15,
        ),
        ("劳动保障监察覆盖率", "≥90", "正向", "%", 15),
        ("农民工维权宣传场次", "≥12", "正向", "场", 15),
        ("欠薪线索转办及时率", "≥95", "正向", "%", 10),
        ("根治欠薪工作机制", "健全", "定性", None, 10),
        ("农民工满意度", "≥90", "正向", "%", 10),
    ]:
        s.row(*line)
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 10 + 10 + 10 = 95, not 100")
    return b


REST_GOAL = "组织劳模和先进职工分批参加疗休养，落实健康体检，弘扬劳模精神。"


@variant("tz10-rest-multi-year", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: an "
         "annual count above its period count, 中期目标 text copied into 年度目标")  # fmt: skip
def tz10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="劳模和先进职工疗休养", dept=REST,
                 unit="苇塘市劳模服务中心", money=periods((450, 420, 30), (150, 140, 10)),
                 goals=[REST_GOAL, mk(REST_GOAL, "D204", "warning",
                                      note="年度目标 = 三年中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "组织劳模疗休养", "≥900人次",
         mk("≥960人次", "D201", "error", note="annual 960 above the three-year 900")),
        (None, None, "疗休养批次", "≥30批", "≥10批"),
        (None, "质量指标", "疗休养健康体检覆盖率", "≥98%", "≥98%"),
        (None, "时效指标", "年度疗休养完成时间", "2027年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "人均疗休养费用", "≤1500元/人次", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "劳模精神宣传覆盖", "≥50万人次", "≥15万人次"),
        (None, "可持续影响指标", "劳模疗休养长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "疗休养劳模满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    return b


def _rest_block(s: Sheet, title: str, name: str, money: list[list[Any]], goal: str,
                rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One 疗休养 project of a stacked sheet, with its own head and table."""
    project_head(s, year=YEAR, name=name, dept=REST, unit="苇塘市职工疗休养基地",
                 money=money, goals=[goal], title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    s.skip()


@variant("tz11-rest-stacked", (2, 7), "two 疗休养 projects stacked in one sheet, OLD-NAT, "
         "headers 指标内容 and 绩效标准, word operators, the same names with different values, "
         "cost standard × count equal to the money (correct)")  # fmt: skip
def tz11() -> Book:
    b, s = book()
    _rest_block(s, f"{YEAR}年度项目支出绩效目标申报表（一）", "省级以上劳模疗休养",
                one_year(70, 70, 0), "组织省级以上劳模200人分四批疗休养。", [
        ("产出指标", "数量指标", "疗休养人数", "不少于200人"),
        (None, "质量指标", "健康体检完成率", "不低于98%"),
        (None, "时效指标", "疗休养完成时间", "10月31日前"),
        (None, "成本指标", "人均疗休养费用", "不超过3500元/人"),
        ("效益指标", "社会效益指标", "劳模身心健康状况", "有效改善"),
        ("满意度指标", "服务对象满意度指标", "疗休养满意度", "不低于90%"),
    ])  # fmt: skip
    _rest_block(s, f"{YEAR}年度项目支出绩效目标申报表（二）", "一线职工疗休养",
                one_year(48, 40, 8), "组织一线职工400人就近疗休养。", [
        ("产出指标", "数量指标", "疗休养人数", "不少于400人"),
        (None, "质量指标", "健康体检完成率", "不低于95%"),
        (None, "时效指标", "疗休养完成时间", "11月30日前"),
        (None, "成本指标", "人均疗休养费用", "不超过1200元/人"),
        ("效益指标", "社会效益指标", "一线职工归属感", "明显增强"),
        ("满意度指标", "服务对象满意度指标", "疗休养满意度", "不低于92%"),
    ])  # fmt: skip
    return b


@variant("tz12-rest-export", (7, 12, 4), "budget-system export: a money sheet and an indicator "
         "sheet, header on the third row, project codes in the first columns, tiers repeated, a "
         "合计 line (correct)")  # fmt: skip
def tz12() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 24, 16, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：苇塘市总工会", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    code = "3302112025000118"
    s.row(code, "劳模健康体检和疗养", "延续项目", wan(86), wan(80), wan(6))
    s.row("合计", None, None, wan(86), wan(80), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 20, 12, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：苇塘市总工会")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for tier1, tier2, name, value in [
        ("产出指标", "数量指标", "劳模健康体检人数", "≥1200人"),
        ("产出指标", "数量指标", "劳模疗养人数", "≥150人"),
        ("产出指标", "质量指标", "体检报告反馈率", "=100%"),
        ("产出指标", "时效指标", "体检完成时间", "9月30日前"),
        ("产出指标", "成本指标", "人均体检费用", "≤400元/人"),
        ("产出指标", "成本指标", "人均疗养费用", "≤2400元/人"),
        ("效益指标", "社会效益指标", "劳模疾病早发现早治疗", "有效"),
        ("效益指标", "可持续影响指标", "劳模健康档案", "动态更新"),
        ("满意度指标", "服务对象满意度指标", "劳模满意度", "≥90%"),
    ]:
        t.row(code, "劳模健康体检和疗养", tier1, tier2, name, value)
    return b
