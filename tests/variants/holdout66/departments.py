"""Department returns (§3.2): budgets with shares, key tasks with a 金额合计, flat lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout66.common import HEAD6, footer, indicators
from tests.variants.holdout66.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

P2 = "0.00%"


def share_head(s: Sheet, *, dept: str, lines: Sequence[Sequence[Any]], vertical: bool) -> None:
    """A department head with amounts and shares: ``lines`` are (label, amount, share)."""
    s.title("2026年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(2025, 11, 25), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    if vertical:
        s.row("年度预算（万元）", "项目", "金额", "占比", None, None)
        top = s.r
        for label, amount, share in lines:
            s.row(None, label, amount, share)
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度预算（万元）", *(line[0] for line in lines))
        s.row("金额", *(line[1] for line in lines))
        s.row("占比", *(line[2] for line in lines))


def tasks(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """年度主要任务: (名称, 内容, 金额, 目标) rows, the last the 金额合计 row."""
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in rows:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def m(v: float) -> Any:
    return money(v)


@variant("jx02-market-shares", (12,), "department, NAT-2021, a vertical budget block with "
         "shares, key tasks adding up to 项目支出 (correct)")  # fmt: skip
def jx02() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    share_head(s, dept="溪口县市场监督管理局", vertical=True, lines=[
        ("资金总额", m(1860), pct(1, P2)), ("其中：财政拨款", m(1710), pct(0.9194, P2)),
        ("其他资金", m(150), pct(0.0806, P2)), ("基本支出", m(1240), pct(0.6667, P2)),
        ("项目支出", m(620), pct(0.3333, P2))])  # fmt: skip
    tasks(s, [
        ("食品安全监督抽检", "全年完成食品安全监督抽检3800批次", m(380), "抽检问题产品处置率100%"),
        ("特种设备安全监管", "电梯、锅炉等特种设备定期检验和隐患排查", m(150), "不发生较大事故"),
        ("消费维权", "12315投诉举报处理和消费维权联系点建设", m(90), "投诉按时办结率98%以上"),
        ("金额合计", None, m(620), None)])  # fmt: skip
    s.row("年度总体目标", "守住食品、特种设备安全底线，全年完成食品抽检3800批次，特种设备"
          "定期检验2600台，消费投诉按时办结率98%以上。", merge=[(2, 6)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 3800, "批次"),
        (None, None, "特种设备定期检验", "≥", 2600, "台"),
        (None, None, "建设消费维权联系点", "≥", 60, "个"),
        (None, "质量指标", "抽检不合格食品核查处置率", "=", pct(1), "%"),
        (None, None, "投诉举报按时办结率", "≥", pct(0.98), "%"),
        (None, "时效指标", "抽检结果公布时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "单批次食品抽检成本", "≤", 0.1, "万元/批次"),
        ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "特种设备万台死亡率", "≤", 0.2, "人/万台"),
        (None, "可持续影响指标", "食品安全追溯体系覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", pct(0.9), "%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "范思远", "0771-6624480", 2025, 11, 25)
    return b


@variant("jx06-flat-justice", (3, 12), "department, flat list (序号 · 指标名称 · 比较符 · 指标值 · "
         "计量单位 · 权重), weights add to 100 (correct)")  # fmt: skip
def jx06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 30, 12, 14, 14, 10))
    department_head(s, year=2026, dept="白沙河区司法局", budget=[
        (m(735), m(705), m(30), m(512), m(223))],
        tasks=[("人民调解以奖代补", "按调解成功案件给予奖补", m(96), "调解成功率96%以上"),
               ("法律援助案件补贴", "办理法律援助案件1100件", m(82), "应援尽援"),
               ("社区矫正信息化运维", "社区矫正监管平台及定位设备运维", m(45), "系统正常运行"),
               ("金额合计", None, m(223), None)],
        goal="完善公共法律服务体系，办结法律援助案件1100件以上，"
             "人民调解成功率96%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "权重")
    s.table([
        (1, "法律援助案件办结数", "≥", 1100, "件", 10),
        (2, "人民调解案件调解成功率", "≥", pct(0.96), "%", 10),
        (3, "开展矛盾纠纷集中排查", "≥", 48, "次", 5),
        (4, "社区矫正对象再犯罪率", "≤", pct(0.002, "0.0%"), "%", 10),
        (5, "法律援助申请审查时限", "≤", 5, "个工作日", 10),
        (6, "村（社区）公共法律服务工作站覆盖率", "=", pct(1), "%", 10),
        (7, "普法宣传活动", "≥", 120, "场", 5),
        (8, "法律援助案件平均补贴", "≤", 740, "元/件", 10),
        (9, "社区矫正监管平台正常运行率", "≥", pct(0.99), "%", 10),
        (10, "法治宣传教育受众", "≥", 8, "万人次", 5),
        (11, "人民调解员培训", "≥", 300, "人次", 5),
        (12, "群众对公共法律服务满意度", "≥", pct(0.9), "%", 10),
        ("合计", None, None, None, None, 100),
    ])  # fmt: skip
    footer(s, "龙嘉怡", "0779-3308715", 2025, 11, 21)
    return b


@variant("jx08-share-off", (12,), "department, NAT-2021, a horizontal budget block with 金额 and "
         "占比 rows: one share does not match its amount")  # fmt: skip
def jx08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    share_head(s, dept="桐源市生态环境局", vertical=False, lines=[
        ("资金总额", m(1450), pct(1, P2)), ("财政拨款", m(1320), pct(0.9103, P2)),
        ("其他资金", m(130), pct(0.0897, P2)),
        ("基本支出", m(930), mk(pct(0.6214, P2), "B111", "error",
                                note="930 / 1450 = 64.14%, not 62.14%")),
        ("项目支出", m(520), pct(0.3586, P2))])  # fmt: skip
    tasks(s, [
        ("空气质量监测站运维", "12个空气自动监测站运维及比对监测", m(210), "数据有效率95%以上"),
        ("土壤污染状况调查", "重点建设用地土壤污染状况调查", m(180), "完成地块调查36块"),
        ("环境执法专项行动", "涉气涉水企业执法检查和监督性监测", m(130), "重点企业全覆盖"),
        ("金额合计", None, m(520), None)])  # fmt: skip
    s.row("年度总体目标", "全市空气质量优良天数比例达到88%以上，完成36块重点建设用地土壤污染"
          "状况调查，重点排污单位执法检查全覆盖。", merge=[(2, 6)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "空气自动监测站运维", "≥", 12, "个"),
        (None, None, "完成建设用地土壤污染状况调查", "≥", 36, "块"),
        (None, None, "开展执法检查", "≥", 1500, "家次"),
        (None, "质量指标", "监测数据有效率", "≥", pct(0.95), "%"),
        (None, None, "调查报告评审通过率", "=", pct(1), "%"),
        (None, "时效指标", "环境信访件办结时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "单个地块调查费用", "≤", 5, "万元/块"),
        ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥", pct(0.88), "%"),
        (None, None, "受污染耕地安全利用率", "≥", pct(0.93), "%"),
        (None, "社会效益指标", "突发环境事件妥善处置率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥", pct(0.85), "%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "祁远航", "0736-2271903", 2025, 11, 26)
    return b


@variant("jx12-decimal-lost", (9, 12), "department, NAT-2021, 实施周期 and 年度 columns: one task "
         "amount typed 10 000× in the 万元 column")  # fmt: skip
def jx12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 16, 16, 12))
    department_head(s, year=2026, dept="沅水县医疗保障局", budget=[
        (m(684), m(640), m(44), m(421), m(263))],
        tasks=[("医保基金监管", "定点医药机构专项检查和飞行检查", m(96), "检查全覆盖"),
               ("经办服务能力提升", "医保经办窗口标准化和系统运维",
                mk(1250000, "B110", "error", note="10 000× its 125 (96 + 125 + 42 = 263)"),
                "经办业务一窗通办"),
               ("异地就医结算推进", "异地就医直接结算定点扩面", m(42), "定点医疗机构全覆盖"),
               ("金额合计", None, m(263), None)],
        goal="守好群众看病钱，定点医药机构检查全覆盖，"
             "异地就医直接结算定点医疗机构全覆盖。")  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 10 000× line breaks the 合计")
    indicators(s, [
        ("产出指标", "数量指标", "检查定点医药机构", "≥", 410, 410, "家"),
        (None, None, "异地就医直接结算定点医疗机构", "≥", 36, 36, "家"),
        (None, "质量指标", "医保经办业务一次办结率", "≥", pct(0.95), pct(0.95), "%"),
        (None, None, "基本医保参保率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "医疗费用零星报销办结时限", "≤", 20, 20, "个工作日"),
        ("成本指标", "经济成本指标", "单家机构检查成本", "≤", 0.23, 0.23, "万元/家"),
        ("效益指标", "社会效益指标", "追回违规医保基金", "≥", 300, 300, "万元"),
        (None, None, "政策范围内住院费用基金支付比例", "≥", pct(0.7), pct(0.7), "%"),
        (None, "可持续影响指标", "医保基金当期收支平衡", "定性", "实现", "实现", None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "比较符", "实施周期指标值", "年度指标值",
             "计量单位"), label="年度绩效指标")  # fmt: skip
    footer(s, "贺敏", "0745-7126384", 2025, 11, 19)
    return b


@variant("jx14-tasks-above-project", (12,), "department, NAT-2021, weights: the key tasks add "
         "up to their 金额合计 but it is above 项目支出")  # fmt: skip
def jx14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 14, 12, 10))
    department_head(s, year=2026, dept="鹤岭县文化广电和旅游局", budget=[
        (m(928), m(868), m(60), m(388), m(540))],
        tasks=[("公共文化服务", "送戏下乡、农家书屋和村综合文化服务中心运行", m(240),
                "送戏下乡180场"),
               ("文物保护", "县级以上文物保护单位日常保养和安防", m(196), "文物安全无事故"),
               ("全域旅游推广", "旅游节会和线上推广", m(150), "接待游客增长8%"),
               ("金额合计", None,
                mk(m(586), "B102", "error", alt=("B101",),
                   note="tasks add up to 586, above the 项目支出 540"), None)],
        goal="推进公共文化服务提质增效，开展送戏下乡180场，文物安全事故零发生，全年接待游客"
             "增长8%以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "送戏下乡场次", "≥", 180, "场", 10),
        (None, None, "农家书屋更新图书", "≥", 1.5, "万册", 8),
        (None, None, "文物保护单位日常巡查", "≥", 480, "次", 8),
        (None, "质量指标", "村综合文化服务中心达标率", "≥", pct(0.95), "%", 8),
        (None, "时效指标", "文物安全隐患整改及时率", "=", pct(1), "%", 8),
        ("成本指标", "经济成本指标", "送戏下乡单场补助", "≤", 0.6, "万元/场", 8),
        ("效益指标", "社会效益指标", "公共文化活动参与人次", "≥", 35, "万人次", 10),
        (None, "经济效益指标", "接待游客人次增长率", "≥", pct(0.08), "%", 10),
        (None, "可持续影响指标", "文物安全责任制落实率", "=", pct(1), "%", 10),
        ("满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥", pct(0.9), "%", 10),
        (None, None, "游客满意度", "≥", pct(0.88), "%", 10),
    ], head=(*HEAD6, "权重"), label="年度绩效指标")  # fmt: skip
    footer(s, "罗安", "0744-8025516", 2025, 11, 24)
    return b


@variant("jx18-two-money-slips", (12,), "department, OLD-NAT, vertical budget block with shares: "
         "基本支出 + 项目支出 short of 资金总额 by 0.5, one share with swapped digits")  # fmt: skip
def jx18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    share_head(s, dept="云岗区应急管理局", vertical=True, lines=[
        ("资金总额", mk(m(1126.5), "B101", "error", note="742 + 384 = 1126, not 1126.5"),
         pct(1, P2)),
        ("其中：财政拨款", m(1046.5), pct(0.929, P2)), ("其他资金", m(80), pct(0.071, P2)),
        ("基本支出", m(742), pct(0.6587, P2)),
        ("项目支出", m(384), mk(pct(0.4309, P2), "B111", "error",
                                note="384 / 1126.5 = 34.09%, typed 43.09%"))])  # fmt: skip
    tasks(s, [
        ("应急物资储备", "防汛抗旱、森林防火物资采购和轮换", m(160), "物资储备达标"),
        ("森林防火", "专业扑火队伍训练和瞭望监测", m(132), "森林火灾受害率控制在0.9‰以内"),
        ("安全生产执法", "重点行业领域执法检查", m(92), "不发生较大以上事故"),
        ("金额合计", None, m(384), None)])  # fmt: skip
    s.row("年度总体目标", "全区应急物资储备达到标准，专业扑火队伍全年训练不少于40次，"
          "重点企业执法检查全覆盖，不发生较大以上生产安全事故。", merge=[(2, 6)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "执法检查企业", "≥", 860, "家次"),
        (None, None, "扑火队伍专业训练", "≥", 40, "次"),
        (None, None, "组织应急演练", "≥", 12, "次"),
        (None, "质量指标", "应急物资储备达标率", "=", pct(1), "%"),
        (None, None, "重大隐患整改销号率", "=", pct(1), "%"),
        (None, "时效指标", "突发事件信息报送时限", "≤", 30, "分钟"),
        (None, "成本指标", "人均扑火队员训练保障费用", "≤", 6000, "元/人"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥", pct(0.05), "%"),
        (None, "生态效益指标", "森林火灾受害率", "≤", pct(0.0009, "0.00%"), "%"),
        (None, "可持续影响指标", "应急预案体系", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥", pct(0.9), "%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "包振东", "0775-2306148", 2025, 11, 27)
    return b
