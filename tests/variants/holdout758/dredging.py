"""Irrigation-canal dredging in 澄渠县 (kcn07–kcn12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout758.common import (
    DEPT,
    book,
    header,
    indicators,
    multi_year,
    one_year,
    wan,
)
from tests.variants.holdout758.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄渠县灌区管理站"


@variant("kcn07-period-and-annual", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns, the period's counts "
         "beside smaller annual counts (correct)")  # fmt: skip
def period_and_annual() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="柳塘灌区干支渠清淤", dept=DEPT, unit=UNIT,
                 money=multi_year((900, 810, 90), (300, 270, 30)), attr="新增项目",
                 goals=["三年完成柳塘灌区干支渠清淤36公里、土方54万立方米，恢复设计过水能力。",
                        "2025年完成北干渠及三条支渠清淤12公里、土方18万立方米。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ["产出指标", "数量指标", "清淤渠道长度", "≥36公里", "≥12公里"],
        [None, None, "清淤土方量", "≥54万立方米", "≥18万立方米"],
        [None, "质量指标", "清淤工程验收合格率", pct(1), pct(1)],
        [None, "时效指标", "清淤完工时间", "2027年12月31日前", "2025年12月31日前"],
        ["成本指标", "经济成本指标", "清淤综合单价", "≤15元/立方米", "≤15元/立方米"],
        ["效益指标", "经济效益指标", "改善灌溉面积", "≥4.2万亩", "≥1.5万亩"],
        [None, "可持续影响指标", "渠道管护制度", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kcn08-annual-above-period", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, an annual length above the period's")  # fmt: skip
def annual_above_period() -> Book:
    b, s = book()
    text = "两年完成桐溪灌区东干渠清淤24公里，渠道过水能力恢复到设计值的90%以上。"
    project_head(
        s,
        year=2025,
        years=2,
        name="桐溪灌区东干渠清淤",
        dept=DEPT,
        unit=UNIT,
        money=multi_year((480, 440, 40), (240, 220, 20)),
        goals=[text, mk(text, "D204", "warning", note="年度目标 = 中期目标 word for word")],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ["产出指标", "数量指标", "清淤渠道长度", "≥24公里",
         mk("≥30公里", "D201", "error", note="a year's length above the two years' 24")],
        [None, None, "清淤土方量", "≥30万立方米", "≥15万立方米"],
        [None, "质量指标", "清淤断面达标率", "≥95%", "≥95%"],
        [None, "时效指标", "清淤完工时间", "2026年12月31日前", "2025年12月31日前"],
        [None, "成本指标", "清淤综合单价", "≤14元/立方米", "≤14元/立方米"],
        ["效益指标", "社会效益指标", "渠道过水能力恢复率", "≥90%", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kcn09-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score and indicator score columns both adding to 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 18, 8))
    project_head(
        s,
        year=2025,
        name="南湾支渠清淤及渠堤整治",
        dept=DEPT,
        unit=UNIT,
        money=one_year(150, 150, 0),
        goals=["清淤南湾支渠8公里、土方10万立方米，渠系水利用系数提高3个百分点。"],
    )
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ["产出指标", 50, "数量指标", "清淤渠道长度", "≥8公里", 15],
        [None, None, None, "清淤土方量", "≥10万立方米", 15],
        [None, None, "质量指标", "清淤工程验收合格率", "≥95%", 10],
        [None, None, "时效指标", "清淤完工时间", "2025年11月30日前", 10],
        ["成本指标", 10, "经济成本指标", "清淤综合单价", "≤15元/立方米", 10],
        ["效益指标", 30, "经济效益指标", "渠系水利用系数提高", "≥3百分点", 15],
        [None, None, "社会效益指标", "因渠道淤塞引发的灌溉纠纷", "0起", 15],
        ["满意度指标", 10, "服务对象满意度指标", "灌区农户满意度", "≥90%", 10],
        ["合计", 100, None, None, None, 100],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kcn10-template-leftover", (6, 7),
         "project, OLD-NAT, header 考核指标 / 目标值（年度）: a template example row left in, a "
         "quality rate under 时效, a completion rate given in 公里")  # fmt: skip
def template_leftover() -> Book:
    b, s = book()
    project_head(s, year=2025, name="西坪灌区斗渠清淤", dept=DEPT, unit=UNIT,
                 money=one_year(96, 90, 6),
                 goals=["清淤西坪灌区斗渠12公里，保障春灌用水。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "目标值（年度）")
    indicators(s, [
        ["产出指标", "数量指标", "斗渠清淤长度", "≥12公里"],
        [None, None, "（示例）培训人次", mk("≥**人次", "X101", "error", row=True,
                                          note="the template's example row")],
        [None, None, "渠道清淤任务完成率", mk("≥12公里", "T105", "error", alt=("T119",))],
        [None, "质量指标", "清淤断面达标率", "≥95%"],
        [None, "时效指标", mk("清淤工程验收合格率", "F201", "warning", row=True,
                             note="a quality rate under 时效"), "≥95%"],
        [None, None, "春灌前完工时间", "2025年3月31日前"],
        [None, "成本指标", "清淤综合单价", "≤16元/立方米"],
        ["效益指标", "经济效益指标", "恢复灌溉面积", "≥0.8万亩"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "kcn11-system-export",
    (4, 7, 12),
    "budget-system export, OLD-NAT: detail lines with codes on sheet 05-1, the indicator table "
    "with codes in the first columns on sheet 05-2 under a third-row header (correct)",
)
def system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 26, 16, 16, 16, 16))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额", "其中：财政拨款", "其他资金")
    s.row("530825250011", "青茆灌区支渠清淤", "合计", wan(120), wan(110), wan(10))
    s.row(None, None, "清淤土方工程", wan(84), wan(80), wan(4))
    s.row(None, None, "渠堤整形及护坡", wan(26), wan(22), wan(4))
    s.row(None, None, "工程监理及检测", wan(10), wan(8), wan(2))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 14, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：澄渠县灌区管理站", None, None, None, "填报日期", day(2024, 12, 5))
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.row("530825250011", "青茆灌区支渠清淤", "年度绩效目标",
          "清淤支渠9公里、土方7万立方米，为2026年汛期灌溉供水提供保障。", None, None,
          merge=[(4, 6)])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "清淤支渠长度", "≥9公里"],
        [None, None, "清淤土方量", "≥7万立方米"],
        [None, "质量指标", "清淤工程验收合格率", "≥95%"],
        [None, "时效指标", "清淤完工时间", "2025年12月31日前"],
        [None, "成本指标", "清淤综合单价", "≤12元/立方米"],
        ["效益指标", "社会效益指标", "灌溉保证率", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
    ]  # fmt: skip
    indicators(t, rows, col=3)
    return b


@variant(
    "kcn12-points-copied-annual",
    (8, 10),
    "two-year project 2025–2026, NAT-2021, tier-1 score column and 中期/年度 columns: one "
    "tier-1's indicator scores off its score, a cumulative length copied into 年度",
)
def points_copied_annual() -> Book:
    b, s = book(widths=(14, 8, 16, 26, 16, 16))
    project_head(s, year=2025, years=2, name="澄溪灌区渠系清淤", dept=DEPT, unit=UNIT,
                 money=multi_year((360, 320, 40), (180, 160, 20)),
                 goals=["两年清淤澄溪灌区渠系20公里，灌溉面积恢复到3万亩。",
                        "2025年清淤干渠及两条支渠10公里。"])  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值")
    s.table([
        ["产出指标", mk(50, "W103", "error", note="15 + 15 + 10 + 5 = 45 under 产出"),
         "数量指标", "清淤渠道长度", 15, "≥20公里",
         mk("≥20公里", "D202", "warning", note="cumulative length copied from 中期")],
        [None, None, None, "清淤土方量", 15, "≥24万立方米", "≥12万立方米"],
        [None, None, "质量指标", "清淤工程验收合格率", 10, "≥95%", "≥95%"],
        [None, None, "时效指标", "清淤完工时间", 5, "2026年12月31日前", "2025年12月31日前"],
        ["成本指标", 10, "经济成本指标", "清淤综合单价", 10, "≤15元/立方米", "≤15元/立方米"],
        ["效益指标", 30, "经济效益指标", "恢复灌溉面积", 15, "≥3万亩", "≥1.5万亩"],
        [None, None, "可持续影响指标", "渠系管护责任落实率", 15, "=100%", "=100%"],
        ["满意度指标", 10, "服务对象满意度指标", "灌区农户满意度", 10, "≥90%", "≥90%"],
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="indicator points then total 95")
    return b
