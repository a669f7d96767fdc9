"""Cloisonné (景泰蓝) workshop projects: percent cells, stacked kilns, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout476.common import YEAR, book, funds, indicators, notes, sign
from tests.variants.holdout476.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

DEPT = "滨沅县文化广电旅游体育局（317）"
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "zr01-workshop-percent",
    (1, 5),
    "project, NAT-2021, numbered labels with tier points, operator and unit columns, "
    "typed percent cells (correct)",
)
def zr01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="掐丝珐琅工坊技艺传承提升项目",
        dept=DEPT,
        unit="滨沅县景泰蓝非遗工坊服务中心",
        money=funds(86, 80, 6),
        goals=["开发掐丝纹样新品12件，开放工坊体验48场，成品烧蓝合格率不低于95%。"],
    )
    indicators(
        s,
        HEAD_OP,
        [
            ("一、产出指标（50分）", "（一）数量指标", "掐丝纹样新品开发", "≥", 12, "件"),
            (None, None, "工坊开放体验场次", "≥", 48, "场"),
            (None, "（二）质量指标", "成品烧蓝合格率", "≥", pct(0.95), None),
            (None, "（三）时效指标", "新品打样完成时间", "≤", day(YEAR, 9, 30), None),
            (
                "二、成本指标（20分）",
                "（一）经济成本指标",
                "单件打样材料成本",
                "≤",
                0.35,
                "万元/件",
            ),
            (None, "（二）生态环境成本指标", "烧制废釉排放超标次数", "≤", 0, "次"),
            ("三、效益指标（20分）", "（一）社会效益指标", "非遗技艺体验人次", "≥", 3000, "人次"),
            (None, "（二）可持续影响指标", "釉料损耗下降率", "≥", pct(0.1), None),
            (
                "四、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "体验游客满意度",
                "≥",
                pct(0.9),
                None,
            ),
        ],
    )
    sign(s, "贺青岩", "0739-6524418")
    return b


@variant(
    "zr02-workshop-rates-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent cells: a pass rate above "
    "100 %, a unit cost with ≥",
)
def zr02() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="铜胎景泰蓝器皿抛光镀金工序改进项目",
        dept=DEPT,
        unit="滨沅县珐琅器研究所",
        money=funds(64, 64, 0),
        goals=["完成铜胎器皿抛光镀金200件，返工率控制在3%以内。"],
    )
    indicators(
        s,
        HEAD_OP,
        [
            ("产出指标", "数量指标", "抛光镀金器皿完成数", "≥", 200, "件"),
            (
                None,
                "质量指标",
                "成品抛光合格率",
                "≥",
                mk(pct(1.02), "T106", "error", note="a pass rate cannot exceed 100 %"),
                None,
            ),
            (None, None, "镀金返工率", "≤", pct(0.03), None),
            (None, "时效指标", "工序改进完成时间", "≤", day(YEAR, 11, 30), None),
            (
                None,
                "成本指标",
                "单件铜胎成本",
                mk("≥", "T108", "warning", row=True, note="a unit cost is a cap: ≤, not ≥"),
                0.08,
                "万元/件",
            ),
            ("效益指标", "经济效益指标", "器皿订单销售额增长率", "≥", pct(0.08), None),
            (None, "社会效益指标", "工序公开展示场次", "≥", 6, "场"),
            ("满意度指标", "服务对象满意度指标", "合作商户满意度", "≥", pct(0.9), None),
        ],
    )
    sign(s, "祁晚舟", "0739-6521307")
    return b


def _kiln(s: Sheet, title: str | None) -> None:
    project_head(
        s,
        year=YEAR,
        name="景泰蓝烧蓝窑炉节能改造项目",
        dept=DEPT,
        title=title,
        unit="滨沅县景泰蓝非遗工坊服务中心",
        money=funds(45, 45, 0),
        goals=["改造烧蓝电窑3台，单窑能耗下降15%。"],
    )
    indicators(
        s,
        HEAD_4,
        [
            ("产出指标", "数量指标", "改造烧蓝电窑台数", "≥3台"),
            (None, "质量指标", "项目验收合格率", "=100%"),
            (None, "时效指标", "改造完成时间", "2026年8月31日前"),
            (None, "成本指标", "单台窑炉改造成本", "≤15万元/台"),
            ("效益指标", "生态效益指标", "单窑烧制能耗下降率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "工坊匠人满意度", "≥90%"),
        ],
    )


@variant(
    "zr03-stacked-kilns",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same rate "
    "with different values in each (correct)",
)
def zr03() -> Book:
    b, s = book()
    _kiln(s, None)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="点蓝工序数字化纹样库建设项目",
        dept=DEPT,
        title="",
        unit="滨沅县珐琅器研究所",
        money=funds(30, 24, 6),
        goals=["数字化传统纹样400幅，建成可检索纹样库。"],
    )
    indicators(
        s,
        HEAD_4,
        [
            ("产出指标", "数量指标", "数字化纹样幅数", "≥400幅"),
            (None, "质量指标", "项目验收合格率", "≥95%"),
            (None, "时效指标", "纹样库上线时间", "2026年10月31日前"),
            (None, "成本指标", "单幅纹样数字化成本", "≤0.05万元/幅"),
            ("效益指标", "社会效益指标", "纹样库年访问人次", "≥5000人次"),
            ("满意度指标", "服务对象满意度指标", "设计人员满意度", "≥90%"),
        ],
    )
    notes(s, "注：两个项目分别申报，指标各自独立考核。", width=4)
    return b


@variant(
    "zr04-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's money "
    "does not add up and a pass rate is given as a count",
)
def zr04() -> Book:
    b, s = book()
    _kiln(s, None)
    s.skip()
    total = mk(money(52, WAN), "B101", "error", note="40 + 8 = 48, not 52")
    project_head(
        s,
        year=YEAR,
        name="掐丝工序学徒实训工位建设项目",
        dept=DEPT,
        title="",
        unit="滨沅县景泰蓝非遗工坊服务中心",
        money=funds(total, 40, 8),
        goals=["建成掐丝实训工位20个，年实训学徒300人次。"],
    )
    indicators(
        s,
        HEAD_4,
        [
            ("产出指标", "数量指标", "掐丝实训工位", "≥20个"),
            (None, None, "实训学徒人次", "≥300人次"),
            (
                None,
                "质量指标",
                "掐丝工序合格率",
                mk("≥300件", "T105", "error", note="a 合格率 needs a percentage"),
            ),
            (None, "时效指标", "工位建成时间", "2026年6月30日前"),
            (None, "成本指标", "单个工位建设成本", "≤1.8万元/个"),
            ("效益指标", "社会效益指标", "学徒独立完成掐丝作品数", "≥60件"),
            ("满意度指标", "服务对象满意度指标", "实训学徒满意度", "≥90%"),
        ],
    )
    return b


POINTS_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "zr05-workshop-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding "
    "to 100, a rate raised in 百分点 (correct)",
)
def zr05() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="景泰蓝工坊成品率提升与品牌推广项目",
        dept=DEPT,
        unit="滨沅县景泰蓝非遗工坊服务中心",
        money=funds(58, 50, 8),
        goals=["成品率比上年提高3个百分点，举办品牌推广活动8场。"],
    )
    indicators(
        s,
        POINTS_HEAD,
        [
            ("产出指标", 50, "数量指标", "品牌推广活动场次", "≥8场", 20),
            (None, None, "质量指标", "工坊成品率比上年提高", "≥3百分点", 20),
            (None, None, "时效指标", "推广活动完成时间", "2026年11月30日前", 10),
            ("成本指标", 10, "经济成本指标", "单场推广活动成本", "≤4万元/场", 10),
            ("效益指标", 30, "经济效益指标", "工坊成品销售额增长率", "≥10%", 15),
            (None, None, "社会效益指标", "品牌活动参与人次", "≥2000人次", 15),
            ("满意度指标", 10, "服务对象满意度指标", "参与观众满意度", "≥90%", 10),
            ("合计", 100, None, None, None, 100),
        ],
        merged=(1, 2, 3),
    )
    notes(s, "说明：一级指标分值与三级指标分值分别合计100分，按三级指标分值评分。")
    return b


@variant(
    "zr06-points-wrong",
    (10, 9),
    "project, NAT-2021, tier-1 score column against the indicator scores under it, "
    "an end date stored as a serial in a text cell",
)
def zr06() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="Excel serial of 2026-12-31 typed as text")
    project_head(
        s,
        year=YEAR,
        name="景泰蓝镀金车间安全改造项目",
        dept=DEPT,
        end=end,
        unit="滨沅县珐琅器研究所",
        money=funds(40, 40, 0),
        goals=["完成镀金车间通风与废液处理改造，全年安全事故为零。"],
    )
    indicators(
        s,
        POINTS_HEAD,
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="indicators under 产出 add to 45"),
                "数量指标",
                "改造车间面积",
                "≥600平方米",
                15,
            ),
            (None, None, "质量指标", "改造工程验收合格率", "=100%", 20),
            (None, None, "时效指标", "改造完成时间", "2026年9月30日前", 10),
            ("成本指标", 10, "经济成本指标", "每平方米改造成本", "≤0.06万元/平方米", 10),
            (
                "效益指标",
                mk(30, "W103", "error", note="indicators under 效益 add to 35"),
                "社会效益指标",
                "车间安全生产事故",
                "≤0起",
                20,
            ),
            (None, None, "生态效益指标", "镀金废液达标处置率", "=100%", 15),
            ("满意度指标", 10, "服务对象满意度指标", "车间工匠满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b
