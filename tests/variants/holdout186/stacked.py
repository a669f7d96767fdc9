"""Two projects stacked in one sheet, each with its own head block and table (on04 correct; on17
with planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout186.common import (
    ONE,
    WIDTHS9,
    attachments,
    footer,
    indicators,
    instructions,
    project_head,
)
from tests.variants.holdout186.registry import variant
from tests.variants.kit import Book, mk

EIGHT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "备注")


@variant("on04-township-two-projects", (2,), "two one-year projects stacked in one sheet, "
         "OLD-NAT, 附件清单 first, unit names merged two rows high, hidden 上年指标值, spacer "
         "rows; the same 满意度 name with different values in the two projects")  # fmt: skip
def on04() -> Book:
    b = Book()
    attachments(b, "云岫镇2026年度项目申报附件清单", [
        ("人居环境整治实施方案", 1, None), ("农贸市场改造设计方案", 1, None),
    ])  # fmt: skip
    s = b.sheet("项目绩效目标", widths=WIDTHS9)
    project_head(
        s, 9, year=2026, name="镇村人居环境整治项目", dept="云岫镇人民政府",
        unit="云岫镇农业农村综合服务中心", leader="施宏", phone="0578-6641259",
        money=[("资金总额", 68.00), ("其中：财政拨款", 60.00), ("其他资金", 8.00)],
        goal=[("年度目标", "1.完成12个村庄人居环境整治；\n2.清理河塘沟渠40公里；\n"
               "3.建立村庄长效保洁机制。")],
    )  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "完成人居环境整治村庄", "≥", 12, "个", 10, None),
         (None, None, "清理河塘沟渠", "≥", 40, "公里", 35, None),
         (None, "质量指标", "整治村庄验收合格率", "≥", 95, "%", 95, "同上年"),
         (None, "时效指标", "整治任务完成时间", None, "2026年10月底前", None, None, None),
         (None, "成本指标", "村均整治补助", "≤", 4.5, "万元/个", 4.5, "同上年")],
        [("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥", 90, "%", 88, None),
         (None, "可持续影响指标", "村庄长效保洁机制", None, "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", 90, "同上年")],
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, 9, year=2026, name="镇级农贸市场提升改造项目", dept="云岫镇人民政府",
        unit="云岫镇经济发展办公室", leader="钱乐", phone="0578-6641372", attr="新增项目",
        money=[("资金总额", 42.00), ("其中：财政拨款", 30.00), ("其他资金", 12.00)],
        goal=[("年度目标", "1.完成2个农贸市场提升改造；\n2.新增规范化摊位160个。")],
    )  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "提升改造农贸市场", "≥", 2, "个", None, None),
         (None, None, "新增规范化摊位", "≥", 160, "个", None, None),
         (None, "质量指标", "改造工程验收合格率", "=", 100, "%", None, None),
         (None, "时效指标", "改造完成时间", None, "2026年9月底前", None, None, None),
         (None, "成本指标", "单个市场改造成本", "≤", 20, "万元/个", None, "按设计概算")],
        [("效益指标", "经济效益指标", "市场摊位出租率", "≥", 85, "%", None, None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 85, "%", None, None)],
    ], hidden=8)  # fmt: skip
    footer(s, 9, signer="施宏", checker="钱乐", head="卢建国", filled="2025年11月9日")
    return b


@variant("on17-village-two-projects-planted", (2, 11), "two one-year projects stacked, OLD-NAT, "
         "填报说明 first, operator and unit columns, spacer rows: = chosen in the operator column "
         "for a 满意度, the second project's sources missing its 资金总额")  # fmt: skip
def on17() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=(6, 14, 18, 30, 10, 12, 10, 16))
    project_head(
        s, 8, year=2026, name="乡村道路亮化项目", dept="青禾乡人民政府",
        unit="青禾乡村镇建设办公室", leader="吕志航", phone="0357-4416028",
        money=[("资金总额", 36.00), ("其中：财政拨款", 30.00), ("其他资金", 6.00)],
        goal=[("年度目标", "1.安装太阳能路灯300盏；\n2.村道夜间照明覆盖率达到90%以上。")],
    )  # fmt: skip
    indicators(s, EIGHT, [
        [("产出指标", "数量指标", "安装太阳能路灯", "≥", 300, "盏", None),
         (None, "质量指标", "路灯安装验收合格率", "≥", 95, "%", None),
         (None, "时效指标", "路灯安装完成时间", None, "2026年8月底前", None, None),
         (None, "成本指标", "单盏路灯综合成本", "≤", 1000, "元/盏", "按市场询价")],
        [("效益指标", "社会效益指标", "村道夜间照明覆盖率", "≥", 90, "%", None),
         (None, "可持续影响指标", "路灯管护责任", None, "落实", None, None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度",
          mk("=", "T107", "warning", row=True, note="= on a 满意度, ≥ meant"), 95, "%", None)],
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, 8, year=2026, name="乡村文化广场建设项目", dept="青禾乡人民政府",
        unit="青禾乡综合文化站", leader="孔雪", phone="0357-4416113", attr="新增项目",
        money=[("资金总额", mk(55.00, "B101", "error", row=True, note="45 + 5 = 50 ≠ 55")),
               ("其中：财政拨款", 45.00), ("其他资金", 5.00)],
        goal=[("年度目标", "1.建设村级文化广场3个；\n2.配套健身器材45件。")],
    )  # fmt: skip
    indicators(s, EIGHT, [
        [("产出指标", "数量指标", "建设村级文化广场", "≥", 3, "个", None),
         (None, None, "配套健身器材", "≥", 45, "件", None),
         (None, "质量指标", "广场工程验收合格率", "≥", 95, "%", None),
         (None, "时效指标", "广场建设完成时间", None, "2026年10月底前", None, None),
         (None, "成本指标", "单个广场建设成本", "≤", 15, "万元/个", None)],
        [("效益指标", "社会效益指标",
          mk("年开展群众文化活动", "F201", "warning", row=True,
             note="an output count (场) under 社会效益指标, as domain.md C6 flags"),
          "≥", 36, "场", None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", None)],
    ])  # fmt: skip
    footer(s, 8, signer="吕志航", checker="孔雪", head="包振东", filled="2025年11月13日")
    return b
