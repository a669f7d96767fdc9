"""市场监管 and 应急 returns: 考核指标 with 评价标准, direction and operator columns with
weights, a money detail block with 测算依据 above 绩效标准, a department table with tasks, the
indicators on a second sheet under 预期实现值, numbered tier labels with points (pw13–pw18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout221.common import (
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout221.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pw13-elevator-assessment-criteria", (7, 10, 11), "one-year project in 元, NAT-2021, "
         "headers 考核指标, 目标值（年度） and a 评价标准 column speaking of 百分点: 差错率 ≤, "
         "死亡人数 ≤ per 万台, 投诉量下降率 ≥, ≥3百分点 (correct)")  # fmt: skip
def pw13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="特种设备安全监察专项", dept="青岚市市场监督管理局（702）",
        unit="青岚市特种设备检验所", money_label="项目资金（元）",
        money=one_year_money(yuan(1580000), yuan(1380000), yuan(200000)),
        goals=["加强电梯、锅炉、压力容器等特种设备安全监察，完成电梯维保质量抽查400台，"
               "特种设备定期检验率保持在98%以上，全年不发生较大特种设备事故。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "特种设备使用单位监督检查", "≥900家次", "每少10家次扣1分"),
        (None, None, "电梯维保质量抽查", "≥400台", "每少10台扣1分"),
        (None, "质量指标", "特种设备定期检验率", "≥98%", "每低1个百分点扣2分"),
        (None, None, "检验报告差错率", "≤1%", "每高0.5个百分点扣1分"),
        (None, "时效指标", "电梯困人应急救援到达时间", "≤30分钟", "超时1次扣0.5分"),
        (None, None, "检验报告出具时限", "≤5个工作日", "超期1份扣0.5分"),
        ("成本指标", "经济成本指标", "单台电梯抽查费用", "≤1500元/台", "超标准不得分"),
        ("效益指标", "社会效益指标", "万台特种设备死亡人数", "≤0.2人/万台", "超过不得分"),
        (None, None, "电梯困人投诉量同比下降率", "≥5%", "未下降不得分"),
        (None, "可持续影响指标", "电梯安全责任保险覆盖率提高", "≥3百分点", "每少1个百分点扣1分"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "每低1个百分点扣1分"),
    ])  # fmt: skip
    note(s, "注：评价标准中的“百分点”指与目标值的绝对差。", 5)
    sign(s, "林书瑶", "赵景行", "0731-8520364", "填报日期：2025年12月2日")
    return b


@variant("pw14-hotline-direction-weights", (1, 11), "one-year project, NAT-2021, 指标方向 "
         "(正向/反向), 比较符, bare values with a unit column and a 权重 column: a 接通率 "
         "with ≤, a 反向 被投诉率 without an operator, weights adding to 95")  # fmt: skip
def pw14() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 8, 10, 12, 8))
    project_head(
        s, year=2026, name="消费维权与12315热线运行项目", dept="岚山区市场监督管理局（705）",
        unit="岚山区消费者权益保护中心",
        money=one_year_money(wan(72), wan(72), wan(0)),
        goals=["保障12315热线平稳运行，依法及时处理消费投诉举报，开展消费维权宣传，"
               "为消费者挽回经济损失。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "受理消费投诉举报", "正向", "≥", 6000, "件", 10),
        (None, None, "消费维权宣传活动", "正向", "≥", 24, "场", 10),
        (None, "质量指标", "12315热线接通率", "正向",
         mk("≤", "T108", "warning", row=True, note="a 接通率 declared 正向: ≥90% meant"),
         90, "%", 10),
        (None, None, "投诉处理按期办结率", "正向", "≥", pct(0.98), "%", 10),
        (None, "时效指标", "投诉处理办结时限", "反向", "≤", 7, "个工作日", 10),
        ("成本指标", "经济成本指标", "热线单件处理成本", "反向", "≤", 45, "元/件", 10),
        ("效益指标", "经济效益指标", "为消费者挽回经济损失", "正向", "≥", 300, "万元", 10),
        (None, "社会效益指标", "经营者被投诉率", "反向", None,
         mk(0.5, "T117", "warning", row=True, note="反向 without an operator: ≤0.5% meant"),
         "%", 10),
        (None, "可持续影响指标", "在线消费纠纷解决企业", "正向", "≥", 50, "家", 5),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "正向", "≥", 90, "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="nine weights of 10 and one of 5 add up to 95, not 100")
    sign(s, "邓若曦", "苏承泽", "0734-6609182")
    return b


@variant("pw15-inspection-detail-basis", (1, 7, 12), "one-year project, NAT-2021, a budget "
         "detail block with 测算依据 above the indicators (header 绩效标准 and 指标值设定依据), "
         "a 100% percent cell, unit cost × 批次 equal to its line (correct)")  # fmt: skip
def pw15() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 16, 18, 14))
    project_head(
        s, year=2026, name="产品质量监督抽查项目", dept="檀溪县市场监督管理局（708）",
        unit="檀溪县产品质量检验所",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年完成产品质量监督抽查800批次，不合格产品后处理率100%，"
               "全年不发生区域性产品质量安全事故。"],
    )  # fmt: skip
    s.row("支出明细", "数量", "单价（万元）", "金额（万元）", "测算依据", None, merge=[(5, 6)])
    s.row("产品抽样检验费", "800批次", 0.15, 120, "按检验收费标准1500元/批次", merge=[(5, 6)])
    s.row("不合格产品后处理", "60件", 0.2, 12, "含复检、核查处置", merge=[(5, 6)])
    s.row("抽样人员差旅费", "240人次", 0.05, 12, "按差旅标准500元/人次", merge=[(5, 6)])
    s.row("信息公示及培训", "1项", 6, 6, "质量信息公示、企业培训", merge=[(5, 6)])
    s.row("合计", None, None, 150, None, merge=[(5, 6)])
    s.skip()
    head = ("一级指标", "二级指标", "三级指标", "绩效标准", "指标值设定依据")
    indicators(s, head, [
        ("产出指标", "数量指标", "产品质量监督抽查批次", "≥800批次", "计划标准"),
        (None, None, "不合格产品后处理率", pct(1), "计划标准"),
        (None, "质量指标", "检验报告准确率", "≥99%", "行业标准"),
        (None, "时效指标", "检验结果告知时限", "5个工作日内", "行业标准"),
        ("成本指标", "经济成本指标", "单批次抽样检验费用", "≤1500元/批次", "收费标准"),
        ("效益指标", "社会效益指标", "重点工业产品监督抽查合格率", "≥92%", "历史标准"),
        (None, None, "区域性产品质量安全事故", "=0起", "计划标准"),
        (None, "可持续影响指标", "产品质量安全风险监测机制", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(s, "胡安然", "马骁", "0745-6631275")
    return b


@variant("pw16-market-department-money", (12,), "department, NAT-2021, tasks with 金额合计: "
         "基本支出 + 项目支出 ≠ 资金总额, a task target above its indicator")  # fmt: skip
def pw16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白沙河区市场监督管理局",
        budget=[(mk(wan(1536.8), "B101", "error", row=True, note="986.4 + 560.4 = 1546.8"),
                 wan(1496.8), wan(40), wan(986.4), wan(560.4))],
        tasks=[
            ("食品安全抽检", "食品安全监督抽检和农贸市场快检", wan(238),
             "完成食品安全监督抽检不少于3000批次"),
            ("特种设备安全监管", "电梯、锅炉等特种设备使用单位监督检查", wan(126.4),
             "监督检查使用单位不少于800家次"),
            ("知识产权保护", "商标专利行政执法和维权援助", wan(96),
             "办理知识产权维权援助案件不少于80件"),
            ("12315热线运行", "热线坐席运行和投诉举报处理", wan(100), "热线接通率不低于90%"),
            ("金额合计", None, wan(560.4), None),
        ],
        goal="守牢食品安全、特种设备安全底线，强化知识产权保护，及时处理消费投诉举报，"
             "营造安全放心的消费环境。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次",
         mk("≥2500批次", "D104", "warning", row=True, note="the task says 不少于3000批次")),
        (None, None, "特种设备使用单位监督检查", "≥800家次"),
        (None, None, "知识产权维权援助案件", "≥80件"),
        (None, "质量指标", "12315热线接通率", "≥90%"),
        (None, None, "抽检不合格食品核查处置率", "=100%"),
        (None, "时效指标", "消费投诉处理时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "食品安全抽检单批次成本", "≤750元/批次"),
        ("效益指标", "社会效益指标", "较大及以上食品安全事故", "=0起"),
        (None, None, "万台特种设备死亡人数", "≤0.2人/万台"),
        (None, "可持续影响指标", "市场主体信用分类监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市场主体和消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pw17-standardisation-second-sheet", (7, 10, 11), "one-year project, NAT-2021: head on "
         "the first sheet, the indicators on a second sheet under 预期实现值 with 计量单位 and "
         "指标性质 columns, thresholds in words (不少于, 不高于, 以内, 个百分点以上) "
         "(correct)")  # fmt: skip
def pw17() -> Book:
    b, s = book("项目基本信息")
    project_head(
        s, year=2026, name="工贸企业安全生产标准化建设项目", dept="枫岭县应急管理局（306）",
        unit="枫岭县安全生产服务中心", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["推动工贸企业安全生产标准化建设，全年帮扶企业不少于80家，帮扶企业不发生"
               "生产安全事故。"],
    )  # fmt: skip
    note(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", (14, 16, 30, 18, 12, 10))
    t.title("工贸企业安全生产标准化建设项目绩效指标", 6)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位", "指标性质")
    indicators(t, head, [
        ("产出指标", "数量指标", "帮扶企业开展标准化建设", "不少于80", "家", "正向"),
        (None, None, "标准化评审员培训", "不少于150", "人次", "正向"),
        (None, "质量指标", "企业标准化自评报告合格率", "不低于95%", "%", "正向"),
        (None, "时效指标", "企业评审申请受理办结时限", "20个工作日以内", "个工作日", "反向"),
        ("成本指标", "经济成本指标", "单家企业帮扶服务费用", "不高于0.6", "万元/家", "反向"),
        ("效益指标", "社会效益指标", "帮扶企业生产安全事故起数", "等于0", "起", "反向"),
        (None, None, "帮扶企业较大风险隐患整改率提高", "5个百分点以上", "百分点", "正向"),
        (None, "可持续影响指标", "企业安全生产标准化长效机制", "基本建立", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "帮扶企业满意度", "不低于90%", "%", "正向"),
    ])  # fmt: skip
    sign(t, "周以宁", "陈墨", "0736-2291046")
    return b


@variant("pw18-geohazard-numbered-points", (5, 10), "one-year project, NAT-2021, numbered tier "
         "labels with points (一、产出指标（50分）, 1.数量指标) and a 分值 column: a 及时率 given "
         "as a time, a number in the name that the value contradicts")  # fmt: skip
def pw18() -> Book:
    b, s = book("Sheet1", (18, 20, 30, 16, 8))
    project_head(
        s, year=2026, name="地质灾害隐患点监测预警项目", dept="岚山区自然资源局（241）",
        unit="岚山区地质环境监测站",
        money=one_year_money(wan(118), wan(98), wan(20)),
        goals=["完成辖区地质灾害隐患点专业监测和群测群防员培训，汛期预警信息及时发布，"
               "不发生因地质灾害造成的人员死亡。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "隐患点专业监测（120处）",
         mk("≥100处", "T110", "warning", row=True, note="120处 in the name"), 15),
        (None, None, "群测群防员培训", "≥300人次", 10),
        (None, "2.质量指标", "监测设备在线率", "≥95%", 10),
        (None, "3.时效指标", "预警信息发布及时率",
         mk("30分钟内", "T105", "error", note="a 及时率 given as a time limit"), 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单处隐患点年监测运维成本", "≤0.5万元/处", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "因地质灾害造成人员死亡", "=0人", 10),
        (None, None, "受威胁群众避险转移覆盖率", "=100%", 10),
        (None, "2.可持续影响指标", "群测群防体系运行", "持续有效", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受威胁群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "彭一凡", "黎书棠", "0733-8852417")
    return b
