"""Check dam returns (kgb07–kgb12): 淤地坝, 拦沙坝 and 谷坊 of 窑梁县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout850.common import HEAD4, YEAR, book, indicators, one_year, sign, w
from tests.variants.holdout850.registry import variant
from tests.variants.kit import Book, mk

DEPT = "窑梁县水土保持站"


@variant("kgb07-checkdam-department", (12,),
         "department, NAT-2021: budget, key tasks adding up to 金额合计 = 项目支出, an incident "
         "count at 0起, a 减少率 with ≥, a cost within its task money (correct)")  # fmt: skip
def checkdam_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(w(820), w(700), w(120), w(320), w(500))],
                    tasks=[("病险淤地坝除险加固", "马鞍沟等6座病险淤地坝加高坝体、改建放水工程",
                            w(260), "汛前消除6座病险坝隐患"),
                           ("新建拦沙坝", "在黑石沟新建小型拦沙坝4座", w(180),
                            "拦蓄入河泥沙"),
                           ("水土保持监测", "运行全县8个水土流失监测点", w(60),
                            "按月报送监测数据"),
                           ("金额合计", None, w(500), None)],
                    goal="完成6座病险淤地坝除险加固，新建拦沙坝4座，运行监测点8个，"
                         "汛期不发生垮坝事故。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "病险淤地坝除险加固数量", "≥6座"),
        (None, None, "新建拦沙坝数量", "≥4座"),
        (None, None, "水土流失监测点运行数量", "≥8个"),
        (None, "质量指标", "坝体工程质量合格率", "=100%"),
        (None, "时效指标", "除险加固完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单座淤地坝除险加固平均成本", "≤40万元/座"),
        ("效益指标", "社会效益指标", "淤地坝垮坝事故发生次数", "0起"),
        (None, "生态效益指标", "坝控区域入河泥沙减少率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb08-checkdam-department-wrong", (12,),
         "department, NAT-2021: key tasks not adding up to 金额合计, the goal's dam count against "
         "the indicator, a satisfaction rate under 社会效益")  # fmt: skip
def checkdam_department_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(w(440), "B102", "error", note="210 + 150 + 60 = 420 ≠ 金额合计440")
    department_head(s, year=YEAR, dept="窑梁县水利水保服务中心",
                    budget=[(w(740), w(620), w(120), w(300), w(440))],
                    tasks=[("新建淤地坝", "在红柳沟、碾盘沟新建中型淤地坝", w(210), "新增拦泥库容"),
                           ("谷坊建设", "在支毛沟修建浆砌石谷坊", w(150), "控制沟道下切"),
                           ("坝系管护", "落实坝系管护人员，汛期巡查", w(60), "坝系安全度汛"),
                           ("金额合计", None, total, None)],
                    goal="新建淤地坝12座，修建谷坊30座，坝系安全度汛。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         mk("新建淤地坝数量", "D104", "warning", row=True,
            note="年度总体目标写新建淤地坝12座，指标却是≥8座"), "≥8座"),
        (None, None, "新建谷坊数量", "≥30座"),
        (None, "质量指标", "坝体工程质量合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单座谷坊建设成本", "≤5万元/座"),
        ("效益指标", "社会效益指标", "淤地坝垮坝事故发生次数", "0起"),
        (None, None,
         mk("淤地坝管护人员满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益指标下，应属服务对象满意度指标"), "≥85%"),
        (None, "生态效益指标", "新增拦泥库容", "≥60万立方米"),
        ("满意度指标", "服务对象满意度指标", "坝系受益村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb09-checkdam-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100, a 下降率 with ≥, 0 on an incident count (correct)")  # fmt: skip
def checkdam_flat() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="窑梁县淤地坝管理所",
        budget=[(w(210), w(210), w(0), w(90), w(120))],
        goal="对全县86座骨干坝、中型坝开展汛前检查和日常管护，保障坝系安全度汛。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("骨干坝、中型坝汛前检查数量", 20, "座", "≥", 86),
        ("坝系管护巡查次数", 15, "次", "≥", 24),
        ("放水工程完好率", 15, "%", "≥", 90),
        ("检查问题整改完成率", 15, "%", "≥", 95),
        ("垮坝及溃坝事故发生次数", 15, "起", "=", 0),
        ("坝地盐碱化面积下降率", 10, "%", "≥", 5),
        ("坝区群众满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    sign(s, "乔永宁", "0913-6620418")
    return b


@variant("kgb10-checkdam-export", (7, 12),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 under 绩效目标值 on the third row, codes in the first "
         "columns: a unit cost beyond the money, last year's deadline, a rate under "
         "时效")  # fmt: skip
def checkdam_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 10, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("项目编码", "项目名称", "项目期", "资金总额", "财政拨款", "其他资金")
    s.row("610728250017", "沟道谷坊群建设项目", "1年", w(300), w(260), w(40))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：窑梁县水土保持站", None, None, "单位：万元", merge=[(1, 3), (4, 6)])
    code, name = "610728250017", "沟道谷坊群建设项目"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    t.table([
        (code, name, "产出指标", "数量指标", "新建浆砌石谷坊数量", "≥30座"),
        (code, name, "产出指标", "数量指标", "谷坊群控制沟道长度", "≥12公里"),
        (code, name, "产出指标", "时效指标",
         mk("谷坊工程质量合格率", "F201", "warning", row=True,
            note="质量类的合格率填在时效指标下"), "=100%"),
        (code, name, "产出指标", "时效指标", "谷坊主体工程完工时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年一年期项目的完工期限写成2024年，是上年的残留")),
        (code, name, "产出指标", "成本指标",
         mk("单座谷坊建设成本", "B107", "warning", row=True,
            note="12万元/座 × 30座 = 360万元，超过项目资金300万元"), "≤12万元/座"),
        (code, name, "效益指标", "生态效益指标", "沟道年拦沙量", "≥0.8万吨"),
        (code, name, "效益指标", "可持续影响指标", "谷坊工程设计使用年限", "≥20年"),
        (code, name, "满意度指标", "服务对象满意度指标", "沟道沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb11-checkdam-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标) and a score column: 100 both ways, a cover raised in 百分点 "
         "(correct)")  # fmt: skip
def checkdam_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="黑石沟拦沙坝建设项目", dept="窑梁县水利局", unit=DEPT,
                 money=one_year(w(260), w(220), w(40)), attr="新增项目",
                 goals=["新建拦沙坝5座、谷坊20座，年拦沙1.5万吨以上，控制区植被覆盖度提高3个"
                        "百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "新建拦沙坝数量", "≥5座", 10),
        (None, None, "新建谷坊数量", "≥20座", 10),
        (None, "（二）质量指标", "坝体工程质量合格率", "=100%", 10),
        (None, "（三）时效指标", "主体工程完工时间", "2025年9月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单座拦沙坝建设成本", "≤36万元/座", 10),
        (None, "（二）生态环境成本指标", "施工弃渣违规倾倒次数", "0次", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "控制区植被覆盖度", "提高≥3百分点", 10),
        (None, None, "年拦沙量", "≥1.5万吨", 10),
        (None, "（二）可持续影响指标", "拦沙坝设计使用年限", "≥20年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "下游群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kgb12-checkdam-points-wrong", (5, 10),
         "project, NAT-2021, numbered tier labels with points and a score column: the 产出 scores "
         "not adding up to its points, an indicator given twice with a word more, last year in "
         "the goal")  # fmt: skip
def checkdam_points_wrong() -> Book:
    b, s = book()
    goal = mk(
        "2024年汛期前完成碾盘沟拦沙坝3座及坝前排洪渠建设，汛期组织巡查。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度申报表的年度目标写2024年，上年残留",
    )
    project_head(s, year=YEAR, name="碾盘沟拦沙坝建设项目", dept="窑梁县水利局", unit=DEPT,
                 money=one_year(w(150), w(150), w(0)), goals=[goal])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="各指标分值合计105，是 W103 的后果")
    tier = mk("一、产出指标（40分）", "W103", "error", note="其下各指标分值 15+10+10+10 = 45")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (tier, "1.数量指标", "新建拦沙坝数量", "≥3座", 15),
        (None, None, "拦沙坝巡查次数", "≥12次", 10),
        (None, "2.质量指标", "坝体工程质量合格率", "=100%", 10),
        (None, "3.时效指标", "主体工程完工时间", "2025年6月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "单座拦沙坝建设成本", "≤45万元/座", 20),
        ("三、效益指标（30分）", "1.生态效益指标", "年拦沙量", "≥0.9万吨", 15),
        (None, "2.可持续影响指标",
         mk("拦沙坝汛期巡查次数", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与数量指标“拦沙坝巡查次数 ≥12次”是同一指标，多“汛期”二字，值却不同"),
         "≥8次", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "下游群众满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
