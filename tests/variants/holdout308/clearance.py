"""Returns tf01–tf06: port clearance facilitation and joint inspection (通关便利化, 联检)."""

from __future__ import annotations

from tests.variants.holdout308.common import W7, indicators, note, one_year, project, sign
from tests.variants.holdout308.registry import variant
from tests.variants.kit import Book, mk, pct

CLEARANCE_DEPT = "赭川县商务和口岸管理局（231004）"
JOINT_DEPT = "柘岭市口岸和物流办公室（118006）"


@variant(
    "tf01-clearance-percent",
    (1, 7),
    "project, NAT-2021, headers 指标内容 / 绩效标准, 指标性质 as operator, unit column, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def tf01() -> Book:
    b, s = project(
        year=2025,
        name="松沅口岸通关便利化“一站式”申报改造项目",
        dept=CLEARANCE_DEPT,
        unit="松沅口岸通关服务中心",
        money=one_year(186.5, 160, 26.5),
        goals=[
            "完成松沅口岸货检“一站式”申报终端改造，进出口整体通关时间比上年压缩20%以上，"
            "报关企业满意度达到90%以上。"
        ],
    )
    head = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    rows = [
        ["产出指标", "数量指标", "改造“一站式”申报终端", "≥", 24, "台"],
        [None, None, "开展报关企业业务培训", "≥", 6, "场"],
        [None, "质量指标", "申报系统验收合格率", "=", pct(1), "%"],
        [None, None, "电子申报数据准确率", "≥", pct(0.98), "%"],
        [None, "时效指标", "进口货物整体通关时间", "≤", 36, "小时"],
        [None, None, "出口货物整体通关时间", "≤", 1.5, "小时"],
        ["成本指标", "经济成本指标", "申报终端单台购置成本", "≤", 3.8, "万元/台"],
        [None, None, "培训场均费用", "≤", 0.6, "万元/场"],
        ["效益指标", "经济效益指标", "进出口整体通关时间压缩率", "≥", pct(0.2), "%"],
        [None, "社会效益指标", "“单一窗口”主要业务应用率", "≥", pct(0.95), "%"],
        [None, "可持续影响指标", "申报终端持续运行年限", "≥", 5, "年"],
        ["满意度指标", "服务对象满意度指标", "报关企业满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, head, rows)
    return b


@variant(
    "tf02-joint-footnotes",
    (4,),
    "project, OLD-NAT, one value column and a 指标值设定依据 column; an instruction row inside the "
    "table, a note row between tiers, footnotes explaining the total, 填表说明, signature and "
    "a fill date in the year before (correct)",
)
def tf02() -> Book:
    b, s = project(
        year=2025,
        name="砚峰口岸联检楼联合查验运行保障项目",
        dept=JOINT_DEPT,
        unit="砚峰口岸联检服务中心",
        money=one_year(96, 90, 6),
        goals=["保障砚峰口岸联检楼查验场地和设备全年正常运转，推行联合查验“一次开箱”。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    note(s, "（填写说明：指标值须含比较符和计量单位，定性指标填写“健全、规范”等等级）", 5)
    s.table(
        [
            ["产出指标", "数量指标", "联合查验场地日常运维面积", "≥8600平方米", "计划标准"],
            [None, None, "联检单位协调例会", "≥12次", "计划标准"],
            [None, "质量指标", "查验设备完好率", "≥95%", "行业标准"],
            [None, "时效指标", "设备故障修复时间", "≤48小时", "历史标准"],
            [None, "成本指标", "联检场地运维单价", "≤75元/平方米·年", "历史标准"],
        ],
        merged=(1, 2),
    )
    note(s, "注：运维单价按上年度运维合同均价测算。", 5)
    s.table(
        [
            ["效益指标", "社会效益指标", "联合查验“一次开箱”覆盖率", "≥90%", "计划标准"],
            [None, "可持续影响指标", "联检协作机制", "健全", "其他标准"],
            ["满意度指标", "服务对象满意度指标", "进出境旅客及货主满意度", "≥90%", "行业标准"],
        ],
        merged=(1, 2),
    )
    s.skip()
    note(s, "注：1.资金总额96万元＝财政拨款90万元＋其他资金6万元（口岸场地服务收入）。", 5)
    note(s, "2.运维面积8600平方米×75元/平方米·年＝64.5万元，其余用于设备维保。", 5)
    note(s, "填表说明：本表由实施单位填写，经主管部门审核后随预算一并报送。", 5)
    sign(s, "钟立衡", "龙佩瑶", "0957-3318204", (2024, 11, 26))
    return b


@variant(
    "tf03-clearance-points",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, 1.数量指标), "
    "an indicator 分值 column adding up per tier and to 100, a 合计 row, a 下降率 with ≥ (correct)",
)
def tf03() -> Book:
    b, s = project(
        year=2025,
        name="赭川口岸“提前申报、抵港直装”通关模式推广项目",
        dept=CLEARANCE_DEPT,
        unit="赭川口岸通关服务中心",
        money=one_year(128, 110, 18),
        goals=["推动120家以上进出口企业使用“提前申报”，抵港货物平均等待时间控制在2小时以内。"],
    )
    rows = [
        ["一、产出指标（40分）", "1.数量指标", "推广“提前申报”企业", "≥120家", 10],
        [None, None, "政策宣讲培训", "≥8场", 5],
        [None, "2.质量指标", "提前申报单证审核通过率", "≥96%", 10],
        [None, "3.时效指标", "抵港直装货物平均等待时间", "≤2小时", 15],
        ["二、成本指标（20分）", "1.经济成本指标", "宣讲培训场均成本", "≤1.5万元/场", 10],
        [None, None, "申报系统对接费用", "≤96万元", 10],
        ["三、效益指标（30分）", "1.经济效益指标", "企业单票通关费用下降率", "≥10%", 15],
        [None, "2.社会效益指标", "提前申报业务占比", "≥60%", 15],
        ["四、满意度指标（10分）", "1.服务对象满意度指标", "进出口企业满意度", "≥92%", 10],
        ["合计", None, None, None, 100],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    return b


@variant(
    "tf04-clearance-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向/定性) and 指标方向 as operator in words, "
    "bare numbers with a unit column: a 反向 rate with 大于等于, a cost cap with 等于, a rate "
    "above 100",
)
def tf04() -> Book:
    b, s = project(
        "Sheet1",
        W7,
        year=2025,
        name="柘岭口岸联检部门预约通关保障项目",
        dept=JOINT_DEPT,
        unit="柘岭口岸联检服务中心",
        money=one_year(72.6, 60, 12.6),
        goals=["建立联检部门预约通关机制，夜间及节假日预约查验随约随检。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    t108 = "反向指标（差错率）配“大于等于”"
    cap = "成本上限写成“等于”，应为小于等于"
    rows = [
        ["产出指标", "数量指标", "预约通关受理", "正向", "大于等于", 3000, "票"],
        [None, None, "夜间及节假日加班查验", "正向", "大于等于", 150, "班次"],
        [None, "质量指标", "预约查验差错率", "反向",
         mk("大于等于", "T108", "warning", row=True, note=t108), 0.5, "%"],
        [None, None, "预约资料一次审核通过率", "正向", "大于等于",
         mk(105, "T106", "error", row=True, note="通过率不可能超过100%"), "%"],
        [None, "时效指标", "预约通关响应时间", "反向", "小于等于", 2, "小时"],
        [None, "成本指标", "加班查验单班次补助标准", "反向",
         mk("等于", "T108", "warning", row=True, note=cap), 0.2, "万元/班次"],
        ["效益指标", "社会效益指标", "预约通关货物占比", "正向", "大于等于", 35, "%"],
        [None, "可持续影响指标", "预约通关长效机制", "定性", None, "建立并执行", None],
        ["满意度指标", "服务对象满意度指标", "报关企业满意度", "正向", "大于等于", 90, "%"],
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


@variant(
    "tf05-joint-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标; a tier-2 left from the template without indicator, "
    "a value without a name, a placeholder left in a value",
)
def tf05() -> Book:
    b, s = project(
        year=2025,
        name="砚峰口岸联合查验信息共享平台运维项目",
        dept=JOINT_DEPT,
        unit="砚峰口岸联检服务中心",
        money=one_year(64, 50, 14),
        goals=["保障联合查验信息共享平台稳定运行，联检单位查验数据“一次录入、共享使用”。"],
    )
    rows = [
        ["产出指标", "数量指标", "接入联检单位", "≥6家"],
        [None, None, "共享查验数据",
         mk("≥XX万条", "X101", "error", alt=("T101",), note="模板占位符未替换")],
        [None, "质量指标", "数据交换成功率", "≥99%"],
        [None, "时效指标", "平台故障响应时间", "≤30分钟"],
        ["成本指标", "经济成本指标", "平台年度运维费用", "≤58万元"],
        ["效益指标", "社会效益指标", "联合查验“一次查验”覆盖率", "≥85%"],
        [None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), "", ""],
        [None, "可持续影响指标", "平台持续稳定运行年限", "≥3年"],
        ["满意度指标", "服务对象满意度指标", "口岸查验单位满意度", "≥90%"],
        [None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥85%"],
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "tf06-clearance-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
    "space, a plan date turned into a serial in a text cell, a detail amount pasted twice",
)
def tf06() -> Book:
    b, s = project(
        year=2025,
        name="赭川口岸“单一窗口”申报服务外包项目",
        dept=CLEARANCE_DEPT,
        unit="赭川口岸通关服务中心",
        end=mk("46022", "X104", "warning", note="2025-12-31 的日期序列号存成文本"),
        money=one_year(
            mk("93.625 0", "X105", "warning", alt=("X103",), note="数字被空格断开，应为93.6250"),
            80,
            13.625,
        ),
        goals=["委托专业机构为中小进出口企业提供“单一窗口”申报代办和辅导服务。"],
    )
    rows = [
        ["产出指标", "数量指标", "受理进出口货物申报", "≥18000票"],
        [None, None, "受理舱单申报", "≥6500票"],
        [None, "质量指标", "申报数据一次录入准确率", "≥98%"],
        [None, "时效指标", "单票申报平均受理时间", "≤15分钟"],
        [None, "成本指标", "单票申报服务成本", "≤25元/票"],
        ["效益指标", "社会效益指标", "无纸化申报比例", "≥95%"],
        [None, "可持续影响指标", "申报服务标准化流程", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "进出口企业满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    s.skip()
    s.row("资金明细（万元）", "明细项目", None, "金额")
    twice = mk("48万48万（含夜间值守）", "X106", "error", alt=("B108",), note="金额重复粘贴")
    s.row(None, "申报代办服务外包", None, twice)
    s.row(None, "“单一窗口”接口维护", None, 30.625)
    s.row(None, "企业申报业务辅导", None, 15)
    s.row(None, "合计", None, 93.625)
    return b
