"""A province's transfer-payment 区域绩效目标表 (中央补助 + 地方资金) for agriculture
(jc13–jc14)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout45.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct


def _head(s: Sheet, name: str, total: Any, central: Any, local: Any, goals: str) -> None:
    s.title("中央对地方专项转移支付区域绩效目标表", 5)
    s.row("（2025年度）", None, None, None, None, merge=[(1, 5)])
    s.row("专项名称", name, None, None, None, merge=[(2, 5)])
    s.row("中央主管部门", "农业农村部", None, "省级主管部门", "湄江省农业农村厅", merge=[(2, 3)])
    s.row(
        "省级财政部门",
        "湄江省财政厅",
        None,
        "资金使用单位",
        "各市、县（区）农业农村部门",
        merge=[(2, 3)],
    )
    top = s.r + 1
    s.row("资金情况（万元）", "年度资金总额", None, total, None, merge=[(2, 3), (4, 5)])
    s.row(None, "其中：中央补助", None, central, None, merge=[(2, 3), (4, 5)])
    s.row(None, "地方资金", None, local, None, merge=[(2, 3), (4, 5)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goals, None, None, None, merge=[(2, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释")


@variant("jc13-regional-transfer-ok", (5, 12), "transfer-payment 区域绩效目标表, OLD-NAT, ★")
def regional_ok() -> Book:
    """湄江省 耕地建设与利用资金: 中央补助 52400 + 地方资金 6200 = 58600 万元, numbered goals,
    core indicators marked ★, abbreviated tier-2 labels (数量, 质量, 时效), values with word
    operators and a 百分点 change."""
    b = Book()
    s = b.sheet("区域绩效目标", widths=(14, 14, 34, 16, 30))
    goals = (
        "目标1：落实耕地地力保护补贴政策，补贴面积稳定在3850万亩左右；目标2：新建高标准农田260万亩，"
        "统筹发展高效节水灌溉；目标3：支持购置农机具4.2万台（套），主要农作物耕种收综合机械化率"
        "提高1个百分点以上。"
    )
    _head(
        s,
        "耕地建设与利用资金",
        money(58600, "#,##0"),
        money(52400, "#,##0"),
        money(6200, "#,##0"),
        goals,
    )
    s.table(
        [
            ("产出指标", "数量", "★耕地地力保护补贴面积", "≥3850万亩", "以二轮承包面积为基础"),
            (None, None, "★新建高标准农田面积", "≥260万亩", None),
            (None, None, "其中：高效节水灌溉面积", "≥40万亩", None),
            (None, None, "补贴购置农机具数量", "≥4.2万台（套）", None),
            (None, "质量", "★补贴资金兑付准确率", pct(1), None),
            (None, None, "高标准农田建设项目验收合格率", pct(1), None),
            (None, "时效", "补贴资金兑付时间", "当年10月底前", "中央资金下达后"),
            (None, "成本", "高标准农田亩均财政投入", "≤2400元/亩", "含地方配套"),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50公斤", None),
            (None, "社会效益指标", "主要农作物耕种收综合机械化率提高", "≥1个百分点", None),
            (None, "生态效益指标", "项目区化肥使用量", "较上年不增加", None),
            (None, "可持续影响指标", "耕地保护政策落实机制", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "★农户满意度", "≥85%", "抽样调查"),
        ],
        merged=(1, 2),
    )
    s.row("注：标★的为核心指标，不得删除。", None, None, None, None, merge=[(1, 5)])
    return b


@variant("jc14-regional-transfer-wrong", (11, 12), "transfer-payment 区域绩效目标表, OLD-NAT")
def regional_wrong() -> Book:
    """湄江省 动物防疫等补助经费: the total is not 中央补助 + 地方资金, a deadline dated in 2023
    on the 2025 table, a complaint rate with ≥ and a satisfaction above 100 %."""
    b = Book()
    s = b.sheet("区域绩效目标", widths=(14, 14, 34, 16, 30))
    goals = (
        "目标1：重大动物疫病强制免疫密度保持在90%以上；目标2：病死畜禽无害化处理全覆盖；"
        "目标3：完成养殖场户疫苗“先打后补”改革。"
    )
    _head(
        s,
        "动物防疫等补助经费",
        mk(money(21860, "#,##0.00"), "B101", "error"),
        money(18300, "#,##0.00"),
        money(3060, "#,##0.00"),
        goals,
    )
    s.table(
        [
            ("产出指标", "数量指标", "强制免疫畜禽数量", "≥1.2亿头（只、羽）", None),
            (None, None, "“先打后补”实施养殖场户数", "≥2600家", None),
            (None, "质量指标", "畜禽强制免疫密度", "≥90%", None),
            (None, None, "病死畜禽无害化处理率", "100%", None),
            (
                None,
                "时效指标",
                "补助资金下达时限",
                mk("2023年6月30日前", "Y102", "error", alt=("Y101", "Y103")),
                None,
            ),
            (None, "成本指标", "每头份疫苗补助标准", "≤0.8元", None),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生", "不发生", None),
            (None, None, mk("养殖户投诉率", "T108", "warning", row=True), "≥5%", None),
            (None, "可持续影响指标", "基层动物防疫体系", "持续健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "养殖场户满意度",
                mk("≥120%", "T106", "error", alt=("T114",)),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b
