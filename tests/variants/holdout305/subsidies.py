"""Returns tc01–tc06: 营养膳食补助 and 食堂改造 in percent cells, stacked projects and flat
department lists."""

from __future__ import annotations

from tests.variants.holdout305.common import (
    budget_line,
    department,
    funds,
    indicators,
    project,
    stacked,
)
from tests.variants.holdout305.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("tc01-subsidy-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "=100% on a 发放率 and a 下降幅度 in 百分点 (correct)")  # fmt: skip
def tc01() -> Book:
    b, s = project(
        "栖梧县农村义务教育学生营养膳食补助", "栖梧县教育局 301", "栖梧县学生营养办",
        funds(480, 432, 48),
        ["为全县23所农村义务教育学校约4800名学生按每生每天5元标准提供营养膳食补助，"
         "全年供餐不少于200天。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "受益学生人数", "≥", 4800, "人"),
        (None, None, "覆盖学校数", "=", 23, "所"),
        (None, None, "全年供餐天数", "≥", 200, "天"),
        (None, "质量指标", "膳食补助资金足额发放率", "=", pct(1), "%"),
        (None, None, "供餐学校食品安全量化等级B级以上占比", "≥", pct(0.95), "%"),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每生每天膳食补助标准", "≤", 5, "元/人·天"),
        ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", "≥", 1, "百分点"),
        (None, "可持续影响指标", "营养改善计划长效管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("tc02-subsidy-wrong", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns: money that does not add up, a typed 105% "
         "on a 合格率, ≥ on a 投诉率")  # fmt: skip
def tc02() -> Book:
    total = mk(360, "B101", "error", row=True, note="300 + 40 = 340, not 360")
    b, s = project(
        "柘湾区寄宿制学校学生营养午餐补助", "柘湾区教育和体育局 205", "柘湾区学生资助中心",
        funds(total, 300, 40),
        ["为区内9所寄宿制学校3000名学生按每生每天4元提供营养午餐补助，全年供餐190天。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 typed as 105% in Excel")
    complaint = mk("≥", "T108", "warning", row=True, note="投诉率 is 反向: ≤ meant")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "受补助学生人数", "≥", 3000, "人"),
        (None, None, "供餐学校数", "=", 9, "所"),
        (None, "质量指标", "营养午餐抽检合格率", "≥", over, "%"),
        (None, "时效指标", "补助资金按月拨付率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每生每天补助标准", "≤", 4, "元/人·天"),
        ("效益指标", "社会效益指标", "学生膳食投诉率", complaint, pct(0.02), "%"),
        (None, "可持续影响指标", "学校负责人陪餐制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("tc03-stacked-canteens", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def tc03() -> Book:
    b, s = project(
        "栖梧县乡镇学校食堂改造提升工程", "栖梧县教育局 301", "栖梧县教育基建站",
        funds(260, 260, 0),
        ["完成8所乡镇学校食堂改造，新增就餐座位1200个，10月底前全部交付使用。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造食堂数量", "≥8所"),
        (None, None, "新增就餐座位", "≥1200个"),
        (None, "质量指标", "竣工验收合格率", "100%"),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前"),
        (None, "成本指标", "每所食堂平均改造成本", "≤32.5万元/所"),
        ("效益指标", "社会效益指标", "学生在校就餐率", "提高≥5百分点"),
        (None, "可持续影响指标", "改造食堂设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "栖梧县学校食堂厨具设备购置", "栖梧县教育局 301", "栖梧县教育装备中心",
            funds(96, 80, 16),
            "为改造后的食堂购置蒸饭柜、消毒柜等厨具设备150台（套），8月底前安装到位。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "购置厨具设备数量", "≥150台（套）"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", "2026年8月31日前"),
        (None, "成本指标", "设备平均购置单价", "≤0.64万元/台（套）"),
        ("效益指标", "社会效益指标", "食堂“明厨亮灶”覆盖率", "≥95%"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥92%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("tc04-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, 0起 on an incident count, weights add to 100 "
         "(correct)")  # fmt: skip
def tc04() -> Book:
    b, s = department(
        "苇塘市学生资助管理中心",
        [budget_line(1250, 1180, 70, 210, 1040)],
        "落实营养膳食补助，推进食堂以奖代补和营养健康教育，确保校园食品安全。",
        [("营养膳食补助发放", "全市受助学生膳食补助", 860, "按时足额发放"),
         ("食堂改造以奖代补", "奖补12所学校食堂", 150, "改造达标"),
         ("营养健康教育", "营养课程与宣传", 30, "知晓率提升"),
         ("金额合计", None, 1040, None)],
    )  # fmt: skip
    s.skip()
    indicators(s, FLAT, [
        ("受助学生人数", 15, "人", "≥", 21500),
        ("学校食堂以奖代补校数", 10, "所", "≥", 12),
        ("补助资金发放准确率", 15, "%", "=", pct(1)),
        ("营养健康教育课开课率", 10, "%", "≥", pct(0.9)),
        ("补助资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("学生营养不良检出率", 10, "%", "≤", pct(0.06)),
        ("学生贫血检出率下降率", 10, "%", "≥", pct(0.05)),
        ("学生食品安全事故", 10, "起", "≤", 0),
        ("受助学生及家长满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


FLAT2 = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant("tc05-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): an amount against a count unit, ≥ on a 反向 rate, "
         "weights 95")  # fmt: skip
def tc05() -> Book:
    b, s = department(
        "柘湾区教育和体育局",
        [budget_line(3260, 3100, 160, 1420, 1840)],
        "全面落实学校负责人陪餐制度，推进食堂改造和校园食品安全抽检。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="weights 10+10+15+15+10+10+10+15 = 95, not 100")
    amount = mk("≥12万元", "T112", "error", note="an amount under the unit column 所")
    rate = mk("≥3%", "T108", "warning", row=True, note="投诉率 declared 反向 but given ≥")
    s.skip()
    indicators(s, FLAT2, [
        ("陪餐制度覆盖学校数", "≥46", "正向", "所", 10),
        ("食堂改造完成数", amount, "正向", "所", 10),
        ("校园食品安全抽检批次", "≥600", "正向", "批次", 15),
        ("食品抽检合格率", "≥98%", "正向", "%", 15),
        ("学校食堂投诉率", rate, "反向", "%", 10),
        ("营养健康教育覆盖学生数", "≥28000", "正向", "人", 10),
        ("问题整改按期完成率", "≥95%", "正向", "%", 10),
        ("家长满意度", "≥90%", "正向", "%", 15),
    ], merged=())  # fmt: skip
    return b


@variant("tc06-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and one of its rates is given as a count")  # fmt: skip
def tc06() -> Book:
    b, s = project(
        "柘湾区中小学生营养健康教育进校园", "柘湾区教育和体育局 205", "柘湾区教研中心",
        funds(38, 38, 0),
        ["在全区52所中小学开设营养健康教育课，举办营养知识讲座不少于100场。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开课学校数", "≥52所"),
        (None, None, "营养知识讲座场次", "≥100场"),
        (None, "质量指标", "课程开课率", "≥95%"),
        (None, "时效指标", "讲座完成时间", "2026年11月30日前"),
        (None, "成本指标", "每场讲座成本", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "学生营养知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(75, "B101", "error", row=True, note="60 + 10 = 70, not 75")
    stacked(s, "柘湾区学校食堂食品安全快检设备配置", "柘湾区教育和体育局 205",
            "柘湾区学校后勤管理中心", funds(total, 60, 10),
            "为42所学校食堂配备食品安全快检设备并培训操作人员。")  # fmt: skip
    count = mk("42台", "T105", "error", note="a 配备率 given as a count of devices")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "快检设备配备率", count),
        (None, None, "培训快检操作人员", "≥84人"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备配备完成时间", "2026年6月30日前"),
        (None, "成本指标", "每台快检设备单价", "≤1.5万元/台"),
        ("效益指标", "社会效益指标", "食材入库快检覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    return b
