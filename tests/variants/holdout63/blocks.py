"""Several projects of one unit in one sheet, each in its own block (a compact head, then its
indicators), and single projects under two-line headers with 实施期 and 年度 columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.holdout63 import sets
from tests.variants.holdout63.common import Ind, export_head, header, rows, sign, with_mark
from tests.variants.holdout63.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day


def block(
    s: Sheet,
    *,
    code: str,
    name: str,
    attr: str,
    year: int,
    years: int,
    money: Sequence[Any],
    goal: str,
    inds: Sequence[Ind],
    keys: Sequence[str],
) -> None:
    """One project's block: 项目编码 and name, period, money, goal, then its indicators."""
    s.row("项目编码", code, "项目名称", name, "项目属性", attr)
    s.row(
        "项目期",
        f"{years}年",
        "起止时间",
        f"{year}年1月—{year + years - 1}年12月",
        "资金来源",
        "财政拨款、其他资金" if money[2] else "财政拨款",
    )
    total, fiscal, other = money[:3]
    annual = money[3] if len(money) > 3 else total
    s.row(
        "实施期资金总额（万元）",
        C(total, "0.00"),
        "其中：财政拨款",
        C(fiscal, "0.00"),
        "其他资金",
        C(other, "0.00"),
    )
    s.row("年度资金总额（万元）", C(annual, "0.00"), None, None, None, None)
    s.row("年度绩效目标", goal, None, None, None, None, merge=[(2, 6)])
    s.row(*header(keys))
    s.table(rows(inds, keys, fill=False), merged=(1, 2))
    s.skip()


BLOCK_KEYS = ["t1", "t2", "name", "value", "unit", "pts"]


@variant(
    "ju05-project-blocks",
    (2,),
    "two projects of one unit stacked in blocks in one sheet "
    "(项目编码 · 项目名称 · money · goal, then the indicators), NAT-2021, tiers merged, "
    "value with unit and a unit column, points add to 100 per project",
)
def ju05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (20, 14, 26, 16, 14, 10))
    s.title("桐岭县水利局2027年度项目支出绩效目标表", 6)
    s.row("单位：桐岭县水利局（318）", None, None, None, None, "金额单位：万元")
    s.skip()
    block(
        s,
        code="35042125000101",
        name="农村饮水工程维修养护",
        attr="延续项目",
        year=2027,
        years=1,
        money=(245, 245, 0),
        goal="完成42处农村集中供水工程维修养护和18公里老旧管网更新改造，保障6.8万农村人口"
        "饮水安全。",
        inds=sets.WATER,
        keys=BLOCK_KEYS,
    )
    block(
        s,
        code="35042125000102",
        name="农村生活污水治理",
        attr="新增项目",
        year=2027,
        years=1,
        money=(420, 400, 20),
        goal="完成14个行政村生活污水治理，新建收集管网26公里，农村生活污水治理率达到65%。",
        inds=sets.SEWAGE,
        keys=BLOCK_KEYS,
    )
    sign(s, "陈立川", day(2026, 11, 18, CN_DATE))
    return b


@variant(
    "ju06-project-blocks-defects",
    (2, 3),
    "three projects of one unit in blocks: the "
    "first without 满意度指标, the second's points add to 90, the third lists one indicator "
    "twice with two values",
)
def ju06() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (20, 14, 26, 16, 14, 10))
    s.title("桐岭县农业农村局2027年度项目支出绩效目标表", 6)
    s.row("单位：桐岭县农业农村局（330）", None, None, None, None, "金额单位：万元")
    s.skip()
    water = [i for i in sets.WATER if i.t1 != "满意度指标"]
    water[7] = replace(water[7], pts=15)
    water[9] = replace(water[9], pts=10)
    assert sum(i.pts for i in water) == 100
    block(
        s,
        code="35042125000611",
        name="农村饮水工程维修养护",
        attr="延续项目",
        year=2027,
        years=1,
        money=(245, 245, 0),
        goal="完成42处农村集中供水工程维修养护和18公里老旧管网更新改造。",
        inds=water,
        keys=BLOCK_KEYS,
    )
    b.file_mark("F106", "error", note="农村饮水工程维修养护 has no 满意度指标")
    sewage = list(sets.SEWAGE)
    sewage[7] = replace(sewage[7], pts=5)
    sewage[11] = replace(sewage[11], pts=5)
    block(
        s,
        code="35042125000612",
        name="农村生活污水治理",
        attr="新增项目",
        year=2027,
        years=1,
        money=(420, 400, 20),
        goal="完成14个行政村生活污水治理，新建收集管网26公里。",
        inds=sewage,
        keys=BLOCK_KEYS,
    )
    b.file_mark("W101", "error", note="农村生活污水治理: points add up to 90, not 100")
    farm = [replace(i, per=None) for i in sets.FARM]
    dup = with_mark(
        replace(farm[0], val=1.2, pts=5),
        "name",
        "D102",
        "error",
        row=True,
        note="新建高标准农田 twice: ≥1.0万亩 and ≥1.2万亩",
    )
    farm.insert(2, dup)
    farm[8] = replace(farm[8], pts=5)  # 受益农户
    assert sum(i.pts for i in farm) == 100
    block(
        s,
        code="35042125000613",
        name="高标准农田建设",
        attr="新增项目",
        year=2027,
        years=2,
        money=(3200, 3000, 200, 1600),
        goal="2027年新建高标准农田1.0万亩，新建改造灌排渠道22公里，受益农户4800户。",
        inds=farm,
        keys=BLOCK_KEYS,
    )
    sign(s, "邓国华", day(2026, 11, 21, CN_DATE))
    return b


