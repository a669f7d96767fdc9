"""Department returns and service projects across both halves of the theme: fs13-fs18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout633.common import book, cash, indicators, one_year
from tests.variants.holdout633.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值")


@variant("fs13-station-department", (12,), "department, NAT-2021: budget split both ways, key "
         "tasks adding to 项目支出, a goal in numbered parts matching the indicators "
         "(correct)")  # fmt: skip
def fs13() -> Book:
    b, s = book()
    goal = ("1.保种大鲵亲本不少于500尾；2.推广鲟鱼生态养殖技术20户；"
            "3.完成养殖尾水监测采样240批次。")  # fmt: skip
    department_head(s, year=2025, dept="溪鹤县水产技术推广站",
                    budget=[(cash(368.5), cash(340), cash(28.5), cash(148.5), cash(220))],
                    tasks=[("大鲵良种保种", "亲本培育、种质检测", 80, "保种亲本500尾"),
                           ("鲟鱼养殖技术推广", "示范户指导、培训", 60, "推广20户"),
                           ("养殖尾水监测", "采样检测、数据报送", 80, "采样240批次"),
                           ("金额合计", None, 220, None)],
                    goal=goal)  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "大鲵保种亲本数量", "≥500尾"),
        (None, None, "鲟鱼生态养殖技术推广户数", "≥20户"),
        (None, None, "尾水监测采样批次", "≥240批次"),
        (None, "质量指标", "监测数据有效率", pct(0.98)),
        (None, "时效指标", "监测报告报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单批次尾水检测费用", "≤800元/批次"),
        ("效益指标", "生态效益指标", "监测区域尾水达标率", "≥90%"),
        (None, "可持续影响指标", "大鲵种质资源保存完整率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs14-bureau-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 not the "
         "total, tasks not adding to 金额合计, the goal's farm count against the "
         "indicator")  # fmt: skip
def fs14() -> Book:
    b, s = book()
    total = mk(
        cash(410),
        "B101",
        "error",
        row=True,
        note="财政拨款380 + 其他资金30 = 410，但基本支出160 + 项目支出240 = 400",
    )
    summed = mk(240, "B102", "error", note="任务金额70 + 120 + 40 = 230，不是240")
    department_head(s, year=2025, dept="梧潭县渔业渔政管理局",
                    budget=[(total, cash(380), cash(30), cash(160), cash(240))],
                    tasks=[("大鲵增殖放流", "放流大鲵苗种、跟踪监测", 70, "放流2000尾"),
                           ("养殖尾水治理", "养殖场尾水处理改造", 120, "改造12家"),
                           ("鲟鱼病害防控", "病害监测、用药指导", 40, "监测30家"),
                           ("金额合计", None, summed, None)],
                    goal="完成12家养殖场尾水治理改造，增殖放流大鲵2000尾。")  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "尾水治理改造养殖场数",
         mk("≥10家", "D104", "warning", row=True, note="年度目标和任务都写12家")),
        (None, None, "大鲵增殖放流数量", "≥2000尾"),
        (None, None, "鲟鱼病害监测养殖场数", "≥30家"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家养殖场改造补助", "≤10万元/家"),
        ("效益指标", "生态效益指标", "改造养殖场尾水达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs15-second-sheet", (7, 1), "project: head on the first sheet, the table on a second "
         "sheet under a two-row header (考核指标 · 预期实现值 split into 比较符 and 数值) with a "
         "评价标准 column, a typed percent, 0起 (correct)")  # fmt: skip
def fs15() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="鲟鱼养殖场疫病防控与质量安全监测项目",
                 dept="枫渚市农业农村局", unit="枫渚市水产品质量检测站",
                 money=one_year(45, 45, 0),
                 goals=["监测鲟鱼养殖场35家，抽检水产品120批次，无重大疫情。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 10, 14, 30))
    t.row("一级指标", "二级指标", "考核指标", "预期实现值", None, "评价标准", merge=[(4, 5)])
    t.row(None, None, None, "比较符", "数值及单位", None)
    for c in (1, 2, 3, 6):
        t.ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    t.table([
        ("产出指标", "数量指标", "鲟鱼养殖场疫病监测覆盖数", "≥", "35家", "每少1家扣0.5分"),
        (None, None, "水产品质量安全抽检批次", "≥", "120批次", "按完成比例得分"),
        (None, "质量指标", "抽检样品合格率", "≥", pct(0.98), "每低1个百分点扣1分"),
        (None, "时效指标", "疫情报告时限", "≤", "24小时", "超时不得分"),
        (None, "成本指标", "单批次抽检成本", "≤", "1500元/批次", "超标准不得分"),
        ("效益指标", "社会效益指标", "重大水生动物疫情发生数", "≤", "0起", "发生即不得分"),
        (None, "可持续影响指标", "养殖场防疫档案建档率", "=", pct(1), "按建档比例得分"),
        ("满意度指标", "服务对象满意度指标", "养殖场主满意度", "≥", "90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("fs16-dani-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a template "
         "tier-2 left without an indicator, a value without a name")  # fmt: skip
def fs16() -> Book:
    b, s = book()
    project_head(s, year=2025, name="大鲵人工养殖场标识与溯源管理项目",
                 dept="澄岭县农业农村局", unit="澄岭县水产技术推广站",
                 money=one_year(28, 28, 0),
                 goals=["为全县人工养殖大鲵加装电子标识1.2万尾，建立溯源档案。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "大鲵电子标识加装数量", "≥1.2万尾"),
        (None, None, "溯源档案建档养殖场数", "≥18家"),
        (None, "质量指标", mk(None, "F110", "error", note="有值没有指标名称"), "≥98%"),
        (None, "时效指标", "标识加装完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单尾标识加装成本", "≤15元/尾"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="模板行未填写，没有指标和值"), None, None),
        ("效益指标", "社会效益指标", "人工养殖大鲵可追溯率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b


DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标方向")


@variant("fs17-stacked-disease", (2, 11), "two disease-control projects (大鲵, 鲟鱼) stacked in "
         "one sheet, NAT-2021, a 指标方向 column (正向/反向) agreeing with the operators, the "
         "same names with different values in each (correct)")  # fmt: skip
def fs17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="大鲵养殖病害防控技术服务项目", dept="岚渚镇人民政府",
                 unit="岚渚镇农业综合服务中心", money=one_year(36, 30, 6),
                 goals=["为大鲵养殖场提供病害巡诊40场次，病害发生率控制在5%以内。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "病害巡诊服务场次", "≥40场次", "正向"),
        (None, "质量指标", "病害确诊准确率", "≥95%", "正向"),
        (None, "时效指标", "病害诊断响应时限", "≤24小时", "反向"),
        ("成本指标", "经济成本指标", "单场次巡诊成本", "≤0.5万元/场次", "反向"),
        ("效益指标", "经济效益指标", "养殖病害发生率", "≤5%", "反向"),
        (None, "生态效益指标", "养殖用药量下降率", "≥10%", "正向"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "正向"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="鲟鱼养殖病害防控技术服务项目", dept="岚渚镇人民政府",
                 unit="岚渚镇农业综合服务中心", money=one_year(42, 35, 7), title="",
                 goals=["为鲟鱼养殖场提供病害巡诊60场次，病害发生率控制在8%以内。"])  # fmt: skip
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "病害巡诊服务场次", "≥60场次", "正向"),
        (None, "质量指标", "病害确诊准确率", "≥90%", "正向"),
        (None, "时效指标", "病害诊断响应时限", "≤48小时", "反向"),
        ("成本指标", "经济成本指标", "单场次巡诊成本", "≤0.6万元/场次", "反向"),
        ("效益指标", "经济效益指标", "养殖病害发生率", "≤8%", "反向"),
        (None, "社会效益指标", "养殖死亡损失投诉数", "≤3起", "反向"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", "正向"),
    ])  # fmt: skip
    return b


@variant("fs18-dani-seedling-percent", (1, 11), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells: a rate typed above 100 %, a 死亡率 with ≥ beside a legitimate "
         "下降率 with ≥")  # fmt: skip
def fs18() -> Book:
    b, s = book()
    project_head(s, year=2025, name="大鲵苗种标准化培育补助项目", dept="溪鹤县农业农村局",
                 unit="溪鹤县大鲵繁育中心", money=one_year(52, 45, 7),
                 goals=["培育大鲵苗种4万尾，检疫全覆盖，培育期死亡率控制在10%以内。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "大鲵苗种标准化培育数量", "≥", 4, "万尾"),
        (None, "质量指标", "苗种检疫合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率超过100%上限（105%）"), "%"),
        (None, None, "培育期苗种死亡率",
         mk("≥", "T108", "warning", row=True, note="死亡率是反向指标，比较符应为≤"),
         pct(0.1), "%"),
        (None, "时效指标", "苗种培育完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "单尾苗种培育补助", "≤", 10, "元/尾"),
        ("效益指标", "生态效益指标", "苗种培育用药量下降率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "带动养殖户数", "≥", 30, "户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
