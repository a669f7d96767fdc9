"""Returns kcm13–kcm18: statistical-law enforcement checks (统计执法检查) in 云泽省."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout757.common import (
    TIERS,
    book,
    indicators,
    notes,
    period_money,
    sign_off,
    wan,
    year_money,
)
from tests.variants.holdout757.registry import variant
from tests.variants.kit import Book, day, mk, pct

PROV = "云泽省统计局 101001"
ENF = "云泽省统计执法监督局"


@variant(
    "kcm13-points-labels",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator score column, both adding to 100, a rate fall in 百分点, 0起 (correct)",
)
def points_labels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="云泽省统计执法“双随机、一公开”检查项目", dept=PROV, unit=ENF,
                 money=year_money(40, 40, 0),
                 goals=["随机抽查企业150家，培训执法人员200人次，企业统计数据差错率较上年下降"
                        "2个百分点。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "双随机抽查企业数量", "≥150家", 15),
        (None, None, "统计执法培训人次", "≥200人次", 10),
        (None, "（二）质量指标", "执法案卷评查合格率", pct(0.95), 15),
        (None, "（三）时效指标", "立案案件按期办结率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单家企业检查成本", "≤1200元/家", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "企业统计数据差错率降幅", "≥2百分点", 15),
        (None, None, "执法检查安全责任事故", "0起", 5),
        (None, "（二）可持续影响指标", "统计违法举报核查机制", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "被检查企业满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign_off(s, "严若溪", "0731-6675032", day(2024, 10, 22))
    return b


@variant(
    "kcm14-wrong-tier2",
    (5,),
    "project, OLD-NAT, tier labels with * and ★ and "
    "abbreviated: a cost under 数量, a timeliness rate under 质量, a satisfaction under 社会效益",
)
def wrong_tier2() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="禾埠市统计违法案件查处项目",
        dept="禾埠市统计局 207001",
        unit="禾埠市统计局执法检查科",
        money=year_money(30, 30, 0),
        goals=["全年检查企业100家，依法查处统计违法案件，案件办结率达到95%以上。"],
    )
    bad = "F201"
    indicators(s, (*TIERS, "指标值"), [
        ("*产出指标", "★数量", "执法检查企业数", "≥100家"),
        (None, None, mk("每家企业检查成本", bad, "warning", row=True,
                        note="成本指标填在数量下"), "≤1500元/家"),
        (None, "质量", "执法文书制作规范率", "≥98%"),
        (None, None, mk("执法文书送达及时率", bad, "warning", row=True,
                        note="及时率是时效指标，填在质量下"), "≥95%"),
        (None, "时效", "案件按期办结率", "≥95%"),
        (None, "成本", "案件查处办案经费", "≤30万元"),
        ("*效益指标", "社会效益", "企业依法统计意识", "提升"),
        (None, None, mk("被检查单位满意度", bad, "warning", row=True,
                        note="满意度填在社会效益下"), "≥90%"),
        ("*满意度指标", "服务对象满意度", "统计调查对象满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "宋棠", "0739-8841723", day(2024, 11, 8))
    return b


@variant(
    "kcm15-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template, a value without a name, a count below the goal's",
)
def template_rows() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="澄岭县统计执法检查专项项目",
        dept="澄岭县统计局 118003",
        unit="澄岭县统计局",
        money=year_money(18, 18, 0),
        goals=["对全县120家企业开展双随机统计执法检查，检查结果全部公示。"],
    )
    indicators(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "双随机抽查企业数",
         mk("≥100家", "D104", "warning", row=True, note="年度目标写120家")),
        (None, "质量指标", "检查结果公示率", "=100%"),
        (None, None, mk("", "F110", "error", note="有指标值、没有三级指标名称"), "≥95%"),
        (None, "时效指标", "检查任务完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业检查成本", "≤1500元/家"),
        ("效益指标", "社会效益指标", "企业统计违法行为整改率", "≥95%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板中的二级指标，未填指标"), None, None),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "陆溪蓝", "0736-5530127", day(2024, 11, 18))
    return b


@variant(
    "kcm16-page-break-notes",
    (4,),
    "project, OLD-NAT, weight column: an instruction row, "
    "subtotal rows, the header repeated after a page break, 填表说明 and signatures (correct)",
)
def page_break_notes() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="栖岩区统计执法人员培训及检查项目",
        dept="栖岩区统计局 305002",
        unit="栖岩区统计局",
        money=year_money(15, 15, 0),
        goals=["培训统计执法人员60人次，抽查企业50家，案件按期办结。"],
    )
    head = (*TIERS, "指标值", "权重")
    indicators(s, head, [
        ("（请按实际填写三级指标，不得删除一级、二级指标）", None, None, None, None),
        ("产出指标", "数量指标", "执法人员培训人次", "≥60人次", 10),
        (None, None, "双随机抽查企业数", "≥50家", 15),
        (None, "质量指标", "培训考核合格率", "≥95%", 10),
        (None, "时效指标", "案件按期办结率", "≥95%", 10),
        (None, "成本指标", "单家企业检查成本", "≤1000元/家", 5),
        ("产出指标小计", None, None, None, 50),
    ])  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "企业统计违法案件发生率", "≤3%", 15),
        (None, "可持续影响指标", "执法人员持证上岗率", "=100%", 15),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
        (None, None, "被检查企业满意度", "≥90%", 10),
        ("满意度指标小计", None, None, None, 20),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1. 权重合计为100；2. 小计行不是指标；3. 金额单位为万元。")
    sign_off(s, "韦晨岚", "0735-2290418", day(2024, 12, 3))
    return b


@variant(
    "kcm17-system-export",
    (7,),
    "budget-system export: money on 「部门项目支出预算05-1」, "
    "indicators on 「部门项目支出绩效目标05-2」 under a header on the third row, codes in the "
    "first columns, operator column 指标性质 and unit column 度量单位 (correct)",
)
def system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 20, 22, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    code, name = "33100025Y000104217", "2025年统计执法检查工作经费"
    s.row("101001", "云泽省统计局", code, name, wan(52), wan(48), wan(4))
    s.row("合计", None, None, None, wan(52), wan(48), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 30, 14, 18, 28, 10, 12, 12))
    t.title("部门项目支出绩效目标表", 9)
    t.row("单位：万元")
    t.row("单位编码", "项目编码", "项目名称", *TIERS, "指标性质", "指标值", "度量单位")
    rows = [
        ("产出指标", "数量指标", "省级执法检查企业数", "≥", 200, "家"),
        (None, None, "统计违法案件查处数", "≥", 30, "件"),
        (None, "质量指标", "行政处罚决定复议维持率", "=", pct(1), None),
        (None, "时效指标", "检查结果公示时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "单家企业检查成本", "≤", 2500, "元/家"),
        ("效益指标", "社会效益指标", "企业统计数据差错率", "≤", pct(0.02), None),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥", pct(0.9), None),
    ]
    lead = ("101001", code, name)
    t.table([(*lead, *r) if i == 0 else (None, None, None, *r) for i, r in enumerate(rows)],
            merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant(
    "kcm18-period-copied",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "the 年度目标 copied from the 中期目标, annual money above the period's, a cost above it",
)
def period_copied() -> Book:
    b, s = book()
    goal = "开展全省统计执法“双随机”专项检查，依法查处统计造假、弄虚作假行为。"
    project_head(
        s,
        year=2025,
        years=2,
        name="云泽省统计执法“双随机”专项检查项目",
        dept=PROV,
        unit=ENF,
        money=period_money(
            (120, 110, 10),
            (mk(wan(140), "B103", "error", note="年度资金140万元大于中期资金120万元"), 130, 10),
        ),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "双随机抽查企业数", "≥900家", "≥500家"),
        (None, "质量指标", "执法案卷合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度检查完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业检查成本", "≤3000元/家",
         mk("≤3000元/家", "B107", "warning", row=True,
            note="3000元/家 × 500家 = 150万元，超过年度资金；"
            "× 900家 = 270万元，超过中期资金120万元")),
        ("效益指标", "社会效益指标", "统计违法问题整改率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "严若溪", "0731-6675032", day(2024, 10, 25))
    return b
