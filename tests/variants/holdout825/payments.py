"""Herder payments (草原生态保护补助奖励): six returns, kfc13–kfc18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout825.common import HEAD4, YEAR, book, funds, indicators, notes, sign, w
from tests.variants.holdout825.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "锡林哈达县农牧和草原局（508012）"


@variant(
    "kfc13-payment-transfer",
    (5, 10, 12),
    "transfer-payment 区域绩效目标表, NAT-2021: "
    "中央补助 + 地方资金, points for tier-1 and for each indicator, 100 both ways (correct)",
)
def payment_transfer() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 8))
    s.title(f"{YEAR}年度草原生态保护补助奖励资金区域绩效目标表", 6)
    s.row("专项名称", "草原生态保护补助奖励", None, None, "地区", "锡林哈达县",
          merge=[(2, 4)])  # fmt: skip
    s.row("资金情况（万元）", "年度金额", w(8600), "其中：中央补助", w(8000), None)
    s.row(None, None, None, "地方资金", w(600), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：落实禁牧补助面积600万亩、草畜平衡奖励面积900万亩；目标2：补奖"
          "资金于11月底前兑付到户；目标3：草原综合植被盖度稳定在47.5%以上。",
          merge=[(2, 6)])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标", 10, "经济成本指标", "禁牧补助标准", "≤9.5元/亩", 5),
        (None, None, None, "草畜平衡奖励标准", "≤2.5元/亩", 5),
        ("产出指标", 40, "数量指标", "禁牧补助面积", "≥600万亩", 10),
        (None, None, None, "草畜平衡奖励面积", "≥900万亩", 10),
        (None, None, "质量指标", "补奖资金兑付准确率", "≥98%", 10),
        (None, None, "时效指标", "补奖资金兑付完成时间", "2025年11月30日前", 10),
        ("效益指标", 40, "生态效益指标", "草原综合植被盖度", "≥47.5%", 10),
        (None, None, None, "天然草原超载率", "≤8%", 10),
        (None, None, "经济效益指标", "牧民人均补奖收入", "≥1100元", 10),
        (None, None, "可持续影响指标", "草原承包经营制度落实", "稳定", 10),
        ("满意度指标", 10, "服务对象满意度指标", "享受补奖政策牧户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：禁牧补助600万亩×9.5元=5700万元，草畜平衡奖励900万亩×2.5元=2250万元，"
          "其余650万元用于草原管护员补助。")  # fmt: skip
    return b


@variant(
    "kfc14-payment-goal-count",
    (1,),
    "project, NAT-2021: the goal's household count "
    "against the indicator's, a typed percent of 105% on a capped rate",
)
def payment_goal_count() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="草畜平衡奖励资金兑付", dept=DEPT,
                 unit="宝力根苏木人民政府", money=funds(w(520), w(500), w(20)),
                 goals=["向3200户牧户兑付草畜平衡奖励，户均奖励不超过1500元，兑付资金11月底前"
                        "全部到户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "户均草畜平衡奖励", "≤1500元/户"),
        ("产出指标", "数量指标", "获得奖励牧户数",
         mk("≥2300户", "D104", "warning", row=True, note="年度目标写3200户")),
        (None, "质量指标", "奖励资金兑付准确率",
         mk(pct(1.05), "T106", "error", note="准确率105%超过上限")),
        (None, "时效指标", "奖励资金兑付完成时间", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "草畜平衡区超载率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "受奖牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "那仁", "0479-8823154")
    return b


@variant(
    "kfc15-payment-department",
    (1, 4, 12),
    "department, NAT-2021: budget and key tasks "
    "adding up, a note explaining 金额合计, typed percents, a fall in 百分点 (correct)",
)
def payment_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="锡林哈达县草原生态保护中心",
                    budget=[(w(3150), w(3000), w(150), w(450), w(2700))],
                    tasks=[("禁牧补助兑付", "核定禁牧户并兑付补助", w(1800), "按时足额兑付"),
                           ("草畜平衡奖励兑付", "核定载畜量并兑付奖励", w(720), "按时足额兑付"),
                           ("草原管护员补助", "聘用管护员并发放补助", w(180), "管护全覆盖"),
                           ("金额合计", None, w(2700), None)],
                    goal="兑付禁牧补助和草畜平衡奖励2520万元，聘用草原管护员150名，天然草原超载"
                         "率比上年下降2个百分点。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "草原管护员补助标准", "≤1.2万元/人·年"),
        ("产出指标", "数量指标", "聘用草原管护员人数", "≥150人"),
        (None, "质量指标", "补奖资金兑付准确率", pct(0.98)),
        (None, "时效指标", "补奖资金兑付完成时间", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "天然草原超载率下降", "≥2百分点"),
        (None, "经济效益指标", "补奖资金占牧民人均可支配收入比重", pct(0.085, "0.0%")),
        ("满意度指标", "服务对象满意度指标", "享受补奖牧户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计2700万元为项目支出，基本支出450万元未列入年度主要任务。")
    sign(s, "敖登", "0479-8810376")
    return b


@variant(
    "kfc16-payment-stale-year",
    (5, 12),
    "project, NAT-2021: last year's end date left in "
    "the head, a satisfaction rate under 社会效益, one rate twice with a word more",
)
def payment_stale_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="禁牧补助资金兑付",
        dept=DEPT,
        unit="额布都格镇人民政府",
        money=funds(w(680), w(680), w(0)),
        end=mk(
            day(YEAR - 1, 12, 31),
            "Y102",
            "error",
            alt=("Y101", "Y104"),
            note="2025年度项目的计划完成日期仍是上年的2024-12-31",
        ),
        goals=["向禁牧区牧户兑付禁牧补助，补助面积70万亩，11月底前全部兑付到户。"],
    )
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤9.5元/亩"),
        ("产出指标", "数量指标", "禁牧补助面积", "≥70万亩"),
        (None, "质量指标", "补奖资金兑付率", "≥98%"),
        (None, None, mk("牧户补奖资金兑付率", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，多了“牧户”二字"), "≥98%"),
        (None, "时效指标", "补助资金兑付完成时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标",
         mk("禁牧户政策满意度", "F201", "warning", row=True, alt=("F105",),
            note="满意度应在满意度指标/服务对象满意度指标下"), "≥90%"),
        (None, "生态效益指标", "禁牧区植被盖度", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "禁牧户补助发放满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "乌兰", "0479-8837720")
    return b


GOALS17 = ["2025—2027年每年落实禁牧和草畜平衡面积500万亩（禁牧200万亩、草畜平衡300万亩），"
           "三年培训牧民1800人次，草原综合植被盖度提高到48%。",
           "2025年落实禁牧和草畜平衡面积500万亩（禁牧200万亩、草畜平衡300万亩），培训牧民600"
           "人次，补奖资金11月底前兑付到户。"]  # fmt: skip


@variant("kfc17-payment-three-year", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, the period's count beside a smaller year's, a goal total with its parts in "
         "brackets (correct)")  # fmt: skip
def payment_three_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="草原生态保护补助奖励政策落实",
        dept=DEPT,
        unit="锡林哈达县草原生态保护中心",
        money=funds(w(7500), w(7200), w(300), w(2500), w(2400), w(100)),
        goals=GOALS17,
    )
    area = "面积每年落实一次，三年与一年相同不是照抄"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤7.5元/亩", "≤7.5元/亩"),
        (None, None, "草畜平衡奖励标准", "≤2.5元/亩", "≤2.5元/亩"),
        ("产出指标", "数量指标", "禁牧补助面积（每年）", "≥200万亩", ok("≥200万亩", note=area)),
        (None, None, "草畜平衡奖励面积（每年）", "≥300万亩", ok("≥300万亩", note=area)),
        (None, None, "牧民培训人次", "≥1800人次", "≥600人次"),
        (None, "质量指标", "补奖资金兑付准确率", "≥98%", "≥98%"),
        (None, "时效指标", "补奖资金兑付完成时间", "每年11月30日前", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "草原综合植被盖度", "≥48%", "≥46%"),
        ("满意度指标", "服务对象满意度指标", "享受补奖牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "吉日嘎拉", "0479-8852093")
    return b


@variant(
    "kfc18-payment-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's parts not adding to its total, last season's year in its goal",
)
def payment_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="草原管护员补助发放",
        dept=DEPT,
        unit="锡林哈达县草原生态保护中心",
        money=funds(w(216), w(216), w(0)),
        goals=["聘用草原管护员180名，按每人每年1.2万元发放管护补助。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "聘用草原管护员人数", "≥180人"),
        (None, "质量指标", "管护员考核合格率", "≥95%"),
        (None, "时效指标", "管护补助按季发放及时率", "≥95%"),
        (None, "成本指标", "管护员补助标准", "≤1.2万元/人·年"),
        ("效益指标", "生态效益指标", "管护区违规放牧发生率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "管护员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(260), "B101", "error", row=True, note="230 + 20 = 250，与资金总额260不符")
    project_head(
        s,
        year=YEAR,
        title="",
        name="草畜平衡核查与奖励兑付",
        dept=DEPT,
        unit="宝力根苏木人民政府",
        money=[
            ("中期资金总额", w(260), "年度资金总额", total),
            ("其中：财政拨款", w(230), "其中：财政拨款", w(230)),
            ("其他资金", w(20), "其他资金", w(20)),
        ],
        goals=[
            mk(
                "2024年完成草畜平衡区载畜量核查1500户，兑付草畜平衡奖励。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="上一季的年份留在2025年度目标中",
            )
        ],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "核查载畜量牧户数", "≥1500户"),
        (None, "质量指标", "核查结果准确率", "≥95%"),
        (None, "时效指标", "奖励资金兑付完成时间", "2025年11月30日前"),
        (None, "成本指标", "户均草畜平衡奖励", "≤1500元/户"),
        ("效益指标", "生态效益指标", "草畜平衡区超载率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "受奖牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "包青", "0479-8841265")
    return b
