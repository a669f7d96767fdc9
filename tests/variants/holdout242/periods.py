"""Multi-year projects with 中期 and 年度 columns: one value per period, an operator and a unit
column shared by both periods, two complete column sets (qr07–qr12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout242.common import TWO, book, indicators, note, period_money, sign, wan
from tests.variants.holdout242.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qr07-bridges-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 座 count equal in both, the annual 米 beyond the period 公里")  # fmt: skip
def qr07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="县乡道危桥改造三年行动", dept="藤江县交通运输局（415）",
        unit="藤江县公路建设养护中心",
        money=period_money((wan(2100), wan(1900), wan(200)), (wan(650), wan(600), wan(50))),
        goals=["2026—2028年完成全县县乡道四、五类危桥改造及连接线建设，建立危桥动态监测机制。",
               "2026年启动首批危桥改造，完成首批危桥连接线建设，确保改造期间通行安全。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造县乡道危桥", "≥36座",
         mk("≥36座", "D202", "warning", row=True, note="a cumulative count equal in both")),
        (None, None, "危桥连接线改造里程", "≥3.5公里",
         mk("≥4200米", "D201", "error", row=True, note="4.2公里 a year > 3.5公里 in three")),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "危桥改造完工时间", "2028年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "连接线改造成本", "≤120万元/公里", "≤120万元/公里"),
        ("效益指标", "社会效益指标", "危桥通行安全事故起数", "=0起", "=0起"),
        (None, "可持续影响指标", "危桥动态监测机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳棠", "司马骁", "0771-36025814")
    return b


@variant("qr08-road-upgrade-two-years", (8, 12), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns: 公里 against 米, rates, =0起 and costs equal in both (correct)")  # fmt: skip
def qr08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="农村公路提档升级工程", dept="桦川县交通运输局（302）",
        unit="桦川县农村公路建设指挥部", attr="新增项目",
        money=period_money((wan(15000), wan(13500), wan(1500)), (wan(7600), wan(6800), wan(800))),
        goals=["2026—2027年完成农村公路提档升级180公里，其中路面加宽改造42公里，沿线建制村"
               "通双车道比例达到60%。",
               "2026年完成提档升级92公里，路面加宽改造18.6公里，年内交工验收合格率100%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥180公里", "≥92公里"),
        (None, None, "路面加宽改造", "≥42公里", "≥18600米"),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%"),
        (None, None, "优良路率", "≥80%", "≥80%"),
        (None, "时效指标", "项目开工时间", "2026年3月31日前", "2026年3月31日前"),
        (None, None, "建设任务完成时间", "2027年11月30日前", "2026年12月20日前"),
        (None, "成本指标", "提档升级补助标准", "≤80万元/公里", "≤80万元/公里"),
        ("效益指标", "经济效益指标", "沿线农产品运输成本降低率", "≥10%", "≥5%"),
        (None, "社会效益指标", "施工安全责任事故起数", "=0起", "=0起"),
        (None, None, "沿线建制村通双车道比例", "≥60%", "≥35%"),
        (None, "可持续影响指标", "建后管护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟离雪", "公孙策", "0454-82167730")
    return b


@variant("qr09-stations-two-sets", (8, 12), "three-year project, NAT-2021, two complete "
         "column sets (中期 then 年度), standards per 个 within each period's money "
         "(correct)")  # fmt: skip
def qr09() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 16, 28, 16))
    project_head(
        s, year=2026, years=3, name="城乡客运一体化站场建设", dept="澧阳县交通运输局（509）",
        unit="澧阳县道路运输服务中心", attr="新增项目",
        money=period_money((wan(2700), wan(2400), wan(300)), (wan(900), wan(800), wan(100))),
        goals=["2026—2028年建成乡镇综合客运站6个、农村候车亭150个，实现建制村通客车率100%。",
               "2026年建成乡镇综合客运站2个、农村候车亭50个，首批站点11月底前主体完工。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值（2026—2028年）",
                   "二级指标", "三级指标", "年度指标值（2026年）"), [
        ("产出指标", "数量指标", "建成乡镇综合客运站", "≥6个",
         "数量指标", "建成乡镇综合客运站", "≥2个"),
        (None, None, "新建农村候车亭", "≥150个", None, "新建农村候车亭", "≥50个"),
        (None, "质量指标", "工程验收合格率", "=100%", "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "全部站点建成投用时间", "2028年10月31日前",
         "时效指标", "首批站点主体完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "综合客运站建设补助标准", "≤300万元/个",
         "经济成本指标", "综合客运站建设补助标准", "≤300万元/个"),
        (None, None, "候车亭建设单价", "≤4万元/个", None, "候车亭建设单价", "≤4万元/个"),
        ("效益指标", "社会效益指标", "建制村通客车率", "=100%",
         "社会效益指标", "建制村通客车率", "=100%"),
        (None, None, "客运站旅客投诉率", "≤1%", None, "客运站旅客投诉率", "≤1%"),
        (None, "可持续影响指标", "客运站运营管护机制", "健全",
         "可持续影响指标", "客运站运营管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%",
         "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "饶春晖", "甘立诚", "0736-51480927")
    return b


SAFETY_GOAL = "完成全县临水临崖、急弯陡坡等隐患路段生命防护工程建设，提升农村公路安全水平。"


@variant("qr10-guardrails-copied-goal", (8, 11), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 copied from the 中期目标, ≥ on a 事故发生率 in the "
         "年度 column")  # fmt: skip
def qr10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="公路安全生命防护工程", dept="溱州市交通运输局（233）",
        unit="溱州市公路事业发展中心",
        money=period_money((wan(1600), wan(1450), wan(150)), (wan(820), wan(760), wan(60))),
        goals=[SAFETY_GOAL, mk(SAFETY_GOAL, "D204", "warning", row=True,
                               note="the 年度目标 repeats the 中期目标 word for word")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "安装波形梁护栏", "≥48公里", "≥22公里"),
        (None, None, "整治隐患路段", "≥65处", "≥30处"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "护栏综合单价", "≤260元/米", "≤260元/米"),
        ("效益指标", "社会效益指标", "隐患路段交通事故发生率", "≤1.5%",
         mk("≥1.5%", "T108", "warning", row=True, alt=("D203",),
            note="a 反向 事故发生率 with ≥, against ≤ in the 中期 column")),
        (None, None, "隐患路段亡人事故起数", "较2025年下降", "较2025年下降"),
        (None, "可持续影响指标", "防护设施日常巡查机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "危振宇", "乔慕白", "0756-20937748")
    return b


@variant("qr11-terminal-ops-units", (8, 12), "two-year project, NAT-2021, 比较符, 中期, "
         "年度 and 计量单位 columns: the annual area beyond the period's, a 完成日期 "
         "before the start")  # fmt: skip
def qr11() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 16, 16, 12))
    project_head(
        s, year=2026, years=2, name="县级汽车客运站迁建工程", dept="沩宁县交通运输局（118）",
        unit="沩宁县交通建设投资有限公司", attr="新增项目", start=day(2026, 3, 1),
        end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102",),
               note="a two-year project from 2026-03-01 cannot end on 2025-12-31"),
        money=period_money((wan(2400), wan(2100), wan(300)), (wan(1300), wan(1150), wan(150))),
        goals=["2026—2027年建成二级汽车客运站1座，站房3200平方米，停车场6000平方米，"
               "发车位16个，2027年9月底前投入运营。",
               "2026年完成站房主体结构及停车场4000平方米，建成发车位8个。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "站房建筑面积", "≥", 3200,
         mk(3600, "D201", "error", row=True, note="3600 a year > 3200 in two"), "平方米"),
        (None, None, "停车场面积", "≥", 6000, 4000, "平方米"),
        (None, None, "建成发车位", "≥", 16, 8, "个"),
        (None, "质量指标", "工程验收合格率", "=", 100, 100, "%"),
        (None, "时效指标", "形象进度节点完成时间", "≤", "2027年9月30日", "2026年12月20日",
         None),
        ("成本指标", "经济成本指标", "站房建安单价", "≤", 3500, 3500, "元/平方米"),
        ("效益指标", "社会效益指标", "旅客投诉率", "≤", 1, 1, "%"),
        (None, None, "日均旅客发送量", "≥", 2500, 2000, "人次"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    sign(s, "闵嘉树", "柯望舒", "0737-66329015")
    return b


@variant("qr12-bus-renewal-units", (1, 8, 12), "two-year project, NAT-2021, 计量单位 then 中期 "
         "and 年度 columns: 100% typed, a rate per 万车公里, a footnote (correct)")  # fmt: skip
def qr12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 16, 16))
    project_head(
        s, year=2026, years=2, name="城乡公交新能源车辆更新", dept="蓼川市交通运输局（260）",
        unit="蓼川市公共交通有限责任公司",
        money=period_money((wan(3200), wan(3000), wan(200)), (wan(1600), wan(1500), wan(100))),
        goals=["2026—2027年更新新能源城乡公交车120辆，配套建设充电桩80个，公交车辆全部实现"
               "新能源化。",
               "2026年更新新能源城乡公交车60辆，建设充电桩40个，10月底前交付投运。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "更新新能源城乡公交车", "辆", "≥120", "≥60"),
        (None, None, "新建公交充电桩", "个", "≥80", "≥40"),
        (None, "质量指标", "更新车辆新能源占比", "%", pct(1), pct(1)),
        (None, None, "车辆出厂检验合格率", "%", "≥98%", "≥98%"),
        (None, "时效指标", "车辆交付投运时间", None, "2027年9月30日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单车购置补助标准", "万元/辆", "≤25", "≤25"),
        (None, None, "充电桩建设单价", "万元/个", "≤1.2", "≤1.2"),
        ("效益指标", "社会效益指标", "公交车辆万车公里责任事故率", "次/万车公里", "≤0.05",
         "≤0.05"),
        (None, "生态效益指标", "累计减少燃油消耗", "吨", "≥3900", "≥1300"),
        (None, "可持续影响指标", "新能源公交运维保障机制", None, "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "%", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2027年累计目标，年度指标值为2026年当年目标。")
    sign(s, "伍思源", "詹明远", "0735-74208163")
    return b
