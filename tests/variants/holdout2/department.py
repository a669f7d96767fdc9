"""Department tables (§3.2) with a 年度主要任务 block: 任务名称 · 主要内容 · 预算金额, the amounts
adding to 金额合计, 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, day, mk, money

DEPT = "青岚市生态环境局"


@variant(
    "k04-department-task-columns",
    (12,),
    "department, NAT-2021: budget block, tasks with 预算金额 split into 合计 · 财政拨款 · "
    "其他资金 columns and a 金额合计 row, every sum consistent both ways (correct)",
)
def k04() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (16, 18, 30, 14, 14, 14, 34))
    s.title("2025年度部门整体支出绩效目标表", 7)
    s.row("部门（单位）名称", DEPT, None, "部门预算编码", "308", "填报日期",
          day(2024, 11, 18), merge=[(2, 3)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(1236.8), money(1180.8), money(56.0), money(842.3), money(394.5))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    top = s.row("年度主要任务", "任务名称", "主要内容", "预算金额合计（万元）", "其中：财政拨款",
                "其他资金", "期望达到的目标")  # fmt: skip
    for t in [
        ("大气污染防治", "重点企业挥发性有机物治理督导、施工扬尘管控", 120.0, 110.0, 10.0,
         "PM2.5年均浓度不高于30微克/立方米"),
        ("水生态环境保护", "河流断面水质监测、入河排污口排查整治", 186.5, 160.5, 26.0,
         "国控断面水质优良比例达到90%以上"),
        ("生态环境执法监管", "双随机执法检查、执法装备运行维护", 88.0, 68.0, 20.0,
         "完成重点排污单位双随机检查260家次以上"),
    ]:  # fmt: skip
        s.row(None, t[0], t[1], money(t[2]), money(t[3]), money(t[4]), t[5])
    s.row(None, "金额合计", None, money(394.5), money(338.5), money(56.0), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "持续改善全市生态环境质量：PM2.5年均浓度不高于30微克/立方米，国控断面"
          "水质优良比例不低于90%，完成入河排污口整治45个。", merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(4, 7)])
    s.table([
        ("产出指标", "数量指标", "重点排污单位双随机执法检查", "≥260家次"),
        (None, None, "入河排污口整治", "≥45个"),
        (None, "质量指标", "国控断面水质优良比例", "≥90%"),
        (None, "时效指标", "环境信访件办结时限", "≤30天"),
        ("成本指标", "经济成本指标", "项目支出预算控制数", "≤394.5万元"),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤30微克/立方米"),
        (None, "可持续影响指标", "生态环境损害赔偿制度", "有效执行"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "k14-department-tasks-wrong",
    (12,),
    "department, NAT-2021 (heads.department_head): 财政拨款 + 其他资金 ≠ 资金总额 while "
    "基本支出 + 项目支出 agree, and tasks that do not add up to their 金额合计",
)
def k14() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表")
    department_head(
        s, year=2025, dept="白沙河区司法局",
        budget=[(mk(money(860.0), "B101", "error", row=True,
                    note="800 + 40 = 840 ≠ 860 (610 + 250 agrees)"),
                 money(800.0), money(40.0), money(610.0), money(250.0))],
        tasks=[
            ("人民调解工作", "矛盾纠纷排查调处、调解员以案定补", money(80.0),
             "调解矛盾纠纷1800件以上"),
            ("公共法律服务", "法律援助、公共法律服务站点运行", money(95.0),
             "法律援助案件3个工作日内指派"),
            ("社区矫正管理", "社区矫正对象监管、教育帮扶", money(60.0), "再犯罪率不高于0.2%"),
            ("金额合计", None, mk(money(250.0), "B102", "error", row=True,
                                  note="80 + 95 + 60 = 235 ≠ 250"), None),
        ],
        goal="深化矛盾纠纷多元化解，完善公共法律服务体系，社区矫正对象再犯罪率控制在0.2%以内。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "调解矛盾纠纷", "≥1800件"),
        (None, "质量指标", "调解协议履行率", "≥95%"),
        (None, "时效指标", "法律援助案件指派时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "人民调解个案补贴标准", "≤300元/件"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
        (None, "可持续影响指标", "公共法律服务体系", "不断完善"),
        ("满意度指标", "服务对象满意度指标", "法律服务对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
