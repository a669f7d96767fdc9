"""Island monitoring stations (海岛监测站、监视监测): ud13 to ud18."""

from __future__ import annotations

from tests.variants.holdout332.common import (
    YEAR,
    department,
    multi_year,
    notes,
    one_year,
    project,
    start,
    table,
    wan,
)
from tests.variants.holdout332.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "预期目标")


@variant("ud13-station-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two 成本 tier-2 labels left from the template "
         "without indicators, a 时效 value without a name")  # fmt: skip
def station_template_rows() -> Book:
    b, s = start()
    project(s, "无居民海岛自动监测站建设", "澄屿县海洋环境监测站", one_year(180, 160, 20),
            ["新建3座海岛自动监测站，运维已建8座监测站。"])  # fmt: skip
    left = "模板留下的二级指标，没有三级指标和指标值"
    table(s, H4, [
        ("产出指标", "数量指标", "新建海岛自动监测站", "≥3座"),
        (None, None, "运维已建监测站", "≥8座"),
        (None, "质量指标", "监测数据有效获取率", "≥90%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
         "≤48小时"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤35万元/座"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note=left), None, None),
        ("效益指标", "生态效益指标", "监测覆盖无居民海岛数量", "≥14个"),
        (None, "可持续影响指标", "监测数据共享平台运行", "稳定"),
        ("满意度指标", "服务对象满意度指标", "海洋管理部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ud14-station-export", (4, 7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
         "the first columns, header on the third row, tiers repeated, export lines "
         "(correct)")  # fmt: skip
def station_export() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 26, 14, 14, 14, 14))
    code, name = "331021250000000127", "海岛监测站运维"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：雁礁市海洋监测中心（214006）", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "经济分类", "合计", "财政拨款", "其他资金")
    s.row(code, name, "合计", wan(146), wan(130), wan(16))
    s.row(None, None, "30213 维修（护）费", wan(62), wan(56), wan(6))
    s.row(None, None, "30227 委托业务费", wan(54), wan(48), wan(6))
    s.row(None, None, "30226 劳务费", wan(30), wan(26), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 16, 12, 18, 28, 14, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：雁礁市海洋监测中心（214006）", merge=[(1, 7)])
    rows = [
        ("成本指标", "经济成本指标", "单站年度运维成本", "≤14万元/座"),
        ("产出指标", "数量指标", "运维海岛监测站数量", "≥10座"),
        ("产出指标", "质量指标", "监测设备完好率", "≥95%"),
        ("产出指标", "时效指标", "设备故障修复时限", "≤72小时"),
        ("效益指标", "生态效益指标", "海岛生态预警信息发布及时率", "≥95%"),
        ("效益指标", "可持续影响指标", "监测站点长效运维机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ]
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注"),
          [(code, name, *r, None) for r in rows], merged=())  # fmt: skip
    t.row(f"导出时间：{YEAR - 1}-12-09 16:42:05", None, None, None, "共7条", merge=[(1, 4)])
    return b


@variant("ud15-station-direction", (11, 1),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
         "numbers with a unit column: a 反向 rate and a cost cap with the wrong operator, "
         "a satisfaction with 等于")  # fmt: skip
def station_direction() -> Book:
    b, s = start()
    project(s, "海岛岸基监测站运行维护", "澄屿县海洋环境监测站", one_year(96, 90, 6),
            ["保障8座海岛岸基监测站稳定运行，数据有效率达到92%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "运维岸基监测站", "正向", "大于等于", 8, "座"),
        (None, "质量指标", "监测数据有效率", "正向", "大于等于", pct(0.92), "%"),
        (None, None, "监测数据缺测率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="缺测率是反向指标"), 3, "%"),
        (None, "时效指标", "设备故障响应时间", "反向", "小于等于", 24, "小时"),
        (None, "成本指标", "单站运维成本", "反向",
         mk("等于", "T108", "warning", row=True, note="成本上限不应写“等于”"), 12, "万元/座"),
        ("效益指标", "生态效益指标", "海岛生态异常事件预警", "正向", "大于等于", 4, "次"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "正向",
         mk("等于", "T107", "warning", row=True, alt=("T108",), note="满意度=95%应为≥95%"),
         95, "%"),
    ])  # fmt: skip
    return b


@variant("ud16-station-two-column-sets", (8,),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 实施期, then "
         "for 年度), annual counts below the period counts (correct)")  # fmt: skip
def station_two_column_sets() -> Book:
    b, s = start()
    project(s, "岛礁潮位及植被监测站建设", "澄屿县海洋环境监测站",
            multi_year((260, 240, 20), (150, 140, 10)),
            ["两年建成4座岛礁潮位监测站和60个植被样方监测点。",
             "本年建成2座潮位监测站，布设30个植被样方监测点。"], years=2)  # fmt: skip
    s.row("一级指标", "二级指标（实施期）", "三级指标（实施期）", "实施期指标值",
          "二级指标（年度）", "三级指标（年度）", "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新建潮位监测站", "≥4座", "数量指标", "新建潮位监测站", "≥2座"),
        (None, None, "布设植被样方监测点", "≥60个", None, "布设植被样方监测点", "≥30个"),
        (None, "质量指标", "监测站验收合格率", "100%", "质量指标", "监测站验收合格率", "100%"),
        (None, "时效指标", "监测站全部投运时间", f"{YEAR + 1}年10月31日前", "时效指标",
         "年度建设任务完成时间", f"{YEAR}年12月31日前"),
        (None, "成本指标", "单站建设成本", "≤55万元/座", "成本指标", "单站建设成本",
         "≤55万元/座"),
        ("效益指标", "生态效益指标", "潮位及植被监测覆盖率", "≥80%", "生态效益指标",
         "潮位及植被监测覆盖率", "≥50%"),
        (None, "可持续影响指标", "监测站设计使用年限", "≥10年", "可持续影响指标",
         "监测站设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥90%",
         "服务对象满意度指标", "海岛管理部门满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("ud17-station-points-wrong", (10, 5),
         "project, NAT-2021, ★-marked tier labels, a tier-1 score column against the indicator "
         "scores under it (产出 and 效益 off), a 有效获取率 of ≥100%")  # fmt: skip
def station_points_wrong() -> Book:
    b, s = start()
    project(s, "海岛视频监视系统运维", "澄屿县海岛管理所", one_year(54, 50, 4),
            ["运维12个海岛视频监视点，保障违法用岛行为及时发现。"])  # fmt: skip
    off = "该一级指标下三级指标分值合计与一级分值不符"
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("★产出指标", mk(50, "W103", "error", note=off + "：15+10+10+10 = 45"), "★数量指标",
         "运维视频监视点", "≥12个", 15),
        (None, None, "质量指标", "视频数据有效获取率",
         mk("≥100%", "T106", "error", note="有效获取率不能 ≥100%"), 10),
        (None, None, "时效指标", "监视点故障修复时限", "≤48小时", 10),
        (None, None, None, "违法用岛线索移交时限", "≤3个工作日", 10),
        ("★成本指标", 10, "经济成本指标", "单点年度运维成本", "≤4.2万元/个", 10),
        ("★效益指标", mk(30, "W103", "error", note=off + "：20+15 = 35"), "社会效益指标",
         "违法用岛线索核查率", "≥95%", 20),
        (None, None, "可持续影响指标", "视频监视数据保存期限", "≥180天", 15),
        ("★满意度指标", 10, "服务对象满意度指标", "海岛执法部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ud18-station-dept-flat", (12, 3, 1),
         "department, budget and tasks adding up, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值) with percent cells, weights adding to 100 (correct)")  # fmt: skip
def station_dept_flat() -> Book:
    b, s = start()
    department(s, "雁礁市海洋监测中心", (380, 350, 30, 150, 230),
               "保障海岛监测站稳定运行，开展无居民海岛监视监测和修复跟踪评估。",
               [("海岛监测站运维", "8座站点运维", 96, "稳定运行"),
                ("无居民海岛监视监测", "遥感与现场监测", 84, "问题早发现"),
                ("生态修复跟踪评估", "修复项目评估", 50, "形成评估报告"),
                ("金额合计", None, 230, None)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("运维海岛监测站数量", 20, "座", "≥", 8),
        ("无居民海岛遥感监视监测频次", 15, "次", "≥", 4),
        ("监测数据有效获取率", 15, "%", "≥", pct(0.92)),
        ("生态修复跟踪评估报告", 10, "份", "≥", 3),
        ("单站年度运维成本", 10, "万元/座", "≤", 12),
        ("监测发现问题移交处置率", 10, "%", "=", pct(1)),
        ("海岛生态预警信息发布及时率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, ["说明：权重合计100分；处置率以100%为上限。"], 5)
    s.row("填报人：庄予衡", None, "联系电话：0598-7338605", None, "填报日期",
          day(YEAR - 1, 11, 18, CN_DATE))  # fmt: skip
    return b
