"""Department returns, budget-system exports, stacked projects and scored tables of offices that
run both interest subsidies and guarantee fee subsidies."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout880.common import HEAD6, filled, indicators, one_year, start
from tests.variants.holdout880.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("khf13-department-parts", (12,),
         "department, NAT-2021: budget and key tasks adding up, a goal's total with its parts in "
         "brackets beside the indicators for each part (correct)")  # fmt: skip
def khf13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澜溪市地方金融服务中心", filled=filled(2025),
                    budget=[(1500, 1300, 200, 420, 1080)],
                    tasks=[("小微企业贷款贴息", "对新增小微企业贷款贴息", 600, "贴息400户"),
                           ("融资担保费补贴", "对降费担保业务补贴", 400, "补贴200户"),
                           ("普惠金融服务平台运维", "平台运维与数据对接", 80, "平台稳定运行"),
                           ("金额合计", None, 1080, None)],
                    goal="全年贴息及担保费补贴惠及小微企业不少于600户（其中贴息400户、"
                         "担保费补贴200户），普惠金融服务平台稳定运行。")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "惠及小微企业户数", "≥600户"),
        (None, None, "贴息企业户数", "≥400户"),
        (None, None, "担保费补贴企业户数", "≥200户"),
        (None, "质量指标", "普惠金融服务平台正常运行率", "≥99%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "户均贴息金额", "≤1.5万元/户"),
        (None, None, "户均担保费补贴", "≤2万元/户"),
        ("效益指标", "经济效益指标", "小微企业贷款余额增长率", "≥10%"),
        (None, "可持续影响指标", "平台注册企业数", "≥3000家"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("khf14-department-sums", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "task's 500 households against an indicator's 450")  # fmt: skip
def khf14() -> Book:
    b, s = start()
    total = mk(1200, "B101", "error", note="基本支出300+项目支出850=1150")
    department_head(s, year=2025, dept="霁川县中小企业发展促进中心", filled=filled(2025),
                    budget=[(total, 1000, 200, 300, 850)],
                    tasks=[("小微企业贷款贴息", "新增贷款贴息", 500, "为500户小微企业贴息"),
                           ("融资担保费补贴", "降费担保补贴", 300, "补贴担保额3亿元"),
                           ("企业融资对接活动", "银企对接会", 80, "举办对接会12场"),
                           ("金额合计", None, mk(850, "B102", "error",
                                                 note="500+300+80=880"), None)],
                    goal="降低小微企业融资成本，扩大普惠信贷覆盖面。")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "贴息企业户数",
         mk("≥450户", "D104", "warning", note="任务目标写为500户小微企业贴息")),
        (None, None, "银企对接会场次", "≥12场"),
        (None, "质量指标", "贴息资金审核准确率", "≥98%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "户均贴息金额", "≤1万元/户"),
        ("效益指标", "经济效益指标", "带动新增普惠贷款", "≥8亿元"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


@variant("khf15-export-two-sheets", (1, 7),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 under a third-row header, codes in the first columns, tiers "
         "repeated in every row, typed percent cells (correct)")  # fmt: skip
def khf15() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 28, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("523101250007", "芦汀县小微企业贷款贴息及担保费补贴", 480, 400, 80)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 28, 12, 14, 30, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：芦汀县财政局")
    t.row(*EXPORT)
    code, name = "523101250007", "芦汀县小微企业贷款贴息及担保费补贴"
    for row in [
        ("产出指标", "数量指标", "贴息企业户数", "≥200", "户"),
        ("产出指标", "数量指标", "担保费补贴企业户数", "≥100", "户"),
        ("产出指标", "质量指标", "补贴资金审核准确率", pct(0.98), "%"),
        ("产出指标", "时效指标", "补贴资金拨付及时率", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "户均补贴金额", "≤1.6", "万元/户"),
        ("效益指标", "经济效益指标", "带动新增小微企业贷款", "≥2.5", "亿元"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", pct(0.9), "%"),
    ]:
        t.row(code, name, *row)
    return b


@variant("khf16-export-artefacts", (6, 9),
         "budget-system export, one sheet, codes in the first columns: a deadline stored as a "
         "date serial in a text cell, a template tier-2 left without an indicator")  # fmt: skip
def khf16() -> Book:
    b, s = start("绩效目标", (16, 28, 12, 14, 30, 14, 10))
    s.title("2025年项目支出绩效目标表（系统导出）", 7)
    s.row("单位：汀泉县工业和信息化局", None, None, None, None, "金额单位：万元")
    s.row(*EXPORT)
    code, name = "533102250019", "汀泉县融资担保费补贴"
    for row in [
        ("产出指标", "数量指标", "担保费补贴企业户数", "≥180", "户"),
        ("产出指标", "质量指标", "补贴资金审核准确率", "≥98", "%"),
        (
            "产出指标",
            "时效指标",
            "补贴资金拨付完成时间",
            mk("45930", "X104", "warning", note="日期序列号存成文本（2025-09-30）"),
            "日期",
        ),
        ("成本指标", "经济成本指标", "担保费补贴比例", "≤1", "%"),
        ("效益指标", "经济效益指标", "带动新增担保贷款", "≥2", "亿元"),
        (
            "效益指标",
            mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"),
            None,
            None,
            None,
        ),
        ("满意度指标", "服务对象满意度指标", "受保企业满意度", "≥90", "%"),
    ]:
        s.row(code, name, *row)
    return b


@variant("khf17-stacked-leftover", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not add "
         "up and its household count is the first project's, against its own goal")  # fmt: skip
def khf17() -> Book:
    b, s = start()
    dept = "青禾县财政局（419）"
    project_head(s, year=2025, name="青禾县小微企业贷款贴息", dept=dept,
                 unit="青禾县中小企业服务中心", money=one_year(480, 480, 0),
                 goals=["为400户小微企业新增贷款贴息，带动新增贷款3亿元。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "受益企业户数", "≥400户"),
        (None, "质量指标", "贴息资金审核准确率", "≥98%"),
        (None, "时效指标", "贴息资金拨付时间", "2025年12月15日前"),
        (None, "成本指标", "户均贴息金额", "≤1.2万元/户"),
        ("效益指标", "经济效益指标", "带动新增贷款", "≥3亿元"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    s.title("2025年度项目支出绩效目标申报表（二）", 6)
    total = mk(260, "B101", "error", note="财政拨款200+其他资金50=250")
    project_head(s, year=2025, title="", name="青禾县小微企业融资担保费补贴", dept=dept,
                 unit="青禾县融资担保有限公司", money=one_year(total, 200, 50),
                 goals=["为120户小微企业补贴融资担保费，担保费率降至1%以下。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "受益企业户数",
         mk("≥400户", "D104", "warning", note="本项目目标为120户，400户是上一个项目的户数")),
        (None, "质量指标", "担保业务合规率", "=100%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "担保费补贴比例", "≤1%"),
        ("效益指标", "经济效益指标", "带动新增担保贷款", "≥2亿元"),
        ("满意度指标", "服务对象满意度指标", "受保企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khf18-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column each adding to "
         "100, a rate cut in 百分点, a 下降率 with ≥, 0 cases of misuse (correct)")  # fmt: skip
def khf18() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=2025, name="碧浔县小微企业贷款贴息", dept="碧浔县财政局（236）",
                 unit="碧浔县中小企业服务中心", money=one_year(300, 300, 0),
                 goals=["为300户小微企业贷款贴息，降低融资成本，"
                        "杜绝违规套取贴息资金。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "贴息企业户数", "≥300户", 15),
        (None, None, "质量指标", "违规套取贴息资金案件", "0起", 10),
        (None, None, None, "贴息资金审核准确率", "≥98%", 10),
        (None, None, "时效指标", "贴息资金拨付及时率", "≥95%", 15),
        ("成本指标", 10, "经济成本指标", "户均贴息金额", "≤1万元/户", 10),
        ("效益指标", 30, "经济效益指标", "贴息企业融资成本下降", "≥0.4百分点", 15),
        (None, None, None, "小微企业贷款平均利率下降率", "≥5%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受益企业满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
