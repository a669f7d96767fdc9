"""Department money blocks, notes and page breaks, points at two levels, a budget-system
export on a second sheet and conversion artefacts (wq13–wq18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout397.common import (
    YEAR,
    funds,
    notes,
    open_book,
    project,
    signature,
    table,
    wan,
)
from tests.variants.holdout397.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _dept_rows(games: str, sites: str) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "老年棋牌赛事", games),
        (None, None, "新建老年棋牌活动点", sites),
        (None, "质量指标", "活动点器材验收合格率", "≥95%"),
        (None, "时效指标", "赛事计划完成时间", "2025年12月25日前"),
        ("成本指标", "经济成本指标", "活动点建设补助标准", "≤3万元/个"),
        ("效益指标", "社会效益指标", "老年人经常参加棋牌活动比例", "≥35%"),
        (None, "可持续影响指标", "活动点年开放天数", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"),
    ]


@variant(
    "wq13-department-money",
    (12,),
    "department, NAT-2021: budget split two ways, key tasks adding to 金额合计 (correct)",
)
def wq13() -> Book:
    b, s = open_book("部门整体")
    tasks = [
        ("老年棋牌赛事", "举办桥牌、围棋、象棋赛事12场", wan(45), "参赛老人≥2000人次"),
        ("活动点建设", "新建乡镇老年棋牌活动点10个", wan(30), "活动点开放≥300天"),
        ("指导员培训", "培训老年棋牌指导员150人次", wan(15), "考核合格率≥90%"),
        ("金额合计", None, wan(90), None),
    ]
    department_head(
        s,
        year=YEAR,
        dept="澄溪市老年人体育协会",
        tasks=tasks,
        budget=[[wan(260), wan(230), wan(30), wan(170), wan(90)]],
        goal="办好全市老年棋牌赛事，新建乡镇活动点10个，培训指导员150人次。",
    )
    table(s, DEPT_HEAD, _dept_rows("≥12场", "≥10个"))
    return b


@variant(
    "wq14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def wq14() -> Book:
    b, s = open_book("部门整体")
    tasks = [
        ("老年棋牌赛事", "举办县级棋牌赛事8场", wan(40), "参赛老人≥1200人次"),
        ("活动点建设", "新建村级棋牌活动点8个", wan(24), "活动点开放≥300天"),
        ("指导员培训", "培训棋牌指导员100人次", wan(12), "考核合格率≥90%"),
        ("金额合计", None, mk(wan(80), "B102", "error", note="40 + 24 + 12 = 76"), None),
    ]
    total = mk(wan(220), "B101", "error", note="基本支出 130 + 项目支出 80 = 210, not 220")
    department_head(
        s,
        year=YEAR,
        dept="蒲湾县老年人体育协会",
        tasks=tasks,
        budget=[[total, wan(200), wan(20), wan(130), wan(80)]],
        goal="组织县级老年棋牌赛事8场，新建村级棋牌活动点8个。",
    )
    table(s, DEPT_HEAD, _dept_rows("≥8场", "≥8个"))
    return b


@variant(
    "wq15-notes-page-break",
    (4,),
    "department, NAT-2021, weights: note row, header repeated, 合计, 注, signature (correct)",
)
def wq15() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="栎江区老干部活动中心",
        budget=[[wan(150), wan(140), wan(10), wan(110), wan(40)]],
        goal="开展老干部桥牌、围棋活动，年内组织交流赛10场。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "老干部棋牌交流赛", "≥10场", 20),
            (None, None, "桥牌、围棋兴趣班", "≥4个", 10),
            (None, "质量指标", "兴趣班出勤率", "≥85%", 10),
            (None, "时效指标", "交流赛完成时间", "2025年11月30日前", 10),
        ],
        merged=(1, 2),
    )
    notes(s, "（注：交流赛含与兄弟区老干部活动中心的友谊赛3场）", width=5)
    s.skip()
    s.row(*head)
    s.table(
        [
            ("成本指标", "经济成本指标", "每场交流赛成本", "≤2万元/场", 10),
            ("效益指标", "社会效益指标", "老干部经常参加文体活动比例", "≥60%", 15),
            (None, "可持续影响指标", "老干部棋牌队伍", "≥6支", 15),
            ("满意度指标", "服务对象满意度指标", "老干部满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：项目支出40万元中，交流赛20万元、兴趣班20万元。",
        "填表说明：指标值应可衡量；权重合计为100。",
        width=5,
    )
    signature(s, "包静秋", "0761-27405186", day(YEAR - 1, 11, 18, CN_DATE))
    return b


@variant(
    "wq16-go-points-wrong",
    (5, 10),
    "project, NAT-2021, tier-1 and indicator score columns: one tier short, a wrong parent",
)
def wq16() -> Book:
    b, s = open_book()
    project(
        s,
        "老年围棋段位升级赛",
        "澄溪市围棋协会",
        funds(16, 16, 0),
        ["举办老年围棋段位升级赛4场，参赛老人不少于400人次。"],
    )
    short = mk(30, "W103", "error", note="效益 declared 30, its indicators 15 + 10 = 25")
    parent = mk("时效指标", "F105", "error", note="时效 belongs under 产出指标")
    rows = [
        ("产出指标", 50, "数量指标", "升级赛场次", "≥4场", 20),
        (None, None, None, "参赛老人人次", "≥400人次", 15),
        (None, None, "质量指标", "段位评定复核准确率", "≥98%", 15),
        ("成本指标", 10, "经济成本指标", "每场办赛成本", "≤4万元/场", 10),
        ("效益指标", short, "社会效益指标", "新获段位老人", "≥120人", 15),
        (None, None, parent, "证书发放时限", "≤15个工作日", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参赛老人满意度", "≥90%", 10),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="the same shortfall seen as a 95 total")
    return b


@variant(
    "wq17-export-second-sheet",
    (7, 12),
    "budget-system export: 05-1 money sheet, 05-2 indicators with codes, header row 3 (correct)",
)
def wq17() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 22, 16, 22, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(
        "417003001", "澄溪市围棋协会", "41700325A0117", "老年围棋段位赛", wan(15), wan(12), wan(3)
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 12, 16, 26, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：澄溪市围棋协会")
    rows = [
        ("41700325A0117", "老年围棋段位赛", "产出指标", "数量指标", "参赛老人", "≥300人"),
        (None, None, None, "质量指标", "段位评定复核准确率", "≥98%"),
        (None, None, None, "时效指标", "段位证书发放时限", "≤15个工作日"),
        (None, None, "成本指标", "经济成本指标", "人均办赛成本", "≤500元/人"),
        (None, None, "效益指标", "社会效益指标", "参赛老人中新获段位比例", "≥40%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥90%"),
    ]
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    table(t, head, rows, merged=(1, 2, 3, 4))
    return b


@variant(
    "wq18-pdf-artefacts",
    (9,),
    "project, OLD-NAT, operator column: split number, a text date serial, a unit cost of 0",
)
def wq18() -> Book:
    b, s = open_book()
    split = mk("18.562 5", "X105", "warning", alt=("X103",), note="18.5625 split by a space")
    serial = mk("46022", "X104", "warning", note="2025-12-31 left as a serial in a text cell")
    zero = mk(money(0), "T115", "error", note="0.03万元/人 rounded to 0 in a 2-decimal cell")
    rows = [
        ["年度资金总额", split, "其中：财政拨款", wan(15)],
        ["其他资金", money(3.5625, '0.0000"万元"'), None, None],
    ]
    project(
        s,
        "老年桥牌段位赛",
        "杉屿镇老年人协会",
        rows,
        ["举办老年桥牌段位赛2场，参赛老人不少于500人次。"],
        end=serial,
    )
    rows2 = [
        ("产出指标", "数量指标", "段位赛场次", "≥", 2, "场"),
        (None, None, "参赛老人人次", "≥", 500, "人次"),
        (None, "质量指标", "裁判持证上岗率", "≥", pct(0.95), "%"),
        (None, "时效指标", "段位公示时限", "≤", 10, "个工作日"),
        (None, "成本指标", "人均参赛补助", "≤", zero, "万元/人"),
        ("效益指标", "社会效益指标", "参赛老人新获段位比例", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows2)
    return b
