"""Budget-system exports, department returns and two stacked projects: header on the third
row, money on a sheet of its own, header rows repeated after a page break, a name wrapped onto
the row below, footnotes and signature lines, a banner giving another year (ps07–ps11, ps18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout217.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout217.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct


@variant("ps07-system-export-two-sheets", (1, 4), "budget-system export, NAT-2021: money on "
         "sheet 05-1, indicators on sheet 05-2 with the header on the third row, 指标性质 in "
         "words, numbers stored as text, 万亩 in a number format, a 频率 with a count "
         "(correct)")  # fmt: skip
def ps07() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (10, 20, 26, 10, 14, 14, 14, 26))
    m.title("2026年部门项目支出预算表", 8)
    m.row("单位名称：青岚市农业农村局（本级）", None, None, None, None, None, None,
          "金额单位：万元")  # fmt: skip
    m.row("单位编码", "单位名称", "项目名称", "项目类别", "合计", "财政拨款", "其他资金",
          "测算依据")  # fmt: skip
    m.row("403001", "青岚市农业农村局本级", "高标准农田建设项目管护补助", "延续项目", wan(480),
          wan(450), wan(30), "管护面积12万亩×40元/亩")  # fmt: skip
    m.row("合计", None, None, None, wan(480), wan(450), wan(30))
    s = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 14, 26, 10, 10, 10, 16))
    s.title("2026年部门项目支出绩效目标表", 9)
    s.row("预算年度：2026", None, None, None, None, None, None, None,
          "单位名称：青岚市农业农村局（本级）")  # fmt: skip
    name, goal = "高标准农田建设项目管护补助", (
        "2026年落实12万亩高标准农田管护责任，管护设施完好率达到90%以上，受益农户满意度达到"
        "90%以上。")  # fmt: skip
    indicators(s, ("项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质",
                   "指标值", "度量单位", "指标值说明"), [
        (name, goal, "产出指标", "数量指标", "高标准农田管护面积", "大于等于", C(12, '0"万亩"'),
         "万亩", None),
        (None, None, None, None, "管护设施巡查频率", "大于等于", "2", "次/月", "汛期加密"),
        (None, None, None, "质量指标", "管护设施完好率", "大于等于", "90", "%", None),
        (None, None, None, "时效指标", "管护补助资金拨付时间", "小于等于", "2026年10月31日",
         None, None),
        (None, None, "成本指标", "经济成本指标", "亩均管护补助标准", "小于等于", "40", "元/亩",
         "按省定标准"),
        (None, None, "效益指标", "经济效益指标", "管护区域粮食单产", "大于等于", "480",
         "公斤/亩", None),
        (None, None, None, "社会效益指标", "高标准农田“非农化”问题发生数", "等于", "0", "起",
         None),
        (None, None, None, "可持续影响指标", "农田设施管护长效机制", "定性", "健全", None, None),
        (None, None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "大于等于", "90", "%",
         "抽样调查"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    note(s, "注：1.本表由预算管理一体化系统导出；2.指标性质按大于等于、小于等于、等于、定性"
         "填写。", 9)  # fmt: skip
    return b


@variant("ps08-export-weights-rate-count", (4,), "export-style project table, NAT-2021, "
         "operator, unit and weight columns, the header repeated after a page break: weights "
         "adding to 95, a 完成率 given as 3000卷")  # fmt: skip
def ps08() -> Book:
    b, s = book("绩效目标", (14, 16, 28, 10, 16, 10, 10))
    s.title("2026年度部门项目支出绩效目标表", 7)
    s.row("项目名称", "馆藏档案数字化加工项目", None, "实施单位", "临溪县档案馆", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度资金总额", wan(65), "财政拨款", wan(65), "其他资金", wan(0))
    s.row("年度绩效目标", "完成馆藏重点档案数字化加工3.2万卷，数字化图像质量合格率达到98%以上，"
          "档案查阅群众满意度达到90%以上。", merge=[(2, 7)])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（分）")
    indicators(s, head, [
        ("产出指标", "数量指标", "档案数字化加工卷数", "≥", 3.2, "万卷", 15),
        (None, None, "馆藏重点档案数字化完成率", "≥",
         mk(3000, "T105", "error", row=True, note="a 完成率 given as a count of 卷"), "卷", 10),
        (None, "质量指标", "数字化图像质量合格率", "≥", 98, "%", 10),
        (None, "时效指标", "加工任务完成时间", "≤", "2026年11月30日", None, 10),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每卷档案数字化加工成本", "≤", 18, "元/卷", 15),
        ("效益指标", "社会效益指标", "档案查询平均响应时间", "≤", 10, "分钟", 10),
        (None, "可持续影响指标", "数字档案异地备份机制", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "档案查阅群众满意度", "≥", 90, "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+10+10+10+15+10+10+15 = 95, not 100")
    note(s, "注：本表由预算管理一体化系统导出，第二页表头为打印时重复的标题行。", 7)
    sign(s, "符佳颖", "梁永年", "0596-83226718")
    return b


@variant("ps09-department-page-break-wrapped", (1, 4, 9), "department, NAT-2021, one value column: "
         "the header repeated after a page break, a name wrapped onto the row below, 100% typed "
         "as Excel stores it, 说明 and 填表说明 lines, signature and date lines "
         "(correct)")  # fmt: skip
def ps09() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚市城市管理局",
        budget=[(wan(2680), wan(2560), wan(120), wan(1720), wan(960))],
        tasks=[("城区环境卫生保洁", "主次干道机械化清扫保洁、垃圾清运", wan(620),
                "城区主次干道机械化清扫保洁覆盖率达到95%"),
               ("市政设施维护", "道路、桥梁、路灯日常维护", wan(340), "路灯亮灯率保持在98%以上"),
               ("金额合计", None, wan(960), None)],
        goal="1.城区主次干道机械化清扫保洁覆盖率达到95%；2.路灯亮灯率保持在98%以上；3.数字城管"
             "案件按期结案率达到95%；4.市民对城市管理工作满意度达到85%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "城区道路清扫保洁面积", "≥520万平方米"),
        (None, None, "维护路灯数量", "≥1.8万盏"),
        (None, "质量指标", "城区主次干道机械化清扫", "≥95%"),
        (None, None, "保洁覆盖率", None),
        (None, None, "路灯亮灯率", "≥98%"),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "时效指标", "数字城管案件按期结案率", "≥95%"),
        ("成本指标", "经济成本指标", "道路清扫保洁单位面积年成本", "≤1.1元/平方米"),
        ("效益指标", "社会效益指标", "城市管理类投诉按期办结率", "≥95%"),
        (None, "生态效益指标", "城区生活垃圾无害化处理率", pct(1)),
        (None, "可持续影响指标", "城市管理网格化工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民对城市管理工作满意度", "≥85%"),
    ])  # fmt: skip
    note(s, "说明：1.本表指标值均为2026年度目标值；2.保洁覆盖率以数字城管系统统计数为准。")
    note(s, "填表说明：一级、二级指标按财政部门下发的指标体系填写，不得自行增减。")
    s.skip()
    s.row("单位负责人：屠建平", None, "财务负责人：詹雅琴", None, "填报人：俞晨阳")
    s.row("联系电话：0731-85730216", None, None, None, "填报日期：", day(2025, 11, 22, CN_DATE))
    return b


@variant("ps10-department-sum-duplicate", (4, 12), "department, NAT-2021, one value column: "
         "资金总额 ≠ 基本支出 + 项目支出, a row copied again under the header repeated after a "
         "page break")  # fmt: skip
def ps10() -> Book:
    b, s = book("Sheet1")
    total = mk(wan(1860), "B101", "error", row=True, note="1240 + 590 = 1830")
    department_head(
        s, year=2026, dept="临溪县自然资源局",
        budget=[(total, wan(1800), wan(60), wan(1240), wan(590))],
        tasks=[("不动产登记服务", "不动产登记、发证及档案管理", wan(210), "按时办结率达到98%"),
               ("耕地保护动态监测", "卫星遥感图斑核查、违法占地查处", wan(380),
                "完成2600个图斑核查"),
               ("金额合计", None, wan(590), None)],
        goal="1.完成耕地保护动态监测图斑核查2600个；2.不动产登记业务按时办结率达到98%；"
             "3.违法占用耕地案件全部查处；4.办事群众满意度达到90%以上。",
    )  # fmt: skip
    first = mk("不动产登记业务按时办结率", "D101", "warning", row=True, required=False)
    indicators(s, ONE, [
        ("产出指标", "数量指标", "耕地保护动态监测图斑核查数", "≥2600个"),
        (None, None, "不动产登记发证数", "≥1.5万本"),
        (None, "质量指标", "监测图斑核查准确率", "≥95%"),
        (None, "时效指标", first, "≥98%"),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "时效指标",
         mk("不动产登记业务按时办结率", "D101", "warning", row=True, alt=("D103",),
            note="the row before the page break pasted again"), "≥98%"),
        ("成本指标", "经济成本指标", "单个图斑核查成本", "≤900元/个"),
        ("效益指标", "社会效益指标", "违法占用耕地案件查处率", pct(1)),
        (None, "可持续影响指标", "耕地保护共同责任机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "殷梓涵", "裴国栋", "0596-83231590")
    return b


@variant("ps11-stacked-same-names", (2, 4), "two one-year projects stacked in one sheet, "
         "NAT-2021, one value column: the same indicator names with different values in the two "
         "projects, a 65岁 in a name, a 注 line between them (correct)")  # fmt: skip
def ps11() -> Book:
    b, s = book("项目支出")
    project_head(
        s, year=2026, name="乡镇卫生院基本公共卫生服务补助项目", dept="白沙河区卫生健康局（305）",
        unit="白沙河区卫生健康服务中心",
        money=one_year_money(wan(312), wan(312), wan(0)),
        goals=["2026年为辖区12家乡镇卫生院落实基本公共卫生服务补助，培训乡村医生600人次，居民"
               "电子健康档案建档率达到90%以上，服务对象满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助乡镇卫生院数", "=12家"),
        (None, None, "培训乡村医生人次", "≥600人次"),
        (None, "质量指标", "居民电子健康档案建档率", "≥90%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "65岁及以上老年人健康管理率", "≥70%"),
        (None, "可持续影响指标", "基层公共卫生服务网络", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：补助资金按服务人口3.9万人、人均80元测算。")
    s.skip()
    project_head(
        s, year=2026, title="", name="村卫生室基本药物制度补助项目",
        dept="白沙河区卫生健康局（305）", unit="白沙河区基层医疗卫生机构管理中心",
        money=one_year_money(wan(156), wan(120), wan(36)),
        goals=["2026年对辖区78个村卫生室落实基本药物制度补助，培训乡村医生300人次，村卫生室基本"
               "药物配备使用率达到100%，服务对象满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助村卫生室数", "≥78个"),
        (None, None, "培训乡村医生人次", "≥300人次"),
        (None, "质量指标", "村卫生室基本药物配备使用率", pct(1)),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每个村卫生室年补助标准", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "村民就近就医比例", "≥65%"),
        (None, "可持续影响指标", "村卫生室运行保障机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩书瑶", "邵立新", "0596-83305288", day(2025, 11, 25, CN_DATE))
    return b


@variant("ps18-export-year-equals-unit", (4, 11), "export-style project table, NAT-2021, project "
         "name column and unit column, text dates: a banner with another 预算年度, a count "
         "without a unit, =95% on a satisfaction rate")  # fmt: skip
def ps18() -> Book:
    b, s = book("绩效目标表（导出）", (18, 14, 16, 28, 12, 10, 20))
    s.title("2026年度项目支出绩效目标表", 7)
    s.row(mk("预算年度：2025年", "Y101", "error", row=True, note="title and dates say 2026"),
          None, None, None, None, None, "金额单位：万元")  # fmt: skip
    s.row("实施单位：青岚市退役军人服务中心", None, None, "主管部门：青岚市退役军人事务局（622）")
    s.row("年度资金总额", wan(72), "财政拨款", wan(72), "其他资金", wan(0))
    s.row("计划开始日期", "2026-01-01", "计划完成日期", "2026-12-31")
    s.row("年度绩效目标", "2026年组织退役军人职业技能培训480人，开展创业孵化指导12场，参训退役军人"
          "就业率达到80%以上。", merge=[(2, 7)])  # fmt: skip
    name = "退役军人就业创业培训项目"
    indicators(s, ("项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "备注"), [
        (name, "产出指标", "数量指标", "退役军人职业技能培训人数", "≥480", "人", None),
        (None, None, None, "创业孵化指导场次",
         mk("≥12", "T104", "warning", row=True, note="no unit anywhere"), None, None),
        (None, None, "质量指标", "培训考核合格率", "≥90", "%", None),
        (None, None, "时效指标", "培训补贴发放及时率", "≥95", "%", "结业后30日内发放"),
        (None, "成本指标", "经济成本指标", "人均培训成本", "≤1200", "元/人", None),
        (None, "效益指标", "社会效益指标", "参训退役军人就业率", "≥80", "%", "结业后6个月内"),
        (None, None, "可持续影响指标", "退役军人就业服务机制", "健全", None, None),
        (None, "满意度指标", "服务对象满意度指标", "参训退役军人满意度",
         mk("=95%", "T107", "warning", alt=("T108",), note="= on a floor"), "%", None),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：本表由预算管理一体化系统导出。", 7)
    sign(s, "骆思远", "任秀芝", "0731-85622104")
    return b
