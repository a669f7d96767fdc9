"""梅花鹿 (sika deer) antler farm returns: fa13–fa18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout615.common import (
    DEER_DEPT,
    PERIOD5,
    TIERS4,
    book,
    indicators,
    notes,
    one_year,
    period,
    project,
    sign,
    wan,
)
from tests.variants.holdout615.registry import variant
from tests.variants.kit import Book, day, mk

FARM = "岩沟县鹿鸣山梅花鹿良种场"
CODE1 = "531125250000000001234"
CODE2 = "531125250000000001235"


@variant("fa13-antler-export-two-sheets", (7, 4),
         "budget-system export: budget lines with codes on 05-1, the indicator table on 05-2 "
         "under a unit line, codes and goals in the first columns (correct)")  # fmt: skip
def fa13() -> Book:
    b, s = book("部门项目支出预算05-1", (24, 26, 22, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：" + FARM, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row(CODE1, "梅花鹿良种繁育与鹿茸品质提升", "2130122 农业生产发展", wan(95), wan(80),
          wan(15))  # fmt: skip
    s.row(CODE2, "鹿场防疫与粪污处理", "2130108 病虫害控制", wan(35), wan(35), wan(0))
    s.row("合计", None, None, wan(130), wan(115), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (24, 22, 30, 12, 16, 24, 14))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：" + FARM)
    head = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    goal1 = "引进良种梅花鹿60头，鹿茸产量达到900公斤，一等茸比例35%以上。"
    goal2 = "完成鹿群布病、结核病检测1200头次，粪污资源化利用率达到90%以上。"
    indicators(t, head, [
        (CODE1, "梅花鹿良种繁育与鹿茸品质提升", goal1, "产出指标", "数量指标", "引进良种梅花鹿",
         "≥60头"),
        (None, None, None, None, None, "鹿茸产量", "≥900公斤"),
        (None, None, None, None, "质量指标", "一等茸比例", "≥35%"),
        (None, None, None, None, "时效指标", "良种鹿引进完成时间", "2025年6月30日前"),
        (None, None, None, "成本指标", "经济成本指标", "良种鹿引进单价", "≤0.8万元/头"),
        (None, None, None, "效益指标", "经济效益指标", "鹿茸销售收入", "≥270万元"),
        (None, None, None, None, "可持续影响指标", "良种鹿核心群存栏", "≥400头"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%"),
        (CODE2, "鹿场防疫与粪污处理", goal2, "产出指标", "数量指标", "鹿群疫病检测", "≥1200头次"),
        (None, None, None, None, "质量指标", "粪污资源化利用率", "≥90%"),
        (None, None, None, None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        (None, None, None, "成本指标", "经济成本指标", "单头次检测费用", "≤60元/头次"),
        (None, None, None, "效益指标", "生态效益指标", "粪污直排量下降率", "≥95%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("fa14-antler-farm-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def fa14() -> Book:
    b, s = book()
    total = mk(wan(520), "B101", "error", row=True, note="基本支出300 + 项目支出200 = 500")
    department_head(s, year=2025, dept=FARM,
                    budget=[(total, wan(470), wan(50), wan(300), wan(200))], tasks=[
        ("良种鹿繁育", "引种、选配与核心群建设", wan(120), "引进良种鹿≥80头"),
        ("鹿茸品质提升", "采茸、加工工艺改进", wan(50), "一等茸比例≥35%"),
        ("防疫与粪污处理", "疫病检测与粪污资源化", wan(40), "检测≥1500头次"),
        ("金额合计", None, mk(wan(200), "B102", "error", note="120 + 50 + 40 = 210"), None),
    ], goal="引进良种鹿80头，一等茸比例达到35%以上，完成疫病检测1500头次。")  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "引进良种梅花鹿", "≥80头"),
        (None, None, "鹿群疫病检测", "≥1500头次"),
        (None, "质量指标", "一等茸比例", "≥35%"),
        (None, "时效指标", "良种鹿引进完成时间", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "良种鹿引进单价", "≤0.8万元/头"),
        ("效益指标", "经济效益指标", "鹿茸销售收入", "≥300万元"),
        (None, "可持续影响指标", "良种鹿核心群存栏", "≥450头"),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa15-antler-herd-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside "
         "smaller year's counts, a goal count with its part in brackets (correct)")  # fmt: skip
def fa15() -> Book:
    b, s = book()
    project(s, "梅花鹿良种扩群与鹿茸提质", FARM, period((240, 200, 40), (80, 70, 10)), [
        "2025年—2027年新增良种梅花鹿300头，累计生产鹿茸4500公斤，一等茸比例稳定在35%以上。",
        "2025年新增良种梅花鹿100头（其中种公鹿20头），生产鹿茸1400公斤。",
    ], dept=DEER_DEPT, years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "新增良种梅花鹿", "≥300头", "≥100头"),
        (None, None, "鹿茸产量", "≥4500公斤", "≥1400公斤"),
        (None, "质量指标", "一等茸比例", "≥35%", "≥35%"),
        (None, None, "引进鹿只检疫合格率", "=100%", "=100%"),
        (None, "时效指标", "年度引种完成时间", "每年6月30日前", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "良种鹿引进补助标准", "≤0.6万元/头", "≤0.6万元/头"),
        ("效益指标", "经济效益指标", "鹿茸销售收入", "≥1350万元", "≥420万元"),
        (None, "可持续影响指标", "良种鹿核心群存栏", "≥600头", "≥400头"),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa16-antler-pens-period-copy", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied "
         "into 年度, a year's count unlike the 年度目标's")  # fmt: skip
def fa16() -> Book:
    b, s = book()
    project(s, "梅花鹿标准化鹿舍建设", FARM, period((200, 170, 30), (100, 85, 15)), [
        "2025年—2026年新增良种梅花鹿200头，建设标准化鹿舍20栋，鹿茸累计产量3000公斤。",
        "2025年建设标准化鹿舍12栋，完成首批良种鹿引进，鹿茸品质稳步提升。",
    ], dept=DEER_DEPT, years=2)  # fmt: skip
    copied = "两年期项目，累计数的年度值照抄中期值"
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "新增良种梅花鹿", "≥200头",
         mk("≥200头", "D202", "warning", note=copied)),
        (None, None, "标准化鹿舍建设数量", "≥20栋",
         mk("≥10栋", "D104", "warning", row=True, note="年度目标写建设标准化鹿舍12栋")),
        (None, None, "鹿茸产量", "≥3000公斤", mk("≥3000公斤", "D202", "warning", note=copied)),
        (None, "质量指标", "一等茸比例", "≥35%", "≥35%"),
        (None, "时效指标", "鹿舍建成时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "标准化鹿舍建设单价", "≤6万元/栋", "≤6万元/栋"),
        ("效益指标", "经济效益指标", "鹿茸销售收入", "≥900万元", "≥420万元"),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa17-antler-workshop-notes", (4, 10),
         "project, OLD-NAT, one value column: a note row inside the table, a footnote explaining "
         "the total, 填表说明, signatures dated the year before, 百分点 (correct)")  # fmt: skip
def fa17() -> Book:
    b, s = book()
    cash = [("年度资金总额", wan(100), "其中：当年财政拨款", wan(70)),
            ("上年结转", wan(15), "其他资金", wan(15))]  # fmt: skip
    project(s, "梅花鹿鹿茸加工车间提质改造", FARM, cash,
            ["完成鹿茸加工生产线改造2条，全年加工鹿茸1200公斤，"
             "其中为周边养殖户代加工鹿茸500公斤。"], dept=DEER_DEPT)  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "改造鹿茸加工生产线", "≥2条"),
        (None, None, "鹿茸加工量", "≥1200公斤"),
        (None, "质量指标", "鹿茸产品抽检合格率", "=100%"),
        (None, "时效指标", "生产线改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "生产线改造单价", "≤40万元/条"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标按改造完成后4个月测算。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "一等茸加工出成率提高", "≥3百分点"),
        (None, "社会效益指标", "带动周边养殖户代加工", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "代加工养殖户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度资金总额100万元含上年结转资金15万元。",
          "填表说明：指标值须写明比较符和计量单位。", width=4)  # fmt: skip
    sign(s, "邝海鸣", "0835-6630518", day(2024, 12, 10), boss="鲍承山")
    return b


@variant("fa18-antler-dryer-wrong-tier", (12,),
         "project, OLD-NAT, one value column: a count under 质量, a unit price × count above "
         "the year's money")  # fmt: skip
def fa18() -> Book:
    b, s = book()
    project(s, "鹿茸真空冷冻烘干设备购置", FARM, one_year(80, 70, 10),
            ["购置鹿茸真空冷冻烘干设备5台，完成全场鹿只疫病检测1200头次。"],
            dept=DEER_DEPT)  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "烘干设备购置数量", "≥5台"),
        (None, "质量指标", mk("鹿只疫病检测数量", "F201", "warning", row=True,
                              note="数量指标填在质量指标下"), "≥1200头次"),
        (None, None, "烘干鹿茸一等品率", "≥40%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        (None, "成本指标", "烘干设备购置单价",
         mk("≤18万元/台", "B107", "warning", row=True,
            note="18万元 × 5台 = 90万元，超过年度资金80万元")),
        ("效益指标", "经济效益指标", "鹿茸烘干损耗率下降", "≥2百分点"),
        (None, "可持续影响指标", "设备使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "鹿场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
