"""One project per export (kz01–kz08): the system's flat export, edited by hand."""

from __future__ import annotations

from dataclasses import replace

from tests.variants.holdout94 import sets
from tests.variants.holdout94.common import (
    book,
    export_meta,
    footer,
    one_year_money,
    project,
    table,
    yuan,
)
from tests.variants.holdout94.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

LA = ("t1", "t2", "name", "dir", "op", "val", "unit", "code")
LB = ("code", "t1", "t2", "name", "op", "val", "unit", "dir")
LD = ("t1", "t2", "name", "op", "val", "unit", "w", "dir", "code")


@variant("kz01-training-export", (2,), "project export in 元, merged tiers, 指标方向 · 比较符 · "
         "指标值 · 计量单位, hidden 指标编码 column, print footer")  # fmt: skip
def kz01() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标申报表", 8)
    export_meta(s, 2026, "318004", "枫岙县人力资源和社会保障局")
    project(s, year=2026, code="33112426000000318004001", name="职业技能提升培训补贴",
            dept="枫岙县人力资源和社会保障局（318）", unit="枫岙县就业服务中心",
            money_rows=one_year_money(yuan(2_000_000), yuan(1_700_000), yuan(300_000)),
            goals=("组织开展职业技能提升培训，"
                   "提高参训人员技能水平和就业能力，按规定及时发放培训补贴。",))  # fmt: skip
    table(s, LA, sets.training(1200, 1500, 40), code="Z318004001")
    footer(s)
    return b


@variant("kz02-roads-filled", (2,), "project export in 元, code columns first, tiers filled in "
         "every row, 指标方向 last")  # fmt: skip
def kz02() -> Book:
    b, s = book((22, 12, 14, 28, 10, 14, 12, 10))
    s.title("2026年度项目支出绩效目标表", 8)
    export_meta(s, 2026, "412001", "柘溪县交通运输局")
    project(s, year=2026, code="33112726000000412001003", name="农村公路日常养护",
            dept="柘溪县交通运输局（412）", unit="柘溪县公路养护中心", attr="常年项目",
            money_rows=one_year_money(yuan(1_900_000), yuan(1_900_000), yuan(0)),
            goals=("完成全县农村公路日常养护和危桥加固，"
                   "保持路况稳定，保障群众安全便捷出行。",))  # fmt: skip
    table(s, LB, sets.roads(620, 2800, 3), code="Z412001003", merged=False)
    footer(s, "2025-11-20 09:15:33")
    return b


@variant("kz03-health-money-wrong", (2,), "project export in 元: 年度资金总额 ≠ "
         "财政拨款 + 其他资金, a rate given as a count")  # fmt: skip
def kz03() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标申报表", 8)
    export_meta(s, 2026, "506002", "檀岭县卫生健康局")
    total = mk(yuan(2_100_000), "B101", "error",
               note="1,800,000 + 250,000 = 2,050,000, not 2,100,000")  # fmt: skip
    project(s, year=2026, code="33112826000000506002002", name="老年人健康体检及健康管理",
            dept="檀岭县卫生健康局（506）", unit="檀岭县疾病预防控制中心",
            money_rows=one_year_money(total, yuan(1_800_000), yuan(250_000)),
            goals=("为辖区老年人提供免费健康体检和健康管理服务，"
                   "提高老年人健康管理水平。",))  # fmt: skip
    rows = sets.health(15000, 120, 9000)
    rows[3] = replace(rows[3], val=mk(8600, "T105", "error", note="建档率 as 8600 份"), unit="份")
    table(s, LA, rows, code="Z506002002")
    footer(s, "2025-11-21 16:03:48")
    return b


@variant("kz04-meals-weights", (2,), "project export in 元 with a 分值 column adding to 100, "
         "merged tiers")  # fmt: skip
def kz04() -> Book:
    b, s = book((14, 16, 28, 10, 12, 12, 8, 10, 14))
    s.title("2026年度项目支出绩效目标申报表", 9)
    export_meta(s, 2026, "207003", "岑川县教育局")
    project(s, year=2026, code="33112526000000207003005", name="农村义务教育学生营养改善计划",
            dept="岑川县教育局（207）", unit="岑川县学生资助管理中心", attr="常年项目",
            money_rows=one_year_money(yuan(3_400_000), yuan(3_400_000), yuan(0)),
            goals=("保障农村义务教育阶段学生在校就餐，"
                   "改善学生营养状况，确保食品安全。",))  # fmt: skip
    table(s, LD, sets.meals(3200, 1000, 24), code="Z207003005")
    footer(s, "2025-11-19 11:27:02")
    return b


