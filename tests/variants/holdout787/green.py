"""Green grain-storage technology upgrades: 氮气气调, 低温 and 内环流控温 storage (kdq13–kdq18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout787.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
)
from tests.variants.holdout787.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = [("一级指标", "二级指标", "三级指标", "指标值")]


@variant("kdq13-nitrogen-three-year", (8, 1),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns with a unit column and "
         "typed percent cells, a 下降率 with ≥, a later year prepared for (correct)")  # fmt: skip
def nitrogen_three_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="禾丰县储备粮氮气气调储粮改造项目",
                 dept="禾丰县粮食和物资储备局（207）", unit="禾丰县中心粮库",
                 money=multi_year(1500, 520, 480, 40),
                 goals=["2025—2027年完成18个仓廒氮气气调改造，改造仓容9万吨，化学药剂使用量下降30%"
                        "以上，为2028年全县推广绿色储粮积累经验。",
                        "2025年完成6个仓廒氮气气调改造，改造仓容3万吨，"
                        "化学药剂使用量下降20%以上。"])  # fmt: skip
    table(s, [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")], [
        ("产出指标", "数量指标", "氮气气调改造仓廒", "≥18", "≥6", "个"),
        (None, None, "氮气气调改造仓容", "≥9", "≥3", "万吨"),
        (None, "质量指标", "气调仓氮气浓度达标率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "改造任务完成时间", "2027年11月30日前", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "每万吨仓容改造成本", "≤165", "≤165", "万元/万吨"),
        ("效益指标", "生态效益指标", "化学药剂使用量下降率", "≥30", "≥20", "%"),
        (None, "可持续影响指标", "改造设备使用年限", "≥10", "≥10", "年"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：每万吨仓容改造成本按中期9万吨、年度3万吨测算，均未超过相应资金。")
    return b


@variant("kdq14-stacked-green-three", (2,),
         "three one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in different projects (correct)")  # fmt: skip
def stacked_green_three() -> Book:
    b, s = start()
    plans = [
        ("东垄区储备库低温储粮空调改造项目", one_year(150, 150, 0),
         "完成10栋仓房低温储粮空调改造，夏季仓温控制在20℃以下。",
         [("改造仓房数量", "≥10栋"), ("单栋仓房改造成本", "≤15万元/栋"),
          ("储粮企业满意度", "≥90%")]),
        ("东垄区储备库内环流控温改造项目", one_year(96, 80, 16),
         "完成8万吨仓容内环流控温改造，降低储粮能耗。",
         [("改造仓容", "≥8万吨"), ("每万吨仓容改造成本", "≤12万元/万吨"),
          ("储粮企业满意度", "≥92%")]),
        ("东垄区储备库仓房屋面光伏发电项目", one_year(200, 160, 40),
         "在仓房屋面建设光伏发电设施1000千瓦，所发电量优先用于控温储粮。",
         [("光伏装机容量", "≥1000千瓦"), ("单位千瓦建设成本", "≤0.2万元/千瓦"),
          ("储粮企业满意度", "≥88%")]),
    ]  # fmt: skip
    for i, (name, funds, goal, (count, cost, happy)) in enumerate(plans):
        if i:
            s.skip()
        project_head(s, year=YEAR, name=name, dept="东垄区发展和改革局（粮食）",
                     unit="东垄区粮食储备中心", money=funds, goals=[goal],
                     title=None if i == 0 else "")  # fmt: skip
        table(s, H4, [
            ("产出指标", "数量指标", *count),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造完工时间", "10月31日前"),
            (None, "成本指标", *cost),
            ("效益指标", "生态效益指标", "储粮能耗下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", *happy),
        ])  # fmt: skip
    return b


@variant("kdq15-cooling-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name, the goal's 5万吨 against 4万吨 in the "
         "indicator")  # fmt: skip
def cooling_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="北塬市储备库谷物冷却低温储粮升级项目",
                 dept="北塬市粮食和物资储备局（311）", unit="北塬市第二粮食储备库",
                 money=one_year(210, 190, 20),
                 goals=["购置谷物冷却机14台，完成5万吨仓容低温储粮升级，"
                        "储粮损耗率控制在1%以内。"])  # fmt: skip
    table(s, [("一级指标", "二级指标", "三级指标", "预期目标")], [
        ("产出指标", "数量指标", "购置谷物冷却机", "≥14台"),
        (None, None, "低温储粮升级仓容",
         mk("≥4万吨", "D104", "warning", row=True, note="年度目标写5万吨，指标写4万吨")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "9月30日前"),
        ("成本指标", "经济成本指标", "谷物冷却机单台购置价格", "≤15万元/台"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("效益指标", "经济效益指标", "储粮损耗率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq16-ventilation-direction", (11, 8),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a 反向 energy use with ≥, "
         "two cumulative counts copied from 中期 into 年度, an energy 下降率 with ≥")  # fmt: skip
def ventilation_direction() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="汀垣县储备库智能通风及粮情测控升级项目",
                 dept="汀垣县粮食局（105）", unit="汀垣县粮食储备库",
                 money=multi_year(260, 140, 120, 20),
                 goals=["2025—2026年完成12栋仓房智能通风及粮情测控升级，布设测温电缆3600根，"
                        "单位储粮能耗下降10%以上。",
                        "2025年完成6栋仓房智能通风升级，布设测温电缆1800根。"])  # fmt: skip
    table(s, [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")], [
        ("产出指标", "数量指标", "智能通风升级仓房", "≥12栋",
         mk("≥12栋", "D202", "warning", note="累计数量照抄中期值，年度目标写6栋")),
        (None, None, "布设测温电缆", "≥3600根",
         mk("≥3600根", "D202", "warning", note="累计数量照抄中期值，年度目标写1800根")),
        (None, "质量指标", "粮情测控数据上传完整率", "≥98%", "≥98%"),
        (None, "时效指标", "升级改造完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单栋仓房升级成本", "≤21万元/栋",
         mk("≤21万元/栋", "B107", "warning", row=True, required=False,
            note="21万元×照抄的12栋=252万元超过年度资金，源于照抄的数量，可容忍")),
        ("效益指标", "生态效益指标", "单位储粮能耗下降率", "≥10%", "≥5%"),
        (None, None, "每吨储粮年通风耗电量", mk("≥8千瓦时/吨", "T108", "warning", row=True,
                                           note="耗电量是反向指标，应为≤"), "≤8.5千瓦时/吨"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq17-fumigation-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 declared 40 with "
         "35 under it, a cost indicator under 数量指标")  # fmt: skip
def fumigation_points() -> Book:
    b, s = start("绩效目标", (16, 10, 16, 28, 16, 10))
    project_head(s, year=YEAR, name="穗宁市储备粮绿色防虫减药技术应用项目",
                 dept="穗宁市粮食和物资储备局（402）", unit="穗宁市直属粮库",
                 money=one_year(88, 88, 0),
                 goals=["在8万吨储备粮仓容应用物理防虫和食品级惰性粉防护技术，"
                        "减少磷化氢熏蒸次数。"])  # fmt: skip
    table(s, [("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")], [
        ("产出指标", mk(40, "W103", "error", alt=("W101",),
                        note="产出指标声明40分，其下指标分值10+10+10+5=35"),
         "数量指标", "应用绿色防虫技术仓容", "≥8万吨", 10),
        (None, None, None, mk("每万吨仓容技术应用成本", "F201", "warning", row=True,
                              note="成本指标填在数量指标下"), "≤11万元/万吨", 10),
        (None, None, "质量指标", "害虫密度控制达标率", "≥95%", 10),
        (None, None, "时效指标", "防虫设施布设完成时间", "6月30日前", 5),
        ("成本指标", 20, "经济成本指标", "惰性粉单吨粮食用量成本", "≤1.5元/吨", 20),
        ("效益指标", 30, "生态效益指标", "磷化氢熏蒸次数下降率", "≥50%", 15),
        (None, None, "可持续影响指标", "绿色防虫技术推广仓容占比", "提高≥8百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "保管员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kdq18-low-temp-second-sheet", (7, 10, 4),
         "project: head on the first sheet, the indicator table on a second sheet "
         "under 预期实现值, a rate raised in 百分点, 说明 row and signatures below "
         "(correct)")  # fmt: skip
def low_temp_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="仓坪镇粮库绿色低温储粮技术应用项目",
                 dept="禾丰县粮食和物资储备局（207）", unit="仓坪镇国有粮库",
                 money=one_year(80, 80, 0),
                 goals=["完成5万吨仓容绿色低温储粮技术应用，低温仓容占比提高5个百分点，"
                        "储粮品质稳定。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    table(t, [("一级指标", "二级指标", "三级指标", "预期实现值")], [
        ("产出指标", "数量指标", "低温储粮技术应用仓容", "≥5万吨"),
        (None, "质量指标", "低温仓粮温达标率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "8月31日前"),
        (None, "成本指标", "每万吨仓容应用成本", "≤16万元/万吨"),
        ("效益指标", "生态效益指标", "低温储粮仓容占比", "提高≥5百分点"),
        (None, "可持续影响指标", "储粮品质宜存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "说明：低温储粮仓容占比为低温仓容占全库仓容的比重，按百分点考核。", width=4)
    sign(t, "龚穗禾", "0739-6340217", day(YEAR - 1, 11, 26))
    return b
