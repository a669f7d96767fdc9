"""Kitchen-waste treatment: a two-year plant, a three-year collection system, a market project
with its table on a second sheet, a county plant, a flat department list and a waste-oil
project with numbered labels (kdy13 to kdy18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout795.common import (
    book,
    cn_day,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout795.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

TWO5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kdy13-kitchen-plant-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
    "rates and unit costs equal in both, costs within the money (correct)",
)
def kitchen_plant_two_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=2,
        name="蔺川区餐厨垃圾资源化处理厂运营项目",
        dept="蔺川区城市管理局（207011）",
        unit="蔺川区环境卫生事务中心",
        money=multi_year((1460, 1200, 260), (730, 600, 130)),
        goals=[
            "2025—2026年累计收运处理城区餐厨垃圾3.65万吨，签约收运餐饮单位600家，"
            "资源化利用率稳定在85%以上。",
            "2025年收运处理餐厨垃圾1.46万吨（日均40吨），签约收运餐饮单位420家。",
        ],
    )
    indicators(s, TWO5, [
        ("产出指标", "数量指标", "收运处理餐厨垃圾量", "≥36500吨", "≥14600吨"),
        (None, None, "签约收运餐饮单位", "≥600家", "≥420家"),
        (None, "质量指标", "出厂沼液达标排放率", "≥95%", "≥95%"),
        (None, None, "粗油脂提取率", "≥2.5%", "≥2.5%"),
        (None, "时效指标", "餐厨垃圾收运及时率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "餐厨垃圾吨处理补贴标准", "≤200元/吨", "≤200元/吨"),
        (None, None, "餐厨垃圾吨收运成本", "≤180元/吨", "≤180元/吨"),
        ("效益指标", "生态效益指标", "餐厨垃圾资源化利用率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "处理设施正常运行天数", "≥700天", "≥340天"),
        ("满意度指标", "服务对象满意度指标", "签约餐饮单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025—2026年累计数，年度指标值为2025年数。")
    sign(s, "邝嘉树", "0739-3372615", day(2024, 12, 6))
    return b


@variant(
    "kdy14-kitchen-collection-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 pasted as 年度目标, "
    "a vehicle count for the year above the period's",
)
def kitchen_collection_copied() -> Book:
    b, s = book()
    goal = (
        "建成覆盖县城和5个中心镇的餐厨垃圾收运体系，配置专用收运车辆12辆，签约收运"
        "餐饮单位900家，餐厨垃圾集中收运率达到90%。"
    )
    project_head(
        s,
        year=2025,
        years=3,
        name="汶岙县餐厨垃圾收运体系建设项目",
        dept="汶岙县城市管理局（529001）",
        unit="汶岙县环境卫生服务中心",
        attr="新增项目",
        money=multi_year((1200, 1050, 150), (420, 360, 60)),
        goals=[
            goal,
            mk(goal, "D204", "warning", note="the 中期目标 word for word in a three-year project"),
        ],
    )
    indicators(s, TWO5, [
        ("产出指标", "数量指标", "配置餐厨垃圾专用收运车辆", "≥12辆",
         mk("≥15辆", "D201", "error", note="the year's vehicles above the period's 12")),
        (None, None, "签约收运餐饮单位", "≥900家", "≥350家"),
        (None, "质量指标", "收运车辆密闭化率", "=100%", "=100%"),
        (None, "时效指标", "收运体系建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "专用收运车辆单价", "≤32万元/辆", "≤32万元/辆"),
        ("效益指标", "社会效益指标", "餐厨垃圾集中收运率", "≥90%", "≥60%"),
        (None, "生态效益指标", "餐厨垃圾混入其他垃圾比例", "≤10%", "≤25%"),
        ("满意度指标", "服务对象满意度指标", "签约餐饮单位满意度", "≥90%", "≥85%"),
    ])  # fmt: skip
    sign(s, "岑牧野", "0739-7745160", day(2024, 11, 25))
    return b


def _market_rows() -> list[tuple[object, ...]]:
    return [
        ("产出指标", 40, "数量指标", "安装易腐垃圾就地处理设备", "≥4台", 10),
        (None, None, None, "就地处理易腐垃圾量", "≥1460吨", 10),
        (None, None, "质量指标", "设备出料含水率", "≤60%", 10),
        (None, None, "时效指标", "设备安装调试完成时间", cn_day(2025, 7, 31), 10),
        ("成本指标", 20, "经济成本指标", "单台处理设备购置价", "≤19.5万元/台", 10),
        (None, None, None, "易腐垃圾吨处理运行费", "≤120元/吨", 10),
        ("效益指标", 30, "社会效益指标", "农贸市场易腐垃圾就地处理比例", "提高≥15百分点", 15),
        (None, None, "生态效益指标", "外运易腐垃圾量下降率", "≥30%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "市场经营户满意度", pct(0.9), 10),
    ]


@variant(
    "kdy15-market-second-sheet",
    (7, 10, 1),
    "project: head on the first sheet, the table on a second sheet under 预期实现值 with a "
    "tier-1 score column and an indicator score column, a rate raised in 百分点, a typed "
    "percent (correct)",
)
def market_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2025,
        name="柘源县农贸市场易腐垃圾就地处理项目",
        dept="柘源县商务局（331008）",
        unit="柘源县市场服务中心",
        attr="一次性项目",
        money=one_year(96, 96, 0),
        goals=[
            "在县城4个农贸市场各安装易腐垃圾就地处理设备1台，日处理能力各1吨，"
            "全年就地处理易腐垃圾1460吨。"
        ],
    )
    t = b.sheet("绩效指标", (14, 8, 18, 30, 16, 10))
    t.title("柘源县农贸市场易腐垃圾就地处理项目绩效指标", 6)
    indicators(
        t,
        ("一级指标", "分值", "二级指标", "三级指标", "预期实现值", "指标分值"),
        _market_rows(),
        merged=(1, 2, 3),
    )
    t.row("合计", 100, None, None, None, 100)
    sign(t, "骆知予", "0739-5068243", day(2024, 11, 19))
    return b


@variant(
    "kdy16-county-kitchen-plant",
    (12, 4),
    "one-year project, OLD-NAT, 注 row inside and 说明 under the table: total ≠ 财政拨款 + "
    "其他资金, a yearly tonnage below the goal's, a deadline in the next year",
)
def county_kitchen_plant() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="蒲湄县城区餐厨垃圾集中处理项目",
        dept="蒲湄县城市管理局（344005）",
        unit="蒲湄县餐厨垃圾处理中心",
        money=one_year(
            mk(wan(420), "B101", "error", row=True, note="300 + 100 = 400, not 420"), 300, 100
        ),
        goals=[
            ok(
                "2025年日处理城区餐厨垃圾50吨，全年处理1.6万吨，收运覆盖城区320家"
                "餐饮单位，完成处理线提标改造。",
                "warning",
                note="the goal side of the D104 at the tonnage",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "年处理餐厨垃圾量",
         mk("≥12000吨", "D104", "warning", row=True, note="the goal says 1.6万吨 a year")),
        (None, None, "收运覆盖城区餐饮单位", "≥320家"),
        (None, "质量指标", "沼渣无害化处置率", "≥95%"),
        (None, "时效指标", "处理线提标改造完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2025 project with a deadline in 2026")),
        (None, "成本指标", "餐厨垃圾吨处理成本", "≤240元/吨"),
        ("注：处理量以进场地磅数据为准。", "", "", ""),
        ("效益指标", "生态效益指标", "餐厨垃圾资源化利用率", "≥80%"),
        (None, "社会效益指标", "餐厨垃圾非法收运案件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "餐饮单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：吨处理成本含收运、处理和残渣处置费用。", width=4)
    sign(s, "沈望川", "0739-8260417", day(2024, 11, 21))
    return b


@variant(
    "kdy17-flat-kitchen-two-values",
    (3, 13),
    "department, flat list with a unit column and 实施周期 and 年度 value columns: a "
    "year's count above the period's, a rate twice in near words, a value without a name",
)
def flat_kitchen_two_values() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="蒲湄县城市管理局",
        budget=[(wan(3120), wan(2900), wan(220), wan(1860), wan(1260))],
        tasks=[
            ("餐厨垃圾收运", "城区餐厨垃圾收运、收运桶配置", wan(680), "城区餐饮单位应收尽收"),
            ("市容环卫保洁", "主次干道保洁、公厕管护", wan(580), "保洁质量达标"),
            ("金额合计", None, wan(1260), None),
        ],
        goal="2025—2027年建成城区餐厨垃圾收运体系，2025年新增收运桶1200只。",
    )
    s.row("指标名称", "计量单位", "实施周期指标值（2025—2027年）", "年度指标值")
    s.table([
        ("新增餐厨垃圾收运桶", "只", "≥3000", "≥1200"),
        ("餐厨垃圾集中收运量", "吨", "≥45000", "≥15000"),
        ("签约收运餐饮单位", "家", "≥800",
         mk("≥950", "D201", "error", note="the year's 950 above the period's 800")),
        ("餐厨垃圾集中收运率", "%", "≥90%", "≥85%"),
        (mk("餐厨垃圾集中收运覆盖率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the row above with one word more and the same values"), "%", "≥90%", "≥85%"),
        (mk(None, "F110", "error", note="a value with no indicator name"), "次", "≥24", "≥8"),
        ("餐饮单位满意度", "%", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈望川", "0739-8260417", day(2024, 11, 21))
    return b


@variant(
    "kdy18-waste-oil-numbered",
    (5, 11),
    "project, OLD-NAT, numbered tier labels (一、产出指标, （一）数量), abbreviated "
    "tier-2s, ≥ on a 下降率, ≤0起 on an incident count, ≤ on a response time (correct)",
)
def waste_oil_numbered() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="澄岭县餐厨废弃油脂收运处置监管项目",
        dept="澄岭县市场监督管理局（312014）",
        unit="澄岭县餐厨废弃物管理站",
        money=one_year(58, 50, 8),
        goals=[
            "将县城640家餐饮单位纳入废弃油脂收运监管，全年规范收运处置废弃油脂"
            "700吨，杜绝废弃油脂回流餐桌。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量", "纳入收运监管餐饮单位", "≥640家"),
        (None, None, "规范收运处置废弃油脂", "≥700吨"),
        (None, "（二）质量", "收运台账完整率", "≥95%"),
        (None, "（三）时效", "收运预约响应时间", "≤24小时"),
        (None, "（四）成本", "废弃油脂吨收运处置费", "≤650元/吨"),
        ("二、效益指标", "（一）社会效益", "废弃油脂回流餐桌案件", "≤0起"),
        (None, None, "废弃油脂非法收运投诉下降率", "≥20%"),
        (None, "（二）生态效益", "废弃油脂资源化利用率", "≥90%"),
        ("三、满意度指标", "（一）服务对象满意度", "餐饮单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "唐映竹", "0735-6619032", day(2024, 11, 27))
    return b
