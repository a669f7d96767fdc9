"""Multi-year projects exported from the system: either 中期指标值 and 年度指标值 side by side
under a merged 指标值 header (table from column C), or one value column with a 年度/中期 flag
and each indicator on two rows; 资金来源 with a 实施期 line and a 年度 line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout9.export import (
    AMT,
    indicators,
    kv,
    sign,
    sources2,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, ok, pct

TOP_B = ("指标编码", "绩效指标", None, None, "指标值", None, "计量单位", "指标方向")
BOTTOM_B = (None, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", None, None)
TOP_C = ("指标编码", "绩效指标", None, None, "年度/中期", "指标值", None, None)
BOTTOM_C = (None, "一级指标", "二级指标", "三级指标", None, "比较符", "目标值", "计量单位")


def head(s: Sheet, col: int, *, code: str, name: str, dept: str, unit: str, years: int,
         start: Any, end: Any, period: Sequence[float], annual: Sequence[float],
         goals: tuple[str, str]) -> None:  # fmt: skip
    """Title, key/value head, 资金来源 for both periods and the two goal texts (8 columns)."""
    title(s, "2025年度项目支出绩效目标表", col, 8)
    s.row(*([None] * 7), "金额单位：元", col=col)
    kv(s, col, [("项目代码", code), ("项目名称", name), ("主管部门", dept), ("实施单位", unit),
                ("项目类别", "新增项目"), ("项目期", f"{years}年"),
                ("计划开始日期", start), ("计划完成日期", end)], 8)  # fmt: skip
    sources2(s, col, [yuan(v) for v in period], [yuan(v) for v in annual])
    text_line(s, col, f"中期绩效目标（2025—{2024 + years}年）", goals[0], 8)
    text_line(s, col, "年度绩效目标（2025年）", goals[1], 8)


@variant("r03-period-columns-ok", (8, 12), "three-year project export from column C, NAT-2021, "
         "中期/年度 value columns under a merged 指标值 header, cumulative counts smaller in the "
         "year, rates and unit costs equal, deadlines within the period")  # fmt: skip
def r03() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", (3, 3, 12, 12, 14, 28, 20, 20, 12, 10))
    head(s, 3, code="361134250000000700045", name="霁川河中小河流治理工程（2025—2027年）",
         dept="霁川县水利局", unit="霁川县河道管理站", years=3, start=day(2025, 3, 1),
         end=day(2027, 12, 31), period=(48000000, 12000000, 6000000, 28000000, 2000000),
         annual=(18500000, 4500000, 2000000, 11000000, 1000000), goals=(
             "目标1：2025—2027年治理霁川河干支流河道18公里，新建加固堤防12公里；目标2：治理河段"
             "防洪标准达到20年一遇，受益人口5.2万人；目标3：沿河群众满意度达到90%以上。",
             "目标1：2025年完成河道治理6公里、堤防新建加固4公里；目标2：年度受益人口1.8万人；"
             "目标3：沿河群众满意度达到90%以上。"))  # fmt: skip
    full = "the ceiling without an operator: a reviewer shrugs"
    indicators(s, 3, [
        ("SL03001", "产出指标", "数量指标", "河道治理长度", "≥18", "≥6", "公里", "正向"),
        ("SL03002", None, None, "新建加固堤防长度", "≥12", "≥4", "公里", "正向"),
        ("SL03003", None, "质量指标", "工程验收合格率", ok(pct(1), note=full),
         ok(pct(1), note=full), "%", "正向"),
        ("SL03004", None, "时效指标", "阶段性工程完工时间", "2027年12月31日前",
         "2025年12月31日前", None, "反向"),
        ("SL03005", "成本指标", "经济成本指标", "每公里综合治理成本", "≤2600000", "≤2600000",
         "元/公里", "反向"),
        ("SL03006", "效益指标", "社会效益指标", "防洪标准", "≥20", "≥20", "年一遇", "正向"),
        ("SL03007", None, None, "受益人口", "≥52000", "≥18000", "人", "正向"),
        ("SL03008", None, "生态效益指标", "治理河段水质", "达到Ⅲ类", "达到Ⅲ类", None, "正向"),
        ("SL03009", None, "可持续影响指标", "工程设计使用年限", "≥30", "≥30", "年", "正向"),
        ("SL03010", "满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%", "%",
         "正向"),
    ], top=TOP_B, bottom=BOTTOM_B, merged=(2, 3))  # fmt: skip
    sign(s, 3, "曹文博", "夏一鸣", "0794-3351626", day(2024, 11, 12))
    return b


@variant("r04-period-columns-copied", (8, 9), "three-year project export from column C, NAT-2021, "
         "中期/年度 value columns: two cumulative counts copied from 中期 into 年度, an annual "
         "count above its period count, a malformed threshold ≥≤90%")  # fmt: skip
def r04() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", (3, 3, 12, 12, 14, 28, 20, 20, 12, 10))
    head(s, 3, code="361128250000000800390", name="枫岭县数字乡村建设项目（2025—2027年）",
         dept="枫岭县农业农村局", unit="枫岭县农业信息中心", years=3, start=day(2025, 1, 1),
         end=day(2027, 12, 31), period=(9600000, 6000000, 0, 3000000, 600000),
         annual=(3200000, 2000000, 0, 1000000, 200000), goals=(
             "目标1：2025—2027年实现120个行政村光纤网络覆盖，建设益农信息社60个；目标2：培训农民"
             "数字技能3000人次以上；目标3：农户满意度达到90%以上。",
             "目标1：2025年启动数字乡村基础设施建设，推进光纤网络和益农信息社建设；目标2：开展"
             "农民数字技能培训；目标3：农户满意度达到90%以上。"))  # fmt: skip
    copied = "a cumulative count of a three-year project copied from 中期 into 年度"
    indicators(s, 3, [
        ("NY04001", "产出指标", "数量指标", "行政村光纤网络覆盖数量", "≥120",
         mk("≥120", "D202", "warning", note=copied), "个", "正向"),
        ("NY04002", None, None, "益农信息社建设数量", "≥60",
         mk("≥60", "D202", "warning", note=copied), "个", "正向"),
        ("NY04003", None, None, "农民数字技能培训人次", "≥3000",
         mk("≥4500", "D201", "error", note="annual 4500 above the period's 3000"), "人次",
         "正向"),
        ("NY04004", None, "质量指标", "信息系统运行正常率", "≥90%",
         mk("≥≤90%", "T116", "warning", alt=("D203",), note="two operators"), "%", "正向"),
        ("NY04005", None, "时效指标", "建设任务完成时间", "2027年12月31日前",
         "2025年12月31日前", None, "反向"),
        ("NY04006", "成本指标", "经济成本指标", "益农信息社单点建设成本", "≤40000", "≤40000",
         "元/个", "反向"),
        ("NY04007", "效益指标", "经济效益指标", "农产品网络销售额增长率", "≥15%", "≥5%", "%",
         "正向"),
        ("NY04008", None, "社会效益指标", "村级事务线上办理覆盖率", "≥80%", "≥50%", "%",
         "正向"),
        ("NY04009", None, "可持续影响指标", "数字乡村运维机制", "健全", "健全", None, "正向"),
        ("NY04010", "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%", "%",
         "正向"),
    ], top=TOP_B, bottom=BOTTOM_B, merged=(2, 3))  # fmt: skip
    sign(s, 3, "黎晓芸", "程国栋", "0793-2247718", day(2024, 11, 15))
    return b


def pairs(rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Each (code, tier-1, tier-2, name, op, 中期, 年度, unit) as two rows, 中期 then 年度: the
    export's one value column with a 年度/中期 flag (tiers merged over both rows)."""
    out: list[tuple[Any, ...]] = []
    for code, t1, t2, name, op, period, annual, unit in rows:
        out.append((code, t1, t2, name, "中期", op, period, unit))
        out.append((code, None, None, name, "年度", op, annual, unit))
    return out


