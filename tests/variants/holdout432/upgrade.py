"""Returns on the ropeway's safety upgrade (xz01–xz06): percent cells, tier labels, 中期/年度."""

from __future__ import annotations

from tests.variants.holdout432.common import TIERED, funds, funds2, indicators, new, project, sign
from tests.variants.holdout432.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPCOLS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xz01-upgrade-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells, 万元 in the "
         "number format, 0起 on an incident count (correct)")  # fmt: skip
def upgrade_percent_cells() -> Book:
    b, s = new()
    project(s, 2025, "鹤岫山客运索道吊厢及驱动系统安全改造", funds(860, 600, 260),
            ["更换全部48个吊厢及驱动轮衬垫，索道通过特种设备定期检验，全年无安全责任事故。"],
            attr="一次性项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更换索道吊厢", "≥", 48, "个"),
        (None, None, "更换驱动轮衬垫", "≥", 36, "套"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "索道运行故障率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "吊厢更换单价", "≤", 5.5, "万元/个"),
        ("效益指标", "社会效益指标", "索道安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "改造后设备设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "游客乘坐满意度", "≥", pct(0.92), "%"),
    ]
    indicators(s, OPCOLS, rows)
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 18))
    return b


@variant("xz02-upgrade-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a 合格率 typed as 105%, a 反向 停机率 "
         "with ≥")  # fmt: skip
def upgrade_percent_wrong() -> Book:
    b, s = new()
    project(s, 2025, "栖鹭峡观光缆车钢丝绳及制动系统更新", funds(540, 400, 140),
            ["更新运载索和工作制动器，钢丝绳探伤全部合格，缆车全年安全运行。"],
            unit="檀峪县栖鹭峡景区服务中心", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", row=True, note="合格率 capped at 100 %; 105% impossible")
    wrong = mk("≥", "T108", "warning", row=True, note="停机率 is 反向: ≤ expected")
    rows = [
        ("产出指标", "数量指标", "更新运载索", "=", 1, "条"),
        (None, None, "更换工作制动器", "≥", 4, "台"),
        (None, "质量指标", "钢丝绳探伤检测合格率", "≥", over, "%"),
        (None, "时效指标", "更新工程完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "运载索采购安装费用", "≤", 310, "万元"),
        ("效益指标", "社会效益指标", "缆车运行故障停机率", wrong, pct(0.01), "%"),
        (None, "可持续影响指标", "运载索设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPCOLS, rows)
    sign(s, "韦照临", "0739-8830152", (2024, 12, 2))
    return b


@variant("xz03-upgrade-numbered-points", (5, 10),
         "project, NAT-2021, labels numbered with points (一、产出指标（50分）, （一）数量指标), "
         "an indicator score column adding to 100 like the tier points, a 合计 row "
         "(correct)")  # fmt: skip
def upgrade_numbered_points() -> Book:
    b, s = new()
    project(s, 2025, "鹤岫山索道托压索轮组及风速监测改造", funds(420, 300, 120),
            ["更换托压索轮组24组，加装风速风向监测装置，索道大风天气自动预警。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "更换托压索轮组", "≥24组", 15),
        (None, None, "加装风速风向监测装置", "≥4套", 10),
        (None, "（二）质量指标", "托压索轮组安装验收合格率", "=100%", 15),
        (None, "（三）时效指标", "改造工程完工时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "托压索轮组单价", "≤3.2万元/组", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "索道安全责任事故", "0起", 15),
        (None, "（二）可持续影响指标", "改造后索道连续安全运行时间", "≥12个月", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "乘客满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]
    indicators(s, (*TIERED, "分值"), rows)
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 25))
    return b


@variant("xz04-upgrade-marked-labels", (5, 11),
         "project, NAT-2021, labels with * and abbreviations (产出, 数量): a 质量 tier-2 under "
         "效益, a cost cap written with =")  # fmt: skip
def upgrade_marked_labels() -> Book:
    b, s = new()
    project(s, 2025, "雁回坪索道上站平台及安全防护网改造", funds(560, 560, 0),
            ["改造上站候车平台，架设安全防护网1.2公里，游客上下车安全有保障。"],
            unit="檀峪县雁回坪景区管理所", dept="檀峪县文化旅游体育局（207）",
            attr="一次性项目")  # fmt: skip
    parent = mk("质量", "F105", "error", note="质量 belongs under 产出 in NAT-2021, not 效益")
    cap = mk("=560万元", "T108", "warning", row=True, note="a cost cap takes ≤, not =")
    rows = [
        ("*产出", "数量", "架设安全防护网", "≥1.2公里"),
        (None, None, "改造上站候车平台", "≥680平方米"),
        (None, "时效", "改造工程完工时间", "2025年11月30日前"),
        ("*成本", "经济成本", "改造工程总成本", cap),
        ("*效益", "社会效益", "上站平台游客滞留安全事故", "0起"),
        (None, parent, "防护网安装验收合格率", "=100%"),
        ("*满意度", "服务对象满意度", "游客满意度", "≥90%"),
    ]
    indicators(s, TIERED, rows)
    sign(s, "莫俞安", "0739-8831706", (2024, 12, 6))
    return b


@variant("xz05-upgrade-two-years", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: annual counts below the "
         "period, rates and limits equal, a period deadline in 2026 (correct)")  # fmt: skip
def upgrade_two_years() -> Book:
    b, s = new()
    goals = ["两年内完成两套电气控制系统改造，建成应急救援通道3.6公里。",
             "2025年完成一套电气控制系统改造，建成应急救援通道2公里。"]  # fmt: skip
    project(s, 2025, "鹤岫山索道控制系统及应急救援设施改造",
            funds2((1500, 1100, 400), (900, 650, 250)), goals, years=2)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造电气控制系统", "2套", "1套"),
        (None, None, "建设应急救援通道", "≥3.6公里", "≥2公里"),
        (None, "质量指标", "控制系统检测合格率", "100%", "100%"),
        (None, "时效指标", "改造任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "控制系统改造单价", "≤280万元/套", "≤280万元/套"),
        ("效益指标", "社会效益指标", "索道滞留乘客救援时间", "≤3小时", "≤3小时"),
        (None, "可持续影响指标", "控制系统设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 28))
    return b


@variant("xz06-upgrade-three-years-copied", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from "
         "the 中期目标, two cumulative counts copied into the 年度 column")  # fmt: skip
def upgrade_three_years_copied() -> Book:
    b, s = new()
    text = "三年内更换吊厢60个，新建站房消防喷淋系统3座，索道全面达到安全规范要求。"
    same = mk(text, "D204", "warning", note="年度目标 = 中期目标, a 3-year project")
    project(s, 2025, "鹤岫山二号索道整体安全提升工程",
            funds2((2600, 1900, 700), (900, 700, 200)), [text, same], years=3)  # fmt: skip
    copied = "cumulative count of a 3-year project copied from the 中期 column"
    cars = mk("≥60个", "D202", "warning", note=copied)
    sprinklers = mk("3座", "D202", "warning", note=copied)
    rows = [
        ("成本指标", "经济成本指标", "吊厢更换单价", "≤5.8万元/个", "≤5.8万元/个"),
        ("产出指标", "数量指标", "更换索道吊厢", "≥60个", cars),
        (None, None, "新建站房消防喷淋系统", "3座", sprinklers),
        (None, None, "开展索道安全评估", "3次", "1次"),
        (None, "质量指标", "改造项目验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务按期完成率", "100%", "100%"),
        ("效益指标", "社会效益指标", "索道安全责任事故", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "韦照临", "0739-5526418", (2024, 12, 3))
    return b
