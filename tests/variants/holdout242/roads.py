"""One-year road, bridge, bus and safety projects: inline operators, an operator column with a
direction column, points by tier or by indicator, a spending block with 测算依据 (qr01–qr06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout242.common import (
    ONE,
    WAN4,
    book,
    detail,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout242.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("qr01-rural-road-upkeep", (11, 12), "one-year project, NAT-2021, inline operators: "
         "a standard per 公里 and a price per 平方米 within the money, =0起, 100% "
         "typed (correct)")  # fmt: skip
def qr01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村公路日常养护项目", dept="青溆县交通运输局（403）",
        unit="青溆县农村公路管理所",
        money=one_year_money(wan(1180), wan(1050), wan(130)),
        goals=["2026年对全县1260公里农村公路开展日常养护，修补路面病害8000平方米，汛期水毁"
               "路段48小时内抢通，优良中等路比例保持在85%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥1260公里"),
        (None, None, "县乡道路面病害修补面积", "≥8000平方米"),
        (None, "质量指标", "农村公路优良中等路比例", "≥85%"),
        (None, None, "养护工程验收合格率", pct(1)),
        (None, "时效指标", "汛期水毁路段抢通时间", "≤48小时"),
        (None, None, "路面病害处置及时率", "≥95%"),
        ("成本指标", "经济成本指标", "农村公路日常养护补助标准", "≤0.8万元/公里"),
        (None, None, "路面病害修补单价", "≤120元/平方米"),
        ("效益指标", "社会效益指标", "因路况原因引发的交通事故起数", "=0起"),
        (None, None, "沿线群众出行条件", "明显改善"),
        (None, "可持续影响指标", "农村公路“路长制”管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁书涵", "邓启明", "0738-62114587")
    return b


@variant("qr02-dangerous-bridges-over", (11, 12), "one-year project, NAT-2021, inline operators "
         "and a 备注 column: 45万元/座 × 24座 over the money, a 完工 date in the next "
         "year")  # fmt: skip
def qr02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    project_head(
        s, year=2026, name="县乡道危桥改造项目", dept="柘岭县交通运输局（511）",
        unit="柘岭县公路建设养护中心",
        money=one_year_money(wan(960), wan(880), wan(80)),
        goals=["2026年完成县乡道四、五类危桥改造，改造后桥梁技术状况达到二类及以上，消除"
               "危桥通行安全隐患。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "改造县乡道危桥", "≥24座", "四、五类危桥"),
        (None, None, "改造桥梁总长", "≥860米", None),
        (None, "质量指标", "危桥改造交工验收合格率", "=100%", None),
        (None, None, "改造后桥梁技术状况", "二类及以上", None),
        (None, "时效指标", "危桥改造开工时间", "2026年3月31日前", None),
        (None, None, "危桥改造完工时间",
         mk("2027年5月31日前", "Y102", "error", row=True,
            note="a one-year 2026 project cannot finish in 2027"), "含交工验收"),
        ("成本指标", "经济成本指标", "危桥改造补助标准",
         mk("≤45万元/座", "B107", "warning", row=True, note="45万元 × 24座 = 1080万 > 960万"),
         "省级补助标准"),
        ("效益指标", "社会效益指标", "危桥通行安全事故起数", "=0起", None),
        (None, None, "沿线群众平均绕行距离缩短", "≥6公里", None),
        (None, "可持续影响指标", "桥梁养护管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "汪若溪", "曹立群", "0745-38206671")
    return b


@variant("qr03-bus-subsidy-columns", (11, 12), "one-year project, NAT-2021, 指标性质 (direction) "
         "and 比较符 columns: ≥ on a 反向 事故率, 2.4万元/辆 × 420辆 over the money")  # fmt: skip
def qr03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 14))
    project_head(
        s, year=2026, name="城乡公交运营补贴", dept="沅桥市交通运输局（208）",
        unit="沅桥市城乡公交发展服务中心",
        money=one_year_money(wan(860), wan(800), wan(60)),
        goals=["2026年对42条城乡公交线路的运营亏损给予补贴，保障城乡公交稳定开行，提高"
               "城乡公交服务质量和安全水平。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "补贴城乡公交线路", "正向", "≥", 42, "条"),
        (None, None, "享受补贴公交车辆", "正向", "≥", 420, "辆"),
        (None, "质量指标", "城乡公交班次准点率", "正向", "≥", 92, "%"),
        (None, None, "营运车辆技术等级一级率", "正向", "≥", 85, "%"),
        (None, "时效指标", "补贴资金季度拨付时限", "反向", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "城乡公交运营补贴标准", "反向", "≤",
         mk(2.4, "B107", "warning", row=True, note="2.4万元 × 420辆 = 1008万 > 860万"),
         "万元/辆"),
        ("效益指标", "社会效益指标", "公交车辆责任事故率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 事故率 with ≥"), 0.5, "%"),
        (None, None, "城乡公交覆盖建制村比例", "正向", "≥", 95, "%"),
        (None, "可持续影响指标", "城乡公交运营监管机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "符晓川", "阎海鸥", "0744-57023318")
    return b


@variant("qr04-guardrail-detail", (11, 12), "one-year project, NAT-2021 with points on the "
         "tier-1 labels, a 测算依据 block in 万元, 元/米 × 米 within the money "
         "(correct)")  # fmt: skip
def qr04() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 18, 14))
    project_head(
        s, year=2026, name="农村公路安全生命防护工程", dept="梅垣县交通运输局（316）",
        unit="梅垣县公路事业发展中心",
        money=one_year_money(wan(620), wan(560), wan(60)),
        goals=["2026年在临水临崖、急弯陡坡路段新增波形梁护栏16.5公里，设置警示标志标牌380块，"
               "施划减速标线2.4公里，10月底前全部完工。"],
    )  # fmt: skip
    detail(s, [
        ("波形梁护栏", "16500米×260元/米", wan(429)),
        ("警示标志标牌", "380块×1500元/块", wan(57)),
        ("减速标线及减速带", "2.4公里×25万元/公里", wan(60)),
        ("设计、监理及检测", "按工程费用比例计取", wan(74)),
    ], wan(620))  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标（50分）", "数量指标", "新增波形梁护栏", "≥16.5公里", "计划标准"),
        (None, None, "设置警示标志标牌", "≥380块", "计划标准"),
        (None, None, "施划减速标线", "≥2.4公里", "计划标准"),
        (None, "质量指标", "护栏安装验收合格率", "=100%", "行业标准"),
        (None, "时效指标", "工程开工时间", "2026年4月30日前", "计划标准"),
        (None, None, "工程完工时间", "2026年10月31日前", "计划标准"),
        ("成本指标（10分）", "经济成本指标", "波形梁护栏综合单价", "≤260元/米", "行业标准"),
        (None, None, "警示标志标牌单价", "≤1500元/块", "历史标准"),
        ("效益指标（30分）", "社会效益指标", "实施路段交通事故起数下降率", "≥20%", "历史标准"),
        (None, None, "实施路段亡人事故起数", "≤1起", "历史标准"),
        (None, "可持续影响指标", "生命防护设施管护机制", "健全", "其他标准"),
        ("满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥92%", "历史标准"),
    ])  # fmt: skip
    sign(s, "姚清晏", "卢振邦", "0797-44305129")
    return b


@variant("qr05-bus-stations-weights", (1, 11), "one-year project, OLD-NAT with numbered "
         "tier-1 labels, 比较符 and 权重 columns, percentages typed in Excel, a date value "
         "(correct)")  # fmt: skip
def qr05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12, 10))
    project_head(
        s, year=2026, name="乡镇客运站提升改造项目", dept="岚溪县交通运输局（122）",
        unit="岚溪县道路运输服务中心", attr="新增项目",
        money=one_year_money(wan(360), wan(300), wan(60)),
        goals=["2026年完成5个乡镇客运站提升改造，新建港湾式停靠站18个，客运站安全设施"
               "达标率不低于95%，改善农村群众候车环境。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重"), [
        ("一、产出指标", "数量指标", "提升改造乡镇客运站", "≥", 5, "个", 10),
        (None, None, "新建港湾式停靠站", "≥", 18, "个", 10),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), None, 10),
        (None, None, "客运站安全设施达标率", "≥", pct(0.95), None, 10),
        (None, "时效指标", "改造工程完工时间", "≤", day(2026, 10, 31, CN_DATE), None, 5),
        (None, "成本指标", "单站改造补助标准", "≤", 68, "万元/个", 5),
        ("二、效益指标", "社会效益指标", "乡镇客运站旅客投诉率", "≤", pct(0.01), None, 10),
        (None, None, "建制村通客车率", "=", pct(1), None, 10),
        (None, "可持续影响指标", "客运站运营管护机制", "定性", "健全", None, 10),
        ("三、满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), None, 10),
        (None, None, "站点周边群众满意度", "≥", pct(0.9), None, 10),
    ])  # fmt: skip
    note(s, "注：权重合计100分；比较符栏“定性”表示定性指标。", 7)
    sign(s, "韦映川", "骆家宁", "0774-28150936")
    return b


@variant("qr06-upkeep-artefacts", (9, 12), "one-year project, NAT-2021, a 测算依据 block "
         "pasted from a PDF: a split number, a line in 元 among 万元, a unit cost rounded "
         "to 0")  # fmt: skip
def qr06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村公路养护工程", dept="石泷县交通运输局（627）",
        unit="石泷县农村公路养护站",
        money=one_year_money(
            wan(1205.3376, WAN4),
            mk("1120.337 6", "X105", "warning", note="a number split by a space (PDF)"),
            wan(85),
        ),
        goals=["2026年完成1300公里农村公路日常保养，修补路面病害13000平方米，完成52座桥涵"
               "小修及清淤，水毁路段48小时内抢通。"],
    )  # fmt: skip
    detail(s, [
        ("日常保养", "1300公里×0.6万元/公里", wan(780)),
        ("路面病害修补", "13000平方米×120元/平方米",
         mk(1560000, "B110", "error", alt=("B102", "B105"), note="156万元 typed in 元")),
        ("桥涵小修及清淤", "52座，按实际工程量测算", wan(184.3376, WAN4)),
        ("水毁应急抢通", "汛期抢通备用金", wan(85)),
    ], wan(1205.3376, WAN4))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路日常保养里程", "≥1300公里"),
        (None, None, "路面病害修补面积", "≥13000平方米"),
        (None, None, "桥涵小修及清淤", "≥52座"),
        (None, "质量指标", "优良中等路比例", "≥80%"),
        (None, "时效指标", "水毁路段抢通时间", "≤48小时"),
        ("成本指标", "经济成本指标", "日常保养补助标准", "≤0.6万元/公里"),
        (None, None, "路面病害修补单价",
         mk("≤0万元/平方米", "T115", "error", row=True, note="120元 rounded away in 万元")),
        ("效益指标", "社会效益指标", "因路况原因引发的交通事故起数", "较上年下降"),
        (None, "可持续影响指标", "农村公路养护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞亦舟", "范承德", "0768-91032245")
    return b
