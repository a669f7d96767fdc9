"""Rural drinking water quality monitoring: department returns, flat lists, a second sheet and
a budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout876.common import (
    VAL_HEAD,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout876.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

CDC = "枫塘县疾病预防控制中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("khb07-department-typed-percent", (1, 12),
         "department, NAT-2021, tasks adding to 金额合计, typed percent cells, a goal's count "
         "split into its parts (correct)")  # fmt: skip
def department_typed_percent() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=CDC,
                    budget=[(wan(860), wan(800), wan(60), wan(610), wan(250))],
                    tasks=[("农村饮水水质监测", "枯水期、丰水期采样检测", wan(96), "完成监测任务"),
                           ("公共卫生监测", "传染病及病媒监测", wan(154), "按方案完成"),
                           ("金额合计", None, wan(250), None)],
                    goal="完成全县农村集中式供水工程水质监测，枯水期、丰水期各采样210份"
                         "（共420份），及时通报超标结果。")  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "农村供水工程水样采集检测份数", "≥420份"),
        (None, None, "监测覆盖乡镇数", "≥14个"),
        (None, "质量指标", "水样检测质控合格率", pct(0.98)),
        (None, "时效指标", "超标结果通报及时率", pct(1)),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤0.15万元/份"),
        ("效益指标", "社会效益指标", "农村饮水水质达标率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "乡镇供水管理单位满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "覃雅琴", "0772-6613902", (YEAR - 1, 11, 20))
    return b


@variant("khb08-department-tasks-goal", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a goal count the indicator "
         "contradicts, a timeliness rate under 质量")  # fmt: skip
def department_tasks_goal() -> Book:
    b, s = start("部门整体")
    total = mk(wan(180), "B102", "error", note="任务金额 72 + 96 = 168 ≠ 金额合计 180")
    department_head(s, year=YEAR, dept="枫塘县水利局",
                    budget=[(wan(640), wan(600), wan(40), wan(460), wan(180))],
                    tasks=[("农村饮水水质巡检", "水厂出厂水及末梢水巡检", wan(72), "覆盖全县"),
                           ("小水厂规范化管理", "消毒设施运行督导", wan(96), "运行规范"),
                           ("金额合计", None, total, None)],
                    goal="对全县14个乡镇的农村供水工程开展水质巡检，督导小水厂规范消毒。",
                    )  # fmt: skip
    towns = mk("≥12个", "D104", "warning", row=True, note="总体目标写14个乡镇，指标却是12个")
    late = mk("巡检报告出具及时率", "F201", "warning", row=True,
              note="及时率是时效指标，填在质量指标下")  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "水质巡检覆盖乡镇数", towns),
        (None, None, "督导小水厂数量", "≥40座"),
        (None, "质量指标", "巡检水样检测合格率", "≥95%"),
        (None, None, late, "≥95%"),
        (None, "时效指标", "巡检任务完成时间", "2025年11月底前"),
        ("成本指标", "经济成本指标", "单座水厂督导成本", "≤2万元/座"),
        ("效益指标", "社会效益指标", "小水厂消毒设施正常运行率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("khb09-flat-monitoring", (3, 10),
         "department, flat list (名称 · 权重 · 单位 · 指标性质 as operator · 值), weights 100, "
         "a 下降率 with ≥, 百分点 (correct)")  # fmt: skip
def flat_monitoring() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="枫塘县卫生健康局",
                    budget=[(wan(420), wan(400), wan(20), wan(300), wan(120))],
                    goal="开展农村饮水卫生监督监测，水样检测不少于380份，水质超标问题全部跟踪复检。",
                    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("农村饮水水样检测份数", 20, "份", "≥", 380),
        ("超标水样复检率", 15, "%", "=", 100),
        ("水质超标率下降率", 15, "%", "≥", 10),
        ("农村饮水水质达标率提高", 15, "百分点", "≥", 1.5),
        ("检测报告出具时限", 10, "工作日", "≤", 15),
        ("单份水样检测成本", 10, "元/份", "≤", 1500),
        ("供水单位满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "黎安平", "0772-6613518", (YEAR - 1, 11, 26))
    return b


@variant("khb10-flat-duplicate-lastyear", (3,),
         "department, flat list: a conflicting duplicate, a deadline left over from "
         "last year")  # fmt: skip
def flat_duplicate_lastyear() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="枫塘县疾病预防控制中心芦湾分中心",
                    budget=[(wan(150), wan(150), wan(0), wan(110), wan(40))],
                    goal="完成辖区末梢水采样点监测，及时上报监测数据。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    twice = mk("末梢水采样点数", "D102", "error", row=True, alt=("D101",),
               note="与上面的“末梢水采样点数”同一指标，值不同（36 / 48）")  # fmt: skip
    stale = mk(day(YEAR - 1, 4, 30, CN_DATE), "Y102", "error", alt=("Y103", "Y101"),
               note="2025年的表，枯水期采样时限却是2024年4月30日（上年遗留）")  # fmt: skip
    s.table([
        ("末梢水采样点数", 20, "个", "≥", 36),
        ("水样检测合格率", 15, "%", "≥", 95),
        ("枯水期采样完成时限", 15, None, "≤", stale),
        (twice, 15, "个", "≥", 48),
        ("监测数据上报及时率", 15, "%", "≥", 95),
        ("服务对象满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("khb11-second-sheet-notes", (4, 7),
         "project, OLD-NAT: head on the first sheet, table on a second under 考核指标 and "
         "预期实现值, note rows, a footnote explaining a total, signature lines "
         "(correct)")  # fmt: skip
def second_sheet_notes() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="农村饮用水水源地及末梢水水质监测",
                 dept="枫塘县卫生健康局（305）", unit=CDC,
                 money=one_year(wan(75), wan(70), wan(5)),
                 goals=["对全县42处农村集中式供水工程开展枯水期、丰水期两轮监测，"
                        "每轮每处采样5份（共420份），结果按月通报。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 18))
    t.title("2025年度项目绩效指标", 4)
    t.row("一级指标", "二级指标", "考核指标", "预期实现值")
    t.row("填表说明：指标值应可量化考核，定性指标写明等级。", merge=[(1, 4)])
    t.table([
        ("产出指标", "数量指标", "监测供水工程数量", "≥42处"),
        (None, None, "水样采集检测份数", "≥420份"),
        (None, "质量指标", "实验室能力验证合格率", "=100%"),
        (None, "时效指标", "检测结果通报周期", "≤1个月"),
        (None, "成本指标", "单份水样检测费用", "≤0.17万元/份"),
    ], merged=(1, 2))  # fmt: skip
    t.row("一级指标", "二级指标", "考核指标", "预期实现值")
    t.table([
        ("效益指标", "社会效益指标", "超标工程整改督办率", "=100%"),
        (None, "可持续影响指标", "水质监测信息公开", "按季度公开"),
        ("满意度指标", "服务对象满意度指标", "供水工程管理单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：1. 水样420份 = 42处 × 2轮 × 5份。", "2. 检测费用含采样交通及试剂耗材。",
          width=4)  # fmt: skip
    sign(t, "覃雅琴", "0772-6613902", (YEAR - 1, 12, 10))
    return b


@variant("khb12-export-year-cost", (7, 12),
         "budget-system export, codes in the first columns, header on the third row of the second "
         "sheet: a title year from last season, a unit cost above its money")  # fmt: skip
def export_year_cost() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 12, 30, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("305003", "45112225-0417", "农村饮水末梢水水质加密监测", wan(40), wan(36), wan(4))
    s.row("合计", None, None, wan(40), wan(36), wan(4))
    b.file_mark("Y101", "error", alt=("Y103",),
                note="绩效目标表标题写2024年度，预算表和计划日期都是2025年"
                     "（上年表头未改）")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 12, 14, 30, 16))
    t.title("2024年度部门项目支出绩效目标表", 6)
    t.row("项目名称：农村饮水末梢水水质加密监测", None, None,
          "计划日期：", day(YEAR, 1, 1), day(YEAR, 12, 31))  # fmt: skip
    t.row("单位代码", "项目代码", "一级指标", "二级指标", "三级指标", "指标值")
    cost = mk("≤800元/份", "B107", "warning", row=True,
              note="800元/份 × 600份 = 48万元，超过项目资金40万元")  # fmt: skip
    t.table([
        ("305003", "45112225-0417", "产出指标", "数量指标", "末梢水加密监测份数", "≥600份"),
        (None, None, None, "质量指标", "检测数据有效率", "≥98%"),
        (None, None, None, "时效指标", "季度监测完成时限", "每季度末月25日前"),
        (None, None, None, "成本指标", "单份水样检测成本", cost),
        (None, None, "效益指标", "社会效益指标", "末梢水超标隐患发现处置率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "村级管水员满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
