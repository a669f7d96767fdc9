"""Building, extending and recognising inclusive kindergartens (kht07–kht12)."""

from __future__ import annotations

from tests.variants.holdout894.common import (
    HEAD5,
    book,
    indicators,
    notes,
    project_head,
    sign,
    wan,
)
from tests.variants.holdout894.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

DEPT = "澄溆区教育体育局（610203）"


def period_money(s: Sheet, total: tuple[float, float, float], year: tuple[float, float, float],
                 name: str, goals: list[object], years: int) -> None:  # fmt: skip
    """A multi-year project head from 2025: (总额, 财政拨款, 其他资金) for the period and year."""
    project_head(s, year=2025, name=name, dept=DEPT, unit="澄溆区学前教育发展中心",
                 years=years, attr="新增项目",
                 money=[("中期资金总额", wan(total[0]), "年度资金总额", wan(year[0])),
                        ("其中：财政拨款", wan(total[1]), "其中：财政拨款", wan(year[1])),
                        ("其他资金", wan(total[2]), "其他资金", wan(year[2]))],
                 goals=goals)  # fmt: skip


@variant("kht07-new-kindergartens", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: period counts beside smaller annual counts, a goal total with its parts, a "
         "later year the work prepares for (correct)")  # fmt: skip
def kht07() -> Book:
    b, s = book()
    period_money(s, (3600, 3000, 600), (1200, 1000, 200), "公办幼儿园新建改扩建工程", [
        "2025年—2027年新建、改扩建公办幼儿园12所，新增普惠性学位3600个。",
        "2025年新建、改扩建公办幼儿园4所（新建1所、改扩建3所），新增学位1200个，"
        "为2028年全区普惠率稳定在90%以上积累经验。"], 3)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建、改扩建公办幼儿园数", "≥12所", "≥4所"),
        (None, None, "新增普惠性学位数", "≥3600个", "≥1200个"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "生均学位建设成本", "≤1万元/个", "≤1万元/个"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥90%", "提高≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%"),
    ], header=HEAD5)  # fmt: skip
    return b


@variant("kht08-new-kindergartens-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, a year's count above the period's, a "
         "cumulative count copied")  # fmt: skip
def kht08() -> Book:
    b, s = book()
    text = "新建公办幼儿园10所，新增普惠性学位2700个，全区普惠性幼儿园覆盖率达到92%。"
    period_money(
        s,
        (2700, 2200, 500),
        (900, 700, 200),
        "城区公办幼儿园建设",
        [text, mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")],
        3,
    )
    indicators(s, [
        ("产出指标", "数量指标", "新建公办幼儿园数", "≥10所",
         mk("≥12所", "D201", "error", note="一年的新建数12所超过三年的10所")),
        (None, None, "新增普惠性学位数", "≥2700个",
         mk("≥2700个", "D202", "warning", note="累计学位数的年度值照抄中期值")),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "生均学位建设成本", "≤1万元/个",
         ok("≤1万元/个", note="照抄的2700个×1万元超过年度资金900万元，是D202的后果")),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥92%", "提高≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%"),
    ], header=HEAD5)  # fmt: skip
    return b


TWO_ROW = (("一级指标", "二级指标", "三级指标", "指标方向", "指标值", None, "计量单位"),
           (None, None, None, None, "中期", "年度", None))  # fmt: skip


def two_row_table(s: Sheet, rows: list[tuple[object, ...]]) -> None:
    """A two-row header (指标值 over 中期 · 年度), operators in words in their own column."""
    s.row(*TWO_ROW[0], merge=[(5, 6)])
    s.table([TWO_ROW[1], *rows], merged=(1, 2))


@variant("kht09-nursery-classes", (7, 8, 11), "two-year project, NAT-2021, two-row header, "
         "operators in words in their own column, a unit column, 0起 on accidents and a "
         "下降率 with 大于等于 (correct)")  # fmt: skip
