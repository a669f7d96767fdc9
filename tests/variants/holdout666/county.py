"""County-level returns over both halves: department tables, stacked projects, labels and
points (gz13–gz18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout666.common import HEAD4, book, indicators, one_year_money, signature
from tests.variants.holdout666.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


@variant("gz13-county-bureau-money", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, tasks adding "
         "to 项目支出, a goal total with its parts in brackets (correct)")  # fmt: skip
def gz13() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="枫垣县农业农村局",
                    budget=[(860, 800, 60, 320, 540)], tasks=[
                        ("芸豆良种推广", "推广芸豆良种1.2万亩", 180, "良种覆盖率95%以上"),
                        ("绿豆高产示范", "推广绿豆1万亩", 150, "示范户亩均增收200元以上"),
                        ("杂豆色选加工扶持", "扶持色选加工企业3家", 210, "年色选加工1.5万吨"),
                        ("金额合计", None, 540, None)],
                    goal="推广杂豆种植2.2万亩（芸豆1.2万亩、绿豆1万亩），扶持色选加工企业3家，"
                         "年色选加工杂豆1.5万吨。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "芸豆种植推广面积", "≥1.2万亩"),
        (None, None, "绿豆种植推广面积", "≥1万亩"),
        (None, None, "扶持色选加工企业", "≥3家"),
        (None, None, "杂豆色选加工量", "≥1.5万吨"),
        (None, "质量指标", "杂豆良种覆盖率", "≥95%"),
        (None, "时效指标", "扶持资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "色选加工企业扶持标准", "≤70万元/家"),
        ("效益指标", "经济效益指标", "杂豆种植户亩均增收", "≥200元"),
        (None, "生态效益指标", "化肥使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "骆长庚", "0398-5501736", day(2024, 11, 26))
    return b


@variant("gz14-county-bureau-sums", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a goal carrying last year's year")  # fmt: skip
def gz14() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="沙洼县农业农村局",
                    budget=[(mk(760, "B101", "error", note="300 + 420 = 720 ≠ 760"),
                             700, 60, 300, 420)], tasks=[
                        ("芸豆种植推广", "推广芸豆1万亩", 150, "亩均增收200元以上"),
                        ("绿豆种植推广", "推广绿豆0.8万亩", 120, "亩均增收150元以上"),
                        ("色选企业技改", "扶持2家企业色选技改", 160, "成品合格率98%以上"),
                        ("金额合计", None, mk(420, "B102", "error",
                                              note="150 + 120 + 160 = 430 ≠ 420"), None)],
                    goal=mk("完成2024年度芸豆绿豆种植推广1.8万亩（芸豆1万亩、绿豆0.8万亩），"
                            "扶持2家色选加工企业完成技改。", "Y103", "warning",
                            note="2025年度的目标写“2024年度”：上年目标未改"))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "芸豆种植推广面积", "≥1万亩"),
        (None, None, "绿豆种植推广面积", "≥0.8万亩"),
        (None, None, "色选技改企业", "≥2家"),
        (None, "质量指标", "色选成品合格率", "≥98%"),
        (None, "时效指标", "技改完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "色选技改补助标准", "≤80万元/家"),
        ("效益指标", "社会效益指标", "带动种植户", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def stacked_project(s: Sheet, name: str, money: tuple[int, int, int], goal: str,
                    rows: list[tuple[object, ...]], first: bool = False) -> None:  # fmt: skip
    """One of the stacked projects of gz15: its head and its table."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept="坪川县农业农村局（412031）",
                 unit="坪川县农业技术推广中心", money=one_year_money(*money), goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, HEAD4, rows)


