"""Job fairs (招聘会): kgp01–kgp06."""

from __future__ import annotations

from tests.variants.holdout864.common import (
    BUREAU,
    book,
    detail,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout864.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgp01-fair-series", (1, 4, 5), "project, NAT-2021, numbered tier labels, typed percent "
         "cells, a footnote explaining a total, signature line (correct)")  # fmt: skip
def fair_series() -> Book:
    b, s = book()
    goal = ("全年举办各类招聘会24场（其中线下专场18场、网络招聘会6场），组织参会企业不少于480家，"
            "提供就业岗位不少于9600个，促成就业意向不少于2400人。")  # fmt: skip
    project(s, 2026, "2026年春风行动及民营企业招聘月系列招聘会", (60, 60, 0), [goal])
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "举办招聘会场次", "≥24场"),
        (None, None, "其中：线下专场招聘会场次", "≥18场"),
        (None, None, "组织参会企业数", "≥480家"),
        (None, None, "提供就业岗位数", "≥9600个"),
        (None, "（二）质量指标", "参会企业资质审核合格率", pct(1)),
        (None, None, "招聘岗位信息真实率", pct(0.98)),
        (None, "（三）时效指标", "岗位信息审核办结时限", "≤5个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单场招聘会组织成本", "≤2.5万元/场"),
        ("三、效益指标", "（一）社会效益指标", "促成就业意向人数", "≥2400人"),
        (None, None, "求职者投诉率", "≤1%"),
        (None, "（二）可持续影响指标", "企业招聘需求回访机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参会企业满意度", "≥90%"),
        (None, None, "求职者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.举办招聘会场次24场为合计数，含线下专场18场和网络招聘会6场；",
          "2.单场组织成本含场地租赁、展位搭建和宣传费用，24场合计不超过60万元。")  # fmt: skip
    signature(s, 2026, "韦晓岚", "0779-6231458")
    return b


@variant("kgp02-fair-goal-mismatch", (4, 5), "project, NAT-2021: the goal's 30 fairs against "
         "20 in the indicator, a deadline left from last year, a satisfaction rate under "
         "社会效益")  # fmt: skip
def fair_goal_mismatch() -> Book:
    b, s = book()
    goal = ("全年举办“就业援助月”“春风行动”等专场招聘会30场，组织参会企业不少于600家，提供岗位"
            "12000个，2026年10月31日前完成全部场次。")  # fmt: skip
    project(s, 2026, "2026年就业援助专场招聘会", (60, 55, 5), [goal])
    count = mk("≥20场", "D104", "warning", note="年度目标写专场招聘会30场，指标只有20场")
    due = mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
             note="年度目标写2026年10月31日前，指标留着上年的2025年，早于预算年度")  # fmt: skip
    sat = mk("求职者满意度", "F201", "warning", row=True,
             note="满意度填在社会效益指标下，应属服务对象满意度指标")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "举办专场招聘会场次", count),
        (None, None, "参会企业数", "≥600家"),
        (None, None, "提供就业岗位数", "≥12000个"),
        (None, "质量指标", "参会企业资质审核合格率", "=100%"),
        (None, "时效指标", "全部场次完成时限", due),
        ("成本指标", "经济成本指标", "单场招聘会平均成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "促成就业意向人数", "≥3000人"),
        (None, None, sat, "≥90%"),
        (None, "可持续影响指标", "用人单位招聘需求常态化归集", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2026, "蒙佳禾", "0779-6231760")
    return b


def _fair_rows(fairs: str, firms: str, cost: str, intent: str, due: str, who: str) -> list[
        tuple[object, ...]]:  # fmt: skip
    return [
        ("产出指标", "数量指标", "招聘会场次", fairs),
        (None, None, "进场企业数", firms),
        (None, "质量指标", "进场岗位信息核验率", "=100%"),
        (None, "时效指标", "首场招聘会举办时间", due),
        (None, "成本指标", "单场招聘会成本", cost),
        ("效益指标", "社会效益指标", f"{who}达成就业意向人数", intent),
        ("满意度指标", "服务对象满意度指标", f"{who}满意度", "≥90%"),
    ]  # fmt: skip


@variant("kgp03-fair-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, the same "
         "indicator names with different values in each (correct)")  # fmt: skip
def fair_stacked() -> Book:
    b, s = book("绩效目标表")
    goal = "举办农民工专场招聘会12场，进场企业不少于300家，促成1500名农民工达成就业意向。"
    project(s, 2026, "春风行动农民工专场招聘会", (36, 30, 6), [goal])
    indicators(s, HEAD, _fair_rows("≥12场", "≥300家", "≤3万元/场", "≥1500人",
                                   "2026年2月28日前", "农民工"))  # fmt: skip
    s.skip()
    project(s, 2026, "高校毕业生校园专场招聘会", (24, 24, 0), ["举办校园专场招聘会8场，进校企业"
            "不少于160家，促成800名毕业生达成签约意向。"], title="")  # fmt: skip
    indicators(s, HEAD, _fair_rows("≥8场", "≥160家", "≤3万元/场", "≥800人",
                                   "2026年6月30日前", "毕业生"))  # fmt: skip
    signature(s, 2026, "黎书砚", "0779-6230912")
    return b


@variant("kgp04-fair-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT: the second's annual "
         "total not its parts, one indicator twice with two values, a unit cost above the "
         "money")  # fmt: skip
def fair_stacked_wrong() -> Book:
    b, s = book("绩效目标表")
    project(s, 2026, "人力资源市场周末招聘会", (20, 20, 0),
            ["全年每周六举办周末招聘会52场，进场企业不少于1000家。"])  # fmt: skip
    indicators(s, HEAD, _fair_rows("≥52场", "≥1000家", "≤0.35万元/场", "≥2600人",
                                   "2026年1月10日前", "求职者"))  # fmt: skip
    s.skip()
    total = mk(40, "B101", "error", alt=("B103", "B109"),
               note="年度资金总额40万元，财政拨款30万元＋其他资金5万元＝35万元")  # fmt: skip
    goal = "举办退役军人专场招聘会10场，进场企业不少于200家，促成退役军人就业意向500人。"
    project(s, 2026, "退役军人专场招聘会", (total, 30, 5), [goal], period=(35, 30, 5), title="")
    again = mk("≥12场", "D102", "error", row=True, alt=("D103", "D101", "D104"),
               note="与上一行“专场招聘会场次 ≥10场”是同一指标，多一个“举办”，值却不同")  # fmt: skip
    cost = mk("≤4.5万元/场", "B107", "warning", row=True,
              note="4.5万元 × 10场 = 45万元，超过年度资金35万元（按分项）或40万元")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "专场招聘会场次", "≥10场"),
        (None, None, "举办专场招聘会场次", again),
        (None, None, "进场企业数", "≥200家"),
        (None, "质量指标", "进场岗位信息核验率", "=100%"),
        (None, "时效指标", "首场招聘会举办时间", "2026年3月31日前"),
        (None, "成本指标", "单场招聘会成本", cost),
        ("效益指标", "社会效益指标", "退役军人达成就业意向人数", "≥500人"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2026, "黎书砚", "0779-6230912")
    return b


