"""Department tables (部门整体, §3.2) from 潆州市 bureaus: budget with 基本支出 and 项目支出,
年度主要任务 with a 金额合计, 年度总体目标 text over several lines, weighted indicators, tier
labels with numbering and points.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout6.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, day, mk, money, pct

HEADER = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")


def wan(v: float) -> C:
    return money(v, WAN)


def _budget(*amounts: float) -> list[tuple[C, ...]]:
    return [tuple(wan(a) for a in amounts)]


def _indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER) -> None:
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*header)
    s.table(rows, merged=(1, 2))


@variant(
    "b13-department-ok",
    (12, 10),
    "department, NAT-2021, budget and tasks consistent, "
    "年度总体目标 in three lines, weights adding to 100, ≥95%（含）, 较上年提高1个百分点, "
    "不低于上年, 90%-95%",
)
def b13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 28, 18, 16, 16))
    department_head(
        s,
        year=2025,
        dept="潆州市人力资源和社会保障局",
        budget=_budget(8650, 8200, 450, 5120, 3530),
        tasks=[
            (
                "就业创业促进",
                "职业技能培训补贴、创业担保贷款贴息",
                wan(1860),
                "城镇新增就业2.6万人",
            ),
            ("社会保险经办服务", "社保经办系统运维、待遇稽核", wan(920), "待遇按时足额发放"),
            ("劳动关系协调", "劳动保障监察、劳动人事争议仲裁", wan(750), "仲裁结案率不低于95%"),
            ("金额合计", None, wan(3530), None),
        ],
        goal="目标1：城镇新增就业2.6万人，城镇调查失业率控制在5.5%以内；\n"
        "目标2：开展职业技能培训1.5万人次，技能人才比例持续提高；\n"
        "目标3：社会保险待遇按时足额发放，劳动关系和谐稳定。",
    )
    _indicators(
        s,
        [
            ("产出指标", "数量指标", "城镇新增就业人数", "≥2.6万人", 10),
            (None, None, "职业技能培训人次", "≥1.5万人次", 10),
            (None, "质量指标", "劳动人事争议仲裁结案率", "≥95%（含）", 10),
            (None, None, "社保待遇按时足额发放率", "100%", 10),
            (None, "时效指标", "创业补贴审核办结时限", "≤15个工作日", 10),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1200元/人次", 10),
            ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", 10),
            (None, None, "技能人才占就业人员比例", "较上年提高1个百分点", 5),
            (None, "可持续影响指标", "公共就业服务覆盖率", "不低于上年", 5),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", pct(0.9), 10),
            (None, None, "参保单位满意度", "90%-95%", 10),
        ],
    )
    return b


@variant(
    "b14-department-defects",
    (12, 10),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, weights adding to 95, no 满意度指标",
)
def b14() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 28, 18, 16, 16))
    department_head(
        s,
        year=2025,
        dept="潆州市自然资源局",
        budget=[
            (
                mk(wan(6420), "B101", "error", row=True, note="3980 + 2340 = 6320 ≠ 6420"),
                wan(6000),
                wan(420),
                wan(3980),
                wan(2340),
            )
        ],
        tasks=[
            ("国土空间规划编制", "市级国土空间总体规划及专项规划编制", wan(1240), "完成规划报批"),
            ("耕地保护监督", "耕地卫片执法、永久基本农田核查", wan(1100), "耕地保有量不减少"),
            ("金额合计", None, wan(2340), None),
        ],
        goal="目标1：完成市级国土空间总体规划报批；\n目标2：落实耕地保护任务，"
        "耕地保有量不低于下达指标。",
    )
    _indicators(
        s,
        [
            ("产出指标", "数量指标", "专项规划编制数量", "≥4项", 15),
            (None, None, "耕地卫片图斑核查数", "≥2600个", 15),
            (None, "质量指标", "规划成果审查通过率", "100%", 15),
            (None, "时效指标", "卫片图斑核查完成时间", "2025年10月底前", 10),
            ("成本指标", "经济成本指标", "单个图斑核查成本", "≤300元/个", 10),
            ("效益指标", "社会效益指标", "违法用地查处到位率", "≥95%", 15),
            (None, "可持续影响指标", "耕地保有量", "不低于上年", 15),
        ],
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    b.file_mark("F106", "error", note="no 满意度指标 although there are 服务对象")
    return b


@variant(
    "b15-department-points-ok",
    (5, 10, 12),
    "department, OLD-NAT, numbered tier labels "
    "with points (一、产出指标（50分）, （一）数量指标), indicator points adding to the tier "
    "points, 逐步改善, 有效提升, 不低于上年, 第三季度",
)
def b15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 20, 28, 18, 12, 16))
    department_head(
        s,
        year=2025,
        dept="潆州市体育局",
        filled=day(2024, 12, 6),
        budget=_budget(2180, 2080, 100, 1260, 920),
        tasks=[
            ("全民健身赛事", "市运动会及群众性体育赛事", wan(540), "举办赛事120场"),
            ("健身设施建设", "社区健身路径建设与维护", wan(380), "新建健身路径60个"),
            ("金额合计", None, wan(920), None),
        ],
        goal="目标1：举办全民健身赛事活动120场，办好市第九届运动会；\n"
        "目标2：新建社区健身路径60个，全民健身公共服务体系逐步完善。",
    )
    _indicators(
        s,
        [
            ("一、产出指标（50分）", "（一）数量指标", "全民健身赛事活动场次", "≥120场", 15),
            (None, None, "新建社区健身路径", "≥60个", 10),
            (None, "（二）质量指标", "健身器材验收合格率", "100%", 10),
            (None, "（三）时效指标", "市运动会举办时间", "第三季度", 10),
            (None, "（四）成本指标", "健身路径单个建设成本", "≤6万元/个", 5),
            (
                "二、效益指标（30分）",
                "（一）社会效益指标",
                "经常参加体育锻炼人数比例",
                "较上年提高1个百分点",
                10,
            ),
            (None, None, "国民体质监测合格率", "不低于上年", 10),
            (None, "（二）可持续影响指标", "全民健身公共服务体系", "逐步改善", 5),
            (None, None, "体育社会组织活力", "有效提升", 5),
            ("三、满意度指标（20分）", "（一）服务对象满意度指标", "健身群众满意度", "≥90%", 10),
            (None, None, "参赛单位满意度", pct(0.9), 10),
        ],
        header=("一级指标", "二级指标", "三级指标", "指标值", "分值"),
    )
    return b


@variant(
    "b16-department-empty-rows",
    (6, 13, 5),
    "department, NAT-2021: a tier-2 left from the "
    "template with nothing in it, a value without a name, 质量指标 under 效益指标",
)
def b16() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 28, 18, 16, 16))
    department_head(
        s,
        year=2025,
        dept="潆州市司法局",
        budget=_budget(3460, 3300, 160, 2410, 1050),
        tasks=[
            ("法律援助", "法律援助案件办理及值班律师服务", wan(620), "办理案件1500件"),
            ("普法宣传", "八五普法宣传活动", wan(430), "开展普法活动200场"),
            ("金额合计", None, wan(1050), None),
        ],
        goal="目标1：办理法律援助案件1500件；\n目标2：开展普法宣传活动200场。",
    )
    _indicators(
        s,
        [
            ("产出指标", "数量指标", "法律援助案件办理数", "≥1500件", 15),
            (None, None, "普法宣传活动场次", "≥200场", 15),
            (None, None, mk(None, "F110", "error", note="value without a name"), "≥6场", 5),
            (None, "质量指标", "法律援助案件结案率", "≥95%", 10),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
                None,
                None,
                None,
            ),
            ("成本指标", "经济成本指标", "法律援助案件人均补贴", "≤1500元/件", 5),
            ("效益指标", "社会效益指标", "群众法治意识", "有效提升", 15),
            (
                None,
                mk("质量指标", "F105", "error", row=True, note="质量指标 belongs to 产出指标"),
                "法律援助案件质量评查优良率",
                "≥90%",
                15,
            ),
            ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", 20),
        ],
    )
    return b
