"""Returns on community elderly-care canteens (老年助餐): kdf07–kdf12."""

from __future__ import annotations

from tests.variants.holdout776.common import HEAD4, indicators, new, notes, one_year, project, sign
from tests.variants.holdout776.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

UNIT = "蔺山县民政局养老服务股"
CODE = "317004-25-0000316"


@variant("kdf07-canteen-two-projects", (2, 4),
         "two projects stacked, NAT-2021, a note under each table, the same indicator name with "
         "different values in the two projects, signature lines (correct)")  # fmt: skip
def kdf07() -> Book:
    b, s = new()
    project(s, 2025, "社区老年助餐点建设补助", UNIT, one_year(64, 64, 0),
            ["新建社区老年助餐点8个（其中石磬镇3个、柏溪乡2个、苇塘镇3个），"
             "每个补助8万元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建助餐点数量", "≥8个"),
        (None, "质量指标", "助餐点验收合格率", "=100%"),
        (None, "时效指标", "助餐点建成投用时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个助餐点建设补助", "≤8万元/个"),
        ("效益指标", "社会效益指标", "助餐服务覆盖村（社区）数", "≥24个"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：建设补助按验收结果一次性拨付。")
    s.skip()
    project(s, 2025, "老年助餐运营补贴", UNIT, one_year(48, 40, 8),
            ["对全县20个助餐点按每人次4元给予运营补贴，全年助餐不少于120000人次。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "助餐服务人次", "≥120000人次"),
        (None, "质量指标", "助餐点食品留样合格率", "≥98%"),
        ("成本指标", "经济成本指标", "运营补贴标准", "≤4元/人次"),
        ("效益指标", "社会效益指标", "助餐服务覆盖村（社区）数", "≥60个"),
        (None, None, "助餐点食品安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：其他资金8万元为县慈善总会捐赠。")
    sign(s, 2024, 11, 22)
    return b


@variant("kdf08-canteen-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second one's total ≠ parts, its standard × count "
         "above its money, a deadline of the year before")  # fmt: skip
def kdf08() -> Book:
    b, s = new()
    project(s, 2025, "老年助餐点适老化改造", UNIT, one_year(30, 30, 0),
            ["完成6个老年助餐点适老化改造，每个补助不超过5万元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "适老化改造助餐点数量", "≥6个"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单个助餐点改造补助", "≤5万元/个"),
        ("效益指标", "社会效益指标", "助餐点无障碍通行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(36, WAN), "B101", "error", note="财政拨款30 + 其他资金4 = 34 ≠ 36")
    project(s, 2025, "独居老人送餐上门补贴", UNIT, one_year(total, 30, 4),
            ["为行动不便的独居老人送餐上门，全年不少于45000人次。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "送餐上门服务人次", "≥45000人次"),
        (None, "质量指标", "送餐准时率", "≥95%"),
        (None, "时效指标", "补贴结算完成时间",
         mk("2024年12月25日前", "Y102", "error", alt=("Y103",), note="预算年度2025，期限在2024年")),
        (None, "成本指标", "送餐补贴标准",
         mk("≤9元/人次", "B107", "warning", row=True,
            note="9元 × 45000人次 = 40.5万元，超过项目资金36万元")),
        ("效益指标", "社会效益指标", "独居老人就餐困难问题", "有效缓解"),
        ("满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 22)
    return b


@variant("kdf09-canteen-word-operators", (7, 10, 11),
         "project, NAT-2021, two-row header 考核指标 · 比较符 · 预期目标 · 计量单位, operators in "
         "words, a rate raised in 百分点, 0起 on an incident count (correct)")  # fmt: skip
def kdf09() -> Book:
    b, s = new()
    goal = ("全年提供老年助餐服务不少于150000人次（其中为失能、独居老人送餐上门30000人次），"
            "新增助餐点5个。")  # fmt: skip
    project(s, 2025, "社区老年助餐服务提升", UNIT, one_year(90, 72, 18), [goal])
    s.row("绩效指标", None, None, "考核标准", None, None, merge=[(1, 3), (4, 6)])
    indicators(s, ("一级指标", "二级指标", "考核指标", "比较符", "预期目标", "计量单位"), [
        ("产出指标", "数量指标", "助餐服务人次", "大于等于", 150000, "人次"),
        (None, None, "送餐上门人次", "大于等于", 30000, "人次"),
        (None, None, "新增助餐点数量", "大于等于", 5, "个"),
        (None, "质量指标", "助餐点食品留样合格率", "大于等于", 98, "%"),
        (None, "时效指标", "新增助餐点投用时间", "小于等于", day(2025, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "助餐运营补贴标准", "小于等于", 4, "元/人次"),
        (None, None, "新增助餐点建设补助", "小于等于", 6, "万元/个"),
        ("效益指标", "社会效益指标", "助餐点食品安全事故", "小于等于", 0, "起"),
        (None, None, "老年人膳食营养知晓率较上年提高", "大于等于", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "大于等于", 92, "%"),
    ])  # fmt: skip
    notes(s, "说明：运营补贴150000人次×4元=60万元，建设补助5个×6万元=30万元，合计90万元。")
    sign(s, 2024, 11, 27)
    return b


@variant("kdf10-canteen-rural-operator", (11, 12),
         "project, OLD-NAT, operator column and unit column: goal count unlike the indicator, "
         "standard × count above the money, ≥ on an incident rate")  # fmt: skip
def kdf10() -> Book:
    b, s = new()
    goal = "新建农村幸福食堂8个，全年为农村留守、独居老人助餐不少于40000人次。"
    project(s, 2025, "农村幸福食堂建设运营补助", UNIT, one_year(24, 24, 0), [goal])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建幸福食堂数量", "≥",
         mk(6, "D104", "warning", row=True, note="年度目标写新建8个"), "个"),
        (None, None, "助餐服务人次", "≥", 40000, "人次"),
        (None, "质量指标", "食堂消防验收合格率", "=", 100, "%"),
        (None, "成本指标", "幸福食堂助餐补贴标准", "≤",
         mk(7, "B107", "warning", row=True, note="7元 × 40000人次 = 28万元，超过项目资金24万元"),
         "元/人次"),
        ("效益指标", "社会效益指标", "食品安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为≤"), 0.5, "%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 25)
    return b


def _export_head(b: Book, name: str, total: float, goal: str) -> None:
    s = b.sheet("部门项目支出预算05-1", (20, 24, 16, 16, 16, 16))
    s.title("部门项目支出预算表", 6)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "预算年度")
    s.row(CODE, name, money(total, WAN), money(total, WAN), money(0, WAN), 2025)
    s.row("年度绩效目标", goal, merge=[(2, 6)])


@variant("kdf11-canteen-platform-export", (7, 9, 4),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 with "
         "codes in the first column, header 预期实现值 repeated after a page break "
         "(correct)")  # fmt: skip
def kdf11() -> Book:
    b = Book()
    _export_head(b, "老年助餐信息化平台运维", 18,
                 "维护全县32个助餐点刷脸就餐终端，数据上传及时率98%以上。")  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (20, 14, 14, 30, 18))
    s.title("部门项目支出绩效目标表", 5)
    s.row("单位：蔺山县民政局", None, None, "金额单位：万元")
    head = ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(s, head, [
        (CODE, "产出指标", "数量指标", "运维终端数量", "≥32台"),
        (CODE, None, "质量指标", "终端正常运行率", pct(0.95)),
        (CODE, None, "时效指标", "数据上传及时率", "≥98%"),
        (CODE, None, None, "故障修复时间", "≤48小时"),
    ], merged=(2, 3))  # fmt: skip
    indicators(s, head, [
        (CODE, "成本指标", "经济成本指标", "单台终端年运维费", "≤5000元/台"),
        (CODE, "效益指标", "可持续影响指标", "助餐数据归集机制", "建立并执行"),
        (CODE, "满意度指标", "服务对象满意度指标", "助餐点管理人员满意度", "≥90%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("kdf12-canteen-delivery-export", (9, 7),
         "budget-system export with codes in the first column: a date serial stored as text, the "
         "same indicator under two tier-2s")  # fmt: skip
def kdf12() -> Book:
    b = Book()
    _export_head(b, "助餐点食材统一配送补贴", 40,
                 "为全县30个助餐点统一配送食材，全年配送覆盖率100%。")  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (20, 14, 14, 30, 18))
    s.title("部门项目支出绩效目标表", 5)
    s.row("单位：蔺山县民政局", None, None, "金额单位：万元")
    indicators(s, ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        (CODE, "产出指标", "数量指标", "食材配送覆盖助餐点数", "≥30个"),
        (CODE, None, "质量指标", "配送食材抽检合格率", "≥98%"),
        (CODE, None, "时效指标", "配送服务合同签订时间",
         mk("45838", "X104", "warning", note="文本中的日期序列号（2025-06-30）")),
        (CODE, "成本指标", "经济成本指标", "每个助餐点月配送补贴", "≤1000元/点·月"),
        (CODE, "效益指标", "社会效益指标", "食材配送覆盖助餐点数",
         mk("≥30个", "D101", "warning", row=True, alt=("D102", "D103"),
            note="与数量指标下的同名指标重复")),
        (CODE, "满意度指标", "服务对象满意度指标", "助餐点满意度", "≥90%"),
    ], merged=(2, 3))  # fmt: skip
    return b
