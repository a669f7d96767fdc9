"""部门整体 returns (on03, on08, on12 correct; on15 with planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout186.common import (
    ONE,
    WIDTHS9,
    WIDTHS10,
    attachments,
    department_head,
    footer,
    indicators,
    instructions,
)
from tests.variants.holdout186.registry import variant
from tests.variants.kit import Book, day, mk, pct

SEVEN = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "备注")
PERIOD = ("一级指标", "二级指标", "三级指标", "指标性质", "实施周期指标值", "年度指标值",
          "计量单位", "上年指标值", "备注")  # fmt: skip


@variant("on03-culture-department", (3, 12), "department, NAT-2021, 填报说明 first, name merged "
         "two rows high, budget and tasks adding up, numbered 年度总体目标, 序号/备注 columns, "
         "operator and unit columns, spacer rows")  # fmt: skip
def on03() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("部门整体绩效目标", widths=(6, 16, 16, 30, 10, 12, 10, 16))
    department_head(
        s, 8, year=2026, dept="南屏区文化和旅游局", code="118006", filled=day(2025, 11, 8),
        budget=(1850.00, 1700.00, 150.00, 1100.00, 750.00),
        tasks=[("机构运行保障", "人员经费和日常公用经费", 1100.00, "保障机关正常运转"),
               ("公共文化服务", "送戏下乡、公共文化场馆免费开放", 420.00, "送戏下乡120场"),
               ("文化市场监管", "文化市场综合执法检查", 130.00, "执法检查600次"),
               ("文物保护", "文物保护单位巡查和修缮", 200.00, "文物安全形势平稳"),
               ("金额合计", None, 1850.00, None)],
        goal="1.组织送戏下乡演出120场；\n2.开展文化市场执法检查600次；\n"
             "3.公共文化场馆全年接待350000人次以上。",
    )  # fmt: skip
    indicators(s, SEVEN, [
        [("产出指标", "数量指标", "送戏下乡演出", "≥", 120, "场", "同上年"),
         (None, None, "文化市场执法检查", "≥", 600, "次", None),
         (None, None, "文物保护单位巡查", "≥", 48, "次", None),
         (None, "质量指标", "公共文化设施免费开放率", "=", 100, "%", "同上年"),
         (None, None, "文化市场案件办结率", "≥", 95, "%", None),
         (None, "时效指标", "行政许可办理时限", "≤", 5, "工作日", "同上年")],
        [("成本指标", "经济成本指标", "送戏下乡场均补助", "≤", 1.5, "万元/场", "同上年")],
        [("效益指标", "经济效益指标", "旅游接待人数增长率", "≥", 5, "%", None),
         (None, "社会效益指标", "公共文化场馆年接待", "≥", 350000, "人次", "按实际统计"),
         (None, "可持续影响指标", "公共文化服务体系", None, "不断完善", None, None)],
        [("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥", 90, "%", "问卷调查")],
    ], section="年度绩效指标")  # fmt: skip
    footer(s, 8, signer="甘晓霞", checker="李健", head="欧志强", filled="2025年11月8日")
    return b


@variant("on08-market-regulation-two-columns", (3, 8), "department, NAT-2021, 实施周期 and 年度 "
         "columns legitimately equal for a one-year department table, hidden 上年指标值, "
         "附件清单 first, spacer rows; =0起 major incidents")  # fmt: skip
def on08() -> Book:
    b = Book()
    attachments(b, "部门整体支出绩效目标申报附件清单", [
        ("部门职能及年度工作计划", 1, None), ("重点项目资金测算表", 1, None),
    ])  # fmt: skip
    s = b.sheet("绩效目标申报表", widths=WIDTHS10)
    department_head(
        s, 10, year=2026, dept="岚桥区市场监督管理局", code="127001", filled=day(2025, 11, 15),
        budget=(2460.00, 2300.00, 160.00, 1580.00, 880.00),
        tasks=[("机构运行保障", "人员经费和日常公用经费", 1580.00, "保障机关正常运转"),
               ("食品安全抽检", "食品安全监督抽检和风险监测", 360.00, "抽检2400批次"),
               ("特种设备安全监察", "电梯、锅炉等特种设备监督检查", 220.00, "检查900台次"),
               ("消费维权", "消费投诉举报受理和处置", 300.00, "处理投诉举报5000件"),
               ("金额合计", None, 2460.00, None)],
        goal="1.完成食品安全监督抽检2400批次；\n2.开展特种设备监督检查900台次；\n"
             "3.全年不发生重大食品安全事故。",
    )  # fmt: skip
    indicators(s, PERIOD, [
        [("产出指标", "数量指标", "食品安全监督抽检", "≥", 2400, 2400, "批次", 2200, None),
         (None, None, "特种设备监督检查", "≥", 900, 900, "台次", 850, None),
         (None, None, "消费投诉举报处理", "≥", 5000, 5000, "件", 4600, "按实际"),
         (None, "质量指标", "抽检不合格食品核查处置率", "=", 100, 100, "%", 100, "同上年"),
         (None, "时效指标", "消费投诉按时办结率", "≥", 98, 98, "%", 98, "同上年")],
        [("成本指标", "经济成本指标", "食品抽检批次平均费用", "≤", 1400, 1400, "元/批次", 1400,
          "同上年")],
        [("效益指标", "社会效益指标", "重大食品安全事故", "=", 0, 0, "起", 0, "同上年"),
         (None, "可持续影响指标", "智慧监管平台运行", None, "稳定", "稳定", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", 88, 88, "%", 86, None)],
    ], hidden=9, section="年度绩效指标")  # fmt: skip
    footer(s, 10, signer="石慧玲", checker="莫家豪", head="覃振华", filled="2025年11月15日")
    return b


@variant("on12-education-department", (1, 3, 12), "department, OLD-NAT (成本指标 under 产出), "
         "附件清单 first, 比较符 and unit columns, percentages stored as Excel stores them, hidden "
         "上年指标值, spacer rows; =0人 drop-outs")  # fmt: skip
def on12() -> Book:
    b = Book()
    attachments(b, "部门整体支出绩效目标附件清单", [
        ("教育事业发展年度计划", 1, None), ("学生资助资金测算表", 1, None),
    ])  # fmt: skip
    s = b.sheet("部门整体绩效目标表", widths=WIDTHS9)
    department_head(
        s, 9, year=2026, dept="鹤台县教育局", code="205001", filled=day(2025, 11, 12),
        budget=(18650.00, 17900.00, 750.00, 15200.00, 3450.00),
        tasks=[("人员及公用经费", "教职工工资福利和学校日常运转", 15200.00, "保障学校正常运转"),
               ("学生资助", "家庭经济困难学生资助", 1250.00, "资助5000人次"),
               ("校舍维修", "中小学校舍维修改造", 1600.00, "维修校舍26000平方米"),
               ("教师培训", "中小学教师全员培训", 600.00, "培训2400人次"),
               ("金额合计", None, 18650.00, None)],
        goal="1.资助家庭经济困难学生5000人次；\n2.完成校舍维修26000平方米；\n"
             "3.开展教师培训2400人次，义务教育巩固率保持在99%以上。",
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "上年指标值",
              "备注")  # fmt: skip
    indicators(s, header, [
        [("产出指标", "数量指标", "资助家庭经济困难学生", "≥", 5000, "人次", 4800, None),
         (None, None, "校舍维修面积", "≥", 26000, "平方米", 22000, None),
         (None, None, "教师培训", "≥", 2400, "人次", 2400, "同上年"),
         (None, "质量指标", "义务教育巩固率", "≥", pct(0.99), "%", pct(0.99), "同上年"),
         (None, None, "维修工程验收合格率", "=", pct(1), "%", pct(1), "同上年"),
         (None, "时效指标", "资助资金拨付时限", "≤", 30, "天", 30, "同上年"),
         (None, "成本指标", "校舍维修单位成本", "≤", 600, "元/平方米", 580, None)],
        [("效益指标", "社会效益指标", "义务教育阶段学生辍学", "=", 0, "人", 0, "同上年"),
         (None, "可持续影响指标", "学生资助长效机制", None, "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%", pct(0.9),
          "同上年")],
    ], hidden=8, section="年度绩效指标")  # fmt: skip
    footer(s, 9, signer="罗丹", checker="何文军", head="张立平", filled="2025年11月12日")
    return b


@variant("on15-civil-affairs-planted", (3, 12), "department, NAT-2021, 填报说明 first, hidden "
         "上年指标值: 基本支出 + 项目支出 miss the 资金总额, one value typed only in the hidden "
         "column (the visible value cell empty)")  # fmt: skip
def on15() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("部门整体绩效目标表", widths=WIDTHS9)
    department_head(
        s, 9, year=2026, dept="石岭区民政局", code="131001", filled=day(2025, 11, 18),
        budget=(mk(3260.00, "B101", "error", row=True, alt=("B102",),
                   note="基本支出 1420 + 项目支出 1740 = 3160 ≠ 3260"),
                3100.00, 160.00, 1420.00, 1740.00),
        tasks=[("机构运行保障", "人员经费和日常公用经费", 1420.00, "保障机关正常运转"),
               ("养老服务", "高龄津贴和社区养老服务站建设", 980.00, "发放高龄津贴12000人"),
               ("社会救助", "城乡低保和临时救助", 660.00, "困难群众应保尽保"),
               ("殡葬改革", "公益性公墓建设维护", 200.00, "节地生态安葬稳步推进"),
               ("金额合计", None, 3260.00, None)],
        goal="1.为12000名高龄老人发放高龄津贴；\n2.建设社区养老服务站8个；\n"
             "3.困难群众基本生活得到有效保障。",
    )  # fmt: skip
    b.file_mark("B102", "error", required=False,
                note="the project tasks (1840) then miss 项目支出 1740: the same slip")  # fmt: skip
    indicators(s, ONE, [
        [("产出指标", "数量指标", "发放高龄津贴", "≥", 12000, "人", 11500, None),
         (None, None, "城乡低保保障对象", "≥",
          mk(None, "T101", "error", row=True, note="typed only in the hidden 上年 column"),
          "人", 4200, None),
         (None, None, "建设社区养老服务站", "≥", 8, "个", 6, None),
         (None, "质量指标", "救助资金社会化发放率", "=", 100, "%", 100, "同上年"),
         (None, "时效指标", "临时救助审批时限", "≤", 5, "工作日", 5, "同上年")],
        [("成本指标", "经济成本指标", "社区养老服务站建设补助", "≤", 25, "万元/个", 25, "同上年")],
        [("效益指标", "社会效益指标", "困难群众应保尽保率", "≥", 98, "%", 98, "同上年"),
         (None, "可持续影响指标", "养老服务网络", None, "不断完善", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", 90, "同上年")],
    ], hidden=8, section="年度绩效指标")  # fmt: skip
    footer(s, 9, signer="周婉", checker="陈国良", head="梁永胜", filled="2025年11月18日")
    return b
