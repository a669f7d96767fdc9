"""Multi-year projects with 年度 and 中期 values side by side (kz14–kz18)."""

from __future__ import annotations

from dataclasses import replace

from tests.variants.holdout94 import sets
from tests.variants.holdout94.common import (
    book,
    export_meta,
    footer,
    multi_money,
    project,
    table,
    yuan,
)
from tests.variants.holdout94.registry import variant
from tests.variants.kit import Book, day, mk

LC = ("t1", "t2", "name", "dir", "op", "mid", "val", "unit", "code")
LE = ("code", "t1", "t2", "name", "dir", "unit", "op", "val", "mid")
WIDE = (14, 16, 28, 10, 10, 14, 14, 10, 14)
CODE_FIRST = (22, 12, 14, 28, 10, 10, 10, 14, 14)


@variant("kz14-farmland-three-years", (2, 8), "three-year project in 元, 中期 and 年度 value "
         "columns side by side, merged tiers")  # fmt: skip
def kz14() -> Book:
    b, s = book(WIDE)
    s.title("2026年度项目支出绩效目标申报表", 9)
    export_meta(s, 2026, "801002", "篁溪县农业农村局")
    project(s, year=2026, years=3, code="33113126000000801002001", name="高标准农田建设",
            dept="篁溪县农业农村局（801）", unit="篁溪县农田建设服务中心", attr="新增项目",
            money_rows=multi_money((yuan(55_800_000), yuan(49_800_000), yuan(6_000_000)),
                                   (yuan(18_600_000), yuan(16_600_000), yuan(2_000_000))),
            goals=("三年内新建高标准农田，完善灌排设施，提升项目区粮食综合生产能力。",
                   "本年度完成首批高标准农田建设任务，同步改善灌溉条件。"))  # fmt: skip
    table(s, LC, sets.farmland((12000, 36000), 1500, (4000, 12000), (3000, 9000)),
          code="Z801002001")  # fmt: skip
    footer(s, "2025-11-24 10:41:36")
    return b


@variant("kz15-farmland-period-copied", (2, 8), "three-year project: the 中期 values of the "
         "cumulative counts copied into 年度")  # fmt: skip
def kz15() -> Book:
    b, s = book(WIDE)
    s.title("2026年度项目支出绩效目标申报表", 9)
    export_meta(s, 2026, "802001", "篁溪县农业农村局")
    project(s, year=2026, years=3, code="33113126000000802001003", name="丘陵山区高标准农田提升",
            dept="篁溪县农业农村局（802）", unit="篁溪县农田建设服务中心", attr="新增项目",
            money_rows=multi_money((yuan(37_200_000), yuan(33_000_000), yuan(4_200_000)),
                                   (yuan(12_400_000), yuan(11_000_000), yuan(1_400_000))),
            goals=("三年内完成丘陵山区高标准农田提升改造，改善农田基础设施条件。",
                   "本年度完成首批丘陵山区农田提升改造任务。"))  # fmt: skip
    rows = sets.farmland((8000, 24000), 1500, (2500, 7500), (2000, 6000))
    note = "the 中期 value copied into 年度 in a three-year project"
    rows[0] = replace(rows[0], val=mk(24000, "D202", "warning", note=note))
    rows[1] = replace(rows[1], val=mk(7500, "D202", "warning", note=note))
    rows[6] = replace(rows[6], val=mk(6000, "D202", "warning", note=note))
    rows[4] = replace(rows[4], val=mk(1500, "B107", "warning", row=True, required=False,
                                      note="24000 亩 × 1500 > budget"))  # fmt: skip
    table(s, LC, rows, code="Z802001003")
    footer(s, "2025-11-24 14:09:58")
    return b


@variant("kz16-elderly-two-years", (2, 8), "two-year project in 元, code column first, tiers "
         "filled, 年度 before 中期")  # fmt: skip
def kz16() -> Book:
    b, s = book(CODE_FIRST)
    s.title("2026年度项目支出绩效目标表", 9)
    export_meta(s, 2026, "905001", "芹塘县民政局")
    project(s, year=2026, years=2, code="33113226000000905001002", name="社区养老服务站建设",
            dept="芹塘县民政局（905）", unit="芹塘县养老服务指导中心", attr="新增项目",
            money_rows=multi_money((yuan(3_200_000), yuan(2_800_000), yuan(400_000)),
                                   (yuan(1_750_000), yuan(1_500_000), yuan(250_000))),
            goals=("两年内建成一批社区养老服务站，构建城乡社区居家养老服务网络。",
                   "本年度建成首批社区养老服务站并投入运营，开展助餐助浴服务。"))  # fmt: skip
    table(s, LE, sets.elderly((8, 15), 200000, (30000, 60000)), code="Z905001002",
          merged=False)  # fmt: skip
    footer(s, "2025-11-25 09:30:11")
    return b


@variant("kz17-elderly-start-annual", (2, 8), "two-year project: the plan starts in 2025 under "
         "a 2026 return, one annual count above its 中期 value")  # fmt: skip
def kz17() -> Book:
    b, s = book(CODE_FIRST)
    s.title("2026年度项目支出绩效目标表", 9)
    export_meta(s, 2026, "906002", "芹塘县民政局")
    start = mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",),
               note="项目期 2年 and 中期目标（2026年—2027年）")  # fmt: skip
    project(s, year=2026, years=2, code="33113226000000906002001",
            name="社区养老服务站建设（二期）", dept="芹塘县民政局（906）",
            unit="芹塘县养老服务指导中心", attr="新增项目",
            start=start,
            money_rows=multi_money((yuan(2_600_000), yuan(2_600_000), yuan(0)),
                                   (yuan(1_400_000), yuan(1_400_000), yuan(0))),
            goals=("两年内建成二期社区养老服务站，为社区老年人提供助餐助浴和照料服务。",
                   "本年度建成二期首批社区养老服务站并开展服务。"))  # fmt: skip
    rows = sets.elderly((6, 12), 200000, (20000, 40000))
    rows[1] = replace(rows[1], val=mk(48000, "D201", "error", note="中期 40000"))
    table(s, LE, rows, code="Z906002001", merged=False)
    footer(s, "2025-11-25 16:47:23")
    return b


@variant("kz18-farmland-second-county", (2, 8), "three-year project in 元, 中期 before 年度, "
         "merged tiers, print footer on page two")  # fmt: skip
def kz18() -> Book:
    b, s = book(WIDE)
    s.title("2026年度项目支出绩效目标申报表", 9)
    export_meta(s, 2026, "803001", "澜坪县农业农村局")
    project(s, year=2026, years=3, code="33113326000000803001002", name="高标准农田改造提升",
            dept="澜坪县农业农村局（803）", unit="澜坪县农业技术推广中心", attr="新增项目",
            money_rows=multi_money((yuan(40_500_000), yuan(36_000_000), yuan(4_500_000)),
                                   (yuan(13_500_000), yuan(12_000_000), yuan(1_500_000))),
            goals=("三年内完成高标准农田改造提升，配套灌排和田间道路设施，稳定粮食产能。",
                   "本年度完成首批改造提升任务，配套建设灌排设施。"))  # fmt: skip
    table(s, LC, sets.farmland((8000, 24000), 1600, (3000, 9000), (2000, 6000)),
          code="Z803001002")  # fmt: skip
    footer(s, "2025-11-24 17:55:02", "第 2 页 共 2 页")
    return b
