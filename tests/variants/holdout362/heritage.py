"""Craft-heritage returns (vh13–vh18): notes, template rows, tier labels, exports, artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout362.common import book, indicators, notes, one_year, sign, wan
from tests.variants.holdout362.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vh13-heritage-notes",
    (4,),
    "project, OLD-NAT, one value column: a note row inside the "
    "table, the header repeated after a page break, 填表说明 and signature lines (correct)",
)
def vh13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="埏陶手工制瓷技艺传承人扶持项目",
        dept="埏陶市文化广电旅游局（402）",
        unit="埏陶市非物质文化遗产保护中心",
        money=one_year(75, 75, 0),
        goals=["扶持25名手工制瓷技艺传承人带徒传艺，记录濒危工序影像资料。"],
    )
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "扶持制瓷技艺传承人", "≥25人"),
        (None, None, "传承人带徒人数", "≥75人"),
        (None, "质量指标", "带徒考核合格率", "≥85%"),
        (None, "时效指标", "传承补助发放时间", "2025年6月30日前"),
        (None, "成本指标", "每名传承人年度补助", "≤3万元/人"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：以下为效果类指标，续页。", merge=[(1, 4)])
    indicators(s, HEAD4, [
        ("效益指标", "社会效益指标", "濒危制瓷工序影像记录", "≥12项"),
        (None, "可持续影响指标", "传承人档案完备程度", "完备"),
        ("满意度指标", "服务对象满意度指标", "传承人及学徒满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, [
        "填表说明：1.指标值须量化；2.补助标准按《埏陶市非遗传承人扶持办法》执行。",
        "注：每名传承人年度补助3万元，25人合计75万元。",
    ])  # fmt: skip
    sign(s, "郁采薇", "0797-6348806", day(2024, 12, 23, CN_DATE))
    return b


@variant(
    "vh14-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template with no indicator, a value without a name",
)
def vh14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="窑湾古镇陶瓷老作坊修缮利用项目",
        dept="埏陶市住房和城乡建设局（318）",
        unit="窑湾镇人民政府",
        money=one_year(210, 180, 30),
        goals=["修缮8处清代陶瓷老作坊，改造为制瓷技艺展示工坊。"],
    )
    rows = [
        ("产出指标", "数量指标", "修缮陶瓷老作坊", "≥8处"),
        (
            None,
            None,
            mk(None, "F110", "error", note="a value with no indicator name"),
            "≥2400平方米",
        ),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (
            None,
            mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
            None,
            None,
        ),
        ("成本指标", "经济成本指标", "每处作坊修缮成本", "≤25万元/处"),
        ("效益指标", "社会效益指标", "展示工坊年接待游客", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "vh15-heritage-labels",
    (5, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, tier "
    "labels numbered, marked (★, *) and abbreviated (correct)",
)
def vh15() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="青花分水技艺研习营项目",
        dept="埏陶市文化广电旅游局（402）",
        unit="瓷源区文化馆",
        money=one_year(36, 30, 6),
        goals=["举办4期青花分水技艺研习营，培训青年画坯工120人次。"],
    )
    rows = [
        ("一、产出指标", "（一）数量", "1.研习营举办期数", "≥4期"),
        (None, None, "2.青年画坯工培训", "≥120人次"),
        (None, "（二）质量", "3.研习作品评审合格率", "≥80%"),
        (None, "（三）时效", "4.研习营完成时间", "2025年11月30日前"),
        (None, "（四）成本", "5.人均研习成本", "≤0.3万元/人次"),
        ("二、效益指标", "★社会效益", "6.学员作品参展件数", "≥60件"),
        (None, "*可持续影响", "7.青花分水技艺教学资料库", "建立并执行"),
        ("三、满意度指标", "满意度", "8.学员满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    return b


@variant(
    "vh16-wrong-parent",
    (5,),
    "project, NAT-2021, numbered labels: a tier-2 under the "
    "wrong tier-1 and a completion rate given as a count",
)
def vh16() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="柴窑烧制技艺数字化记录项目",
        dept="埏陶市文化广电旅游局（402）",
        unit="埏陶市非物质文化遗产保护中心",
        money=one_year(58, 58, 0),
        goals=["对柴窑满窑、烧窑、开窑全流程开展数字化记录，出版影像志1部。"],
    )
    rows = [
        ("一、产出指标", "1.数量指标", "柴窑烧制全流程影像记录", "≥3窑次"),
        (
            None,
            mk("2.社会效益指标", "F105", "error", alt=("F104",), note="belongs to 效益指标"),
            "技艺记录公众展映场次",
            "≥10场",
        ),
        (
            None,
            "3.质量指标",
            "影像素材归档完成率",
            mk("40小时", "T105", "error", note="a 完成率 given as hours"),
        ),
        (None, "4.时效指标", "影像志出版时间", "2025年12月31日前"),
        ("二、成本指标", "1.经济成本指标", "每窑次记录成本", "≤12万元/窑次"),
        ("三、效益指标", "1.可持续影响指标", "柴窑技艺数字档案", "建立并执行"),
        ("四、满意度指标", "1.服务对象满意度指标", "传承人满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "vh17-export-second-sheet",
    (7,),
    "budget-system export: money with project codes on "
    "sheet 05-1, the indicator table on sheet 05-2 under header 目标值（年度） (correct)",
)
def vh17() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：埏陶市陶瓷博物馆", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类型", "资金总额", "财政拨款", "其他资金")
    s.row("361202250017", "陶瓷博物馆馆藏古瓷修复项目", "一次性项目", wan(64), wan(60), wan(4))
    s.row("合计", None, None, wan(64), wan(60), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 14, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：埏陶市陶瓷博物馆")
    head = (
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "目标值（年度）",
        "计量单位",
    )
    rows = [
        (
            "361202250017",
            "陶瓷博物馆馆藏古瓷修复项目",
            "产出指标",
            "数量指标",
            "修复馆藏古瓷",
            "≥40",
            "件",
        ),
        (None, None, None, "质量指标", "修复文物鉴定验收合格率", pct(0.95), "%"),
        (None, None, None, "时效指标", "修复完成时间", "2025年11月30日前", None),
        (None, None, None, "成本指标", "单件古瓷修复成本", "≤1.5", "万元/件"),
        (None, None, "效益指标", "社会效益指标", "修复古瓷展出件数", "≥30", "件"),
        (None, None, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90", "%"),
    ]
    indicators(t, head, rows, merged=(1, 2, 3, 4))
    return b


@variant(
    "vh18-conversion-artefacts",
    (9,),
    "project, OLD-NAT, one value column: a total split "
    "by a space, a plan date as a text serial, a placeholder left in a rate",
)
def vh18() -> Book:
    b, s = book()
    total = mk("268.5 5", "X105", "warning", alt=("X103",), note="read as 268.55 = 240 + 28.55")
    project_head(
        s,
        year=2025,
        name="埏陶窑业遗址博物馆数字展陈项目",
        dept="埏陶市文物局（405）",
        unit="埏陶市陶瓷博物馆",
        money=one_year(total, 240, 28.55),
        end=mk("46022", "X104", "warning", note="the serial of 2025-12-31 stored as text"),
        goals=["建成窑业遗址数字展厅，完成120件窑具与瓷片三维采集。"],
    )
    rows = [
        ("产出指标", "数量指标", "窑具与瓷片三维采集", "≥120件"),
        (None, "质量指标", "三维模型验收合格率", mk("≥XX%", "X101", "error", note="placeholder")),
        (None, "时效指标", "数字展厅开放时间", "2025年12月31日前"),
        (None, "成本指标", "单件三维采集成本", "≤0.6万元/件"),
        ("效益指标", "社会效益指标", "数字展厅年接待观众", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b
