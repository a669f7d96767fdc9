"""Department budgets, tier labels and budget-system exports of the folk-song centres: yq13–yq18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout449.common import DEPT, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout449.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "雾岭县非物质文化遗产保护中心"


def _department(total: Any, basic: float, tasks: list[tuple[Any, ...]]) -> Book:
    b, s = start()
    department_head(s, year=2025, dept=CENTRE, budget=[
        (total, wan(220), wan(40), wan(basic), wan(160)),
    ], tasks=tasks, goal="完成山歌和侗族大歌资源普查，扶持传承人，推进大歌进校园。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "普查记录山歌曲目数", "≥300首"),
        (None, None, "扶持代表性传承人人数", "≥25人"),
        (None, "质量指标", "普查资料归档合格率", pct(0.98)),
        (None, "时效指标", "传承人补助发放及时率", pct(1)),
        ("成本指标", "经济成本指标", "传承人年度补助标准", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "大歌进校园覆盖学校数", "≥12所"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙春燕", "0778-6601936", day(2024, 11, 20))
    return b


@variant("yq13-centre-money", (12, 1),
         "department, NAT-2021: budget 220 + 40 = 100 + 160, three tasks adding to 金额合计, typed "
         "percent cells (correct)")  # fmt: skip
def yq13() -> Book:
    return _department(wan(260), 100, [
        ("山歌资源普查", "普查记录、录音录像", wan(70), "记录曲目300首"),
        ("传承人扶持", "代表性传承人补助", wan(50), "扶持25人"),
        ("大歌进校园", "师资培训、教材印制", wan(40), "覆盖12所学校"),
        ("金额合计", None, wan(160), None),
    ])  # fmt: skip


@variant("yq14-centre-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
         "金额合计")  # fmt: skip
def yq14() -> Book:
    total = mk(wan(260), "B101", "error", note="220 + 40 = 260 but 90 + 160 = 250")
    return _department(total, 90, [
        ("山歌资源普查", "普查记录、录音录像", wan(70), "记录曲目300首"),
        ("传承人扶持", "代表性传承人补助", wan(45), "扶持25人"),
        ("大歌进校园", "师资培训、教材印制", wan(40), "覆盖12所学校"),
        ("金额合计", None, mk(wan(160), "B102", "error", note="70 + 45 + 40 = 155"), None),
    ])  # fmt: skip


@variant("yq15-labels-decorated", (5,),
         "project, NAT-2021, tier labels numbered with points, ★ and abbreviations "
         "(correct)")  # fmt: skip
def yq15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="侗族大歌歌队演出补助", dept=DEPT,
                 unit=CENTRE, money=one_year(30, 30, 0),
                 goals=["补助村寨大歌队20支，全年演出200场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量", "补助村寨大歌队数量", "≥20支"),
        (None, None, "全年演出场次", "≥200场"),
        (None, "（二）质量", "演出曲目侗语原唱比例", "≥90%"),
        ("二、成本指标（10分）", "1.经济成本指标", "每支歌队年度补助", "≤1.5万元/支"),
        ("三、效益指标（30分）", "*社会效益指标", "观演群众人次", "≥40000人次"),
        (None, "★可持续影响", "歌队中35岁以下成员占比", "≥30%"),
        ("四、满意度指标（20分）", "服务对象满意度", "歌队成员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yq16-labels-wrong-parent", (5, 11),
         "project, NAT-2021, abbreviated labels: 质量 under 效益, a 反向 complaint rate "
         "with ≥")  # fmt: skip
def yq16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="山歌侗歌民俗节庆展演", dept=DEPT,
                 unit=CENTRE, money=one_year(40, 32, 8),
                 goals=["举办节庆展演4场，邀请歌队40支参演。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "节庆展演场次", "≥4场"),
        (None, None, "参演歌队数量", "≥40支"),
        ("成本", "经济成本", "每场展演费用", "≤9万元/场"),
        ("效益", mk("质量", "F105", "error", note="质量 belongs under 产出"),
         "展演节目审核通过率", "=100%"),
        (None, "社会效益", mk("观众投诉率", "T108", "warning", row=True,
                            note="a 反向 rate with ≥"), "≥2%"),
        ("满意度", "服务对象满意度", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _export(artefacts: bool) -> Book:
    b, s = start("部门项目支出预算05-1", (12, 14, 26, 16, 16, 16))
    s.row("2025年部门项目支出预算表")
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    total = mk("36.5 8", "X105", "warning", alt=("X103",), note="split number, read 36.58") \
        if artefacts else wan(36.58)  # fmt: skip
    s.row("417003", "45202500117", "村寨山歌传承点建设", total, wan(30), wan(6.58))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 16, 16, 26, 16))
    t.row("2025年部门项目支出绩效目标表")
    t.row("单位：雾岭县文化馆", None, None, None, "计划完成日期",
          mk("46022", "X104", "warning", note="date serial stored as text")
          if artefacts else day(2025, 12, 31))  # fmt: skip
    indicators(t, ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("417003", "45202500117", "产出指标", "数量指标", "建设山歌传承点数量", "≥6个"),
        (None, None, None, "质量指标", "传承点验收合格率", "=100%"),
        (None, None, "成本指标", "经济成本指标", "每个传承点建设费用", "≤6万元/个"),
        (None, None, "效益指标", "社会效益指标", "传承点年度活动人次", "≥2400人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "村民满意度", pct(0.92)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：数据由预算管理一体化系统导出。")
    return b


@variant("yq17-export-artefacts", (9,),
         "budget-system export, sheets 05-1 and 05-2 with codes in the first columns: a split "
         "amount and a date serial stored as text")  # fmt: skip
def yq17() -> Book:
    return _export(True)


@variant("yq18-export-clean", (9, 12),
         "budget-system export, sheets 05-1 and 05-2 with codes in the first columns, header on "
         "the third row, =100% as text (correct)")  # fmt: skip
def yq18() -> Book:
    return _export(False)