def kht09() -> Book:
    b, s = book()
    period_money(
        s,
        (1600, 1400, 200),
        (800, 700, 100),
        "幼儿园改扩建增设普惠性托班",
        [
            "两年内改扩建幼儿园8所，增设普惠性托班16个。",
            "2025年改扩建幼儿园4所，增设普惠性托班8个，每班改造成本控制在50万元以内。",
        ],
        2,
    )
    two_row_table(s, [
        ("产出指标", "数量指标", "改扩建幼儿园数", "大于等于", 8, 4, "所"),
        (None, None, "增设普惠性托班数", "大于等于", 16, 8, "个"),
        (None, "质量指标", "改扩建工程验收合格率", "等于", 100, 100, "%"),
        (None, "时效指标", "改扩建工程按期完工率", "大于等于", 95, 95, "%"),
        ("成本指标", "经济成本指标", "每个托班改造成本", "小于等于", 50, 50, "万元/个"),
        (None, "社会成本指标", "施工安全事故", "等于", 0, 0, "起"),
        ("效益指标", "社会效益指标", "2-3岁幼儿入托难投诉下降率", "大于等于", 20, 10, "%"),
        ("满意度指标", "服务对象满意度指标", "托班幼儿家长满意度", "大于等于", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("kht10-nursery-classes-wrong", (8, 11), "two-year project, NAT-2021, two-row header, "
         "operator column: a unit cost with 大于等于, last year named in the 年度目标")  # fmt: skip
def kht10() -> Book:
    b, s = book()
    goal = mk("2024年改扩建幼儿园3所，增设普惠性托班6个，每班改造成本控制在45万元以内。",
              "Y103", "warning", alt=("Y101",),
              note="2025—2026年项目的年度目标写2024年：上一年的目标没改")  # fmt: skip
    period_money(
        s,
        (1080, 900, 180),
        (540, 450, 90),
        "乡镇幼儿园增设托班",
        ["两年内改扩建幼儿园6所，增设普惠性托班12个。", goal],
        2,
    )
    two_row_table(s, [
        ("产出指标", "数量指标", "改扩建幼儿园数", "大于等于", 6, 3, "所"),
        (None, None, "增设普惠性托班数", "大于等于", 12, 6, "个"),
        (None, "质量指标", "改扩建工程验收合格率", "等于", 100, 100, "%"),
        (None, "时效指标", "改扩建工程按期完工率", "大于等于", 95, 95, "%"),
        ("成本指标", "经济成本指标", "每个托班改造成本",
         mk("大于等于", "T108", "warning", row=True, note="成本上限是反向指标，应为小于等于"),
         45, 45, "万元/个"),
        ("效益指标", "社会效益指标", "乡镇2-3岁幼儿入托率", "大于等于", 30, 20, "%"),
        ("满意度指标", "服务对象满意度指标", "托班幼儿家长满意度", "大于等于", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("kht11-inclusive-recognition", (4, 5), "project, OLD-NAT, tier labels with * and ★ "
         "and abbreviated tier-2s, a 注 row inside the table, footnotes explaining the total, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def kht11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="普惠性民办幼儿园认定奖补", dept=DEPT,
                 unit="澄溆区教育体育局学前科", attr="常年项目",
                 money=[("年度资金总额", wan(100), "其中：财政拨款", wan(100)),
                        ("其他资金", wan(0), None, None)],
                 goals=["新认定普惠性民办幼儿园20所，每所一次性奖补5万元。"])  # fmt: skip
    indicators(s, [
        ("*产出指标", "数量", "新认定普惠性民办幼儿园数", "≥20所"),
        (None, "质量", "认定复核合格率", "≥95%"),
        (None, "时效", "奖补资金拨付时间", "2025年11月30日前"),
        (None, "成本", "每所认定奖补标准", "≤5万元/所"),
    ])  # fmt: skip
    notes(s, "注：以下效益、满意度指标由区教育体育局年底统一考核。", width=4)
    s.table([
        ("*效益指标", "社会效益", "普惠性幼儿园在园幼儿占比", "提高≥2百分点"),
        ("★满意度指标", "服务对象满意度", "民办园举办者满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 奖补资金100万元，含省级补助60万元、区级配套40万元，均列财政拨款。",
          "2. 带*的一级指标为必填，带★的为核心指标，不得删除。")  # fmt: skip
    sign(s, "卢葭", "0735-2207 6418", day(2024, 11, 25))
    return b


@variant("kht12-recognition-misplaced", (5,), "project, OLD-NAT: a count under 质量, a "
         "satisfaction rate under 社会效益, an award standard × count above the money")  # fmt: skip
def kht12() -> Book:
    b, s = book()
    project_head(s, year=2025, name="普惠性民办幼儿园认定奖励", dept="桐屿县教育局（731405）",
                 unit="桐屿县教育局", attr="常年项目",
                 money=[("年度资金总额", wan(90), "其中：财政拨款", wan(70)),
                        ("其他资金", wan(20), None, None)],
                 goals=["新认定普惠性民办幼儿园18所，按每所5万元给予一次性奖励。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "奖励资金覆盖乡镇数", "≥9个"),
        (None, "质量指标", mk("新认定普惠性民办幼儿园数", "F201", "warning", row=True,
                            note="园所个数是数量指标，填在质量指标下"), "≥18所"),
        (None, None, "认定复核合格率", "≥95%"),
        (None, "时效指标", "奖励资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "每所认定奖励标准",
         mk("≤6万元/所", "B107", "warning", row=True, alt=("D104",),
            note="6万元×18所=108万元，超过资金90万元；目标写每所5万元")),
        ("效益指标", "社会效益指标", mk("民办园举办者满意度", "F201", "warning", row=True,
                                      note="满意度填在社会效益指标下"), "≥90%"),
        (None, "可持续影响指标", "普惠性民办园持续办园率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
