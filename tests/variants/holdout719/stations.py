"""Automatic weather stations of the county observation network: kba13–kba18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout719.common import (
    DEPT,
    HEAD4,
    NET,
    one_year,
    periods,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout719.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct


@variant(
    "kba13-aws-points",
    (5, 10, 1),
    "project, NAT-2021, numbered tier labels with points, "
    "an indicator score column, both levels adding to 100, a typed percent (correct)",
)
def aws_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="区域自动气象站运行维护",
        dept=DEPT,
        unit=NET,
        attr="常年项目",
        money=one_year(90, 90, 0),
        goals=["保障全县60个区域自动气象站稳定运行，数据到报率不低于98%，故障站点48小时内修复。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "1.维护区域自动气象站", "≥60个", 10),
        (None, None, "2.站点季度巡检", "≥240站次", 10),
        (None, "（二）质量指标", "1.数据到报率", pct(0.98), 10),
        (None, None, "2.观测数据可用率", "≥99%", 5),
        (None, "（三）时效指标", "1.故障站点修复时间", "≤48小时", 10),
        (None, None, "2.传感器年度检定完成时间", "2025年6月30日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.单站年维护费", "≤1.5万元/站", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.预警信息发布准确率较上年提高",
         "≥2百分点", 15),
        (None, "（二）可持续影响指标", "1.站网运行保障机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.预报服务用户满意度",
         "≥90%", 10),
    ])  # fmt: skip
    sign(s, "钱沐阳", "0596-7719027", (2024, 11, 25))
    return b


@variant(
    "kba14-aws-network",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "the period goal's count, a unit cost above the annual money, a near-duplicate",
)
def aws_network() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="区域自动气象站网加密建设",
        dept=DEPT,
        unit=NET,
        attr="新增项目",
        money=periods((360, 330, 30), (120, 110, 10)),
        goals=[
            ok(
                "新建区域自动气象站45个、升级六要素站20个，乡镇站网覆盖率达到100%。",
                note="D104 may land at the goal text",
            ),
            "2025年新建区域自动气象站15个、升级六要素站8个。",
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    table(s, head, [
        ("成本指标", "经济成本指标", "单站建设成本", "≤9万元/站",
         mk("≤9万元/站", "B107", "warning", row=True,
            note="9万元×15站=135万元，超过年度资金120万元")),
        ("产出指标", "数量指标", "新建区域自动气象站",
         mk("≥40个", "D104", "warning", row=True, note="中期目标写新建45个"), "≥15个"),
        (None, None, "升级六要素站", "≥20个", "≥8个"),
        (None, "质量指标", "自动站数据到报率", "≥98%", "≥98%"),
        (None, None, mk("自动站小时数据到报率", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上一行同一指标，值却是95%"),
         "≥95%", "≥95%"),
        (None, "时效指标", "新建站点投入运行时间", "2027年10月31日前", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "乡镇站网覆盖率", "=100%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "气象服务用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba15-aws-department",
    (12,),
    "department, NAT-2021, key tasks with a 金额合计: tasks "
    "not adding up, the goal's station count against the indicator",
)
def aws_department() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2025,
        dept="桐岙县气象局",
        budget=[(wan(380), wan(350), wan(30), wan(240), wan(140))],
        tasks=[
            ("自动气象站运行维护", "62个区域站维护、巡检", wan(60), "数据到报率不低于99%"),
            ("观测设备更新", "更新自动站传感器120套", wan(50), "设备完好率不低于98%"),
            ("气象探测环境保护", "探测环境巡查与备案", wan(20), "探测环境达标"),
            ("金额合计", None, mk(wan(140), "B102", "error", note="60+50+20=130"), None),
        ],
        goal=ok(
            "维护区域自动气象站62个、国家级地面观测站1个，更新自动站传感器120套，"
            "观测数据到报率不低于99%。",
            note="D104 may land at the goal text",
        ),
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "维护区域自动气象站",
         mk("≥58个", "D104", "warning", row=True, note="年度总体目标写62个")),
        (None, None, "更新自动站传感器", "≥120套"),
        (None, "质量指标", "观测数据到报率", "≥99%"),
        (None, "时效指标", "设备故障修复时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单套传感器更新成本", "≤0.4万元/套"),
        ("效益指标", "社会效益指标", "气象探测环境达标率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "气象服务用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba16-aws-upgrade",
    (5, 8),
    "two-year project, OLD-NAT, labels marked (*, ★) and "
    "abbreviated, two-row header over 中期 and 年度, a later year prepared for (correct)",
)
def aws_upgrade() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="乡镇自动气象站升级改造",
        dept=DEPT,
        unit=NET,
        attr="新增项目",
        money=periods((80, 70, 10), (50, 45, 5)),
        goals=[
            "两年内将全县16个乡镇站升级为七要素自动站，数据到报率稳定在98%以上。",
            "2025年完成10个乡镇站升级改造，为2027年全县站网布局优化积累运行数据。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("★产出", "★数量", "乡镇站升级改造", "≥16个", "≥10个"),
        (None, "质量", "升级站数据到报率", "≥98%", "≥98%"),
        (None, "时效", "升级改造完成时间", "2026年10月31日前", "2025年11月30日前"),
        (None, "成本", "单站升级成本", "≤5万元/站", "≤5万元/站"),
        ("*效益", "社会效益", "乡镇灾害性天气监测覆盖率", "=100%", "≥60%"),
        (None, "可持续影响", "升级设备设计使用年限", "≥8年", "≥8年"),
        ("*满意度", "服务对象满意度", "乡镇用户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "钱沐阳", "0596-7719027", (2024, 11, 25))
    return b


@variant(
    "kba17-aws-export",
    (7, 12),
    "budget-system export, two sheets, codes in the first "
    "columns: a cost under 数量, an inspection deadline left from 2024",
)
def aws_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "部门：漳屿县气象局")
    s.row("项目编码", "项目名称", "功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("217003-25-004", "气象观测站网运行保障", "2130104", wan(72), wan(72), wan(0))
    s.row("217003-25-005", "国家级地面观测站运行", "2130104", wan(28), wan(25), wan(3))
    s.row("合计", None, None, wan(100), wan(97), wan(3))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：漳屿县气象局", None, None, None, None, "金额单位：万元")
    code, name = "217003-25-004", "气象观测站网运行保障"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    table(t, head, [
        (code, name, "产出指标", "数量指标", "维护区域自动气象站", "≥60个"),
        (code, name, None, None, mk("单站年度维护经费", "F201", "warning", row=True,
                                    note="成本填在数量下"), "≤1.1万元/站"),
        (code, name, None, "质量指标", "自动站数据到报率", "≥98%"),
        (code, name, None, "时效指标", "汛前站点巡检完成时间",
         mk("2024年5月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年项目的期限留着2024年")),
        (code, name, "成本指标", "经济成本指标", "单站通信流量费", "≤0.1万元/站"),
        (code, name, "效益指标", "社会效益指标", "灾害性天气监测覆盖率", "≥95%"),
        (code, name, "满意度指标", "服务对象满意度指标", "气象服务用户满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "kba18-aws-calibration",
    (12, 7),
    "project, NAT-2021, a money detail block above the "
    "table whose lines add up, header 绩效目标值, a cost equal to its line (correct)",
)
def aws_calibration() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="自动气象站传感器计量检定",
        dept=DEPT,
        unit=NET,
        attr="常年项目",
        money=one_year(36, 30, 6),
        goals=["完成60个区域自动站温湿度、雨量传感器和30个站风传感器年度检定，检定合格率100%。"],
    )
    s.row("项目支出明细", "支出内容", "数量", "单价（万元）", "金额（万元）", None)
    top = s.r
    s.row(None, "温湿度传感器检定", "60套", money(0.2), wan(12))
    s.row(None, "雨量传感器检定", "60套", money(0.15), wan(9))
    s.row(None, "风向风速传感器检定", "30套", money(0.3), wan(9))
    s.row(None, "流动检定车运行", "1辆", money(6), wan(6))
    s.row(None, "合计", None, None, wan(36))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "单套温湿度传感器检定费", "≤0.2万元/套"),
        ("产出指标", "数量指标", "温湿度传感器检定", "=60套"),
        (None, None, "雨量传感器检定", "=60套"),
        (None, None, "风向风速传感器检定", "=30套"),
        (None, "质量指标", "检定合格率", "=100%"),
        (None, "时效指标", "检定完成时间", "2025年6月30日前"),
        ("效益指标", "社会效益指标", "观测数据质量控制通过率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "观测业务用户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钱沐阳", "0596-7719027", (2024, 11, 25))
    return b
