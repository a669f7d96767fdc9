"""Returns tk13–tk18: 缫丝加工技改 projects and silk-industry departments (points, an export,
template rows, department money)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout313.common import YEAR, one_year, sign, start, table, wan
from tests.variants.holdout313.registry import variant
from tests.variants.kit import Book, mk, pct

POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def scored(name: str, unit: str, out: Any, ben: Any, scores: tuple[int, ...]) -> Book:
    """A 缫丝技改 project with a tier-1 score column and an indicator score column; ``out`` and
    ``ben`` are the declared tier scores of 产出 and 效益, ``scores`` the nine indicator scores."""
    b, s = start("绩效目标", (14, 10, 16, 30, 18, 10))
    goal = "改造自动缫丝机40组，生丝5A级以上品率提高3个百分点，吨丝能耗下降。"
    project_head(s, year=YEAR, name=name, dept="丝源市工业和信息化局 520207", unit=unit,
                 money=one_year(300, 240, 60), goals=(goal,))  # fmt: skip
    p = iter(scores)
    table(s, POINTS, [
        ("产出指标", out, "数量指标", "自动缫丝机改造组数", "≥40组", next(p)),
        (None, None, None, "配套煮茧机更新台数", "≥8台", next(p)),
        (None, None, "质量指标", "生丝5A级以上品率", "提高≥3百分点", next(p)),
        (None, None, "时效指标", "技改设备安装调试完成时间", f"{YEAR}年9月30日前", next(p)),
        ("成本指标", 10, "经济成本指标", "每组缫丝机改造补助", "≤6万元/组", next(p)),
        ("效益指标", ben, "经济效益指标", "缫丝工人劳动生产率提高", "≥30%", next(p)),
        (None, None, "生态效益指标", "吨丝综合能耗下降率", "≥10%", next(p)),
        (None, None, "可持续影响指标", "技改设备完好率", "≥95%", next(p)),
        ("满意度指标", 10, "服务对象满意度指标", "技改企业满意度", "≥90%", next(p)),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("tk13-saosi-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def tk13() -> Book:
    return scored("丝源市缫丝企业自动缫丝机技改补助项目", "丝源市茧丝绸行业协会", 50, 30,
                  (15, 15, 10, 10, 10, 10, 10, 10, 10))  # fmt: skip


@variant("tk14-saosi-points-wrong", (10,), "project, NAT-2021, tier-1 score column against the "
         "indicator scores: 产出 declared 50 over 45, 效益 declared 30 over 35")  # fmt: skip
def tk14() -> Book:
    out = mk(50, "W103", "error", note="产出指标下 15+15+10+5 = 45 ≠ 50")
    ben = mk(30, "W103", "error", note="效益指标下 10+15+10 = 35 ≠ 30")
    return scored("锦縠区丝厂自动缫丝生产线技改项目", "锦縠区丝绸厂", out, ben,
                  (15, 15, 10, 5, 10, 10, 15, 10, 10))  # fmt: skip


CODE = "520118261000000047"


@variant("tk15-saosi-export", (7,), "budget-system export: money on sheet 项目支出预算05-1, "
         "indicators on sheet 项目支出绩效目标05-2 under a third-row header with codes in the "
         "first columns, 指标方向 in words, header 绩效目标值, unit column (correct)")  # fmt: skip
def tk15() -> Book:
    b, s = start("项目支出预算05-1", (22, 30, 12, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(CODE, "缫丝车间节能技改项目", "延续项目", wan(180), wan(150), wan(30))
    s.row("合计", None, None, wan(180), wan(150), wan(30))
    t = b.sheet("项目支出绩效目标05-2", (22, 20, 12, 16, 26, 12, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：丝源市蚕桑丝绸发展中心")
    name = "缫丝车间节能技改项目"
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "绩效目标值",
              "计量单位"), [
        (CODE, name, "产出指标", "数量指标", "节能型煮茧机更新台数", "大于等于", 6, "台"),
        (None, None, None, None, "缫丝车间余热回收改造", "大于等于", 2, "套"),
        (None, None, None, "质量指标", "更新设备验收合格率", "等于", 100, "%"),
        (None, None, None, "时效指标", "设备更新完成时限", "小于等于", 8, "月"),
        (None, None, "成本指标", "经济成本指标", "单台煮茧机更新补助", "小于等于", 18, "万元/台"),
        (None, None, "效益指标", "经济效益指标", "吨丝综合能耗下降率", "大于等于", 12, "%"),
        (None, None, None, "生态效益指标", "缫丝废水年排放量", "小于等于", 2.4, "万吨"),
        (None, None, "满意度指标", "服务对象满意度指标", "车间职工满意度", "大于等于", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("tk16-saosi-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "label left from the template without an indicator, a value without a name")  # fmt: skip
def tk16() -> Book:
    b, s = start()
    goal = "完成丝厂复摇整理车间技改，生丝一次复摇合格率达到95%以上。"
    project_head(s, year=YEAR, name="柘阳县丝厂复摇整理车间技改项目", dept="柘阳县工业和信息化局 "
                 "413041", unit="柘阳县恒纶丝业有限公司", money=one_year(120, 90, 30),
                 goals=(goal,))  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值 ≥95%，三级指标名称空白")
    left = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标", "备注"), [
        ("产出指标", "数量指标", "复摇整理机改造台数", "≥24台", None),
        (None, "质量指标", "生丝一次复摇合格率", "≥95%", None),
        (None, None, nameless, "≥95%", None),
        (None, "时效指标", "技改完工时间", f"{YEAR}年10月31日前", None),
        ("成本指标", "经济成本指标", "每台复摇整理机改造费用", "≤4万元/台", None),
        ("效益指标", "经济效益指标", "复摇工序用工减少", "≥20人", None),
        (None, left, None, None, None),
        (None, "可持续影响指标", "改造设备使用年限", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%", None),
    ])  # fmt: skip
    return b


DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def dept_indicators(energy: Any) -> list[tuple[Any, ...]]:
    """NAT-2021 department indicators of a silk-industry centre (``energy`` the 水耗 value)."""
    return [
        ("产出指标", "数量指标", "指导缫丝企业技改项目数", "≥6个"),
        (None, None, "蚕桑技术培训人次", "≥1200人次"),
        (None, "质量指标", "生丝质量抽检合格率", pct(0.96)),
        (None, "时效指标", "技改项目验收完成时间", f"{YEAR}年12月20日前"),
        ("成本指标", "生态环境成本指标", "缫丝企业单位产品水耗", energy),
        ("效益指标", "经济效益指标", "全市蚕茧收购均价增长率", "≥3%"),
        (None, "社会效益指标", "蚕茧质量纠纷下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "蚕农和企业满意度", pct(0.9)),
    ]  # fmt: skip


@variant("tk17-silk-department", (12,), "department, NAT-2021: budget with a share row in "
         "0.00%, four key tasks adding to 金额合计 = 项目支出, typed percent values "
         "(correct)")  # fmt: skip
def tk17() -> Book:
    b, s = start()
    shares = [pct(v, "0.00%") for v in (1, 0.9302, 0.0698, 0.3605, 0.6395)]
    department_head(s, year=YEAR, dept="丝源市蚕桑丝绸发展中心",
                    budget=[[wan(v) for v in (860, 800, 60, 310, 550)], shares],
                    tasks=[("桑园改造提升", "改造低效桑园", wan(220), "改造桑园5000亩"),
                           ("蚕种供应", "一代杂交蚕种补助", wan(120), "供种20000张"),
                           ("小蚕共育", "新建共育室", wan(90), "新建共育室15个"),
                           ("缫丝加工技改", "自动缫丝机改造", wan(120), "改造20组"),
                           ("金额合计", None, wan(550), None)],
                    goal="推进桑园提质、蚕种保供和缫丝技改，提高茧丝质量和蚕农收入。")  # fmt: skip
    s.row("年度绩效指标")
    table(s, DEPT_HEAD, dept_indicators("≤20吨/吨丝"))
    sign(s, "杨素衡", "龙芷汀", "0855-3728614")
    return b


@variant("tk18-silk-department-wrong", (12, 11), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a water-use cap written with ≥")  # fmt: skip
def tk18() -> Book:
    b, s = start()
    total = mk(wan(640), "B101", "error", note="基本支出 260 + 项目支出 360 = 620 ≠ 640")
    sum_ = mk(wan(360), "B102", "error", note="任务 150 + 120 + 80 = 350 ≠ 金额合计 360")
    department_head(s, year=YEAR, dept="锦縠区茧丝绸行业服务中心",
                    budget=[(total, wan(600), wan(40), wan(260), wan(360))],
                    tasks=[("蚕种供应", "秋季蚕种统供", wan(150), "供种15000张"),
                           ("小蚕共育", "共育室运行补助", wan(120), "补助共育室20个"),
                           ("缫丝加工技改", "煮茧机更新", wan(80), "更新煮茧机4台"),
                           ("金额合计", None, sum_, None)],
                    goal="保障蚕种供应和小蚕共育，推动缫丝企业节水技改。")  # fmt: skip
    s.row("年度绩效指标")
    water = mk("≥18吨/吨丝", "T108", "warning", row=True, note="水耗是成本类反向指标，应为 ≤")
    table(s, DEPT_HEAD, dept_indicators(water))
    return b
