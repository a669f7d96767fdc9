"""Returns with the operator in its own column (比较符 / 度量单位 / 指标性质 / 指标方向), a
table starting in column C behind empty spacer columns, a two-line header."""

from __future__ import annotations

from tests.variants.holdout11.common import signatures, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("w12-rehab-operator-columns-ok", (1, 5, 10), "from column C, operator/unit/weight columns")
def w12() -> Book:
    """Correct: a rehabilitation subsidy from column C: 指标性质 as direction, 比较符 as symbol or
    words, percent cells with % also in the unit column, points in the tier labels matching
    the weights, a total of 90 because 预算执行率 is scored apart (the note says so)."""
    b = Book()
    s = b.sheet("项目绩效目标", widths=(2, 2, 16, 14, 26, 10, 10, 12, 12, 10))
    s.row("2027年度项目支出绩效目标表", col=3, merge=[(3, 10)])
    s.row("项目名称", "青溪县残疾儿童康复救助和辅具适配补助", None, None, "主管部门",
          "青溪县残疾人联合会", None, None, col=3, merge=[(4, 6), (8, 10)])  # fmt: skip
    s.row("实施单位", "青溪县残疾人康复中心", None, None, "项目类型", "延续项目", None, None,
          col=3, merge=[(4, 6), (8, 10)])  # fmt: skip
    s.row("计划开始日期", day(2027, 1, 1), None, None, "计划完成日期", day(2027, 12, 31), None,
          None, col=3, merge=[(4, 6), (8, 10)])  # fmt: skip
    s.row("项目资金", "年度资金总额", money(96.4, WAN), "财政拨款", money(90, WAN), "其他资金",
          money(6.4, WAN), None, col=3)  # fmt: skip
    s.row("年度目标", "为160名残疾儿童提供康复救助，为420名残疾人适配辅助器具，康复训练达标率"
          "不低于85%。", col=3, merge=[(4, 10)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "度量单位",
          "权重（分）", col=3)  # fmt: skip
    s.table([
        ("一、产出指标（50分）", "数量指标", "残疾儿童康复救助人数", "正向", "≥", 160, "人", 10),
        (None, None, "残疾人辅助器具适配", "正向", "大于等于", 420, "件", 10),
        (None, "质量指标", "康复训练达标率", "正向", "≥", pct(0.85), "%", 10),
        (None, None, "辅具适配符合率", "正向", "≥", pct(0.95), "%", 5),
        (None, "时效指标", "救助资金结算时限", "反向", "≤", 30, "日", 5),
        (None, "成本指标", "残疾儿童康复救助标准", "反向", "小于等于", 4000, "元/人", 10),
        ("二、效益指标（30分）", "社会效益指标", "残疾儿童康复服务覆盖率", "正向", "≥",
         pct(0.9), "%", 10),
        (None, None, "残疾人家庭照护负担", "定性", "定性", "有效减轻", None, 10),
        (None, "可持续影响指标", "康复服务体系", "定性", "定性", "逐步健全", None, 10),
        ("三、满意度指标（10分）", "服务对象满意度指标", "残疾人及家属满意度", "正向", "≥",
         pct(0.9), "%", 10),
    ], merged=(1, 2), col=3)  # fmt: skip
    wide(s, "注：预算执行率（10分）在绩效评价时另行考核，本表指标权重合计90分。", 3, 10)
    signatures(s, filled=(2026, 11, 11), names=("欧阳倩", "石林"), phone="0878-7402263", col=3)
    return b


@variant("w13-farm-safety-operator-columns-wrong", (6, 11, 13), "two-line header, 比较符 column")
def w13() -> Book:
    """A farm-produce safety project with a two-line header (指标值 over 比较符 / 数值 / 计量单位):
    a value whose unit conflicts with the unit column, a 反向 rate with ≥, a value without an
    indicator name."""
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 14, 28, 10, 10, 10, 10))
    s.title("2027年度项目支出绩效目标表", 7)
    s.row("项目名称", "大坪镇农产品质量安全监管能力提升", None, "主管部门", "云岭县农业农村局",
          None, None, merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("实施单位", "大坪镇农产品质量安全监管站", None, "项目期", "1年", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(58), "财政拨款", money(50), "其他资金",
          money(8))  # fmt: skip
    s.row("年度目标", "完成农产品快速检测3600批次，培训种养殖户和农资经营人员450人次，"
          "抽检合格率不低于98%。", merge=[(2, 7)])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标方向",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "比较符", "数值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "农产品快速检测批次", "≥", 3600, "批次", "正向"),
        (None, None, "开展农产品质量安全培训", "≥",
         mk("450户", "T112", "error", row=True, note="户 in the value, 人次 in the unit column"),
         "人次",
         "正向"),
        (None, "质量指标", "农产品质量安全抽检合格率", "≥", 98, "%", "正向"),
        (None, None,
         mk(None, "F110", "error", row=True, note="a value without an indicator name"), "≥",
         95, "%", "正向"),
        (None, "时效指标", "检测结果报送时限", "≤", 2, "个工作日", "反向"),
        (None, "成本指标", "单批次快速检测成本", "≤", 80, "元/批次", "反向"),
        ("效益指标", "社会效益指标", "农产品质量安全抽检不合格率",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), 2, "%", "反向"),
        (None, "可持续影响指标", "农产品质量安全追溯机制", "定性", "逐步完善", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "种养殖户满意度", "≥", 90, "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, filled=(2026, 11, 13), names=("王琴", "李德贵"), phone="0878-6642217")
    return b