@variant("gz15-stacked-three-subsidies", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with a different value in each project (correct)")  # fmt: skip
def gz15() -> Book:
    b, s = book()
    stacked_project(s, "坪川县高山芸豆种植补贴项目", (60, 50, 10),
                    "补贴高山芸豆种植2000亩，良种使用率95%以上。", [
        ("产出指标", "数量指标", "芸豆补贴面积", "≥2000亩"),
        (None, "质量指标", "良种使用率", "≥95%"),
        (None, "时效指标", "补贴发放完成时间", "2025年8月31日前"),
        (None, "成本指标", "芸豆种植补贴标准", "≤250元/亩"),
        ("效益指标", "经济效益指标", "芸豆种植户亩均增收", "≥200元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], first=True)  # fmt: skip
    stacked_project(s, "坪川县夏播绿豆种植补贴项目", (45, 40, 5),
                    "补贴夏播绿豆3000亩，带动农户500户以上。", [
        ("产出指标", "数量指标", "绿豆补贴面积", "≥3000亩"),
        (None, "质量指标", "良种使用率", "≥90%"),
        (None, "时效指标", "补贴发放完成时间", "2025年9月30日前"),
        (None, "成本指标", "绿豆种植补贴标准", "≤120元/亩"),
        ("效益指标", "社会效益指标", "带动农户", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    stacked_project(s, "坪川县杂豆色选加工补助项目", (100, 80, 20),
                    "补助色选加工杂豆5000吨，色选合格率98%以上。", [
        ("产出指标", "数量指标", "补助色选加工量", "≥5000吨"),
        (None, "质量指标", "色选合格率", "≥98%"),
        (None, "时效指标", "补助兑付完成时间", "2025年12月20日前"),
        (None, "成本指标", "色选加工补助标准", "≤150元/吨"),
        ("效益指标", "经济效益指标", "加工增值", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("gz16-sorting-direction-name", (11, 13),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers "
         "with a unit column: a 反向 rate with ≥, a value without a name")  # fmt: skip
def gz16() -> Book:
    b, s = book(widths=(14, 14, 26, 10, 10, 12, 10))
    project_head(s, year=2025, name="北漳镇芸豆色选加工质量提升项目",
                 dept="北漳镇人民政府（521004）", unit="北漳镇农业服务站",
                 money=one_year_money(90, 70, 20),
                 goals=["升级芸豆色选设备2台，年色选加工芸豆3000吨，"
                        "误剔率控制在3%以内。"])  # fmt: skip
    indicators(s, (*HEAD4[:3], "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "芸豆色选加工量", "正向", "≥", 3000, "吨"),
        (None, None, mk(None, "F110", "error", note="填了“2台”却没有指标名称"),
         "正向", "≥", 2, "台"),
        (None, "质量指标", "芸豆色选合格率", "正向", "≥", 98, "%"),
        (None, None, "色选误剔率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标用了≥，目标写3%以内"), 3, "%"),
        (None, "时效指标", "设备升级完成时限", "反向", "≤", 180, "天"),
        (None, "成本指标", "吨色选加工成本", "反向", "≤", 30, "元/吨"),
        ("效益指标", "经济效益指标", "芸豆出口溢价", "正向", "≥", 0.5, "元/公斤"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("gz17-transfer-decorated-labels", (5, 7),
         "transfer-payment project, OLD-NAT, two-row header (绩效指标 / 绩效标准, 指标内容 / "
         "预期目标值 / 计量单位), labels with * and ★ and abbreviated, "
         "百分点 (correct)")  # fmt: skip
def gz17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沙洼县绿豆芸豆良种补贴项目（中央补助）",
                 dept="沙洼县农业农村局（433010）", unit="沙洼县种子管理站",
                 money=[("年度资金总额", 130, "其中：中央补助", 100),
                        ("地方资金", 30, None, None)],
                 goals=["补贴杂豆良种6500亩（绿豆4000亩、芸豆2500亩），"
                        "受益农户1100户以上。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "预期目标值", "计量单位"), [
        ("*产出", "★数量", "良种补贴面积", "≥6500", "亩"),
        (None, None, "其中绿豆补贴面积", "≥4000", "亩"),
        (None, "质量", "良种纯度达标率", "≥96", "%"),
        (None, "时效", "补贴资金兑付时间", "2025年10月31日前", None),
        (None, "成本", "良种补贴标准", "≤200", "元/亩"),
        ("*效益", "社会效益", "受益农户", "≥1100", "户"),
        (None, "可持续影响", "良种统一供种覆盖率提高", "≥3", "百分点"),
        ("*满意度", "服务对象满意度", "受益农户满意度", "≥90", "%"),
    ])  # fmt: skip
    signature(s, "甘露平", "0398-7260913", day(2025, 1, 8))
    return b


@variant("gz18-demo-points-mismatch", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 declares 50 "
         "over indicators worth 45, a yield twice under two tier-2s, a satisfaction under "
         "社会效益")  # fmt: skip
def gz18() -> Book:
    b, s = book(widths=(14, 8, 16, 26, 16, 8))
    project_head(s, year=2025, name="枫垣县杂豆种植与色选一体化示范项目",
                 dept="枫垣县农业农村局（408002）", unit="枫垣县杂豆产业服务中心",
                 money=one_year_money(160, 130, 30),
                 goals=["建设杂豆种植示范基地3000亩，配套色选加工线1条，示范基地绿豆亩产达到"
                        "120公斤。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="产出指标下各指标分值 15+10+10+10 = 45"),
         "数量指标", "示范基地面积", "≥3000亩", 15),
        (None, None, None, "色选加工线", "=1条", 10),
        (None, None, "质量指标", "示范基地绿豆亩产", "≥120公斤", 10),
        (None, None, "时效指标", "加工线投产时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "示范基地亩均投入", "≤400元/亩", 10),
        ("效益指标", 30, "经济效益指标", "绿豆平均亩产",
         mk("≥110公斤", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与质量指标下的示范基地绿豆亩产是同一指标，数值不同"), 10),
        (None, None, "社会效益指标",
         mk("种植户满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
         "≥90%", 10),
        (None, None, "可持续影响指标", "杂豆种植技术推广乡镇", "≥3个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "加工企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，与一级分值合计100不符：同一问题")  # fmt: skip
    return b
