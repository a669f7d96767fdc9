"""科技 R&D grants: department tables (部门整体) with 年度主要任务, 年度总体目标 and an indicator
table, 基本支出 + 项目支出 and a 金额合计 row."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout13.common import sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

M = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值", "备注")


@variant("y09-science-department-ok", (3, 12), "department, tasks adding to 项目支出, NAT-2021")
def y09() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    department_head(s, year=2025, dept="云台市科学技术局", filled=day(2024, 9, 26), budget=[
        (money(5830.5, M), money(5600.5, M), money(230, M), money(1830.5, M), money(4000, M))],
        tasks=[("重点研发计划", "支持智能制造、生物医药领域攻关项目30项", money(2400, M),
                "形成发明专利≥60件"),
               ("企业研发投入后补助", "对研发投入增长的企业给予后补助", money(1000, M),
                "补助企业≥80家"),
               ("科技创新平台建设", "新建省级以上研发平台", money(600, M), "新增平台≥5个"),
               ("金额合计", None, money(4000, M), None)],
        goal="目标1：全社会研发投入强度达到2.1%；目标2：新增高新技术企业60家；"
             "目标3：科技成果转化合同成交额较上年增长15%以上。")  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "支持重点研发项目", "≥30项", "其中市县联合项目10项"),
        (None, None, "新增高新技术企业", "≥60家", None),
        (None, None, "发明专利授权量", "≥60件", None),
        (None, "质量指标", "项目按期验收通过率", pct(0.9), None),
        (None, "时效指标", "立项评审办结时限", "≤60日", "自申报截止日起"),
        ("成本指标", "经济成本指标", "单个重点研发项目资助额", "≤100万元", None),
        (None, "社会成本指标", "科研诚信失信事件", "0起", None),
        ("效益指标", "经济效益指标", "技术合同成交额增长率", "≥15%", "较上年"),
        (None, "社会效益指标", "全社会研发投入强度", "≥2.1%", "R&D经费占GDP比重"),
        (None, "可持续影响指标", "市县科技资金配套比例", "1:1", "市级：县级"),
        ("满意度指标", "服务对象满意度指标", "受资助企业满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="邹慧", boss="施明远")
    return b


@variant("y10-science-department-wrong", (3, 12), "department, planted money and value defects")
def y10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    department_head(s, year=2025, dept="柏川县科学技术和工业信息化局", budget=[
        (mk(money(6200, M), "B101", "error", row=True, note="基本 + 项目 = 6000"),
         money(6000, M), money(200, M), money(2000, M), money(4000, M))],
        tasks=[("科技特派员服务", "选派科技特派员入驻乡村", money(1500, M), "服务村≥120个"),
               ("中小企业研发补助", "对科技型中小企业研发费用给予补助", money(1200, M),
                "补助企业≥40家"),
               ("农业科技示范基地", "建设农业科技示范基地", money(900, M), "建成基地≥6个"),
               ("金额合计", None, mk(money(4000, M), "B102", "error", note="tasks add to 3600"),
                None)],
        goal="推动科技特派员全覆盖，科技型中小企业研发能力明显增强。")  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "科技特派员服务村", "≥120个", None),
        (None, None, "补助科技型中小企业", "≥40家", None),
        (None, "质量指标", "示范基地验收通过率",
         mk(">=95", "T105", "error", alt=("T104", "T116"), note="rate without %"), None),
        (None, "时效指标", "补助资金兑现时限", "≤45日", None),
        ("成本指标", "经济成本指标", "单个示范基地建设补助", "≤150万元", None),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥800元", None),
        (None, "社会效益指标", "新技术新品种推广", "≥30项", None),
        ("满意度指标", "服务对象满意度指标", "企业和农户满意度",
         mk("95%%", "T116", "warning", note="percent sign doubled"), None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="严露", boss="孟凡")
    return b
