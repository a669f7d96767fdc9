"""Water quality testing (水质检测): sampling programmes, laboratory equipment, online
monitoring."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout837.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
)
from tests.variants.holdout837.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

VALUE_HEAD = [("一级指标", "二级指标", "三级指标", "预期实现值", "备注", None)]
EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "度量单位")  # fmt: skip
CODE = "530421261000000"


@variant("kfo13-testing-second-sheet", (7, 4),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, a 说明 explaining a total, signature lines (correct)")  # fmt: skip
def testing_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="栎川县农村饮用水水质检测", dept="栎川县水务局（317）",
                 unit="栎川县农村饮水安全水质检测中心", money=one_year(150, 150, 0),
                 goals=["全年检测农村供水工程水样2400份（其中出厂水800份、末梢水1600份），"
                        "覆盖全县86处供水工程，发现水质问题48小时内通报。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, VALUE_HEAD, [
        ("产出指标", [
            ("数量指标", [("检测水样数量", "≥2400份", "出厂水800份、末梢水1600份"),
                         ("检测覆盖供水工程", "≥86处", None)]),
            ("质量指标", [("检测结果复核一致率", pct(0.98), None)]),
            ("时效指标", [("水质问题通报时限", "≤48小时", None)]),
        ]),
        ("成本指标", [("经济成本指标", [("单份水样检测费用", "≤600元/份", "2400份共144万元")])]),
        ("效益指标", [
            ("社会效益指标", [("水质问题整改率", "≥95%", None)]),
            ("可持续影响指标", [("水质检测信息公开次数", "≥4次", "每季度1次")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("供水单位满意度", "≥90%", None)])]),
    ])  # fmt: skip
    notes(t, "说明：检测水样数量2400份为出厂水与末梢水之和，枯水期、丰水期各检测一次。", width=5)
    sign(t, "詹如许", "0735-4471152")
    return b


@variant("kfo14-testing-rates", (1, 11),
         "project, OLD-NAT, one value column with percent cells: a 合格率 given as a count of "
         "samples, the same sample count twice under two names, the goal's 86 stations "
         "against 68")  # fmt: skip
def testing_rates() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岭县村级水站水质抽检", dept="澄岭县水利局（402）",
                 unit="澄岭县疾病预防控制中心", money=one_year(72, 72, 0),
                 goals=["对全县86个村级水站开展水质抽检，全年抽检水样1200份，"
                        "水样检测合格率达到90%以上。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", [
            ("数量指标", [
                ("抽检覆盖村级水站",
                 mk("≥68个", "D104", "warning", row=True, note="年度目标写86个村级水站"), None),
                ("水样检测数量", "≥1200份", None),
                ("水样检测样本数量",
                 mk("≥1200份", "D103", "warning", row=True, alt=("D101",),
                    note="与上一行是同一指标，多了“样本”二字"), None)]),
            ("质量指标", [
                ("水样检测合格率",
                 mk("1200份", "T105", "error", row=True, note="合格率写成份数，年度目标写90%以上"),
                 None),
                ("检测报告规范率", pct(0.98), None)]),
            ("时效指标", [("检测报告出具时限", "≤7个工作日", None)]),
            ("成本指标", [("单份水样抽检费用", "≤550元/份", None)]),
        ]),
        ("效益指标", [("社会效益指标", [("水质问题整改率", pct(0.95), None)])]),
        ("满意度指标", [("服务对象满意度指标", [("村级水站管理员满意度", pct(0.9), None)])]),
    ])  # fmt: skip
    sign(s, "詹如许", "0735-4471152")
    return b


def _export(b: Book, dept: str, name: str, amounts: tuple[object, ...], goal: object) -> Sheet:
    """The two sheets of a budget-system export: 05-1 (money and goal, header on row 3) and
    05-2 (indicators with the project code and name repeated in every row); returns 05-2."""
    m = b.sheet("部门项目支出预算05-1", (20, 26, 12, 12, 12, 40))
    m.title(f"{YEAR}年部门项目支出预算表", 6)
    m.row(f"单位：{dept}", None, None, None, None, "金额单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    m.row(CODE + "07", name, *amounts, goal)
    s = b.sheet("部门项目支出绩效目标05-2", (20, 24, 12, 14, 28, 10, 10, 12))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    s.row(f"单位：{dept}", merge=[(1, 8)])
    s.row(*EXPORT_HEAD)
    return s


@variant("kfo15-testing-export", (7, 12),
         "budget-system export: sheets 05-1 and 05-2, header on row 3, project code and name in "
         "the first columns, tiers repeated in every row, operators in 指标性质 "
         "(correct)")  # fmt: skip
def testing_export() -> Book:
    b = Book()
    goal = (
        "为县水质检测中心配置检测设备5台套，可检测指标由28项增至42项，"
        "为2027年实现乡镇水厂全覆盖检测打基础。"
    )
    s = _export(b, "栎川县水务局", "农村供水水质检测能力提升", (96, 90, 6), goal)
    rows = [
        ("产出指标", "数量指标", "新增检测设备", "≥", 5, "台套"),
        ("产出指标", "数量指标", "可检测水质指标", "≥", 42, "项"),
        ("产出指标", "质量指标", "设备验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "检测结果报送时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "检测设备购置单价", "≤", 15, "万元/台套"),
        ("效益指标", "社会效益指标", "乡镇水厂水质检测覆盖率", "≥", 90, "%"),
        ("效益指标", "可持续影响指标", "检测设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", 90, "%"),
    ]
    for r in rows:
        s.row(CODE + "07", "农村供水水质检测能力提升", *r)
    return b


@variant("kfo16-testing-export-defects", (7, 12),
         "budget-system export, sheets 05-1 and 05-2: last season's year in the goal, a "
         "timeliness rate under 数量指标, a per-sample fee × samples over the money")  # fmt: skip
def testing_export_defects() -> Book:
    b = Book()
    goal = mk(
        "完成2025年度全县农村供水工程水质检测样本6000份，水质检测报告及时出具。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年的项目写2025年度的任务，是上年遗留",
    )
    s = _export(b, "澄岭县水利局", "农村供水工程水质检测服务", (150, 150, 0), goal)
    rows = [
        ("产出指标", "数量指标", "水质检测样本", "≥", 6000, "份"),
        (
            "产出指标",
            "数量指标",
            mk(
                "水质检测报告出具及时率",
                "F201",
                "warning",
                row=True,
                note="及时率是时效指标，填在数量指标下",
            ),
            "≥",
            95,
            "%",
        ),
        ("产出指标", "质量指标", "检测报告合格率", "≥", 98, "%"),
        (
            "成本指标",
            "经济成本指标",
            "水样检测单价",
            "≤",
            mk(300, "B107", "warning", row=True, note="300元 × 6000份 = 180万元，超过资金150万元"),
            "元/份",
        ),
        ("效益指标", "社会效益指标", "水质问题整改率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", 90, "%"),
    ]
    for r in rows:
        s.row(CODE + "11", "农村供水工程水质检测服务", *r)
    return b


@variant("kfo17-testing-notes", (4, 11),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, 注 rows, a 下降率 with ≥, a 反向 rate "
         "with ≤ (correct)")  # fmt: skip
def testing_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岭县农村饮水水质巡检", dept="澄岭县水利局（402）",
                 unit="澄岭县农村供水管理站", money=one_year(48, 40, 8),
                 goals=["开展农村供水工程水质巡检4轮，每轮覆盖60处工程，"
                        "全年巡检240处次。"])  # fmt: skip
    indicators(s, [VALUE_HEAD[0]], [
        ("产出指标", [
            ("数量指标", [("水质巡检轮次", "≥4轮", None),
                         ("巡检供水工程", "≥240处次", "4轮×60处")]),
            ("质量指标", [("巡检记录完整率", "≥95%", None)]),
        ]),
    ])  # fmt: skip
    s.row("（续表）", merge=[(1, 6)])
    indicators(s, VALUE_HEAD, [
        ("产出指标", [
            ("时效指标", [("巡检发现问题反馈时限", "≤24小时", None)]),
            ("成本指标", [("单处次巡检费用", "≤0.18万元/处次", "240处次共43.2万元")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("水质超标率下降率", "≥10%", "以2025年为基数"),
                             ("水质投诉率", "≤2%", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("用水户满意度", "≥90%", None)])]),
    ])  # fmt: skip
    s.row("填表说明：三级指标由项目单位填写，一级、二级指标不得修改。", merge=[(1, 6)])
    notes(s, "注：巡检处次按实际到场巡检计数。")
    sign(s, "詹如许", "0735-4471152")
    return b


@variant("kfo18-testing-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: the 年度目标 copied from the "
         "中期目标, a year's station count above the period's")  # fmt: skip
def testing_two_year() -> Book:
    b, s = book()
    text = "建设村级水质在线监测点32个，实现重点供水工程浊度、余氯实时监测和超标预警。"
    project_head(s, year=YEAR, years=2, name="栎川县水质在线监测点建设", dept="栎川县水务局（317）",
                 unit="栎川县农村饮水安全水质检测中心",
                 money=period_money((200, 180, 20), (110, 100, 10)),
                 goals=[text, mk(text, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
    )  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")], [
        ("产出指标", [
            ("数量指标", [
                ("建成在线监测点", "≥32",
                 mk("≥40", "D201", "error", row=True, note="年度40个大于两年合计32个"), "个")]),
            ("质量指标", [("监测数据有效传输率", pct(0.95), pct(0.95), "%")]),
            ("时效指标", [("超标预警推送时限", "≤30", "≤30", "分钟")]),
        ]),
        ("成本指标", [("经济成本指标", [("单个监测点建设费用", "≤2.5", "≤2.5", "万元/个")])]),
        ("效益指标", [("社会效益指标", [("实时监测覆盖供水人口", "≥6", "≥3", "万人")])]),
        ("满意度指标", [("服务对象满意度指标", [("供水单位满意度", pct(0.9), pct(0.9), "%")])]),
    ])  # fmt: skip
    sign(s, "詹如许", "0735-4471152")
    return b
