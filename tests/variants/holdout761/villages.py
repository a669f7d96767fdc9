"""Traditional-village (传统村落) protection fund returns: kcq13 to kcq18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout761.common import (
    DEPT,
    HEAD4,
    HEAD5,
    OPS,
    book,
    footer,
    indicators,
    money_rows,
    period_rows,
    wan,
)  # fmt: skip
from tests.variants.holdout761.registry import variant
from tests.variants.kit import Book, mk, pct

FUND = "2025年传统村落保护发展专项资金"
UNIT = "松岙县传统村落保护中心"


@variant("kcq13-cunluo-second-sheet", (1, 5, 7),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, abbreviated tier labels, a typed percent (correct)")  # fmt: skip
def cunluo_second_sheet() -> Book:
    b, s = book("项目信息")
    goal = "支持溪口、上畈、岩前3个中国传统村落保护利用，修缮传统建筑18栋，整治巷弄1.2公里。"
    project_head(s, year=2025, name=FUND, dept=DEPT, unit=UNIT,
                 money=money_rows(600, 600, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级", "二级", "三级指标", "预期实现值"), [
        ("产出", "数量", "支持传统村落个数", "≥3个"),
        (None, None, "修缮传统建筑栋数", "≥18栋"),
        (None, None, "整治历史巷弄长度", "≥1.2公里"),
        (None, "质量", "修缮工程验收合格率", pct(1)),
        (None, "时效", "修缮工程完工时间", "12月31日前"),
        (None, "成本", "每村补助标准", "≤200万元/个"),
        ("效益", "社会效益", "传统村落历史风貌保持完好率", "≥95%"),
        (None, "可持续影响", "村落保护长效管护机制", "建立并执行"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%"),
    ])  # fmt: skip
    footer(t, 2025, "柴明远", "0596-7735012")
    return b


@variant("kcq14-cunluo-fund-wrong", (12,),
         "transfer-payment project, OLD-NAT: 中央补助 + 地方资金 ≠ 资金总额, the goal's village "
         "count against the indicator, a per-village standard above the money")  # fmt: skip
def cunluo_fund_wrong() -> Book:
    b, s = book()
    goal = "保护提升5个中国传统村落，修缮传统建筑30栋，完善消防和排水设施。"
    money = [["资金总额", mk(wan(900), "B101", "error", note="750 + 100 = 850，不是900"),
              "中央补助", wan(750)], ["地方资金", wan(100), None, None]]  # fmt: skip
    project_head(s, year=2025, name=FUND, dept=DEPT, unit=UNIT, money=money, goals=[goal],
                 attr="一次性项目", money_label="资金来源（万元）")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "支持传统村落数量",
         mk("≥3个", "D104", "warning", row=True, note="目标写保护提升5个传统村落")),
        (None, None, "修缮传统建筑栋数", "≥30栋"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间", "12月31日前"),
        (None, "成本指标", "每村补助标准",
         mk("≤320万元/个", "B107", "warning", row=True,
            note="320万元 × 3个 = 960万元，超过资金总额900万元（按5个更多）")),
        ("效益指标", "社会效益指标", "传统村落历史风貌保持完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "柴明远", "0596-7735012")
    return b


@variant("kcq15-cunluo-two-row-header", (4, 5, 7),
         "project, OLD-NAT, two-row header with operator and unit columns, tier labels with * "
         "and ★, a 说明 row, the header repeated after a page break (correct)")  # fmt: skip
def cunluo_two_row_header() -> Book:
    b, s = book()
    goal = "完成桐岗村传统建筑修缮12栋、古道修复0.8公里，编制村落保护发展规划1部。"
    project_head(s, year=2025, name="桐岗村传统村落保护利用项目", dept=DEPT, unit=UNIT,
                 money=money_rows(260, 220, 40), goals=[goal])  # fmt: skip
    s.row("绩效指标", None, None, "年度目标值", None, None, merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "数值", "计量单位")
    s.table([
        ("*产出指标", "1.数量指标", "★修缮传统建筑栋数", "≥", 12, "栋"),
        (None, None, "修复历史古道长度", "≥", 0.8, "公里"),
        (None, None, "编制村落保护发展规划", "=", 1, "部"),
        (None, "2.质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, "3.时效指标", "修缮工程完工时间", "≤", "12月31日", None),
        (None, "4.成本指标", "单栋传统建筑修缮补助", "≤", 15, "万元/栋"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：单栋修缮补助15万元 × 12栋 = 180万元，其余用于古道修复和规划编制。",
          merge=[(1, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "数值", "计量单位")
    s.table([
        ("*效益指标", "1.社会效益指标", "传统村落历史风貌保持完好率", "≥", pct(0.95), "%"),
        (None, "2.可持续影响指标", "修缮建筑安全使用年限", "≥", 30, "年"),
        ("*满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, 2025, "柴明远", "0596-7735012")
    return b


@variant("kcq16-cunluo-duplicate", (1,),
         "project, OLD-NAT, operator and unit columns: the same repair count twice under two "
         "tier-2s with different values, a 合格率 given as a count")  # fmt: skip
def cunluo_duplicate() -> Book:
    b, s = book()
    goal = "完成竹源村传统建筑修缮12栋，整治村落消防通道1.5公里。"
    project_head(s, year=2025, name="竹源村传统村落保护利用项目", dept=DEPT, unit=UNIT,
                 money=money_rows(240, 200, 40), goals=[goal])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修缮传统建筑栋数", "≥", 12, "栋"),
        (None, None, "整治村落消防通道长度", "≥", 1.5, "公里"),
        (None, "质量指标", "修缮传统建筑数量", "≥",
         mk(10, "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与数量指标下的修缮栋数是同一指标，值不同，且数量不是质量指标"), "栋"),
        (None, None, "修缮工程验收合格率", "=",
         mk(12, "T105", "error", row=True, alt=("T112",), note="合格率填成了12栋"), "栋"),
        (None, "时效指标", "修缮工程完工时间", "≤", "12月31日", None),
        (None, "成本指标", "单栋传统建筑修缮补助", "≤", 15, "万元/栋"),
        ("效益指标", "社会效益指标", "传统村落历史风貌保持完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, 2025, "柴明远", "0596-7735012")
    return b


@variant("kcq17-cunluo-two-years", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, a 2026 deadline in 中期, unit cost within both budgets (correct)")  # fmt: skip
def cunluo_two_years() -> Book:
    b, s = book()
    goals = ["2025—2026年完成8个传统村落保护利用，修缮传统建筑40栋。",
             "2025年完成5个传统村落保护利用（溪口、上畈等），修缮传统建筑24栋。"]  # fmt: skip
    project_head(s, year=2025, name="传统村落集中连片保护利用项目", dept=DEPT, unit=UNIT,
                 money=period_rows((1000, 900, 100), (600, 540, 60)), goals=goals, years=2,
                 attr="新增项目")  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "支持传统村落个数", "≥8个", "≥5个"),
        (None, None, "修缮传统建筑栋数", "≥40栋", "≥24栋"),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "修缮任务完成时间", "2026年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "每村补助标准", "≤120万元/个", "≤120万元/个"),
        ("效益指标", "社会效益指标", "传统村落历史风貌保持完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "柴明远", "0596-7735012")
    return b


@variant("kcq18-cunluo-copied-year", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied into 年度, last season's year in the 年度目标")  # fmt: skip
def cunluo_copied_year() -> Book:
    b, s = book()
    goals = ["2025—2026年完成6个传统村落保护利用，修缮传统建筑30栋。",
             mk("2024年完成3个传统村落保护利用，修缮传统建筑15栋。", "Y103", "warning",
                alt=("Y101",), note="2025年项目的年度目标写成了2024年")]  # fmt: skip
    project_head(s, year=2025, name="传统村落集中连片保护利用项目", dept=DEPT, unit=UNIT,
                 money=period_rows((900, 800, 100), (450, 400, 50)), goals=goals, years=2,
                 attr="新增项目")  # fmt: skip
    note = "累计数照抄中期值，年度目标为3个村、15栋"
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "支持传统村落个数", "≥6个",
         mk("≥6个", "D202", "warning", alt=("D104",), note=note)),
        (None, None, "修缮传统建筑栋数", "≥30栋",
         mk("≥30栋", "D202", "warning", alt=("D104",), note=note)),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "修缮任务完成时间", "2026年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "单栋传统建筑修缮补助", "≤15万元/栋", "≤15万元/栋"),
        ("效益指标", "社会效益指标", "传统村落历史风貌保持完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, 2025, "柴明远", "0596-7735012")
    return b
