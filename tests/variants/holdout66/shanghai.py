"""Shanghai-style project returns (money in 元, a prior-year block, 一级目标 … 三级目标)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout66.common import footer
from tests.variants.holdout66.registry import variant
from tests.variants.kit import YUAN, Book, C, Sheet, day, mk, pct

HEAD_SH = ("一级目标", "二级目标", "三级目标", "比较符", "指标目标值", "度量单位")


def sh_head(s: Sheet, *, name: str, dept: str, unit: str, total: Any, annual: Any,
            prior: Any, spent: Any, plan: str, goal: str) -> None:  # fmt: skip
    s.title("2026年度财政项目支出绩效目标表", 6)
    s.row("项目名称", name, None, "项目类别", "经常性专项业务费", None, merge=[(2, 3), (5, 6)])
    s.row("主管部门", dept, None, "项目实施单位", unit, None, merge=[(2, 3), (5, 6)])
    s.row("项目起止时间", day(2026, 1, 1), "至", day(2026, 12, 31), "项目负责人", "见附表")
    s.row("项目总预算（元）", total, None, "项目当年预算（元）", annual, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("本项目上年度市级财政资金使用情况", None, None, None, None, None, merge=[(1, 6)])
    s.row("同名项目上年预算额（元）", prior, None, "上年预算执行数（元）", spent, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目实施计划", plan, merge=[(2, 6)])
    s.row("年度绩效目标", goal, merge=[(2, 6)])
    s.row(*HEAD_SH)


def yuan(v: float) -> C:
    return C(v, YUAN)


@variant("jx04-shanghai-prior-year", (12,), "Shanghai project in 元, prior-year block executed "
         "below its budget, 比较符 column (correct)")  # fmt: skip
def jx04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    sh_head(s, name="社区青少年心理健康服务项目", dept="浦汇区教育局",
            unit="浦汇区青少年心理健康指导中心", total=yuan(1_836_000), annual=yuan(1_836_000),
            prior=yuan(1_790_000), spent=yuan(1_742_380),
            plan="1—3月招募培训心理咨询志愿者；4—11月在42个社区开展团体辅导和个体咨询；"
                 "12月完成年度总结评估。",
            goal="在42个社区开展青少年心理健康团体辅导不少于336场，个体咨询不少于2600人次，"
                 "危机个案转介及时率100%。")  # fmt: skip
    s.table([
        ("投入与管理", "财务管理", "资金使用合规性", "=", "合规", None),
        (None, None, "预算执行率", "≥", pct(0.95), "%"),
        (None, "实施管理", "项目实施方案完备性", "=", "完备", None),
        (None, "资产管理", "心理测评设备登记入账率", "=", pct(1), "%"),
        ("产出目标", "数量", "覆盖社区", "≥", 42, "个"),
        (None, None, "团体辅导场次", "≥", 336, "场"),
        (None, None, "个体心理咨询", "≥", 2600, "人次"),
        (None, "质量", "咨询师持证上岗率", "=", pct(1), "%"),
        (None, None, "个案档案规范率", "≥", pct(0.95), "%"),
        (None, "时效", "危机个案转介及时率", "=", pct(1), "%"),
        (None, "成本", "团体辅导单场成本", "≤", 2800, "元/场"),
        ("效果目标", "社会效益", "青少年心理健康知识知晓率", "≥", pct(0.85), "%"),
        (None, None, "心理危机事件发生数", "≤", 2, "起"),
        (None, "满意度", "服务对象满意度", "≥", pct(0.9), "%"),
        ("影响力目标", "长效管理", "社区心理服务站点运行机制", "=", "健全", None),
        (None, "人力资源", "培训心理咨询志愿者", "≥", 120, "人"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "沈可", "021-56031877", 2025, 12, 2)
    return b


@variant("jx10-shanghai-exec-above-budget", (12,), "Shanghai project in 元: last year's "
         "spending above last year's budget")  # fmt: skip
def jx10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    sh_head(s, name="老年助餐点运营补贴项目", dept="静溪区民政局",
            unit="静溪区养老服务发展中心", total=yuan(2_460_000), annual=yuan(2_460_000),
            prior=yuan(2_380_000),
            spent=mk(yuan(2_412_600), "B104", "warning",
                     note="spent 2,412,600 above the budget 2,380,000"),
            plan="全年对辖区28个社区老年助餐点按实际供餐量给予运营补贴，每季度核拨一次。",
            goal="支持28个老年助餐点正常运营，全年供餐不少于41万客次，"
                 "食品安全抽检合格率100%。")  # fmt: skip
    s.table([
        ("投入与管理", "财务管理", "补贴资金核拨规范性", "=", "规范", None),
        (None, "实施管理", "助餐点运营监管制度", "=", "健全", None),
        ("产出目标", "数量", "补贴助餐点", "≥", 28, "个"),
        (None, None, "全年供餐", "≥", 41, "万客次"),
        (None, None, "开展食品安全检查", "≥", 112, "次"),
        (None, "质量", "食品安全抽检合格率", "=", pct(1), "%"),
        (None, "时效", "补贴季度核拨及时率", "=", pct(1), "%"),
        (None, "成本", "每客次运营补贴标准", "≤", 6, "元/客次"),
        ("效果目标", "社会效益", "辖区80岁以上老人助餐服务覆盖率", "≥", pct(0.6), "%"),
        (None, None, "助餐点食品安全投诉办结率", "=", pct(1), "%"),
        (None, "满意度", "就餐老人满意度", "≥", pct(0.9), "%"),
        ("影响力目标", "长效管理", "助餐点星级评定机制", "=", "建立并执行", None),
        (None, "信息共享", "助餐数据接入区养老服务平台率", "=", pct(1), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "陆文洁", "021-62170348", 2025, 12, 5)
    return b
