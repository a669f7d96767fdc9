"""OA and other tools' exports: a table starting in column C with a spacer column and merged-cell
remnants, PDF artefacts pasted into an OA form, a system export broken over two pages."""

from __future__ import annotations

from tests.variants.holdout46.common import SPLIT, coded, footer, system_head
from tests.variants.holdout46.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk

OA_WIDTHS = (3, 3, 14, 18, 30, 3, 16, 14)


@variant("jd09-oa-column-c-ok", (4, 5, 7), "OA export, NAT-2021, table from column C, an empty "
         "spacer column, tier-1 labels as merged-cell remnants, word operators")  # fmt: skip
def jd09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", OA_WIDTHS)
    s.skip()
    s.row("2025年度项目支出绩效目标申报表", merge=[(3, 8)], col=3)
    s.row("项目名称", "政务服务“一网通办”事项优化", None, None, "主管部门", "岚溪县行政服务中心",
          merge=[(4, 6)], col=3)  # fmt: skip
    s.row("实施单位", "岚溪县数据资源管理中心", None, None, "项目属性", "一次性项目",
          merge=[(4, 6)], col=3)  # fmt: skip
    s.row("计划开始日期", day(2025, 3, 1), None, None, "计划完成日期", day(2025, 12, 31), col=3)
    s.row("资金总额（万元）", C(85, "0.00"), None, None, "其中：财政拨款", C(85, "0.00"), col=3)
    s.row("年度绩效目标", "梳理优化政务服务事项260项以上，新增“一件事”集成服务场景12个，事项网上"
          "可办率不低于90%。", merge=[(4, 8)], col=3)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "备注", col=3)
    s.table([
        ["产出指标", "数量指标", "梳理优化政务服务事项数", None, "≥260项", ""],
        [None, None, "新增“一件事”集成服务场景", None, "≥12个", ""],
        [None, "质量指标", "事项网上可办率", None, "不低于90%", ""],
        [None, "时效指标", "企业开办全流程办结时限", None, "≤1个工作日", ""],
        [None, None, "群众线上诉求办结时限", None, "30日内", "自受理之日起"],
        ["成本指标", "经济成本指标", "系统改造开发费用", None, "≤85万元", ""],
        ["效益指标", "社会效益指标", "群众办事平均跑动次数", None, "≤0.3次", ""],
        [None, "可持续影响指标", "政务服务事项标准化水平", None, "有效提升", ""],
        ["满意度指标", "服务对象满意度指标", "办事群众好评率", None, "95%以上", ""],
    ], merged=(2,), col=3)  # fmt: skip
    s.skip()
    s.row("填表人：吴晓岚", None, "审核人：陈立", None, "联系电话：0579-86125518", col=3)
    s.row("填报日期：", day(2024, 10, 28, CN_DATE), col=3)
    return b


@variant("jd10-oa-pdf-artefacts", (9,), "OA form filled from a PDF, OLD-NAT, one value column: a "
         "total split by a space, an amount pasted twice, a completion date in 2023")  # fmt: skip
