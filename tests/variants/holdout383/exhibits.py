"""Returns wc13–wc18: multi-year collection programmes, scored tables and department money."""

from __future__ import annotations

from tests.variants.holdout383.common import (
    department,
    funds,
    indicators,
    new_book,
    period_funds,
    project,
    wan,
)
from tests.variants.holdout383.registry import variant
from tests.variants.kit import Book, C, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("wc13-multi-year", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates and unit costs equal in both, typed percent cells (correct)")  # fmt: skip
def wc13() -> Book:
    b, s = new_book()
    project(s, "梧岭市古盆景藏品数字档案三年行动", "梧岭市盆景艺术馆",
            period_funds((240, 220, 20), (80, 72, 8)),
            ["三年完成900盆古盆景三维建档。", "当年完成300盆三维建档并上线查询。"],
            years=3)  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单盆三维建档成本", "≤0.25万元/盆", "≤0.25万元/盆"),
        ("产出指标", "数量指标", "古盆景三维建档数量", "≥900盆", "≥300盆"),
        (None, "质量指标", "建档数据验收合格率", pct(0.95), pct(0.95)),
        ("效益指标", "社会效益指标", "线上档案查询人次", "≥6万人次", "≥1.5万人次"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wc14-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
         "year, one annual count above its period count")  # fmt: skip
def wc14() -> Book:
    b, s = new_book()
    project(s, "澄岙县古盆景巡回保护展两年计划", "澄岙县博物馆",
            period_funds((90, 80, 10), (45, 40, 5)),
            ["两年巡展20场，展出古盆景200盆次。", "当年巡展10场。"], years=2)  # fmt: skip
    copied = "same cumulative count in both columns of a two-year project"
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单场巡展成本", "≤4.5万元/场", "≤4.5万元/场"),
        ("产出指标", "数量指标", "古盆景巡展场次", "≥20场", "≥10场"),
        (None, None, "巡展古盆景数量", "≥200盆次", mk("≥200盆次", "D202", "warning", note=copied)),
        (None, None, "巡展讲解场次", "≥40场",
         mk("≥60场", "D201", "error", note="annual 60 above the period 40")),
        ("效益指标", "社会效益指标", "巡展观众人次", "≥8万人次",
         mk("≥8万人次", "D202", "warning", note=copied)),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wc15-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def wc15() -> Book:
    b, s = new_book("绩效目标")
    project(s, "苔岩镇盆景公园古桩病害防治项目", "苔岩镇盆景公园", funds(wan(28), 25, 3),
            ["防治古桩病害，降低病害发生率。"])  # fmt: skip
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "单株防治成本", "≤0.1万元/株", 10),
        ("产出指标", 50, "数量指标", "古桩病害防治株数", "≥250株", 25),
        (None, None, "质量指标", "防治后古桩健康率", "≥90%", 25),
        ("效益指标", 30, "生态效益指标", "古桩健康率较上年提高", "≥5百分点", 30),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("wc16-points-mismatch", (10, 9),
         "project, NAT-2021, tier-1 and indicator score columns: the 产出 score does not match "
         "its indicators; the 计划完成日期 is a date serial typed as text")  # fmt: skip
def wc16() -> Book:
    b, s = new_book("绩效目标")
    end = mk(C("46387"), "X104", "warning", note="the serial of 2026-12-31 stored as text")
    project(s, "鹤汀镇盆景苗木越冬保护项目", "鹤汀镇农业综合服务中心", funds(wan(16), 16, 0),
            ["保护盆景苗木安全越冬。"], end=end)  # fmt: skip
    tier = mk(50, "W103", "error", note="产出 declared 50, indicators 20 + 20 = 40")
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "单株越冬保护成本", "≤0.02万元/株", 10),
        ("产出指标", tier, "数量指标", "越冬保护苗木株数", "≥800株", 20),
        (None, None, "质量指标", "苗木越冬成活率", "≥92%", 20),
        ("效益指标", 30, "经济效益指标", "越冬苗木春季销售收入", "≥6万元", 30),
        ("满意度指标", 10, "服务对象满意度指标", "苗农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator points then add to 90: the same slip, tolerated")  # fmt: skip
    return b


@variant("wc17-department-money", (12,),
         "department, NAT-2021: budget with a share row, key tasks with a 金额合计, all "
         "consistent (correct)")  # fmt: skip
def wc17() -> Book:
    b, s = new_book("部门整体")
    department(s, "桐屿市盆景博物馆", [
        (wan(400), wan(360), wan(40), wan(160), wan(240)),
        (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)),
    ], "做好古盆景藏品保护、展陈和研究。", tasks=[
        ("藏品保护", "古盆景养护及库房运行", wan(140), "藏品完好率≥98%"),
        ("展陈更新", "常设展更新与临展", wan(70), "举办临展4场"),
        ("学术研究", "盆景史研究与出版", wan(30), "出版图录1部"),
        ("金额合计", None, wan(240), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "单场临展成本", "≤15万元/场"),
        ("产出指标", "数量指标", "临展场次", "≥4场"),
        (None, "质量指标", "藏品完好率", "≥98%"),
        ("效益指标", "社会效益指标", "年度观众人次", "≥12万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wc18-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match "
         "its amount, tasks not adding to 金额合计")  # fmt: skip
def wc18() -> Book:
    b, s = new_book("部门整体")
    total = mk(wan(500), "B101", "error", note="200 + 280 = 480 ≠ 500")
    share = mk(pct(0.15), "B111", "error", note="60 ÷ 500 = 12%, not 15%")
    department(s, "澄岙县盆景艺术研究所", [
        (total, wan(440), wan(60), wan(200), wan(280)),
        (pct(1), pct(0.88), share, pct(0.4), pct(0.56)),
    ], "开展古盆景保护研究和技艺传承。", tasks=[
        ("古桩保护研究", "古桩复壮技术研究", wan(120), "形成技术规程1项"),
        ("技艺传承", "盆景技艺传习班", wan(90), "培训学员80人"),
        ("藏品征集", "征集民间旧藏盆器", wan(60), "征集30件"),
        ("金额合计", None, mk(wan(280), "B102", "error", note="120 + 90 + 60 = 270"), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "单件盆器征集成本", "≤2万元/件"),
        ("产出指标", "数量指标", "传习班培训学员人数", "≥80人"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        ("效益指标", "社会效益指标", "技术规程推广单位数", "≥5家"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b
