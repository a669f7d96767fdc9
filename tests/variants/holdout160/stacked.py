"""Several one-year projects of one department stacked in one sheet, each with its own head
block and indicator table."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout160.common import H4, indicators, signature
from tests.variants.holdout160.registry import variant
from tests.variants.kit import Book, mk


@variant("nn09-health-two-projects", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same satisfaction indicator in both; correct")  # fmt: skip
def nn09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("青岚市白沙河区卫生健康局2027年度项目支出绩效目标表", 6)
    s.row("项目一", merge=[(1, 6)])
    project_head(
        s, year=2027, title="", name="适龄妇女两癌筛查项目",
        dept="青岚市白沙河区卫生健康局（213015）",
        unit="白沙河区妇幼保健院",
        money=[("年度资金总额", 90, "其中：财政拨款", 90), (None, None, "其他资金", 0)],
        goals=["完成适龄妇女宫颈癌、乳腺癌筛查6000人，筛查结果及时告知，受检妇女满意。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "两癌筛查人数", "≥6000人"),
        (None, "质量指标", "筛查质量控制合格率", "≥95%"),
        (None, "时效指标", "筛查结果告知时限", "≤15个工作日"),
        (None, "成本指标", "人均筛查成本", "≤150元/人"),
        ("效益指标", "社会效益指标", "妇女两癌防治知识知晓率", "≥85%"),
        (None, "可持续影响指标", "两癌筛查长效工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(
        s, year=2027, title="", name="老年人健康体检项目",
        dept="青岚市白沙河区卫生健康局（213015）",
        unit="白沙河区社区卫生服务中心",
        money=[("年度资金总额", 120, "其中：财政拨款", 110), (None, None, "其他资金", 10)],
        goals=["为辖区老年人免费健康体检20000人，体检报告及时反馈，老年人健康管理水平提高。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "老年人健康体检人数", "≥20000人"),
        (None, "质量指标", "体检项目完成率", "≥95%"),
        (None, "时效指标", "体检报告反馈时限", "≤10个工作日"),
        (None, "成本指标", "人均体检成本", "≤60元/人"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%"),
        (None, "可持续影响指标", "老年人健康管理服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2027, "沈若溪", "0571-8807 3342")
    return b


@variant("nn16-schools-part-over-whole", (2, 12), "two projects stacked in one sheet, NAT-2021, "
         "one value column: the second project's 财政拨款 above its 年度资金总额 and a deadline of "
         "the year before")  # fmt: skip
def nn16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("青岚市白沙河区教育局2027年度项目支出绩效目标表", 6)
    s.row("项目一", merge=[(1, 6)])
    project_head(
        s, year=2027, title="", name="中小学课后服务补助项目",
        dept="青岚市白沙河区教育局（213003）",
        unit="白沙河区教育局", attr="常年项目",
        money=[("年度资金总额", 240, "其中：财政拨款", 200), (None, None, "其他资金", 40)],
        goals=["为12000名中小学生提供课后服务，全区公办中小学全覆盖，有效缓解家长接送难问题。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "参加课后服务学生人数", "≥12000人"),
        (None, "质量指标", "公办中小学课后服务覆盖率", "=100%"),
        (None, "时效指标", "课后服务补助发放时间", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "生均课后服务补助", "≤200元/人"),
        ("效益指标", "社会效益指标", "家长接送难问题", "有效缓解"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(
        s, year=2027, title="", name="校园安防监控设备更新项目",
        dept="青岚市白沙河区教育局（213003）",
        unit="白沙河区教育技术装备中心", attr="一次性项目",
        money=[("年度资金总额",
                mk(45, "B101", "error", row=True, note="其中：财政拨款 50 + 其他资金 5 ≠ 45"),
                "其中：财政拨款", 50),
               (None, None, "其他资金", 5)],
        goals=["更新校园安防监控设备300套，2027年8月31日前完成安装调试，校园安全防范能力明显提升。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "更新安防监控设备套数", "≥300套"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间",
         mk(mk("2026年8月31日前", "Y102", "error", alt=("Y101", "Y103"),
               note="the year before the 2027 table; the goal says 2027年8月31日前"),
            "D104", "warning", required=False)),
        ("成本指标", "经济成本指标", "单套设备采购安装成本", "≤1500元/套"),
        ("效益指标", "社会效益指标", "校园安全防范能力", "明显提升"),
        (None, "可持续影响指标", "安防设备运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2027, "唐书砚", "0571-8809 2217")
    return b
