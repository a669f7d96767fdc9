"""Job fairs (招聘会): kfl01–kfl06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout834.common import book, funds, sign, table, wan
from tests.variants.holdout834.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kfl01-fair-season",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a goal count with its parts (correct)",
)
def fair_season() -> Book:
    b, s = book()
    project_head(s, year=2025, name="2025年春秋季公共就业招聘会", attr="常年项目",
                 dept="梧岭县人力资源和社会保障局（207001）", unit="梧岭县公共就业服务中心",
                 money=funds(180, 150, 30),
                 goals=["全年举办线下招聘会48场（其中春风行动专场12场、高校毕业生专场10场），"
                        "组织用工单位不少于600家次，提供就业岗位不少于1.5万个。"])  # fmt: skip
    table(s, H6, [
        ("产出指标", "数量指标", "线下招聘会场次", "≥", 48, "场"),
        (None, None, "参会用工单位", "≥", 600, "家次"),
        (None, None, "提供就业岗位数", "≥", 15000, "个"),
        (None, "质量指标", "进场岗位信息审核率", "=", pct(1), "%"),
        (None, "时效指标", "招聘会后岗位信息更新时限", "≤", 2, "个工作日"),
        ("成本指标", "经济成本指标", "单场招聘会组织成本", "≤", 3.5, "万元/场"),
        (None, "社会成本指标", "招聘会现场安全事故", "≤", 0, "起"),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥", 3000, "人"),
        (None, "可持续影响指标", "用工单位重复参会比例", "≥", pct(0.4), "%"),
        ("满意度指标", "服务对象满意度指标", "求职者满意度", "≥", pct(0.9), "%"),
        (None, None, "用工单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝雨桐", "0731-86420517", day(2024, 11, 15))
    return b


@variant(
    "kfl02-fair-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: goal count "
    "against the indicator, a deadline in the next year, a unit cost above the money",
)
def fair_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=2025, name="就业援助月专场招聘会", dept="澄川区人力资源和社会保障局",
                 unit="澄川区就业援助服务站", money=funds(150, 120, 30),
                 goals=["全年举办就业援助月等专场招聘会36场，提供岗位不少于8000个，帮助就业困难"
                        "人员实现就业不少于500人。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "专场招聘会场次",
         mk("≥30场", "D104", "warning", row=True, note="年度目标写36场，指标只写30场")),
        (None, None, "提供岗位数", "≥8000个"),
        (None, "质量指标", "用工单位资质审核率", "=100%"),
        (None, "时效指标", "专场招聘会全部办结时间",
         mk("2026年3月31日前", "Y102", "error", row=True,
            note="一年期项目（2025年），完成时间落在下一年")),
        (None, "成本指标", "单场招聘会补助标准",
         mk("≤5.5万元/场", "B107", "warning", row=True,
            note="5.5万元×30场=165万元（按目标36场为198万元），超过年度资金150万元")),
        ("效益指标", "社会效益指标", "帮扶就业困难人员就业人数", "≥500人"),
        (None, "可持续影响指标", "就业援助常态化工作机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "就业困难人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "桂明远", "0731-86235540", day(2024, 12, 2))
    return b


def _stacked(s: Sheet, *, first: bool, name: str, unit: str, cash: tuple[Any, ...],
             goal: str) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (a title only over the first), then a gap."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept="沣阳市人力资源和社会保障局", unit=unit,
                 money=funds(*cash), goals=[goal], title=None if first else "")  # fmt: skip


@variant(
    "kfl03-fair-stacked",
    (2,),
    "two job-fair projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator names with other values in each project (correct)",
)
def fair_stacked() -> Book:
    b, s = book("绩效目标表")
    _stacked(
        s,
        first=True,
        name="高校毕业生校园招聘会",
        unit="沣阳市人才交流服务中心",
        cash=(60, 50, 10),
        goal="在3所高校举办校园招聘会8场，邀请企业不少于240家。",
    )
    table(s, H4, [
        ("产出指标", "数量指标", "校园招聘会场次", "≥8场"),
        (None, None, "参会企业数量", "≥240家"),
        (None, "质量指标", "岗位信息真实率", "=100%"),
        (None, "时效指标", "招聘会完成时间", "2025年11月30日前"),
        (None, "成本指标", "单场校园招聘会经费", "≤6万元/场"),
        ("效益指标", "社会效益指标", "毕业生达成就业意向人数", "≥1200人"),
        ("满意度指标", "服务对象满意度指标", "参会毕业生满意度", "≥90%"),
    ])  # fmt: skip
    _stacked(
        s,
        first=False,
        name="退役军人专场招聘会",
        unit="沣阳市退役军人就业服务站",
        cash=(24, 20, 4),
        goal="举办退役军人专场招聘会4场，邀请企业不少于80家。",
    )
    table(s, H4, [
        ("产出指标", "数量指标", "专场招聘会场次", "≥4场"),
        (None, None, "参会企业数量", "≥80家"),
        (None, "质量指标", "岗位薪酬信息公开率", "=100%"),
        (None, "时效指标", "招聘会完成时间", "2025年8月31日前"),
        (None, "成本指标", "单场专场招聘会经费", "≤5万元/场"),
        ("效益指标", "社会效益指标", "退役军人达成就业意向人数", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "参会退役军人满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "阮秋实", "0736-5521804", day(2024, 11, 28))
    return b


@variant(
    "kfl04-fair-stacked-defects",
    (2, 12),
    "two gig-market projects stacked, OLD-NAT: the "
    "second's money does not add up, a conflicting duplicate, a satisfaction rate as a "
    "social benefit",
)
def fair_stacked_defects() -> Book:
    b, s = book("绩效目标表")
    _stacked(
        s,
        first=True,
        name="农民工返岗复工专场招聘会",
        unit="沣阳市公共就业服务中心",
        cash=(40, 40, 0),
        goal="春节后举办返岗复工专场招聘会10场，提供岗位不少于5000个。",
    )
    table(s, H4, [
        ("产出指标", "数量指标", "返岗复工招聘会场次", "≥10场"),
        (None, None, "提供岗位数", "≥5000个"),
        (None, "质量指标", "岗位信息审核率", "=100%"),
        (None, "时效指标", "招聘会完成时间", "2025年3月31日前"),
        (None, "成本指标", "单场招聘会经费", "≤4万元/场"),
        ("效益指标", "社会效益指标", "农民工达成就业意向人数", "≥1500人"),
        ("满意度指标", "服务对象满意度指标", "返岗农民工满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(80, "B101", "error", note="财政拨款60万元+其他资金15万元=75万元，不是80万元")
    _stacked(s, first=False, name="零工市场常态化招聘活动", unit="沣阳市零工服务驿站",
             cash=(total, 60, 15), goal="零工市场每周开展招聘活动，全年发布零工岗位不少于"
             "12000个，促成现场达成就业意向不少于800人。")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "零工招聘活动场次", "≥50场"),
        (None, None, "发布零工岗位数", "≥12000个"),
        (None, "质量指标", "零工岗位信息核实率", "=100%"),
        (None, "时效指标", "零工需求发布时限", "≤1个工作日"),
        (None, "成本指标", "单场招聘活动经费", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥800人"),
        (None, None, mk("参会企业满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        (None, None, "现场达成就业意向的人数",
         mk("≥600人", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“现场达成就业意向人数 ≥800人”是同一指标，多一个“的”，值却不同")),
        ("满意度指标", "服务对象满意度指标", "零工求职者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮秋实", "0736-5521804", day(2024, 11, 28))
    return b


@variant(
    "kfl05-fair-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, a 下降率 with ≥, weights add to "
    "100 (correct)",
)
def fair_flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄川区公共就业服务中心",
                    budget=[[wan(520), wan(480), wan(40), wan(310), wan(210)]],
                    tasks=[("招聘会组织", "举办综合及专场招聘会60场", wan(120), "岗位对接"),
                           ("就业信息平台运维", "岗位信息采集、发布与匹配", wan(90), "平台稳定"),
                           ("金额合计", None, wan(210), None)],
                    goal="全年举办招聘会60场，归集岗位信息2万条，城镇新增就业3500人。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("招聘会场次", 15, "场", "≥", 60),
        ("归集岗位信息条数", 10, "条", "≥", 20000),
        ("城镇新增就业人数", 15, "人", "≥", 3500),
        ("失业人员再就业人数", 10, "人", "≥", 900),
        ("就业困难人员帮扶就业率", 10, "%", "≥", pct(0.85)),
        ("长期失业人员数量下降率", 10, "%", "≥", pct(0.05)),
        ("求职登记信息差错率", 10, "%", "≤", pct(0.015, "0.0%")),
        ("招聘会现场安全事故", 5, "起", "=", 0),
        ("用人单位满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "钟晓岚", "0736-7780125", day(2024, 11, 20))
    return b


@variant(
    "kfl06-fair-live-headers",
    (7,),
    "project, NAT-2021, headers 考核指标 / 目标值（年度） and "
    "a 评价标准 column: goal count against an indicator, a rate under 时效, last year's "
    "indicator left in",
)
def fair_live_headers() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="直播带岗网络招聘活动",
        dept="碧峪区人力资源和社会保障局",
        unit="碧峪区就业创业服务中心",
        money=funds(45, 40, 5),
        goals=["开展直播带岗活动40场，服务求职者不少于2万人次，推送岗位不少于6000个。"],
    )
    rule = "达到目标值得满分，未达到按比例扣分"
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "直播带岗场次", "≥40场", rule),
        (None, None, "服务求职人次",
         mk("≥15000人次", "D104", "warning", row=True, note="年度目标写服务求职者2万人次"), rule),
        (None, None, "推送岗位数", "≥6000个", rule),
        (None, "质量指标", "岗位信息准确率", "≥98%", rule),
        (None, "时效指标", mk("直播岗位信息审核合格率", "F201", "warning", row=True,
                              note="合格率是质量指标，填在时效指标下"), "≥95%", rule),
        (None, None, "岗位信息发布时限", "≤2个工作日", rule),
        ("成本指标", "经济成本指标", "单场直播成本", "≤0.8万元/场", rule),
        ("效益指标", "社会效益指标",
         mk("2024年直播带岗达成意向人数", "Y103", "warning", row=True, alt=("Y101",),
            note="上一年度表格留下的指标，年份2024不是预算年度2025"), "≥1200人", rule),
        (None, "可持续影响指标", "直播带岗常态化机制", "建立并执行", rule),
        ("满意度指标", "服务对象满意度指标", "求职者满意度", "≥90%", rule),
    ])  # fmt: skip
    sign(s, "詹若溪", "0739-3361782", day(2024, 12, 10))
    return b
