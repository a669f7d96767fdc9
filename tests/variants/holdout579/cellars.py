"""Ginger (生姜) storage cellars: single, multi-year, stacked and exported project returns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout579.common import HEAD, book, funds, notes, sign, table, wan
from tests.variants.holdout579.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("dq01-cellar-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the "
         "number format, goal summing two counts, a note on the sum (correct)")  # fmt: skip
def cellar_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=2025, name="生姜标准化贮藏窖建设补助项目",
                 dept="澄岭县农业农村局（214003）",
                 unit="澄岭县特色作物服务中心", money=funds((80, 72)),
                 goals=["新建生姜标准化贮藏窖12座、改造老旧窖8座，合计建成20座，窖藏生姜损耗率控制在"
                        "5%以内，带动种植户错季销售增收。"])  # fmt: skip
    table(s, OPS, [
        ("成本指标", "经济成本指标", "贮藏窖建设补助标准", "≤", 3.5, "万元/座"),
        ("产出指标", "数量指标", "新建标准化贮藏窖", "≥", 12, "座"),
        (None, None, "改造老旧贮藏窖", "≥", 8, "座"),
        (None, "质量指标", "窖温达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "窖体完工时间", "≤", day(2025, 10, 31), None),
        ("效益指标", "经济效益指标", "窖藏生姜损耗率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "贮藏窖设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：合计建成20座为新建12座与改造8座之和；补助标准3.5万元/座×20座＝70万元，"
             "其余10万元用于测温设备。")  # fmt: skip
    sign(s, "贺晓岚", "0736-5821904")
    return b


@variant("dq02-cellar-goal-count", (12,),
         "project, NAT-2021, operators inside the values: the 年度目标 counts 30 cellars against "
         "an indicator of 25, a unit cost × count above the money, a completion date after the "
         "project ends")  # fmt: skip
def cellar_goal_count() -> Book:
    b, s = book()
    goal = mk("改造生姜贮藏窖30座，新增贮藏能力1500吨，窖藏损耗率不高于6%。", "D104", "warning",
              note="30 cellars in the goal, ≥25座 in the indicator")  # fmt: skip
    project_head(s, year=2025, name="生姜窖藏保鲜设施改造项目",
                 dept="岩桥镇人民政府（306117）",
                 unit="岩桥镇农业综合服务站", money=funds((90, 81)), goals=[goal])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "改造生姜贮藏窖数量", ok("≥25座", note="the other side of D104")),
        (None, None, "新增贮藏能力", "≥1500吨"),
        (None, "质量指标", "改造窖验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True,
            note="one-year 2025 project ending 2025-12-31; the date lies in 2026")),
        ("成本指标", "经济成本指标", "贮藏窖改造补助标准",
         mk("≤4万元/座", "B107", "warning", row=True,
            note="4万元 × 25座 = 100万元 > 年度资金 90万元")),
        ("效益指标", "经济效益指标", "窖藏损耗率", "≤6%"),
        (None, "社会效益指标", "受益种植户", "≥140户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹少川", "0736-6310257")
    return b


@variant("dq03-cellar-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns, title year before the "
         "project: an annual capacity above its period, a cumulative count copied")  # fmt: skip
def cellar_three_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="生姜气调贮藏库建设项目",
                 dept="澄岭县农业农村局（214003）",
                 unit="澄岭县生姜产业发展中心", money=funds((200, 180), (600, 540)),
                 title="2024年度项目支出绩效目标申报表", attr="新增项目",
                 goals=[ok("三年建成生姜气调贮藏库6座，贮藏能力达到9000吨，实现错季均衡上市。",
                           note="D104 against the annual 9500吨 names the D201 problem"),
                        "2025年建成气调贮藏库2座，完成后续库址选址和设备招标。"])  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="title says 2024, the project period and plan dates run 2025–2027",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成气调贮藏库", "≥6座", "≥2座"),
        (None, None, "新增贮藏能力", "≥9000吨",
         mk("≥9500吨", "D201", "error", note="annual capacity above the period's 9000吨")),
        (None, None, "培训贮藏技术人员", "≥300人次",
         mk("≥300人次", "D202", "warning", note="cumulative count equal in a three-year project")),
        (None, "质量指标", "库温控制达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "气调库建设单价", "≤90万元/座", "≤90万元/座"),
        ("效益指标", "经济效益指标", "带动农户增收", "≥800元/户", "≥800元/户"),
        (None, "生态效益指标", "贮藏期保鲜药剂使用量下降率", "≥10%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "入库农户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "贺晓岚", "0736-5821904", year=2025)
    return b


@variant("dq04-cellar-numbered-tiers", (5, 8),
         "two-year project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), 中期 and 年度 columns, a later year named on purpose in the 中期目标 "
         "(correct)")  # fmt: skip
def cellar_numbered_tiers() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="山洞生姜窖改造提升项目",
                 dept="枫垭县农业农村局（408021）",
                 unit="枫垭县经济作物站", money=funds((50, 45), (100, 90)),
                 goals=["2026年底前累计改造山洞姜窖40口，窖藏好果率稳定在92%以上。",
                        "2025年改造山洞姜窖20口，窖藏好果率不低于92%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "改造山洞姜窖", "≥40口", "≥20口"),
        (None, "（二）质量指标", "窖藏生姜好果率", "≥92%", "≥92%"),
        (None, "（三）时效指标", "改造完成时间", "2026年11月30日前", "2025年11月30日前"),
        (None, "（四）成本指标", "姜窖改造补助标准", "≤2.5万元/口", "≤2.5万元/口"),
        ("二、效益指标（40分）", "（一）经济效益指标", "错季增值", "≥1200元/吨", "≥1200元/吨"),
        (None, "（二）社会效益指标", "带动种植户", "≥300户", "≥160户"),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：补助标准2.5万元/口×40口＝100万元，与中期资金总额相等；"
             "年度20口×2.5万元＝50万元。")  # fmt: skip
    sign(s, "覃立峰", "0745-3382716")
    return b


@variant("dq05-cellar-stacked-two", (2,),
         "two ginger-cellar projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in the two projects (correct)")  # fmt: skip
def cellar_stacked_two() -> Book:
    b, s = book("项目绩效目标")
    project_head(s, year=2025, name="高山生姜贮藏窖新建项目",
                 dept="枫垭县农业农村局（408021）",
                 unit="枫垭县经济作物站", money=funds((40, 40)),
                 goals=["新建高山生姜贮藏窖10座，新增贮藏能力500吨。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建贮藏窖", "≥10座"),
        (None, "质量指标", "窖体验收合格率", "=100%"),
        (None, "时效指标", "建设完成时间", "2025年10月底前"),
        (None, "成本指标", "贮藏窖建设补助标准", "≤4万元/座"),
        ("效益指标", "经济效益指标", "新增贮藏能力", "≥500吨"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="生姜窖藏技术培训项目",
                 dept="枫垭县农业农村局（408021）",
                 unit="枫垭县农业技术推广中心", money=funds((12, 12)), title="",
                 goals=["培训窖藏技术骨干300人次，新建示范窖6座。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "培训窖藏技术骨干", "≥300人次"),
        (None, None, "新建贮藏窖", "≥6座"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        (None, "成本指标", "人均培训成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "窖藏技术普及乡镇", "≥5个"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：示范窖6座由培训项目以现场教学方式建设，材料由农户自筹，不使用本项目资金。")
    return b


@variant("dq06-cellar-system-export", (4, 9),
         "budget-system export, OLD-NAT: money on sheet 05-1, indicators on sheet 05-2 with the "
         "header on the third row and codes in the first columns, tiers repeated; a date serial "
         "as text, a placeholder, a 合格率 under 时效指标")  # fmt: skip
def cellar_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14, 40))
    s.title("部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("530928250014", "老旧生姜窖修缮补助", wan(45), wan(40), wan(5),
          "修缮老旧生姜窖30座，窖藏周转能力明显提升。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 14, 26, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位名称：秋溪乡人民政府")
    code, name = "530928250014", "老旧生姜窖修缮补助"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "修缮老旧生姜窖", "≥30座"),
        (code, name, "产出指标", "数量指标", "窖藏周转量",
         mk("≥**吨", "X101", "error", note="placeholder left in the value")),
        (code, name, "产出指标", "质量指标", "修缮窖验收合格率", "≥95%"),
        (code, name, "产出指标", "时效指标", "修缮完成时间",
         mk("45961", "X104", "warning", note="2025-10-31 pasted as a serial number in text")),
        (code, name, "产出指标", "时效指标",
         mk("入窖生姜合格率", "F201", "warning", row=True,
            note="a 合格率 is a quality indicator, filed under 时效指标"), "≥95%"),
        (code, name, "产出指标", "成本指标", "窖体修缮补助标准", "≤1.5万元/座"),
        (code, name, "效益指标", "经济效益指标", "窖藏损耗率", "≤8%"),
        (code, name, "满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：本表由预算管理一体化系统导出，指标值按系统格式填写。")
    return b
