"""Project returns on the province's standard form (§3.1): one value column or 比较符 and
计量单位 columns, tiers merged down as offices do."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout92.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

Y = 2027
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def w(v: float) -> object:
    return money(v, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[object, ...]]:
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def footer(book_sheet, who: str, tel: str) -> None:  # type: ignore[no-untyped-def]
    book_sheet.skip()
    book_sheet.row(f"填报人：{who}", None, f"联系电话：{tel}", None, "单位负责人：", None)
    book_sheet.row("填报日期：2026年11月18日", None, None, None, "（单位盖章）", None)


@variant(
    "kx01-farm-machinery", (1, 5), "project, NAT-2021, operator and unit columns, merged tiers"
)
def kx01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="榆溪县农机购置与应用补贴县级配套项目",
        dept="榆溪县农业农村局（412）",
        unit="榆溪县农业机械化服务中心",
        money=one_year(180, 180, 0),
        goals=["完成县级配套补贴农机具1200台（套），带动主要农作物耕种收综合机械化率达到86%。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "补贴农机具台（套）数", "≥", 1200, "台（套）"),
        (None, None, "受益农户数", "≥", 950, "户"),
        (None, "质量指标", "补贴机具核验合格率", "=", pct(1), "%"),
        (None, None, "补贴资金兑付准确率", "=", pct(1), "%"),
        (None, "时效指标", "补贴资金兑付时间", "≤", 30, "个工作日"),
        ("成本指标", "经济成本指标", "县级配套补贴标准", "≤", 1500, "元/台"),
        ("效益指标", "经济效益指标", "带动农户购机投入", "≥", 3600, "万元"),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥", pct(0.86), "%"),
        (None, "可持续影响指标", "农机社会化服务组织数", "≥", 35, "个"),
        ("满意度指标", "服务对象满意度指标", "购机农户满意度", "≥", pct(0.92), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "韩立秋", "0391-7712306")
    return b


@variant("kx02-irrigation-canal", (1, 5), "project, OLD-NAT, units inside the values, merged tiers")
def kx02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="青河灌区末级渠系节水改造项目",
        dept="榆溪县水利局（415）",
        unit="榆溪县青河灌区管理所",
        attr="一次性项目",
        money=one_year(460, 400, 60),
        goals=["改造末级渠道18公里，新增节水灌溉面积0.6万亩，灌溉水有效利用系数提高到0.58。"],
    )
    s.row(*HEAD4, "备注", None)
    s.table([
        ("产出指标", "数量指标", "改造末级渠道长度", "≥18公里", None),
        (None, None, "新建配套建筑物", "≥146座", "含分水闸、节制闸"),
        (None, None, "新增节水灌溉面积", "≥0.6万亩", None),
        (None, "质量指标", "单位工程验收合格率", pct(1), None),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", "避开灌溉期"),
        (None, "成本指标", "渠道改造综合单价", "≤24万元/公里", None),
        ("效益指标", "经济效益指标", "年节约灌溉用水量", "≥180万立方米", None),
        (None, "社会效益指标", "受益人口", "≥2.1万人", None),
        (None, "生态效益指标", "灌溉水有效利用系数", "≥0.58", "无量纲"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒋文博", "0391-7720418")
    return b


@variant(
    "kx03-seed-subsidy-money", (12,), "project, NAT-2021, operator column; money does not add up"
)
def kx03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="良种推广与耕地地力保护补助项目",
        dept="榆溪县农业农村局（412）",
        unit="榆溪县农业技术推广中心",
        money=[
            (
                "年度资金总额",
                mk(w(150), "B101", "error", note="150 ≠ 财政拨款 120 + 其他资金 20"),
                "其中：财政拨款",
                w(120),
            ),
            ("其他资金", w(20), None, None),
        ],
        goals=["推广小麦、玉米良种8万亩，开展耕地地力监测点位40个，良种覆盖率稳定在98%以上。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "良种推广面积", "≥", 8, "万亩"),
        (None, None, "耕地地力监测点位", "≥", 40, "个"),
        (None, None, "技术培训人次", "≥", 1500, "人次"),
        (None, "质量指标", "良种覆盖率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补助资金发放时间", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "良种补助标准", "≤", 12, "元/亩"),
        ("效益指标", "经济效益指标", "亩均增产粮食", "≥", 25, "公斤"),
        (None, "社会效益指标", "粮食播种面积", "≥", 62, "万亩"),
        (None, "生态效益指标", "化肥使用量增长率", "≤", pct(0), "%"),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "宋春燕", "0391-7712315")
    return b


@variant("kx04-rural-road-maintenance", (5,), "project, NAT-2021, tiers in every row, 备注 column")
def kx04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="农村公路日常养护项目",
        dept="榆溪县交通运输局（418）",
        unit="榆溪县农村公路管理所",
        attr="常年项目",
        money=one_year(372, 372, 0),
        goals=["养护县乡村道路620公里，优良中等路率达到85%以上，保障群众安全便捷出行。"],
    )
    s.row(*HEAD6, "备注")
    s.table([
        ("产出指标", "数量指标", "日常养护里程", "≥", 620, "公里", "县道、乡道、村道"),
        ("产出指标", "数量指标", "危桥改造座数", "≥", 3, "座", None),
        ("产出指标", "质量指标", "优良中等路率", "≥", pct(0.85), "%", None),
        ("产出指标", "质量指标", "路面病害处治合格率", "=", pct(1), "%", None),
        ("产出指标", "时效指标", "路面病害处治时限", "≤", 7, "天", "自发现之日起"),
        ("成本指标", "经济成本指标", "日常养护单价", "≤", 6000, "元/公里", "620×0.6=372万元"),
        ("效益指标", "社会效益指标", "通客车建制村比例", "=", pct(1), "%", None),
        ("效益指标", "社会效益指标", "道路交通事故发生起数", "≤", 4, "起", "养护路段"),
        ("效益指标", "可持续影响指标", "路况巡查制度", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%", None),
    ])  # fmt: skip
    footer(s, "钱志远", "0391-7731102")
    return b


@variant(
    "kx05-flood-station-year",
    (5,),
    "project, OLD-NAT, operator column; title year vs plan dates, a rate as a count",
)
def kx05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2027年度, plan dates 2026-01-01 to 2026-12-31"
    )
    project_head(
        s,
        year=Y,
        name="山洪灾害防治非工程措施运行维护项目",
        dept="榆溪县水利局（415）",
        unit="榆溪县防汛抗旱服务中心",
        attr="常年项目",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=one_year(96, 96, 0),
        goals=["维护自动雨量站、水位站和预警广播站点，保障汛期监测预警设施正常运行。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "维护自动雨量站", "≥", 42, "个"),
        (None, None, "维护水位站", "≥", 11, "个"),
        (None, None, "维护预警广播站点", "≥", 168, "个"),
        (None, "质量指标", "监测站点设备完好率", "≥", pct(0.95), "%"),
        (None, None, "预警信息发布完成率", "", mk(32, "T105", "error"), "次"),
        (None, "时效指标", "设备故障修复时限", "≤", 48, "小时"),
        (None, "成本指标", "站点年均维护费用", "≤", 4300, "元/个"),
        ("效益指标", "社会效益指标", "山洪灾害人员伤亡", "=", 0, "人"),
        (None, "可持续影响指标", "监测预警系统运行年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒋文博", "0391-7720418")
    return b


@variant(
    "kx06-relief-workshop-points",
    (10,),
    "project, OLD-NAT, 分值 column adding to 100, merged tiers",
)
def kx06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 30, 18, 18, 10))
    project_head(
        s,
        year=Y,
        name="帮扶车间以工代赈劳务报酬项目",
        dept="榆溪县乡村振兴局（421）",
        unit="榆溪县乡村振兴服务中心",
        attr="延续项目",
        money=one_year(240, 200, 40),
        goals=["支持帮扶车间12个，吸纳脱贫劳动力和监测对象就业600人，人均年增收不低于4000元。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "分值")
    s.table([
        ("产出指标", "数量指标", "支持帮扶车间数", "≥", "12个", 10),
        (None, None, "吸纳脱贫劳动力及监测对象就业人数", "≥", "600人", 15),
        (None, "质量指标", "劳务报酬足额发放率", "=", pct(1), 10),
        (None, "时效指标", "劳务报酬按月发放率", "=", pct(1), 10),
        (None, "成本指标", "人均劳务报酬补助", "≤", "4000元/人", 15),
        ("效益指标", "经济效益指标", "务工人员人均年增收", "≥", "4000元", 15),
        (None, "社会效益指标", "返贫致贫人数", "=", "0人", 10),
        (None, "可持续影响指标", "帮扶车间持续运营率", "≥", pct(0.9), 5),
        ("满意度指标", "服务对象满意度指标", "务工群众满意度", "≥", pct(0.93), 10),
    ], merged=(1, 2))  # fmt: skip
    s.row(None, None, "合计", None, None, 100)
    footer(s, "罗海燕", "0391-7745210")
    return b


@variant(
    "kx07-bridge-deadline",
    (11,),
    "project, NAT-2021, operator and unit columns; a 反向 rate with ≥, a deadline after the year",
)
def kx07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="县道危桥加固改造项目",
        dept="榆溪县交通运输局（418）",
        unit="榆溪县公路建设养护中心",
        attr="一次性项目",
        money=one_year(520, 520, 0),
        goals=["完成县道危桥加固改造5座，桥梁技术状况等级提升至二类及以上。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "加固改造危桥数", "≥", 5, "座"),
        (None, None, "加固桥梁总延米", "≥", 236, "米"),
        (None, "质量指标", "交工验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "工程完工时间", None,
         mk("2028年6月30日前", "Y102", "error", alt=("Y101",),
            note="one-year 2027 project, deadline in 2028"), None),
        ("成本指标", "经济成本指标", "单座桥梁平均造价", "≤", 104, "万元/座"),
        ("效益指标", "社会效益指标", "桥梁技术状况二类及以上比例", "=", pct(1), "%"),
        (None, None, "改造路段交通事故发生率", mk("≥", "T108", "warning", row=True),
         pct(0.02), "%"),
        (None, "可持续影响指标", "桥梁设计使用年限", "≥", 50, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "钱志远", "0391-7731102")
    return b
