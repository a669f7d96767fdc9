"""Project returns kk01–kk06: one-year and multi-year project tables (§3.1)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout79.common import footer, header
from tests.variants.holdout79.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant("kk01-farmer-training", (1, 7),
         "project, NAT-2021, 比较符 and 计量单位 columns, percent cells; unit cost × count = "
         "budget")  # fmt: skip
def kk01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="澄溪县新型职业农民技能培训", dept="澄溪县人力资源和社会保障局（214）",
        unit="澄溪县职业技能培训指导中心",
        money=[("年度资金总额", money(60, WAN), "其中：财政拨款", money(60, WAN)),
               ("上年结转", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["全年开展新型职业农民技能培训8期，培训农民400人，考核合格率不低于90%，带动参训农民"
               "就业创业，提升农村实用人才队伍素质。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "培训人数", "≥", 400, "人"),
        (None, None, "开设培训班期数", "≥", 8, "期"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        (None, None, "结业证书发放准确率", "=", pct(1), "%"),
        (None, "时效指标", "培训任务完成时间", "≤", "2026年11月30日", None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "参训农民就业创业率", "≥", pct(0.6), "%"),
        (None, None, "新增持证技能人员", "≥", 350, "人"),
        (None, "可持续影响指标", "县级培训师资库入库人数", "≥", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "澄溪县人力资源和社会保障局", "周丽娟", "0596-7321845", "2025年10月15日")
    return b


@variant("kk02-health-check-cost", (10, 1),
         "project, NAT-2021, one value column with operators inside; unit cost × count above the "
         "budget, a satisfaction ≥90 without % among rates with %")  # fmt: skip
def kk02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 22, 10))
    project_head(
        s, year=2026, name="白塘区65岁以上老年人免费健康体检", dept="白塘区卫生健康局",
        unit="白塘区疾病预防控制中心", attr="常年项目",
        money=[("年度资金总额", 90, "其中：财政拨款", 90), ("其他资金", 0, None, None)],
        goals=["为辖区65岁以上常住老年人提供一次免费健康体检，建立健康档案，体检结果异常人员"
               "全部纳入随访管理。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "体检老年人数", ok("≥6000人"), None),
        (None, None, "新建电子健康档案数", "≥6000份", None),
        (None, "质量指标", "体检报告规范率", "≥95%", None),
        (None, None, "异常结果随访率", "≥90%", None),
        (None, "时效指标", "体检结果反馈时限", "≤15个工作日", None),
        ("成本指标", "经济成本指标",
         mk("人均体检费用", "B107", "warning", row=True, alt=("D104",),
            note="180元/人 × 6000人 = 108万元，超过年度资金90万元，也与体检总费用≤90万元不符"),
         "≤180元/人", "按套餐价格测算"),
        (None, None, "体检总费用", ok("≤90万元"), None),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%", None),
        (None, None, "慢性病早期发现人数", "≥300人", None),
        (None, "可持续影响指标", "老年人健康档案动态更新率", "≥85%", None),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度",
         mk("≥90", "T105", "error", alt=("T104",), note="满意度没有%，表中其他比率都带%"), None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "白塘区卫生健康局", "陈志华", "0731-5482216", "2025年10月20日")
    return b


@variant("kk03-village-road", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns; counts grow over the period, "
         "annual cost within the annual budget")  # fmt: skip
def kk03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=3, name="青岚镇农村公路提档升级", dept="青岚县交通运输局",
        unit="青岚县农村公路管理所", attr="新增项目",
        money=[("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
               ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(300, WAN))],
        goals=["2026—2028年完成青岚镇农村公路提档升级12公里，路面技术状况优良率达到85%以上，"
               "改善沿线群众出行条件。",
               "2026年完成提档升级4公里，完成一期路段交工验收。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "公路提档升级里程", "≥12", "≥4", "公里"),
        (None, None, "新增错车道", "≥36", "≥12", "处"),
        (None, None, "安装波形护栏长度", "≥6000", "≥2000", "米"),
        (None, "质量指标", "交工验收合格率", "100%", "100%", None),
        (None, None, "路面技术状况优良率", "≥85%", "≥85%", None),
        (None, "时效指标", "工程完工时间", "2028年11月底前", "2026年11月底前", None),
        ("成本指标", "经济成本指标", "每公里提档升级成本", "≤75", "≤75", "万元/公里"),
        ("效益指标", "社会效益指标", "沿线受益群众", "≥9000", "≥3000", "人"),
        (None, None, "沿线行政村通客车率", "100%", "100%", None),
        (None, "可持续影响指标", "公路养护责任落实率", "100%", "100%", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "青岚县交通运输局", "郑海波", "0736-6218304", "2025年9月28日")
    return b


@variant("kk04-lab-equipment-deadline", (11, 8),
         "project, OLD-NAT, value and 计量单位 columns; a deadline in the next year for a one-year "
         "project, a pass rate with ≤")  # fmt: skip
def kk04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 18, 12, 24))
    project_head(
        s, year=2026, name="南溪市第三中学理化生实验室设备更新", dept="南溪市教育局",
        unit="南溪市第三中学", attr="一次性项目",
        money=[("年度资金总额", 148.5, "其中：财政拨款", 148.5), ("其他资金", 0, None, None)],
        goals=["更新理化生实验室设备6间，满足分组实验教学需要，实验开出率达到100%。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "更新实验室", "6", "间", None),
        (None, None, "购置实验台及配套设备", "≥240", "套", None),
        (None, "质量指标", "设备验收合格率",
         mk("≤98%", "T108", "warning", row=True, note="合格率是正向指标，不应写≤"), None, None),
        (None, None, "分组实验开出率", "100%", None, None),
        (None, "时效指标", "设备安装调试完成时间",
         mk("2027年6月底前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年），完成时间落在下一年"), None, "暑期施工"),
        (None, "成本指标", "实验室改造及设备购置总成本", "≤148.5", "万元", None),
        ("效益指标", "社会效益指标", "受益学生", "≥2100", "人", None),
        (None, None, "学生实验操作考核合格率", "≥95%", None, None),
        (None, "可持续影响指标", "设备使用年限", "≥8", "年", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "南溪市第三中学", "黄俊杰", "0599-8823107", "2025年11月3日")
    return b


@variant("kk05-department-weights", (10, 12),
         "department, NAT-2021, budget with tasks, weight column adding to 100 with a 合计 "
         "row")  # fmt: skip
def kk05() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 12, 18))
    s.title("2026年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "临川县文化和旅游局", None, "填报日期", day(2025, 11, 12),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, 1250, 1200, 50, 800, 450)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in [("公共文化服务提升", "送戏下乡、公共图书馆和文化馆免费开放", 180,
               "免费开放全年不少于300天"),
              ("文物保护", "县级文物保护单位修缮及日常巡查", 150, "完成3处文物修缮"),
              ("全域旅游推广", "旅游节庆活动、线上宣传", 120, "接待游客人次增长5%"),
              ("金额合计", None, 450, None)]:  # fmt: skip
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "完善县域公共文化服务体系，加强文物保护利用，推动文旅融合发展。",
          merge=[(2, 6)])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重", "指标解释")
    s.table([
        ("产出指标", "数量指标", "送戏下乡场次", "≥120场", 10, None),
        (None, None, "文物保护单位修缮", "≥3处", 10, None),
        (None, None, "旅游推广活动", "≥6场", 5, None),
        (None, "质量指标", "文物修缮工程验收合格率", "100%", 10, None),
        (None, None, "文物安全巡查覆盖率", "100%", 5, None),
        (None, "时效指标", "修缮工程完工时间", "2026年12月底前", 5, None),
        ("成本指标", "经济成本指标", "送戏下乡每场补助标准", "≤1.5万元/场", 10,
         "120场×1.5万元=180万元"),
        ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥25万人次", 10, None),
        (None, "经济效益指标", "接待游客人次增长率", "≥5%", 10, "比上年"),
        (None, "可持续影响指标", "文物安全事故发生率", "≤0.5%", 5, None),
        ("满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥90%", 10, None),
        (None, None, "游客满意度", "≥88%", 10, None),
        ("合计", None, None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "临川县文化和旅游局", "罗晓梅", "0794-6625910", "2025年11月12日")
    return b


@variant("kk06-river-dredging-money", (8, 12),
         "three-year project, OLD-NAT, money by year in the head, 中期 and 年度 columns; the "
         "period total is not the sum of the yearly amounts, a cumulative count smaller over "
         "the period")  # fmt: skip
def kk06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20, 14))
    s.title("2026年度项目支出绩效目标申报表", 6)
    s.row("项目名称", "松川河中小河流综合治理", None, "主管部门及代码", "松川县水利局（307）",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("实施单位", "松川县河道管理中心", None, "项目属性", "新增项目", merge=[(2, 3), (5, 6)])
    s.row("项目期", "3年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2028, 12, 31))
    top = s.r + 1
    s.row("项目资金（万元）", "中期资金总额",
          mk(1530, "B101", "error", alt=("B102",),
             note="分年度 520 + 480 + 430 = 1430，不是1530"),
          "年度资金总额", 520, None)  # fmt: skip
    s.row(None, "2026年", 520, "2027年", 480, None)
    s.row(None, "2028年", 430, "其他资金", 0, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("总体目标", "中期目标（2026年—2028年）", None, "年度目标", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, "治理松川河干流及支流河道28公里，新建加固堤防15公里，防洪标准达到20年一遇。",
          None, "2026年治理河道10公里，新建加固堤防5公里，完成上游段清淤。",
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "河道综合治理长度", "≥28", "≥10", "公里"),
        (None, None, "新建加固堤防",
         "≥15", "≥5", "公里"),
        (None, None, "河道清淤量", "≥12",
         mk("≥14", "D201", "error", note="清淤量累计，年度14万立方米大于中期12万立方米"),
         "万立方米"),
        (None, "质量指标", "单元工程质量合格率", "100%", "100%", None),
        (None, None, "堤防防洪标准达标率", "100%", "100%", None),
        (None, "时效指标", "工程完工时间", "2028年11月底前", "2026年11月底前", None),
        (None, "成本指标", "每公里河道综合治理成本", "≤51", "≤52", "万元/公里"),
        ("效益指标", "社会效益指标", "保护沿岸人口", "≥4.2", "≥1.5", "万人"),
        (None, "生态效益指标", "治理段水功能区水质达标率", "≥90%", "≥90%", None),
        (None, "可持续影响指标", "工程设施完好率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "松川县水利局", "刘建国", "0762-3318450", "2025年10月30日")
    return b
