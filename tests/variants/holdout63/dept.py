"""Department (部门整体) returns from the budget system: a cover sheet with the unit's totals,
tiered tables with 1/0 flags and the export's long column list, and flat department lists with
an indicator code in front."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout63 import sets
from tests.variants.holdout63.common import Ind, cell, header, rows, sign, with_mark
from tests.variants.holdout63.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day


def cover(
    b: Book, *, year: int, code: str, unit: str, budget: Sequence[Any], nproj: int, who: str
) -> None:
    """The cover sheet with the unit's totals."""
    s = b.sheet("封面", (20, 34))
    s.title(f"{year}年部门预算绩效目标申报材料", 2)
    s.skip()
    total, fiscal, other, basic, project = budget
    for label, value in (
        ("单位编码", code),
        ("单位名称", unit),
        ("预算年度", f"{year}年"),
        ("资金总额（万元）", C(total, "0.00")),
        ("其中：财政拨款（万元）", C(fiscal, "0.00")),
        ("其他资金（万元）", C(other, "0.00")),
        ("基本支出（万元）", C(basic, "0.00")),
        ("项目支出（万元）", C(project, "0.00")),
        ("项目个数", f"{nproj}个"),
        ("单位负责人", who),
        ("填报日期", day(year - 1, 11, 28, CN_DATE)),
    ):
        s.row(label, value)


MARKET_TASKS = [
    (
        "食品安全监督抽检",
        "全年抽检食品2600批次，不合格食品核查处置",
        C(312, "0.00"),
        "抽检2600批次，评价性抽检合格率98%以上",
    ),
    (
        "特种设备安全监管",
        "电梯、锅炉、压力容器等特种设备监督检查",
        C(96, "0.00"),
        "监督检查420台次",
    ),
    ("市场监管执法办案", "“双随机、一公开”抽查及案件查办", C(148, "0.00"), "抽查市场主体380户次"),
    ("12315投诉举报处置", "消费投诉举报受理、调解和回访", C(64, "0.00"), "按时办结率98%以上"),
    ("智慧监管平台运维", "监管信息系统及快检设备运维", C(100, "0.00"), "系统全年稳定运行"),
    ("金额合计", None, C(720, "0.00"), None),
]


@variant(
    "ju11-cover-department",
    (12,),
    "department, NAT-2021: a cover sheet with the unit's "
    "totals, then the 部门整体 table (budget, key tasks adding to 项目支出, tiers merged, "
    "指标方向 · 比较符 · 指标值 · 计量单位 · 分值)",
)
def ju11() -> Book:
    b = Book()
    budget = (2860, 2780, 80, 2140, 720)
    cover(
        b,
        year=2027,
        code="318021",
        unit="桐岭县市场监督管理局",
        budget=budget,
        nproj=5,
        who="沈国梁",
    )
    s = b.sheet("部门整体绩效目标", (14, 14, 28, 12, 10, 12, 12, 8))
    department_head(
        s,
        year=2027,
        dept="桐岭县市场监督管理局",
        budget=[[C(v, "0.00") for v in budget]],
        tasks=MARKET_TASKS,
        goal="全年完成食品安全监督抽检2600批次，评价性抽检合格率98%以上；特种设备监督"
        "检查420台次；消费投诉按时办结率98%以上，消费者满意度90%以上。",
    )
    keys = ["t1", "t2", "name", "dir", "op", "num", "unit", "pts"]
    s.row(*header(keys, num="指标值"))
    s.table(rows(sets.MARKET, keys, fill=False), merged=(1, 2))
    sign(s, "沈国梁", day(2026, 11, 28, CN_DATE))
    return b


CULTURE_TASKS = [
    ("文化惠民演出", "送戏下乡、广场文艺演出260场次", C(480, "0.00"), "演出260场次"),
    ("图书馆购书及运行", "新增藏书、免费开放运行", C(260, "0.00"), "新增藏书2.4万册"),
    ("全民健身赛事", "举办各级全民健身赛事活动", C(300, "0.00"), "赛事活动36场"),
    ("文物保护", "不可移动文物巡查、维修", C(240, "0.00"), "巡查全覆盖"),
    ("公共文化场馆免费开放", "文化馆、博物馆免费开放补助", C(200, "0.00"), "接待85万人次"),
    ("金额合计", None, C(1480, "0.00"), None),
]
CULTURE_GOAL = (
    "全年组织文化惠民活动260场次、全民健身赛事36场，公共文化场馆接待85万人次，"
    "群众文化活动参与者满意度90%以上。"
)


