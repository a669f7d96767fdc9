"""Department returns converted back from PDF (text numbers, split and doubled amounts, stray
spaces), two years side by side (上年实际 / 本年目标), a table starting in column C with a spacer
column and a header repeated after the page break (j07–j12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout12.parts import basic_split, duties, indicators, sign
from tests.variants.holdout12.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok

M = "#,##0.00"


def text_money(v: str) -> Any:
    """An amount pasted from a PDF: text with thousands separators (a reviewer shrugs)."""
    return ok(v, "warning", note="text-typed amount from a PDF conversion")


@variant("j07-commerce-pdf-ok", (9, 12), "department from PDF: text numbers, stray spaces")
def commerce_pdf() -> Book:
    b = Book()
    s = b.sheet("Table 1")
    department_head(
        s, year=2025, dept=" 滨海省商务厅 ", filled="2024年11月8日",
        budget=[(text_money("8,306.20"), text_money("7,906.20"), "400.00",
                 text_money("4,106.20"), text_money("4,200.00"))],
        tasks=[("外贸稳增长", "外贸企业开拓国际市场支持", text_money("1,800.00"), "外贸规模稳定"),
               ("促进消费", "城市消费季和老字号促进活动", text_money("1,600.00"), "消费持续恢复"),
               ("口岸建设", "口岸查验设施维护", "800.00", "通关便利"),
               ("金额合计", None, text_money("4,200.00"), None)],
        goal="1. 支持外贸企业参加境外展会300家次；\n2. 举办城市消费季活动\n不少于40场；\n"
             "3. 口岸整体通关时间 保持全国平均水平以内。",
    )  # fmt: skip
    basic_split(s, text_money("3,286.00"), "820.20")
    indicators(s, [
        ("产出 指标", " 数量指标", "支持企业参加境外展会", "≥ 300家次"),
        (None, None, "举办消费促进活动场次", "≥40 场"),
        (None, "质量 指标", "补贴资金审核合规率", ok("≥ 98 %", "warning")),
        (None, "时效指标 ", "补贴资金拨付时间", "2025年10月 底前"),
        ("效益\n指标", "经济效益指标", "全省外贸进出口总额", "稳中有增"),
        (None, "社会效益指标", "口岸整体通关时间", "≤全国平均水平"),
        ("满意度\n指标", "服务对象满意度指标", "参展企业满意度", "≥ 90%"),
    ])  # fmt: skip
    s.row("注：本表由PDF转换，金额单位为万元。")
    return b


@variant("j08-statistics-pdf", (9, 12), "department from PDF: split and doubled amounts")
def statistics_pdf() -> Book:
    b = Book()
    s = b.sheet("Table 1")
    department_head(
        s, year=2026, dept="岚江市统计局", filled="2025年11月20日",
        budget=[(mk("1205.337 6", "X105", "warning", alt=("X103",)), "1105.3376", "100.00",
                 "705.3376", "500.00")],
        tasks=[("第五次全国经济普查后续工作", "普查资料开发和数据质量核查",
                mk("120万120万", "X106", "error"), "按时完成"),
               ("统计调查", "常规统计调查和劳动力调查", "380.00", "数据按时报送"),
               ("金额合计", None, "500.00", None)],
        goal="1.按时完成各项常规统计调查任务；\n2.统计数据报送及时率达到100%；\n"
             "3.统计数据质量核查覆盖率不低于95%。",
    )  # fmt: skip
    basic_split(s, "560.2376", "145.10")
    indicators(s, [
        ("产出指标", "数量指标", "完成常规统计调查项目数", "≥42项"),
        (None, "质量指标", "数据质量核查覆盖率",
         mk("≥≤95%", "T116", "warning", alt=("T111",))),
        (None, "时效指标", "统计数据报送及时率", "100%"),
        ("效益指标", "社会效益指标", "统计信息公开发布次数", "≥12次"),
        ("满意度指标", "服务对象满意度指标", "统计数据使用部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


TWO_YEARS = ("一级指标", "二级指标", "三级指标", "2024年实际完成值", "2025年目标值")


@variant("j09-health-two-years-ok", (1, 12), "department: 上年实际 and 本年目标 side by side")
def health_two_years() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", widths=(16, 18, 30, 18, 18, 18))
    department_head(
        s, year=2025, dept="宁州市卫生健康委员会", filled=day(2024, 11, 18),
        budget=[(money(12480.00, M), money(12080.00, M), money(400.00, M), money(7680.00, M),
                 money(4800.00, M))],
        tasks=[("基本公共卫生服务", "按常住人口落实基本公共卫生服务项目", money(2950.00, M),
                "服务项目全覆盖"),
               ("重大疾病防控", "传染病监测、免疫规划", money(1250.00, M), "疫情平稳"),
               ("卫生健康监督执法", "医疗卫生和公共场所监督执法", money(600.00, M), "执法全覆盖"),
               ("金额合计", None, money(4800.00, M), None)],
        goal="1.适龄儿童免疫规划疫苗接种率保持在95%以上；\n"
             "2.65岁及以上老年人健康管理率不低于68%；\n3.群众就医满意度持续提升。",
    )  # fmt: skip
    basic_split(s, money(6120.00, M), money(1560.00, M))
    duties(s, "负责全市卫生健康事业发展规划、疾病预防控制、卫生应急和卫生健康监督工作。")
    indicators(s, [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "5.84万人", "≥6万人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "96.3%", "≥95%"),
        (None, None, "老年人健康管理率", "66.5%", "≥68%"),
        (None, "时效指标", "传染病报告及时率", "99.2%", "≥98%"),
        ("效益指标", "社会效益指标", "甲乙类传染病报告发病率", "185.6/10万", "≤200/10万"),
        (None, "可持续影响指标", "基层卫生服务能力", "逐步提升", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "89.5%", "≥90%"),
    ], head=TWO_YEARS)  # fmt: skip
    return b


@variant("j10-civil-affairs-two-years", (1, 11), "department two years: malformed thresholds")
def civil_affairs_two_years() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 30, 18, 18, 18))
    department_head(
        s, year=2025, dept="宁州市民政局", filled=day(2024, 11, 19),
        budget=[(money(9360.00, M), money(9360.00, M), money(0.00, M), money(2160.00, M),
                 money(7200.00, M))],
        tasks=[("城乡低保", "城乡最低生活保障金发放", money(5600.00, M), "应保尽保"),
               ("养老服务", "社区居家养老服务中心运营补贴", money(1600.00, M), "服务覆盖"),
               ("金额合计", None, money(7200.00, M), None)],
        goal="1.城乡低保应保尽保；\n2.社区养老服务设施覆盖率达到95%；\n3.救助对象满意度不低于90%。",
    )  # fmt: skip
    basic_split(s, money(1720.00, M), money(440.00, M))
    indicators(s, [
        ("产出指标", "数量指标", "城乡低保保障人数", "1.86万人", "≥1.8万人"),
        (None, "质量指标", "社区养老服务设施覆盖率", "93%",
         mk("95%%", "T116", "warning", alt=("T111",))),
        (None, None, "低保资金发放准确率", "100%",
         mk(">=95", "T105", "error", alt=("T116", "T104"))),
        (None, "时效指标", "低保金按月发放及时率", "100%", "100%"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", "有效保障"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "91%", "≥90%"),
    ], head=TWO_YEARS)  # fmt: skip
    return b


def head_from_c(s: Sheet, year: int, dept: str, budget: tuple[Any, ...]) -> None:
    """A department head written from column C (two empty columns on the left)."""
    s.row(f"{year}年度部门整体支出绩效目标表", merge=[(3, 8)], col=3)
    s.row("部门名称", dept, None, None, "金额单位：万元", None, merge=[(4, 6)], col=3)
    s.row("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出", None, col=3)
    s.row(*budget, None, col=3)


PAGE_HEAD = ("一级指标", "二级指标", "三级指标", None, "指标值", "备注")


@variant("j11-justice-column-c-ok", (4, 7), "department from column C, header repeated")
def justice_column_c() -> Book:
    b = Book()
    s = b.sheet("附件2", widths=(3, 3, 14, 16, 30, 3, 16, 16))
    head_from_c(s, 2026, "云泽市司法局", (money(3120.00, M), money(3120.00, M), money(0, M),
                                          money(2310.00, M), money(810.00, M)))  # fmt: skip
    s.row("整体绩效目标", "1.开展法治宣传活动60场次；2.人民调解成功率保持在95%以上；"
          "3.法律援助案件办结率不低于95%。", merge=[(4, 8)], col=3)  # fmt: skip
    s.row(*PAGE_HEAD, col=3)
    s.table([
        ("产出指标", "数量指标", "法治宣传活动场次", None, "≥60场次", None),
        (None, None, "法律援助案件数量", None, "≥900件", "含刑事案件"),
        (None, "质量指标", "人民调解成功率", None, "≥95%", None),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.skip()
    s.row(*PAGE_HEAD, col=3)  # the header repeated after the page break
    s.table([
        ("产出指标", "质量指标", "法律援助案件办结率", None, "≥95%", None),
        (None, "时效指标", "法律援助申请审查时限", None, "≤7个工作日", None),
        ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", None, "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", None, "≥92%", None),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("填报说明：指标值含比较符；金额单位为万元。", col=3)
    sign(s, "陈嘉怡", "0735-2268 117", day(2025, 11, 14), col=3)
    return b


@variant("j12-housing-template-rows", (6, 13), "department: empty template row, nameless value")
def housing_template_rows() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    department_head(
        s, year=2025, dept="金沙市住房和城乡建设局", filled=day(2024, 11, 21),
        budget=[(money(6840.00, M), money(6240.00, M), money(600.00, M), money(2840.00, M),
                 money(4000.00, M))],
        tasks=[("老旧小区改造", "改造老旧小区配套设施", money(3000.00, M), "完成年度改造任务"),
               ("城市燃气安全排查", "燃气管网隐患排查整治", money(1000.00, M), "隐患动态清零"),
               ("金额合计", None, money(4000.00, M), None)],
        goal="1.完成老旧小区改造28个；2.燃气安全隐患整治率100%；3.居民满意度不低于90%。",
    )  # fmt: skip
    basic_split(s, money(2210.00, M), money(630.00, M))
    indicators(s, [
        ("产出指标", "数量指标", "改造老旧小区数量", "28个"),
        (None, None, mk(None, "F110", "error", row=True), "≥92%"),
        (None, "质量指标", "燃气安全隐患整治率", "100%"),
        (None, "时效指标", "改造项目完工时间", "2025年11月底前"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True, alt=("T101",)), None, None),
        (None, "社会效益指标", "老旧小区居住环境", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
