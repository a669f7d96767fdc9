"""Single-project returns (wq01–wq06): typed percent cells, numbered and scored tier labels,
operator and direction columns, other header words and template rows left empty."""

from __future__ import annotations

from tests.variants.holdout397.common import funds, open_book, project, table
from tests.variants.holdout397.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "wq01-bridge-league-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 format (correct)",
)
def wq01() -> Book:
    b, s = open_book()
    project(
        s,
        "澄溪市老年桥牌联赛",
        "澄溪市老年人体育协会桥牌分会",
        funds(36, 30, 6),
        ["举办全市老年桥牌联赛一届，48支队伍参赛，带动老年人常态参与桥牌活动。"],
    )
    rows = [
        ("产出指标", "数量指标", "联赛参赛队伍", "≥", 48, "支"),
        (None, None, "联赛比赛场次", "≥", 120, "场"),
        (None, "质量指标", "裁判持证上岗率", "=", pct(1), "%"),
        (None, None, "成绩录入准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "赛果公布时限", "≤", 3, "个工作日"),
        (None, "成本指标", "每场比赛组织成本", "≤", 0.25, "万元/场"),
        ("效益指标", "社会效益指标", "参赛老人日均久坐时长下降率", "≥", pct(0.1), "%"),
        (None, None, "赛事安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "桥牌分会固定活动点", "≥", 12, "个"),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥", pct(0.92), "%"),
    ]
    table(s, OP_HEAD, rows)
    return b


@variant(
    "wq02-xiangqi-percent-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator column: total not the sum, a rate over 100%, 反向 with ≥",
)
def wq02() -> Book:
    b, s = open_book()
    total = mk(58, "B101", "error", note="财政拨款 50 + 其他资金 6 = 56, not 58")
    project(
        s,
        "蒲湾县老年象棋擂台赛",
        "蒲湾县老年人体育协会",
        funds(total, 50, 6),
        ["全年举办老年象棋擂台赛6站，参赛老人不少于900人次。"],
        dept="蒲湾县文体广电局（052）",
    )
    over = mk(pct(1.05), "T106", "error", note="an acceptance rate cannot exceed 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="an injury rate is 反向: ≤ expected")
    rows = [
        ("产出指标", "数量指标", "擂台赛站数", "≥", 6, "站"),
        (None, None, "参赛老人人次", "≥", 900, "人次"),
        (None, "质量指标", "赛事组织验收合格率", "≥", over, "%"),
        (None, "时效指标", "末站完赛时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "每站办赛成本", "≤", 8, "万元/站"),
        ("效益指标", "社会效益指标", "比赛期间伤病发生率", wrong, pct(0.02), "%"),
        (None, "可持续影响指标", "乡镇象棋活动点", "≥", 15, "个"),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OP_HEAD, rows)
    return b


@variant(
    "wq03-go-points-labels",
    (5, 10),
    "project, NAT-2021, numbered labels with points, indicator points, 百分点 (correct)",
)
def wq03() -> Book:
    b, s = open_book()
    project(
        s,
        "栎江区老年围棋普及培训",
        "栎江区老干部活动中心",
        funds(20, 20, 0),
        ["开设老年围棋普及班6期，培训老人180人次，区内老年围棋参与率提高3个百分点。"],
        dept="栎江区委老干部局（203）",
    )
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "围棋普及班期数", "≥6期", 15),
        (None, None, "培训老人人次", "≥180人次", 15),
        (None, "（二）质量指标", "学员结业考核通过率", "≥90%", 10),
        (None, "（三）时效指标", "普及班开班时间", "2025年3月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训成本", "≤1000元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "区内老年围棋参与率提高", "≥3百分点", 15),
        (None, "（二）可持续影响指标", "结业学员组建的社区围棋队", "≥5支", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训老人满意度", "≥92%", 10),
        ("合计（100分）", None, None, None, 100),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    return b


@variant(
    "wq04-chess-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction, 指标方向 as operator, bare numbers, unit column",
)
def wq04() -> Book:
    b, s = open_book()
    project(
        s,
        "社区老年棋牌指导员培训",
        "澄溪市社会体育指导中心",
        funds(18, 15, 3),
        ["培训社区老年棋牌指导员60人，巡回指导社区棋牌室40次。"],
    )
    low = mk("≤", "T108", "warning", row=True, note="a 正向 count trained with ≤")
    high = mk("≥", "T108", "warning", row=True, note="a 反向 complaint rate with ≥")
    rows = [
        ("产出指标", "数量指标", "社区棋牌室巡回指导", "正向", "≥", 40, "次"),
        (None, None, "培训老年棋牌指导员", "正向", low, 60, "人"),
        (None, "质量指标", "指导员考核合格率", "正向", "≥", 90, "%"),
        (None, "时效指标", "培训结业时限", "反向", "≤", 9, "月"),
        (None, "成本指标", "人均培训补助", "反向", "≤", 800, "元/人"),
        ("效益指标", "社会效益指标", "棋牌活动纠纷投诉率", "反向", high, 2, "%"),
        (None, "可持续影响指标", "常态化活动站点", "正向", "≥", 15, "个"),
        ("满意度指标", "服务对象满意度指标", "参训老人满意度", "正向", "≥", 92, "%"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, rows)
    return b


@variant(
    "wq05-bridge-two-row-header",
    (7,),
    "project, NAT-2021, two-row header 绩效指标 / 绩效目标值 with a 评价标准 column (correct)",
)
def wq05() -> Book:
    b, s = open_book()
    project(
        s,
        "老年桥牌进社区活动",
        "澄溪市桥牌协会",
        funds(12, 10, 2),
        ["在30个社区开展老年桥牌入门活动，发放教学牌具300套。"],
    )
    s.row("绩效指标", None, None, "绩效目标值", "评价标准", merge=[(1, 3)])
    rows = [
        ("一级指标", "二级指标", "三级指标", None, None),
        ("产出指标", "数量指标", "覆盖社区", "≥30个", "每少1个扣0.5分"),
        (None, None, "发放教学牌具", "≥300套", "按发放台账核定"),
        (None, "质量指标", "活动记录完整率", "≥95%", "抽查台账"),
        (None, "时效指标", "入社区活动完成时间", "2025年10月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每套教学牌具采购单价", "≤150元/套", "按采购合同"),
        ("效益指标", "社会效益指标", "社区老年桥牌爱好者新增", "≥400人", "按登记名册"),
        ("满意度指标", "服务对象满意度指标", "社区老人满意度", "≥90%", "问卷调查"),
    ]
    s.table(rows, merged=(1, 2))
    return b


@variant(
    "wq06-mahjong-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标; a tier-2 left empty and a value without a name",
)
def wq06() -> Book:
    b, s = open_book()
    project(
        s,
        "老年健康棋牌（掼蛋）交流赛",
        "杉屿镇老年人协会",
        funds(8, 8, 0),
        ["举办镇级老年掼蛋交流赛4场，参赛老人不少于320人次。"],
        dept="杉屿镇人民政府（88）",
    )
    empty = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    rows = [
        ("产出指标", "数量指标", "交流赛场次", "≥4场"),
        (None, None, mk(None, "F110", "error", note="a value without its name"), "≥320人次"),
        (None, "质量指标", "赛事规程执行到位率", "≥95%"),
        (None, "时效指标", "交流赛完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "每场办赛成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "参赛老人结识新牌友人数", "≥100人"),
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
