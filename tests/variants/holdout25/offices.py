"""Department tables (部门整体): budget, key tasks, goals and the indicator table, one correct
and one whose money does not add up: ii15, ii16."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout25.common import notes, signature
from tests.variants.holdout25.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, money, pct

_M = "#,##0.00"
_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值")


def _either(amount: float, code: str) -> C:
    """An amount where the reviewer also accepts the sum finding (which side is wrong is open)."""
    return mk(money(amount, _M), code, "error", required=False)


@variant("ii15-department-ok", (1, 4, 12), "department, NAT-2021: budget in #,##0.00 adding up "
         "both ways, key tasks adding to 项目支出, percent cells and typed values")  # fmt: skip
def ii15() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (16, 20, 28, 18, 16, 16))
    department_head(s, year=2027, dept="桐川市机关事务管理局", filled=day(2026, 11, 18, CN_DATE),
                    budget=[(money(1860.5, _M), money(1800.5, _M), money(60, _M),
                             money(1260.5, _M), money(600, _M))],
                    tasks=[
                        ("公共机构节能管理", "节能诊断、宣传培训及节能改造", money(200, _M),
                         "公共机构人均综合能耗同比下降"),
                        ("办公用房维修维护", "市直机关集中办公区维修项目", money(250, _M),
                         "办公用房安全完好"),
                        ("公务用车平台运行", "平台车辆运行维护及驾驶员管理", money(150, _M),
                         "公务出行保障及时"),
                        ("金额合计", None, money(600, _M), None),
                    ],
                    goal="目标1：保障市直机关公务出行8000车次以上；目标2：完成办公用房维修项目"
                         "12个；目标3：公共机构人均综合能耗同比下降1.5%以上。")  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "平台保障公务出行车次", "≥8,000车次"),
        (None, None, "办公用房维修项目", "≥12个"),
        (None, None, "开展节能诊断的公共机构", "≥30家"),
        (None, "质量指标", "维修工程验收合格率", pct(1.0)),
        (None, "时效指标", "维修工程按期完工率", "≥95%"),
        ("成本指标", "经济成本指标", "平台车辆单车年均运行费", "≤1.5万元/辆"),
        ("效益指标", "社会效益指标", "公共机构人均综合能耗", "同比下降1.5%以上"),
        (None, None, "公务出行保障到位率", "≥98%"),
        (None, "可持续影响指标", "机关运行保障制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务单位满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.本表金额单位为万元；2.项目支出按年度主要任务列示。")
    signature(s, filled=day(2026, 11, 18), phone="0796-8204517", who="刘佳", checker="曾志明")
    return b


@variant("ii16-department-money-wrong", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
         "资金总额, tasks not adding to 金额合计, "
         "a deadline two years before the budget year")  # fmt: skip
def ii16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 20, 28, 18, 16, 16))
    total = mk(
        money(980, _M),
        "B101",
        "error",
        note="财政拨款 950 + 其他资金 20 = 970 (基本支出 670 + 项目支出 310 = 980)",
    )
    department_head(s, year=2027, dept="潭口区司法局", filled=day(2026, 11, 21),
                    budget=[(total, _either(950, "B101"), money(20, _M), money(670, _M),
                             _either(310, "B102"))],
                    tasks=[
                        ("法律援助", "为困难群众提供法律援助", money(120, _M), "应援尽援"),
                        ("人民调解", "人民调解员补贴及培训", money(80, _M), "矛盾纠纷就地化解"),
                        ("社区矫正", "社区矫正教育帮扶", money(60, _M), "社区矫正对象不脱管"),
                        ("普法宣传", "八五普法宣传活动", money(40, _M), "群众法治意识提升"),
                        ("金额合计", None,
                         mk(money(310, _M), "B102", "error", note="the tasks add up to 300"),
                         None),
                    ],
                    goal="办理法律援助案件1200件以上，组织普法宣传活动60场，"
                         "完善覆盖城乡的公共法律服务体系。")  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "办理法律援助案件", "≥1200件"),
        (None, None, "组织普法宣传活动", "≥60场"),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%"),
        (None, "时效指标", "社区矫正对象报到衔接时限", "≤10个工作日"),
        (None, None, "公共法律服务平台升级完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="a deadline before the budget year: copied from an old table")),
        ("成本指标", "经济成本指标", "法律援助案件办案补贴标准", "≤800元/件"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
        (None, "可持续影响指标", "公共法律服务体系", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 21), phone="0797-8352016", who="钟晓红", checker="温建国")
    return b
