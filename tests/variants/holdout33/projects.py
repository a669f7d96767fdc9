"""Project tables of finance, audit and statistics offices: IT maintenance, audit services,
statistical surveys (one-year and multi-year)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout33.common import OPS, indicators, signature
from tests.variants.holdout33.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


def _one_year(total: float) -> list[tuple[object, ...]]:
    return [("资金总额", money(total), "其中：财政拨款", money(total)),
            ("其他资金", money(0), None, None)]  # fmt: skip


@variant("iq07-it-maintenance-ok", (1, 11), "project, OLD-NAT, operator column, percent cells")
def it_maintenance() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="财政一体化业务系统运维服务", dept="松岩市财政局（403001）",
        unit="松岩市财政信息中心", money=_one_year(48.60),
        goals=["保障财政业务系统全年稳定运行，系统可用率不低于99.5%，故障2小时内响应。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "运维业务系统数", "≥", 14, "个"),
        (None, None, "例行巡检次数", "≥", 52, "次"),
        (None, "质量指标", "系统可用率", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "数据备份成功率", "=", pct(1), "%"),
        (None, "时效指标", "故障响应时间", "≤", 2, "小时"),
        (None, None, "重大故障修复时限", "≤", 8, "小时"),
        (None, "成本指标", "年度运维服务费", "≤", money(48.60), "万元"),
        ("效益指标", "社会效益指标", "财政业务连续性", "定性", "稳定运行", None),
        (None, "可持续影响指标", "系统安全防护水平", "定性", "有效提升", None),
        ("满意度指标", "服务对象满意度指标", "预算单位财务人员满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    signature(s, "0733-2281 0456")
    return b


@variant("iq08-it-maintenance-malformed", (9, 12), "project, OLD-NAT: malformed values, lines")
def it_malformed() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="审计业务管理系统运维", dept="桐溪县审计局",
        unit="桐溪县审计局", money=_one_year(48.60),
        goals=["保障审计业务管理系统和审计数据中心安全稳定运行。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "运维服务器台数", "≥36台", "台", "正向"),
        (None, "质量指标", "系统可用率", mk("≥≤99%", "T116", "warning"), "%", "正向"),
        (None, None, "数据备份成功率", mk("95%%", "T116", "warning"), "%", "正向"),
        (None, "时效指标", "故障处理及时率", mk(">=95", "T105", "error", alt=("T104", "T116")),
         None, "正向"),
        (None, "成本指标", "年度运维费用", "≤48.6万元", "万元", "反向"),
        ("效益指标", "社会效益指标", "审计数据安全事件", "0起", "起", "反向"),
        ("满意度指标", "服务对象满意度指标", "审计人员满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", "内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "服务器及存储维保", None, money(18.00), merge=[(2, 3)])
    s.row(None, "应用软件运维", None, money(22.50), merge=[(2, 3)])
    s.row(None, "网络安全服务", None, money(9.00), merge=[(2, 3)])
    s.row(None, "合计", None, money(49.50), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", alt=("B101",), note="lines 49.50 against 资金总额 48.60")
    return b


@variant("iq09-audit-services-ok", (7, 11), "project, NAT-2021, 备注 column, word operators")
def audit_services() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="政府投资项目委托审计服务", dept="鹤鸣市审计局",
        unit="鹤鸣市审计局投资审计科", money=_one_year(70.00), attr="常年项目",
        goals=["委托中介机构完成20个政府投资项目竣工决算审计，审计发现问题整改率不低于90%。"],
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单个项目委托审计服务费", "≤3.5万元/项", "万元/项",
         "计划标准"),
        ("产出指标", "数量指标", "委托审计项目数", "≥20个", "个", "计划标准"),
        (None, "质量指标", "审计报告复核合格率", "≥95%", "%", "行业标准"),
        (None, "时效指标", "审计报告出具时间", "现场审计结束后30日内", "日", None),
        ("效益指标", "经济效益指标", "核减政府投资金额", "≥800万元", "万元", "历史标准"),
        (None, "社会效益指标", "审计发现问题整改率", "不低于90%", "%", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "项目建设单位满意度", "95%以上", "%", "历史标准"),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"))  # fmt: skip
    return b


@variant("iq10-audit-project-years", (9,), "project, OLD-NAT: start date in 2023, split number")
def audit_years() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="自然资源资产离任审计", dept="枫林县审计局", unit="枫林县审计局",
        money=[("资金总额", mk("85.337 6", "X105", "warning", alt=("X103",)), "其中：财政拨款",
                money(85.3376, "0.0000")), ("其他资金", money(0), None, None)],
        start=mk(day(2023, 1, 1), "Y102", "error", alt=("Y101",)),
        goals=["完成6个乡镇党政主要领导干部自然资源资产离任审计。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "离任审计乡镇数", "≥6个", "个", "正向"),
        (None, "质量指标", "审计发现问题整改率", mk("12个", "T105", "error"), "个", "正向"),
        (None, "时效指标", "审计报告按期出具率", "≥95%", "%", "正向"),
        (None, "成本指标", "单个乡镇审计成本", "≤14.2万元", "万元", "反向"),
        ("效益指标", "生态效益指标", "审计建议采纳率", "≥85%", "%", "正向"),
        (None, "社会效益指标", "审计建议采纳率",
         mk("≥85%", "D101", "warning", row=True, alt=("D102", "D103")), "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "被审计乡镇满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    return b


@variant("iq11-household-survey-ok", (8,), "three-year project, NAT-2021, 中期 and 年度 columns")
def household_survey() -> Book:
    b = Book()
    s = b.sheet("住户调查")
    project_head(
        s, year=2025, years=3, name="城乡住户收支抽样调查", dept="青梧市统计局",
        unit="青梧市社会经济调查中心", attr="延续项目",
        money=[("中期资金总额", money(540.00), "年度资金总额", money(180.00)),
               ("其中：财政拨款", money(540.00), "其中：财政拨款", money(180.00)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["2025—2027年完成城乡住户记账调查，形成三个年度居民收支数据及分析报告。",
               "2025年完成1800户次记账调查，按季度上报居民收支数据。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "记账调查户次", "≥5400户次", "≥1800户次", "户次"),
        (None, None, "调查分析报告", "≥12篇", "≥4篇", "篇"),
        (None, "质量指标", "记账数据差错率", "≤0.5%", "≤0.5%", "%"),
        (None, "时效指标", "数据上报及时率", "≥98%", "≥98%", "%"),
        ("成本指标", "经济成本指标", "记账户补贴标准", "≤600元/户·年", "≤600元/户·年", "元/户·年"),
        ("效益指标", "社会效益指标", "调查数据被决策采用次数", "≥9次", "≥3次", "次"),
        ("满意度指标", "服务对象满意度指标", "记账户满意度", "≥90%", "≥90%", "%"),
    ], head=TWO)  # fmt: skip
    return b


@variant("iq12-price-survey-copied", (8, 11), "two-year project: 中期 copied into 年度, 差错率 ≥")
def price_survey() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=2, name="农产品价格与产量调查", dept="石门县统计局",
        unit="石门县统计局农村科", attr="新增项目",
        money=[("中期资金总额", money(96.00), "年度资金总额", money(48.00)),
               ("其中：财政拨款", money(96.00), "其中：财政拨款", money(48.00)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["两年内完成农产品价格定点采价和主要农作物产量抽样调查。",
               "2025年完成年度采价和测产任务，数据按时上报。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "完成入户测产户次", "≥2400户次",
         mk("≥2400户次", "D202", "warning"), "户次"),
        (None, None, "发布价格监测报告", "≥48篇", mk("≥48篇", "D202", "warning"), "篇"),
        (None, "质量指标", "调查数据差错率", "≥1%", mk("≥1%", "T108", "warning", row=True), "%"),
        (None, "时效指标", "数据上报及时率", "≥98%", "≥98%", "%"),
        ("成本指标", "经济成本指标", "采价点补助标准", "≤1200元/个·年", "≤1200元/个·年",
         "元/个·年"),
        ("效益指标", "社会效益指标", "价格监测信息服务决策", "有效", "有效", None),
        ("满意度指标", "服务对象满意度指标", "调查对象满意度", "≥85%", "≥85%", "%"),
    ], head=TWO)  # fmt: skip
    return b


@variant("iq13-farm-census-ok", (1, 5), "one-off project, NAT-2021, two-line header, grades")
def farm_census() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="农业普查数据处理与汇总", dept="溪口县统计局",
        unit="溪口县普查中心", money=_one_year(36.80), attr="一次性项目",
        goals=["完成全县农业普查数据录入、审核和汇总，按时上报普查数据，普查质量达标。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("一、产出指标(40分)", "数量指标", "普查表录入份数", "不少于26000份", "份", 10),
        (None, "质量指标", "数据录入准确率", "不低于99%", "%", 10),
        (None, None, "普查数据质量", "达标", None, 10),
        (None, "时效指标", "普查数据上报时限", "≤30个工作日", "工作日", 10),
        ("二、成本指标(20分)", "经济成本指标", "每份普查表处理成本", "≤14元/份", "元/份", 20),
        ("三、效益指标(30分)", "社会效益指标", "普查成果应用水平", "良好", None, 15),
        (None, "可持续影响指标", "农业统计基础数据库完善程度", "逐步改善", None, 15),
        ("四、满意度指标(10分)", "服务对象满意度指标", "普查对象满意度", "95%以上", "%", 10),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值"))  # fmt: skip
    return b
