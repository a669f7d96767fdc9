"""Department tables (部门整体支出绩效目标表) of health, medical insurance and social security
departments: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, shares, 年度主要任务 with a
金额合计, a 人员经费/公用经费 split and a prior-year row (pu13–pu18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout219.common import ONE, book, indicators, note, sign, wan
from tests.variants.holdout219.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


def share(value: float) -> C:
    """A share (占比) as Excel stores it, shown with two decimals."""
    return pct(value, "0.00%")


def split_head(s: Sheet, *, year: int, dept: str, budget: Sequence[Any],
               parts: Sequence[Any], prior: Sequence[Any], tasks: Sequence[Sequence[Any]],
               goal: str) -> None:  # fmt: skip
    """A department head whose 基本支出 is split into 人员经费 and 公用经费 (``parts``), with the
    prior year's budget and spending (``prior``) and the tasks, the last the 金额合计 row."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 12, 5), merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *budget)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("基本支出构成", "人员经费", parts[0], "公用经费", parts[1], None)
    s.row("上年预算情况", "上年预算数", prior[0], "上年执行数", prior[1], None)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


@variant("pu13-insurance-bureau-tasks", (12,), "department, NAT-2021: 总额 = 财政拨款 + 其他资金 = "
         "基本支出 + 项目支出, tasks adding to a 金额合计 equal to 项目支出 (not to 总额), a "
         "footnote saying so (correct)")  # fmt: skip
def pu13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="禾川县医疗保障局",
        budget=[(wan(1280), wan(1200), wan(80), wan(830), wan(450))],
        tasks=[
            ("医保基金监管", "定点医药机构现场检查、智能监控", wan(120), "定点医药机构检查全覆盖"),
            ("城乡医疗救助", "资助困难群众参保、住院救助", wan(260), "困难群众应保尽保"),
            ("经办服务能力建设", "经办窗口标准化、信息系统运维", wan(70), "高频事项一窗通办"),
            ("金额合计", None, wan(450), None),
        ],
        goal="守牢医保基金安全底线，困难群众应保尽保，医保经办服务便捷高效。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "定点医药机构检查家数", "≥210家"),
        (None, None, "资助困难群众参保人数", "≥5200人"),
        (None, "质量指标", "医疗救助对象身份核准率", "≥98%"),
        (None, None, "医保基金结算差错率", "≤0.5%"),
        (None, "时效指标", "医疗救助资金拨付时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均资助参保标准", "≤380元/人"),
        ("效益指标", "社会效益指标", "城乡居民基本医疗保险参保率", "≥95%"),
        (None, "可持续影响指标", "医保基金安全运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出合计；基本支出830万元用于保障机构正常运转，未列入主要任务。")
    sign(s, "郁知行", "蓝若初", "0728-47320516")
    return b


@variant("pu14-health-bureau-split", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额 "
         "(财政拨款 + 其他资金 right), a deadline copied from the year before")  # fmt: skip
def pu14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="栖凤县卫生健康局",
        budget=[(mk(wan(1500), "B101", "error", row=True, note="980 + 540 = 1520"),
                 wan(1420), wan(80), wan(980), wan(540))],
        tasks=[
            ("基本公共卫生服务", "老年人、慢性病患者健康管理", wan(320), "服务规范开展"),
            ("妇幼健康服务", "妇幼保健院业务用房改扩建", wan(140), "改扩建按期完工"),
            ("卫生应急", "应急物资储备、演练", wan(80), "应急处置及时"),
            ("金额合计", None, wan(540), None),
        ],
        goal="提升基本公共卫生服务均等化水平，完成妇幼保健院改扩建，卫生应急处置及时有效。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "老年人健康管理人数", "≥15000人"),
        (None, None, "妇幼保健院改扩建面积", "≥3200平方米"),
        (None, "质量指标", "孕产妇系统管理率", "≥90%"),
        (None, "时效指标", "妇幼保健院改扩建完成时间",
         mk("2025年9月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a deadline before the budget year: copied from 2025")),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤94元/人"),
        ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "裴言蹊", "计星澜", "0736-28451907")
    return b


@variant("pu15-social-insurance-shares", (1, 12), "department, NAT-2021: shares in percent "
         "cells rounded to two decimals (66.67 % + 33.33 %), tasks adding to 项目支出, a cost × "
         "count equal to its task, points adding to 100 (correct)")  # fmt: skip
