"""山楂 returns: notes and page breaks, tier labels, header words, a second sheet (bn07–bn12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout524.common import notes, one_year, sign, start, table, wan
from tests.variants.holdout524.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FIVE = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")


@variant("bn07-slicing-footnotes", (4,), "project, OLD-NAT, one value column and a 设定依据 "
         "column; an instruction row inside the table, 注 and 填表说明 rows, signature and a "
         "fill date in the year before (correct)")  # fmt: skip
def bn07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="山楂去核切片生产线升级项目", dept="鹊岭县工业和信息化局",
                 unit="鹊岭县红楂坪山楂加工专业合作社", money=one_year(95, 80, 15),
                 goals=["升级去核切片线1条，年加工鲜山楂900吨，"
                        "山楂干片优级品率达到90%。"])  # fmt: skip
    s.row(*FIVE)
    s.row("（三级指标由实施单位填写，指标值须写明比较符和计量单位）", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "升级去核切片生产线", "≥1条", "计划标准"),
        (None, None, "年加工鲜山楂", "≥900吨", "历史标准"),
        (None, "质量指标", "山楂干片优级品率", "≥90%", "行业标准"),
        (None, "时效指标", "生产线试运行时间", "2025年7月底前", "计划标准"),
        (None, "成本指标", "生产线设备购置费", "≤72万元", "计划标准"),
        ("效益指标", "经济效益指标", "收购社员鲜果均价提高", "≥0.2元/斤", "历史标准"),
        (None, "社会效益指标", "带动种植户", "≥180户", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        [
            "注：年度资金总额95万元，其中设备购置72万元、厂房改造23万元。",
            "填表说明：1.金额单位为万元；2.指标值设定依据填计划、行业、历史或其他标准。",
        ],
        5,
    )
    sign(s, "杨冬青", "0839-5631408", day(2024, 12, 9, CN_DATE), boss="潘立成")
    return b


@variant("bn08-page-break-defects", (4, 9), "department, NAT-2021, weight column; unit row, "
         "subtotal rows, header repeated after a page break: a date serial stored as text, a "
         "收购合格率 as a tonnage")  # fmt: skip
def bn08() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹊岭县楂木沟乡农业服务站",
                    budget=[(wan(198), wan(176), wan(22), wan(131), wan(67))],
                    tasks=[("山楂鲜果收购服务", "组织合作社收购社员鲜果", wan(67),
                            "收购鲜山楂3000吨"), ("金额合计", None, wan(67), None)],
                    goal="稳定山楂收购，保障社员收益。")  # fmt: skip
    s.row("单位：万元、分", None, None, None, "表号：楂农05-2")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "收购鲜山楂", "≥3000吨", 20),
        (None, "质量指标", "鲜果收购合格率",
         mk("3000吨", "T105", "error", note="a 合格率 given as a tonnage"), 15),
        (None, "时效指标", "鲜果入库完成时间",
         mk("45838", "X104", "warning", note="a date serial (2025-06-30) stored as text"), 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 45)
    s.skip()
    table(s, head, [
        ("成本指标", "经济成本指标", "每吨鲜果收购服务费", "≤220元/吨", 10),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1800元", 20),
        (None, "社会效益指标", "带动种植户", "≥420户", 15),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("bn09-decorated-labels", (5, 10), "project, NAT-2021, tier labels numbered with points "
         "(一、产出指标（45分）), marks (*, ★) and abbreviations, indicator points adding up to "
         "the tier points (correct)")  # fmt: skip
def bn09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="山楂糕标准化车间建设项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县楂木沟山楂专业合作社", money=one_year(120, 100, 20),
                 goals=["建成山楂糕标准化车间1座，年产山楂糕260吨。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（45分）", "（一）数量", "年产山楂糕", "≥260吨", 15),
        (None, None, "建成标准化车间", "1座", 10),
        (None, "*（二）质量指标", "山楂糕出厂检验合格率", "=100%", 10),
        (None, "（三）时效", "车间竣工验收时间", "2025年10月31日前", 10),
        ("二、成本指标（15分）", "经济成本", "车间建设单位面积造价", "≤2400元/平方米", 15),
        ("三、效益指标（30分）", "1.经济效益指标", "合作社山楂糕销售收入", "≥520万元", 15),
        (None, "2.社会效益指标", "吸纳季节性用工", "≥60人", 15),
        ("四、满意度指标（10分）", "★服务对象满意度", "社员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("车间建筑面积400平方米；分值合计100分。", merge=[(1, 5)])
    return b


@variant("bn10-wrong-parent-template", (5, 6), "project, NAT-2021, numbered labels: 时效指标 "
         "under 效益指标, a 生态效益指标 row left from the template")  # fmt: skip
def bn10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="山楂果脯加工线扩能项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县鹰嘴岩山楂专业合作社", money=one_year(64, 50, 14),
                 goals=["扩建果脯加工线，年收购社员山楂800吨。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "收购社员山楂", "≥800吨"),
        (None, None, "带动种植户", "≥150户"),
        (None, "2.质量指标", "山楂果脯抽检合格率", "≥98%"),
        ("二、成本指标", "1.经济成本指标", "每吨果脯加工能耗成本", "≤380元/吨"),
        ("三、效益指标", "1.经济效益指标", "社员户均增收", "≥2600元"),
        (None, mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "加工线投产时间", "2025年10月底前"),
        (None, mk("3.生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "4.社会效益指标", "吸纳季节性用工", "≥60人"),
        ("四、满意度指标", "1.服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bn11-budget-export", (7,), "budget-system export: money on sheet 项目支出预算05-1, "
         "indicators on sheet 项目支出绩效目标05-2 with codes in the first columns, header on "
         "the third row under 指标内容 and 绩效标准 (correct)")  # fmt: skip
def bn11() -> Book:
    b, s = start("项目支出预算05-1", (22, 26, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位名称", "资金总额", "财政拨款", "其他资金")
    s.row("512631250000000418", "山楂汁饮品中试项目", "鹊岭县红果岭山楂专业合作社",
          wan(58), wan(50), wan(8))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (22, 18, 14, 16, 30, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：鹊岭县红果岭山楂专业合作社")
    code, name = "512631250000000418", "山楂汁饮品中试项目"
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "绩效标准"), [
        (code, name, "产出指标", "数量指标", "中试山楂汁批次", "≥12批"),
        (None, None, None, "质量指标", "中试产品检验合格率", pct(0.98)),
        (None, None, None, "时效指标", "中试完成时间", "2025年11月30日前"),
        (None, None, None, "成本指标", "单批中试原料及检测费", "≤4万元/批"),
        (None, None, "效益指标", "经济效益指标", "山楂次果利用量", "≥150吨"),
        (None, None, "满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("bn12-second-sheet", (7, 13), "project head on the first sheet, the indicator table "
         "on a second sheet under 预期实现值: a value without a name, a date after the "
         "one-year period")  # fmt: skip
def bn12() -> Book:
    b, s = start("项目基本情况")
    project_head(s, year=2025, name="山楂果胶提取车间建设项目", dept="鹊岭县工业和信息化局",
                 unit="鹊岭县红楂坪山楂加工专业合作社", money=one_year(150, 120, 30),
                 goals=["建成果胶提取车间1座，年消化山楂皮渣400吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    late = mk(day(2026, 3, 31, CN_DATE), "Y102", "error", alt=("Y103",),
              note="a one-year 2025 project with a 2026 deadline")  # fmt: skip
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建成果胶提取车间", "1座"),
        (None, None, "年消化山楂皮渣", "≥400吨"),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥12吨"),
        (None, "时效指标", "车间投产时间", late),
        (None, "成本指标", "车间建设总成本", "≤150万元"),
        ("效益指标", "生态效益指标", "皮渣综合利用率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
