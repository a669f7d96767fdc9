"""The flower auction: the auction clock and cold store stacked in one sheet, the settlement
platform and grading line, the online bidding platform, the cut-flower auctions, a
budget-system export and the New Year flower fair."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout614.common import T4, book, funds, sign, table, wan
from tests.variants.holdout614.registry import variant
from tests.variants.kit import Book, mk

DEPT = "苇汀县商务局 315002"
UNIT = "苇汀花卉拍卖中心"


@variant("ez07-auction-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same satisfaction indicator with different values in each "
         "(correct)")  # fmt: skip
def ez07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇汀花卉拍卖中心拍卖钟系统升级项目", dept=DEPT, unit=UNIT,
                 money=funds(350, 300, 50), title="2025年度项目支出绩效目标表（拍卖中心）",
                 goals=["2025年完成4座拍卖钟及竞价终端升级，新增竞价席位120个，拍卖钟系统"
                        "可用率达到99%以上。"])  # fmt: skip
    table(s, T4, [
        ("产出指标", "数量指标", "升级拍卖钟", "≥4座"),
        (None, None, "新增竞价席位", "≥120个"),
        (None, "质量指标", "拍卖钟系统可用率", "≥99%"),
        (None, "时效指标", "系统升级完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座拍卖钟升级费用", "≤60万元/座"),
        ("效益指标", "经济效益指标", "拍卖成交额增长率", "≥8%"),
        (None, "社会效益指标", "带动花农进场交易户数", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "交易商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="苇汀花卉拍卖中心冷库扩容项目", dept=DEPT, unit=UNIT,
                 money=funds(280, 280, 0), title="",
                 goals=["2025年新增花卉冷库库容2000立方米，冷库温度达标率保持在98%"
                        "以上。"])  # fmt: skip
    table(s, T4, [
        ("产出指标", "数量指标", "新增冷库库容", "≥2000立方米"),
        (None, "质量指标", "冷库温度达标率", "≥98%"),
        (None, "时效指标", "冷库投入使用时间", "2025年11月30日前"),
        (None, "成本指标", "单位库容建设成本", "≤1200元/立方米"),
        ("效益指标", "社会效益指标", "鲜切花冷藏损耗率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "交易商满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ez08-auction-stacked-slips", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: a satisfaction rate under 社会效益 in the first, the second's money not adding "
         "up and its goal keeping last season's deadline")  # fmt: skip
def ez08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇汀花卉拍卖中心交易结算平台建设项目", dept=DEPT,
                 unit=UNIT, money=funds(220, 200, 20),
                 goals=["2025年建成交易结算平台1套，货款1个工作日内结算，接入交易商户"
                        "800户。"])  # fmt: skip
    social = mk("交易商户满意度", "F201", "warning", row=True,
                note="满意度填在社会效益指标下，应属服务对象满意度指标")  # fmt: skip
    table(s, T4, [
        ("产出指标", "数量指标", "建成交易结算平台", "=1套"),
        (None, None, "接入交易商户", "≥800户"),
        (None, "质量指标", "结算差错率", "≤0.1%"),
        (None, "时效指标", "货款结算时限", "≤1个工作日"),
        (None, "成本指标", "平台建设费用", "≤200万元"),
        ("效益指标", "经济效益指标", "线上结算金额占比", "≥80%"),
        (None, "社会效益指标", social, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(300), "B101", "error", note="财政拨款240万元+其他资金80万元=320万元≠300万元")
    goal = mk("新建蝴蝶兰和多肉植物分级包装线2条，2024年12月底前投入运行，日分级包装能力"
              "达到3万盆。", "Y103", "error", alt=("Y102", "Y101", "D104"),
              note="2025年项目的目标沿用上一季的2024年期限；指标写2025年10月31日前")  # fmt: skip
    project_head(s, year=2025, name="苇汀花卉拍卖中心分级包装线项目", dept=DEPT, unit=UNIT,
                 money=funds(total, 240, 80), title="", goals=[goal])  # fmt: skip
    table(s, T4, [
        ("产出指标", "数量指标", "新建分级包装线", "≥2条"),
        (None, "质量指标", "花卉分级准确率", "≥98%"),
        (None, "时效指标", "包装线投入运行时间", "2025年10月31日前"),
        (None, "成本指标", "单条包装线建设成本", "≤140万元/条"),
        ("效益指标", "经济效益指标", "日分级包装能力", "≥3万盆"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ez09-auction-online-points", (7, 10), "project, NAT-2021, headers 考核指标, "
         "绩效目标值 and 评价标准, a tier-1 score column beside indicator scores (100 both ways), "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def ez09() -> Book:
    b, s = book(widths=(14, 8, 18, 26, 14, 10, 24))
    project_head(s, year=2025, name="苇汀花卉拍卖中心线上竞拍平台运维项目", dept=DEPT,
                 unit=UNIT, money=funds(160, 140, 20),
                 goals=["2025年保障线上竞拍平台全年稳定运行，组织线上竞拍250场，线上成交量"
                        "占比比上年提高5个百分点，注册买家达到3000家。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "考核指标", "绩效目标值", "指标分值", "评价标准")
    table(s, head, [
        ("产出指标", 50, "数量指标", "线上竞拍场次", "≥250场", 15, "每少10场扣1分"),
        (None, None, None, "注册买家数量", "≥3000家", 10, "每少100家扣1分"),
        (None, None, "质量指标", "平台可用率", "≥99.5%", 15, "每降低0.1个百分点扣1分"),
        (None, None, "时效指标", "竞拍异常处置时限", "≤2小时", 10, "超时1次扣1分"),
        ("成本指标", 10, "经济成本指标", "年度运维费用", "≤160万元", 10, "超支不得分"),
        ("效益指标", 30, "经济效益指标", "线上成交量占比提高", "≥5百分点", 15, "按完成比例计分"),
        (None, None, "社会效益指标", "带动花农线上销售户数", "≥1500户", 15, "按完成比例计分"),
        ("满意度指标", 10, "服务对象满意度指标", "买家满意度", "≥90%", 10, "每低1个百分点扣1分"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ez10-auction-points-short", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator scores: 产出 declared 50 with 40 under it, the goal's auction count given "
         "otherwise; a rate raised in 百分点 beside them")  # fmt: skip
def ez10() -> Book:
    b, s = book(widths=(14, 12, 18, 26, 16, 10))
    project_head(s, year=2025, name="苇汀花卉拍卖中心鲜切花拍卖交易组织项目", dept=DEPT,
                 unit=UNIT, money=funds(240, 200, 40),
                 goals=["2025年组织鲜切花和盆花拍卖240场，拍卖成交量达到1.2亿枝，拍卖成交率"
                        "比上年提高3个百分点。"])  # fmt: skip
    score = mk(50, "W103", "error", alt=("W101",), note="产出指标50分，其下指标分值合计40分")
    count = mk("≥200场", "D104", "warning", note="年度目标写组织拍卖240场，指标却是200场")
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, [
        ("产出指标", score, "数量指标", "组织鲜切花和盆花拍卖", count, 10),
        (None, None, None, "拍卖成交量", "≥1.2亿枝", 10),
        (None, None, "质量指标", "拍卖成交率提高", "≥3百分点", 10),
        (None, None, "时效指标", "拍卖结果发布时限", "≤30分钟", 10),
        ("成本指标", 10, "经济成本指标", "单场拍卖组织成本", "≤1万元/场", 10),
        ("效益指标", 30, "经济效益指标", "进场花农户均增收", "≥3000元", 15),
        (None, None, "社会效益指标", "进场交易花农户数", "≥2000户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "花农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ez11-auction-export", (7,), "budget-system export: 部门项目支出预算05-1 with codes "
         "in the first columns, the indicator table on the second sheet 部门项目支出绩效目标05-2 "
         "with its header on the third row, codes repeated, 验收合格率 typed as text =100% "
         "(correct)")  # fmt: skip
def ez11() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 16, 30, 12, 12, 12))
    code = ("315006", "31500625A0012", "花卉拍卖交易大数据平台建设项目")
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：苇汀花卉拍卖中心", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code[0], UNIT, *code[1:], wan(180), wan(150), wan(30))
    s.row("合计", None, None, None, wan(180), wan(150), wan(30))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 24, 30, 12, 16, 24, 14))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：苇汀花卉拍卖中心（315006）")
    goal = ("建成花卉拍卖交易大数据平台1套，汇集拍卖成交数据不少于300万条，为交易商户提供"
            "行情查询服务。")  # fmt: skip
    table(t, ("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标",
              "三级指标", "指标值"), [
        (*code, goal, "产出指标", "数量指标", "建成大数据平台", "1套"),
        (*code, None, None, None, "汇集拍卖成交数据", "≥300万条"),
        (*code, None, None, "质量指标", "平台功能验收合格率", "=100%"),
        (*code, None, None, "时效指标", "平台上线时间", "2025年8月31日前"),
        (*code, None, "成本指标", "经济成本指标", "平台建设费用", "≤180万元"),
        (*code, None, "效益指标", "社会效益指标", "使用行情查询服务的商户", "≥500户"),
        (*code, None, "满意度指标", "服务对象满意度指标", "交易商户满意度", "≥90%"),
    ], merged=(4, 5, 6))  # fmt: skip
    return b


@variant("ez12-newyear-fair-template", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template, a value without a name, an indicator naming last season's "
         "flower fair")  # fmt: skip
def ez12() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇汀花卉拍卖中心年宵花展销项目", dept=DEPT, unit=UNIT,
                 money=funds(90, 80, 10),
                 goals=["2025年举办年宵花展销活动3场，组织蝴蝶兰、多肉植物等年宵花进场展销"
                        "20万盆，展销成交额1500万元以上。"])  # fmt: skip
    stale = mk("承接2024年迎春花市展位", "Y103", "warning", alt=("Y101",),
               note="2025年项目的指标留着上一季2024年花市的名称")  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，没有三级指标和值")
    noname = mk(None, "F110", "error", note="社会效益指标一行填了≥5000人次，三级指标名称空着")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办年宵花展销活动", "≥3场"),
        (None, None, "年宵花进场展销量", "≥20万盆"),
        (None, None, stale, "≥150个"),
        (None, "质量指标", "展销花卉质量抽检合格率", "≥95%"),
        (None, empty, None, None),
        ("成本指标", "经济成本指标", "单场展销活动成本", "≤25万元/场"),
        ("效益指标", "经济效益指标", "年宵花展销成交额", "≥1500万元"),
        (None, "社会效益指标", noname, "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "参展花农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁映川", "0793-6651930", "聂澄波", (2024, 11, 26))
    return b
