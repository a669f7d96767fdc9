"""Fire trucks: purchase, maintenance over three years, stacked vehicle projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout845.common import (
    DEPT,
    HEAD4,
    HEAD5,
    UNIT,
    first,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout845.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kfw01-pumper-purchase",
    (1, 11),
    "project, NAT-2021, operator column and unit column, percent cells, 万元 in the number "
    "format, a 下降率 with ≥ (correct)",
)
def kfw01() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="乡镇专职消防站消防车辆购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(300), wan(270), wan(30)),
        goals=[
            "购置消防车辆3台（其中水罐消防车2台、抢险救援车1台），10月31日前交付"
            "蒲埠、檀口、沙渚三个乡镇专职消防站，完成驾驶员及操作员培训18人次。"
        ],
    )
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "购置消防车辆数量", "=", 3, "台"),
        (None, None, "驾驶员及操作员培训人次", "≥", 18, "人次"),
        (None, "质量指标", "车辆验收合格率", "=", pct(1), "%"),
        (None, None, "随车器材配齐率", "≥", pct(0.98), "%"),
        (None, "时效指标", "车辆交付完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "水罐消防车单台购置成本", "≤", 96, "万元/台"),
        (None, None, "抢险救援车单台购置成本", "≤", 98, "万元/台"),
        ("效益指标", "社会效益指标", "乡镇火警平均到场时间", "≤", 15, "分钟"),
        (None, None, "乡镇火灾直接经济损失下降率", "≥", pct(0.05), "%"),
        (None, "可持续影响指标", "车辆年度完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "卢绍安", "0713-6628417", day(2024, 11, 18))
    return b


@variant(
    "kfw02-tanker-goal-mismatch",
    (11,),
    "project, NAT-2021, operators inside the values: the goal's truck count, the budget "
    "year and the money disagree with the indicators",
)
def kfw02() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="乡镇消防站水罐消防车列装",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(360), wan(330), wan(30)),
        goals=[
            "为檀口、沙渚、岱屿、棠垭四个乡镇消防站各购置水罐消防车1台，共4台，"
            "2025年11月30日前全部列装，培训驾驶员12人。"
        ],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "水罐消防车购置数量",
         mk("3台", "D104", "warning", row=True, note="年度目标写共4台")),
        (None, None, "驾驶员培训人数", "≥12人"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆列装完成时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="预算年度2025年，目标写2025年11月30日；去年的期限未改")),
        ("成本指标", "经济成本指标", "水罐消防车单台购置成本",
         mk("≤125万元/台", "B107", "warning", row=True,
            note="3台×125=375、4台×125=500，都超过资金总额360万元")),
        ("效益指标", "社会效益指标", "乡镇火警平均到场时间", "≤15分钟"),
        (None, "可持续影响指标", "车辆设计服役年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw03-maintenance-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts three times the "
    "year's, rates equal, a 0起 incident count, a later year the work prepares for (correct)",
)
def kfw03() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        years=3,
        name="消防车辆维护保养及水带更新",
        dept=DEPT,
        unit=UNIT,
        money=multi_year((wan(450), wan(420), wan(30)), (wan(150), wan(140), wan(10))),
        goals=[
            "2025—2027年完成全县42台消防车辆维护保养共252台次（每台每年2次），"
            "更换老化水带1200米，车辆完好率保持95%以上，为2028年车辆更新评估积累"
            "运行数据。",
            "2025年完成42台消防车辆维护保养84台次，更换老化水带400米，车辆完好率≥95%。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "车辆维护保养台次", "≥252台次", "≥84台次"),
        (None, None, "老化水带更换长度", "≥1200米", "≥400米"),
        (None, "质量指标", "维保后车辆完好率", "≥95%", "≥95%"),
        (None, "时效指标", "季度维保计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单台次维护保养费用", "≤1.5万元/台次", "≤1.5万元/台次"),
        ("效益指标", "社会效益指标", "因车辆故障延误出警事件", "0起", "0起"),
        (None, "可持续影响指标", "车辆平均服役年限", "≥12年", "≥12年"),
        ("满意度指标", "服务对象满意度指标", "基层消防站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw04-maintenance-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a period count below the goal's, "
    "an annual count above its period count, a cumulative count copied",
)
def kfw04() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        years=3,
        name="消防车辆维保及车载泵浦更换",
        dept=DEPT,
        unit=UNIT,
        money=multi_year((wan(400), wan(370), wan(30)), (wan(140), wan(130), wan(10))),
        goals=[
            "2025—2027年完成全县36台消防车辆维护保养共216台次，更换老化车载泵浦18套，"
            "驾驶员安全培训270人次。",
            "2025年完成维护保养72台次，更换车载泵浦6套，驾驶员安全培训90人次。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "车辆维护保养台次",
         mk("≥180台次", "D104", "warning", note="中期目标写216台次（36台×2次×3年）"),
         "≥72台次"),
        (None, None, "车载泵浦更换数量", "≥6套",
         mk("≥18套", "D201", "error", note="年度18套大于中期6套：两列对调")),
        (None, None, "驾驶员安全培训人次", "≥270人次",
         mk("≥270人次", "D202", "warning", note="累计人次照抄中期，年度目标写90人次")),
        (None, "质量指标", "维保后车辆完好率", "≥95%", "≥95%"),
        (None, "时效指标", "维保计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单台次维护保养费用", "≤1.6万元/台次", "≤1.6万元/台次"),
        ("效益指标", "社会效益指标", "车辆出动准备时间", "≤1分钟", "≤1分钟"),
        ("满意度指标", "服务对象满意度指标", "基层消防站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw05-stacked-vehicles",
    (2,),
    "two projects stacked in one sheet, NAT-2021, one value column, the same indicator name "
    "with different values in each project (correct)",
)
def kfw05() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="泡沫消防车购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(180), wan(180), wan(0)),
        goals=["购置泡沫消防车2台，配属岱屿、棠垭两个工业园区消防站，9月底前交付。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "泡沫消防车购置数量", "2台"),
        (None, "质量指标", "验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单台购置成本", "≤88万元/台"),
        ("效益指标", "社会效益指标", "园区化工火灾处置能力", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="消防车辆车载北斗通信终端更新",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(46), wan(40), wan(6)),
        goals=["为全县46台消防车辆加装车载北斗通信终端46套，实现车辆位置实时调度。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "车载通信终端安装数量", "≥46套"),
        (None, "质量指标", "验收合格率", "≥98%"),
        (None, "时效指标", "安装完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单套终端采购安装成本", "≤0.9万元/套"),
        ("效益指标", "社会效益指标", "车辆调度定位准确率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "指挥调度人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfw06-stacked-vehicles-wrong",
    (2, 12),
    "two projects stacked, NAT-2021, one value column: the second project's money does not "
    "add up and one indicator is given twice with different values",
)
def kfw06() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="抢险救援消防车购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(105), wan(100), wan(5)),
        goals=["购置抢险救援消防车1台，配属县城特勤消防站，10月底前交付。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "抢险救援消防车购置数量", "1台"),
        (None, "质量指标", "验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "车辆购置成本", "≤100万元"),
        ("效益指标", "社会效益指标", "复杂灾害救援处置能力", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(58), "B101", "error", note="财政拨款50 + 其他资金6 = 56 ≠ 58")
    project_head(
        s,
        year=2025,
        title="",
        name="消防车辆车载照明设备配发",
        dept=DEPT,
        unit=UNIT,
        money=one_year(total, wan(50), wan(6)),
        goals=["为30台消防车辆配发车载移动照明设备30套。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "车载照明设备配发数量", "≥30套"),
        (None, "质量指标", "车载照明设备配发数",
         mk("≥24套", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与数量指标“车载照明设备配发数量 ≥30套”是同一指标，值却不同；计数也不属质量")),
        (None, "时效指标", "配发完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单套照明设备采购成本", "≤1.8万元/套"),
        ("效益指标", "社会效益指标", "夜间救援作业照明保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "一线消防员满意度", "≥90%"),
    ])  # fmt: skip
    return b