def pu15() -> Book:
    b, s = book("部门整体", (16, 16, 30, 16, 16, 12))
    department_head(
        s, year=2026, dept="临澄市社会保险事业管理中心",
        budget=[(wan(1200), wan(800), wan(400), wan(720), wan(480)),
                (share(1), share(0.6667), share(0.3333), share(0.6), share(0.4))],
        tasks=[
            ("社保经办服务", "待遇资格认证、关系转移接续", wan(180), "经办服务便捷高效"),
            ("社保卡应用", "社保卡跨部门场景拓展", wan(120), "一卡通用"),
            ("基金稽核", "参保单位缴费稽核", wan(90), "基金安全运行"),
            ("信息系统运维", "社保业务系统运维及安全防护", wan(90), "系统稳定运行"),
            ("金额合计", None, wan(480), None),
        ],
        goal="社保待遇按时足额发放，基金稽核覆盖重点单位，社保卡应用场景持续拓展。",
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标", "数量指标", "社保待遇资格认证人数", "≥26万人", 10),
        (None, None, "社保卡跨部门应用场景数", "≥12个", 10),
        (None, None, "基金稽核参保单位户数", "≥300户", 10),
        (None, "质量指标", "社保待遇核发准确率", "=100%", 10),
        (None, None, "基金稽核问题整改率", "≥95%", 10),
        (None, "时效指标", "社保待遇按时足额发放率", "=100%", 10),
        ("成本指标", "经济成本指标", "单户稽核成本", "≤3000元/户", 10),
        ("效益指标", "社会效益指标", "企业职工养老保险参保人数增长率", "≥2%", 10),
        (None, "可持续影响指标", "社保经办数字化服务机制", "持续完善", 10),
        ("满意度指标", "服务对象满意度指标", "参保单位和群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "魏清和", "苗紫宸", "0591-87340261")
    return b


@variant("pu16-shares-and-tasks-wrong", (1, 12), "department, NAT-2021: a 基本支出 share that does "
         "not match its amount, tasks that do not add up to the 金额合计")  # fmt: skip
def pu16() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="柏溪县医疗保障局",
        budget=[(wan(2400), wan(2160), wan(240), wan(1500), wan(900)),
                (share(1), share(0.9), share(0.1),
                 mk(share(0.65), "B111", "error", note="1500 ÷ 2400 = 62.50%"), share(0.375))],
        tasks=[
            ("城乡医疗救助", "资助参保、住院和门诊救助", wan(500), "困难群众应保尽保"),
            ("医保基金监管", "飞行检查、专项整治", wan(180), "违规基金应追尽追"),
            ("经办能力建设", "经办大厅改造、系统升级", wan(200), "业务办理一次办结"),
            ("金额合计", None, mk(wan(900), "B102", "error", alt=("B101",),
                                  note="500 + 180 + 200 = 880"), None),
        ],
        goal="医疗救助应救尽救，基金监管高压态势持续巩固，经办服务更加便捷。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "医疗救助人次", "≥9000人次"),
        (None, None, "定点医药机构飞行检查次数", "≥6次"),
        (None, "质量指标", "违规医保基金追回率", "=100%"),
        (None, "时效指标", "医疗救助“一站式”结算办结时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "经办大厅改造单位面积成本", "≤2500元/平方米"),
        ("效益指标", "社会效益指标", "困难群众政策范围内住院费用救助比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "施砚秋", "廖亦舟", "0733-61528094")
    return b


@variant("pu17-labour-bureau-parts", (12,), "department, NAT-2021: 人员经费 + 公用经费 = 基本支出, "
         "上年执行数 below 上年预算数, a subsidy standard × count equal to its task, a fill date "
         "in the year before (correct)")  # fmt: skip
def pu17() -> Book:
    b, s = book("部门整体支出")
    split_head(
        s, year=2026, dept="杉洲县人力资源和社会保障局",
        budget=(wan(1860), wan(1800), wan(60), wan(1260), wan(600)),
        parts=(wan(1040), wan(220)), prior=(wan(1790), wan(1752.36)),
        tasks=[
            ("就业困难人员社保补贴", "3000人×1200元/人", wan(360), "补贴按季度足额发放"),
            ("职业技能培训", "补贴性职业技能培训", wan(150), "培训后就业率稳步提高"),
            ("劳动保障监察", "用人单位专项检查、欠薪治理", wan(40), "欠薪案件动态清零"),
            ("社保经办服务", "参保登记、待遇核发", wan(50), "经办服务规范便捷"),
            ("金额合计", None, wan(600), None),
        ],
        goal="稳就业、保民生，就业困难人员社保补贴按时足额发放，欠薪问题动态清零。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "就业困难人员社保补贴人数", "≥3000人"),
        (None, None, "城镇新增就业人数", "≥2500人"),
        (None, None, "劳动保障监察检查用人单位数", "≥400户"),
        (None, "质量指标", "社保补贴发放准确率", "=100%"),
        (None, "时效指标", "欠薪案件办结时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均社保补贴标准", "≤1200元/人"),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
        (None, "可持续影响指标", "根治欠薪长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沙闻笛", "薛慕远", "0578-26391047")
    return b


@variant("pu18-basic-split-prior-over", (12,), "department, NAT-2021: 人员经费 + 公用经费 ≠ "
         "基本支出, 上年执行数 above 上年预算数")  # fmt: skip
def pu18() -> Book:
    b, s = book("Sheet1")
    split_head(
        s, year=2026, dept="芦湾县社会保险事业中心",
        budget=(wan(980), wan(950), wan(30),
                mk(wan(700), "B101", "error", alt=("B102",), note="520 + 160 = 680"), wan(280)),
        parts=(wan(520), wan(160)),
        prior=(wan(920), mk(wan(936.8), "B104", "warning", note="spent above the budget")),
        tasks=[
            ("城乡居民养老保险经办", "参保登记、待遇核发", wan(120), "待遇按月足额发放"),
            ("待遇领取资格认证", "静默认证、上门认证", wan(60), "资格认证全覆盖"),
            ("社保信息系统运维", "系统运维及数据安全", wan(100), "系统全年稳定运行"),
            ("金额合计", None, wan(280), None),
        ],
        goal="城乡居民养老保险待遇按月足额发放，资格认证全覆盖，社保信息系统安全稳定运行。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "待遇领取资格认证人数", "≥48000人"),
        (None, "质量指标", "养老待遇核发准确率", "=100%"),
        (None, "时效指标", "待遇按月发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "人均资格认证经办成本", "≤12元/人"),
        ("效益指标", "社会效益指标", "城乡居民养老保险参保率", "≥95%"),
        (None, "可持续影响指标", "社保数据安全管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "司徒澈", "阎晓棠", "0719-35284160")
    return b
