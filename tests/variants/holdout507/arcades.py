"""骑楼 (arcade streets): façade repairs, shop tenants, stacked projects (aw01–aw06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout507.common import (
    BUREAU,
    CENTRE,
    OLD_NAT,
    book,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout507.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct


@variant(
    "aw01-facade-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, an incident count with ≤0起 (correct)",
)
def facade_percent() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2025,
        name="和安里骑楼街立面修缮工程",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(180, 150, 30),
        goals=["完成和安里骑楼街120间临街立面和860米檐廊的修缮加固，保留原有灰塑和山花构件。"],
    )
    indicators(s, OLD_NAT, [
        ("产出指标", "数量指标", "骑楼立面修缮间数", "≥", 120, "间"),
        (None, None, "临街檐廊排危加固长度", "≥", 860, "米"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "灰塑山花构件保留率", "≥", pct(0.95), "%"),
        (None, "时效指标", "修缮工程完工时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "立面修缮单价", "≤", 1.2, "万元/间"),
        ("效益指标", "社会效益指标", "施工安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "修缮档案建档率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "骑楼业主及租户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "谭韵仪", "0751-6632418", day(2024, 11, 18))
    return b


@variant(
    "aw02-facade-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed percents: a rate over 100 %, a 反向 rate "
    "with ≥, a satisfaction with =",
)
def facade_percent_wrong() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2025,
        name="新墟骑楼街商铺业态提升项目",
        dept=BUREAU,
        unit="榕滘县沙岑镇人民政府",
        money=one_year(96, 80, 16),
        goals=["引导新墟骑楼街45间空置商铺引入侨批、糕点等传统业态，改善街区经营环境。"],
    )
    indicators(s, OLD_NAT, [
        ("产出指标", "数量指标", "引入传统业态商铺数", "≥", 45, "间"),
        (None, "质量指标", "店招改造验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率 capped at 100%"), "%"),
        (None, "时效指标", "改造完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "单间店招改造补助", "≤", 1.6, "万元/间"),
        ("效益指标", "社会效益指标", "商户经营投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向 and takes ≤"), pct(0.02), "%"),
        (None, "经济效益指标", "街区商铺出租率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "商户满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a 满意度 means ≥95%"),
         pct(0.95), "%"),
    ])  # fmt: skip
    sign(s, "邝志衡", "0751-6632907", day(2024, 11, 20))
    return b


def _tenant_head(s: Sheet, budget: list[object], tasks: list[list[object]]) -> None:
    department_head(
        s,
        year=2025,
        dept="榕滘县骑楼街区管理所",
        budget=[budget],
        tasks=tasks,
        goal="完成骑楼公房招租和日常巡查，保持街区商铺出租稳定，修缮后的骑楼按期交付使用。",
    )


@variant(
    "aw03-tenants-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "weights add to 100, a 下降率 with ≥, typed percents (correct)",
)
def tenants_flat() -> Book:
    b, s = book("部门整体")
    _tenant_head(s, [860, 800, 60, 420, 440], [
        ["骑楼公房修缮", "修缮公房外廊和屋面", 260, "修缮公房38间"],
        ["公房招租管理", "公开招租、合同管理", 100, "签订租约≥60份"],
        ["街区巡查导览", "日常巡查和导览标识", 80, "巡查≥300次"],
        ["金额合计", None, 440, None],
    ])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("修缮骑楼公房间数", 20, "间", "≥", 38),
        ("新签公房租赁合同份数", 15, "份", "≥", 60),
        ("街区日常巡查次数", 15, "次", "≥", 300),
        ("公房租金收缴率", 15, "%", "≥", pct(0.96)),
        ("骑楼商铺空置下降率", 10, "%", "≥", pct(0.08)),
        ("租赁纠纷调处及时率", 10, "%", "≥", pct(0.95)),
        ("承租户满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：空置下降率=（上年末空置间数-本年末空置间数）÷上年末空置间数。")
    return b


@variant(
    "aw04-tenants-flat-wrong",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a rate given as a count, "
    "weights adding to 95",
)
def tenants_flat_wrong() -> Book:
    b, s = book("部门整体")
    _tenant_head(s, [640, 600, 40, 390, 250], [
        ["骑楼公房维修", "屋面防漏和木楼板更换", 150, "维修公房24间"],
        ["公房招租管理", "公开招租、合同管理", 100, "签订租约≥40份"],
        ["金额合计", None, 250, None],
    ])  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("维修骑楼公房间数", "≥24", "间", 25),
        ("新签公房租赁合同份数", "≥40", "份", 20),
        ("骑楼公房出租率", mk("≥36", "T105", "error", note="a 出租率 given as 36间"), "间", 20),
        ("租金收缴率", "≥95", "%", 15),
        ("承租户满意度", "≥90", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25+20+20+15+15 = 95, not 100")
    return b


ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "aw05-stacked-arcades",
    (2,),
    "two 骑楼 projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "name with different values in each project (correct)",
)
def stacked_arcades() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="和安里骑楼排危修缮",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(75, 75, 0),
        goals=["排除和安里30间骑楼的外廊坠落隐患，修复残损柱廊。"],
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "排危骑楼间数", "≥30间"),
        (None, "质量指标", "排危工程验收合格率", "100%"),
        (None, "时效指标", "排危完成时间", "2025年6月30日前"),
        (None, "成本指标", "单间排危费用", "≤2.5万元/间"),
        ("效益指标", "社会效益指标", "外廊坠物伤人事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="新墟骑楼夜间照明提升",
        dept=BUREAU,
        unit="榕滘县沙岑镇人民政府",
        money=one_year(48, 40, 8),
        goals=["为新墟骑楼街1.2公里柱廊安装暖光照明，延长街区夜间开放时间。"],
        title="",
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "安装廊下灯具数量", "≥320套"),
        (None, "质量指标", "灯具安装验收合格率", "≥98%"),
        (None, "时效指标", "亮灯时间", "2025年9月30日前"),
        (None, "成本指标", "单套灯具安装费用", "≤0.15万元/套"),
        ("效益指标", "经济效益指标", "夜间客流增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "aw06-stacked-arcades-wrong",
    (2, 12),
    "two 骑楼 projects stacked, OLD-NAT, one value column: the second project's total is not "
    "its parts and one rate is a count",
)
def stacked_arcades_wrong() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="塘尾骑楼街屋面防漏",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(64, 60, 4),
        goals=["完成塘尾骑楼街40间骑楼屋面防漏和排水沟清疏。"],
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "屋面防漏间数", "≥40间"),
        (None, "质量指标", "防漏工程验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", "2025年5月31日前"),
        (None, "成本指标", "单间防漏费用", "≤1.5万元/间"),
        ("效益指标", "社会效益指标", "雨季漏水报修次数", "≤10次"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(120, WAN), "B101", "error", note="120 ≠ 90 + 20")
    project_head(
        s,
        year=2025,
        name="塘尾骑楼商铺招租推介",
        dept=BUREAU,
        unit="榕滘县骑楼街区管理所",
        money=one_year(total, 90, 20),
        goals=["面向海外侨胞和本地创业者推介塘尾骑楼36间公房商铺。"],
        title="",
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "举办招租推介会场次", "≥4场"),
        (None, "质量指标", "推介商铺签约率",
         mk("36间", "T105", "error", note="a 签约率 given as a count")),
        (None, "时效指标", "招租完成时间", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "年租金收入", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "承租商户满意度", "≥90%"),
    ])  # fmt: skip
    return b
