"""高原饲草: artificial grassland, hay, seed bases, a system export (gn13–gn18)."""

from __future__ import annotations

from tests.variants.holdout654.common import (
    footnotes,
    funds,
    funds2,
    indicators,
    new,
    project,
    signature,
    wan,
)
from tests.variants.holdout654.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("gn13-forage-notes-page-break", (4,), "project, OLD-NAT, weight column: a 注 row inside "
         "the table, subtotal rows, the header repeated after a page break, a footnote "
         "explaining a total, 填表说明, signature, a date in the year before "
         "(correct)")  # fmt: skip
def forage_notes_page_break() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县人工种草与退化草地改良", "措嘎县草原工作站",
            funds(wan(200), wan(180), wan(20)),
            ["新建人工草地5000亩，补播改良退化草地20000亩，新增饲草3000吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建人工草地面积", "≥5000亩", 15),
        (None, None, "补播改良退化草地面积", "≥20000亩", 10),
        (None, "质量指标", "人工草地出苗率", "≥85%", 10),
        (None, None, "草种质量检验合格率", "≥95%", 5),
        ("注：出苗率以播种后45天抽样测定为准。", ""),
        ("产出指标", "时效指标", "播种完成时间", "6月30日前", 10),
        (None, "成本指标", "人工种草补助标准", "≤300元/亩", 10),
        ("产出指标小计", "", None, None, 60),
    ], label="绩效指标")  # fmt: skip
    s.skip()
    s.row(*HEAD)
    s.table([
        ("效益指标", "经济效益指标", "新增饲草产量", "≥3000吨", 10),
        (None, "生态效益指标", "项目区植被盖度提高", "≥5百分点", 10),
        (None, "可持续影响指标", "冷季饲草储备满足天数", "≥90天", 10),
        ("效益指标小计", "", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", 10),
        ("合计", "", None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    footnotes(s, "注：新建人工草地5000亩含多年生人工草地3000亩、一年生燕麦2000亩；补助标准"
                 "300元/亩×5000亩=150万元，其余用于补播改良。",
              "填表说明：指标值应含比较符和计量单位；权重合计100。")  # fmt: skip
    signature(s, "次旦", "0891-6630214", day(2024, 12, 16))
    return b


@variant("gn14-forage-hay-last-season", (4, 8), "project, NAT-2021, one value column, a 说明 row "
         "in the table: plan end before start (last season's date), 年度目标 naming last year, "
         "the goal's tonnage against the indicator")  # fmt: skip
def forage_hay_last_season() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县燕麦青干草收贮", "措嘎县草原工作站",
            funds(wan(90), wan(80), wan(10)),
            [mk("2024年完成燕麦青干草收贮3000吨，建成标准化草棚4座，保障冷季补饲。", "Y103",
                "warning", alt=("Y101",), note="2025年项目的年度目标仍写2024年")],
            start=day(2025, 5, 1),
            end=mk(day(2024, 10, 31), "Y104", "error", alt=("Y102", "Y101"),
                   note="完成日期是上一季的2024年10月31日，早于开始日期"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "青干草收贮补助标准", "≤200元/吨"),
        ("产出指标", "数量指标", "收贮燕麦青干草", mk(
            "≥2500吨", "D104", "warning", row=True, note="年度目标写收贮3000吨")),
        (None, None, "标准化草棚", "≥4座"),
        (None, "质量指标", "青干草粗蛋白含量达标率", "≥90%"),
        ("说明：粗蛋白含量按入库批次抽检。", ""),
        ("产出指标", "时效指标", "收贮完成时间", "10月31日前"),
        ("效益指标", "社会效益指标", "冷季补饲覆盖牧户", "≥500户"),
        (None, "可持续影响指标", "草棚使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "嘎玛", "0891-6630237")
    return b


@variant("gn15-forage-seed-two-sets", (8,), "two-year project 2025—2026, OLD-NAT, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度), period counts above the year's, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def forage_seed_two_sets() -> Book:
    b, s = new(widths=(14, 14, 24, 14, 14, 24, 14))
    project(s, 2025, "措嘎县高原饲草良种繁育基地", "措嘎县草原工作站",
            funds2(wan(300), wan(150), wan(130), wan(20)),
            ["2025—2026年建设饲草良种繁育基地2000亩（燕麦1200亩、披碱草800亩），生产牧草良种"
             "300吨。", "2025年建设繁育基地1000亩，生产牧草良种120吨。"], years=2)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
          "指标值（年度）")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "良种繁育基地面积", "≥2000亩", "数量指标", "良种繁育基地面积",
         "≥1000亩"),
        (None, None, "生产牧草良种", "≥300吨", None, "生产牧草良种", "≥120吨"),
        (None, "质量指标", "种子净度合格率", "≥95%", "质量指标", "种子净度合格率", "≥95%"),
        (None, "时效指标", "基地建设完成时间", "2026年9月30日前", "时效指标", "基地建设完成时间",
         "2025年9月30日前"),
        (None, "成本指标", "基地建设补助标准", "≤800元/亩", "成本指标", "基地建设补助标准",
         "≤800元/亩"),
        ("效益指标", "经济效益指标", "带动种植户", "≥150户", "经济效益指标", "带动种植户",
         "≥80户"),
        (None, "生态效益指标", "基地植被盖度", "≥80%", "生态效益指标", "基地植被盖度", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "服务对象满意度指标",
         "种植户满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    signature(s, "索朗", "0891-6630251")
    return b


@variant("gn16-forage-silage-duplicates", (7, 2), "project, OLD-NAT, headers 指标内容 and "
         "绩效标准: the same indicator twice with different values, a near-duplicate under "
         "another tier-2, a satisfaction rate under 社会效益")  # fmt: skip
def forage_silage_duplicates() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县青贮饲料加工点建设", "措嘎县饲草料储备中心",
            funds(wan(110), wan(100), wan(10)),
            ["建设青贮饲料加工点5个，收贮青贮饲料4000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "青贮饲料加工点", "≥5个"),
        (None, None, "青贮饲料收贮量", "≥4000吨"),
        (None, None, "青贮饲料收贮量", mk("≥3500吨", "D102", "error", row=True, alt=("D104",),
                                          note="同一指标两个值")),
        (None, "质量指标", "青贮饲料品质抽检合格率", "≥90%"),
        (None, "时效指标", "加工点建成时间", "9月30日前"),
        (None, "成本指标", "加工点建设补助标准", "≤20万元/个"),
        ("效益指标", "社会效益指标", mk("建成青贮饲料加工点数量", "D103", "warning", row=True,
                                        alt=("D101", "F201"), note="与数量指标重复"), "≥5个"),
        (None, None, mk("牧户对饲草配送满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%"),
        (None, "可持续影响指标", "加工点运行年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "多布杰", "0891-6630288")
    return b


@variant("gn17-forage-system-export", (7, 1), "budget-system export: 部门项目支出预算05-1 with "
         "codes, the indicators on 部门项目支出绩效目标05-2 with the header on the third row, code "
         "columns first, tiers repeated, a 运算符号 column, typed percents, a date cell "
         "(correct)")  # fmt: skip
def forage_system_export() -> Book:
    b, s = new("部门项目支出预算05-1", (12, 20, 18, 24, 10, 10, 10))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("318006", "措嘎县草原工作站", "54232025000112", "冷季饲草储备库建设", 260, 240, 20)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 18, 12, 14, 24, 8, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：措嘎县草原工作站", merge=[(1, 8)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "运算符号", "指标值",
          "度量单位")  # fmt: skip
    code, name = "54232025000112", "冷季饲草储备库建设"
    for row in (
        ("成本指标", "经济成本指标", "储备库建设单价", "≤", 2000, "元/平方米"),
        ("产出指标", "数量指标", "新建饲草储备库", "≥", 1200, "平方米"),
        ("产出指标", "数量指标", "储备饲草", "≥", 2000, "吨"),
        ("产出指标", "质量指标", "工程验收合格率", "=", pct(1), "%"),
        ("产出指标", "质量指标", "储备饲草霉变损耗率", "≤", pct(0.03), "%"),
        ("产出指标", "时效指标", "储备库竣工时间", "≤", day(2025, 10, 31), None),
        ("效益指标", "社会效益指标", "冷季可保障牲畜", "≥", 35000, "羊单位"),
        ("效益指标", "可持续影响指标", "储备库设计使用年限", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥", pct(0.9), "%"),
    ):
        t.row(code, name, *row)
    return b


@variant("gn18-forage-mill-template-rows", (6, 11, 13), "project, NAT-2021, operators inside "
         "the values: a template tier-2 left empty, a value without a name, "
         "a 霉变率 with ≥")  # fmt: skip
def forage_mill_template_rows() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县饲草料加工厂技术改造", "措嘎县饲草料储备中心",
            funds(wan(100), wan(90), wan(10)),
            ["改造饲草料加工生产线1条，年加工饲草料5000吨，带动就业30人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "饲草料加工补助标准", "≤150元/吨"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")),
        ("产出指标", "数量指标", "年加工饲草料", "≥5000吨"),
        (None, None, "改造加工生产线", "≥1条"),
        (None, None, mk(None, "F110", "error", note="有指标值而无指标名称"), "≥40户"),
        (None, "质量指标", "加工饲料霉变率", mk("≥2%", "T108", "warning", row=True,
                                               note="霉变率是反向指标，应为≤")),
        (None, "时效指标", "生产线改造完成时间", "11月30日前"),
        ("效益指标", "经济效益指标", "牧户饲养成本降低", "≥8%"),
        (None, "社会效益指标", "带动就业", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "央宗", "0891-6630302")
    return b