def two_line_header(s: Sheet, first: int = 1) -> None:
    """绩效指标 over the tiers and 指标值 over the two value columns, names on the second row."""
    s.row(
        "绩效指标",
        None,
        None,
        "指标值",
        None,
        "计量单位",
        "指标方向",
        "分值",
        merge=[(1, 3), (4, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    for c in (6, 7, 8):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "ju15-two-line-header",
    (7, 8),
    "two-year project, NAT-2021, two-line header (绩效指标 "
    "over the tiers, 指标值 over 实施期 and 年度), values without units beside a unit column, "
    "annual counts half the period's",
)
def ju15() -> Book:
    b = Book()
    s = b.sheet("05-2项目绩效目标", (12, 12, 26, 14, 14, 10, 10, 8))
    export_head(
        s,
        year=2027,
        years=2,
        code="35048225000804",
        name="高标准农田建设",
        dept="泸湾市农业农村局（330）",
        unit="泸湾市农田建设服务中心",
        width=8,
        attr="新增项目",
        money=(3200, 3000, 200, 1600, 1500, 100),
        fmt=WAN,
        goals=[
            "2027—2028年新建高标准农田2.0万亩，新建改造灌排渠道46公里，项目区亩均"
            "粮食产能提高80公斤以上，受益农户9600户。",
            "2027年新建高标准农田1.0万亩，新建改造灌排渠道22公里，受益农户4800户。",
        ],
    )
    two_line_header(s)
    keys = ["t1", "t2", "name", "perbare", "bare", "unit", "dir", "pts"]
    s.table(rows(sets.FARM, keys, fill=False), merged=(1, 2))
    sign(s, "罗建平", day(2026, 11, 24, CN_DATE))
    return b


@variant(
    "ju16-two-line-header-defects",
    (8, 12),
    "three-year project, NAT-2021, two-line header: "
    "two cumulative counts copied from 实施期 into 年度, the annual budget above the period "
    "budget",
)
def ju16() -> Book:
    b = Book()
    s = b.sheet("05-2项目绩效目标", (12, 12, 26, 14, 14, 10, 10, 8))
    export_head(
        s,
        year=2027,
        years=3,
        code="35048225000915",
        name="城区道路桥梁养护提升",
        dept="泸湾市城市管理局（352）",
        unit="泸湾市市政设施养护中心",
        width=8,
        attr="新增项目",
        money=(1860, 1860, 0, 1960, 1960, 0),
        goals=[
            "2027—2029年完成道路中修96公里、危桥改造12座，优良中等路率达到85%。",
            "2027年完成道路中修32公里、危桥改造4座，优良中等路率达到83%。",
        ],
    )
    b.file_mark("B103", "error", note="年度资金总额 1960 > 实施期资金总额 1860")
    inds = [replace(i, name=i.name.replace("农村公路", "城区道路")) for i in sets.ROAD]
    inds[0] = with_mark(
        replace(inds[0], val=96),
        "bare",
        "D202",
        "warning",
        row=True,
        alt=("D104",),
        note="中修 96公里 copied from 实施期 into 年度 (goal text says 32)",
    )
    inds[1] = with_mark(
        replace(inds[1], val=12),
        "bare",
        "D202",
        "warning",
        row=True,
        alt=("D104",),
        note="危桥改造 12座 copied from 实施期 into 年度 (goal text says 4)",
    )
    two_line_header(s)
    keys = ["t1", "t2", "name", "perbare", "bare", "unit", "dir", "pts"]
    s.table(rows(inds, keys, fill=False), merged=(1, 2))
    sign(s, "韩志远", day(2026, 11, 26, CN_DATE))
    return b
