"""Two projects stacked in one sheet, each with its own head, money and indicators (qu13, qu14,
qu17, qu18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout245.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout245.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


def _old_estates(s: Sheet) -> None:
    project_head(
        s, year=2026, name="2026年老旧小区改造配套基础设施建设项目",
        dept="桂塘县住房和城乡建设局（227）", unit="桂塘县城市建设服务中心",
        money=one_year_money(wan(2400), wan(2000), wan(400)),
        title="2026年度项目支出绩效目标表（桂塘县住房和城乡建设局）",
        goals=["2026年改造老旧小区18个、惠及居民1350户，改造燃气、供排水等老化管网9.5公里。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥18个"),
        (None, None, "惠及居民户数", "≥1350户"),
        (None, None, "改造老化管网长度", "≥9.5公里"),
        (None, "质量指标", "工程竣工验收合格率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造投资", "≤1.7万元/户"),
        ("效益指标", "社会效益指标", "改造片区供水管网漏损率", "≤9%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


def _monthly_subsidy(s: Sheet) -> None:
    project_head(
        s, year=2026, name="2026年城镇住房保障家庭租赁补贴项目", title="",
        dept="桂塘县住房和城乡建设局（227）", unit="桂塘县住房保障服务中心",
        money=one_year_money(wan(540), wan(540), wan(0)), attr="常年项目",
        goals=["2026年为900户城镇住房保障家庭发放租赁补贴，补贴资金按月足额发放。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥900户"),
        (None, None, "按月发放次数", "=12次"),
        (None, "质量指标", "补贴发放准确率", "≥99%"),
        (None, "时效指标", "补贴资金到账时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "户均月补贴标准", "≤500元/户·月"),
        ("效益指标", "社会效益指标", "符合条件家庭应保尽保率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("qu13-two-projects-one-sheet", (2, 12), "two one-year projects stacked in one sheet, the "
         "same satisfaction name in both, 漏损率 ≤, a monthly standard (correct)")  # fmt: skip
def qu13() -> Book:
    b, s = book("项目绩效目标")
    _old_estates(s)
    s.skip()
    _monthly_subsidy(s)
    sign(s, "黄启明", "莫晓华", "0775-6213084")
    return b


def _rural_repair(s: Sheet) -> None:
    project_head(
        s, year=2026, name="2026年农村危房改造项目",
        dept="沅北县住房和城乡建设局（406）", unit="沅北县村镇建设服务站",
        money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["2026年完成农村危房改造150户，其中拆除重建40户、维修加固110户。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "危房改造户数", "≥150户"),
        (None, None, "其中：拆除重建户数", "≥40户"),
        (None, "质量指标", "改造房屋竣工验收合格率", "≥98%"),
        (None, "时效指标", "改造任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均补助标准", "≤2.8万元/户"),
        ("效益指标", "社会效益指标", "改造农户住房安全保障率", "100%"),
        ("满意度指标", "服务对象满意度指标", "改造农户满意度", "≥92%"),
    ])  # fmt: skip


@variant("qu14-village-then-urban-village", (2, 8, 12), "a one-year project and a two-year "
         "project with 中期 and 年度 columns stacked: the second's 年度资金 ≠ its sources, its "
         "年度目标 says 520套 against an annual 480套")  # fmt: skip
def qu14() -> Book:
    b, s = book("Sheet1")
    _rural_repair(s)
    s.skip()
    project_head(
        s, year=2026, years=2, name="南门片区城中村改造项目", title="",
        dept="沅北县住房和城乡建设局（406）", unit="沅北县城市更新服务中心",
        money=period_money(
            (wan(6800), wan(2800), wan(4000)),
            (mk(wan(3900), "B101", "error", note="1600 + 2000 = 3600"), wan(1600), wan(2000)),
        ),
        goals=["2026年—2027年完成南门片区城中村改造，征收房屋建筑面积6.5万平方米，建设安置房"
               "520套。",
               "2026年完成南门片区房屋征收建筑面积5万平方米，开工建设安置房520套。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "征收房屋建筑面积", "≥6.5万平方米", "≥5万平方米"),
        (None, None, "安置房开工建设套数", "≥520套",
         mk("≥480套", "D104", "warning", row=True, note="the annual goal says 520套")),
        (None, "时效指标", "房屋征收完成时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "安置房套均建安投资", "≤6.5万元/套", "≤6.5万元/套"),
        ("效益指标", "社会效益指标", "被征收户安置率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "被征收居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邓宏伟", "曾晓梅", "0745-3526170")
    return b


def _estates_elevators(s: Sheet) -> None:
    project_head(
        s, year=2026, years=2, name="清平县老旧小区改造及加装电梯项目",
        dept="清平县住房和城乡建设局（112）", unit="清平县城市更新服务中心",
        money=period_money((wan(4200), wan(3000), wan(1200)), (wan(2300), wan(1700), wan(600))),
        goals=["2026年—2027年改造老旧小区20个、惠及居民1400户，加装电梯30部。",
               "2026年改造老旧小区11个、惠及居民760户，加装电梯16部。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥20个", "≥11个"),
        (None, None, "惠及居民户数", "≥1400户", "≥760户"),
        (None, None, "加装电梯数量", "≥30部", "≥16部"),
        (None, "质量指标", "工程竣工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造任务完工时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造投资", "≤2.5万元/户", "≤2.5万元/户"),
        (None, None, "单部电梯加装补助", "≤20万元/部", "≤20万元/部"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip


@variant("qu17-period-then-one-year", (2, 8, 12), "a two-year project and a one-year project "
         "stacked, both with 中期 and 年度 columns; the one-year project's columns are equal "
         "(correct)")  # fmt: skip
def qu17() -> Book:
    b, s = book("Sheet1")
    _estates_elevators(s)
    s.skip()
    project_head(
        s, year=2026, name="2026年城镇住房租赁补贴项目", title="",
        dept="清平县住房和城乡建设局（112）", unit="清平县住房保障服务中心",
        money=one_year_money(wan(360), wan(360), wan(0)), attr="常年项目",
        start=day(2026, 1, 1), end=day(2026, 12, 31),
        goals=["2026年为600户城镇住房困难家庭发放租赁补贴，按季度足额发放。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥600户", "≥600户"),
        (None, "质量指标", "补贴发放准确率", "≥99%", "≥99%"),
        (None, "时效指标", "补贴资金到账时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "户均租赁补贴标准", "≤6000元/户·年", "≤6000元/户·年"),
        ("效益指标", "社会效益指标", "符合条件家庭应保尽保率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：租赁补贴项目实施期为一年，中期指标值与年度指标值相同。")
    sign(s, "范永刚", "宋佳琪", "0393-4417286")
    return b


def _town_repair(s: Sheet) -> None:
    project_head(
        s, year=2026, name="2026年城镇危旧房屋解危治理项目",
        dept="湘阴口区住房和城乡建设局（309）", unit="湘阴口区房屋安全管理所",
        money=one_year_money(wan(650), wan(650), wan(0)),
        goals=["2026年完成城镇C、D级危旧房屋解危治理130户，全年不发生房屋安全责任事故。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "危旧房屋解危治理户数", "≥130户"),
        (None, "质量指标", "解危治理工程验收合格率", "≥98%"),
        (None, "时效指标", "解危治理完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "户均解危补助", "≤5万元/户"),
        ("效益指标", "社会效益指标", "房屋安全责任事故发生起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ])  # fmt: skip


@variant("qu18-repair-then-subsidy", (2, 5, 12), "two one-year projects stacked: in the second a "
         "时效指标 under 效益指标 and a yearly standard × 户 above its money")  # fmt: skip
def qu18() -> Book:
    b, s = book("项目支出绩效目标")
    _town_repair(s)
    s.skip()
    project_head(
        s, year=2026, name="2026年住房租赁补贴项目", title="",
        dept="湘阴口区住房和城乡建设局（309）", unit="湘阴口区住房保障服务中心",
        money=one_year_money(wan(1300), wan(1300), wan(0)), attr="常年项目",
        goals=["2026年为1500户城镇住房困难家庭发放租赁补贴，补贴资金按季度发放到户。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥1500户"),
        (None, "质量指标", "补贴发放准确率", "≥99%"),
        ("成本指标", "经济成本指标", "户均租赁补贴标准",
         mk("≤9600元/户·年", "B107", "warning", row=True,
            note="1500户 × 9600元 = 1440万元 > 1300万元")),
        ("效益指标", "社会效益指标", "符合条件家庭应保尽保率", "≥98%"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "补贴资金到账时限", "≤10个工作日"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "易国华", "贺晓岚", "0730-5528613")
    return b
