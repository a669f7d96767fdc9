"""Fried dough twist (麻花) workshops of the old town street: ds07–ds12."""

from __future__ import annotations

from tests.variants.holdout581.common import YEAR, cn, funds, head, new, note, sign, table, wan
from tests.variants.holdout581.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ds07-mahua-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, 1.), "
    "an indicator score column adding to the same 100, a rate raised in 百分点 (correct)",
)
def ds07() -> Book:
    b, s = new()
    goal = (
        "对老街15家麻花作坊实施标准化改造，编制麻花生产工艺规程1套，产品抽检合格率提高3个百分点。"
    )
    head(s, "老街麻花作坊标准化提升项目", funds(25, 20, 5), [goal])
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "1.标准化改造麻花作坊数量", "≥15家", 15),
        (None, None, "2.麻花生产工艺规程编制", "≥1套", 5),
        (None, "（二）质量指标", "3.改造作坊食品生产许可达标率", "≥95%", 10),
        (None, "（三）时效指标", "4.改造完成时间", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单家作坊改造补助标准", "≤1.6万元/家", 20),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.改造作坊麻花日产量提高比例", "≥10%", 10),
        (None, "（二）社会效益指标", "7.麻花产品抽检合格率提升", "≥3百分点", 10),
        (None, "（三）可持续影响指标", "8.作坊卫生管理制度执行率", "≥95%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.作坊经营户满意度", "≥90%", 10),
    ]
    table(s, (*ONE, "分值"), rows)
    note(s, "注：一级指标分值合计100分，各一级指标下三级指标分值之和等于该一级指标分值。")
    sign(s, "蓝知远", "0597-6285210", cn(11, 19, YEAR - 1))
    return b


