"""Canal lining returns (kei13–kei18): points, footnotes, transfers, 中期 and 年度, templates."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout805.common import (
    TIERS,
    TWO,
    YEAR,
    annual,
    indicators,
    notes,
    period,
    sign,
    start,
    wan,
)
from tests.variants.holdout805.registry import variant
from tests.variants.kit import Book, day, mk


@variant(
    "kei13-canal-points-two-levels",
    (5, 10),
    "project, NAT-2021, ★ tier labels, a tier-1 score column and an indicator score "
    "column, 百分点 and 0起 look-alikes (correct)",
)
def canal_points_two_levels() -> Book:
    b, s = start(widths=(14, 8, 18, 28, 16, 8))
    project_head(s, year=YEAR, name="柘岭灌区北干渠防渗衬砌工程", dept="桐坳县水利局（214003）",
                 unit="柘岭灌区管理所", money=annual(540, 480, 60),
                 goals=["衬砌北干渠18.5公里，渠系水利用系数提高3个百分点，施工期间不发生安全"
                        "事故。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("★成本指标", 15, "经济成本指标", "每公里衬砌造价", "≤29万元/公里", 10),
        (None, None, "社会成本指标", "施工安全事故", "≤0起", 5),
        ("★产出指标", 45, "数量指标", "干渠衬砌长度", "≥18.5公里", 20),
        (None, None, "质量指标", "衬砌工程质量合格率", "≥95%", 15),
        (None, None, "时效指标", "主体工程完工时间", "2026年11月15日前", 10),
        ("★效益指标", 30, "生态效益指标", "渠系水利用系数", "提高≥3百分点", 15),
        (None, None, None, "年减少渠道渗漏水量", "≥260万立方米", 15),
        ("★满意度指标", 10, "服务对象满意度指标", "灌区用水户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "kei14-canal-footnotes-page-break",
    (4, 7),
    "project, OLD-NAT, two-row header, a note row inside, the header repeated after a "
    "page break, footnotes and signature (correct)",
)
def canal_footnotes_page_break() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漳原灌区干支渠衬砌改造", dept="禾湾县水利局（305002）",
                 unit="漳原灌区管理所", money=annual(660, 600, 60),
                 goals=["衬砌干渠12.6公里、支渠20.4公里，合计33公里，灌区渠道渗漏损失明显"
                        "减少。"])  # fmt: skip
    s.row("绩效指标", None, None, None, None, "备注", merge=[(1, 5)])
    head = ("一级指标", "二级指标", "三级指标", "绩效指标值", "计量单位", None)
    indicators(s, head, [
        ("产出指标", "数量指标", "干渠衬砌长度", "≥12.6", "公里"),
        (None, None, "支渠衬砌长度", "≥20.4", "公里"),
        (None, None, "注：干渠、支渠分别计列，衬砌总长33公里见年度目标。"),
        (None, "质量指标", "衬砌工程质量合格率", "≥95", "%"),
        (None, "时效指标", "完工时间", "2026年11月30日前"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("产出指标", "成本指标", "干渠衬砌单价", "≤22", "万元/公里"),
        (None, None, "支渠衬砌单价", "≤18", "万元/公里"),
        ("效益指标", "生态效益指标", "年减少渠道渗漏量", "≥420", "万立方米"),
        (None, "可持续影响指标", "衬砌渠道设计使用年限", "≥20", "年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90", "%"),
    ])  # fmt: skip
    notes(s, "注：1. 干渠衬砌长度与支渠衬砌长度之和为33公里，即年度目标中的合计数。",
          "2. 单价按初步设计概算测算：12.6×22＋20.4×18＝644.4万元，未超过年度资金660万元。",
          "填表说明：指标值填数字，计量单位单独填写。")  # fmt: skip
    sign(s, "陆一帆", "0776-5322619", day(2025, 12, 10))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant(
    "kei15-canal-transfer-money",
    (12,),
    "transfer project, OLD-NAT, 中央补助 + 地方资金: the parts miss the total, the "
    "goal's length against the row, cost × length above money",
)
def canal_transfer_money() -> Book:
    b, s = start()
    total = mk(wan(900), "B101", "error", note="中央补助600 + 地方资金250 = 850")
    project_head(s, year=YEAR, name="沔溪灌区续建配套支渠衬砌（中央补助）",
                 dept="柘岭市水务局（118020）", unit="沔溪灌区管理处", attr="转移支付项目",
                 money=annual(total, 600, 250, ("其中：中央补助", "地方资金")),
                 goals=["完成沔溪灌区支渠衬砌24公里，配套渠系建筑物96座，新增节水能力"
                        "800万立方米。"])  # fmt: skip
    length = mk("≥18公里", "D104", "warning", row=True, note="年度目标写支渠衬砌24公里")
    cost = mk("≤55万元/公里", "B107", "warning", row=True,
              note="55万元/公里 × 18公里 = 990万元，超过年度资金")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "支渠衬砌长度", length),
        (None, None, "配套渠系建筑物", "≥96座"),
        (None, "质量指标", "单元工程质量合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2026年12月20日前"),
        (None, "成本指标", "每公里衬砌造价", cost),
        ("效益指标", "生态效益指标", "新增节水能力", "≥800万立方米"),
        ("满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kei16-canal-three-years-words",
    (8, 11),
    "three-year project 2026–2028, NAT-2021, operators in words in their own column, "
    "中期 and 年度 columns, a 下降率 with 大于等于 (correct)",
)
def canal_three_years_words() -> Book:
    b, s = start(widths=(14, 16, 26, 12, 14, 14))
    project_head(s, year=YEAR, name="泷坪灌区斗渠防渗衬砌三年行动", dept="禾湾县水利局（305002）",
                 unit="泷坪灌区管理站", money=period((2700, 2400, 300), (900, 800, 100)),
                 years=3, attr="新增项目",
                 goals=["2026年—2028年累计衬砌斗渠45公里，渠道渗漏损失率降至8%以下。",
                        "2026年衬砌斗渠15公里，渠道渗漏损失率降至12%以下。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每公里衬砌造价", "小于等于", "60万元/公里", "60万元/公里"),
        ("产出指标", "数量指标", "斗渠衬砌长度", "大于等于", "45公里", "15公里"),
        (None, "质量指标", "衬砌工程质量合格率", "大于等于", "95%", "95%"),
        (None, "时效指标", "年度衬砌任务完成时间", "小于等于", "2028年11月30日",
         "2026年11月30日"),
        ("效益指标", "生态效益指标", "渠道渗漏损失率", "小于等于", "8%", "12%"),
        (None, None, "渠道渗漏量下降率", "大于等于", "30%", "10%"),
        ("满意度指标", "服务对象满意度指标", "灌区用水户满意度", "大于等于", "90%", "90%"),
    ])  # fmt: skip
    notes(s, "说明：渠道渗漏量下降率以2025年实测渗漏量为基数计算。")
    return b


@variant(
    "kei17-canal-two-years-copied-goal",
    (8, 11),
    "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: the goal copied, a "
    "year's length above the period's, ≥ on 渗漏率",
)
def canal_two_years_copied_goal() -> Book:
    b, s = start()
    text = "2026年—2027年衬砌斗渠30公里，配套建筑物120座，渠系水利用系数提高到0.65。"
    same = mk(text, "D204", "warning", note="年度目标照抄中期目标")
    project_head(s, year=YEAR, name="柘岭灌区斗渠衬砌续建工程", dept="桐坳县水利局（214003）",
                 unit="柘岭灌区管理所", money=period((1500, 1300, 200), (800, 700, 100)),
                 years=2, goals=[text, same])  # fmt: skip
    longer = mk("≥36公里", "D201", "error", note="年度值大于实施期30公里")
    wrong = mk("≥12%", "T108", "warning", row=True, alt=("D203",), note="渗漏率是反向指标")
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "每公里衬砌造价", "≤22万元/公里", "≤22万元/公里"),
        ("产出指标", "数量指标", "斗渠衬砌长度", "≥30公里", longer),
        (None, None, "配套渠系建筑物", "≥120座", "≥60座"),
        (None, "质量指标", "衬砌工程质量合格率", "≥95%", "≥95%"),
        (None, "时效指标", "工程完工时间", "2027年11月30日前", "2026年11月30日前"),
        ("效益指标", "生态效益指标", "渠道渗漏率", "≤10%", wrong),
        ("满意度指标", "服务对象满意度指标", "灌区用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kei18-canal-template-rows",
    (6, 13),
    "project, NAT-2021, header 绩效目标值: a tier-2 left empty, a value without a name, "
    "the template's example row left in",
)
def canal_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漳原灌区农渠衬砌补短板", dept="禾湾县水利局（305002）",
                 unit="漳原灌区管理所", money=annual(180, 150, 30),
                 goals=["衬砌农渠20公里，配套分水口门60处。"])  # fmt: skip
    empty = mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填写")
    nameless = mk(None, "F110", "error", note="有指标值，没有三级指标名称")
    sample = mk("≥XX公里", "X101", "error", note="模板示例行未删除")
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "每公里农渠衬砌造价", "≤8万元/公里"),
        (None, empty, None, None),
        ("产出指标", "数量指标", "农渠衬砌长度", "≥20公里"),
        (None, None, "示例：XX渠道衬砌长度", sample),
        (None, None, nameless, "≥60处"),
        (None, "质量指标", "衬砌工程质量合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前"),
        ("效益指标", "生态效益指标", "年减少渗漏水量", "≥90万立方米"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
