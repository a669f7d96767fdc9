"""Returns of justice bureaus covering both halves of the theme: department money blocks, two
column sets, decorated tier labels, conversion artefacts and a video-notary project: tl13–tl18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout314.common import (
    budget,
    grid,
    multi_year,
    note,
    one_year,
    shares,
    sign,
    start,
    tasks,
)
from tests.variants.holdout314.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "tl13-bureau-money",
    (12, 1),
    "department, NAT-2021: budget with typed percent shares, "
    "key tasks adding to 项目支出 in 金额合计, a =100% text value, all consistent (correct)",
)
def bureau_money() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="岫川区司法局",
                    budget=[budget(300, 280, 20, 215, 85),
                            shares(1, 0.9333, 0.0667, 0.7167, 0.2833)],
                    tasks=tasks([
                        ("司法鉴定机构监管", "双随机抽查、年度考核和执业投诉处理", 35,
                         "抽查鉴定机构≥14家次"),
                        ("公证便民服务", "乡镇便民服务点驻点和上门公证", 28, "上门公证≥150次"),
                        ("远程视频公证推广", "为外出务工和行动不便群众远程办证", 22,
                         "远程办理≥1200件"),
                    ], 85),
                    goal="规范司法鉴定执业秩序，提供便捷高效的公证服务。")  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "司法鉴定机构双随机抽查", "≥14家次"),
        (None, None, "上门公证服务", "≥150次"),
        (None, None, "远程视频公证办理量", "≥1200件"),
        (None, "质量指标", "鉴定投诉依法处理率", "=100%"),
        (None, "时效指标", "公证事项平均办结时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单件远程视频公证平均成本", "≤150元/件"),
        ("效益指标", "社会效益指标", "群众办理公证跑动次数", "≤1次/件"),
        (None, "可持续影响指标", "司法鉴定行业监管制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "公共法律服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵闻溪", "卢伯棠", (2025, 11, 18))
    return b


@variant(
    "tl14-bureau-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "the 财政拨款 share does not match its amount, tasks not adding to 金额合计",
)
def bureau_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(
        money(420, WAN),
        "B101",
        "error",
        row=True,
        note="基本支出 290 + 项目支出 120 = 410, not 420 (财政 390 + 其他 30 holds)",
    )
    share = mk(pct(0.8286, "0.00%"), "B111", "error", note="390 ÷ 420 = 92.86 %, not 82.86 %")
    summed = mk(money(120, WAN), "B102", "error", note="45 + 38 + 33 = 116, not 120")
    department_head(s, year=2026, dept="枫渡市司法局",
                    budget=[budget(total, 390, 30, 290, 120),
                            shares(1, share, 0.0714, 0.6905, 0.2857)],
                    tasks=tasks([
                        ("司法鉴定质量评查", "抽取鉴定案卷开展质量评查并通报", 45,
                         "评查案卷≥500卷"),
                        ("公证费减免", "为困难群众减免公证费", 38, "减免≥1500件"),
                        ("远程视频公证", "建设公证机构远程视频办证系统", 33, "办理≥2000件"),
                    ], summed),
                    goal="提升司法鉴定质量，扩大公证便民惠民服务覆盖面。")  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "评查司法鉴定案卷", "≥500卷"),
        (None, None, "公证费减免件数", "≥1500件"),
        (None, None, "远程视频公证办理量", "≥2000件"),
        (None, "质量指标", "评查问题整改率", "≥95%"),
        (None, "时效指标", "减免申请审核时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单卷评查成本", "≤0.09万元/卷"),
        ("效益指标", "社会效益指标", "困难群众公证费用负担", "下降"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tl15-appraisal-two-sets", (8, 7), "two-year project, OLD-NAT, two-row header over two "
         "complete column sets (二级/三级/指标值 for 中期, then for 年度), a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def appraisal_two_sets() -> Book:
    b, s = start("绩效目标表", (14, 14, 24, 14, 14, 24, 14))
    project_head(s, year=2026, years=2, name="司法鉴定质量评查能力提升", attr="新增项目",
                 dept="瑶坪县司法局（520417）", unit="瑶坪县司法鉴定管理股",
                 money=multi_year((64, 64, 0), (30, 30, 0)),
                 goals=["两年评查鉴定案卷900卷，培训鉴定人300人次，鉴定意见书优良率提高5个百分点。",
                        "当年评查鉴定案卷420卷，培训鉴定人140人次。"])  # fmt: skip
    s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "评查鉴定案卷", "≥900卷", "数量指标", "评查鉴定案卷", "≥420卷"),
        (None, None, "培训鉴定人", "≥300人次", None, "培训鉴定人", "≥140人次"),
        (None, "质量指标", "评查问题整改率", "≥95%", "质量指标", "评查问题整改率", "≥95%"),
        (None, "时效指标", "评查报告出具时限", "≤20个工作日", "时效指标", "评查报告出具时限",
         "≤20个工作日"),
        (None, "成本指标", "单卷评查成本", "≤0.05万元/卷", "成本指标", "单卷评查成本",
         "≤0.05万元/卷"),
        ("效益指标", "社会效益指标", "鉴定意见书优良率提高", "≥5百分点", "社会效益指标",
         "鉴定意见书优良率提高", "≥2百分点"),
        (None, "可持续影响指标", "质量评查常态化机制", "建立并执行", "可持续影响指标",
         "质量评查常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "鉴定机构满意度", "≥90%", "服务对象满意度指标",
         "鉴定机构满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    note(s, "注：中期指标值为2026年—2027年累计值。", 7)
    return b


@variant("tl16-notary-labels", (5,), "project, NAT-2021, tier labels with * and ★ marks, points "
         "in the labels adding to 100, abbreviated tier-2 labels, a ★ core indicator, a unit "
         "cost × count equal to the budget (correct)")  # fmt: skip
def notary_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="困难群众公证费减免补助",
        dept="汀蓝县司法局（612304）",
        unit="汀蓝县公证处",
        money=one_year(40, 32, 8),
        goals=["为1600人次困难群众减免公证费，减免申请3个工作日内审核完毕。"],
    )
    grid(s, VALUE, [
        ("*产出指标（50分）", "数量", "★公证费减免惠及困难群众", "≥1600人次"),
        (None, None, "减免公证事项", "≥1750件"),
        (None, "质量", "减免对象资格审核准确率", "≥98%"),
        (None, "时效", "减免申请审核时限", "≤3个工作日"),
        ("成本指标（10分）", "经济成本", "人均减免补助标准", "≤250元/人次"),
        ("*效益指标（30分）", "社会效益", "困难群众办证费用负担", "下降"),
        (None, "可持续影响", "公证费减免长效机制", "健全"),
        ("★满意度指标（10分）", "服务对象满意度", "受助群众满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：带*的为必填指标，带★的为核心指标，不得删除；其他资金8万元为县公证协会资助。")
    return b


@variant(
    "tl17-appraisal-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines "
    "below the table: a 财政拨款 split by a space, a deadline pasted as a date serial",
)
def appraisal_artefacts() -> Book:
    b, s = start()
    fiscal = mk(
        "86.4 5",
        "X105",
        "warning",
        alt=("X103",),
        note="86.45 split by a space in conversion; 86.45 + 10 = 96.45",
    )
    project_head(
        s,
        year=2026,
        name="司法鉴定档案数字化",
        dept="鹭岙市司法局（360522）",
        unit="鹭岙市司法鉴定档案室",
        money=one_year(96.45, fiscal, 10),
        goals=["完成2.4万卷司法鉴定档案数字化，建成档案检索系统。"],
    )
    grid(s, VALUE, [
        ("产出指标", "数量指标", "数字化鉴定档案", "≥24000卷"),
        (None, "质量指标", "档案影像质检合格率", "≥99%"),
        (None, "时效指标", "档案数字化完成时间",
         mk("46387", "X104", "warning", note="text 46387 is the serial of 2026-12-31")),
        (None, "成本指标", "单卷数字化成本", "≤21.8元/卷"),
        ("效益指标", "社会效益指标", "档案调阅平均耗时", "≤10分钟"),
        (None, "可持续影响指标", "电子档案管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "档案调阅人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "档案扫描与著录", money(52.45, WAN), "检索系统建设", money(30, WAN))
    s.row(None, "存储与安全设备", money(14, WAN), "合计", money(96.45, WAN))
    return b


@variant("tl18-video-time-defects", (1, 10, 11), "project, NAT-2021, value and unit columns: a "
         "time limit typed as 100%, a satisfaction target with =, a unit column contradicting "
         "the value, a rate raised in 百分点")  # fmt: skip
def video_time_defects() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="远程视频公证便民服务",
        dept="槿原县司法局（407320）",
        unit="槿原县公证处",
        money=one_year(27.5, 27.5, 0),
        goals=["面向外出务工人员开展远程视频公证，全年办理3000件。"],
    )
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "远程视频公证办理量",
         mk("≥3000件", "T112", "error", note="件 in the value, 人 in the unit column"), "人"),
        (None, "质量指标", "视频公证文书合格率", "≥98%", "%"),
        (None, "时效指标", "视频公证预约受理时限",
         mk(pct(1), "T113", "warning", note="a time limit given as 100%"), None),
        ("成本指标", "经济成本指标", "单件视频公证平均成本", "≤80", "元/件"),
        ("效益指标", "社会效益指标", "线上办证占比提高", "≥8", "百分点"),
        (None, "可持续影响指标", "远程视频公证服务规范", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "视频办证当事人满意度",
         mk("=95%", "T107", "warning", note="=95% on a satisfaction means ≥95%"), "%"),
    ])  # fmt: skip
    sign(s, "钟岫云", "闵可澄", (2025, 12, 2))
    return b