@variant(
    "ds08-mahua-fryers",
    (5, 11),
    "project, OLD-NAT, abbreviated tier labels with *, operators in words in their own "
    "column, unit column: a duplicate count with another value, a quality rate under 时效, "
    "a complaint rate with 大于等于",
)
def ds08() -> Book:
    b, s = new()
    goal = "为老街10家麻花作坊更换节能油炸设备20台，油烟达标排放，废油集中回收。"
    head(s, "麻花作坊油炸工艺升级项目", funds(30, 24, 6), [goal])
    dup = mk(
        16,
        "D102",
        "error",
        row=True,
        alt=("D103",),
        note="与“更换节能油炸设备数量”（20台）是同一指标，数值不同",
    )
    tier = mk(
        "油炸用油抽检合格率", "F201", "warning", row=True, note="合格率属质量指标，却填在时效下"
    )
    wrong = mk("大于等于", "T108", "warning", row=True, note="投诉率是反向指标，应为小于等于")
    rows = [
        ("*产出", "数量", "更换节能油炸设备数量", "大于等于", 20, "台"),
        (None, None, "升级改造麻花作坊数量", "大于等于", 10, "家"),
        (None, None, "节能油炸设备更换台数", "大于等于", dup, "台"),
        (None, "质量", "设备安装验收合格率", "大于等于", 95, "%"),
        (None, "时效", tier, "大于等于", 95, "%"),
        (None, None, "设备更换完成时间", "小于等于", cn(9, 30), None),
        (None, "成本", "单台设备购置补助标准", "小于等于", 1.2, "万元/台"),
        ("*效益", "生态效益", "油烟排放浓度", "小于等于", 1.5, "毫克/立方米"),
        (None, None, "废油集中回收率", "大于等于", 90, "%"),
        (None, "社会效益", "麻花作坊食品安全投诉率", wrong, 2, "%"),
        ("*满意度", "服务对象满意度", "作坊经营户满意度", "大于等于", 90, "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "蓝知远", "0597-6285210", cn(11, 19, YEAR - 1))
    return b


@variant(
    "ds09-mahua-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), operator and unit columns, typed "
    "percents: a 下降率 with ≥, =0起 on an incident count, ≤ on times and costs (correct)",
)
def ds09() -> Book:
    b, s = new(widths=(14, 16, 30, 10, 10, 14, 14))
    goal = "开展麻花作坊食品安全培训8场，隐患数量比上年下降20%以上，全年不发生食品安全事故。"
    head(s, "麻花作坊食品安全提升项目", funds(8, 8, 0), [goal])
    rows = [
        ("产出指标", "数量指标", "食品安全培训场次", "正向", "≥", 8, "场"),
        (None, "质量指标", "麻花产品抽检合格率", "正向", "≥", pct(0.98), None),
        (None, None, "作坊食品安全隐患下降率", "正向", "≥", pct(0.2), None),
        (None, "时效指标", "隐患整改时限", "反向", "≤", 7, "个工作日"),
        (None, "成本指标", "单场培训费用", "反向", "≤", 0.5, "万元/场"),
        ("效益指标", "社会效益指标", "食品安全事故发生数", "反向", "=", 0, "起"),
        (None, None, "消费者投诉率", "反向", "≤", pct(0.01), None),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "正向", "≥", pct(0.9), None),
    ]
    head_row = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    table(s, head_row, rows)
    note(s, "注：下降率按（上年隐患数－本年隐患数）÷上年隐患数计算，以正数填报。", 7)
    sign(s, "温照临", "0597-6285233", cn(11, 21, YEAR - 1))
    return b


@variant(
    "ds10-mahua-placeholders",
    (9, 13),
    "project, OLD-NAT, one value column: an HTML tag in the 年度目标, an XX placeholder "
    "in a value, a value without an indicator name",
)
def ds10() -> Book:
    b, s = new()
    goal = mk(
        "完成老街麻花老字号包装设计方案3套<br>开展品牌推广活动4场，提升产品辨识度。",
        "X102",
        "warning",
        note="从网页系统粘贴带出的 <br> 标签",
    )
    head(s, "麻花老字号品牌包装设计项目", funds(9, 9, 0), [goal])
    rows = [
        ("产出指标", "数量指标", "包装设计方案数量", "≥3套"),
        (None, None, "品牌推广活动场次", "≥4场"),
        (None, None, "参与推广的麻花作坊数量", mk("≥XX家", "X101", "error", note="占位符XX未替换")),
        (None, "质量指标", "设计方案评审通过率", "=100%"),
        (None, "时效指标", "设计完成时间", "2025年6月30日前"),
        (None, "成本指标", "单场推广活动费用", "≤1万元/场"),
        ("效益指标", "经济效益指标", "老字号麻花礼盒销量增长率", "≥15%"),
        (
            None,
            "社会效益指标",
            mk(None, "F110", "error", note="有指标值≥85%，却没有三级指标名称"),
            "≥85%",
        ),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ]
    table(s, ONE, rows)
    sign(s, "温照临", "0597-6285233", cn(11, 21, YEAR - 1))
    return b


@variant(
    "ds11-mahua-second-sheet",
    (7, 1),
    "project: head on the first sheet, the indicator table on a second sheet under a "
    "two-row header (考核指标 · 预期实现值 · 评价标准), a typed percent, =100% as text "
    "(correct)",
)
def ds11() -> Book:
    b, s = new("项目基本信息")
    goal = "补贴8家麻花作坊入驻集中加工区，租赁加工面积400平方米，入驻作坊年产麻花120吨以上。"
    head(s, "麻花作坊集中加工区租赁补贴项目", funds(16, 16, 0), [goal])
    t = b.sheet("绩效指标", (14, 16, 30, 16, 26))
    t.row("考核指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    rows = [
        ("产出指标", "数量指标", "入驻集中加工区麻花作坊数量", "≥8家", "每少1家扣1分"),
        (None, None, "补贴租赁加工面积", "≥400平方米", "按实际补贴面积计分"),
        (None, "质量指标", "加工区食品安全检查达标率", "=100%", "未达标不得分"),
        (None, "时效指标", "补贴资金拨付时间", "2025年6月30日前", "逾期不得分"),
        (None, "成本指标", "租赁补贴标准", "≤30元/平方米·月", "超标准不得分"),
        ("效益指标", "经济效益指标", "入驻作坊麻花年产量", "≥120吨", "按完成比例计分"),
        (None, "社会效益指标", "带动老街居民就业人数", "≥40人", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "入驻作坊满意度", pct(0.9), "低于90%按比例扣分"),
    ]
    t.table(rows, merged=(1, 2))
    note(t, "注：租赁补贴按400平方米×30元/平方米·月×12个月=14.4万元测算。", 5)
    return b


@variant(
    "ds12-mahua-stall-year",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: the title names 2024 while the "
    "plan dates and indicators are 2025, the annual 资金总额 is not its parts' sum",
)
def ds12() -> Book:
    b, s = new()
    b.file_mark("Y101", "error", note="标题为2024年度，计划开始、完成日期及指标日期均为2025年")
    bad = mk(wan(22), "B101", "error", note="年度资金总额22 ≠ 财政拨款18 + 其他资金2")
    goal = "在老街节庆期间搭建麻花展销摊位20个，组织20家麻花作坊参展，展销期间销售额60万元以上。"
    head(
        s,
        "麻花作坊节庆展销摊位搭建项目",
        funds(22, 18, 4, (bad, 18, 2)),
        [goal],
        title="2024年度项目支出绩效目标申报表",
    )
    rows = [
        ("产出指标", "数量指标", "展销摊位搭建数量", "≥20个"),
        (None, None, "参展麻花作坊数量", "≥20家"),
        (None, "质量指标", "摊位搭建验收合格率", "=100%"),
        (None, "时效指标", "摊位搭建完成时间", "2025年4月30日前"),
        (None, "成本指标", "单个摊位搭建费用", "≤0.9万元/个"),
        ("效益指标", "经济效益指标", "展销期间麻花销售额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "参展经营户满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "蓝知远", "0597-6285210", cn(11, 19, YEAR - 1))
    return b
