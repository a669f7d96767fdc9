"""Returns bq07–bq12: cynomorium (锁阳) inoculated under 白刺 on desert shelterbelts."""

from __future__ import annotations

from tests.variants.holdout527.common import annual, indicators, project, signature
from tests.variants.holdout527.registry import variant
from tests.variants.kit import Book, mk

UNIT = "沙泉旗黑碱滩国有林场"
DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("bq07-cynomorium-numbered-labels", (5, 7),
         "project, NAT-2021, numbered tier labels with points in the label (一、产出指标（40分）, "
         "（一）数量指标, 1.), header 绩效目标值, a ★ core indicator (correct)")  # fmt: skip
def bq07() -> Book:
    b = Book()
    s = project(b, "黑碱滩白刺防护林带锁阳接种项目", UNIT, annual(180, 150, 30),
                ("在黑碱滩白刺防护林带接种锁阳4000亩，平茬复壮白刺1500亩。",))  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.锁阳接种面积", "≥4000亩"),
        (None, None, "2.白刺平茬复壮面积", "≥1500亩"),
        (None, "（二）质量指标", "★锁阳接种成活率", "≥80%"),
        (None, "（三）时效指标", "秋季接种完成时间", "10月31日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "锁阳接种补助标准", "≤300元/亩"),
        (None, None, "白刺平茬补助标准", "≤150元/亩"),
        ("三、效益指标（30分）", "（一）社会效益指标", "带动脱贫监测户参与户数", "≥60户"),
        (None, "（二）生态效益指标", "白刺林带植被盖度", "≥35%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参与农牧户满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "绩效目标值"))  # fmt: skip
    signature(s, "阿拉坦仓", "0477-6231146")
    return b


@variant("bq08-cynomorium-wrong-parent", (5,),
         "project, NAT-2021, labels marked with *: 时效指标 under 效益指标, 预算执行率 as a "
         "cost indicator")  # fmt: skip
def bq08() -> Book:
    b = Book()
    s = project(b, "碱柳沟白刺林带锁阳扩繁项目", "沙泉旗碱柳沟治沙站", annual(140, 120, 20),
                ("在碱柳沟白刺林带接种锁阳3000亩，带动周边农牧户发展林下经济。",))  # fmt: skip
    indicators(s, [
        ("*产出指标", "*数量指标", "锁阳接种面积", "≥3000亩"),
        (None, "*质量指标", "锁阳接种成活率", "≥80%"),
        ("*成本指标", "*经济成本指标", "锁阳接种补助标准", "≤300元/亩"),
        (None, None, mk("项目预算执行率", "F202", "warning", row=True,
                        note="预算执行率 is scored separately, not a cost indicator"), "≥95%"),
        ("*效益指标", mk("*时效指标", "F105", "error",
                         note="时效指标 belongs under 产出指标"), "秋季接种完成时间", "10月31日前"),
        (None, "*社会效益指标", "参与农牧户户数", "≥120户"),
        (None, "*生态效益指标", "白刺林带植被盖度", "≥30%"),
        ("*满意度指标", "*服务对象满意度指标", "参与农牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bq09-cynomorium-points-two-levels", (10,),
         "project, NAT-2021, tier-1 points and indicator points both adding to 100, a plant "
         "cover rise in 百分点 (correct)")  # fmt: skip
def bq09() -> Book:
    b = Book()
    s = project(b, "沙泉旗南部防护林带锁阳标准化基地项目", UNIT, annual(160, 140, 20),
                ("建设锁阳标准化接种基地3500亩，白刺林带植被盖度提高5个百分点以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "锁阳接种面积", "≥3500亩", 15),
        (None, None, None, "标准化示范点", "≥5个", 10),
        (None, None, "质量指标", "锁阳接种成活率", "≥80%", 8),
        (None, None, "时效指标", "接种完成时间", "10月31日前", 7),
        ("成本指标", 20, "经济成本指标", "锁阳接种补助标准", "≤320元/亩", 10),
        (None, None, "生态环境成本指标", "接种作业破坏白刺面积", "≤20亩", 10),
        ("效益指标", 30, "生态效益指标", "白刺林带植被盖度提高", "≥5百分点", 10),
        (None, None, "经济效益指标", "锁阳鲜品产量", "≥30吨", 10),
        (None, None, "可持续影响指标", "基地管护期", "≥3年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参与农牧户满意度", "≥90%", 10),
    ], head=SCORE_HEAD, merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "斯琴", "0477-6237720")
    return b


@variant("bq10-cynomorium-points-wrong", (10,),
         "project, NAT-2021, tier-1 points against indicator points: two tiers do not add up, "
         "a satisfaction rate written =95%")  # fmt: skip
def bq10() -> Book:
    b = Book()
    s = project(b, "黑碱滩锁阳林下经济示范项目", UNIT, annual(120, 100, 20),
                ("建设锁阳林下经济示范区2500亩，示范带动农牧户100户。",))  # fmt: skip
    indicators(s, [
        (mk("产出指标", "W103", "error", row=True, note="declared 40, indicators 15+12+10+8=45"),
         40, "数量指标", "锁阳接种面积", "≥2500亩", 15),
        (None, None, None, "示范带动农牧户", "≥100户", 12),
        (None, None, "质量指标", "锁阳接种成活率", "≥80%", 10),
        (None, None, "时效指标", "接种完成时间", "10月31日前", 8),
        ("成本指标", 20, "经济成本指标", "锁阳接种补助标准", "≤300元/亩", 20),
        (mk("效益指标", "W103", "error", row=True, note="declared 30, indicators 15+10=25"),
         30, "生态效益指标", "白刺林带植被盖度", "≥30%", 15),
        (None, None, "经济效益指标", "示范户户均增收", "≥2000元", 10),
        ("满意度指标", 10, "服务对象满意度指标", "示范户满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate means ≥95%"), 10),
    ], head=SCORE_HEAD, merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("bq11-cynomorium-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
         "numbers with a unit column, a 下降率 with 大于等于 (correct)")  # fmt: skip
def bq11() -> Book:
    b = Book()
    s = project(b, "红沙岗白刺固沙林带锁阳接种项目", "沙泉旗红沙岗治沙站", annual(110, 95, 15),
                ("在红沙岗白刺固沙林带接种锁阳3000亩，林带流沙侵入面积下降15%以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "锁阳接种面积", "正向", "大于等于", 3000, "亩"),
        (None, "质量指标", "锁阳接种成活率", "正向", "大于等于", 80, "%"),
        (None, "时效指标", "接种完成时限", "反向", "小于等于", 30, "天"),
        (None, "成本指标", "锁阳接种补助标准", "反向", "小于等于", 300, "元/亩"),
        ("效益指标", "生态效益指标", "林带流沙侵入面积下降率", "正向", "大于等于", 15, "%"),
        (None, None, "白刺林带病虫害发生率", "反向", "小于等于", 5, "%"),
        (None, "社会效益指标", "参与农牧户户数", "正向", "大于等于", 90, "户"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "正向", "大于等于", 90, "%"),
    ], head=DIR_HEAD)  # fmt: skip
    signature(s, "图门", "0477-6238852")
    return b


@variant("bq12-cynomorium-direction-wrong", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a 正向 area with "
         "≤, a cost standard with =")  # fmt: skip
def bq12() -> Book:
    b = Book()
    s = project(b, "碱泉子白刺林带锁阳接种项目", "沙泉旗碱泉子国有林场", annual(120, 105, 15),
                ("在碱泉子白刺林带接种锁阳3000亩，锁阳接种成活率80%以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "锁阳接种面积",
         mk("≤3000亩", "T108", "warning", row=True, note="正向 area capped with ≤")),
        (None, "质量指标", "锁阳接种成活率", "≥80%"),
        (None, "时效指标", "接种完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "锁阳接种补助标准",
         mk("=300元/亩", "T108", "warning", row=True, note="= on a cost cap")),
        ("效益指标", "生态效益指标", "白刺林带鼠害发生率",
         mk("≥3%", "T108", "warning", row=True, note="发生率 is 反向, ≥ sets a floor")),
        (None, "社会效益指标", "参与农牧户户数", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b
