"""Craft-village tourism around the umbrella and 香云纱 villages: zq13–zq18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout475.common import YEAR, details, funds, indicators, sign, start, wan
from tests.variants.holdout475.registry import variant
from tests.variants.kit import Book, mk, pct

BUREAU = "栖桐县文化广电旅游局"
DEPT = "栖桐县文化广电旅游局 318"
COLS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zq13-tourism-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, "
         "all consistent (correct)")  # fmt: skip
def tourism_department_money() -> Book:
    b, s = start("部门整体")
    share = "0.00%"
    department_head(s, year=YEAR, dept=BUREAU,
                    budget=[(wan(930), wan(870), wan(60), wan(540), wan(390)),
                            (pct(1, share), pct(0.9355, share), pct(0.0645, share),
                             pct(0.5806, share), pct(0.4194, share))],
                    tasks=[("伞乡旅游线路打造", "串联伞篷村、竹岙镇制伞作坊", wan(180),
                            "开通旅游线路2条"),
                           ("非遗工坊开放", "制伞作坊开放参观体验", wan(130),
                            "开放工坊12家"),
                           ("节庆营销", "举办油纸伞文化节", wan(80), "举办文化节1届"),
                           ("金额合计", None, wan(390), None)],
                    goal="打造伞乡旅游线路，开放非遗工坊，办好油纸伞文化节。")  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "开通伞乡旅游线路", "≥2条"),
        (None, None, "开放制伞体验工坊", "≥12家"),
        (None, "质量指标", "旅游线路标识规范设置率", "100%"),
        (None, "时效指标", "油纸伞文化节举办时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每家工坊开放补助", "≤10万元/家"),
        ("效益指标", "经济效益指标", "伞乡旅游接待人次增长率", "≥12%"),
        (None, "社会效益指标", "带动村民从事旅游服务", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zq14-tourism-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts, a satisfaction rate written with =")  # fmt: skip
def tourism_stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="伞篷村游客服务中心提升项目", dept=DEPT,
                 unit="伞篷村村民委员会", money=funds(wan(40), wan(35), wan(5)),
                 goals=["提升游客服务中心1处，增设油纸伞体验台10个。"])  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "增设油纸伞体验台", "≥10个"),
        (None, "质量指标", "服务中心验收合格率", "100%"),
        (None, "时效指标", "提升工程完工时间", "2026年7月31日前"),
        (None, "成本指标", "每个体验台建设成本", "≤0.8万元/个"),
        ("效益指标", "经济效益指标", "体验项目收入", "≥15万元"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(55), "B101", "error", note="42 + 8 = 50, not 55")
    project_head(s, year=YEAR, name="晒莨坪村香云纱研学游项目", dept=DEPT, title="",
                 unit="霁川市莨湾区莨塘镇文化站", money=funds(total, wan(42), wan(8)),
                 goals=["开发香云纱研学游线路1条，接待研学游客2000人次。"])  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "接待研学游客", "≥2000人次"),
        (None, "质量指标", "研学课程评审通过率", "≥90%"),
        (None, "时效指标", "研学游线路开通时间", "2026年5月31日前"),
        (None, "成本指标", "每人次研学接待成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "香云纱技艺知晓率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "游客满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")),
    ])  # fmt: skip
    return b


@variant("zq15-tourism-export", (7,),
         "budget-system export: codes in the first columns, money on 部门项目支出预算05-1, the "
         "indicators on a second sheet 部门项目支出绩效目标05-2 under 预期实现值, header on the "
         "third row, tiers repeated in every row (correct)")  # fmt: skip
def tourism_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 24, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：栖桐县文化广电旅游局", None, None, None, "单位：万元", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金", "项目期限")
    s.row("4305212601", "伞乡非遗旅游驿站运营项目", wan(58), wan(50), wan(8), "1年")
    s.row("合计", None, wan(58), wan(50), wan(8), None, merge=[(1, 2)])
    g = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 26, 10, 12, 10))
    g.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    g.row("单位名称：栖桐县文化广电旅游局", merge=[(1, 8)])
    code, name = "4305212601", "伞乡非遗旅游驿站运营项目"
    g.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "预期实现值", "计量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "驿站接待游客", "≥", 30000, "人次"),
        ("产出指标", "数量指标", "驿站展销油纸伞和莨绸商户", "≥", 20, "家"),
        ("产出指标", "质量指标", "驿站消防检查合格率", "=", pct(1), "%"),
        ("产出指标", "时效指标", "驿站每周开放天数", "≥", 6, "天"),
        ("成本指标", "经济成本指标", "驿站年运营成本", "≤", 58, "万元"),
        ("效益指标", "经济效益指标", "驻站商户销售额增长率", "≥", pct(0.1), "%"),
        ("效益指标", "社会效益指标", "游客投诉率", "≤", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.92), "%"),
    ]:
        g.row(code, name, *row)
    return b


@variant("zq16-tourism-artefacts", (9,),
         "project, OLD-NAT, detail lines under the table: a start date as a bare serial in a text "
         "cell, an amount split by a space, an amount pasted twice")  # fmt: skip
def tourism_artefacts() -> Book:
    b, s = start()
    serial = mk("46082", "X104", "warning", note="2026-03-01 as a serial in a text cell")
    project_head(s, year=YEAR, name="伞篷村至晒莨坪村非遗游步道项目", dept=DEPT,
                 unit="栖桐县乡村旅游发展中心", money=funds(wan(80), wan(70), wan(10)),
                 start=serial, goals=["修缮游步道6公里，设导览标识40处，布设展陈点。"])  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "修缮非遗游步道", "≥6公里"),
        (None, None, "设置导览标识", "≥40处"),
        (None, "质量指标", "步道工程验收合格率", "100%"),
        (None, "时效指标", "步道修缮完工时间", "2026年9月30日前"),
        (None, "成本指标", "每公里步道修缮成本", "≤6.04万元/公里"),
        ("效益指标", "社会效益指标", "沿线非遗工坊接待游客增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("步道修缮", mk("36.2 5", "X105", "warning", alt=("X103",), note="36.25 split"),
         "6公里×6.04万元"),
        ("香云纱展陈点", mk("18万18万", "X106", "error", alt=("B108",), note="18 pasted twice"),
         "3处×6万元"),
        ("导览标识", wan(25.75), "40处"),
    ], wan(80))  # fmt: skip
    return b


PAGE = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("zq17-tourism-page-break", (4, 11),
         "department, NAT-2021, weight column: a column-number row, the header repeated after a "
         "page break, subtotal and total rows, 0起 on an incident count, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def tourism_page_break() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="霁川市莨湾区文化旅游体育局",
                    budget=[(wan(760), wan(700), wan(60), wan(480), wan(280))],
                    goal="推动香云纱村落和油纸伞研学线路融合，保障游客安全。")  # fmt: skip
    s.row(*PAGE)
    s.row(1, 2, 3, 4, 5)
    s.table([
        ("产出指标", "数量指标", "莨绸村落接待游客", "≥8万人次", 10),
        (None, None, "开发伞乡与莨乡联游线路", "≥3条", 10),
        (None, "质量指标", "景区安全事故发生起数", "≤0起", 10),
        (None, "时效指标", "游客投诉办结时限", "≤3个工作日", 10),
        ("产出指标小计", None, None, None, 40),
        ("成本指标", "经济成本指标", "每条联游线路开发成本", "≤40万元/条", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("第 1 页", None, None, None, None, merge=[(1, 5)])
    s.row(*PAGE)
    s.table([
        ("效益指标", "经济效益指标", "村落民宿入住率", "≥60%", 10),
        (None, "社会效益指标", "游客投诉率", "≤2%", 10),
        (None, "生态效益指标", "景区垃圾乱扔投诉下降率", "≥10%", 10),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", 10),
        (None, None, "村民对旅游开发满意度", "≥85%", 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "陈伞影", "0763-5579316")
    return b


@variant("zq18-tourism-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: one tier's "
         "indicator scores miss its score, a completion date after the one-year term")  # fmt: skip
def tourism_points_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="油纸伞文化节暨莨绸市集项目", dept=DEPT,
                 unit="栖桐县旅游服务中心", money=funds(wan(45), wan(40), wan(5)),
                 goals=["举办油纸伞文化节1届，同期开设莨绸市集，吸引游客5万人次。"])  # fmt: skip
    tier = mk(30, "W103", "error", alt=("W101",), note="10 + 10 + 5 = 25, not 30")
    late = mk("2027年3月31日前", "Y102", "error", alt=("Y103",), note="after the 2026 project")
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "文化节吸引游客", "≥5万人次", 20),
        (None, None, None, "市集参展商户", "≥60家", 10),
        (None, None, "质量指标", "活动安全事故发生起数", "≤0起", 10),
        (None, None, "时效指标", "市集结算完成时间", late, 10),
        ("成本指标", 10, "经济成本指标", "每个参展摊位搭建成本", "≤3000元/个", 10),
        ("效益指标", tier, "经济效益指标", "节庆期间油纸伞销售额", "≥80万元", 10),
        (None, None, "社会效益指标", "香云纱技艺知晓率提高", "≥5百分点", 10),
        (None, None, "可持续影响指标", "文化节固定举办年限", "≥3年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
