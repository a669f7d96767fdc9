"""Returns of the water-quality monitoring buoy network: kbh13–kbh18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout726.common import (
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout726.common import wan as w
from tests.variants.holdout726.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "梧溪县生态环境分局 417021"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kbh13-buoy-second-sheet",
    (1, 7),
    "project: head on the first sheet, the table on a "
    "second sheet under 考核指标 · 预期实现值; a goal total with its parts in brackets "
    "(correct)",
)
def buoy_second_sheet() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=YEAR,
        name="沙塘河流域水质自动监测浮标站建设项目",
        dept=DEPT,
        unit="梧溪县生态环境监测站",
        money=one_year(w(220), w(200), w(20)),
        goals=["新建水质监测浮标站12个（其中干流8个、支流4个），数据实时接入省级平台。"],
    )
    t = b.sheet("绩效指标", (14, 18, 30, 18, 20))
    t.title("沙塘河流域水质自动监测浮标站建设项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "干流浮标站建设数量", "≥8个", None),
        (None, None, "支流浮标站建设数量", "≥4个", None),
        (None, "质量指标", "监测数据传输有效率", pct(0.95), "按小时统计"),
        (None, "时效指标", "浮标站建成投运时间", "2025年9月30日前", None),
        (None, "成本指标", "单站建设成本", "≤18万元/个", "含设备及安装"),
        ("效益指标", "生态效益指标", "超标预警提前时间", "≥6小时", None),
        (None, "可持续影响指标", "监测数据接入省级平台", "是", None),
        ("满意度指标", "服务对象满意度指标", "流域管理部门满意度", "≥90%", None),
    ])  # fmt: skip
    sign(t, "柯望舒", "0736-5850391")
    return b


@variant(
    "kbh14-buoy-notes",
    (4,),
    "project, OLD-NAT, operator column in words and unit column: "
    "a 说明 row between tiers, the header repeated after a page break, 填表说明 and "
    "signatures below, 0起 on an incident count (correct)",
)
def buoy_notes() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="水质监测浮标站运行维护经费",
        dept=DEPT,
        unit="梧溪县生态环境监测站",
        money=one_year(w(68), w(68), w(0)),
        goals=["保障16个浮标站全年运行，数据有效率不低于90%。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "运维浮标站数量", "大于等于", 16, "个"),
        (None, None, "现场巡检次数", "大于等于", 384, "站次"),
        (None, "质量指标", "监测数据有效率", "大于等于", pct(0.9), None),
        (None, "时效指标", "故障修复时限", "小于等于", 48, "小时"),
        (None, "成本指标", "单站年运维成本", "小于等于", 4, "万元/站"),
    ])  # fmt: skip
    note(s, "说明：巡检次数按每站每月2次计。")
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "监测数据造假事件", "等于", 0, "起"),
        (None, "生态效益指标", "超标预警信息推送覆盖率", "大于等于", pct(0.95), None),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "大于等于", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值填数字，比较符填在“指标性质”列；2.金额单位为万元。")
    sign(s, "柯望舒", "0736-5850391", day(YEAR - 1, 12, 3))
    return b


@variant(
    "kbh15-buoy-stacked",
    (2,),
    "two projects stacked, NAT-2021, one value column: the "
    "same indicator names with different values in each project (correct)",
)
def buoy_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="浮标站备品备件采购",
        dept=DEPT,
        unit="梧溪县生态环境监测站",
        money=one_year(w(36), w(36), w(0)),
        goals=["采购多参数水质探头备件24套，保障浮标站数据有效率。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "水质探头备件采购数量", "≥24套"),
        (None, "质量指标", "监测数据有效率", pct(0.9)),
        ("成本指标", "经济成本指标", "探头备件单价", "≤1.5万元/套"),
        ("效益指标", "可持续影响指标", "浮标站停机时长下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="浮标数据实验室比对监测",
        dept=DEPT,
        title="",
        unit="梧溪县生态环境监测站",
        money=one_year(w(18), w(18), w(0)),
        goals=["每季度对浮标站数据开展一次实验室比对，全年4次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "实验室比对监测次数", "≥4次"),
        (None, "质量指标", "监测数据有效率", pct(0.95)),
        ("成本指标", "经济成本指标", "单次比对监测成本", "≤4.5万元/次"),
        ("效益指标", "社会效益指标", "比对结果公开率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kbh16-buoy-copied-counts",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: two "
    "counts copied into 年度, a deadline after the period",
)
def buoy_copied_counts() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="芦荡湾水质浮标监测网建设项目",
        dept="鹤汀区生态环境局 508130",
        unit="鹤汀区环境监测中心",
        money=multi_year((w(520), w(480), w(40)), (w(300), w(280), w(20))),
        goals=[
            "两年建成浮标站20个，培训运维人员60人次，2026年底前完成验收。",
            "2025年建成浮标站12个，培训运维人员30人次。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "浮标站建设数量", "≥20个",
         mk("≥20个", "D202", "warning", note="年度照抄中期，年度目标写12个")),
        (None, None, "运维人员培训人次", "≥60人次",
         mk("≥60人次", "D202", "warning", note="年度照抄中期，年度目标写30人次")),
        (None, "质量指标", "数据传输有效率", "≥95%", "≥95%"),
        (None, "时效指标", "浮标网验收完成时间", "2026年12月31日前",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",), note="在两年项目期之后")),
        ("成本指标", "经济成本指标", "单站建设成本", "≤20万元/个",
         ok("≤20万元/个", "warning", note="照抄的20个站 × 20万元超过年度资金，源于D202")),
        ("效益指标", "生态效益指标", "重点水域监测覆盖率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "流域管理部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮清禾", "0758-6630285")
    return b


@variant(
    "kbh17-buoy-old-dates",
    (4, 7),
    "project, OLD-NAT, header 指标内容 · 绩效标准: plan dates "
    "left from last year, a count below the goal's, one indicator twice",
)
def buoy_old_dates() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鹭港河浮标站运维服务采购",
        dept="鹤汀区生态环境局 508130",
        unit="鹤汀区环境监测中心",
        money=one_year(w(96), w(96), w(0)),
        start=day(YEAR - 1, 1, 1),
        end=day(YEAR - 1, 12, 31),
        goals=["全年运维鹭港河浮标站24个，数据传输有效率不低于95%。"],
    )
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="标题为2025年度，计划起止日期却是2024年1月1日至12月31日",
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "运维浮标站数量",
         mk("≥20个", "D104", "warning", note="年度目标写运维浮标站24个")),
        (None, "质量指标", "数据传输有效率", pct(0.95)),
        (None, None, "浮标设备完好率", pct(0.95)),
        (None, None, "数据传输有效率",
         mk(pct(0.95), "D101", "warning", row=True, alt=("D103",), note="与上两行的指标重复")),
        (None, "时效指标", "故障响应时间", "≤24小时"),
        (None, "成本指标", "单站年运维费用", "≤4万元/站"),
        ("效益指标", "生态效益指标", "断面水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮清禾", "0758-6630285")
    return b


@variant(
    "kbh18-buoy-flat-example",
    (3, 6),
    "department, flat list with weights: the template's "
    "example row left in, a comparison count below the goal's",
)
def buoy_flat_example() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="梧溪县生态环境监测站",
        budget=[(w(420), w(400), w(20), w(310), w(110))],
        goal="运维浮标站16个，全年开展实验室比对监测4次，发布水质月报12期。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("运维浮标站数量", 20, "个", "≥", 16),
        ("实验室比对监测次数", 15, "次", "≥",
         mk(2, "D104", "warning", row=True, note="年度总体目标写比对监测4次")),
        ("水质月报发布期数", 15, "期", "≥", 12),
        ("示例：XX活动参与人次", None, "人次", "≥",
         mk("**", "X101", "error", row=True, note="模板的示例行没有删除")),
        ("监测数据有效率", 20, "%", "≥", 90),
        ("故障修复时限", 10, "小时", "≤", 48),
        ("数据使用单位满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "柯望舒", "0736-5850391")
    return b