@variant(
    "ju12-cover-department-defects",
    (12,),
    "department, NAT-2021, cover sheet and 部门整体 "
    "table: 财政拨款 + 其他资金 ≠ 资金总额, no 满意度指标, a 比例 given in 万人",
)
def ju12() -> Book:
    b = Book()
    budget = (3460, 3400, 80, 1980, 1480)
    cover(
        b,
        year=2027,
        code="352006",
        unit="泸湾市文化广电旅游体育局",
        budget=budget,
        nproj=5,
        who="蔡明远",
    )
    b.file_mark("B101", "error", note="资金总额 3460 ≠ 财政拨款 3400 + 其他资金 80")
    s = b.sheet("部门整体绩效目标", (14, 14, 28, 12, 10, 12, 12, 8))
    department_head(
        s,
        year=2027,
        dept="泸湾市文化广电旅游体育局",
        budget=[[C(v, "0.00") for v in budget]],
        tasks=CULTURE_TASKS,
        goal=CULTURE_GOAL,
    )
    inds = [i for i in sets.CULTURE if i.t1 != "满意度指标"]
    inds[0] = replace(inds[0], pts=18)
    inds[7] = replace(inds[7], pts=18)
    inds[8] = with_mark(
        replace(inds[8], val=42, unit="万人"),
        "num",
        "T105",
        "error",
        row=True,
        note="锻炼人数比例 given as 42万人",
    )
    assert sum(i.pts for i in inds) == 100
    b.file_mark("F106", "error", note="no 满意度指标")
    keys = ["t1", "t2", "name", "dir", "op", "num", "unit", "pts"]
    s.row(*header(keys, num="指标值"))
    s.table(rows(inds, keys, fill=False), merged=(1, 2))
    sign(s, "蔡明远", day(2026, 11, 28, CN_DATE))
    return b


def flat(inds: Sequence[Ind]) -> list[list[Any]]:
    """A flat department list: 指标编码 · 指标名称 · 指标方向 · 比较符 · 指标值 · 计量单位 ·
    权重 · 是否核心指标."""
    keys = ["name", "dir", "op", "num", "unit", "pts", "core"]
    return [[f"ZB{n:03d}", *[cell(i, k) for k in keys]] for n, i in enumerate(inds, start=1)]


FLAT_HEADER = [
    "指标编码",
    "指标名称",
    "指标方向",
    "比较符",
    "指标值",
    "计量单位",
    "权重（%）",
    "是否核心指标",
]


@variant(
    "ju13-flat-department",
    (3,),
    "department, a flat list without tiers (指标编码 ZB001 … "
    "· 指标名称 · 指标方向 · 比较符 · 指标值 · 计量单位 · 权重 · 是否核心指标 1/0), weights "
    "add to 100",
)
def ju13() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 28, 12, 10, 12, 12, 10, 10))
    department_head(
        s,
        year=2027,
        dept="梧溪市档案馆",
        budget=[[C(v, "0.00") for v in (1280, 1250, 30, 760, 520)]],
        tasks=[
            ("档案接收与保管", "接收进馆档案、库房管理", C(150, "0.00"), "接收1.8万卷"),
            ("档案数字化加工", "馆藏档案扫描及著录", C(130, "0.00"), "扫描260万页"),
            ("档案开放鉴定与编研", "开放鉴定、编研出版", C(90, "0.00"), "鉴定4.2万件"),
            ("档案查阅利用服务", "查档接待、远程查档", C(60, "0.00"), "服务9500人次"),
            ("库房设施运维", "温湿度控制、消防安防运维", C(90, "0.00"), "库房安全"),
            ("金额合计", None, C(520, "0.00"), None),
        ],
        goal="全年接收档案1.8万卷，完成档案数字化扫描260万页，馆藏档案数字化率达到"
        "75%，提供查阅利用服务9500人次。",
    )
    s.row("年度绩效指标", None, None, None, None, None, None, None, merge=[(1, 8)])
    s.row(*FLAT_HEADER)
    s.table(flat(sets.ARCHIVE))
    s.row(None, "合计", None, None, None, None, 100)
    sign(s, "冯雅琴", day(2026, 11, 19, CN_DATE))
    return b