@variant("r05-period-flag-ok", (7, 8, 12), "two-year project export, NAT-2021, one value column "
         "with a 年度/中期 flag column and each indicator on two rows with the same 指标编码, "
         "operators in words, dates as dates, 资金来源 for both periods adding up")  # fmt: skip
def r05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (3, 12, 12, 14, 26, 10, 12, 14, 12))
    head(s, 2, code="361130250000000900018", name="澄川区老旧小区改造项目（2025—2026年）",
         dept="澄川区住房和城乡建设局", unit="澄川区城市更新服务中心", years=2,
         start=day(2025, 1, 1), end=day(2026, 12, 31),
         period=(96000000, 30000000, 16000000, 50000000, 0),
         annual=(56000000, 18000000, 8000000, 30000000, 0), goals=(
             "目标1：2025—2026年改造老旧小区24个，惠及居民5200户；目标2：工程质量验收合格率"
             "100%；目标3：居民满意度达到90%以上。",
             "目标1：2025年改造老旧小区14个，惠及居民3000户；目标2：工程质量验收合格率100%；"
             "目标3：居民满意度达到90%以上。"))  # fmt: skip
    ge, eq, le = "大于等于", "等于", "小于等于"
    indicators(s, 2, pairs([
        ("ZJ05001", "产出指标", "数量指标", "改造老旧小区数量", ge, 24, 14, "个"),
        ("ZJ05002", None, None, "惠及居民户数", ge, 5200, 3000, "户"),
        ("ZJ05003", None, "质量指标", "工程质量验收合格率", eq, pct(1), pct(1), "%"),
        ("ZJ05004", None, "时效指标", "改造任务完工时间", le, day(2026, 12, 31),
         day(2025, 12, 31), None),
        ("ZJ05005", "成本指标", "经济成本指标", "户均改造成本", le, C(18000, AMT),
         C(18000, AMT), "元/户"),
        ("ZJ05006", "效益指标", "社会效益指标", "小区基础设施完善程度", "定性", "显著改善",
         "有效改善", None),
        ("ZJ05007", None, "可持续影响指标", "小区长效管理机制建立率", ge, pct(0.9), pct(0.8),
         "%"),
        ("ZJ05008", "满意度指标", "服务对象满意度指标", "居民满意度", ge, pct(0.9), pct(0.9),
         "%"),
    ]), top=TOP_C, bottom=BOTTOM_C, merged=(2, 3))  # fmt: skip
    sign(s, 2, "潘书瑶", "冯德明", "0796-5539021", day(2024, 11, 22))
    return b


