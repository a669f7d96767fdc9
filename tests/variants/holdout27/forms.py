"""Other forms of IT projects: a Shanghai-style table (一级目标/二级目标/三级目标, money in 元,
ASCII operators, 投入与管理 with its 预算执行率) and a project form whose 指标性质 column holds
the operator. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.holdout27.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money


@variant("ik17-shanghai-mobile-app-ok", (5, 7, 12), "project, Shanghai framework, money in 元")
def ik17() -> Book:
    """Correct: a Shanghai-style table of a district's 一网通办 mobile app. Money in 元 with the
    unit in the number format, 项目总预算 = 项目当年预算 for a one-year project; ASCII operators
    (``>=``, ``<=``, ``=100%`` at the ceiling); 预算执行率 under 投入与管理 (legitimate there)."""
    b = Book()
    s = b.sheet("绩效目标", widths=(16, 16, 30, 18, 18, 18))
    s.title("澜湾区2025年度财政项目支出绩效目标表", 6)
    s.row("项目名称", "澜湾区政务服务“一网通办”移动端运维", None, "项目类别", "经常性专项业务费",
          None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("主管部门", "澜湾区大数据中心", None, "项目起止日期", day(2025, 1, 1), day(2025, 12, 31),
          merge=[(2, 3)])  # fmt: skip
    s.row("项目总预算（元）", money(1286000, YUAN), None, "项目当年预算（元）",
          money(1286000, YUAN), None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度绩效目标", "保障“一网通办”移动端全年稳定运行，上线服务事项不少于1200项，"
          "移动端办件量占比达到40%以上。", merge=[(2, 6)])  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("投入与管理", "投入管理", "预算执行率", ">=95%", None),
            (None, "财务管理", "资金使用合规性", "合规", None),
            (None, "实施管理", "运维服务合同履约率", "=100%", None),
            (None, "资产管理", "软硬件资产登记率", "=100%", None),
            ("产出目标", "数量", "移动端上线服务事项", ">=1200项", None),
            (None, "质量", "移动端可用率", ">=99.9%", None),
            (None, "时效", "版本迭代发布周期", "<=30天", None),
            (None, "成本", "运维服务费", "<=1286000元", None),
            ("效果目标", "社会效益", "移动端办件量占比", ">=40%", None),
            (None, "满意度", "移动端用户满意度", ">=90%", None),
            ("影响力目标", "长效管理", "运维管理制度健全性", "健全", None),
            (None, "信息共享", "电子证照调用接口", ">=150个", None),
        ],
        merged=(1, 2),
    )
    return b


HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ik18-community-operator-column-wrong", (6, 11), "project, NAT-2021, 指标性质 as operator")
def ik18() -> Book:
    """A smart-community platform whose 指标性质 column holds the operator: a 及时率 given as a
    count, a 完好率 of 110 %, a complaint rate with ≥, and a tier-2 left from the template."""
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row("项目名称", "青枫市智慧社区综合服务平台建设", None, "主管部门及代码",
          "青枫市民政局 402", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("实施单位", "青枫市社区服务指导中心", None, "项目属性", "新增项目", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2025, 2, 1), "计划完成日期", day(2025, 12, 31))
    s.row("项目资金（万元）", "年度资金总额", money(336), "其中：财政拨款", money(336), None)
    s.row(None, "其他资金", money(0), None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "建成市级智慧社区综合服务平台，覆盖全市126个社区，实现社区事务线上"
          "办理、居民诉求一键上报。", merge=[(2, 6)])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "平台覆盖社区数量", "≥", 126, "个"),
            (None, None, "社区自助服务终端", "≥", 126, "台"),
            (None, "质量指标", "社区终端设备完好率", "≥", mk(110, "T106", "error"), "%"),
            (None, None, "平台可用率", "≥", 99.9, "%"),
            (None, "时效指标", "居民诉求处置及时率", "≥", mk(12, "T105", "error"), "次"),
            (None, None, "平台上线时间", "≤", "2025年10月31日", None),
            ("成本指标", "经济成本指标", "单个社区终端购置成本", "≤", 1.5, "万元/台"),
            ("效益指标", "社会效益指标", "社区事务线上办理率", "≥", 60, "%"),
            (
                None,
                None,
                "居民诉求投诉率",
                mk("≥", "T108", "warning", row=True),
                3,
                "%",
            ),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None, None),
            ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    return b