@variant(
    "ju14-flat-department-defects",
    (3,),
    "department, flat list with indicator codes: "
    "weights add to 105, one indicator twice with two values, a 数字化率 given in 万卷",
)
def ju14() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 28, 12, 10, 12, 12, 10, 10))
    department_head(
        s,
        year=2027,
        dept="桐岭县档案馆",
        budget=[[C(v, "0.00") for v in (980, 960, 20, 610, 370)]],
        tasks=[
            ("档案接收与保管", "接收进馆档案、库房管理", C(100, "0.00"), "接收1.8万卷"),
            ("档案数字化加工", "馆藏档案扫描及著录", C(95, "0.00"), "扫描200万页"),
            ("档案开放鉴定与编研", "开放鉴定、编研出版", C(70, "0.00"), "鉴定4.2万件"),
            ("档案查阅利用服务", "查档接待、远程查档", C(45, "0.00"), "服务9500人次"),
            ("库房设施运维", "温湿度控制、消防安防运维", C(60, "0.00"), "库房安全"),
            ("金额合计", None, C(370, "0.00"), None),
        ],
        goal="全年接收档案1.8万卷，完成档案数字化扫描200万页，提供查阅利用服务9500人次。",
    )
    inds = list(sets.ARCHIVE)
    inds[1] = replace(inds[1], val=200)
    inds[2] = with_mark(
        replace(inds[2], val=6.5, unit="万卷"),
        "num",
        "T105",
        "error",
        row=True,
        note="数字化率 given as 6.5万卷",
    )
    inds[3] = replace(inds[3], pts=15)
    inds[8] = replace(inds[8], pts=5)
    inds.insert(
        4,
        with_mark(
            replace(inds[0], val=20000, pts=5),
            "name",
            "D102",
            "error",
            row=True,
            note="接收档案进馆 twice: ≥18000卷 and ≥20000卷",
        ),
    )
    assert sum(i.pts for i in inds) == 105
    b.file_mark("W101", "error", note="weights add up to 105")
    s.row("年度绩效指标", None, None, None, None, None, None, None, merge=[(1, 8)])
    s.row(*FLAT_HEADER)
    s.table(flat(inds))
    s.row(None, "合计", None, None, None, None, 105)
    sign(s, "马俊杰", day(2026, 11, 19, CN_DATE))
    return b


@variant(
    "ju17-department-long-columns",
    (3, 12),
    "department, NAT-2021, the export's long "
    "column list with tiers filled down (指标解释 · 指标值设定依据 · 评（扣）分标准 · 数据来源 · "
    "分值 · 指标方向 · 比较符 · 指标值 · 计量单位 · 是否核心指标 · 是否必填 as 1/0)",
)
def ju17() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标05-3", (12, 12, 26, 22, 12, 26, 12, 6, 8, 8, 10, 10, 8, 8))
    department_head(
        s,
        year=2027,
        dept="白鹭区文化和旅游体育局",
        budget=[[C(v, "0.00") for v in (3460, 3380, 80, 1980, 1480)]],
        tasks=CULTURE_TASKS,
        goal=CULTURE_GOAL,
    )
    keys = [
        "t1",
        "t2",
        "name",
        "expl",
        "basis",
        "rule",
        "src",
        "pts",
        "dir",
        "op",
        "num",
        "unit",
        "core",
        "flag",
    ]
    s.row(*header(keys, num="指标值"))
    s.table(rows(sets.CULTURE, keys))
    sign(s, "孙慧敏", day(2026, 11, 23, CN_DATE))
    return b


@variant(
    "ju18-department-defects",
    (1, 11),
    "department, NAT-2021, tiers merged, value with "
    "unit and a unit column: an amount in 万元 against the unit 件, a 反向 time limit with ≥, "
    "one indicator twice with two values",
)
def ju18() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (14, 14, 28, 14, 10, 10, 6, 24))
    tasks = list(MARKET_TASKS)
    tasks[2] = (*tasks[2][:2], C(168, "0.00"), tasks[2][3])
    tasks[-1] = ("金额合计", None, C(740, "0.00"), None)
    department_head(
        s,
        year=2027,
        dept="梧溪市市场监督管理局",
        budget=[[C(v, "0.00") for v in (3120, 3020, 100, 2380, 740)]],
        tasks=tasks,
        goal="全年完成食品安全监督抽检2600批次，特种设备监督检查420台次，消费投诉"
        "按时办结率98%以上。",
    )
    inds = list(sets.MARKET)
    inds[1] = replace(inds[1], pts=5)
    inds[2] = replace(inds[2], pts=6)
    inds[5] = with_mark(
        replace(inds[5], op="≥"),
        "value",
        "T108",
        "warning",
        row=True,
        note="处理时限 is 反向 but uses ≥",
    )
    inds[8] = with_mark(
        inds[8],
        "value",
        "T112",
        "error",
        row=True,
        note="≥150万元 against the unit column 件 (written below)",
    )
    inds.insert(
        3,
        with_mark(
            replace(inds[0], val=2800, pts=5),
            "name",
            "D102",
            "error",
            row=True,
            note="食品安全监督抽检 twice: ≥2600批次 and ≥2800批次",
        ),
    )
    assert sum(i.pts for i in inds) == 100
    keys = ["t1", "t2", "name", "value", "unit", "dir", "pts", "expl"]
    s.row(*header(keys, value="指标值"))
    out = rows(inds, keys, fill=False)
    n = next(k for k, i in enumerate(inds) if i.name == "挽回消费者经济损失")
    out[n][4] = "件"
    s.table(out, merged=(1, 2))
    sign(s, "钱卫东", day(2026, 11, 26, CN_DATE))
    return b
