"""One-year project tables of the 176th held-out set: 农村公路养护, 公交车辆更新补贴,
客运站运营补助, 交通运输综合执法装备, 治超站运行."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout176.common import indicators, notes, one_year, signature
from tests.variants.holdout176.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("od01-rural-road-upkeep", (1, 4), "project, NAT-2021, one value column with inline "
         "operators, a 备注 column, a footnote; =0起 accidents and =100% at the "
         "ceiling")  # fmt: skip
def od01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 22, 12))
    project_head(s, year=2026, name="农村公路日常养护", dept="临川县交通运输局（412）",
                 unit="临川县公路事业发展中心", attr="常年项目", money=one_year(420, 400, 20),
                 goals=("完成全县农村公路日常养护320公里，修补路面病害8000平方米，优良中等路率"
                        "保持在85%以上，保障沿线群众安全便捷出行。",))  # fmt: skip
    indicators(s, (*HEAD4, "备注"), [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥320公里", "县乡村道"),
        (None, None, "路面病害修补面积", "≥8000平方米"),
        (None, "质量指标", "优良中等路率", "≥85%"),
        (None, None, "养护工程验收合格率", "=100%"),
        (None, "时效指标", "路面病害处置时限", "≤7天", "发现后起算"),
        ("成本指标", "经济成本指标", "农村公路日常养护单价", "≤1.2万元/公里"),
        ("效益指标", "社会效益指标", "因路况原因引发的交通事故", "=0起"),
        (None, None, "农村公路列养率", "≥98%"),
        (None, "可持续影响指标", "农村公路养护长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：养护里程以县级农村公路养护管理台账为准。")
    return b


@variant("od03-bus-renewal-operator-column", (1,), "project, OLD-NAT, operator column (比较符), "
         "bare numbers and percent cells, a unit column, a date cell; 8万元/辆 × 45辆 within "
         "the money")  # fmt: skip
def od03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 16, 12))
    project_head(s, year=2026, name="城市公交车辆更新补贴", dept="青岚市交通运输局（305）",
                 unit="青岚市交通运输局", attr="一次性项目", money=one_year(380, 300, 80),
                 goals=("补贴公交企业更新新能源公交车辆45辆，提高新能源公交车占比，改善市民公交"
                        "出行条件。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新新能源公交车辆", "≥", 45, "辆"),
        (None, None, "补贴公交企业", "=", 3, "家"),
        (None, "质量指标", "更新车辆上牌运营率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金兑付时间", "≤", day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "单车购置补贴标准", "≤", 8, "万元/辆"),
        ("效益指标", "生态效益指标", "新能源公交车占比", "≥", pct(0.85), "%"),
        (None, "社会效益指标", "公交线路准点率", "≥", pct(0.92), "%"),
        (None, "可持续影响指标", "更新车辆设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("od04-bus-station-weights", (10,), "project, NAT-2021, a weight column adding to 100, "
         "=0起 accidents, a per-个 standard × stations within the money")  # fmt: skip
def od04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 12, 12))
    project_head(s, year=2026, name="乡镇客运站运营补助", dept="云岭县交通运输局（208）",
                 unit="云岭县道路运输服务中心", attr="延续项目", money=one_year(96, 96, 0),
                 goals=("补助14个乡镇客运站正常运营，保障36条农村客运班线稳定运行，建制村通客车"
                        "率保持100%。",))  # fmt: skip
    indicators(s, (*HEAD4, "权重（分）"), [
        ("产出指标", "数量指标", "补助乡镇客运站数量", "=14个", 10),
        (None, None, "保障农村客运班线数量", "≥36条", 10),
        (None, "质量指标", "客运站安全检查合格率", "≥95%", 10),
        (None, None, "客运站服务质量信誉考核达标率", "≥90%", 10),
        (None, "时效指标", "补助资金拨付时间", "2026年6月30日前", 10),
        ("成本指标", "经济成本指标", "乡镇客运站运营补助标准", "≤6.5万元/个", 10),
        ("效益指标", "社会效益指标", "建制村通客车率", "=100%", 10),
        (None, None, "客运站安全生产责任事故", "=0起", 10),
        (None, "可持续影响指标", "农村客运网络运行机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥88%", 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    return b


@variant("od08-enforcement-kit-direction", (4, 11), "project, NAT-2021, direction column "
         "(正向/反向), operators inside the values, amounts with 万元 in a 4-decimal format, "
         "footnotes and signature lines")  # fmt: skip
def od08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 12, 16))
    fmt = '0.0000"万元"'
    project_head(s, year=2026, name="交通运输综合执法装备购置", dept="横江县交通运输局（517）",
                 unit="横江县交通运输综合行政执法大队", attr="一次性项目",
                 money=one_year(150, 130, 20, fmt),
                 goals=("购置执法记录仪60台、执法车辆3辆、便携式称重设备4套，提升路政、运政和"
                        "治超现场执法取证能力。",))  # fmt: skip
    indicators(s, (*HEAD4, "指标方向"), [
        ("产出指标", "数量指标", "购置执法记录仪", "≥60台", "正向"),
        (None, None, "购置执法车辆", "≥3辆", "正向"),
        (None, None, "购置便携式称重设备", "≥4套", "正向"),
        (None, "质量指标", "装备验收合格率", "=100%", "正向"),
        (None, "时效指标", "装备采购完成时间", "2026年9月30日前", "反向"),
        ("成本指标", "经济成本指标", "执法车辆单价", "≤28万元/辆", "反向"),
        (None, None, "执法记录仪单价", "≤0.35万元/台", "反向"),
        (None, None, "便携式称重设备单价", "≤9万元/套", "反向"),
        ("效益指标", "社会效益指标", "执法案件现场取证完整率", "≥95%", "正向"),
        (None, None, "执法投诉数量", "≤10件", "反向"),
        (None, "可持续影响指标", "装备正常使用年限", "≥6年", "正向"),
        ("满意度指标", "服务对象满意度指标", "执法对象满意度", "≥85%", "正向"),
    ])  # fmt: skip
    notes(s, "注：1.正向指标取值越大越好，反向指标取值越小越好。",
          "2.装备单价以政府采购中标价为准。")  # fmt: skip
    signature(s, "周明远", "何佳怡", "0736-84562317", "2025年11月18日")
    return b


@variant("od11-road-upkeep-money-rate", (12, 1), "project, OLD-NAT, one value column: 资金总额 ≠ "
         "财政拨款 + 其他资金, a 路率 given in 公里")  # fmt: skip
def od11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    money = one_year(mk(500, "B101", "error", note="450 + 30 = 480"), 450, 30)
    project_head(
        s,
        year=2026,
        name="农村公路养护工程",
        dept="岚溪县交通运输局（109）",
        unit="岚溪县公路事业发展中心",
        attr="常年项目",
        money=money,
        goals=("完成农村公路日常养护280公里、清理边沟150公里，水毁路段及时抢通。",),
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥280公里"),
        (None, None, "清理边沟长度", "≥150公里"),
        (None, "质量指标", "优良中等路率", mk("≥260公里", "T105", "error")),
        (None, "时效指标", "水毁路段抢通时限", "≤48小时"),
        (None, "成本指标", "日常养护单价", "≤1.6万元/公里"),
        ("效益指标", "社会效益指标", "公路安全隐患路段整治率", "≥90%"),
        (None, "可持续影响指标", "农村公路管养机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("od12-bus-renewal-over-money", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "10万元/辆 × 50辆 above the year's 420万元, a 合格率 of 105% in a percent "
         "cell")  # fmt: skip
def od12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 16, 12))
    project_head(
        s,
        year=2026,
        name="新能源公交车辆更新补贴",
        dept="鹤川市交通运输局（302）",
        unit="鹤川市交通运输局",
        attr="一次性项目",
        money=one_year(420, 360, 60),
        goals=("补贴公交企业更新新能源公交车辆50辆，淘汰老旧柴油公交车。",),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新新能源公交车辆", "≥", 50, "辆"),
        (None, None, "补贴公交企业", "=", 2, "家"),
        (None, "质量指标", "新购车辆验收合格率", "≥", mk(pct(1.05), "T106", "error"), "%"),
        (None, "时效指标", "补贴资金兑付时间", "≤", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "单车购置补贴标准", "≤",
         mk(10, "B107", "warning", row=True, note="10万元/辆 × 50辆 = 500万元 > 420万元"),
         "万元/辆"),
        ("效益指标", "生态效益指标", "新能源公交车占比", "≥", pct(0.9), "%"),
        (None, "社会效益指标", "公交线路准点率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("od13-overload-station-direction", (11,), "project, NAT-2021, 指标性质 as a word "
         "operator (大于等于/小于等于/等于), bare numbers, unit column: ≥ on 超限率 and on "
         "投诉数量, "
         "the same count twice")  # fmt: skip
def od13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 14, 12))
    project_head(
        s,
        year=2026,
        name="公路超限检测站运行经费",
        dept="石坞县交通运输局（221）",
        unit="石坞县公路超限检测站",
        attr="常年项目",
        money=one_year(180, 180, 0),
        goals=("保障超限检测站全年运行，检测货车15万辆次，辖区货车超限率得到有效控制。",),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "货车超限检测车次", "大于等于", 15, "万辆次"),
        (None, None, "检测站运行天数", "大于等于", 360, "天"),
        (None, None, mk("货车超限检测车次", "D101", "warning", row=True, alt=("D103",)),
         "大于等于", 15, "万辆次"),
        (None, "质量指标", "称重设备计量检定合格率", "大于等于", 98, "%"),
        (None, "时效指标", "超限车辆处置时限", "小于等于", 2, "小时"),
        ("成本指标", "经济成本指标", "检测站年度运行成本", "小于等于", 180, "万元"),
        ("效益指标", "社会效益指标", "辖区货车超限率",
         mk("大于等于", "T108", "warning", row=True), 3, "%"),
        (None, None, "治超执法投诉数量", mk("大于等于", "T108", "warning", row=True), 8, "件"),
        (None, "可持续影响指标", "非现场执法系统运行", "定性", "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "货运经营者满意度", "大于等于", 85, "%"),
    ])  # fmt: skip
    return b


@variant("od16-bus-station-rate-vague", (1,), "project, NAT-2021, unit column: a 正点率 given "
         "in 班次, a count given as 定期开展")  # fmt: skip
def od16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 12, 12))
    project_head(
        s,
        year=2026,
        name="农村客运站运营补助",
        dept="桐坪县交通运输局（116）",
        unit="桐坪县交通运输局",
        attr="延续项目",
        money=one_year(60, 50, 10),
        goals=("补助8个乡镇客运站运营，保障农村客运班车正常发班，建制村通客车率100%。",),
    )
    indicators(s, (*HEAD4, "计量单位"), [
        ("产出指标", "数量指标", "补助乡镇客运站", "≥8", "个"),
        (None, None, "站场安全隐患排查次数",
         mk("定期开展", "T102", "warning", alt=("T116", "T104")), "次"),
        (None, "质量指标", "客运班车发班正点率", mk("≥1200", "T105", "error"), "班次"),
        (None, "时效指标", "补助资金拨付时间", "2026年7月31日前", None),
        ("成本指标", "经济成本指标", "单站运营补助标准", "≤7", "万元/个"),
        ("效益指标", "社会效益指标", "建制村通客车率", "=100%", "%"),
        (None, "可持续影响指标", "农村客运站运营机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("od18-enforcement-kit-defects", (1, 11), "project, NAT-2021, one value column: a 达标率 "
         "of ≥110%, a deadline in the next year, ≥ on a 事故率")  # fmt: skip
def od18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="综合执法装备更新",
        dept="白茅县交通运输局（133）",
        unit="白茅县交通运输综合行政执法大队",
        attr="一次性项目",
        money=one_year(120, 120, 0),
        goals=("购置执法记录仪50台、移动执法终端30台，实现执法全过程记录。",),
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置执法记录仪", "≥50台"),
        (None, None, "购置移动执法终端", "≥30台"),
        (None, "质量指标", "执法装备配备达标率", mk("≥110%", "T106", "error")),
        (None, "时效指标", "装备采购完成时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y101",))),
        ("成本指标", "经济成本指标", "执法记录仪单价", "≤0.4万元/台"),
        (None, None, "移动执法终端单价", "≤0.6万元/台"),
        ("效益指标", "社会效益指标", "执法车辆交通事故率",
         mk("≥0.5%", "T108", "warning", row=True)),
        (None, None, "执法案件按期办结率", "≥95%"),
        (None, "可持续影响指标", "装备正常使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "执法对象满意度", "≥85%"),
    ])  # fmt: skip
    return b
