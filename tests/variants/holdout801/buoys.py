"""Returns kee07–kee12: navigation buoys and aids (航标)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout801.common import HEAD4, YEAR, book, indicators, notes, one_year, sign, w
from tests.variants.holdout801.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄湾市交通运输局（307）"
UNIT = "澄湾航标管理所"


@variant("kee07-buoy-points", (5, 10),
         "project, NAT-2021, tier labels with points and an indicator score column, both adding "
         "to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def kee07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="澄湾港区航标配布调整及维护",
        dept=DEPT,
        unit=UNIT,
        money=one_year(w(460), w(420), w(40)),
        goals=["2026年维护港区灯浮标136座，调整配布18座，航标维护正常率提高。"],
    )
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "灯浮标维护数量", "≥136座", 15),
        (None, None, "航标配布调整数量", "≥18座", 10),
        (None, "2.质量指标", "航标维护正常率", pct(0.998, "0.0%"), 15),
        (None, "3.时效指标", "航标失常恢复时限", "≤24小时", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "灯浮标年维护单价", "≤2.5万元/座", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "航标维护正常率较上年提高", "≥0.2百分点", 15),
        (None, "2.可持续影响指标", "航标遥测遥控覆盖率", "≥85%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "引航及船舶公司满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "kee08-buoy-duplicates",
    (5, 7),
    "project, OLD-NAT, labels with * and ★ and abbreviations, headers 指标内容 / 绩效标准: "
    "a conflicting duplicate, a count under 质量, one indicator under two tier-2s",
)
def kee08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="涟口水道航标更新改造", dept="涟口县交通运输局（118）",
                 unit="涟口县港航服务中心", money=one_year(w(540), w(500), w(40)),
                 goals=["2026年在涟口水道新设灯浮标24座，更换航标灯器120套。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "★数量", "新设灯浮标", "≥24座"),
        (None, None, "航标巡检次数", "≥12次"),
        (None, None, mk("新设置灯浮标", "D102", "error", row=True, alt=("D103", "D101", "D104"),
                        note="与新设灯浮标同一指标，24 座 / 20 座"), "≥20座"),
        (None, "质量", "航标维护正常率", "≥99.5%"),
        (None, None, mk("更换航标灯器", "F201", "warning", row=True,
                        note="数量指标填在质量下"), "≥120套"),
        (None, "时效", "改造完成时间", "2026年10月31日前"),
        (None, "成本", "灯浮标单座购置安装费", "≤12万元/座"),
        ("*效益指标", "社会效益", "船舶通航安全保障能力", "显著提升"),
        (None, "可持续影响", mk("船舶通航安全保障能力", "D101", "warning", row=True,
                            alt=("D103",), note="同一指标填在两个二级指标下"), "显著提升"),
        ("*满意度指标", "服务对象满意度", "船舶公司满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kee09-buoy-header-words",
    (7, 11),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）, operators in words in their own "
    "column, a unit column, a 下降率 with 大于等于 and a zero accident count (correct)",
)
def kee09() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹭渚水道航标遥测改造",
        dept=DEPT,
        unit=UNIT,
        money=one_year(w(300), w(270), w(30)),
        goals=["2026年完成鹭渚水道120座航标遥测终端改造，航标失常率下降。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "指标方向", "目标值（年度）", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "航标遥测终端改造数量", "大于等于", 120, "座"),
        (None, "质量指标", "终端数据在线率", "大于等于", 98, "%"),
        (None, "时效指标", "航标失常响应时间", "小于等于", 24, "小时"),
        (None, "成本指标", "单座航标遥测改造费用", "小于等于", 2.2, "万元/座"),
        ("效益指标", "社会效益指标", "航标失常率下降率", "大于等于", 15, "%"),
        (None, None, "航标失常导致的船舶触碰事故", "等于", 0, "起"),
        (None, "可持续影响指标", "航标运行数据保存年限", "大于等于", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "船员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kee10-buoy-year-mixup", (1,),
         "project, OLD-NAT, typed percents: last year's year in the 年度目标, a deadline before "
         "the budget year, a coverage rate given as a count")  # fmt: skip
def kee10() -> Book:
    b, s = book()
    goal = mk("2025年完成涟口内河航标数字化改造40座，实现航标状态实时监控。", "Y103", "warning",
              alt=("Y101",), note="2026 年度的表里残留上年的年份")  # fmt: skip
    project_head(s, year=YEAR, name="涟口内河航标数字化改造", dept="涟口县交通运输局（118）",
                 unit="涟口县港航服务中心", money=one_year(w(260), w(240), w(20)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "航标数字化改造数量", "≥40座"),
        (None, "质量指标", "航标数字化覆盖率",
         mk("40座", "T105", "error", note="覆盖率给的是座数")),
        (None, None, "改造验收合格率", pct(1)),
        (None, "时效指标", "改造完工时间",
         mk("2025年11月30日前", "Y102", "error", note="期限早于预算年度 2026")),
        (None, "成本指标", "单座改造费用", "≤6万元/座"),
        ("效益指标", "社会效益指标", "航标状态实时监控率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "船民满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kee11-buoy-second-sheet", (4, 7),
         "project head on the first sheet, indicator table on a second sheet under 预期实现值, "
         "goal total with its parts in brackets, footnotes and a fill date before the budget year "
         "(correct)")  # fmt: skip
def kee11() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="澄湾港北航道航标布设", dept=DEPT, unit=UNIT,
                 money=one_year(w(720), w(650), w(70)),
                 goals=["2026年在北航道布设航标52座（其中浮标40座、岸标12座）。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2026年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "新布设浮标", "≥40座", "见注1"),
        (None, None, "新建岸标", "≥12座", None),
        (None, "质量指标", "航标布设位置偏差合格率", pct(0.98), None),
        (None, "时效指标", "航标投入运行时间", "2026年9月30日前", None),
        (None, "成本指标", "浮标单座布设费用", "≤12万元/座", None),
        (None, None, "岸标单座建设费用", "≤18万元/座", None),
        ("效益指标", "社会效益指标", "北航道夜航条件", "显著改善", None),
        ("满意度指标", "服务对象满意度指标", "引航员满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "注1：项目合计布设航标52座，为浮标40座与岸标12座之和。",
          "填表说明：指标值须可量化考核，定性指标按良好、较好、一般填写。")  # fmt: skip
    sign(t, "林溯川", "0591-6631874", day(YEAR - 1, 11, 18))
    return b


@variant(
    "kee12-buoy-export",
    (9, 11, 12),
    "budget-system export, money sheet 05-1 and indicator sheet 05-2 with codes in the first "
    "columns: goal count against the indicator, unit cost above the money, ≥ on a 失常率",
)
def kee12() -> Book:
    b, s = book("部门项目支出预算05-1")
    code = "307002260118"
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金", "年度目标")
    s.row(code, "澄湾港AIS航标更新", w(210), w(190), w(20),
          "2026年更新AIS航标12座，提升港区航标信息化水平。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2")
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位编码：307002")
    indicators(t, ("项目编码", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, "产出指标", "数量指标", "AIS航标更新数量",
         mk("≥8座", "D104", "warning", row=True, note="年度目标写更新 12 座")),
        (None, None, "质量指标", "设备验收合格率", "=100%"),
        (None, None, "时效指标", "设备安装完成时间", "2026年8月31日前"),
        (None, None, "成本指标", "单座AIS航标购置安装费",
         mk("≤28万元/座", "B107", "warning", row=True,
            note="28 万元 × 8 座 = 224 万元（× 12 座 = 336），超过资金 210 万元")),
        (None, "效益指标", "社会效益指标",
         "航标失常率", mk("≥1%", "T108", "warning", row=True, note="反向指标写成 ≥")),
        (None, "满意度指标", "服务对象满意度指标", "船舶公司满意度", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
