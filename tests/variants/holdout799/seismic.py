"""Seismic retrofit (农房抗震加固) returns: kec07 to kec12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout799.common import (
    DEPT,
    YEAR,
    book,
    first,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout799.registry import variant
from tests.variants.kit import Book, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kec07-kangzhen-three-years",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度, 百分点, a later year prepared for (correct)",
)
def kec07() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, years=3, name="8度设防区农房抗震加固工程", dept=DEPT,
                 unit="峦溪县抗震设防服务站", attr="新增项目",
                 money=period_money((wan(9000), wan(8100), wan(900)),
                                    (wan(3000), wan(2700), wan(300))),
                 goals=["2026—2028年对8度设防区农房实施抗震加固3000户（其中示范户300户），"
                        "为2029年在全县推广农房抗震加固积累经验。",
                        "2026年完成农房抗震加固1000户，其中示范户100户。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "农房抗震加固户数", "≥3000户", "≥1000户"),
        (None, None, "抗震加固示范户数", "≥300户", "≥100户"),
        (None, "质量指标", "加固工程竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度加固任务完成时限", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "户均抗震加固补助", "≤3万元/户", "≤3万元/户"),
        ("效益指标", "社会效益指标", "农房抗震设防达标率提高", "≥15百分点", "≥5百分点"),
        (None, "可持续影响指标", "农房抗震加固技术导则应用", "持续应用", "持续应用"),
        ("满意度指标", "服务对象满意度指标", "加固农户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kec08-two-years-copied",
    (8,),
    "two-year project, NAT-2021: 年度目标 copied from 中期目标, an annual count above the period's",
)
def kec08() -> Book:
    b = book()
    s = first(b)
    text = "完成农房抗震加固1200户，建成抗震加固示范村6个。"
    project_head(s, year=YEAR, years=2, name="农房抗震改造示范村建设项目", dept=DEPT,
                 unit="峦溪县抗震设防服务站", attr="新增项目",
                 money=period_money((wan(2400), wan(2160), wan(240)),
                                    (wan(1200), wan(1080), wan(120))),
                 goals=[text, mk(text, "D204", "warning", alt=("D104",),
                                 note="两年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "农房抗震加固户数", "≥1200户", "≥600户"),
        (None, None, "抗震加固示范村个数", "≥6个",
         mk("≥8个", "D201", "error", note="年度8个多于两年的6个")),
        (None, "质量指标", mk("完成农房抗震加固户数", "D103", "warning", row=True,
                              alt=("D101", "F201"), note="与数量指标重复，又放在质量下"),
         "≥1200户", "≥600户"),
        (None, None, "加固工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "加固工程完工时限", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均加固补助", "≤2万元/户", "≤2万元/户"),
        ("效益指标", "社会效益指标", "示范村农房抗震设防达标率", "=100%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "加固户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kec09-points-two-levels",
    (5, 10),
    "project, NAT-2021, tier points in labels and an indicator score column, 合计 100 (correct)",
)
def kec09() -> Book:
    b = book()
    s = first(b)
    project_head(
        s,
        year=YEAR,
        name="农房抗震加固试点项目",
        dept=DEPT,
        unit="峦溪县抗震设防服务站",
        money=one_year(wan(450), 400, wan(50)),
        goals=["在两个试点乡镇对150户砖木结构农房实施抗震加固，形成可复制的加固做法。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("一、产出指标（40分）", "1.数量指标", "试点加固户数", "≥150户", 15),
        (None, "2.质量指标", "加固工程验收合格率", "=100%", 15),
        (None, "3.时效指标", "试点工程完工时间", "2026年10月31日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "户均加固补助", "≤3万元/户", 20),
        ("三、效益指标（30分）", "1.社会效益指标", "试点户抗震设防达标率", "=100%", 15),
        (None, "2.可持续影响指标", "加固做法形成技术指南", "≥1套", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "试点农户满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "说明：一级指标括号内为该类指标分值合计，三级指标分值之和为100分。")
    return b


@variant(
    "kec10-points-mismatch",
    (10, 12),
    "project, NAT-2021, tier-1 score column against the indicator scores; cost over money",
)
def kec10() -> Book:
    b = book(widths=(14, 8, 16, 30, 18, 10))
    s = first(b)
    project_head(s, year=YEAR, name="农村住房抗震加固补助项目", dept=DEPT,
                 unit="峦溪县抗震设防服务站", money=one_year(wan(750), 700, wan(50)),
                 goals=["对7度以上设防区300户农房实施抗震加固，提升农房抗震能力。"])  # fmt: skip
    cost = "3万元/户 × 300户 = 900万元，超过年度资金750万元"
    tier = "效益指标写30分，其下两项指标只有20分"
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", 50, "数量指标", "抗震加固户数", "≥300户", 15),
        (None, None, None, "加固方案技术审查户数", "≥300户", 15),
        (None, None, "质量指标", "加固工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "加固工程完工时间", "2026年11月30日前", 5),
        (None, None, "成本指标", "户均加固补助",
         mk("≤3万元/户", "B107", "warning", row=True, note=cost), 5),
        ("效益指标", mk(30, "W103", "error", note=tier), "社会效益指标",
         "加固户抗震设防达标率", "=100%", 10),
        (None, None, "可持续影响指标", "农房抗震加固长效管护机制", "建立并执行", 10),
        ("满意度指标", 20, "服务对象满意度指标", "加固户满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，由效益指标少10分所致")
    return b


@variant(
    "kec11-budget-export",
    (4, 7, 12),
    "budget-system export: codes first, header on row 3, detail lines, table on sheet 2 (correct)",
)
def kec11() -> Book:
    b = book("部门项目支出预算05-1", (16, 28, 14, 14, 14, 40))
    s = first(b)
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "部门：峦溪县住房和城乡建设局")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("511823-26-0107", "农村学校周边农房抗震加固项目", wan(360), wan(330), wan(30),
          "对学校周边120户农房实施抗震加固，保障师生上下学沿线房屋安全。")  # fmt: skip
    s.row(None, "其中：加固工程补助", wan(300), wan(300), None, None)
    s.row(None, "其中：设计与技术审查", wan(36), wan(30), wan(6), None)
    s.row(None, "其中：竣工验收检测", wan(24), None, wan(24), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 30, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：万元", None, None, None, None, None)
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("511823-26-0107", "农村学校周边农房抗震加固项目", "产出指标", "数量指标",
         "抗震加固农房户数", "≥120户"),
        (None, None, None, "质量指标", "加固工程竣工验收合格率", "=100%"),
        (None, None, None, "时效指标", "加固工程完工时间", "2026年8月20日前"),
        (None, None, None, "成本指标", "户均加固工程补助", "≤2.5万元/户"),
        (None, None, "效益指标", "社会效益指标", "学校周边农房抗震设防达标率", "=100%"),
        (None, None, "满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：户均补助按加固工程补助300万元 ÷ 120户计算。")
    return b


@variant(
    "kec12-export-leftover",
    (7, 12),
    "budget-system export: detail lines not adding up, last year's goal, 满意度 under 社会效益",
)
def kec12() -> Book:
    b = book("部门项目支出预算05-1", (16, 28, 14, 14, 14, 40))
    s = first(b)
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "部门：峦溪县住房和城乡建设局")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    lines = "明细 260 + 40 + 30 = 330万元，项目资金总额写320万元"
    goal = "2026年度的项目，年度目标仍写2025年"
    s.row("511823-26-0112", "农房抗震加固以奖代补项目",
          mk(wan(320), "B102", "error", row=True, alt=("B101",), note=lines), wan(300), wan(20),
          mk("2025年完成农房抗震加固130户，以奖代补资金全部兑付到户。", "Y103", "warning",
             alt=("Y101", "Y102"), note=goal))  # fmt: skip
    s.row(None, "其中：以奖代补资金", wan(260), wan(260), None, None)
    s.row(None, "其中：工匠培训", wan(40), wan(30), wan(10), None)
    s.row(None, "其中：质量抽检", wan(30), wan(20), wan(10), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 30, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：万元", None, None, None, None, None)
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("511823-26-0112", "农房抗震加固以奖代补项目", "产出指标", "数量指标",
         "以奖代补加固户数", "≥130户"),
        (None, None, None, "质量指标", "加固质量抽检合格率", "≥95%"),
        (None, None, None, "时效指标", "奖补资金兑付时间", "2026年12月15日前"),
        (None, None, None, "成本指标", "户均奖补标准", "≤2万元/户"),
        (None, None, "效益指标", "社会效益指标", "受奖补户抗震设防达标率", "=100%"),
        (None, None, None, None, mk("受奖补农户满意度", "F201", "warning", row=True,
                                     note="满意度指标填在社会效益指标下"), "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    sign(t, "蒲晓川", "0837-6618230")
    return b
