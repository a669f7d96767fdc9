"""A public-library reading campaign (全民阅读): kcx07–kcx12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout768.common import (
    BUREAU,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout768.registry import variant
from tests.variants.kit import Book, day, mk, pct

LIB = "澜泽市图书馆"
TASKS = [
    ("全民阅读季", "阅读推广活动、读书会、阅读马拉松", 180, "举办阅读推广活动160场"),
    ("流动图书车", "流动图书车进乡镇、进社区", 120, "服务乡镇社区40个"),
    ("数字阅读平台", "数字资源采购与平台运维", 200, "数字资源访问量增长"),
]


@variant(
    "kcx07-reading-department",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels "
    "(一、（一）), tasks adding to 项目支出, a rate raised in 百分点, a footnote on the total "
    "(correct)",
)
def reading_department() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=LIB,
        budget=[(1200, 1100, 100, 700, 500)],
        tasks=[*TASKS, ("金额合计", None, 500, None)],
        goal="目标1：举办阅读推广活动160场；目标2：流动图书车服务乡镇社区40个；"
        "目标3：数字阅读服务提质增效。",
    )
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "1.阅读推广活动场次", "≥160场"),
        (None, None, "2.流动图书车服务乡镇社区数量", "≥40个"),
        (None, "（二）质量指标", "3.新购图书编目差错率", "≤0.5%"),
        (None, "（三）时效指标", "4.新书上架周期", "≤15个工作日"),
        ("二、成本指标", "（一）经济成本指标", "5.流动图书车年运行费用", "≤120万元"),
        ("三、效益指标", "（一）社会效益指标", "6.全市居民综合阅读率", "提高≥2百分点"),
        (None, None, "7.持证读者年借阅量", "≥150万册次"),
        ("四、满意度指标", "（一）服务对象满意度指标", "8.读者满意度", pct(0.92)),
    ])  # fmt: skip
    notes(
        s,
        "注：1.金额合计500万元为三项年度主要任务之和，等于项目支出，不含基本支出。",
        "2.综合阅读率以上年抽样调查结果为基数，提高幅度按百分点计。",
    )
    sign(s, "柯予宁", "0579-86120583", day(YEAR - 1, 11, 20))
    return b


@variant(
    "kcx08-reading-tasks-wrong",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, "
    "the goal's event count against the indicator, a count under 质量",
)
def reading_tasks_wrong() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("全民阅读季", "阅读推广活动、读书会", 150, "举办阅读推广活动200场"),
        ("少儿阅读", "绘本馆建设、亲子阅读", 90, "建成社区绘本馆10个"),
        ("古籍保护", "古籍修复与数字化", 70, "修复古籍300册"),
        ("金额合计", None, mk(330, "B102", "error", note="150 + 90 + 70 = 310，不是330"), None),
    ]
    department_head(
        s,
        year=YEAR,
        dept="澜泽市少年儿童图书馆",
        budget=[(800, 760, 40, 470, 330)],
        tasks=tasks,
        goal="举办阅读推广活动200场，建成社区绘本馆10个，修复古籍300册。",
    )
    indicators(s, [
        ("产出指标", "数量指标", "阅读推广活动场次",
         mk("≥150场", "D104", "warning", row=True, note="任务和年度总体目标都写200场")),
        (None, None, "古籍修复数量", "≥300册"),
        (None, "质量指标", mk("社区绘本馆建成数量", "F201", "warning", row=True,
                              note="数量填在质量指标下"), "≥10个"),
        (None, None, "古籍修复验收合格率", "≥95%"),
        (None, "时效指标", "绘本馆开放时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单个绘本馆建设费用", "≤9万元/个"),
        ("效益指标", "社会效益指标", "少儿读者证新增数量", "≥5000张"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


SCORE = ("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "指标分值")


@variant(
    "kcx09-reading-points",
    (7, 10),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）, "
    "a tier-1 score column and indicator scores both adding to 100 (correct)",
)
def reading_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="城市书房建设运营",
        dept=BUREAU,
        unit=LIB,
        money=one_year(wan(260), wan(260), wan(0)),
        goals=["新建城市书房8家（柘塘区3家、鹭汀县5家），城市书房年接待读者60万人次。"],
    )
    indicators(s, [
        ("产出指标", 50, "数量指标", "新建城市书房数量", "≥8家", 20),
        (None, None, None, "城市书房新增藏书", "≥4万册", 10),
        (None, None, "质量指标", "书房图书上架准确率", "≥98%", 10),
        (None, None, "时效指标", "书房建成开放时间", "2026年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单家书房建设费用", "≤30万元/家", 10),
        ("效益指标", 30, "社会效益指标", "城市书房年接待读者", "≥60万人次", 15),
        (None, None, None, "书房夜间开放率", "提高≥10百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "读者满意度", "≥90%", 10),
    ], header=SCORE, merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与指标分值各自合计100分，考核时按指标分值计分。")
    return b


@variant(
    "kcx10-reading-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column: one tier's "
    "indicator scores not adding to its score, the same indicator twice under two tier-2s",
)
def reading_points_wrong() -> Book:
    b, s = book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="“书香澜泽”阅读马拉松",
        dept=BUREAU,
        unit=LIB,
        money=one_year(wan(80), wan(70), wan(10)),
        goals=["举办全市阅读马拉松赛事2场，参赛读者不少于3000人。"],
    )
    indicators(s, [
        ("产出指标",
         mk(50, "W103", "error", note="15 + 15 + 10 + 15 = 55，不是50", alt=("W101",)), "数量指标",
         "阅读马拉松举办场次", "≥2场", 15),
        (None, None, None, "参赛读者人数", "≥3000人", 15),
        (None, None, "质量指标", "赛事完赛率", "≥85%", 10),
        (None, None, "时效指标", "赛事举办完成时间", "2026年11月30日前", 15),
        ("成本指标", 10, "经济成本指标", "单场赛事费用", "≤40万元/场", 10),
        ("效益指标", 30, "社会效益指标",
         mk("阅读马拉松参赛读者人数", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与数量指标“参赛读者人数”是同一指标，值不同"), "≥2500人", 15),
        (None, None, None, "赛事线上关注人次", "≥20万人次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参赛读者满意度", "≥90%", 10),
    ], header=SCORE, merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计105，与上面的W103是同一问题")
    return b


@variant(
    "kcx11-reading-second-sheet",
    (7, 11),
    "project: head on the first sheet, indicators on "
    "a second sheet under 预期实现值 with operators in words and a unit column; a 下降率 with "
    "大于等于 and a 破损率 with 小于等于 (correct)",
)
def reading_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="流动图书车进乡村",
        dept=BUREAU,
        unit=LIB,
        money=one_year(wan(120), wan(120), wan(0)),
        goals=["流动图书车服务乡镇社区40个、年服务读者8万人次，借还书等候时间明显缩短。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 12, 12, 10))
    t.title("流动图书车进乡村绩效指标", 6)
    indicators(t, [
        ("产出指标", "数量指标", "服务乡镇社区数量", "大于等于", 40, "个"),
        (None, None, "年服务读者人次", "大于等于", 8, "万人次"),
        (None, "质量指标", "流通图书破损率", "小于等于", 1, "%"),
        (None, "时效指标", "每月到点服务次数", "大于等于", 2, "次"),
        ("成本指标", "经济成本指标", "单次出车费用", "小于等于", 1500, "元/次"),
        ("效益指标", "社会效益指标", "读者借还书等候时间下降率", "大于等于", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "乡村读者满意度", "大于等于", 90, "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
               "计量单位"))  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kcx12-reading-flat-wrong",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值): weights not adding to 100, a rate given as a count, the goal's "
    "reader count against the indicator",
)
def reading_flat_wrong() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="澜泽市图书馆鹭汀分馆",
        budget=[(260, 240, 20, 180, 80)],
        goal="新增注册读者8000人，举办分馆阅读活动60场，数字资源访问量稳步增长。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("新增注册读者人数", 20, "人", "≥",
         mk(6000, "D104", "warning", row=True, note="年度总体目标写新增8000人")),
        ("分馆阅读活动场次", 20, "场", "≥", 60),
        ("读者证办理覆盖率", 15, "张", "≥",
         mk(3000, "T105", "error", alt=("T112",), note="覆盖率给成了张数")),
        ("图书外借量", 15, "万册次", "≥", 12),
        ("读者投诉率", 10, "%", "≤", 1),
        ("读者满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+20+15+15+10+15 = 95，不是100")
    return b