@variant("kgp05-fair-second-sheet", (7, 12), "project head and a money detail block on the first "
         "sheet, the indicator table on a second sheet under header 预期实现值 "
         "(correct)")  # fmt: skip
def fair_second_sheet() -> Book:
    b, s = book("基本信息")
    goal = "2026年举办网络招聘会24场、线下招聘会6场（合计30场），发布岗位不少于6000个。"
    project(s, 2026, "2026年“线上+线下”常态化招聘服务", (40, 40, 0), [goal])
    detail(s, "项目支出明细", [("场地租赁及布展", 18), ("宣传推广", 6),
           ("网络招聘平台运维", 12), ("现场秩序与交通引导", 4), ("合计", 40)])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2026年“线上+线下”常态化招聘服务绩效指标", 4)
    t.skip()
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "网络招聘会场次", "≥24场"),
        (None, None, "线下招聘会场次", "≥6场"),
        (None, None, "发布岗位数", "≥6000个"),
        (None, "质量指标", "岗位信息审核合格率", pct(1)),
        (None, "时效指标", "网络平台故障响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "网络招聘平台年度运维费用", "≤12万元"),
        ("效益指标", "社会效益指标", "线上线下促成就业意向人数", "≥1200人"),
        (None, "可持续影响指标", "用人单位招聘信息动态更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "求职者满意度", "≥90%"),
    ])  # fmt: skip
    signature(t, 2026, "覃一帆", "0779-6235521")
    return b


@variant("kgp06-fair-export-wrong", (7, 12), "budget-system export: money sheet 05-1 and indicator "
         "sheet 05-2 with codes in the first columns, header on the third row: last year in a "
         "name, a rate given as a count")  # fmt: skip
def fair_export_wrong() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 20, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    unit = ("412003002", "鹤汀县公共就业和人才服务中心", "41200326000117")
    s.row(*unit, "2026年零工市场常态化招聘服务", wan(24), wan(24), wan(0))
    s.row("合计", None, None, None, wan(24), wan(24), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 20, 16, 16, 30, 16))
    t.title(f"2026年部门项目支出绩效目标表（{BUREAU}）", 7)
    t.row("单位：万元")
    t.row("单位编码", "单位名称", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    last = mk("2025年零工市场登记求职人数", "Y103", "warning", row=True, alt=("Y101",),
              note="2026年的表里留着上年的年份")  # fmt: skip
    rate = mk("1200人", "T105", "error", note="成功率给的是人数")
    rows = [
        ("产出指标", "数量指标", "零工市场招聘活动场次", "≥48场"),
        ("产出指标", "数量指标", last, "≥3000人"),
        ("产出指标", "质量指标", "岗位对接成功率", rate),
        ("产出指标", "时效指标", "零工求职登记办结时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "单场招聘活动成本", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "零工人员实现灵活就业人数", "≥1500人"),
        ("满意度指标", "服务对象满意度指标", "零工人员满意度", "≥90%"),
    ]
    for r in rows:
        t.row(*unit, *r)
    return b