@variant("kz05-rivers-direction-dup", (2, 11), "project export in 元, tiers filled: a 反向 cost "
         "with ≥, one indicator listed twice")  # fmt: skip
def kz05() -> Book:
    b, s = book((22, 12, 14, 28, 10, 14, 12, 10))
    s.title("2026年度项目支出绩效目标表", 8)
    export_meta(s, 2026, "605001", "梓湾县水利局")
    project(s, year=2026, code="33112926000000605001001", name="县域河道日常保洁",
            dept="梓湾县水利局（605）", unit="梓湾县河道管理所", attr="常年项目",
            money_rows=one_year_money(yuan(820_000), yuan(820_000), yuan(0)),
            goals=("落实河长制，"
                   "完成县域河道日常保洁和巡查，保持河面清洁、水质稳定。",))  # fmt: skip
    rows = sets.rivers(86, 9000)
    rows[4] = replace(rows[4], op=mk("≥", "T108", "warning", row=True))
    dup = replace(rows[2], name=mk("保洁考核达标率", "D101", "warning", row=True))
    rows.insert(4, dup)
    table(s, LB, rows, code="Z605001001", merged=False)
    footer(s, "2025-11-20 14:40:51")
    return b


@variant("kz06-culture-two-pages", (2,), "project export in 元, merged tiers, page footer "
         "with 打印时间 and 第1页")  # fmt: skip
def kz06() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标申报表", 8)
    export_meta(s, 2026, "702004", "浔阳岭县文化广电旅游体育局")
    project(s, year=2026, code="33113026000000702004002", name="乡镇综合文化站免费开放补助",
            dept="浔阳岭县文化广电旅游体育局（702）", unit="浔阳岭县文化馆", attr="常年项目",
            money_rows=one_year_money(yuan(650_000), yuan(600_000), yuan(50_000)),
            goals=("保障全县乡镇综合文化站免费开放，"
                   "丰富群众文化生活，提升基层公共文化服务水平。",))  # fmt: skip
    table(s, LA, sets.culture(12, 50000, 240, 60000), code="Z702004002")
    footer(s, "2025-11-22 10:05:19", "第 1 页 共 1 页")
    return b


@variant("kz07-roads-year-rate", (2,), "project export in 元: the 预算年度 cell says 2025 under a "
         "2026 title, a 合格率 above 100 %")  # fmt: skip
def kz07() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标申报表", 8)
    export_meta(s, mk(2025, "Y101", "error", note="title and dates say 2026"), "413002",
                "柘溪县交通运输局")  # fmt: skip
    project(s, year=2026, code="33112726000000413002004", name="农村公路危桥改造及安全防护",
            dept="柘溪县交通运输局（413）", unit="柘溪县农村公路管理所",
            money_rows=one_year_money(yuan(1_200_000), yuan(1_000_000), yuan(200_000)),
            goals=("完成农村公路日常养护和危桥加固改造，"
                   "完善安全防护设施，保障群众出行安全。",))  # fmt: skip
    rows = sets.roads(380, 2600, 4)
    rows[3] = replace(rows[3], op="≥", val=mk(pct(1.05), "T106", "error"))
    table(s, LA, rows, code="Z413002004")
    footer(s, "2025-11-20 17:21:40")
    return b


@variant("kz08-health-dates", (2,), "project export in 元, tiers filled, plan dates in Chinese "
         "date format, 其他资金 0")  # fmt: skip
def kz08() -> Book:
    b, s = book((22, 12, 14, 28, 10, 14, 12, 10))
    s.title("2026年度项目支出绩效目标表", 8)
    export_meta(s, 2026, "507001", "檀岭县卫生健康局")
    project(s, year=2026, code="33112826000000507001006", name="基本公共卫生服务老年人健康管理",
            dept="檀岭县卫生健康局（507）", unit="檀岭县人民医院",
            start=day(2026, 1, 1, CN_DATE), end=day(2026, 12, 31, CN_DATE),
            money_rows=one_year_money(yuan(1_100_000), yuan(1_100_000), yuan(0)),
            goals=("开展老年人健康体检和家庭医生签约服务，"
                   "规范健康档案管理。",))  # fmt: skip
    table(s, LB, sets.health(8000, 130, 5000), code="Z507001006", merged=False)
    footer(s, "2025-11-21 08:52:12")
    return b
