"""Multi-year projects with 中期 and 年度 columns: 老旧小区改造, 城中村改造 and
保障性租赁住房 over two or three years (qu07 to qu12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout245.common import TWO, book, indicators, note, period_money, sign, wan
from tests.variants.holdout245.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qu07-old-estates-three-years", (8, 12), "three-year project, 中期 and 年度 columns, "
         "equal rates and unit costs, 2000年 in the policy wording (correct)")  # fmt: skip
def qu07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="柳河市城镇老旧小区改造三年行动项目",
        dept="柳河市住房和城乡建设局（402）", unit="柳河市城市更新服务中心",
        money=period_money((wan(16000), wan(12000), wan(4000)),
                           (wan(5400), wan(4200), wan(1200))),
        goals=["2026年—2028年改造城镇老旧小区96个、涉及居民4800户，加装电梯60部，改造供排水"
               "管网38公里，基本完成2000年底前建成的老旧小区改造任务。",
               "2026年改造城镇老旧小区32个、涉及居民1600户，加装电梯20部，改造供排水管网"
               "12公里。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥96个", "≥32个"),
        (None, None, "惠及居民户数", "≥4800户", "≥1600户"),
        (None, None, "加装电梯数量", "≥60部", "≥20部"),
        (None, None, "改造供排水管网长度", "≥38公里", "≥12公里"),
        (None, "质量指标", "改造工程竣工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造任务完工时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造投资", "≤3.2万元/户", "≤3.2万元/户"),
        ("效益指标", "社会效益指标", "小区公共服务设施配套完善率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "改造小区长效管理机制建立率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞建国", "邹雅琴", "0772-3318426")
    return b


@variant("qu08-old-estates-copied", (8,), "three-year project, 中期 and 年度 columns: an annual "
         "road area above the period, the same elevator count in both columns")  # fmt: skip
def qu08() -> Book:
    b, s = book("绩效目标申报表")
    project_head(
        s, year=2026, years=3, name="金沙县城区老旧小区综合改造项目",
        dept="金沙县住房和城乡建设局（233）", unit="金沙县城市建设投资服务中心",
        money=period_money((wan(9600), wan(7200), wan(2400)), (wan(3300), wan(2500), wan(800))),
        goals=["2026年—2028年完成城区36个老旧小区综合改造，惠及居民2700户，加装电梯60部。",
               "2026年完成12个老旧小区综合改造，惠及居民900户，同步推进加装电梯工作。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "综合改造老旧小区个数", "≥36个", "≥12个"),
        (None, None, "惠及居民户数", "≥2700户", "≥900户"),
        (None, None, "改造提升小区道路面积", "≥4.5万平方米",
         mk("≥6万平方米", "D201", "error", row=True, note="annual 6 > period 4.5")),
        (None, None, "加装电梯数量", "≥60部",
         mk("≥60部", "D202", "warning", row=True, note="a cumulative count equal in both")),
        (None, "质量指标", "工程质量验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "户均改造投资", "≤3.5万元/户", "≤3.5万元/户"),
        ("效益指标", "社会效益指标", "居民居住环境改善情况", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值。")
    sign(s, "杨德胜", "龙晓燕", "0857-7721305")
    return b


@variant("qu09-urban-village-units", (8, 12), "three-year project from 2025, 计量单位 column "
         "then 实施期 and 年度, areas in 万平方米, a 2027 date (correct)")  # fmt: skip
def qu09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18, 18))
    project_head(
        s, year=2025, years=3, start=day(2025, 3, 1), name="江临市西塘城中村改造项目",
        dept="江临市住房和城乡建设局（101）", unit="江临市城市更新建设有限公司",
        money=period_money((86000, 26000, 60000), (31000, 9000, 22000)), attr="新增项目",
        goals=["2025年—2027年完成西塘村、后湖村2个城中村改造，征收房屋建筑面积45万平方米，"
               "建设安置房2600套，同步配建社区服务中心2处。",
               "2025年完成西塘村房屋征收建筑面积18万平方米，开工建设安置房1000套。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造城中村个数", "个", "≥2", "≥1"),
        (None, None, "征收房屋建筑面积", "万平方米", "≥45", "≥18"),
        (None, None, "安置房建设套数", "套", "≥2600", "≥1000"),
        (None, None, "配建社区服务中心", "处", "≥2", "≥1"),
        (None, "质量指标", "安置房工程质量验收合格率", "%", "100", "100"),
        (None, "时效指标", "房屋征收完成时间", None, "2026年6月30日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "安置房套均建安成本", "万元/套", "≤28", "≤28"),
        ("效益指标", "社会效益指标", "被征收居民安置到位率", "%", "≥98", "≥95"),
        (None, "可持续影响指标", "片区市政配套设施", None, "完善", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "被征收居民满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    note(s, "注：资金单位为万元；其他资金为地方政府专项债券及项目融资资金。")
    sign(s, "陆承恩", "沈佳怡", "0513-8062479")
    return b


@variant("qu10-urban-village-swapped", (8, 12), "three-year project from 2025, 中期 and 年度 "
         "with 备注: 年度资金 above 中期资金, 年度目标 copied from 中期目标")  # fmt: skip
def qu10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 20))
    same = ("推进东关片区城中村改造，改善片区居民居住条件，完善市政基础设施和公共服务配套，"
            "提升城市形象和品质。")  # fmt: skip
    project_head(
        s, year=2025, years=3, name="桐川县东关城中村改造（一期）项目",
        dept="桐川县住房和城乡建设局（215）", unit="桐川县城市更新服务中心",
        money=period_money(
            (wan(18600), wan(15000), wan(3600)),
            (mk(wan(21000), "B103", "error", note="21000 > 18600"), wan(18000), wan(3000)),
        ),
        goals=[same, mk(same, "D204", "warning")],
    )  # fmt: skip
    indicators(s, (*TWO, "备注"), [
        ("产出指标", "数量指标", "征收房屋建筑面积", "≥12万平方米", "≥5万平方米", None),
        (None, None, "安置房建设套数", "≥860套", "≥300套", "一期安置"),
        (None, None, "片区道路改造长度", "≥3.2公里", "≥1.2公里", None),
        (None, "质量指标", "安置房工程质量验收合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "房屋征收任务完成时间", "2027年6月30日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "安置房套均建安成本", "≤12万元/套", "≤12万元/套", None),
        ("效益指标", "社会效益指标", "被征收户按期安置率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "被征收居民满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "孟庆余", "何丽君", "0558-6620931")
    return b


@variant("qu11-rental-housing-typed", (1, 8, 12), "three-year project, 中期 and 年度 columns with "
         "typed percentages in both, WAN money, a 70平方米 in a name (correct)")  # fmt: skip
def qu11() -> Book:
    b, s = book("项目支出绩效目标表")
    project_head(
        s, year=2026, years=3, name="澄江市保障性租赁住房筹建项目（2026—2028年）",
        dept="澄江市住房和城乡建设局（330）", unit="澄江市安居住房建设运营有限公司",
        money=period_money((wan(10800), wan(7200), wan(3600)), (wan(3600), wan(2400), wan(1200))),
        goals=["2026年—2028年筹集保障性租赁住房3600套（间），建筑面积18万平方米，重点面向新"
               "市民、青年人和城市基本公共服务人员。",
               "2026年筹集保障性租赁住房1200套（间），建筑面积6万平方米，当年竣工房源出租率"
               "达到90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "筹集保障性租赁住房套数", "≥3600套", "≥1200套"),
        (None, None, "筹集房源建筑面积", "≥18万平方米", "≥6万平方米"),
        (None, "质量指标", "竣工验收合格率", pct(1), pct(1)),
        (None, None, "70平方米以下小户型房源占比", "≥80%", "≥80%"),
        (None, "时效指标", "筹集任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "套均筹集补助", "≤3万元/套", "≤3万元/套"),
        ("效益指标", "社会效益指标", "竣工房源出租率", pct(0.9), pct(0.9)),
        (None, None, "租金低于同地段同品质市场租金幅度", "≥10%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为三年累计值，年度指标值为2026年目标。")
    sign(s, "卢文涛", "温静怡", "0877-2056318")
    return b


@variant("qu12-rental-housing-area", (8, 11), "three-year project, 指标方向 column then 中期 "
         "and 年度: a 万平方米 name, a value in 平方米, a date after the period")  # fmt: skip
def qu12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 18, 18))
    project_head(
        s, year=2026, years=3, name="瑞丰县产业园区保障性租赁住房建设项目",
        dept="瑞丰县住房和城乡建设局（219）", unit="瑞丰县产业园区管理委员会",
        money=period_money((wan(7500), wan(4500), wan(3000)), (wan(2600), wan(1600), wan(1000))),
        goals=["2026年—2028年在县产业园区建设保障性租赁住房1500套，建筑面积9万平方米，解决"
               "园区企业职工住房困难。",
               "2026年开工建设保障性租赁住房600套，完成主体工程建设400套。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "开工建设保障性租赁住房套数", "正向", "≥1500套", "≥600套"),
        (None, None, "完成主体工程套数", "正向", "≥1500套", "≥400套"),
        (None, None, "新增保障性租赁住房建筑面积（万平方米）", "正向", "≥9万平方米",
         mk("≥36000平方米", "T119", "warning", row=True, alt=("T112",),
            note="the name gives 万平方米")),
        (None, "质量指标", "主体结构验收合格率", "正向", "100%", "100%"),
        (None, "时效指标", "主体工程完工时间", "反向",
         mk("2029年6月30日前", "Y102", "error", note="the period is 2026–2028"),
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "套均建设成本", "反向", "≤4.3万元/套", "≤4.3万元/套"),
        ("效益指标", "社会效益指标", "园区职工住房需求登记覆盖率", "正向", "≥95%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "入住职工满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭永健", "冯思敏", "0662-4417329")
    return b
