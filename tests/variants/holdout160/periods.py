"""Multi-year project tables with 中期 and 年度 value columns (§3.1), one of them with two
complete column sets."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout160.common import indicators, signature
from tests.variants.holdout160.registry import variant
from tests.variants.kit import WAN, Book, mk, money

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("nn03-water-pipes-period-total", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns; the 年度目标 states the three-year total beside the year's share, =0起 in both "
         "columns; correct")  # fmt: skip
def nn03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="青岚市老旧供水管网改造项目",
        dept="青岚市水务局（411001）",
        unit="青岚市供排水事务中心", attr="新增项目",
        money=[("中期资金总额", money(5400, WAN), "年度资金总额", money(1800, WAN)),
               ("其中：财政拨款", money(4500, WAN), "其中：财政拨款", money(1500, WAN)),
               ("其他资金", money(900, WAN), "其他资金", money(300, WAN))],
        goals=["2027—2029年累计改造老旧供水管网36公里，惠及居民9000户，工程验收合格率100%，"
               "居民用水水压明显改善。",
               "按照三年累计改造36公里的总体安排，2027年改造老旧供水管网12公里，惠及居民3000户，"
               "工程验收合格率100%，全年无施工安全责任事故。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "改造老旧供水管网长度", "≥36公里", "≥12公里"),
        (None, None, "惠及居民户数", "≥9000户", "≥3000户"),
        (None, "质量指标", "管网工程验收合格率", "=100%", "=100%"),
        (None, None, "施工安全责任事故", "=0起", "=0起"),
        (None, "时效指标", "管网改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤150万元/公里", "≤150万元/公里"),
        ("效益指标", "社会效益指标", "居民用水水压", "明显改善", "有所改善"),
        (None, "可持续影响指标", "管网运维管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, 2027, "陆景行", "0571-8811 4620")
    return b


@variant("nn10-culture-squares-period-below", (8, 6), "two-year project, NAT-2021, a unit "
         "column before 中期 and 年度 columns: the 中期 count below the 年度 count, a 年度 value "
         "left empty")  # fmt: skip
def nn10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 26, 10, 16, 16))
    project_head(
        s, year=2027, years=2, name="临溪县村级文化广场建设项目",
        dept="临溪县文化广电和旅游局（318）",
        unit="临溪县文化馆", attr="新增项目",
        money=[("中期资金总额", 640, "年度资金总额", 320),
               ("其中：财政拨款", 560, "其中：财政拨款", 280),
               ("其他资金", 80, "其他资金", 40)],
        goals=["2027—2028年在全县行政村建设村级文化广场并配置文体器材，村民文体活动条件明显改善。",
               "2027年建设村级文化广场并配置文体器材，年底前完成年度建设任务并落实管护责任。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建村级文化广场", "个", "≥14",
         mk("≥20", "D201", "error", row=True, note="the two-year count 14 is below the year's 20")),
        (None, None, "配置文体器材", "套", "≥40", "≥20"),
        (None, "质量指标", "广场工程验收合格率", "%", "=100", "=100"),
        (None, "时效指标", "建设任务完成时间", None, "2028年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "单个文化广场建设成本", "万元/个", "≤16", "≤16"),
        ("效益指标", "社会效益指标", "村民文体活动参与度", None, "明显提升", "有所提升"),
        (None, "可持续影响指标", "文化广场管护责任落实率", "%", "=100",
         mk(None, "T101", "error", note="the 年度 value is left empty")),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


@variant("nn13-teacher-training-two-sets", (8, 7), "two-year project, NAT-2021, two complete "
         "column sets (二级/三级/指标值 for the 中期, then for the 年度); correct")  # fmt: skip
def nn13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", widths=(12, 14, 20, 16, 14, 20, 16))
    project_head(
        s, year=2026, years=2, name="中小学教师信息化教学能力提升培训项目",
        dept="青岚市教育局（405001）", unit="青岚市教师发展中心",
        money=[("中期资金总额", money(480, WAN), "年度资金总额", money(240, WAN)),
               ("其中：财政拨款", money(400, WAN), "其中：财政拨款", money(200, WAN)),
               ("其他资金", money(80, WAN), "其他资金", money(40, WAN))],
        goals=["2026—2027年培训中小学教师6000人次，开发信息化培训课程40门，培训考核合格率95%以上，"
               "教师信息化教学应用能力明显提升。",
               "2026年培训中小学教师3000人次，开发信息化培训课程20门，培训考核合格率95%以上。"],
    )  # fmt: skip
    s.row("绩效指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训教师人次", "≥6000人次", "数量指标", "培训教师人次",
         "≥3000人次"),
        (None, None, "开发信息化培训课程", "≥40门", None, "开发信息化培训课程", "≥20门"),
        (None, "质量指标", "培训考核合格率", "≥95%", "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2027年12月31日前", "时效指标",
         "年度培训任务完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次", "经济成本指标",
         "人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "教师信息化教学应用能力", "明显提升", "社会效益指标",
         "教师信息化教学应用能力", "有所提升"),
        (None, "可持续影响指标", "教师信息化培训体系", "健全", "可持续影响指标",
         "教师信息化培训体系", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "服务对象满意度指标",
         "参训教师满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("nn17-rural-roads-empty-dup", (8, 6, 10), "three-year project, NAT-2021, 中期 and "
         "年度 columns and a 备注 column: a 中期 value left empty, one name under 质量指标 and "
         "again under 可持续影响指标")  # fmt: skip
def nn17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="临溪县农村公路提档升级项目",
        dept="临溪县交通运输局（326）",
        unit="临溪县农村公路管理站", attr="新增项目",
        money=[("中期资金总额", money(2700, WAN), "年度资金总额", money(900, WAN)),
               ("其中：财政拨款", money(2400, WAN), "其中：财政拨款", money(800, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
        goals=["2027—2029年新改建农村公路60公里，改造危桥9座，农村群众出行条件明显改善。",
               "2027年新改建农村公路20公里，改造危桥3座，年底前完成年度建设任务。"],
    )  # fmt: skip
    indicators(s, (*H5, "备注"), [
        ("产出指标", "数量指标", "新改建农村公路里程", "≥60公里", "≥20公里", None),
        (None, None, "改造危桥座数",
         mk(mk(None, "T101", "error", note="the 中期 value is left empty"),
            "D104", "warning", required=False, note="the 中期目标 says 改造危桥9座"),
         "≥3座", "单座桥长不超过30米"),
        (None, "质量指标", "新改建公路管养责任落实率", "=100%", "=100%", None),
        (None, None, "交工验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "建设任务完成时间", "2029年12月31日前", "2027年12月31日前", None),
        ("成本指标", "经济成本指标", "每公里新改建成本", "≤40万元/公里", "≤40万元/公里",
         "不含危桥改造"),
        ("效益指标", "社会效益指标", "农村群众出行时间", "明显缩短", "有所缩短", None),
        (None, "经济效益指标", "沿线农产品运输成本", "有所降低", "有所降低", None),
        (None, "可持续影响指标",
         mk(mk("新改建公路管养责任落实率", "D101", "warning", row=True, alt=("D103",),
               note="the same indicator as under 质量指标"),
            "F201", "warning", row=True, required=False), "=100%", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    signature(s, 2027, "祝文彬", "0578-7230 6651")
    return b
