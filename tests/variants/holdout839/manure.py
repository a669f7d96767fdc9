"""Manure collection and treatment (粪污收集处理): kfq13–kfq18."""

from __future__ import annotations

from tests.variants.holdout839.common import (
    HEAD5,
    indicators,
    notes,
    period_money,
    project_book,
    signature,
    w,
    year_money,
)
from tests.variants.holdout839.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL15 = "保障全县4座粪污处理站全年稳定运行，处理厕所粪污2.4万吨。"
GOAL17 = "为全镇3200户改厕户提供定期清掏服务，清掏粪污0.8万吨并无害化处理。"
GOAL18 = "完成3座粪污处理站提标改造，出水达标率≥95%，年底前投入运行。"
DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant(
    "kfq13-direction-columns",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
    "unit column, 0 incidents (correct)",
)
def kfq13() -> Book:
    b, s = project_book(name="苇塘县厕所粪污集中收运项目", dept="苇塘县农业农村局 402003",
                        unit="苇塘县农村环境服务有限公司",
                        money=year_money(w(240), w(220), w(20)),
                        goals=["建立覆盖11个乡镇的厕所粪污收运体系，全年收运粪污6万吨，"
                               "收运过程不发生安全和环境事故。"])  # fmt: skip
    s.row(*DIRS)
    s.table([
        ("产出指标", "数量指标", "粪污收运量", "正向", "≥", 6, "万吨"),
        (None, None, "配置吸粪车", "正向", "≥", 11, "辆"),
        (None, "质量指标", "粪污无害化处理率", "正向", "≥", pct(0.9), "%"),
        (None, "时效指标", "清掏需求响应时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "每吨粪污收运成本", "反向", "≤", 38, "元/吨"),
        ("效益指标", "生态效益指标", "粪污随意倾倒发生率", "反向", "≤", pct(0.02), "%"),
        (None, "社会效益指标", "收运安全事故", "反向", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "正向", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


GOAL14 = ("新建槐岭乡粪污处理站1座，配套村级储粪池60个，年处理厕所粪污1.2万吨，"
          "处理后粪肥就地还田利用。")  # fmt: skip


@variant(
    "kfq14-huailing-station",
    (12,),
    "project, OLD-NAT: storage pits × unit cost over the money, a count under 质量",
)
def kfq14() -> Book:
    b, s = project_book(name="槐岭乡厕所粪污资源化利用项目", dept="芦湾县农业农村局 316001",
                        unit="槐岭乡人民政府", attr="新增项目",
                        money=year_money(w(210), w(200), w(10)), goals=[GOAL14])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建粪污处理站", "≥1座"),
        (None, None, "配套村级储粪池", "≥60个"),
        (None, "质量指标", mk("年处理厕所粪污量", "F201", "warning", row=True,
                              note="处理量是数量指标，填在质量指标下"), "≥1.2万吨"),
        (None, None, "出站粪肥达标率", "≥95%"),
        (None, "成本指标", "储粪池单个建设成本",
         mk("≤4万元/个", "B107", "warning", row=True,
            note="4万元 × 60个 = 240万元，超过年度资金210万元")),
        (None, None, "处理站建设成本", "≤80万元"),
        ("效益指标", "生态效益指标", "粪肥还田利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfq15-export-second-sheet",
    (7,),
    "budget-system export: project codes in the first columns, header on the third row of a "
    "second sheet, header words 考核指标 and 目标值（年度） (correct)",
)
def kfq15() -> Book:
    b, _ = project_book(sheet="部门项目支出预算05-1", name="鹤汀县粪污处理设施运维项目",
                        dept="鹤汀县农业农村局 207011", unit="鹤汀县农业综合服务中心",
                        money=year_money(w(88), w(88), w(0)),
                        goals=[GOAL15])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", widths=(14, 24, 14, 14, 30, 18))
    t.row("部门项目支出绩效目标表")
    t.row("单位：鹤汀县农业综合服务中心", None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）")
    code, name = "52102825000000017", "鹤汀县粪污处理设施运维项目"
    t.table([
        (code, name, "产出指标", "数量指标", "运维粪污处理站", "=4座"),
        (code, name, None, None, "处理厕所粪污量", "≥2.4万吨"),
        (code, name, None, "质量指标", "出水达标排放率", "≥95%"),
        (code, name, None, "时效指标", "设备故障修复时间", "≤72小时"),
        (code, name, "成本指标", "经济成本指标", "吨粪污处理成本", "≤36元/吨"),
        (code, name, "效益指标", "生态效益指标", "粪污资源化利用率", "≥75%"),
        (code, name, "满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


MID16 = "2025年—2026年建设沔石镇、桥头铺镇粪污处理中心2座，收运体系覆盖全部行政村。"
YEAR16 = mk(MID16, "D204", "warning", note="年度目标与中期目标逐字相同（两年期项目）")


@variant(
    "kfq16-two-centres-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: goals copied, an annual count "
    "above the period's",
)
def kfq16() -> Book:
    b, s = project_book(name="粪污处理中心建设项目", dept="苇塘县农业农村局 402003",
                        unit="苇塘县农村改厕工作专班", years=2, goals=[MID16, YEAR16],
                        money=period_money((w(1100), w(1000), w(100)),
                                           (w(650), w(600), w(50))))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建成粪污处理中心", "=2座", "≥1座"),
        (None, None, "覆盖行政村", "≥46个",
         mk("≥52个", "D201", "error", note="年度52个大于实施期46个")),
        (None, "质量指标", "处理中心验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单座处理中心建设成本", "≤550万元/座", "≤550万元/座"),
        ("效益指标", "生态效益指标", "粪污无害化处理率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ], header=HEAD5)  # fmt: skip
    return b


@variant(
    "kfq17-page-break-notes",
    (4,),
    "project, OLD-NAT: an instruction row, a header repeated after a page break, a 填表说明 "
    "and signature lines, detail lines with a 小计 (correct)",
)
def kfq17() -> Book:
    b, s = project_book(name="桥头铺镇粪污清掏服务项目", dept="雁塘县农业农村局 118006",
                        unit="桥头铺镇人民政府", money=year_money(w(64), w(60), w(4)),
                        goals=[GOAL17])  # fmt: skip
    s.row("支出明细", "清掏劳务", w(40), "车辆运行", w(16))
    s.row(None, "小计", w(56), "宣传培训", w(8))
    s.row("明细合计", w(64))
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*header)
    s.table([
        ("产出指标", "数量指标", "提供清掏服务农户", "≥3200户"),
        (None, None, "清掏粪污量", "≥0.8万吨"),
        (None, "质量指标", "清掏粪污无害化处理率", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "（续表）")
    s.row(*header)
    s.table([
        ("产出指标", "时效指标", "预约清掏响应时间", "≤48小时"),
        (None, "成本指标", "每吨清掏成本", "≤80元/吨"),
        ("效益指标", "生态效益指标", "粪污乱排发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "清掏服务满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须注明计量单位；2.小计为清掏劳务与车辆运行之和（40+16=56）。",
          "（单位盖章）")  # fmt: skip
    signature(s, "唐砚秋", "0738-5127746")
    return b


@variant(
    "kfq18-points-detail-wrong",
    (10, 12),
    "project, NAT-2021, detail lines and a score column: lines not adding to the total, "
    "a tier score against its indicators, a deadline after the one-year period",
)
def kfq18() -> Book:
    b, s = project_book(name="芦湾县粪污处理站提标改造项目", dept="芦湾县农业农村局 316001",
                        unit="芦湾县农村人居环境整治服务中心",
                        money=year_money(w(180), w(170), w(10)),
                        goals=[GOAL18])  # fmt: skip
    s.row("支出明细", "设备购置", w(96), "土建改造", w(58))
    s.row(None, "调试运维", w(20), "明细合计", mk(w(180), "B102", "error",
                                               note="96 + 58 + 20 = 174 ≠ 180"))  # fmt: skip
    indicators(s, [
        (mk("产出指标（40分）", "W103", "error", alt=("W101",), note="其下分值15+15+15=45，不是40"),
         "数量指标", "提标改造处理站", "=3座", 15),
        (None, "质量指标", "出水达标率", "≥95%", 15),
        (None, "时效指标", "改造完成投运时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2025年），期限落在次年"), 15),
        ("成本指标（20分）", "经济成本指标", "单站改造成本", "≤58万元/座", 20),
        ("效益指标（30分）", "生态效益指标", "化学需氧量削减率", "≥30%", 30),
        ("满意度指标（10分）", "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b