def jd10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 18, 18, 30, 18, 14))
    s.row(None, "2025年度项目支出绩效目标申报表", merge=[(2, 6)])
    s.row(
        None,
        "项目名称",
        "县级应急指挥平台升级",
        None,
        "主管部门",
        "岚溪县应急管理局",
        merge=[(3, 4)],
    )
    s.row(None, "实施单位", "岚溪县应急指挥中心", None, "项目期", "1年", merge=[(3, 4)])
    s.row(
        None,
        "计划开始日期",
        day(2025, 1, 1),
        None,
        "计划完成日期",
        mk(day(2023, 12, 31), "Y104", "error", alt=("Y101", "Y102"), note="2025 typed as 2023"),
    )
    s.row(None, "资金总额（万元）",
          mk("1205.337 6", "X105", "warning", alt=("X103",), note="a number split by a space"),
          "其中：财政拨款", C(1000, "0.0000"), "其他资金", "205.3376")  # fmt: skip
    s.row(None, "资金明细", "明细名称", "金额（万元）", "测算依据", None)
    s.row(None, None, "指挥平台设备购置",
          mk("120万120万", "X106", "error", alt=("B108",), note="the amount pasted twice"),
          "大屏及配套设备", None)  # fmt: skip
    s.row(None, None, "系统集成安装调试", "85.3376", "按合同价", None)
    s.row(None, None, "应急指挥软件开发", "600", "按评审价", None)
    s.row(None, None, "三年运维服务", "400", "按合同价", None)
    s.ws.merge_cells(start_row=s.r - 4, start_column=2, end_row=s.r, end_column=2)
    s.row(None, "年度绩效目标", "完成县级应急指挥平台升级，新增视频监控接入点位450个以上，"
          "突发事件信息报送平均时长缩短至15分钟以内。", merge=[(3, 6)])  # fmt: skip
    s.row(None, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "新增视频监控接入点位", "≥450个", ""],
        [None, "质量指标", "平台系统可用率", "≥99%", ""],
        [None, "时效指标", "平台升级完成时间", "2025年10月底前", ""],
        [None, "成本指标", "指挥平台设备购置成本", "≤120万元", ""],
        ["效益指标", "社会效益指标", "突发事件信息报送平均时长", "≤15分钟", ""],
        [None, "可持续影响指标", "平台运维保障年限", "≥3年", ""],
        ["满意度指标", "服务对象满意度指标", "应急成员单位满意度", "≥90%", ""],
    ], merged=(1, 2), col=2)  # fmt: skip
    return b


@variant("jd11-page-break-ok", (4,), "system export over two pages, NAT-2021, split columns: the "
         "header repeated after 第1页 共2页, a zero-fatality target, 打印时间 footers")  # fmt: skip
def jd11() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (12, 14, 18, 30, 8, 10, 10, 10))
    system_head(
        s,
        title="2025年度项目支出绩效目标表",
        name="城乡公交一体化运营补贴",
        code="331127250000000520",
        dept="岚溪县交通运输局",
        unit="岚溪县公共交通有限公司",
        money=("1560.00", "1500.00", "60.00"),
        goal="保障46条城乡公交线路稳定运营，建制村公交通达率保持100%，乘客满意度88%以上。",
    )
    s.row(*SPLIT)
    rows = coded([
        ("产出指标", "数量指标", "运营城乡公交线路条数", "≥", "46", "条", "正向"),
        ("产出指标", "数量指标", "年度运营班次", "≥", "168000", "班次", "正向"),
        ("产出指标", "数量指标", "新能源公交车辆占比", "≥", "85", "%", "正向"),
        ("产出指标", "质量指标", "公交准点率", "≥", "92", "%", "正向"),
        ("产出指标", "质量指标", "公交行车责任事故死亡人数", "=", "0", "人", "反向"),
        ("产出指标", "时效指标", "补贴资金拨付时限", "≤", "30", "日", "反向"),
        ("成本指标", "经济成本指标", "每车公里运营补贴标准", "≤", "1.8", "元/车公里", "反向"),
        ("效益指标", "社会效益指标", "建制村公交通达率", "=", "100", "%", "正向"),
        ("效益指标", "社会效益指标", "城乡公交单程票价", "≤", "2", "元", "反向"),
        ("效益指标", "生态效益指标", "公交车辆碳排放较上年下降", "≥", "3", "%", "正向"),
        ("效益指标", "可持续影响指标", "城乡公交运营服务", "=", "持续稳定", "", "定性"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "88", "%", "正向"),
    ])  # fmt: skip
    s.table(rows[:7])
    footer(s, "2024-11-27 08:51:19", page="第1页 共2页")
    s.row(*SPLIT)
    s.table(rows[7:])
    footer(s, "2024-11-27 08:51:19", page="第2页 共2页")
    return b
