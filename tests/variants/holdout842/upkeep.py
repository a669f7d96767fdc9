"""Lamp maintenance: patrols, repairs, cables, hazards (kft07–kft12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout842.common import (
    YEAR,
    notes,
    period_money,
    sign,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout842.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kft07-department-patrols", (12,),
         "department, NAT-2021, budget and key tasks: tasks not adding to 金额合计, a patrol "
         "count below the goal's, a unit cost above the money")  # fmt: skip
def department_patrols() -> Book:
    b, s = start()
    total = mk(w(1700), "B102", "error", note="820 + 560 + 300 = 1680，不等于金额合计1700")
    department_head(s, year=YEAR, dept="鹭汀市城市照明管理处",
                    budget=[(w(2600), w(2400), w(200), w(900), w(1700))],
                    tasks=[("路灯日常维护", "全市18000盏路灯巡查、维修", w(820), "亮灯率98%以上"),
                           ("老旧线路改造", "更换老化电缆42公里", w(560), "线路故障减少"),
                           ("智慧照明平台运维", "平台运维及通信", w(300), "在线率95%以上"),
                           ("金额合计", None, total, None)],
                    goal="全年对18000盏路灯开展夜间巡查不少于24次（每月2次），"
                         "更换老化电缆42公里，主次干道亮灯率保持在98%以上。")  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "路灯夜间巡查次数",
            mk("≥12次", "D104", "warning", row=True, note="年度总体目标写不少于24次（每月2次）"),
        ),
        (None, None, "维护路灯数量", "≥18000盏"),
        (None, None, "更换老化电缆长度", "≥42公里"),
        (None, "质量指标", "主次干道亮灯率", "≥98%"),
        (None, "时效指标", "一般故障修复时限", "≤24小时"),
        (
            "成本指标",
            "经济成本指标",
            "单盏路灯年均维护成本",
            mk(
                "≤0.1万元/盏",
                "B107",
                "warning",
                row=True,
                note="0.1万元 × 18000盏 = 1800万元，超过维护任务820万元和项目支出1700万元",
            ),
        ),
        ("效益指标", "社会效益指标", "路灯设施引发安全事故", "0起"),
        (None, "可持续影响指标", "路灯设施完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "市民夜间照明满意度", "≥90%"),
    ]
    s.row("年度绩效指标")
    table(s, HEAD4, rows)
    return b


@variant("kft08-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）), "
         "indicator scores adding to the same 100, a rate raised in 百分点 (correct)")  # fmt: skip
def numbered_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="湄岗区路灯设施年度维护项目",
                 dept="湄岗区城市管理局（327002）", unit="湄岗区路灯管理站",
                 money=year_money(300, 280, 20), attr="常年项目",
                 goals=["维护辖区路灯6500盏，更换损坏灯具600套，"
                        "路灯设施完好率提高2个百分点。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "维护路灯数量", "≥6500盏", 15),
        (None, None, "更换损坏灯具数量", "≥600套", 10),
        (None, "（二）质量指标", "路灯设施完好率", "提高≥2百分点", 10),
        (None, None, "维修工程验收合格率", "≥98%", 5),
        (None, "（三）时效指标", "报修故障24小时修复率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单盏路灯年维护成本", "≤0.04万元/盏", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "照明故障投诉下降率", "≥15%", 10),
        (None, None, "路灯设施安全事故", "0起", 10),
        (None, "（二）可持续影响指标", "维护档案电子化率", pct(0.9), 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "市民满意度", "≥90%", 10),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    sign(s, "甘立衡", "陶书乔", "0596-6210473", (2025, 12, 2))
    return b


@variant("kft09-marked-labels", (5, 11),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated (产出, 数量): a quality rate "
         "under 时效, an incident rate with ≥")  # fmt: skip
def marked_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖桥镇路灯故障抢修服务项目",
                 dept="鹭汀市栖桥镇人民政府（301215）", unit="栖桥镇村镇建设服务中心",
                 money=year_money(90, 90, 0),
                 goals=["全年完成路灯故障抢修400次以上，抢修后复亮率98%以上。"])  # fmt: skip
    rows = [
        ("*产出", "数量", "故障抢修次数", "≥400次", None),
        (None, None, "巡查覆盖路段数", "≥38条", "★核心指标"),
        (None, "质量", "抢修后复亮率", "≥98%", None),
        (None, "时效", "故障到场响应时间", "≤2小时", None),
        (
            None,
            None,
            "抢修工程验收合格率",
            mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"),
            None,
        ),
        (None, "成本", "单次故障抢修平均成本", "≤0.2万元/次", None),
        (
            "*效益",
            "社会效益",
            "路灯故障发生率",
            mk("≥3%", "T108", "warning", row=True, note="发生率是反向指标，应为≤"),
            None,
        ),
        ("*满意度", "服务对象满意度", "报修群众满意度", "≥90%", None),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), rows)
    return b


@variant("kft10-two-year-cables", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "year counts, equal rates and unit costs, year two in the goal (correct)")  # fmt: skip
def two_year_cables() -> Book:
    b, s = start()
    period = "2026年—2027年改造老旧路灯供电线路36公里、配电箱48台，线路故障率降至2%以下。"
    annual = "2026年改造老旧线路20公里、配电箱26台，为2027年完成剩余线路改造打好基础。"
    project_head(s, year=YEAR, name="柘川区老旧路灯供电线路改造项目",
                 dept="柘川区城市管理局（318004）", unit="柘川区市政照明服务中心",
                 money=period_money(600, 320), goals=[period, annual], years=2)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造供电线路长度", "≥36公里", "≥20公里"),
        (None, None, "更换配电箱数量", "≥48台", "≥26台"),
        (None, "质量指标", "线路改造验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "每公里线路改造成本", "≤12万元/公里", "≤12万元/公里"),
        (None, None, "单台配电箱更换成本", "≤2万元/台", "≤2万元/台"),
        ("效益指标", "社会效益指标", "路灯线路故障率", "≤2%", "≤3%"),
        (None, "可持续影响指标", "线路设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("kft11-converted-parts", (9, 12),
         "project, OLD-NAT, one value column, budget detail lines under the table: an end date "
         "left as a serial in a text cell, a detail amount split by a space")  # fmt: skip
def converted_parts() -> Book:
    b, s = start()
    end = mk("46356", "X104", "warning", note="计划完成日期是文本里的日期序列号（2026-12-01）")
    project_head(s, year=YEAR, name="湄岗区路灯灯具配件集中采购项目",
                 dept="湄岗区城市管理局（327002）", unit="湄岗区路灯管理站",
                 money=year_money(240, 240, 0), end=end,
                 goals=["集中采购LED灯具及配件1500套，保障全年路灯维修用件。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "采购LED灯具及配件数量", "≥1500套"),
        (None, "质量指标", "配件到货验收合格率", "≥98%"),
        (None, "时效指标", "采购完成时间", f"{YEAR}年6月30日前"),
        (None, "成本指标", "单套配件平均采购成本", "≤0.08万元/套"),
        ("效益指标", "可持续影响指标", "维修配件库存保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "维修班组满意度", "≥90%"),
    ]
    table(s, HEAD4, rows)
    s.skip()
    s.row("预算明细（万元）", "明细项目", "金额", "测算依据", merge=[(4, 6)])
    s.row(None, "灯具及配件", w(120.5), "1500套 × 约0.08万元", merge=[(4, 6)])
    s.row(None, "维修人工", mk("7 9.5", "X105", "warning", alt=("X103",),
                               note="数字被空格断开，应为79.5"), "按班组工时测算",
          merge=[(4, 6)])  # fmt: skip
    s.row(None, "高空作业车租赁", w(40), "200台班 × 0.2万元", merge=[(4, 6)])
    s.row(None, "合计", w(240), None, merge=[(4, 6)])
    return b


@variant("kft12-hazard-notes", (4,),
         "project, OLD-NAT, one value column: a note row in the table, the header repeated "
         "after a page break, a footnote on a total, signature lines (correct)")  # fmt: skip
def hazard_notes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市路灯设施安全隐患排查整治项目",
                 dept="鹭汀市城市管理局（301006）", unit="鹭汀市城市照明管理处",
                 money=year_money(135, 120, 15),
                 goals=["排查路灯7500盏（主城区5200盏、新区2300盏），"
                        "整治安全隐患点不少于300处。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "排查路灯数量", "≥7500盏"),
        (None, None, "整治安全隐患点数量", "≥300处"),
        (None, "质量指标", "隐患整治验收合格率", "≥98%"),
        (None, "时效指标", "隐患整治完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "单盏路灯排查成本", "≤0.004万元/盏"),
        (None, None, "单处隐患平均整治成本", "≤0.35万元/处"),
    ])  # fmt: skip
    notes(s, "注：排查数量按全市路灯台账7500盏核定（主城区5200盏、新区2300盏）。", width=4)
    s.skip()
    table(s, HEAD4, [
        ("效益指标", "社会效益指标", "路灯漏电伤人事故", "0起"),
        (None, "可持续影响指标", "隐患台账动态更新率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：1.本表金额单位为万元；2.安全事故指因路灯漏电、倒杆造成的人身伤害事故。",
          "填表说明：成本指标按排查7500盏、整治300处测算，合计135万元。")  # fmt: skip
    sign(s, "严慕川", "冯可欣", "0596-3318620", (2025, 11, 25))
    return b
