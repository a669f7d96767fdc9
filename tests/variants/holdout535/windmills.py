"""Returns by07–by12: 风车磨坊 (windmill mills) restored for rural tourism."""

from __future__ import annotations

from tests.variants.holdout535.common import (
    HEAD4,
    YEAR,
    funds,
    notes,
    project,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout535.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk


def fengao(s: Sheet) -> None:
    """The first stacked project: 风岙村, 48 万元."""
    project(
        s,
        "风岙村风车磨坊修复项目",
        "桐澜县风岙村民委员会",
        funds((w(48), w(40), w(8))),
        ["2025年修复风岙村木构风车磨坊2座，更换叶片16片，年接待游客1.2万人次以上。"],
    )
    rows = [
        ("产出指标", "数量指标", "修复木构风车磨坊", "≥2座"),
        (None, None, "更换风车叶片", "≥16片"),
        (None, "质量指标", "风车磨坊修复验收合格率", "≥95%"),
        (None, "时效指标", "修复工期", "≤120天"),
        (None, "成本指标", "单座风车磨坊修复成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "年接待游客", "≥1.2万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    table(s, HEAD4, rows)


@variant(
    "by07-windmill-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, shared names (correct)",
)
def by07() -> Book:
    b, s = start()
    fengao(s)
    s.skip()
    project(
        s,
        "苇湾乡风车磨坊研学基地配套项目",
        "桐澜县苇湾乡中心学校",
        funds((w(35), w(35), w(0))),
        ["2025年建成风车磨坊研学教室1间，开发研学课程6门，9月1日前对外开放。"],
    )
    rows = [
        ("产出指标", "数量指标", "建成研学教室", "=1间"),
        (None, None, "开发风车磨坊研学课程", "≥6门"),
        (None, "质量指标", "研学课程评审通过率", "≥90%"),
        (None, "时效指标", "研学基地开放时间", "2025年9月1日前"),
        (None, "成本指标", "研学教室建设成本", "≤22万元"),
        ("效益指标", "社会效益指标", "年接待游客", "≥0.8万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"),
    ]
    table(s, HEAD4, rows)
    return b


@variant(
    "by08-windmill-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT: the second one's annual money and one rate are wrong",
)
def by08() -> Book:
    b, s = start()
    fengao(s)
    s.skip()
    total = mk(w(62), "B101", "error", note="年度资金 62 ≠ 52 + 12（中期列 62 = 52 + 10）")
    project(
        s,
        "茭塘村风车磨坊观光步道项目",
        "桐澜县茭塘村民委员会",
        funds((w(62), w(52), w(10)), (total, w(52), w(12))),
        ["2025年建成风车磨坊观光步道2.4公里，磨坊全年定期开放。"],
    )
    count = mk("12次", "T105", "error", note="完成率写成次数")
    rows = [
        ("产出指标", "数量指标", "建成观光步道长度", "≥2.4公里"),
        (None, None, "风车磨坊开放完成率", count),
        (None, "质量指标", "步道工程验收合格率", "≥95%"),
        (None, "成本指标", "步道每公里建设成本", "≤25万元/公里"),
        ("效益指标", "社会效益指标", "年接待游客", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    table(s, HEAD4, rows)
    return b


@variant(
    "by09-windmill-footnotes",
    (4,),
    "project, OLD-NAT, weight column, 小计/合计 rows, a note row, header repeated after a "
    "page break, footnotes and signature lines (correct)",
)
def by09() -> Book:
    b, s = start()
    project(
        s,
        "石埠岗村风车磨坊展陈提升项目",
        "桐澜县石埠岗村民委员会",
        funds((w(54), w(45), w(9))),
        ["2025年修复风车磨坊3座，布设农耕展陈120件以上，10月1日前开放展陈。"],
    )
    head = (*HEAD4, "权重（分）")
    part1 = [
        ("产出指标", "数量指标", "修复风车磨坊", "≥3座", 15),
        (None, None, "布设磨坊农耕展品", "≥120件", 10),
        (None, "质量指标", "展陈布置验收合格率", "≥95%", 10),
        (None, "时效指标", "展陈开放时间", "2025年10月1日前", 5),
        (None, "成本指标", "单座磨坊修复成本", "≤12万元/座", 10),
        ("小计", None, None, None, 50),
    ]
    table(s, head, part1)
    notes(s, "注：成本指标按单座磨坊修复费用测算，不含展陈布置费用。", width=5)
    s.skip()
    part2 = [
        ("效益指标", "社会效益指标", "年接待游客", "≥1万人次", 15),
        (None, "经济效益指标", "带动周边农产品销售", "≥20万元", 15),
        (None, "可持续影响指标", "磨坊日常管护制度", "健全", 10),
        ("小计", None, None, None, 40),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", 10),
        ("小计", None, None, None, 10),
        ("合计", None, None, None, 100),
    ]
    table(s, head, part2)
    notes(
        s,
        "注：权重合计为100分，各“小计”行为一级指标分值，不重复计入合计。",
        "填表说明：指标值应含比较符和计量单位；定性指标填写“健全”“良好”等等级。",
        width=5,
    )
    sign(s, "鲁望舒", "0797-6258817", day(YEAR - 1, 11, 26, CN_DATE))
    return b


@variant(
    "by10-windmill-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without name",
)
def by10() -> Book:
    b, s = start()
    project(
        s,
        "苇湾乡风车磨坊群维修项目",
        "桐澜县苇湾乡人民政府",
        funds((w(30), w(30), w(0))),
        ["2025年维修苇湾乡风车8台，6月30日前恢复运转，开展风车文化展演。"],
    )
    empty = mk("社会成本指标", "F109", "warning", row=True, note="模板二级指标未填三级指标和值")
    nameless = mk(None, "F110", "error", note="有指标值“≥4场”却没有指标名称")
    rows = [
        ("成本指标", "经济成本指标", "单台风车维修成本", "≤3万元/台"),
        (None, empty, None, None),
        ("产出指标", "数量指标", "维修风车台数", "≥8台"),
        (None, None, nameless, "≥4场"),
        (None, "质量指标", "风车叶片安装合格率", "≥95%"),
        (None, "时效指标", "维修完成时间", "2025年6月30日前"),
        ("效益指标", "社会效益指标", "年接待游客", "≥1.5万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "by11-windmill-two-row-header",
    (7,),
    "project, OLD-NAT, two-row header with 指标内容, 绩效标准 and 评价标准 (correct)",
)
def by11() -> Book:
    b, s = start()
    project(
        s,
        "鹭滩村风车磨坊面粉工坊项目",
        "桐澜县鹭滩村股份经济合作社",
        funds((w(40), w(32), w(8))),
        ["2025年修复风车磨坊1座，5月1日前开放石磨面粉工坊，全年开展体验150场以上。"],
    )
    s.row("绩效指标", None, None, "绩效标准", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    rule = "达到得满分，未达到按完成比例计分"
    rows = [
        ("产出指标", "数量指标", "修复风车磨坊", "≥1座", rule),
        (None, None, "石磨面粉体验场次", "≥150场", rule),
        (None, "质量指标", "石磨面粉抽检合格率", "≥98%", rule),
        (None, "时效指标", "面粉工坊开放时间", "2025年5月1日前", "按时开放得满分"),
        (None, "成本指标", "风车磨坊修复成本", "≤28万元", "未超支得满分"),
        ("效益指标", "经济效益指标", "面粉工坊销售收入", "≥18万元", rule),
        (None, "社会效益指标", "年接待游客", "≥1万人次", rule),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", rule),
    ]
    s.table(rows, merged=(1, 2))
    return b


@variant(
    "by12-windmill-tier-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column against indicator scores, a tier-2 misplaced",
)
def by12() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 16, 8))
    project(
        s,
        "茭塘村风车研学营地项目",
        "桐澜县茭塘村民委员会",
        funds((w(36), w(30), w(6))),
        ["2025年修复风车4台，开发风车研学课程5门，8月31日前建成研学营地。"],
    )
    p40 = mk(40, "W103", "error", note="产出指标 40 分，其下 15 + 10 + 10 + 10 = 45")
    p30 = mk(30, "W103", "error", note="效益指标 30 分，其下 15 + 10 = 25")
    wrong = mk("质量指标", "F105", "error", note="质量指标属于产出指标，不在效益指标之下")
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("产出指标", p40, "数量指标", "修复风车台数", "≥4台", 15),
        (None, None, None, "开发风车研学课程", "≥5门", 10),
        (None, None, "质量指标", "风车运转验收合格率", "≥95%", 10),
        (None, None, "时效指标", "研学营地建成时间", "2025年8月31日前", 10),
        ("成本指标", 20, "经济成本指标", "单台风车修复成本", "≤7万元/台", 20),
        ("效益指标", p30, "社会效益指标", "年接待研学学生", "≥3000人次", 15),
        (None, None, wrong, "风车讲解服务合格率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "研学学生满意度", "≥90%", 10),
    ]
    table(s, head, rows, merged=(1, 2, 3))
    return b
