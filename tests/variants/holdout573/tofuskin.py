"""Returns dk01–dk06: tofu skin (腐竹) workshops in 石磨镇, 鹤畈村 and 茶棚村."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout573.common import (
    DEPT,
    HEAD4,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout573.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "dk01-skin-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
    "number format (correct)",
)
def dk01() -> Book:
    b, s = project(
        2025,
        "石磨镇腐竹作坊提档升级项目",
        "桐坳县石磨镇人民政府",
        funds(86, 70, 16),
        ["改造腐竹晾晒棚12座、蒸浆灶台24眼，培训加工户60人，腐竹抽检合格率不低于98%。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造腐竹晾晒棚", "≥", 12, "座"),
        (None, None, "改造蒸浆灶台", "≥", 24, "眼"),
        (None, None, "培训腐竹加工户", "≥", 60, "人"),
        (None, "质量指标", "腐竹抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "腐竹断条率", "≤", pct(0.05), "%"),
        (None, "时效指标", "晾晒棚完工时间", "≤", day(2025, 9, 30), None),
        (None, "成本指标", "晾晒棚改造补助标准", "≤", 4.5, "万元/座"),
        (None, None, "灶台改造补助标准", "≤", 0.8, "万元/眼"),
        ("效益指标", "经济效益指标", "参与加工户户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动村民就近务工", "≥", 45, "人"),
        (None, "可持续影响指标", "作坊卫生管理制度执行率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "腐竹加工户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    sign(s, "饶德顺", "0739-5526178", day(2024, 11, 18))
    return b


@variant(
    "dk02-skin-content-standard",
    (7,),
    "project, NAT-2021, headers 指标内容 and 绩效标准: a count the 年度目标 contradicts, "
    "a commissioning date after the budget year, an HTML tag in the goal",
)
def dk02() -> Book:
    goal = mk(
        "新建腐竹标准化生产线3条、配套冷库1座，<br>带动鹤畈村、茶棚村40户入社加工。",
        "X102",
        "warning",
        note="<br> 标签留在年度目标里",
    )
    b, s = project(
        2025,
        "鹤畈村腐竹标准化生产线建设项目",
        "桐坳县鹤畈村股份经济合作社",
        funds(120, 100, 20),
        [goal],
        attr="新增项目",
    )
    line = mk("2条", "D104", "warning", row=True, note="年度目标写新建生产线3条，指标只有2条")
    late = mk(
        day(2026, 3, 31, CN_DATE),
        "Y102",
        "error",
        note="一年期项目（2025年），投产时间却在2026年3月31日",
    )
    rows = [
        ("成本指标", "经济成本指标", "生产线建设单价", "≤38万元/条"),
        (None, None, "配套冷库建设成本", "≤30万元"),
        ("产出指标", "数量指标", "新建腐竹标准化生产线", line),
        (None, None, "配套冷库", "1座"),
        (None, None, "带动入社加工户", "≥40户"),
        (None, "质量指标", "腐竹产品抽检合格率", "≥98%"),
        (None, "时效指标", "生产线投产时间", late),
        ("效益指标", "经济效益指标", "入社农户年均增收", "≥2500元"),
        (None, "可持续影响指标", "生产线持续运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "冉秋菊", "0739-5526341", day(2024, 12, 2))
    return b


@variant(
    "dk03-skin-stacked-two",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column; the same "
    "indicator name with different values, a later year named on purpose (correct)",
)
def dk03() -> Book:
    b, s = project(
        2025,
        "鹤畈村腐竹晾晒场硬化项目",
        "桐坳县鹤畈村村民委员会",
        funds(35, 30, 5),
        ["硬化腐竹晾晒场4000平方米，培训加工户30人。"],
    )
    first = [
        ("产出指标", "数量指标", "硬化腐竹晾晒场面积", "≥4000平方米"),
        (None, None, "培训腐竹加工户", "≥30人"),
        (None, "质量指标", "晾晒场工程验收合格率", "100%"),
        (None, "时效指标", "晾晒场完工时间", "2025年8月31日前"),
        (None, "成本指标", "晾晒场硬化单价", "≤60元/平方米"),
        ("效益指标", "经济效益指标", "腐竹晾晒损耗降低", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, first)
    s.skip(2)
    goal = ok(
        "购置贴标机3台，培训加工户25人，为2026年申报“桐坳腐竹”地理标志产品做准备。",
        "warning",
        note="2026年是有意写的下一步工作，不是年度错误",
    )
    project_head(
        s,
        year=2025,
        name="茶棚村腐竹包装贴标项目",
        dept=DEPT,
        unit="桐坳县茶棚村股份经济合作社",
        money=funds(18, 18, 0),
        goals=[goal],
        title="",
    )
    second = [
        ("产出指标", "数量指标", "购置腐竹贴标机", "3台"),
        (None, None, "培训腐竹加工户", "≥25人"),
        (None, "质量指标", "包装标签信息完整率", "100%"),
        (None, "时效指标", "贴标机投入使用时间", "2025年6月30日前"),
        (None, "成本指标", "贴标机购置单价", "≤2.4万元/台"),
        ("效益指标", "经济效益指标", "包装腐竹每公斤增值", "≥3元"),
        (None, "社会效益指标", "贴标包装作坊", "≥12家"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥92%"),
    ]
    indicators(s, HEAD4, second)
    return b


@variant(
    "dk04-skin-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels (一、 （一）) with a tier score column and an "
    "indicator score column: 产出 declared 50 but scored 45, a near-duplicate yield rate, "
    "a quality rate under 时效",
)
def dk04() -> Book:
    b, s = project(
        2025,
        "茶棚村腐竹蒸浆锅更新项目",
        "桐坳县茶棚村股份经济合作社",
        funds(48, 40, 8),
        ["更新腐竹蒸浆锅20口，日加工能力达到1.2吨。"],
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出少计5分引起")
    tier = mk(50, "W103", "error", note="产出指标声明50分，其下指标分值合计45分")
    twin = mk(
        "单批腐竹出品率",
        "D103",
        "warning",
        row=True,
        alt=("D102", "D101"),
        note="与“单批次腐竹出品率 ≥55%”是同一指标，值不同",
    )
    misplaced = mk("腐竹理化抽检合格率", "F201", "warning", row=True, note="合格率属质量指标")
    rows = [
        ("一、产出指标", tier, "（一）数量指标", "更新腐竹蒸浆锅", "≥20口", 10),
        (None, None, None, "腐竹日加工能力", "≥1.2吨", 10),
        (None, None, "（二）质量指标", "单批次腐竹出品率", "≥55%", 5),
        (None, None, None, "腐竹感官检验合格率", "≥95%", 5),
        (None, None, None, twin, "≥60%", 5),
        (None, None, "（三）时效指标", misplaced, "≥98%", 5),
        (None, None, None, "蒸浆锅安装完成时间", "2025年8月31日前", 5),
        ("二、成本指标", 10, "（一）经济成本指标", "蒸浆锅购置补助标准", "≤1.5万元/口", 10),
        ("三、效益指标", 30, "（一）经济效益指标", "加工户户均增收", "≥2800元", 15),
        (None, None, "（二）社会效益指标", "带动务工人数", "≥30人", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "加工户满意度", "≥90%", 10),
    ]
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, rows, merged=(1, 2, 3))
    return b


@variant(
    "dk05-skin-department",
    (12, 4),
    "department, NAT-2021: budget with shares, key tasks with a 金额合计 equal to 项目支出, "
    "counts repeated in the goal, 0起 incidents, a footnote on the total (correct)",
)
def dk05() -> Book:
    tasks = [
        ("腐竹作坊改造", "改造3个村腐竹作坊", wan(90), "作坊全部通过卫生验收"),
        ("红薯粉加工技术推广", "举办培训8期", wan(50), "培训加工户240人次"),
        ("农产品质量抽检", "抽检腐竹、红薯粉", wan(30), "抽检不少于120批次"),
        ("金额合计", None, wan(170), None),
    ]
    goal = (
        "目标1：完成3个村腐竹作坊改造；目标2：举办红薯粉加工培训8期、240人次；"
        "目标3：抽检腐竹和红薯粉不少于120批次，全年不发生食品安全事故。"
    )
    b, s = department(2025, "桐坳县石磨镇农业综合服务中心", (420, 380, 40, 250, 170), goal, tasks)
    rows = [
        ("产出指标", "数量指标", "改造腐竹作坊", "3个"),
        (None, None, "红薯粉加工培训期数", "8期"),
        (None, None, "培训加工户", "≥240人次"),
        (None, None, "农产品抽检批次", "≥120批次"),
        (None, "质量指标", "改造作坊卫生验收合格率", "100%"),
        (None, "时效指标", "作坊改造完成时间", "2025年10月底前"),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤2500元/批次"),
        ("效益指标", "社会效益指标", "食品安全事故发生数", "0起"),
        (None, "可持续影响指标", "作坊卫生长效管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ]
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD4, rows)
    notes(
        s,
        "注：金额合计170万元为项目支出合计，不含基本支出250万元。",
        "填表说明：指标值含比较符，未写比较符的按“=”理解。",
    )
    sign(s, "蒋冬梅", "0739-5521905", day(2024, 11, 26))
    return b


@variant(
    "dk06-skin-boiler-artefacts",
    (9, 1),
    "project, OLD-NAT, operator and unit columns, typed percents: the start date stored as "
    "a serial in text, a placeholder count, a boiler subsidy × count above the money",
)
def dk06() -> Book:
    start = mk("45748", "X104", "warning", note="计划开始日期是 2025-04-01 的序列号，存成了文本")
    b, s = project(
        2025,
        "石磨镇腐竹作坊燃煤灶改蒸汽锅炉项目",
        "桐坳县石磨镇人民政府",
        funds(80, 65, 15),
        ["为腐竹作坊购置蒸汽锅炉30台，替代燃煤灶。"],
        start=start,
        end=day(2025, 12, 31),
    )
    unit_cost = mk(
        3.5, "B107", "warning", row=True, note="3.5万元/台 × 30台 = 105万元，超过年度资金80万元"
    )
    rows = [
        ("产出指标", "数量指标", "购置腐竹蒸汽锅炉", "≥", 30, "台"),
        (None, None, "覆盖腐竹加工户", "≥", mk("XX", "X101", "error"), "户"),
        (None, "质量指标", "锅炉安装验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "锅炉安装完成时间", "≤", day(2025, 11, 30), None),
        (None, "成本指标", "蒸汽锅炉购置补助标准", "≤", unit_cost, "万元/台"),
        ("效益指标", "经济效益指标", "作坊燃料成本降低率", "≥", pct(0.2), "%"),
        (None, "生态效益指标", "作坊烟尘排放达标率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    sign(s, "饶德顺", "0739-5526178", day(2024, 11, 20))
    return b
