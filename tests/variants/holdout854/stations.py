"""Automatic weather stations: upkeep, new builds, calibration, a department and an export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout854.common import first, indicators, note, sign, wan
from tests.variants.holdout854.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kgf01-aws-upkeep",
    (1, 11),
    "project, NAT-2021, operator and unit columns, typed percents, goal count with parts (correct)",
)
def aws_upkeep() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="区域自动气象站运行维护", dept="枫垣县气象局 417003",
        unit="枫垣县气象台",
        money=[("年度资金总额", wan(86), "其中：财政拨款", wan(80)),
               ("其他资金", wan(6), None, None)],
        goals=["维护全县区域自动气象站62个（其中六要素站18个、两要素站44个），"
               "数据到报率不低于98%，故障站点48小时内修复。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "维护区域自动气象站数量", "≥", 62, "个"),
        (None, None, "六要素站季度巡检次数", "≥", 4, "次/站"),
        (None, "质量指标", "自动站数据到报率", "≥", pct(0.98), "%"),
        (None, None, "站点年故障发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "故障站点修复时长", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单站年均运维费用", "≤", 1.3, "万元/站"),
        ("效益指标", "社会效益指标", "观测数据向应急、水利部门共享率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "站网连续稳定运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：62个站中六要素站按季度巡检，两要素站按半年巡检；运维费含通信费和备件费。")
    sign(s, "宋凌", "0739-5521846", day(2024, 11, 18))
    return b


@variant("kgf02-aws-new-build", (8, 12), "two-year project, NAT-2021, 中期 and 年度 columns")
def aws_new_build() -> Book:
    b, s = first()
    project_head(
        s, year=2025, years=2, attr="新增项目", name="山区乡镇区域自动气象站新建",
        dept="枫垣县气象局 417003", unit="枫垣县气象台",
        money=[("中期资金总额", wan(180), "年度资金总额", wan(96)),
               ("其中：财政拨款", wan(160), "其中：财政拨款", wan(86)),
               ("其他资金", wan(20), "其他资金", wan(10))],
        goals=["2025—2026年在山区乡镇新建区域自动气象站24个，实现乡镇站网全覆盖。",
               "2025年新建区域自动气象站12个并投入业务运行。"],
    )  # fmt: skip
    cost = mk("≤8.5万元/站", "B107", "warning", row=True,
              note="24站×8.5万元=204万元，超过中期资金180万元")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新建区域自动气象站数量", "≥24个",
         mk("≥30个", "D201", "error", alt=("D104",),
            note="年度30个超过中期24个，年度目标也只写12个")),
        (None, "质量指标", "新建站点验收合格率", "100%", "100%"),
        (None, "时效指标", "站点建设完成时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期2025—2026年，期限却在2027年"),
         "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设成本", cost, "≤8.5万元/站"),
        ("效益指标", "社会效益指标", "乡镇自动站覆盖率", "100%", "≥90%"),
        (None, "可持续影响指标", "站点设计使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "乡镇防灾责任人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgf03-aws-stacked", (2, 1), "two projects stacked, OLD-NAT, one value column (correct)")
def aws_stacked() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="自动气象站传感器检定与备件更换", dept="岫溪县气象局 432011",
        unit="岫溪县气象观测站",
        money=[("年度资金总额", wan(28), "其中：财政拨款", wan(25)),
               ("其他资金", wan(3), None, None)],
        goals=["完成全县自动气象站传感器送检150支、备件更换40件，保障观测数据准确。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "传感器送检数量", "≥150支"),
        (None, None, "备件更换数量", "≥40件"),
        (None, "质量指标", "设备验收合格率", pct(0.98)),
        (None, "时效指标", "检定完成时间", "2025年10月31日前"),
        (None, "成本指标", "单支传感器检定费用", "≤0.12万元/支"),
        ("效益指标", "社会效益指标", "观测数据准确性", "提升"),
        ("满意度指标", "服务对象满意度指标", "观测业务人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="国家一般气象站观测场改造", dept="岫溪县气象局 432011",
        unit="岫溪县气象观测站", attr="一次性项目",
        money=[("年度资金总额", wan(46), "其中：财政拨款", wan(40)),
               ("其他资金", wan(6), None, None)],
        goals=["完成岫溪国家一般气象站观测场整体改造1个，观测环境符合规范。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "观测场改造数量", "1个"),
        (None, "质量指标", "设备验收合格率", pct(1.0)),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        (None, "成本指标", "改造工程费用", "≤46万元"),
        ("效益指标", "可持续影响指标", "观测环境保护达标年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "观测业务人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgf04-aws-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column")
def aws_stacked_wrong() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="乡镇雨量站升级为四要素站", dept="岫溪县气象局 432011",
        unit="岫溪县气象台",
        money=[("年度资金总额", wan(54), "其中：财政拨款", wan(48)),
               ("其他资金", wan(6), None, None)],
        goals=["将全县9个乡镇雨量站升级为四要素自动站，数据到报率不低于98%。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "升级站点数量", "≥9个"),
        (None, "质量指标", "升级站点数据到报率", "≥98%"),
        (None, "时效指标", "升级完成时间", "2025年8月31日前"),
        (None, "成本指标", "单站升级费用", "≤6万元/站"),
        ("效益指标", "社会效益指标", "乡镇气象要素监测覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款30＋其他资金10＝40，不是45")
    project_head(
        s, year=2025, title="", name="区域自动气象站巡检维护外包服务", dept="岫溪县气象局 432011",
        unit="岫溪县气象台",
        money=[("年度资金总额", total, "其中：财政拨款", wan(30)),
               ("其他资金", wan(10), None, None)],
        goals=["对全县38个区域自动气象站开展季度巡检维护，保障站网稳定运行。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "巡检维护站点数量",
         mk("≥32个", "D104", "warning", row=True, note="年度目标写38个站")),
        (None, None, "自动站巡检次数", "≥4次/站"),
        (None, "质量指标", "维护后站点正常运行率", "≥98%"),
        (None, "时效指标",
         mk("自动站季度巡检次数", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“自动站巡检次数 ≥4次/站”是同一指标，又放在时效下"),
         "≥4次/站"),
        (None, "成本指标", "单站巡检维护费用", "≤0.9万元/站"),
        ("效益指标", "社会效益指标", "站网数据连续性", "提升"),
        ("满意度指标", "服务对象满意度指标", "预报业务人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgf05-aws-department",
    (5, 10, 12),
    "department, NAT-2021, tier labels numbered with points and indicator points (correct)",
)
def aws_department() -> Book:
    b, s = first()
    department_head(
        s, year=2025, dept="枫垣县气象局",
        budget=[(wan(520), wan(490), wan(30), wan(380), wan(140))],
        tasks=[("区域自动站运行维护", "62个区域自动站巡检、维修、通信", wan(86), "站网稳定运行"),
               ("气象预警信息发布", "预警短信、大喇叭、显示屏发布", wan(32), "覆盖率≥95%"),
               ("农业气象服务", "农业气象周报、专题服务", wan(22), "周报52期"),
               ("金额合计", None, wan(140), None)],
        goal="保障全县62个区域自动气象站稳定运行，全年发布预警信息200条以上，"
             "预警信息公众覆盖率不低于95%，编发农业气象周报52期。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.维护区域自动气象站数量", "≥62个", 10),
        (None, None, "2.发布气象预警信息条数", "≥200条", 10),
        (None, None, "3.编发农业气象周报期数", "≥52期", 10),
        (None, "（二）质量指标", "4.自动站数据到报率", pct(0.98), 10),
        (None, "（三）时效指标", "5.预警信息发布时长", "≤10分钟", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.项目支出控制数", "≤140万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.预警信息公众覆盖率", "≥95%", 10),
        (None, None, "8.暴雨预警准确率提高", "≥2百分点", 10),
        (None, "（二）可持续影响指标", "9.气象观测站网运行", "长期稳定", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.服务对象满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值为其下三级指标分值之和，合计100分。")
    return b


@variant("kgf06-aws-export", (7,), "budget-system export, codes in the first columns, 2nd sheet")
def aws_export() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 18, 30, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417003", "枫垣县气象局", "41700325000012", "自动气象站数据传输通信保障",
          wan(24), wan(22), wan(2))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 22, 12, 14, 28, 14))
    t.title(mk("2024年度部门项目支出绩效目标表", "Y101", "error",
               note="预算表05-1与项目编码均为2025年度"), 7)  # fmt: skip
    t.row("单位：枫垣县气象局")
    code = ("417003", "41700325000012", "自动气象站数据传输通信保障")
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, [
        (*code, "产出指标", "数量指标", "保障数据传输站点数量", "≥62个"),
        (*code, None, None,
         mk("数据传输及时率", "F201", "warning", row=True, note="及时率是时效指标，填在数量下"),
         "≥98%"),
        (*code, None, "质量指标", "数据传输完整率", "≥99%"),
        (*code, None, "成本指标", "单站年通信费用", "≤0.35万元/站"),
        (*code, "效益指标", "社会效益指标", "实况数据服务中断次数", "≤2次"),
        (*code, "满意度指标", "服务对象满意度指标", "预报员满意度", "≥90%"),
    ], merged=(4, 5))  # fmt: skip
    return b
