"""Reserve-rotation (轮换) cost subsidies: grain and oil rotation, 出入库 fees (kca13–kca18)."""

from __future__ import annotations

from tests.variants.holdout745.common import (
    book,
    department,
    indicators,
    multi_year,
    one_year,
    project,
    signatures,
    w,
)
from tests.variants.holdout745.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kca13-rotation-export", (7, 12),
         "budget-system export: sheet 部门项目支出预算05-1 with codes and detail lines, "
         "the indicator table on sheet 部门项目支出绩效目标05-2 under a header on row 3 "
         "(correct)")  # fmt: skip
def rotation_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 16, 16, 16))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：岑江省储备粮管理有限公司", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "功能分类", "资金总额", "财政拨款", "其他资金")
    code = "4412002500117"
    s.row(code, "省级储备粮轮换费用补贴", "2220150", w(260), w(260), w(0))
    s.row(None, "其中：轮换费用补贴", None, w(200), w(200), w(0))
    s.row(None, "轮换质量检验费", None, w(24), w(24), w(0))
    s.row(None, "出入库作业费补贴", None, w(36), w(36), w(0))
    s.row("年度绩效目标", "完成省级储备粮轮换2万吨，轮换粮食出入库质量全部合格。", merge=[(2, 6)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：岑江省储备粮管理有限公司", merge=[(1, 6)])
    name = "省级储备粮轮换费用补贴"
    rows = [
        (code, name, "产出指标", "数量指标", "轮换粮食数量", "≥2万吨"),
        (code, name, None, "质量指标", "出入库质量检验合格率", "=100%"),
        (code, name, None, "时效指标", "年度轮换计划完成时间", "2025年12月31日前"),
        (code, name, None, "成本指标", "轮换费用补贴标准", "≤100元/吨"),
        (code, name, "效益指标", "经济效益指标", "轮换损耗率", "≤0.5%"),
        (code, name, None, "社会效益指标", "储备粮宜存率", "≥95%"),
        (code, name, "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ]
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, rows, head, merged=(3, 4), label=None)
    return b


@variant("kca14-county-stacked", (2, 12),
         "two county projects stacked, OLD-NAT, one value column: the second project's money "
         "parts against its total and its goal tonnage against the indicator")  # fmt: skip
def county_stacked() -> Book:
    b, s = book()
    project(
        s,
        "梧岭县县级储备粮轮换补贴项目",
        "梧岭县粮食储备中心库",
        one_year(w(90), w(90), w(0)),
        ["完成县级储备粮轮换1.5万吨，轮换粮食质量全部达标。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "轮换储备粮数量", "≥1.5万吨"),
        (None, "质量指标", "轮换粮食质量达标率", "=100%"),
        (None, "时效指标", "轮换完成时间", "2025年11月30日前"),
        (None, "成本指标", "轮换费用补贴标准", "≤60元/吨"),
        ("效益指标", "社会效益指标", "县级储备粮宜存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(48), "B101", "error", note="40 + 5 = 45 ≠ 48")
    project(
        s,
        "泽坪县县级储备油轮换补贴项目",
        "泽坪县粮食储备有限公司",
        one_year(total, w(40), w(5)),
        ["完成县级储备食用油轮换3000吨。"],
        title="",
    )
    indicators(s, [
        ("产出指标", "数量指标", "轮换储备油数量",
         mk("≥2500吨", "D104", "warning", row=True, note="本项目年度目标写3000吨")),
        (None, "质量指标", "轮换油品质量达标率", "=100%"),
        (None, "时效指标", "轮换完成时间", "2025年10月31日前"),
        (None, "成本指标", "轮换费用补贴标准", "≤150元/吨"),
        ("效益指标", "社会效益指标", "储备油酸价超标批次", "0批次"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "韩落星", "0774-6628103")
    return b


@variant("kca15-rotation-two-years", (8, 11),
         "two-year project, OLD-NAT, 中期 and 年度 columns, a goal tonnage with its parts in "
         "brackets, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def rotation_two_years() -> Book:
    b, s = book()
    project(s, "省级储备粮2025—2026年轮换费用补贴项目", "岑江省储备粮管理有限公司",
            multi_year((w(540), w(540), w(0)), (w(270), w(270), w(0))),
            ["2025年—2026年累计轮换省级储备粮6万吨，轮换损耗率控制在0.4%以内。",
             "2025年轮换3万吨（其中小麦2万吨、稻谷1万吨）。"], years=2)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "轮换储备粮数量", "≥6万吨", "≥3万吨"),
        (None, None, "其中：小麦轮换数量", "≥4万吨", "≥2万吨"),
        (None, "质量指标", "轮换粮食验收合格率", "=100%", "=100%"),
        (None, "时效指标", "单批次轮换空仓期", "≤4个月", "≤4个月"),
        (None, "成本指标", "轮换费用补贴标准", "≤90元/吨", "≤90元/吨"),
        ("效益指标", "经济效益指标", "轮换损耗率", "≤0.4%", "≤0.4%"),
        (None, "社会效益指标", "陈粮库存占比下降率", "≥15%", "≥8%"),
        (None, None, "储备粮质量安全事故", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    signatures(s, "苏映川", "0771-5603342")
    return b


@variant("kca16-fees-direction", (11, 12),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, a unit column: a "
         "deadline in the next year, a fee standard above the money, ≥ on a 反向 rate")  # fmt: skip
def fees_direction() -> Book:
    b, s = book(widths=(14, 16, 26, 10, 10, 16, 12))
    project(s, "省级储备粮轮换出入库费用补贴项目", "岑江省储备粮管理有限公司",
            one_year(w(150), w(150), w(0)),
            ["全年轮换出入库省级储备粮2.5万吨，2025年11月底前完成。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "轮换出入库数量", "正向", "≥", 2.5, "万吨"),
        (None, "质量指标", "出入库质量检验合格率", "正向", "≥", 98, "%"),
        (None, "时效指标", "轮换出入库完成时限", "反向", "≤",
         mk(day(2026, 6, 30), "Y102", "error", note="一年期项目，期限落在2026年")),
        (None, "成本指标", "出入库费用补贴标准", "反向", "≤",
         mk(80, "B107", "warning", row=True, note="2.5万吨 × 80元 = 200万元 > 150万元"), "元/吨"),
        ("效益指标", "经济效益指标", "轮换损耗率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标写≥"), 0.5, "%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "正向", "≥", 90, "%"),
    ], ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
        "计量单位"))  # fmt: skip
    signatures(s, "冯栖梧", "0771-5603377")
    return b


@variant("kca17-center-department", (1, 9, 12),
         "department, NAT-2021, budget with typed percent shares, tasks adding to 项目支出, "
         "header 绩效目标值, text =100% kept as text (correct)")  # fmt: skip
def center_department() -> Book:
    b, s = book()
    share = "0.0%"
    department(s, "岑江省储备粮管理服务中心",
               [(w(1240), w(1100), w(140), w(700), w(540)),
                (pct(1, share), pct(0.887, share), pct(0.113, share), pct(0.565, share),
                 pct(0.435, share))],
               "完成省级储备粮轮换3.5万吨，抽检样品1500份，维修仓房5栋。",
               [("轮换费用补贴", "省级储备粮轮换", w(320), "轮换≥3.5万吨"),
                ("质量检验", "出入库及库存抽检", w(120), "抽检≥1500份"),
                ("仓储设施维修", "仓房屋面及门窗维修", w(100), "维修≥5栋"),
                ("金额合计", None, w(540), None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "轮换储备粮数量", "≥3.5万吨"),
        (None, None, "质量抽检样品数量", "≥1500份"),
        (None, None, "维修仓房数量", "≥5栋"),
        (None, "质量指标", "轮换粮食验收合格率", "=100%"),
        (None, "时效指标", "轮换计划完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "轮换费用补贴标准", "≤90元/吨"),
        (None, None, "单份样品检验成本", "≤800元/份"),
        (None, None, "单栋仓房维修成本", "≤20万元/栋"),
        ("效益指标", "社会效益指标", "储备粮宜存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "绩效目标值"), label="年度绩效指标")  # fmt: skip
    signatures(s, "乔沐晴", "0771-5603305")
    return b


@variant("kca18-scales-artefacts", (9, 12),
         "project, OLD-NAT, detail lines under the table: an amount pasted twice, lines not "
         "adding to their 合计")  # fmt: skip
def scales_artefacts() -> Book:
    b, s = book()
    project(s, "储备粮轮换出入库智能计量设备购置项目", "岑江省储备粮管理有限公司",
            one_year(w(180), w(180), w(0)),
            ["为8个轮换任务库点购置智能地磅及扦样设备，实现出入库计量数据自动采集。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "配备智能计量设备库点数量", "≥8个"),
        (None, "质量指标", "设备计量检定合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年9月30日前"),
        (None, "成本指标", "单库点设备配置成本", "≤22.5万元/个"),
        ("效益指标", "社会效益指标", "出入库计量数据自动采集率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "库点作业人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", None, "金额", merge=[(1, 2)])
    s.row("设备购置费", None,
          mk("120万120万（含运输）", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
          merge=[(1, 2)])  # fmt: skip
    s.row("安装调试费", None, w(40), merge=[(1, 2)])
    s.row("数据平台接入费", None, w(25), merge=[(1, 2)])
    s.row("合计", None, mk(w(180), "B102", "error", note="120 + 40 + 25 = 185 ≠ 180"),
          merge=[(1, 2)])  # fmt: skip
    signatures(s, "傅听澜", "0771-5603390")
    return b
