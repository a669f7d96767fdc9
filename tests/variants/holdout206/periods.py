"""教师培训 over several years (中期 and 年度 columns) and 学前教育 projects stacked in one sheet
(ph11, ph12, ph13, ph14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout206.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout206.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("ph11-rural-teacher-three-years", (8,), "three-year project 2026–2028, NAT-2021, 中期 "
         "and 年度 columns: counts 900/300, a 中期 deadline in 2028, 400元/人·天 × 5天 × 人次 "
         "equal to both columns' money, a share up ≥3/≥1百分点 (correct)")  # fmt: skip
def ph11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="乡村教师素质提升培训项目（国培计划配套）",
        dept="临溪县教育局（301）", unit="临溪县教师发展中心",
        money=period_money((wan(180), wan(150), wan(30)), (wan(60), wan(50), wan(10))),
        goals=["2026年至2028年累计培训乡村教师900人次，开展送教下乡活动36场，"
               "覆盖全县60所乡村学校。",
               "2026年培训乡村教师300人次，开展送教下乡活动12场，覆盖乡村学校20所。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训乡村教师人次", "≥900人次", "≥300人次"),
        (None, None, "送教下乡活动场次", "≥36场", "≥12场"),
        (None, None, "覆盖乡村学校数", "≥60所", "≥20所"),
        (None, None, "人均集中培训天数", "≥5天", "≥5天"),
        (None, "质量指标", "参训教师结业考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "集中培训综合标准", "≤400元/人·天", "≤400元/人·天"),
        ("效益指标", "社会效益指标", "乡村学校县级以上骨干教师占比提高", "≥3百分点",
         "≥1百分点"),
        (None, "可持续影响指标", "乡村学校校本研修制度", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨帆", "吴晓梅", "0596-32217760")
    return b


@variant("ph12-it-training-annual-above", (8,), "two-year project 2026–2027, NAT-2021, 中期 and "
         "年度 columns: 培训教师人数 年度 ≥1500人 above 中期 ≥1200人; 参训教师考核合格率 under "
         "质量指标 and again under 社会效益指标 with the same values")  # fmt: skip
def ph12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="中小学教师信息技术应用能力提升培训项目",
        dept="白沙河区教育局（208）", unit="白沙河区教师进修学校", attr="新增项目",
        money=period_money((wan(200), wan(200), wan(0)), (wan(100), wan(100), wan(0))),
        goals=["2026年至2027年分24个班次培训中小学教师，提升教师信息技术应用能力。",
               "2026年开办培训班12个，完成年度培训任务。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训中小学教师人数", "≥1200人",
         mk(mk("≥1500人", "D201", "error", note="the year cannot train more than the period"),
            "B107", "warning", row=True, required=False,
            note="a product of the wrong count with a standard")),
        (None, None, "开办培训班次", "≥24班", "≥12班"),
        (None, "质量指标", ok("参训教师考核合格率", note="the first of the two rows"), "≥90%",
         "≥90%"),
        (None, "时效指标", "年度培训完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个培训班次成本", "≤5万元/班", "≤5万元/班"),
        ("效益指标", "社会效益指标",
         mk("参训教师考核合格率", "D101", "warning", row=True, alt=("D102", "D103"),
            note="the same indicator as under 质量指标"), "≥90%", "≥90%"),
        (None, None, "信息化教学常态化应用教师比例", "≥80%", "≥60%"),
        (None, "可持续影响指标", "教师信息技术校本研修机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ph13-preschool-stacked", (2, 12), "two one-year projects stacked, NAT-2021, one value "
         "column: 800元/生·年 × 5000人 = 400万元 and 10万元/所 × 12所 = 120万元, each equal to "
         "its money; 家长满意度 in both with different values (correct)")  # fmt: skip
def ph13() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="公办幼儿园生均公用经费补助项目", dept="临溪县教育局（301）",
        unit="临溪县教育局学前教育股", title="2026年度学前教育项目支出绩效目标表",
        money=one_year_money(wan(400), wan(400), wan(0)),
        goals=["按每生每年800元标准，为全县公办幼儿园5000名在园幼儿拨付生均公用经费，"
               "保障幼儿园正常运转。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助公办幼儿园在园幼儿数", "≥5000人"),
        (None, "质量指标", "经费拨付准确率", pct(1)),
        (None, "时效指标", "经费拨付完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "学前教育生均公用经费标准", "≤800元/生·年"),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%"),
        (None, "可持续影响指标", "公办幼儿园经费保障机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="普惠性民办幼儿园奖补项目", dept="临溪县教育局（301）",
        unit="临溪县教育局学前教育股", title="",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["对认定的12所普惠性民办幼儿园按每所10万元给予奖补，扩大普惠性学前教育资源。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖补普惠性民办幼儿园数", "≥12所"),
        (None, "质量指标", "年检合格幼儿园占比", "=100%"),
        (None, "时效指标", "奖补资金拨付时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "普惠性民办幼儿园奖补标准", "≤10万元/所"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ph14-preschool-stacked-defects", (2, 12), "two one-year projects stacked, NAT-2021, one "
         "value column: 1000元/生·年 × 4500人 = 450万元 above the first project's 400万元, a "
         "培训覆盖率 written ≥300人 in the second")  # fmt: skip
def ph14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="学前教育生均公用经费项目", dept="白沙河区教育局（208）",
        unit="白沙河区教育局", title="2026年度项目支出绩效目标申报表（学前教育）",
        money=one_year_money(wan(400), wan(360), wan(40)),
        goals=["对全区公办幼儿园在园幼儿4500人按每生每年1000元标准拨付生均公用经费。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "公办幼儿园在园幼儿数",
         mk("≥4500人", "B107", "warning", row=True, required=False,
            note="the count half of the standard × 人数 product")),
        (None, "质量指标", "经费使用合规率", "=100%"),
        (None, "时效指标", "经费拨付完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "学前教育生均公用经费标准",
         mk("≤1000元/生·年", "B107", "warning", row=True,
            note="4500人 × 1000元 = 450万元 > 年度资金总额 400万元")),
        ("效益指标", "社会效益指标", "公办园在园幼儿占比", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="幼儿园保教人员全员培训项目", dept="白沙河区教育局（208）",
        unit="白沙河区教师进修学校", title="",
        money=one_year_money(wan(30), wan(30), wan(0)),
        goals=["对全区幼儿园保教人员开展全员培训，每人培训不少于40学时。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人均培训学时", "≥40学时"),
        (None, "质量指标", "保教人员培训覆盖率",
         mk("≥300人", "T105", "error", note="a 覆盖率 needs a percentage, not a head count")),
        (None, "时效指标", "培训完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤1000元/人"),
        ("效益指标", "社会效益指标", "幼儿园保教质量评估达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训保教人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何佳宁", "谢振东", "0597-22819342")
    return b
