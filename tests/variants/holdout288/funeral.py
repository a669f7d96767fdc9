"""Funeral reform and public cemetery returns of the 288th held-out set (sl07–sl12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout288.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout288.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("sl07-cemetery-three-years", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, annual counts "
         "below the period ones, rates and unit costs equal in both (correct)")  # fmt: skip
def sl07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="城乡公益性公墓建设",
                 dept="桐汀区民政局（706001）", unit="桐汀区殡葬事务所",
                 money=multi_year((1800, 1500, 300), (600, 500, 100)),
                 goals=["2025—2027年新建公益性公墓3个、节地生态墓穴4500个，"
                        "节地生态安葬率达到40%以上。",
                        "2025年建成公益性公墓1个、节地生态墓穴1500个，"
                        "节地生态安葬率达到35%以上。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建公益性公墓", "≥3个", "≥1个"),
        (None, None, "新增节地生态墓穴", "≥4500个", "≥1500个"),
        (None, "质量指标", "墓区工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个生态墓穴建设成本", "≤3000元/个", "≤3000元/个"),
        ("效益指标", "社会效益指标", "节地生态安葬率", "≥40%", "≥35%"),
        (None, "生态效益指标", "公墓绿化覆盖率", "≥40%", "≥40%"),
        (None, "可持续影响指标", "公墓设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sl08-columbarium-copied", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: 年度目标 text copied from "
         "中期目标, a cumulative count copied, an annual count above its period count")  # fmt: skip
def sl08() -> Book:
    b, s = start()
    text = "新建乡镇公益性骨灰堂6个、格位6000个，规范骨灰安放管理。"
    copied = mk(text, "D204", "warning", note="年度目标 identical to 中期目标 in a 2-year project")
    project_head(s, year=2025, years=2, attr="新增项目", name="乡镇公益性骨灰堂建设",
                 dept="鹭峤县民政局（402005）", unit="鹭峤县殡葬管理所",
                 money=multi_year((900, 800, 100), (500, 450, 50)),
                 goals=[text, copied])  # fmt: skip
    same = mk("≥6个", "D202", "warning", note="cumulative count copied from the 中期 column")
    above = mk("≥8000个", "D201", "error", alt=("D104",),
               note="annual 8000 above the two-year 6000 (and above the goal text)")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建乡镇骨灰堂", "≥6个", same),
        (None, None, "新增骨灰堂格位", "≥6000个", above),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个格位建设成本", "≤600元/个", "≤600元/个"),
        ("效益指标", "社会效益指标", "骨灰规范安放率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "骨灰堂管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sl09-eco-burial-flat", (1, 3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, an incident count capped at 0, a 合计 row, "
         "weights add to 100 (correct)")  # fmt: skip
def sl09() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="柘川市殡葬管理所",
                    budget=[(wan(420), wan(400), wan(20), wan(260), wan(160))],
                    goal="推行节地生态安葬600人以上，巡查执法48次以上，新增乱埋乱葬为零。",
                    tasks=[("节地生态安葬奖补", "对海葬、树葬、草坪葬给予奖补", wan(80),
                            "奖补600人以上"),
                           ("殡葬执法巡查", "会同乡镇开展违规土葬巡查", wan(30), "巡查48次以上"),
                           ("公墓运行维护", "市属公益性公墓日常维护", wan(50), "年检全部合格"),
                           ("金额合计", None, wan(160), None)])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("节地生态安葬人数", 15, "人", "≥", 600),
        ("殡葬执法巡查", 10, "次", "≥", 48),
        ("新增违规土葬乱埋乱葬事件", 10, "起", "≤", 0),
        ("遗体火化率", 15, "%", "≥", pct(0.99)),
        ("节地生态安葬奖补标准", 10, "元/人", "≤", 1000),
        ("公墓年检合格率", 10, "%", "=", pct(1)),
        ("殡葬服务投诉率", 10, "%", "≤", pct(0.01)),
        ("奖补资金发放及时率", 10, "%", "≥", pct(0.95)),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("sl10-flat-unit-direction-weights", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def sl10() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栖垣市殡仪馆",
                    budget=[(wan(680), wan(600), wan(80), wan(420), wan(260))],
                    goal="全年接运遗体2600次以上、火化2500具以上，设备完好率98%以上。",
                    tasks=[("遗体接运和火化服务", "全市遗体接运、火化", wan(150), "接运2600次以上"),
                           ("火化设备维护", "火化炉及尾气设备维护", wan(40), "完好率98%以上"),
                           ("惠民殡葬宣传", "政策宣传进社区", wan(70), "知晓率85%以上"),
                           ("金额合计", None, wan(260), None)])  # fmt: skip
    unit = mk("≤12万元", "T112", "error", row=True, note="value in 万元, unit column 台")
    op = mk("≥1%", "T108", "warning", row=True, note="投诉率 declared 反向 but given ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        ("遗体接运服务次数", "≥2600", "正向", "次", 15),
        ("遗体火化数量", "≥2500", "正向", "具", 15),
        ("火化设备维护费用", unit, "反向", "台", 10),
        ("火化设备完好率", "≥98%", "正向", "%", 15),
        ("殡葬服务投诉率", op, "反向", "%", 10),
        ("惠民殡葬政策知晓率", "≥85%", "正向", "%", 15),
        ("服务对象满意度", "≥92%", "正向", "%", 15),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="weights 15+15+10+15+10+15+15 = 95, not 100")
    return b


@variant("sl11-columbarium-notes", (4,),
         "project, OLD-NAT, one value column and a 备注 column: a note row inside the table, "
         "the header repeated after a page break, 说明 and 填表说明 lines, "
         "signature and stamp (correct)")  # fmt: skip
def sl11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="公益性骨灰堂运行维护", dept="萩港区民政局（605002）",
                 unit="萩港区殡仪服务中心", money=one_year(60, 55, 5),
                 goals=["维护骨灰堂格位3200个，保障清明、冬至等祭扫高峰6次以上，"
                        "全年不发生骨灰存放安全事故。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "骨灰堂格位日常维护", "≥3200个", None),
        (None, None, "祭扫高峰服务保障", "≥6次", "清明、冬至等"),
        (None, "质量指标", "骨灰存放安全事故", "0起", None),
        (None, "时效指标", "骨灰寄存手续办结时限", "≤1个工作日", None),
        (None, "成本指标", "格位年均维护成本", "≤150元/个", None),
    ])  # fmt: skip
    notes(s, "注：成本指标按上年维护合同单价测算，三级指标可根据需要增行。", width=5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "骨灰规范安放率", "≥98%", None),
        (None, "可持续影响指标", "骨灰堂管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "祭扫群众满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "说明：1.“≥”表示不低于，“≤”表示不高于；2.“0起”指全年不发生骨灰丢失、错放等事故。",
          "填表说明：本表一式两份，报区财政局、区民政局各一份。")  # fmt: skip
    signature(s, "聂慧敏", "0579-8840263", day(2024, 11, 18), stamp=True)
    return b


@variant("sl12-export-artefacts", (7, 9),
         "budget-system export: head on sheet 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 (header on the third row, project code first); "
         "a date serial and a number as text")  # fmt: skip
def sl12() -> Book:
    b, s = start("部门项目支出预算05-1")
    fiscal = mk("1,050.00", "X103", "warning", alt=("B108",),
                note="an amount stored as text with a thousands separator")  # fmt: skip
    serial = mk("46022", "X104", "warning", note="a date serial (2025-12-31) in a text cell")
    project_head(s, year=2025, name="火化炉尾气治理设备更新", dept="芮坪县民政局（118002）",
                 unit="芮坪县殡仪馆", money=one_year(1250, fiscal, 200), end=serial,
                 goals=["更新火化炉尾气处理设备2台，尾气排放全部达标，"
                        "烟尘排放浓度较上年下降30%以上。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 18))
    t.title("项目支出绩效目标表", 6)
    t.row("单位：芮坪县殡仪馆", None, None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "511327250100003", "火化炉尾气治理设备更新"
    for line in [
        ("产出指标", "数量指标", "尾气处理设备更新", "≥2台"),
        ("产出指标", "数量指标", "尾气在线监测点位", "≥2个"),
        ("产出指标", "质量指标", "尾气排放达标率", "=100%"),
        ("产出指标", "时效指标", "设备安装调试完成时间", "2025年10月31日前"),
        ("产出指标", "成本指标", "单台设备购置成本", "≤480万元/台"),
        ("效益指标", "生态效益指标", "火化烟尘排放浓度下降率", "≥30%"),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(code, name, *line)
    return b
