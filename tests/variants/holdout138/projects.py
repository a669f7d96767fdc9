"""Project returns as offices send them: a 封面 and a 填报说明 before the table, formula totals
with cached values, money in custom and accounting formats, one sheet per project and a 汇总."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout138.office import (
    ACC,
    FX,
    NOTES,
    WANF,
    OfficeBook,
    OfficeSheet,
    cover,
    frame,
    lists,
    notes,
    sign,
)
from tests.variants.holdout138.registry import variant
from tests.variants.kit import CN_DATE, day, mk, money, pct


def money_rows(
    r: int,
    total: float,
    fiscal: float,
    other: float,
    fmt: str,
    period: tuple[float, float, float] | None = None,
) -> list[list[Any]]:
    """Three money lines starting at row ``r`` (columns C and E), the totals as formulas."""
    p = period or (total, fiscal, other)
    return [
        [
            "年度资金总额",
            FX(f"=C{r + 1}+C{r + 2}", fmt, cached=total),
            "中期资金总额",
            FX(f"=E{r + 1}+E{r + 2}", fmt, cached=p[0]),
        ],
        ["其中：财政拨款", money(fiscal, fmt), "其中：财政拨款", money(p[1], fmt)],
        ["其他资金", money(other, fmt), "其他资金", money(p[2], fmt)],
    ]


@variant(
    "mr01-cover-notes-logo",
    (1, 4, 7),
    "project, NAT-2021: 封面 and 填报说明 sheets, the table under a four-row logo area, operator "
    'and unit columns, formula totals with cached values, #,##0.00"万元", comments, hidden '
    "dropdown sheet, frozen panes and print titles",
)
def mr01() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标申报表", "岚溪市鹤湾区民政局", 2026, "2025年10月28日")
    notes(b, NOTES)
    s = b.sheet("绩效目标表", (14, 16, 28, 10, 14, 12, 24))
    s.skip(4)  # the logo sits here
    project_head(
        s,
        year=2026,
        name="鹤湾区社区居家养老服务补助",
        dept="岚溪市鹤湾区民政局（312）",
        unit="鹤湾区养老服务指导中心",
        money=money_rows(9, 186.5, 150, 36.5, WANF),
        goals=[
            "为辖区1200名以上老年人提供助餐服务，开展上门照护服务18000人次，新建社区助餐点6个，"
            "提升居家养老服务可及性和老年人获得感。"
        ],
    )
    s.note(11, 3, "其他资金为区慈善总会定向捐赠。")
    head = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "助餐服务老年人数", "≥", 1200, "人", None],
        [None, None, "上门照护服务人次", "≥", 18000, "人次", None],
        [None, None, "新建社区助餐点", "=", 6, "个", "石屏、鹤湾、江口等街道"],
        [None, "质量指标", "助餐点食品安全检查合格率", "=", pct(1), "%", None],
        [None, None, "照护服务规范达标率", "≥", pct(0.95), "%", None],
        [None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%", "按季度拨付"],
        [None, None, "助餐点建成投用时间", "≤", day(2026, 9, 30, CN_DATE), None, None],
        ["成本指标", "经济成本指标", "助餐补贴标准", "≤", 8, "元/人·餐", None],
        [None, None, "上门照护服务单价", "≤", 45, "元/小时", None],
        ["效益指标", "社会效益指标", "辖区独居老人助餐覆盖率", "≥", pct(0.6), "%", None],
        [None, None, "服务中老年人意外事件发生率", "≤", pct(0.02), "%", None],
        [None, "可持续影响指标", "社区养老服务长效运营机制", "定性", "健全", None, None],
        ["满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥", pct(0.9), "%", None],
        [None, None, "老年人家属满意度", "≥", pct(0.88), "%", None],
    ]
    last = s.table(rows, merged=(1, 2))
    s.note(head + 8, 5, "按区民政局2025年第3号文件标准执行。")
    frame(s, f"{head}:{head}", f"D{head + 1}")
    sign(s, "何晓岚", "0739-6152208", "2025年10月28日")
    lists(b, s, f"A{head + 1}:A{last}")
    return b


def project_sheet(
    b: OfficeBook,
    title: str,
    *,
    name: str,
    unit: str,
    money: list[list[Any]],
    goal: str,
    rows: list[list[Any]],
    logo: int = 0,
) -> OfficeSheet:
    """One project on its own sheet: head, a four-column indicator table, signatures."""
    s = b.sheet(title, (14, 16, 30, 18, 18, 18))
    s.skip(logo)
    project_head(
        s,
        year=2026,
        name=name,
        dept="岚溪市澄川县农业农村局（207）",
        unit=unit,
        money=money,
        goals=[goal],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "罗振宇", "0739-7321546", "2025年11月3日")
    return s


FIELDS = [
    ["产出指标", "数量指标", "高标准农田管护面积", "≥3.2万亩", None],
    [None, None, "灌排渠道清淤长度", "≥46公里", None],
    [None, "质量指标", "管护后灌排设施完好率", "≥90%", None],
    [None, None, "工程维修验收合格率", pct(1), None],
    [None, "时效指标", "汛前清淤完成时间", "2026年5月31日前", None],
    [None, "成本指标", "亩均管护成本", "≤120元/亩", "含渠道、机耕路、泵站管护"],
    ["效益指标", "经济效益指标", "项目区粮食亩产增加", "≥30公斤", None],
    [None, "社会效益指标", "受益农户数", "≥5600户", None],
    [None, "生态效益指标", "项目区化肥施用量增长率", "≤0%", "零增长"],
    [None, "可持续影响指标", "农田设施管护责任落实机制", "健全", None],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None],
]

VILLAGES = [
    ["产出指标", "数量指标", "农村公厕改造数量", "=24座", None],
    [None, None, "垃圾收运车辆购置数量", "=12辆", None],
    [None, "质量指标", "改厕验收合格率", "≥95%", None],
    [None, None, "农村生活垃圾无害化处理率", "≥90%", None],
    [None, "时效指标", "公厕改造完成时间", "2026年10月底前", None],
    [None, "成本指标", "公厕改造单座补助标准", "≤6万元/座", None],
    ["效益指标", "社会效益指标", "行政村生活垃圾收运覆盖率", pct(1), None],
    [None, "生态效益指标", "生活污水乱排乱放点位减少数", "≥30个", None],
    [None, "可持续影响指标", "村庄保洁长效机制", "建立并执行", None],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None],
]


def summary(
    b: OfficeBook, dept: str, lines: list[tuple[str, Any, Any, Any]], off: bool = False
) -> OfficeSheet:
    """A 汇总 sheet: one line per project sheet and a formula 合计 with cached values (``off``:
    the 合计 inherits a project's wrong total, a finding there is tolerated)."""
    s = b.sheet("汇总", (8, 36, 16, 16, 16))
    s.title(f"2026年度{dept}项目支出绩效目标汇总表", 5)
    s.row("单位：万元")
    s.row("序号", "项目名称", "资金总额", "其中：财政拨款", "其他资金")
    top = s.r + 1
    for i, (name, total, fiscal, other) in enumerate(lines, start=1):
        s.row(i, name, total, fiscal, other)
    end = s.r
    sums = [
        sum(float(x[k].cached if isinstance(x[k], FX) else x[k]) for x in lines) for k in (1, 2, 3)
    ]
    cells: list[Any] = [
        FX(f"=SUM({c}{top}:{c}{end})", ACC, cached=round(v, 2))
        for c, v in zip("CDE", sums, strict=True)
    ]
    if off:
        cells[0] = mk(cells[0], "B101", "error", required=False, note="follows the typed 260")
    s.row(None, "合计", *cells)
    return s


@variant(
    "mr02-summary-and-sheets",
    (2, 12),
    "two projects on sheets of their own after a 汇总 sheet with a formula 合计 in 会计专用 "
    "format, OLD-NAT, one value column, a 封面 first",
)
def mr02() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标表", "澄川县农业农村局", 2026, "2025年11月3日")
    summary(
        b,
        "澄川县农业农村局",
        [
            ("高标准农田建设管护", FX("='项目1'!C5", ACC, cached=420), 380, 40),
            ("农村人居环境整治提升", FX("='项目2'!C5", ACC, cached=265.8), 265.8, 0),
        ],
    )
    project_sheet(
        b,
        "项目1",
        name="高标准农田建设管护",
        unit="澄川县农田建设服务中心",
        money=money_rows(5, 420, 380, 40, ACC),
        goal="完成3.2万亩高标准农田设施管护和46公里灌排渠道清淤，保障项目区灌排畅通、粮食稳产增产。",
        rows=FIELDS,
    )
    project_sheet(
        b,
        "项目2",
        name="农村人居环境整治提升",
        unit="澄川县乡村建设促进中心",
        money=money_rows(5, 265.8, 265.8, 0, ACC),
        goal="改造农村公厕24座，购置垃圾收运车辆12辆，实现行政村生活垃圾收运全覆盖。",
        rows=VILLAGES,
    )
    return b


@variant(
    "mr03-summary-total-typed",
    (2, 12),
    "two projects on sheets of their own after a 汇总 sheet; the second project's annual total is "
    "typed over its formula and exceeds its parts",
)
def mr03() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标表", "岚溪市文化广电旅游局", 2026, "2025年10月30日")
    summary(
        b,
        "岚溪市文化广电旅游局",
        [
            ("公共文化场馆免费开放", FX("='场馆开放'!C7", ACC, cached=150), 120, 30),
            (
                "非物质文化遗产保护传承",
                mk(
                    FX("='非遗保护'!C7", ACC, cached=260),
                    "B101",
                    "error",
                    required=False,
                    note="follows the typed 260 on its sheet",
                ),
                200,
                50,
            ),
        ],
        off=True,
    )
    halls = [
        [
            "产出指标",
            "数量指标",
            "免费开放场馆数量",
            "=5个",
            "图书馆、文化馆、美术馆、博物馆、科技馆",
        ],
        [None, None, "全年开放天数", "≥300天", None],
        [None, None, "举办公益展览讲座", "≥120场", None],
        [None, "质量指标", "场馆安全检查合格率", pct(1), None],
        [None, "时效指标", "免费开放补助资金拨付时间", "2026年6月30日前", None],
        [None, "成本指标", "单馆年度运行补助", "≤30万元/个", None],
        ["效益指标", "社会效益指标", "场馆年接待人次", "≥85万人次", None],
        [None, None, "未成年人参观人次占比", "≥30%", None],
        [None, "可持续影响指标", "场馆免费开放服务规范", "完备", None],
        ["满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", None],
    ]
    heritage = [
        ["产出指标", "数量指标", "非遗项目记录整理", "≥12项", None],
        [None, None, "代表性传承人带徒传艺", "≥40人", None],
        [None, None, "非遗进校园活动", "≥24场", None],
        [None, "质量指标", "影像记录成果验收合格率", "≥95%", None],
        [None, "时效指标", "记录成果提交时间", "2026年11月30日前", None],
        [None, "成本指标", "传承人传习补助标准", "≤1.2万元/人·年", None],
        ["效益指标", "社会效益指标", "参与非遗体验活动人次", "≥1.5万人次", None],
        [None, "可持续影响指标", "非遗传承人梯队", "逐步完善", None],
        ["满意度指标", "服务对象满意度指标", "传承人及学员满意度", "≥90%", None],
    ]
    project_sheet(
        b,
        "场馆开放",
        name="公共文化场馆免费开放",
        unit="岚溪市文化馆",
        logo=2,
        money=money_rows(7, 150, 120, 30, ACC),
        goal="5个公共文化场馆全年免费开放不少于300天，举办公益展览讲座120场以上。",
        rows=halls,
    )
    m = money_rows(7, 250, 200, 50, ACC)
    m[0][1] = mk(
        money(260, ACC),
        "B101",
        "error",
        note="年度资金总额 260 typed over its formula; 200 + 50 = 250",
    )
    m[0][3] = mk(
        money(260, ACC), "B101", "error", note="中期资金总额 260 typed likewise; 200 + 50 = 250"
    )
    project_sheet(
        b,
        "非遗保护",
        name="非物质文化遗产保护传承",
        unit="岚溪市非遗保护中心",
        logo=2,
        money=m,
        goal="完成12项非遗项目记录整理，传承人带徒40人，开展非遗进校园24场。",
        rows=heritage,
    )
    return b
