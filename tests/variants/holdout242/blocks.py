"""Department tables with their 年度主要任务, stacked projects, a flat list and a spending
block with 测算依据 (qr13–qr18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout242.common import (
    ONE,
    book,
    detail,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout242.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qr13-transport-bureau", (12,), "department table, NAT-2021: four tasks adding "
         "up to 项目支出 (not 资金总额), standards per 公里 and 座 within their tasks "
         "(correct)")  # fmt: skip
def qr13() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="蒲阳县交通运输局",
        budget=[(wan(6480), wan(6120), wan(360), wan(1380), wan(5100))],
        tasks=[
            ("农村公路养护", "县乡村道日常养护及小修保养3800公里", wan(2400),
             "列养率100%，优良中等路比例不低于85%"),
            ("危桥改造", "改造县乡道四、五类危桥30座", wan(1500), "12月15日前完成交工验收"),
            ("城乡公交运营补贴", "对城乡公交线路运营亏损给予补贴", wan(860), "城乡公交稳定开行"),
            ("道路安全生命防护工程", "隐患路段安装护栏12公里", wan(340), "隐患路段事故下降"),
            ("金额合计", None, wan(5100), None),
        ],
        goal="2026年完成3800公里农村公路养护和30座危桥改造，在隐患路段安装护栏12公里，"
             "保障城乡公交稳定运营，道路运输安全形势持续稳定。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路列养里程", "≥3800公里"),
        (None, None, "改造县乡道危桥", "≥30座"),
        (None, None, "隐患路段安装护栏", "≥12公里"),
        (None, "质量指标", "农村公路列养率", pct(1)),
        (None, None, "优良中等路比例", "≥85%"),
        (None, "时效指标", "危桥改造交工时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "农村公路养护补助标准", "≤0.6万元/公里"),
        (None, None, "危桥改造补助标准", "≤50万元/座"),
        (None, None, "护栏建设综合成本", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "道路运输行业亡人事故起数", "≤2起"),
        (None, None, "建制村通客车率", "=100%"),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立夏", "包文渊", "0739-43120578")
    return b


@variant("qr14-bureau-tasks-off", (9, 11, 12), "department table, NAT-2021: tasks short of "
         "their 金额合计, a 填报日期 left as a serial, ≤ on a 下降率")  # fmt: skip
def qr14() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="芗城区交通运输局",
        filled=mk("45981", "X104", "warning", note="2025-11-20 pasted as a serial"),
        budget=[(wan(5020), wan(4700), wan(320), wan(1370), wan(3650))],
        tasks=[
            ("农村公路养护", "区乡村道日常养护3000公里", wan(1800), "优良中等路比例不低于80%"),
            ("危桥改造", "改造危桥19座", wan(950), "年底前完成交工验收"),
            ("城乡公交运营补贴", "城乡公交线路运营亏损补贴", wan(620), "城乡公交稳定开行"),
            ("生命防护工程", "隐患路段安装护栏8公里", wan(230), "隐患路段事故下降"),
            ("金额合计", None,
             mk(wan(3650), "B102", "error", row=True, note="1800+950+620+230 = 3600"), None),
        ],
        goal="2026年完成3000公里农村公路养护和19座危桥改造，隐患路段安装护栏8公里，"
             "全区道路交通事故亡人数较上年下降8%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路养护里程", "≥3000公里"),
        (None, None, "改造危桥", "≥19座"),
        (None, None, "隐患路段安装护栏", "≥8公里"),
        (None, "质量指标", "优良中等路比例", "≥80%"),
        (None, "时效指标", "危桥改造交工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "农村公路养护补助标准", "≤0.6万元/公里"),
        (None, None, "危桥改造补助标准", "≤50万元/座"),
        (None, None, "护栏建设综合成本", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "道路交通事故亡人数下降率",
         mk("≤8%", "T108", "warning", row=True, alt=("D104",), note="a 下降率 is 正向: ≥8% meant")),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庄念慈", "黎方正", "0596-25731840")
    return b


@variant("qr15-stacked-upkeep-bridges", (2, 12), "two one-year projects stacked in one "
         "sheet, NAT-2021: 1.0万元/公里 × 980公里 over the first's money, the second's "
         "总额 off")  # fmt: skip
def qr15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="农村公路养护工程", dept="岑坪县交通运输局（147）",
        unit="岑坪县农村公路养护中心", money=one_year_money(wan(900), wan(820), wan(80)),
        goals=["2026年完成980公里农村公路日常养护，优良中等路比例不低于80%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥980公里"),
        (None, "质量指标", "优良中等路比例", "≥80%"),
        (None, "时效指标", "水毁路段抢通时间", "≤72小时"),
        ("成本指标", "经济成本指标", "日常养护补助标准",
         mk("≤1.0万元/公里", "B107", "warning", row=True, note="1.0万 × 980公里 = 980万 > 900万")),
        ("效益指标", "社会效益指标", "因路况原因引发的交通事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="危桥改造工程", dept="岑坪县交通运输局（147）",
        unit="岑坪县公路建设中心", attr="一次性项目",
        money=one_year_money(mk(wan(540), "B101", "error", row=True,
                                note="480 + 40 = 520, not 540"), wan(480), wan(40)),
        goals=["2026年完成14座四、五类危桥改造，年底前全部交工验收。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造危桥", "≥14座"),
        (None, "质量指标", "交工验收合格率", "=100%"),
        (None, "时效指标", "交工验收完成时间", "2026年12月25日前"),
        ("成本指标", "经济成本指标", "危桥改造补助标准", "≤35万元/座"),
        ("效益指标", "社会效益指标", "危桥通行安全事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙以安", "韩松涛", "0776-61852094")
    return b


@variant("qr16-stacked-bus-lines", (2, 4, 12), "two one-year projects stacked, NAT-2021: "
         "2万元/辆 × 400辆 within the first, 0.8万元/条 × 60条 within the second, a footnote "
         "(correct)")  # fmt: skip
def qr16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城乡公交运营补贴", dept="瓯泽县交通运输局（352）",
        unit="瓯泽县道路运输管理所", money=one_year_money(wan(820), wan(780), wan(40)),
        goals=["2026年对46条城乡公交线路、400辆公交车辆给予运营补贴，准点率不低于92%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴城乡公交线路", "≥46条"),
        (None, None, "补贴公交车辆", "≥400辆"),
        (None, "质量指标", "城乡公交准点率", "≥92%"),
        (None, "时效指标", "补贴资金拨付时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "城乡公交运营补贴标准", "≤2万元/辆"),
        ("效益指标", "社会效益指标", "公交责任亡人事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村客运班线运营补助", dept="瓯泽县交通运输局（352）",
        unit="瓯泽县道路运输管理所", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年对60条农村客运班线给予运营补助，班线开行率不低于95%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助农村客运班线", "≥60条"),
        (None, "质量指标", "农村客运班线开行率", "≥95%"),
        (None, None, "客运车辆安全检查覆盖率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "班线运营补助标准", "≤0.8万元/条"),
        ("效益指标", "社会效益指标", "农村客运旅客投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表两个项目分别填报，指标值均为2026年度目标。")
    sign(s, "阮星野", "池国华", "0577-86314209")
    return b


@variant("qr17-terminal-smart-pasted", (9, 11, 12), "one-year project with 中期 and 年度 money, "
         "NAT-2021, a 测算依据 block: the money columns differ, an amount pasted twice, ≥ on a "
         "waiting time")  # fmt: skip
def qr17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="汽车客运站智能化改造", dept="汀澜市交通运输局（271）",
        unit="汀澜市汽车客运总站", attr="一次性项目",
        money=period_money((wan(300), wan(270), wan(30)), (
            mk(wan(270), "B109", "warning", row=True, note="one year: 年度 should equal 中期"),
            wan(240), wan(30))),
        goals=["2026年完成站务系统升级，购置安检X光机3台，建设视频监控点位48个，9月底前完成"
               "安装调试。"],
    )  # fmt: skip
    detail(s, [
        ("站务系统升级", "1套×86万元/套", wan(86)),
        ("安检设备购置", "3台×40万元/台",
         mk("120万120万（含X光机3台）", "X106", "error", alt=("B102",),
            note="the amount pasted twice")),
        ("视频监控系统", "48个点位×1.3万元/个，含线路及存储", wan(64)),
    ], wan(270))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "站务系统升级", "≥1套"),
        (None, None, "购置安检X光机", "≥3台"),
        (None, None, "建设视频监控点位", "≥48个"),
        (None, "质量指标", "系统上线验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "安检设备单价", "≤40万元/台"),
        (None, None, "监控点位综合单价", "≤1.3万元/个"),
        ("效益指标", "社会效益指标", "旅客进站安检平均排队时长",
         mk("≥5分钟", "T108", "warning", row=True, note="a waiting time is 反向: ≤5分钟")),
        (None, None, "站内治安案件发生起数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭映秋", "骆千帆", "0595-22678401")
    return b


@variant("qr18-transport-centre-flat", (3, 4, 11, 12), "department table with a flat "
         "list (指标名称, 权重, 计量单位, 指标性质 as direction, 指标值), tasks = "
         "项目支出 (correct)")  # fmt: skip
def qr18() -> Book:
    b, s = book("Sheet1", (8, 30, 10, 14, 12, 16))
    department_head(
        s, year=2026, dept="岷溪县道路运输服务中心", filled=day(2025, 11, 26),
        budget=[(wan(1850), wan(1760), wan(90), wan(690), wan(1160))],
        tasks=[
            ("城乡公交运营补贴", "38条城乡公交线路、300辆公交车运营补贴", wan(720), "稳定开行"),
            ("客运站安全管理", "全县客运站安全检查全覆盖", wan(180), "安全检查覆盖率100%"),
            ("道路运输执法装备", "配备执法记录仪等装备120套", wan(260), "执法全过程记录"),
            ("金额合计", None, wan(1160), None),
        ],
        goal="2026年保障38条城乡公交线路稳定运营，客运站安全检查全覆盖，道路运输安全生产"
             "事故起数控制在2起以内，群众满意度不低于90%。",
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("1", "补贴城乡公交线路", 10, "条", "正向", "≥38"),
        ("2", "补贴公交车辆", 10, "辆", "正向", "≥300"),
        ("3", "城乡公交运营补贴标准", 10, "万元/辆", "反向", "≤2.4"),
        ("4", "配备执法装备", 10, "套", "正向", "≥120"),
        ("5", "客运站安全检查覆盖率", 10, "%", "正向", pct(1)),
        ("6", "道路运输安全生产事故起数", 10, "起", "反向", "≤2"),
        ("7", "客运班线准点率", 10, "%", "正向", "≥95%"),
        ("8", "旅客投诉率", 10, "%", "反向", "≤0.5%"),
        ("9", "执法案件办结及时率", 10, "%", "正向", "≥98%"),
        ("10", "群众满意度", 10, "%", "正向", "≥90%"),
    ])  # fmt: skip
    note(s, "注：指标性质栏填“正向”或“反向”；权重合计100分。")
    sign(s, "钱语桐", "孔令川", "0833-47051962")
    return b
