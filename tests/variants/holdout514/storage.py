"""Returns bd07–bd12: cold storage for the cheese (village cold stores, refrigerated vans,
the bureau's own budget)."""

from __future__ import annotations

from tests.variants.holdout514.common import (
    YEAR,
    book,
    department,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout514.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "云岙县羊奶酪产业联合社"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("bd07-multi-year", (8,), "three-year project, NAT-2021, two-row header with 中期 and "
         "年度 value columns, counts growing by year, rates equal (correct)")  # fmt: skip
def bd07() -> Book:
    b, s = book()
    project(s, "乡镇奶酪冷库建设（2025—2027年）", UNIT, multi_year((600, 480, 120), (220, 180, 40)),
            ["三年建成6座乡镇奶酪冷库，配齐冷藏车，奶酪冷链损耗降到3%以内。",
             "2025年建成2座冷库，购置3辆冷藏车，奶酪冷链损耗不高于4%。"], years=3)  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "建成乡镇奶酪冷库", "≥6座", "≥2座"),
        (None, None, "购置冷藏运输车", "≥9辆", "≥3辆"),
        (None, "质量指标", "冷库温控达标率", "≥98%", "≥98%"),
        (None, "时效指标", "冷库建成投用时间", "2027年12月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座冷库建设成本", "≤70万元", "≤70万元"),
        ("效益指标", "经济效益指标", "奶酪冷链损耗率", "≤3%", "≤4%"),
        (None, "社会效益指标", "受益奶酪合作社", "≥15家", "≥5家"),
        (None, "可持续影响指标", "冷库运营管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("bd08-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def bd08() -> Book:
    b, s = book()
    goal = "两年建成4座村级奶酪冷库，配置800个冷藏周转箱，实现奶酪全程冷链。"
    project(s, "村级奶酪冷库及周转箱配置（2025—2026年）", UNIT,
            multi_year((260, 200, 60), (140, 110, 30)),
            [goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")], years=2)  # fmt: skip
    copied = "两年项目，累计数量的年度值与中期值相同"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成村级奶酪冷库", "≥4座",
         mk("≥4座", "D202", "warning", note=copied)),
        (None, None, "配置冷藏周转箱", "≥800个", mk("≥800个", "D202", "warning", note=copied)),
        (None, "质量指标", "冷库验收合格率", "=100%", "=100%"),
        (None, "时效指标", "冷库建成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单座冷库建设成本", "≤30万元", "≤30万元"),
        ("效益指标", "经济效益指标", "奶酪冷链损耗率", "≤3%", "≤3%"),
        (None, "社会效益指标", "受益养羊户", "≥300户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bd09-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction and 指标方向 as "
         "operator, bare numbers, a unit column: ≥ on a 反向 count, ≤ on a 正向 one")  # fmt: skip
def bd09() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 10, 12, 10))
    project(s, "冷库温控监测系统升级", UNIT, one_year(36, 30, 6),
            ["为12座奶酪冷库加装温湿度监测终端，减少温度超标。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "加装温湿度监测终端", "正向", "≥", 12, "套"),
        (None, None, "新增冷藏库容", "正向",
         mk("≤", "T108", "warning", row=True, note="正向指标配了≤"), 300, "立方米"),
        (None, "质量指标", "监测数据上传完整率", "正向", "≥", 98, "%"),
        (None, "时效指标", "监测终端安装完成时间", "反向", "≤", 9, "月"),
        (None, "成本指标", "单套监测终端费用", "反向", "≤", 2.5, "万元"),
        ("效益指标", "社会效益指标", "冷库温度超标报警次数", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标配了≥"), 6, "次"),
        (None, "可持续影响指标", "监测平台运行年限", "正向", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "冷库使用单位满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("bd10-budget-export", (7, 11), "budget-system export, NAT-2021: money on 项目支出预算05-1,"
         " the table on 项目支出绩效目标05-2 with codes in the first columns, header on row 3, a "
         "下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def bd10() -> Book:
    b, s = book("项目支出预算05-1")
    project(s, "冷藏车运营补助", UNIT, one_year(30, 30, 0),
            ["补助6辆奶酪冷藏车运营，降低冷链损耗，保障运输安全。"])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (14, 18, 14, 16, 28, 16, 18))
    t.title("项目支出绩效目标表", 7)
    t.row("单位：云岙县羊奶酪产业联合社", None, None, None, None, None, "金额单位：万元")
    code, name = "533024250031", "冷藏车运营补助"
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值",
                   "指标值设定依据"), [
        (code, name, "产出指标", "数量指标", "补助冷藏车", "=6辆", "计划标准"),
        (code, name, None, "时效指标", "补助资金拨付时间", "2025年6月30日前", "计划标准"),
        (code, name, "成本指标", "经济成本指标", "单车年运营补助", "≤5万元/辆", "历史标准"),
        (code, name, "效益指标", "经济效益指标", "奶酪冷链损耗下降率", "≥15%", "历史标准"),
        (code, name, None, "社会效益指标", "冷链运输安全事故", "=0起", "行业标准"),
        (code, name, None, None, "带动奶酪外销合作社", "≥8家", "计划标准"),
        (code, name, "满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "行业标准"),
    ], merged=(3, 4))  # fmt: skip
    return b


BUDGET = (420, 350, 70, 150, 270)
SHARES = (pct(1), pct(0.8333, "0.00%"), pct(0.1667, "0.00%"), pct(0.3571, "0.00%"),
          pct(0.6429, "0.00%"))  # fmt: skip


@variant("bd11-department-money", (12, 1), "department, NAT-2021: budget with typed percent "
         "shares, tasks adding to 金额合计 = 项目支出, a note on the total (correct)")  # fmt: skip
def bd11() -> Book:
    b, s = book()
    department(s, "云岙县奶业发展服务中心", [BUDGET, SHARES],
               "保障全县奶酪冷链设施运行，开展质量抽检和品牌推广。", tasks=[
                   ("乡镇冷库运维", "12座冷库运维和电费补助", wan(120), "冷库全年正常运行"),
                   ("奶酪质量抽检", "全年抽检成品奶酪", wan(60), "抽检全覆盖"),
                   ("品牌推广", "山羊奶酪展销和宣传", wan(90), "提高品牌知名度"),
                   ("金额合计", None, wan(270), None),
               ])  # fmt: skip
    note(s, "注：金额合计为项目支出270万元，不含基本支出150万元。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "运维奶酪冷库", "≥12座"),
        (None, "质量指标", "成品奶酪抽检覆盖率", "=100%"),
        (None, "时效指标", "冷库故障修复时间", "≤48小时"),
        ("成本指标", "经济成本指标", "单座冷库年运维费用", "≤10万元"),
        ("效益指标", "社会效益指标", "山羊奶酪品牌知晓率", "≥60%"),
        (None, "可持续影响指标", "冷库运维制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲晓岚", "0871-6625093", day(YEAR - 1, 11, 28))
    return b


@variant("bd12-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计")  # fmt: skip
def bd12() -> Book:
    b, s = book()
    total = mk(wan(380), "B101", "error", note="基本支出140 + 项目支出250 = 390 ≠ 380")
    department(s, "云岙县石栈乡农业综合服务站", [(total, 300, 80, 140, 250)],
               "维护乡镇奶酪冷库，组织合作社奶酪统一检测。", tasks=[
                   ("冷库维护", "3座乡镇冷库检修", wan(100), "冷库完好率100%"),
                   ("统一检测", "合作社奶酪送检", wan(70), "送检全覆盖"),
                   ("冷藏车租赁", "旺季租用冷藏车", wan(90), "旺季运力充足"),
                   ("金额合计", None,
                    mk(wan(250), "B102", "error", note="100 + 70 + 90 = 260 ≠ 250"), None),
               ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "检修乡镇冷库", "≥3座"),
        (None, "质量指标", "冷库完好率", "=100%"),
        ("成本指标", "经济成本指标", "冷藏车日租金", "≤800元/日"),
        ("效益指标", "社会效益指标", "送检合作社", "≥9家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b
