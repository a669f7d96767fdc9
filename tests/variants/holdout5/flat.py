"""Flat department lists (no tiers) from a township government and a middle school:
指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 in two different orders."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout5.common import signature
from tests.variants.holdout5.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

W = (26, 10, 12, 12, 14, 22)


@variant(
    "g01-flat-township-ok",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), bare numbers, weights add to 100, tasks add to 项目支出",
)
def g01() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("整体绩效目标", W)
    department_head(
        s, year=2026, dept="梧川县青石镇人民政府",
        budget=[(1286.40, 1206.40, 80.00, 846.40, 440.00)],
        tasks=[
            ("农村人居环境整治", "生活垃圾收运、户厕改造、村庄保洁", 180.00, "12个行政村环境整洁"),
            ("农村公路养护", "镇村道路日常养护和小修", 96.00, "路况良好、安全通行"),
            ("防汛抗旱", "物资储备、险情巡查处置", 64.00, "安全度汛"),
            ("社会救助服务", "低保、特困供养、临时救助", 100.00, "应保尽保、按时足额发放"),
            ("金额合计", None, 440.00, None),
        ],
        goal="保障镇机关正常运转；完成农村人居环境整治、道路养护、防汛抗旱和社会救助等重点工作，"
        "群众满意度保持在90%以上。",
        filled=day(2025, 11, 18, CN_DATE),
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值", "备注")
    s.table([
        ("农村生活垃圾集中收运覆盖率", 15, "%", "≥", 98, None),
        ("养护农村公路里程", 15, "公里", "≥", 126, "含村道"),
        ("改造农村户厕", 10, "户", "≥", 240, None),
        ("防汛物资储备到位率", 10, "%", "=", 100, None),
        ("汛期险情处置响应时间", 10, "小时", "≤", 2, None),
        ("低保金按月足额发放率", 10, "%", "=", 100, None),
        ("人均公用经费", 10, "元/人", "≤", 4500, "在编在岗人员"),
        ("群众信访事项按期办结率", 10, "%", "≥", 95, None),
        ("辖区群众满意度", 10, "%", "≥", 90, "抽样调查"),
    ])  # fmt: skip
    signature(s, filler="彭秀兰", checker="欧阳建", phone="0739-5261037",
              filled=day(2025, 11, 18, CN_DATE))  # fmt: skip
    return b


@variant(
    "g02-flat-school-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 with operator · 计量单位 · 权重 · 指标性质 as direction): a rate given as a "
    "count, a 反向 rate with ≥, weights adding to 95",
)
def g02() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    department_head(
        s, year=2026, dept="梧川县第二中学",
        budget=[(2368.50, 2208.50, 160.00, 1968.50, 400.00)],
        tasks=[
            ("学生营养改善", "农村学生营养餐补助", 180.00, "在校生营养餐全覆盖"),
            ("校舍维修", "教学楼屋面防水、围墙维修", 120.00, "消除校舍安全隐患"),
            ("教师培训", "校本研修、外出跟岗学习", 40.00, "提升教师专业能力"),
            ("教育信息化", "多媒体教室更新", 60.00, "教学设备满足需要"),
            ("金额合计", None, 400.00, None),
        ],
        goal="保障学校正常运转，落实学生资助和营养改善政策，改善办学条件，提升教育教学质量。",
    )  # fmt: skip
    s.row("绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "指标值", "计量单位", "权重", "指标性质", "备注")
    s.table([
        ("在校学生人数", "≥1850", "人", 10, "正向", None),
        ("营养餐供应天数", "≥180", "天", 10, "正向", None),
        ("教师培训完成率", mk("≥120", "T105", "error", row=True,
                             note="a 完成率 given as a count of 人次"), "人次", 10, "正向", None),
        ("中考合格率", "≥85", "%", 15, "正向", None),
        ("校舍安全隐患整改完成率", "=100", "%", 10, "正向", None),
        ("生均公用经费", "≤1100", "元/人", 10, "反向", None),
        ("家长投诉率", mk("≥3", "T108", "warning", row=True,
                         note="反向 rate with ≥ (should be ≤3%)"), "%", 5, "反向", None),
        ("学生体质健康测试达标率", "≥92", "%", 10, "正向", None),
        ("学生及家长满意度", "≥90", "%", 15, "正向", None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    signature(s, filler="龙海燕", checker="谭志明", phone="0739-5273318",
              filled=day(2025, 11, 21, CN_DATE))  # fmt: skip
    return b
