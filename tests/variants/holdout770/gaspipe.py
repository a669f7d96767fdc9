"""Urban gas-pipeline replacement (燃气管道更新改造): six returns, three of them correct."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout770.common import (
    HEAD,
    department,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout770.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("kcz07-gas-operator-words", (1, 11),
         "project, OLD-NAT, direction column and operators in words, unit column, percent cells; "
         "a 下降率 with 大于等于 and 0起 on an accident count (correct)")  # fmt: skip
def gas_operator_words() -> Book:
    b, s = new_book()
    goal = (
        "更新改造市政中压老旧燃气管道18公里，整改管网安全隐患点不少于120处，"
        "全年不发生较大以上燃气安全事故。"
    )
    project(s, "澄岭市城镇燃气老旧管道更新改造项目（市政中压管网）", "澄岭市燃气安全监管服务站",
            one_year(wan(1750), wan(1400), wan(350)), [goal])  # fmt: skip
    up, down, ge, le = "正向", "反向", "大于等于", "小于等于"
    rows = [
        ("产出指标", "数量指标", "更新改造中压燃气管道长度", up, ge, 18, "公里"),
        (None, None, "整改管网安全隐患点", up, ge, 120, "处"),
        (None, "质量指标", "焊口无损检测合格率", up, "等于", pct(1), "%"),
        (None, None, "竣工资料归档完整率", up, ge, pct(0.95), "%"),
        (None, "时效指标", "管道更新改造工期", down, le, 240, "天"),
        (None, "成本指标", "中压管道更新改造综合单价", down, le, 95, "万元/公里"),
        ("效益指标", "社会效益指标", "较大以上燃气安全事故", down, le, 0, "起"),
        (None, None, "管网泄漏报警次数下降率", up, ge, pct(0.2), "%"),
        (None, "可持续影响指标", "更新管道设计使用年限", up, ge, 30, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", up, ge, pct(0.9), "%"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    indicators(s, head, rows)
    signature(s, "冼博闻", "0739-6651390")
    return b


@variant("kcz08-gas-three-year-copy", (8, 12),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a period length "
         "above the goal's, a cumulative count copied to 年度, a year count above the "
         "period's")  # fmt: skip
def gas_three_year_copy() -> Book:
    b, s = new_book()
    goals = [
        "2026年—2028年更新改造老旧小区庭院燃气管网156公里，完成36000户户内燃气设施改造，"
        "加装燃气泄漏报警器9000台。",
        "2026年更新庭院燃气管网52公里，完成12000户户内燃气设施改造，加装报警器3000台。",
    ]
    project(s, "澄岭市老旧小区庭院燃气管网及户内设施更新项目", "澄岭市燃气安全监管服务站",
            multi_year((wan(12600), wan(10600), wan(2000)), (wan(4200), wan(3500), wan(700))),
            goals, years=3)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更新改造庭院燃气管网长度", mk(
            "≥165公里", "D104", "warning", row=True, note="中期目标写三年156公里"), "≥52公里"),
        (None, None, "户内燃气设施改造户数", "≥36000户", mk(
            "≥36000户", "D202", "warning", alt=("D104",),
            note="三年累计户数照抄到年度列；年度目标写12000户")),
        (None, None, "加装燃气泄漏报警器数量", "≥9000台", mk(
            "≥9600台", "D201", "error", alt=("D104",), note="年度9600台超过三年合计9000台")),
        (None, "质量指标", "管道工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "庭院管网更新综合单价", "≤70万元/公里", "≤70万元/公里"),
        ("效益指标", "社会效益指标", "老旧管网泄漏隐患整改率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    signature(s, "冼博闻", "0739-6651390")
    return b


STACKED: tuple[tuple[str, Sequence[float], str, Sequence[Sequence[str]]], ...] = (
    ("城中村瓶装液化气改管道天然气工程", (380, 300, 80),
     "完成3个城中村瓶装液化气改管道天然气，接通用户1450户。",
     (("接通管道燃气用户", "≥1450户"), ("工程验收合格率", "100%"),
      ("通气时间", "2026年10月31日前"), ("户均改造成本", "≤2500元/户"),
      ("城中村瓶装液化气使用量下降率", "≥80%"), ("用户满意度", "≥90%"))),
    ("餐饮场所燃气安全装置加装项目", (260, 220, 40),
     "为全市2100家餐饮场所加装燃气泄漏报警及自动切断装置。",
     (("加装安全装置餐饮场所数量", "≥2100家"), ("工程验收合格率", "≥98%"),
      ("加装完成时间", "2026年9月30日前"), ("单家装置补助标准", "≤1200元/家"),
      ("餐饮场所燃气安全隐患复发率", "≤5%"), ("商户满意度", "≥85%"))),
    ("燃气管网智慧监测平台运维项目", (150, 135, 15),
     "对全市1200个燃气管网监测点开展全年运维，监测数据在线率不低于98%。",
     (("运维监测点数量", "≥1200个"), ("监测数据在线率", "≥98%"),
      ("报警响应时间", "≤30分钟"), ("单点年运维费用", "≤1200元/个"),
      ("燃气泄漏险情早期发现率", "≥90%"), ("使用单位满意度", "≥90%"))),
)  # fmt: skip


def stacked_block(s: Sheet, n: int, name: str, cash: Sequence[float], goal: str,
                  values: Sequence[Sequence[str]]) -> None:  # fmt: skip
    """One project of the stacked sheet: its head, then its OLD-NAT table."""
    if n:
        s.skip()
    title: Any = None if n == 0 else ""
    project(s, name, "澄岭市燃气安全监管服务站", one_year(*(wan(v) for v in cash)), [goal],
            title=title)  # fmt: skip
    tiers = (("产出指标", "数量指标"), (None, "质量指标"), (None, "时效指标"),
             (None, "成本指标"), ("效益指标", "社会效益指标"),
             ("满意度指标", "服务对象满意度指标"))  # fmt: skip
    indicators(s, HEAD, [(*t, *v) for t, v in zip(tiers, values, strict=True)])


@variant("kcz09-gas-stacked-three", (2, 12),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in different projects (correct)")  # fmt: skip
def gas_stacked_three() -> Book:
    b, s = new_book("燃气项目")
    for n, (name, cash, goal, values) in enumerate(STACKED):
        stacked_block(s, n, name, cash, goal, values)
    signature(s, "冼博闻", "0739-6651390")
    return b


@variant("kcz10-gas-goal-deadline", (4, 12),
         "project, OLD-NAT, one value column, 注 lines under the table: the deadline looser than "
         "the goal's, unit price × length above the money")  # fmt: skip
def gas_goal_deadline() -> Book:
    b, s = new_book()
    goal = "2026年10月31日前完成主城区78公里老旧铸铁燃气管道更新，消除铸铁管网泄漏隐患。"
    project(s, "澄岭市主城区老旧铸铁燃气管道更新项目", "澄岭市燃气安全监管服务站",
            one_year(wan(4680), wan(4000), wan(680)), [goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更新铸铁燃气管道长度", "≥78公里"),
        (None, None, "同步更换阀门井", "≥260座"),
        (None, "质量指标", "焊接接口一次检测合格率", "≥98%"),
        (None, "时效指标", "更新工程完工时间", mk(
            "2026年12月31日前", "D104", "warning", row=True,
            note="年度目标要求10月31日前完成，指标放宽到12月31日")),
        (None, "成本指标", "铸铁管更新综合单价", mk(
            "≤65万元/公里", "B107", "warning", row=True,
            note="65万元/公里 × 78公里 = 5070万元，超过年度资金4680万元")),
        ("效益指标", "社会效益指标", "铸铁管网泄漏报警下降率", "≥70%"),
        (None, "可持续影响指标", "新管道设计使用年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    notes(s, "注：1.管道长度按竣工测绘长度计；", "2.综合单价含开挖、路面恢复及管道吹扫费用。")
    signature(s, "冼博闻", "0739-6651390")
    return b


GAS_TASKS = (
    (None, "燃气管道更新改造监管", "对更新改造项目开展质量安全监督", 2300, "监督覆盖率100%"),
    (None, "燃气用户安全检查", "组织燃气企业开展居民入户安检", 1800, "入户安检10万户"),
    (None, "老旧小区改造统筹", "推进改造项目前期工作与验收", 1650, "验收改造小区60个"),
    (None, "建筑工地扬尘监管", "在建工地扬尘在线监测及执法检查", 750, "在线监测全覆盖"),
    (None, "金额合计", None, 6500, None),
)


@variant("kcz11-gas-department-weights", (4, 12),
         "department, NAT-2021, key tasks adding to 金额合计, weight column, subtotal rows and "
         "a header row repeated after a page break, signature line (correct)")  # fmt: skip
def gas_department_weights() -> Book:
    b, s = new_book("部门整体")
    goal = "全年完成燃气用户入户安检10万户，组织验收老旧小区改造60个，在建工地扬尘在线监测全覆盖。"
    department(s, "澄岭市住房和城乡建设局", (8640, 7920, 720, 2140, 6500), goal,
               [t[1:] for t in GAS_TASKS])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "年度指标值", "权重（分）")
    indicators(s, head, [
        ("产出指标", "数量指标", "居民用户入户安检户数", "≥10万户", 10),
        (None, None, "验收老旧小区改造项目", "≥60个", 10),
        (None, "质量指标", "燃气管道更新工程监督覆盖率", pct(1), 10),
        (None, None, "在建工地扬尘在线监测覆盖率", "≥95%", 10),
        (None, "时效指标", "燃气隐患整改闭环时限", "≤15个工作日", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "入户安检单户成本", "≤150元/户", 10),
        ("效益指标", "社会效益指标", "较大以上燃气安全事故", "≤0起", 10),
        (None, None, "工地扬尘投诉办结率", "≥95%", 10),
        (None, "可持续影响指标", "燃气安全隐患动态清零机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "市民对燃气安全服务满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "甄暮寒", "0739-6600718")
    return b


@variant("kcz12-gas-department-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a task's household count against "
         "the indicator, one coverage rate twice with a word more")  # fmt: skip
def gas_department_tasks() -> Book:
    b, s = new_book("部门整体")
    total = mk(4500, "B102", "error", note="1700 + 1500 + 1200 = 4400，不等于金额合计4500")
    tasks = (
        ("燃气用户入户安检", "组织燃气企业开展居民入户安检", 1700, "完成居民用户入户安检12万户"),
        ("燃气管道更新监督", "对更新改造项目开展质量安全监督", 1500, "监督项目45个"),
        ("老旧小区改造验收", "组织改造小区竣工联合验收", 1200, "验收改造小区40个"),
        ("金额合计", None, total, None),
    )
    goal = "全年完成居民燃气用户入户安检，监督燃气管道更新项目45个，验收老旧小区改造40个。"
    department(s, "澄岭市燃气安全监管服务站", (6120, 5600, 520, 1620, 4500), goal, tasks)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "居民用户入户安全检查户数", mk(
            "≥10万户", "D104", "warning", row=True, note="任务目标写入户安检12万户")),
        (None, None, "燃气管道更新监督项目数", "≥45个"),
        (None, None, "验收老旧小区改造项目数", "≥40个"),
        (None, "质量指标", "燃气用户安全检查覆盖率", "≥95%"),
        (None, None, "居民燃气用户安全检查覆盖率", mk(
            "≥98%", "D103", "error", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标（多“居民”二字），指标值却不同")),
        (None, "时效指标", "安检隐患整改时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "入户安检单户成本", "≤140元/户"),
        ("效益指标", "社会效益指标", "入户安检隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "甄暮寒", "0739-6600718")
    return b
