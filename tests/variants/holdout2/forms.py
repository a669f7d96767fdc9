"""Project forms (§3.1) as offices fill them: dates and time limits as values, grades, word
operators of OLD-NAT forms, a two-row header with percent cells whose format carries the
operator (``"≥"0%``) and a points column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout2.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")


def one_year(total: float) -> list[tuple[object, ...]]:
    return [("年度资金总额", money(total), "其中：财政拨款", money(total)),
            ("其他资金", money(0.0), None, None)]  # fmt: skip


@variant(
    "k03-dates-grades",
    (11,),
    "project, NAT-2021, one value column and 指标值说明: deadlines as text and as a date "
    "cell, time limits in 工作日, grades from the state and direction families (correct)",
)
def k03() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(s, year=2025, name="馆藏档案数字化加工项目", dept="白沙河区档案馆（207001）",
                 unit="白沙河区档案馆", attr="一次性项目", money=one_year(48.0),
                 goals=["完成馆藏档案数字化扫描60万页、目录著录12万条，2025年10月底前完成加工，"
                        "12月中旬通过验收，提升档案利用服务能力。"])  # fmt: skip
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "馆藏档案数字化扫描页数", "≥60万页", ""),
        (None, None, "档案目录著录条目", "不少于12万条", ""),
        (None, "质量指标", "数字化成果验收合格率", "达到100%", "按行业标准抽检"),
        (None, "时效指标", "扫描加工完成时间", "2025年10月31日前", ""),
        (None, None, "成果验收时间",
         ok(day(2025, 12, 15, CN_DATE), note="a bare date under 时效 reads as a deadline"),
         "以验收报告日期为准"),
        (None, None, "查档申请响应时间", "不超过3个工作日", ""),
        ("成本指标", "经济成本指标", "每页数字化加工单价", "≤0.65元/页", "含扫描、图像处理"),
        ("效益指标", "社会效益指标", "档案利用服务能力", "明显提升", ""),
        (None, "可持续影响指标", "数字档案异地备份机制", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "窗口评价器统计"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "k09-oldnat-word-operators",
    (11,),
    "project, OLD-NAT (成本指标 under 产出), one value column, every operator in words "
    "(以上, 不少于, 内, 不高于, 控制在…以内) and grades (correct)",
)
def k09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 24, 16, 16))
    project_head(s, year=2025, name="农村公路日常养护项目", dept="临溪县交通运输局（119）",
                 unit="临溪县农村公路养护中心", attr="经常性项目", money=one_year(55.0),
                 goals=["完成40公里以上农村公路日常养护，路况优良率保持在80%以上，保障群众"
                        "安全便捷出行。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "农村公路日常养护里程", "40公里以上"),
        (None, None, "桥梁安全巡查次数", "不少于8次"),
        (None, "质量指标", "养护路段路况优良率", "80%以上"),
        (None, "时效指标", "路面坑槽修补时限", "发现后3天内"),
        (None, "成本指标", "每公里年养护成本", "不高于1.2万元/公里"),
        (None, None, "项目总成本", "控制在55万元以内"),
        ("效益指标", "社会效益指标", "群众出行条件", "持续改善"),
        (None, "可持续影响指标", "农村公路路长制管养机制", "长效运行"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "90%以上"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k11-two-row-header-percent", (1, 10),
         "project, NAT-2021, header over two rows (绩效指标 spanning 一级/二级/三级), percent "
         "cells whose number format carries the operator (\"≥\"0%), a bare 100% cell and a "
         "分值 column adding to 100 (correct)")  # fmt: skip
def k11() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表")
    project_head(s, year=2025, name="中小学心理健康教育服务项目", dept="青岚市教育局（301）",
                 unit="青岚市教育局", money=one_year(120.0),
                 goals=["完成全市中小学生心理健康筛查4.5万人，培训专兼职心理教师200人次，"
                        "高风险学生全部建档跟踪。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "指标值", "分值", "指标值说明", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ge = '"≥"0%'
    s.table([
        ("产出指标", "数量指标", "心理健康筛查学生人数", "≥4.5万人", 10, ""),
        (None, None, "专兼职心理教师培训", "≥200人次", 10, ""),
        (None, "质量指标", "心理健康筛查覆盖率", pct(0.95, ge), 10, "义务教育阶段学生"),
        (None, "时效指标", "年度筛查完成时间", "2025年11月30日前", 10, ""),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤18元/人", 10, ""),
        (None, None, "教师培训人均成本", "≤1500元/人次", 10, ""),
        ("效益指标", "社会效益指标", "高风险学生建档跟踪率", pct(1.0), 15, ""),
        (None, "可持续影响指标", "学校心理辅导室标准化建设覆盖率", pct(0.9, ge), 15, ""),
        ("满意度指标", "服务对象满意度指标", "学生和家长满意度", pct(0.9, ge), 10, "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k13-dates-outside-year", (8, 11),
         "one-year project, NAT-2021: an installation deadline in the next year, and a "
         "completion-time indicator given as 100%")  # fmt: skip
def k13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(s, year=2025, name="应急物资储备库设备购置项目",
                 dept="临溪县应急管理局（126）", unit="临溪县应急物资保障中心",
                 attr="一次性项目", money=one_year(68.0),
                 goals=["购置应急救援设备46台（套），年内完成采购、安装调试并投入使用，提升"
                        "突发事件应急物资保障能力。"])  # fmt: skip
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "购置应急救援设备", "≥46台（套）", ""),
        (None, "质量指标", "设备验收合格率", "=100%", ""),
        (None, "时效指标", "设备采购合同签订时间", "2025年6月30日前", ""),
        (None, None, "设备安装调试完成时间",
         mk("2026年3月底前", "Y102", "error", note="after the one-year project's end"), ""),
        (None, None, "项目完工时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage"), ""),
        ("成本指标", "经济成本指标", "设备购置总成本", "≤68万元", ""),
        ("效益指标", "社会效益指标", "突发事件应急物资保障能力", "明显提升", ""),
        (None, "可持续影响指标", "设备设计使用年限", "≥8年", ""),
        ("满意度指标", "服务对象满意度指标", "基层应急救援队伍满意度", "≥90%", ""),
    ], merged=(1, 2))  # fmt: skip
    return b
