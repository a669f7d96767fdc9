"""Census fieldwork: enumerator training, door-to-door registration, zoning and mapping, the
multi-year fieldwork projects and stacked fieldwork projects (xo01–xo06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout421.common import (
    BUREAU,
    HEAD4,
    HEAD6,
    OFFICE,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    signature,
)
from tests.variants.holdout421.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


@variant("xo01-enumerator-training", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, a 下降率 with ≥ and =100% at the ceiling (correct)")  # fmt: skip
def enumerator_training() -> Book:
    b, s = book()
    goal = "选聘普查员3200人、普查指导员420人，10月20日前完成全部业务培训。"
    project_head(s, year=YEAR, name="人口普查普查员和普查指导员选聘培训", dept=BUREAU,
                 unit=OFFICE, money=one_year(148.6, 148.6, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD6, [
        ("一、产出指标", "（一）数量指标", "选聘普查员", "≥", 3200, "人"),
        (None, None, "选聘普查指导员", "≥", 420, "人"),
        (None, None, "举办普查业务培训班", "≥", 36, "期"),
        (None, "（二）质量指标", "培训考核合格率", "≥", pct(0.95), "%"),
        (None, None, "普查人员持证上岗率", "=", pct(1), "%"),
        (None, "（三）时效指标", "培训完成时间", "≤", day(YEAR, 10, 20, CN_DATE), None),
        ("二、成本指标", "（一）经济成本指标", "普查人员培训人均费用", "≤", 260, "元/人"),
        ("三、效益指标", "（一）社会效益指标", "试点区入户登记差错下降率", "≥", pct(0.2), "%"),
        (None, "（二）可持续影响指标", "培训课件及题库复用", None, "有效", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "祁远帆", "闵若谷", "0719-3382146", day(YEAR - 1, 9, 26, CN_DATE))
    return b


@variant("xo02-registration-percent", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells: a 合格率 of 102% "
         "and a 漏登率 with ≥")  # fmt: skip
def registration_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查入户登记及复查", dept=BUREAU, unit=OFFICE,
                 money=one_year(232.5, 220.5, 12),
                 goals=["11月15日前完成全市41.6万户入户登记，抽取380个普查小区复查。"])  # fmt: skip
    over = mk(pct(1.02), "T106", "error", note="合格率 102% 超过 100% 上限")
    wrong = mk("≥", "T108", "warning", row=True, note="漏登率是反向指标，比较符应为 ≤")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "入户登记住户", "≥", 41.6, "万户"),
        (None, None, "复查普查小区", "≥", 380, "个"),
        (None, "质量指标", "复查登记合格率", "≥", over, "%"),
        (None, None, "人口漏登率", wrong, pct(0.002, "0.0%"), "%"),
        (None, "时效指标", "入户登记完成时间", "≤", day(YEAR, 11, 15, CN_DATE), None),
        (None, "成本指标", "普查员入户登记补贴标准", "≤", 5, "元/户"),
        ("效益指标", "社会效益指标", "普查数据对人口发展规划的支撑作用", None, "显著", None),
        (None, "可持续影响指标", "普查小区底图更新复用", None, "有效", None),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


GOALS3 = (
    "2030年完成入户登记和复查，2031年完成资料汇编、专题分析和主要数据发布。",
    "2030年完成普查员培训和全市入户登记，登记数据审核差错率控制在0.5%以内。",
)
PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xo03-two-year-fieldwork", (8,),
         "two-year project (2030–2031), NAT-2021, 中期 and 年度 value columns, annual counts "
         "below the period, rates, unit cost and grades equal (correct)")  # fmt: skip
def two_year_fieldwork() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="人口普查登记与资料开发（2030—2031年）",
                 dept=BUREAU, unit=OFFICE, attr="新增项目",
                 money=multi_year((486, 470, 16), (318, 306, 12)), goals=GOALS3)  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "开展普查员培训", "≥3600人次", "≥3200人次"),
        (None, None, "编印普查资料汇编", "≥3册", "≥1册"),
        (None, None, "撰写普查专题分析报告", "≥12篇", "≥4篇"),
        (None, "质量指标", "登记数据审核差错率", "≤0.5%", "≤0.5%"),
        (None, "时效指标", "入户登记和复查完成时间", "2030年11月30日前", "2030年11月30日前"),
        ("成本指标", "经济成本指标", "普查区划绘图单价", "≤120元/个", "≤120元/个"),
        ("效益指标", "社会效益指标", "普查成果在人口规划中的应用", "显著", "显著"),
        (None, "可持续影响指标", "人口基础信息库更新", "有效", "有效"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


COPIED = "年度目标照抄中期目标"


@variant("xo04-three-year-copied", (8,),
         "three-year project (2029–2031), NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, two cumulative counts copied into the annual column")  # fmt: skip
def three_year_copied() -> Book:
    b, s = book()
    goal = "三年内完成普查准备、入户登记和资料开发，形成全市人口基础信息库。"
    project_head(s, year=YEAR - 1, years=3, name="第八次人口普查综合准备、登记及资料开发",
                 dept=BUREAU, unit=OFFICE, attr="新增项目",
                 money=multi_year((760, 735, 25), (245, 240, 5)),
                 goals=[goal, mk(goal, "D204", "warning", note=COPIED)])  # fmt: skip
    note_ = "三年累计数照抄到年度"
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "开展普查员培训", "≥3600人次",
         mk("≥3600人次", "D202", "warning", note=note_)),
        (None, None, "撰写普查专题分析报告", "≥12篇", mk("≥12篇", "D202", "warning", note=note_)),
        (None, None, "编印普查方案及资料汇编", "≥4册", "≥1册"),
        (None, "质量指标", "登记数据审核差错率", "≤0.5%", "≤0.5%"),
        (None, "时效指标", "普查区划分完成时间", "2029年12月31日前", "2029年12月31日前"),
        ("成本指标", "经济成本指标", "普查员培训人均费用", "≤260元/人", "≤260元/人"),
        ("效益指标", "社会效益指标", "普查成果在人口规划中的应用", "显著", "显著"),
        (None, "可持续影响指标", "人口基础信息库更新", "有效", "有效"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def stacked(s: Sheet, first: bool, name: str, money: list[tuple[Any, ...]], goal: str,
            rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its own head and its own indicator table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=OFFICE, money=money,
                 goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, HEAD4, rows)


@variant("xo05-stacked-three", (2,),
         "three fieldwork projects stacked in one sheet, OLD-NAT, one value column, the same "
         "满意度 name with different values in two projects (correct)")  # fmt: skip
def stacked_three() -> Book:
    b, s = book()
    stacked(s, True, "人口普查宣传动员", one_year(42, 40, 2), "普查标准时点前完成全市宣传动员。", [
        ("产出指标", "数量指标", "印制发放宣传品", "≥30000份"),
        (None, "质量指标", "宣传内容审核通过率", "=100%"),
        (None, "时效指标", "宣传活动完成时间", "10月31日前"),
        (None, "成本指标", "宣传品单价", "≤8元/份"),
        ("效益指标", "社会效益指标", "居民普查知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, False, "普查区划分及绘图", one_year(65.8, 65.8, 0), "8月底前完成普查小区图。", [
        ("产出指标", "数量指标", "绘制普查小区图", "≥3850个"),
        (None, "质量指标", "小区图核查合格率", "≥98%"),
        (None, "时效指标", "区划绘图完成时间", "8月31日前"),
        (None, "成本指标", "小区图绘制单价", "≤150元/个"),
        ("效益指标", "社会效益指标", "区划成果对入户登记的支撑作用", "显著"),
        ("满意度指标", "服务对象满意度指标", "基层普查机构满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, False, "普查登记手持终端采购", one_year(88.5, 80, 8.5),
            "9月底前为普查员配齐手持终端。", [
        ("产出指标", "数量指标", "采购手持终端", "≥300台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到位时间", "9月30日前"),
        (None, "成本指标", "终端采购单价", "≤2600元/台"),
        ("效益指标", "社会效益指标", "电子化登记覆盖率", "≥95%"),
        (None, "可持续影响指标", "终端在后续调查中复用", "有效"),
        ("满意度指标", "服务对象满意度指标", "基层普查机构满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("xo06-stacked-defects", (2, 12),
         "two fieldwork projects stacked, OLD-NAT, one value column: the second project's "
         "total is not its parts and its 合格率 is given in 户")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book()
    stacked(s, True, "普查员劳务补助", one_year(186, 176, 10), "年内发放全部普查员劳务补助。", [
        ("产出指标", "数量指标", "发放补助普查员", "≥3200人"),
        (None, "质量指标", "补助发放准确率", "=100%"),
        (None, "时效指标", "补助发放完成时间", "12月20日前"),
        (None, "成本指标", "普查员劳务补助标准", "≤500元/人"),
        ("效益指标", "社会效益指标", "普查员队伍稳定率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "普查员满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(48.5, "B101", "error", note="48.5 ≠ 财政拨款 40 + 其他资金 6.5")
    stacked(s, False, "普查事后质量抽查", one_year(total, 40, 6.5), "12月中旬前完成事后抽查。", [
        ("产出指标", "数量指标", "抽查普查小区", "≥120个"),
        (None, "质量指标", "抽查登记合格率", mk("50户", "T105", "error", note="合格率给成户数")),
        (None, "时效指标", "抽查完成时间", "12月15日前"),
        (None, "成本指标", "抽查户均成本", "≤60元/户"),
        ("效益指标", "社会效益指标", "普查数据质量评估结论的应用", "有效"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
