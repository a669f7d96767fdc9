"""12348 public legal service hotline returns: kfy01 to kfy06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout847.common import (
    HEAD4,
    HEAD_MY,
    HEAD_OP,
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    signature,
    w,
)
from tests.variants.holdout847.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "槿屏市司法局（307）"


@variant(
    "kfy01-hotline-numbered",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, "
    "operator and unit columns, typed percent cells (correct)",
)
def hotline_numbered() -> Book:
    b, s = new_book()
    goal = (
        "12348法律服务热线全年在线，解答群众法律咨询不少于3.6万人次（其中法律援助申请指引"
        "不少于0.6万人次），来电群众满意度达到90%以上。"
    )
    project_head(
        s,
        year=YEAR,
        name="12348公共法律服务热线运行",
        dept=DEPT,
        unit="槿屏市公共法律服务中心",
        money=one_year(w(86.4), w(80), w(6.4)),
        goals=[goal],
    )
    indicators(s, HEAD_OP, [
        ("一、产出指标（50分）", "（一）数量指标", "热线解答咨询量", "≥", 36000, "人次"),
        (None, None, "值班坐席数", "≥", 8, "个"),
        (None, "（二）质量指标", "热线接通率", "≥", pct(0.95), "%"),
        (None, None, "咨询解答准确率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "法律援助申请转办时限", "≤", 2, "个工作日"),
        ("二、成本指标（10分）", "1.经济成本指标", "单次咨询平均成本", "≤", 20, "元/人次"),
        ("三、效益指标（30分）", "1.社会效益指标", "来电群众有效投诉率", "≤", pct(0.01), "%"),
        (None, None, "转介调解成功率", "≥", pct(0.6), "%"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "鲍承宇", "0831-6627145")
    return b


@variant(
    "kfy02-hotline-goal-money",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "seats in the goal against the indicator, money parts and a cost over the money",
)
def hotline_goal_money() -> Book:
    b, s = new_book()
    goal = "扩建热线值班坐席至20个，全年接听群众来电不少于5万人次，接通率不低于95%。"
    money = one_year(mk(w(120), "B101", "error", row=True, note="100 + 12 ≠ 120"), w(100), w(12))
    project_head(
        s,
        year=YEAR,
        name="12348热线坐席扩容",
        dept="澄岗县司法局（412）",
        unit="澄岗县法律援助中心",
        money=money,
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "接听群众来电量", "≥5万人次"),
        (None, None, "热线值班坐席数", mk("≥16个", "D104", "warning", row=True,
                                          note="the goal says 扩建至20个 seats")),
        (None, "质量指标", "热线接通率", "≥95%"),
        (None, "时效指标", "来电回访完成时限", "≤3个工作日"),
        (None, "成本指标", "单次来电接听成本", mk("≤30元/人次", "B107", "warning", row=True,
                                                   note="30元 × 5万人次 = 150万元 > 120万元")),
        ("效益指标", "社会效益指标", "群众法律问题当场解答率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "闵若川", "0836-5512390")
    return b


@variant(
    "kfy03-hotline-three-years",
    (8,),
    "three-year project 2026—2028, NAT-2021, 中期 and "
    "年度 columns: an annual count above the period, a copied count, last year in the goal",
)
def hotline_three_years() -> Book:
    b, s = new_book()
    period = (
        "2026—2028年热线累计解答咨询不少于10.8万人次，新增值班坐席6个，律师值班不少于1500人次。"
    )
    annual = mk(
        "2025年解答咨询不少于3.6万人次，新增坐席2个，律师值班不少于500人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025 is left over from last season",
    )
    project_head(
        s,
        year=YEAR,
        name="市级12348热线平台三年提升",
        dept=DEPT,
        years=3,
        unit="槿屏市公共法律服务中心",
        attr="新增项目",
        goals=[period, annual],
        money=multi_year((w(240), w(228), w(12)), (w(80), w(76), w(4))),
    )
    indicators(s, HEAD_MY, [
        ("产出指标", "数量指标", "热线解答咨询量", "≥10.8万人次", "≥3.6万人次"),
        (None, None, "新增值班坐席数", "≥6个", mk("≥8个", "D201", "error",
                                                  note="annual 8 above the period's 6")),
        (None, None, "律师值班人次", "≥1500人次", mk("≥1500人次", "D202", "warning",
                                                      alt=("D104",), note="copied; goal: 500")),
        (None, "质量指标", "热线接通率", "≥95%", "≥95%"),
        (None, "时效指标", "法律援助申请转办时限", "≤2个工作日", "≤2个工作日"),
        ("成本指标", "经济成本指标", "单次咨询平均成本", "≤20元/人次", "≤20元/人次"),
        ("效益指标", "社会效益指标", "转介调解成功率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfy04-hotline-stacked",
    (2, 4),
    "two hotline projects stacked in one sheet, OLD-NAT, "
    "the same satisfaction indicator with different values, notes and signature (correct)",
)
def hotline_stacked() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="12348热线夜间值守",
        dept="鹭汀区司法局（215）",
        unit="鹭汀区公共法律服务中心",
        money=one_year(w(24), w(24), w(0)),
        goals=["夜间（18:00—次日8:00）热线值守全年不少于365天，夜间来电接通率达到90%以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜间值守天数", "≥365天"),
        (None, "质量指标", "夜间来电接通率", "≥90%"),
        (None, "成本指标", "夜间值守补助标准", "≤600元/天"),
        ("效益指标", "社会效益指标", "夜间紧急法律求助转介率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥88%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="12348热线多语种服务",
        dept="鹭汀区司法局（215）",
        unit="鹭汀区公共法律服务中心",
        money=one_year(w(15), w(12), w(3)),
        title="",
        goals=["为外籍及少数民族来电群众提供3个语种的法律咨询，全年不少于1200人次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "多语种咨询服务量", "≥1200人次"),
        (None, None, "服务语种数", "≥3种"),
        (None, "质量指标", "翻译差错率", "≤2%"),
        (None, "成本指标", "单次多语种咨询成本", "≤120元/人次"),
        ("效益指标", "社会效益指标", "涉外法律问题解答率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥92%"),
    ])  # fmt: skip
    notes(
        s,
        "注：夜间值守补助标准 600元/天 × 365天 = 21.9万元，在24万元之内；多语种咨询"
        "120元 × 1200人次 = 14.4万元。",
    )
    signature(s, "庄慕白", "0835-7231064")
    return b


@variant(
    "kfy05-hotline-notes-defects",
    (4,),
    "project, OLD-NAT, a 说明 row between tiers and "
    "footnotes: a deadline after the one-year project, one indicator given twice",
)
def hotline_notes_defects() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="12348热线坐席系统升级",
        dept="澄岗县司法局（412）",
        unit="澄岗县法律援助中心",
        attr="一次性项目",
        money=one_year(w(45), w(45), w(0)),
        goals=["年内完成热线坐席系统升级和录音质检模块上线，接通率达到95%以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "升级坐席终端数", "≥12套"),
        (None, "质量指标", "热线接通率", "≥95%"),
        (None, None, "录音质检覆盖率", "≥30%"),
        (None, None, "热线电话接通率", mk("≥90%", "D102", "error", row=True, alt=("D103",),
                                          note="the same rate as 热线接通率 with another value")),
        (None, "时效指标", "系统升级完成时间", mk("2027年3月31日前", "Y102", "error",
                                                  alt=("Y101", "Y103"),
                                                  note="one-year 2026 project")),
        (None, "成本指标", "单套坐席终端升级费用", "≤3万元/套"),
        ("说明：以下效益、满意度指标按上年度热线运行数据测算。", ""),
        ("效益指标", "社会效益指标", "群众重复来电率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注1：坐席终端12套 × 3万元 = 36万元，其余9万元用于质检模块。",
        "注2：本表金额单位为万元。",
    )
    signature(s, "闵若川", "0836-5512390")
    return b


@variant(
    "kfy06-hotline-export",
    (7, 9),
    "budget-system export, project code in the first "
    "columns, the indicator table on a second sheet, =100% kept as text (correct)",
)
def hotline_export() -> Book:
    b, s = new_book("项目支出预算05-1", (20, 26, 14, 14, 14))
    code = "330311260017"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, "12348热线工单质量回访", w(32.4), w(30), w(2.4))
    s.row("合计", None, w(32.4), w(30), w(2.4))
    t = b.sheet("项目支出绩效目标05-2", (20, 14, 14, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 5)
    t.row("单位名称：槿屏市公共法律服务中心")
    t.row("项目代码", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, "产出指标", "数量指标", "工单回访量", "≥1.8万件"),
        (code, None, "质量指标", "工单办结率", "=100%"),
        (code, None, None, "回访记录完整率", "≥98%"),
        (code, None, "时效指标", "工单回访时限", "≤5个工作日"),
        (code, "成本指标", "经济成本指标", "单件工单回访成本", "≤18元/件"),
        (code, "效益指标", "社会效益指标", "回访发现问题整改率", "≥90%"),
        (code, "满意度指标", "服务对象满意度指标", "回访群众满意度", "≥90%"),
    ], merged=(2, 3))  # fmt: skip
    t.row("审核日期", day(YEAR - 1, 11, 6))
    return b
