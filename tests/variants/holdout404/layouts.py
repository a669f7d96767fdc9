"""Returns on layouts: stacked projects, flat lists, tier labels as offices write them, notes
and signature rows, template rows left empty (items 2, 3, 4, 5, 6, 7, 13)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout404.common import DEPT, YEAR, book, indicators, notes, sign, w, wan
from tests.variants.holdout404.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "wx07-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, "
    "the same indicator name with different values in each project (correct)",
)
def wx07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苇塘乡麦秆画妇女工坊项目", dept=DEPT,
                 unit="苇塘乡巧手草编专业合作社", money=wan(30, 25, 5),
                 goals=["扶持麦秆画工坊，培训妇女画工60人。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训妇女画工", "≥60人"),
        (None, "成本指标", "人均培训补助", "≤5000元/人"),
        ("效益指标", "经济效益指标", "画工人均月增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="蒲川县妇女手工合作社规范化建设项目", dept=DEPT,
                 unit="蒲川县妇女手工合作社联合社", money=wan(45, 40, 5),
                 title=f"{YEAR}年度项目支出绩效目标申报表（二）",
                 goals=["指导15家妇女手工合作社完成规范化建设。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "规范化建设合作社", "≥15家"),
        (None, "质量指标", "合作社财务规范达标率", "≥95%"),
        (None, "成本指标", "每社规范化建设补助", "≤3万元/家"),
        ("效益指标", "社会效益指标", "带动入社妇女人数", "≥450人"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "岑玉兰", "0736-5812046")
    return b


@variant(
    "wx08-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up, a completion rate as a count",
)
def wx08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="禾垄乡稻草编织技能提升项目", dept=DEPT,
                 unit="禾垄乡金穗妇女草帽编织合作社", money=wan(28, 24, 4),
                 goals=["培训稻草编织妇女140人。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训稻草编织妇女", "≥140人"),
        (None, "成本指标", "人均培训成本", "≤2000元/人"),
        ("效益指标", "经济效益指标", "参训妇女人均年增收", "≥2500元"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(80), "B101", "error", note="60 + 15 = 75 ≠ 80")
    project_head(s, year=YEAR, name="柳湾镇妇女手工合作社社员培训项目", dept=DEPT,
                 unit="柳湾镇柳编妇女创业合作社", money=wan(total, 60, 15),
                 title=f"{YEAR}年度项目支出绩效目标申报表（二）",
                 goals=["分12期培训合作社社员，提升经营管理能力。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训合作社社员", "≥400人"),
        (None, "时效指标", "社员培训计划完成率",
         mk("12期", "T105", "error", note="a completion rate given as a count of sessions")),
        (None, "成本指标", "人均培训成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "社员经营管理能力提升", "显著"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "wx09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def wx09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="蒲川县妇女手工合作社联合社",
                    budget=[(w(150), w(120), w(30), w(40), w(110))],
                    goal="组织草编、柳编订单生产，带动农村妇女居家就业。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("承接编织订单金额", 20, "万元", "≥", 600),
        ("带动妇女居家就业人数", 20, "人", "≥", 1200),
        ("编织产品出厂合格率", 20, "%", "≥", pct(0.97)),
        ("产品退货率", 15, "%", "≤", pct(0.02)),
        ("订单按期交付率", 15, "%", "≥", pct(0.95)),
        ("社员满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "wx10-flat-defects",
    (3,),
    "department, flat list: weights add to 95 and a count "
    "indicator with 万元 against 人 in the unit column",
)
def wx10() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="芦花滩妇女手工合作社",
                    budget=[(w(90), w(70), w(20), w(25), w(65))],
                    goal="扩大玉米皮、蒲草编织生产，带动留守妇女就业。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("编织产品产量", 20, "件", "≥", 30000),
        ("带动留守妇女就业人数", 20, "人", "≥",
         mk("12万元", "T112", "error", alt=("T119",),
            note="万元 in the value against 人 in the unit column")),
        ("产品抽检合格率", 20, "%", "≥", pct(0.96)),
        ("订单按期交付率", 15, "%", "≥", pct(0.95)),
        ("社员满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 95)
    b.file_mark("W101", "error", note="20 + 20 + 20 + 15 + 20 = 95, not 100")
    return b


@variant(
    "wx11-labels-notes",
    (4, 5, 7),
    "project, NAT-2021, numbered tier labels with "
    "points, headers 指标内容 and 绩效标准, a note, 填表说明 and signature lines (correct)",
)
def wx11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="青蒲县草编非遗传承人带徒项目", dept=DEPT,
                 unit="青蒲县草编技艺传承中心", money=wan(20, 20, 0),
                 goals=["支持草编传承人带徒50名，举办草编作品展1场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.传承人带徒人数", "≥50人"),
        (None, None, "2.举办草编作品展", "≥1场"),
        (None, "（二）质量指标", "3.学徒考核通过率", "≥85%"),
        ("二、成本指标（20分）", "（一）经济成本指标", "4.每名学徒带徒补助", "≤4000元/人"),
        ("三、效益指标（20分）", "（一）社会效益指标", "5.作品展参观人次", "≥3000人次"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "6.学徒满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：预算执行率另计10分，不列入本表；各一级指标分值合计90分。")
    notes(s, "填表说明：1.绩效标准须填写比较符、数值和计量单位；2.本表一式两份。")
    sign(s, "韦桂芳", "0736-5863310", filled=day(YEAR - 1, 12, 5))
    return b


@variant(
    "wx12-template-rows",
    (5, 6, 13),
    "project, NAT-2021, numbered labels, header "
    "预期目标: an empty template tier-2, a nameless value, a tier-2 under the wrong tier-1",
)
def wx12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="柳湾镇妇女柳编合作社品牌建设项目", dept=DEPT,
                 unit="柳湾镇柳编妇女创业合作社", money=wan(32, 30, 2),
                 goals=["打造柳编区域品牌，开发新品20款。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("一、产出指标", "（一）数量指标", "开发柳编新品", "≥20款"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, mk("（二）时效指标", "F109", "warning", row=True,
                  note="tier-2 left from the template without indicator or value"), None, None),
        ("二、成本指标", "（一）经济成本指标", "每款新品开发成本", "≤1.6万元/款"),
        (None, mk("（二）质量指标", "F105", "error", note="质量指标 belongs under 产出指标"),
         "新品打样合格率", "≥90%"),
        ("三、效益指标", "（一）经济效益指标", "品牌产品销售额", "≥150万元"),
        ("四、满意度指标", "（一）服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙春燕", "0736-5849105")
    return b
