"""Fishing boat safety inspections (渔船安全检查): kgt01–kgt06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout868.common import (
    book,
    budget,
    funds,
    indicators,
    note,
    signature,
    wan,
)
from tests.variants.holdout868.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kgt01-hull-safety-check", (1, 5, 11),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, 0起 incident count, a 反向 rate with ≤ (correct)")  # fmt: skip
def hull_safety_check() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澄屿县渔船年度安全检查", dept="澄屿县海洋与渔业局 317",
                 unit="澄屿县渔业船舶检验站", money=funds((86, 80, 6)),
                 goals=["完成全县1200艘渔船（其中大中型渔船310艘）年度安全检查，隐患整改闭环，"
                        "全年不发生较大以上渔船安全事故。"])  # fmt: skip
    indicators(s, OPS, [
        ("一、产出指标", "（一）数量指标", "渔船安全检查数量", "≥", 1200, "艘"),
        (None, None, "大中型渔船救生设备检测数量", "≥", 310, "艘"),
        (None, "（二）质量指标", "安全隐患整改完成率", "≥", pct(0.95), "%"),
        (None, None, "检查记录归档合格率", "=", pct(1), "%"),
        (None, "（三）时效指标", "年度检查完成时间", "≤", day(2025, 11, 30), None),
        ("二、成本指标", "（一）经济成本指标", "单船检查成本", "≤", 700, "元/艘"),
        ("三、效益指标", "（一）社会效益指标", "较大以上渔船安全事故", "≤", 0, "起"),
        (None, None, "渔船安全事故发生率", "≤", pct(0.002, "0.0%"), "%"),
        (None, "（二）可持续影响指标", "渔船检查档案电子化率", "≥", pct(0.9), "%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "渔船船东满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "林海舟", "0593-6218407", day(2024, 12, 6))
    return b


@variant("kgt02-offseason-count", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: goal's boat count against the "
         "indicator, a deadline in the next year, a pass rate under 时效")  # fmt: skip
def offseason_count() -> Book:
    b, s = book()
    goal = ok("完成辖区860艘渔船伏季休渔期安全专项检查，于2025年9月15日开海前全部完成，"
              "消除重大安全隐患。", "warning", note="the D104 finding may land here")  # fmt: skip
    project_head(s, year=2025, name="伏季休渔期渔船安全专项检查", dept="潮湾区农业农村局 204",
                 unit="潮湾区渔政执法大队", money=funds((45, 40, 5)), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "伏休期渔船安全检查数量",
         mk("≥680艘", "D104", "warning", row=True,
            note="年度目标写检查860艘渔船，指标只写680艘")),
        (None, None, "消防器材检查数量", "≥1720具"),
        (None, "质量指标", "渔船证书核查覆盖率", "≥95%"),
        (None, "时效指标", mk("安全检查合格率", "F201", "warning", row=True,
                          note="a quality rate under 时效指标"), "≥92%"),
        (None, None, "专项检查完成时间",
         mk(day(2026, 9, 15), "Y102", "error", alt=("Y101", "D104"),
            note="一年期项目（2025年），完成时间写成2026年9月15日；目标写2025年")),
        (None, "成本指标", "单船检查经费", "≤500元/艘"),
        ("效益指标", "社会效益指标", "伏休期渔船安全生产事故", "0起"),
        (None, "可持续影响指标", "渔船安全隐患台账", "动态更新"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "郑晓帆", "0593-7702915", day(2025, 1, 8))
    return b


def _port_rows(boats: int, sat: str) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "进出港渔船安全检查艘次", f"≥{boats}艘次"),
        (None, "质量指标", "检查发现隐患整改率", "≥95%"),
        (None, "时效指标", "隐患整改反馈时限", "≤15个工作日"),
        (None, "成本指标", "单艘次检查成本", "≤200元/艘次"),
        ("效益指标", "社会效益指标", "渔港水域安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", sat),
    ]


@variant("kgt03-stacked-harbours", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "with different values in each (correct)")  # fmt: skip
def stacked_harbours() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="鳌礁渔港进出港渔船安全检查", dept="澄屿县海洋与渔业局 317",
                 unit="鳌礁渔港管理站", money=funds((60, 50, 10)),
                 goals=["全年检查进出港渔船2800艘次，隐患整改率95%以上。"],
                 title="2025年度项目支出绩效目标申报表（渔港类汇总）")  # fmt: skip
    indicators(s, head, _port_rows(2800, "≥90%"))
    s.skip()
    project_head(s, year=2025, name="鲸塘渔港进出港渔船安全检查", dept="澄屿县海洋与渔业局 317",
                 unit="鲸塘渔港管理站", money=funds((38, 38, 0)),
                 goals=["全年检查进出港渔船1600艘次，隐患整改率95%以上。"], title="")  # fmt: skip
    indicators(s, head, _port_rows(1600, "≥92%"))
    signature(s, "陈礁生", "0593-6230178", day(2024, 12, 18))
    return b


@variant("kgt04-stacked-lifejackets", (2, 12),
         "two projects stacked, OLD-NAT: the second's 资金总额 is not its parts, a life-jacket "
         "count given twice under one tier-2 with different values")  # fmt: skip
def stacked_lifejackets() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="小型渔船安全设施配备检查", dept="潮湾区农业农村局 204",
                 unit="潮湾区渔业安全服务中心", money=funds((52, 45, 7)),
                 goals=["检查小型渔船640艘安全设施配备情况，缺配率降至3%以下。"],
                 title="2025年度项目支出绩效目标表")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "小型渔船安全设施检查数量", "≥640艘"),
        (None, "质量指标", "安全设施缺配率", "≤3%"),
        (None, "时效指标", "检查完成时间", "2025年10月31日前"),
        (None, "成本指标", "单船检查成本", "≤800元/艘"),
        ("效益指标", "社会效益指标", "小型渔船安全事故发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "船东满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(72, WAN), "B101", "error", note="资金总额72 ≠ 财政拨款60 + 其他资金15 = 75")
    project_head(s, year=2025, name="渔船救生设备检测", dept="潮湾区农业农村局 204",
                 unit="潮湾区渔业船舶检验所",
                 money=funds((total, 60, 15), (72, 57, 15)),
                 goals=["检测渔船救生衣2400件、救生筏180具，不合格设备全部更换。"],
                 title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "救生衣检测数量", "≥2400件"),
        (None, None, "救生筏检测数量", "≥180具"),
        (None, None, mk("救生衣检测数", "D103", "warning", row=True, alt=("D102", "D101"),
                        note="the same indicator with a word less, ≥2000件 vs ≥2400件"),
         "≥2000件"),
        (None, "质量指标", "不合格救生设备更换率", "=100%"),
        (None, "成本指标", "单件救生衣检测费", "≤120元/件"),
        ("效益指标", "社会效益指标", "渔民落水获救率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "船东满意度", "≥92%"),
    ])  # fmt: skip
    return b


DEPT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgt05-enforcement-department", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, the goal's count with its "
         "part in brackets, a 下降率 with ≥, a footnote on the total, signature lines "
         "(correct)")  # fmt: skip
def enforcement_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="澄屿县渔政执法大队",
                    budget=budget(520, 480, 40, 310, 210),
                    tasks=[("渔船安全检查", "全县渔船年度检查和伏休期专项检查", wan(96),
                            "检查渔船2400艘次"),
                           ("海上执法巡查", "近岸海域和渔港执法巡航", wan(74), "巡航120航次"),
                           ("渔港安全设施维护", "鳌礁、鲸塘渔港助航和消防设施维护",
                            wan(40), "设施完好率95%以上"),
                           ("金额合计", None, wan(210), None)],
                    goal="全年开展渔船安全检查2400艘次（含伏休期专项检查900艘次），"
                         "涉渔违法案件数量比上年下降10%以上，"
                         "全年不发生较大以上渔船安全事故。")  # fmt: skip
    indicators(s, DEPT, [
        ("产出指标", "数量指标", "渔船安全检查艘次", "≥2400艘次"),
        (None, None, "伏休期专项检查艘次", "≥900艘次"),
        (None, None, "海上执法巡航航次", "≥120航次"),
        (None, "质量指标", "渔港安全设施完好率", "≥95%"),
        (None, "时效指标", "违法线索处置时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单艘次检查成本", "≤400元/艘次"),
        ("效益指标", "社会效益指标", "涉渔违法案件下降率", "≥10%"),
        (None, None, "较大以上渔船安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "渔民群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出合计（210万元），不含基本支出310万元。")
    signature(s, "黄屿青", "0593-6257730", day(2025, 11, 24), head="部门负责人")
    return b


@variant("kgt06-patrol-department", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, the goal's inspection count "
         "against the indicator, a task target left over from an earlier season")  # fmt: skip
def patrol_department() -> Book:
    b, s = book("部门整体")
    goal = ok("全年检查渔船1500艘次，开展渔业安全生产宣传12场，渔船安全事故起数比上年下降。",
              "warning", note="the D104 finding may land here")  # fmt: skip
    old = mk("完成2024年度渔业安全生产月宣传活动12场", "Y103", "warning", alt=("Y101",),
             note="a 2026 return whose task target still names 2024")  # fmt: skip
    total = mk(money(170, WAN), "B102", "error", note="70 + 60 + 30 = 160 ≠ 金额合计170")
    department_head(s, year=2026, dept="潮湾区海洋渔业执法局",
                    budget=budget(430, 400, 30, 260, 170),
                    tasks=[("渔船安全检查", "辖区渔船年度检查和复查", wan(70), "检查渔船1500艘次"),
                           ("海上执法巡查", "渔港和近岸海域巡航", wan(60), "巡航96航次"),
                           ("渔业安全宣传", "安全生产月和开海前宣传", wan(30), old),
                           ("金额合计", None, total, None)],
                    goal=goal)  # fmt: skip
    indicators(s, DEPT, [
        ("产出指标", "数量指标", "渔船安全检查艘次",
         mk("≥1200艘次", "D104", "warning", row=True,
            note="年度总体目标和任务写1500艘次，指标只写1200艘次")),
        (None, None, "海上执法巡航航次", "≥96航次"),
        (None, None, "渔业安全宣传活动场次", "≥12场"),
        (None, "质量指标", "检查隐患整改率", "≥95%"),
        (None, "时效指标", "隐患整改复查时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单艘次检查成本", "≤450元/艘次"),
        ("效益指标", "社会效益指标", "渔船安全事故起数下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "吴潮平", "0593-7716042", day(2025, 11, 28), head="部门负责人")
    return b