@variant("r06-period-flag-defects", (1, 8), "two-year project export, NAT-2021, one value column "
         "with a 年度/中期 flag: an annual count above the period's, a count copied from 中期, "
         "a 合格率 of 105% stored as 1.05")  # fmt: skip
def r06() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (3, 12, 12, 14, 26, 10, 12, 14, 12))
    head(s, 2, code="361132250000001000062", name="桐阜县职业技能提升行动项目（2025—2026年）",
         dept="桐阜县人力资源和社会保障局", unit="桐阜县就业创业服务中心", years=2,
         start=day(2025, 1, 1), end=day(2026, 12, 31),
         period=(12000000, 4000000, 0, 7000000, 1000000),
         annual=(6500000, 2000000, 0, 4000000, 500000), goals=(
             "目标1：2025—2026年开展补贴性职业技能培训6000人次，新增取得职业资格证书3600人；"
             "目标2：培训后就业率达到70%以上；目标3：参训人员满意度达到90%以上。",
             "目标1：2025年开展补贴性职业技能培训，推动参训人员取证就业；目标2：参训人员满意度"
             "达到90%以上。"))  # fmt: skip
    ge, le = "大于等于", "小于等于"
    rows = pairs([
        ("RS06001", "产出指标", "数量指标", "补贴性职业技能培训人次", ge, 6000,
         mk(6500, "D201", "error", row=True, note="annual 6500 above the period's 6000"), "人次"),
        ("RS06002", None, None, "新增取得职业资格证书人数", ge, 3600,
         mk(3600, "D202", "warning", row=True, note="a cumulative count copied into 年度"),
         "人"),
        ("RS06003", None, "质量指标", "培训合格率", ge, pct(0.9),
         mk(pct(1.05), "T106", "error", note="shown as 105%"), "%"),
        ("RS06004", None, "时效指标", "补贴资金发放时限", le, 30, 30, "个工作日"),
        ("RS06005", "成本指标", "经济成本指标", "人均培训补贴标准", le, C(1000, AMT),
         C(1000, AMT), "元/人次"),
        ("RS06006", "效益指标", "社会效益指标", "培训后就业率", ge, pct(0.7), pct(0.65), "%"),
        ("RS06007", None, "可持续影响指标", "技能人才培养机制", "定性", "健全", "健全", None),
        ("RS06008", "满意度指标", "服务对象满意度指标", "参训人员满意度", ge, pct(0.9),
         pct(0.9), "%"),
    ])  # fmt: skip
    indicators(s, 2, rows, top=TOP_C, bottom=BOTTOM_C, merged=(2, 3))
    sign(s, 2, "邹明轩", "谢婉清", "0797-6604452", day(2024, 11, 26))
    return b
