"""Public rental housing (公租房) maintenance: kgu01–kgu06."""

from __future__ import annotations

from tests.variants.holdout869.common import book, header, multi, notes, project, sign, tiers
from tests.variants.holdout869.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄岭市住房和城乡建设局（318001）"
CENTRE = "澄岭市住房保障服务中心"


@variant("kgu01-upkeep-percent", (1, 4),
         "project, NAT-2021, operator and unit columns, typed percent cells, a footnote "
         "explaining the total, 填表说明 and signature lines (correct)")  # fmt: skip
def upkeep_percent() -> Book:
    b, s = book()
    project(s, year=2025, name="澄岭市市本级公租房维修养护", dept=DEPT, unit=CENTRE, total=150,
            fiscal=150, other=0, goal="完成市本级公租房1260套维修养护（其中屋面防水维修320套、"
            "给排水管网更换210套），住户报修48小时内响应，保障房屋安全使用。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "公租房维修养护套数", "≥", 1260, "套"),
        (None, None, "屋面防水维修套数", "≥", 320, "套"),
        (None, None, "给排水管网更换套数", "≥", 210, "套"),
        (None, "质量指标", "维修工程验收合格率", "≥", pct(0.98), "%"),
        (None, None, "维修返修率", "≤", pct(0.03), "%"),
        (None, "时效指标", "报修响应时间", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "套均维修养护成本", "≤", 1000, "元/套"),
        ("效益指标", "社会效益指标", "维修安全事故发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "公租房完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "承租住户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：资金总额150万元中，维修养护126万元（1260套×1000元），应急抢修预留24万元。",
          "填表说明：指标性质栏填写≥、≤或=，指标值栏只填数字。")  # fmt: skip
    sign(s, "蓝惠清", "0771-6612408", day(2024, 11, 18, CN_DATE))
    return b


@variant("kgu02-upkeep-outer-walls", (7, 12),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: the goal's count, deadline and "
         "money against the indicators")  # fmt: skip
def upkeep_outer_walls() -> Book:
    b, s = book()
    project(s, year=2025, name="枫渡区公租房外墙及管网维修", dept="枫渡区住房和城乡建设局",
            unit="枫渡区公租房管理所", total=180, fiscal=180, other=0,
            goal="完成枫渡区公租房860套外墙及管网维修，2025年11月30日前全部完工"
            "并通过验收。")  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "目标值（年度）")
    tiers(s, [
        ("产出指标", "数量指标", "外墙及管网维修套数",
         mk("≥680套", "D104", "warning", row=True,
            note="年度目标写860套，指标只有680套")),
        (None, None, "外墙渗漏点整治数量", "≥150处"),
        (None, "质量指标", "维修工程验收合格率", "≥98%"),
        (None, "时效指标", "维修完工时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（计划完成2025-12-31），目标写11月30日前完工")),
        (None, "成本指标", "套均维修成本",
         mk("≤3000元/套", "B107", "warning", row=True,
            note="3000元×860套=258万元（×680套=204万元），都超过资金总额180万元")),
        ("效益指标", "社会效益指标", "公租房渗漏投诉下降率", "≥30%"),
        (None, "可持续影响指标", "维修后外墙防水保修期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu03-upkeep-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates equal, a later year the work prepares for (correct)")  # fmt: skip
def upkeep_two_year() -> Book:
    b, s = book()
    multi(s, year=2025, years=2, name="栗阳县公租房维修养护及电梯更新",
          dept="栗阳县住房和城乡建设局", unit="栗阳县保障性住房服务站", mid=(520, 500, 20),
          annual=(260, 250, 10), goals=(
              "2025—2026年完成公租房2400套维修养护和38台电梯更新改造，建立维修养护长效机制，"
              "为2027年推广物业化管理积累经验。",
              "2025年完成公租房1300套维修养护、更新电梯18台，住户报修24小时内响应。"))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "公租房维修养护套数", "≥2400套", "≥1300套"),
        (None, None, "电梯更新改造台数", "≥38台", "≥18台"),
        (None, "质量指标", "电梯更新验收合格率", "=100%", "=100%"),
        (None, "时效指标", "报修响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "电梯更新单台成本", "≤8万元/台", "≤8万元/台"),
        (None, None, "套均维修养护成本", "≤700元/套", "≤700元/套"),
        ("效益指标", "社会效益指标", "电梯困人故障发生率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu04-upkeep-three-year-copy", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, a year's count above the period's")  # fmt: skip
def upkeep_three_year_copy() -> Book:
    b, s = book()
    goal = (
        "2025—2027年完成南湾县公租房3600套维修养护，更换老化消防设施120处，住户满意度保持90%以上。"
    )
    multi(s, year=2025, years=3, name="南湾县公租房维修养护三年行动", dept="南湾县住房保障局",
          unit="南湾县公租房运营中心", mid=(900, 900, 0), annual=(300, 300, 0),
          goals=(goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "公租房维修养护套数", "≥3600套",
         mk("≥3600套", "D202", "warning", note="三年累计套数照抄到年度列")),
        (None, None, "老化消防设施更换处数", "≥120处",
         mk("≥150处", "D201", "error", note="年度150处大于三年120处")),
        (None, "质量指标", "维修工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "报修响应时间", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "套均维修养护成本", "≤800元/套", "≤800元/套"),
        ("效益指标", "社会效益指标", "房屋安全隐患整改率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu05-upkeep-stacked", (2,),
         "two projects stacked in one sheet, NAT-2021, one value column, the same satisfaction "
         "indicator with different values, a cost standard × count equal to its money "
         "(correct)")  # fmt: skip
def upkeep_stacked() -> Book:
    b, s = book("绩效目标表")
    project(s, year=2025, name="市本级公租房电梯维护保养", dept=DEPT, unit=CENTRE, total=96,
            fiscal=96, other=0, goal="对市本级公租房小区64台电梯开展维护保养，全年电梯困人故障"
            "不超过5次。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "电梯维保台数", "≥64台"),
        (None, "质量指标", "电梯定期检验合格率", "=100%"),
        (None, "时效指标", "困人故障救援到达时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "单台年维保费", "≤1.5万元/台"),
        ("效益指标", "社会效益指标", "电梯困人故障次数", "≤5次"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, year=2025, name="市本级公租房消防设施维护", dept=DEPT, unit=CENTRE, total=40,
            fiscal=36, other=4, goal="维护公租房小区消防设施22处，消防设施完好率达到95%以上。",
            title="")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "消防设施维护处数", "≥22处"),
        (None, "质量指标", "消防设施完好率", "≥95%"),
        (None, "时效指标", "维护完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单处维护成本", "≤1.8万元/处"),
        ("效益指标", "社会效益指标", "火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kgu06-upkeep-points-dup", (5, 10),
         "project, NAT-2021, numbered tier labels with points and a 分值 column: one indicator "
         "twice with different values, a quality rate under 时效")  # fmt: skip
def upkeep_points_dup() -> Book:
    b, s = book()
    project(s, year=2025, name="枫渡区公租房二次供水设施维修改造", dept="枫渡区住房和城乡建设局",
            unit="枫渡区公租房管理所", total=210, fiscal=200, other=10,
            goal="完成枫渡区公租房二次供水设施维修改造48处，水质检测合格率98%以上。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    tiers(s, [
        ("一、产出指标（50分）", "（一）数量指标", "二次供水设施维修改造处数", "≥48处", 15),
        (None, "（二）质量指标", "水质检测合格率", "≥98%", 10),
        (None, None, mk("水质检测合格率", "D102", "error", row=True, alt=("D101", "D103"),
                        note="同一指标填了两次，≥98%与≥95%"), "≥95%", 5),
        (None, "（三）时效指标",
         mk("维修材料抽检合格率", "F201", "warning", row=True, note="合格率是质量指标"),
         "≥96%", 10),
        (None, None, "改造完工时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单处维修改造成本", "≤4.2万元/处", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "供水水质投诉下降率", "≥40%", 15),
        (None, "（二）可持续影响指标", "设施设计使用年限", "≥8年", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "住户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
