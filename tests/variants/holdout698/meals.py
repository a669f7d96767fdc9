"""Returns kaf07–kaf12: a home-visit meal delivery service (上门送餐)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout698.common import (
    budget,
    multi_year,
    new_book,
    note,
    one_year,
    signature,
    tiers,
    wan,
)
from tests.variants.holdout698.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "鹭汀镇居家养老服务中心"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kaf07-meals-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值), typed percent cells, 0起 on an incident count (correct)")  # fmt: skip
def kaf07() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="鹭汀镇居家养老服务中心",
                    budget=[budget(90, 90, 0, 30, 60)],
                    tasks=[("上门送餐", "为失能、独居老人上门送餐", 60, "送餐不少于36000份"),
                           ("金额合计", None, 60, None)],
                    goal="全年为180名失能、独居老人上门送餐不少于36000份。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("上门送餐份数", 20, "份", "≥", 36000),
        ("送餐服务老人数", 15, "人", "≥", 180),
        ("餐食抽检合格率", 15, "%", "=", pct(1.0)),
        ("送餐超时率", 10, "%", "≤", pct(0.05)),
        ("每份送餐补贴标准", 15, "元/份", "≤", 16),
        ("送餐食品安全事故", 10, "起", "=", 0),
        ("送餐老人满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("kaf08-meals-stacked", (2, 12), "two projects stacked in one sheet, OLD-NAT: the "
         "same indicator twice, two values; the second project's money not adding up")  # fmt: skip
def kaf08() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹭汀镇社区助餐点建设", dept="鹭汀镇人民政府",
                 unit=UNIT, money=one_year(30, 24, 6), attr="新增项目",
                 goals=["新建社区助餐点4个，全年助餐不少于15000人次。"])  # fmt: skip
    tiers(s, H4, [
        ("产出指标", "数量指标", "新建助餐点数量", "≥4个"),
        (None, None, "助餐服务人次", "≥15000人次"),
        (None, None, "助餐服务人次",
         mk("≥12000人次", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="同一指标两行，指标值不同；年度目标是15000人次")),
        (None, "质量指标", "助餐点食品安全检查合格率", "=100%"),
        (None, "时效指标", "助餐点建成时间", "2025年9月30日前"),
        (None, "成本指标", "单个助餐点建设补助", "≤6万元/个"),
        ("效益指标", "社会效益指标", "老人就近就餐便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(25), "B101", "error", note="财政拨款20 + 其他资金8 = 28 ≠ 25")
    project_head(s, year=2025, title="", name="鹭汀镇失能老人上门送餐",
                 dept="鹭汀镇人民政府", unit=UNIT,
                 money=one_year(total, 20, 8),
                 goals=["为60名失能老人上门送餐，全年不少于20000份。"])  # fmt: skip
    tiers(s, H4, [
        ("产出指标", "数量指标", "上门送餐份数", "≥20000份"),
        (None, None, "送餐服务失能老人数", "≥60人"),
        (None, "质量指标", "餐食留样率", "=100%"),
        (None, "时效指标", "送餐准时率", "≥95%"),
        (None, "成本指标", "每份送餐补贴", "≤12元/份"),
        ("效益指标", "社会效益指标", "失能老人营养状况", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "送餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf09-meals-operator-words", (11, 7), "project, OLD-NAT, header 考核指标 and "
         "绩效目标值, operators in words in 指标性质, unit column, a 下降率 with 大于等于, 0起 "
         "(correct)")  # fmt: skip
def kaf09() -> Book:
    b, s = new_book()
    goal = "为150户独居老人每日配送午餐，全年配送不少于40000份，配送超时率控制在3%以内。"
    project_head(s, year=2025, name="鹭汀镇独居老人助餐配送服务", dept="鹭汀镇人民政府",
                 unit=UNIT, money=one_year(36, 30, 6), goals=[goal])  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效目标值", "计量单位")
    tiers(s, header, [
        ("产出指标", "数量指标", "配送午餐份数", "大于等于", 40000, "份"),
        (None, None, "配送覆盖独居老人户数", "大于等于", 150, "户"),
        (None, "质量指标", "餐品抽检合格率", "等于", 100, "%"),
        (None, None, "配送食品安全事故", "等于", 0, "起"),
        (None, "时效指标", "配送超时率", "小于等于", 3, "%"),
        (None, "成本指标", "每份配送成本", "小于等于", 8.5, "元/份"),
        ("效益指标", "社会效益指标", "独居老人就餐困难发生下降率", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "大于等于", 92, "%"),
    ])  # fmt: skip
    return b


@variant("kaf10-meals-goal-against", (11, 12), "project, OLD-NAT, operator and unit columns: "
         "households below the goal's, a quality rate under 时效, a 2024 deadline")  # fmt: skip
def kaf10() -> Book:
    b, s = new_book()
    goal = ("为全镇260户独居高龄老人每日上门送餐，全年送餐不少于52000份，"
            "6月底前完成送餐车辆更新。")  # fmt: skip
    project_head(s, year=2025, name="鹭汀镇高龄老人上门送餐", dept="鹭汀镇人民政府",
                 unit=UNIT, money=one_year(40, 35, 5), goals=[goal])  # fmt: skip
    tiers(s, OPS, [
        ("产出指标", "数量指标", "上门送餐份数", "≥", 52000, "份"),
        (None, None, "送餐覆盖独居高龄老人户数", "≥",
         mk(200, "D104", "warning", row=True, note="年度目标是260户"), "户"),
        (None, "质量指标", "餐品留样率", "=", 100, "%"),
        (None, "时效指标", mk("餐品抽检合格率", "F201", "warning", row=True,
                              note="合格率是质量指标，填在时效下"), "≥", 98, "%"),
        (None, None, "送餐车辆更新完成时间", "≤",
         mk(day(2024, 6, 30), "Y102", "error", note="2025年度项目，日期停在2024年"), None),
        (None, "成本指标", "每份送餐补贴", "≤", 7, "元/份"),
        ("效益指标", "社会效益指标", "独居高龄老人意外及时发现率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "送餐老人满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kaf11-meals-second-sheet", (4, 7), "project: head on the first sheet, indicators on "
         "a second sheet under 指标内容 and 预期实现值, a part under its total, a note row, "
         "signature with last year's date (correct)")  # fmt: skip
def kaf11() -> Book:
    b, s = new_book("项目表")
    goal = "支持2个老年食堂运营，全年供餐不少于30000人次（其中上门送餐8000人次）。"
    project_head(s, year=2025, name="鹭汀镇老年食堂运营补助", dept="鹭汀镇人民政府",
                 unit=UNIT, money=one_year(24, 24, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 16, 14))
    t.title("鹭汀镇老年食堂运营补助绩效指标", 6)
    tiers(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "老年食堂供餐人次", "≥30000人次"),
        (None, None, "其中：上门送餐人次", "≥8000人次"),
        (None, "质量指标", "食堂卫生检查合格率", "=100%"),
        (None, "时效指标", "运营补贴拨付时间", "2025年12月31日前"),
        (None, "成本指标", "每人次运营补贴", "≤8元/人次"),
        ("效益指标", "社会效益指标", "老年食堂运营状态", "常态化运营"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    note(t, "注：供餐人次含上门送餐人次，补贴按实际供餐人次结算。")
    signature(t, "韦晓岚", "0771-5526083", day(2024, 11, 18))
    return b


@variant("kaf12-meals-central-kitchen", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: annual money above the period's, 年度目标 copied from 中期目标, a cumulative "
         "count copied")  # fmt: skip
def kaf12() -> Book:
    b, s = new_book()
    text = "三年建成中央厨房1处、送餐站点12个，累计送餐不少于150000份。"
    goals = (text, mk(text, "D204", "warning", note="年度目标逐字照抄中期目标"))
    annual = mk(wan(95), "B103", "error", note="年度资金95万元大于三年中期资金90万元")
    fiscal = ok(wan(76), "error", note="随年度总额一起超过中期的同一问题")
    other = ok(wan(19), "error", note="随年度总额一起超过中期的同一问题")
    project_head(s, year=2025, years=3, name="鹭汀镇中央厨房及送餐网络建设",
                 dept="鹭汀镇人民政府", unit=UNIT, attr="新增项目",
                 money=multi_year((90, 72, 18), (annual, fiscal, other)), goals=goals)  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "送餐站点数量", "≥12个", "≥4个"),
        (None, None, "累计送餐份数", "≥150000份",
         mk("≥150000份", "D202", "warning", note="三年累计份数照抄到年度列")),
        (None, "质量指标", "中央厨房食品安全量化等级", "A级", "A级"),
        (None, "时效指标", "送餐准时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个送餐站点建设补助", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "老人助餐服务覆盖率", "≥40%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "送餐老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
