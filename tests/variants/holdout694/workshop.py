"""The tea-scenting workshop: 窨制 equipment, process standards and training (kab06, kab07,
kab09 correct; kab13, kab17, kab18 with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout694.common import HEAD, funds, indicators, notes, sign, start
from tests.variants.holdout694.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok

DEPT = "香垅县茶业发展中心（317009）"


@variant("kab06-workshop-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row between tiers, the header repeated after "
         "a page break, 注 lines explaining the total, a signature of the year before "
         "(correct)")  # fmt: skip
def kab06() -> Book:
    b, s = start()
    project_head(s, year=2026, name="香垅县茉莉花茶窨制车间设备更新", dept=DEPT,
                 unit="香垅县茶业发展中心", money=funds(150, 120, 30),
                 goals=["2026年更新窨花拼和机4台、烘干机2台，窨制茉莉花茶不少于180吨，带动周边"
                        "花农及老年采花工增收。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "更新窨花拼和机", "≥4台"],
        [None, None, "更新烘干机", "≥2台"],
        [None, None, "窨制茉莉花茶产量", "≥180吨"],
        [None, "质量指标", "成品茶抽检合格率", "≥98%"],
    ])  # fmt: skip
    notes(s, "说明：以下时效、成本指标按设备采购合同约定填列。")
    s.skip()
    indicators(s, HEAD, [
        ["产出指标", "时效指标", "设备安装调试完成时间", "2026年9月30日前"],
        [None, "成本指标", "拼和机单台采购价", "≤18万元/台"],
        [None, None, "烘干机单台采购价", "≤25万元/台"],
        ["效益指标", "经济效益指标", "每吨茶窨制能耗成本降低", "≥8%"],
        [None, "社会效益指标", "带动采花务工人数", "≥150人"],
        ["满意度指标", "服务对象满意度指标", "合作茶企满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：1.项目资金150万元含设备购置122万元（拼和机72万元、烘干机50万元）、安装及配套"
             "28万元。",
          "2.产量指标依据上年窨制量（165吨）及新增设备产能测算。")  # fmt: skip
    sign(s, "梁素琴", "0759-6628143", day(2025, 11, 18, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("kab07-workshop-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1 with codes in the first "
         "columns, indicators on sheet 部门项目支出绩效目标05-2 under 考核指标 / 绩效目标值 on the "
         "third row, tiers repeated, =100% as text and 百分点 (correct)")  # fmt: skip
def kab07() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("317009-26-0031", "香垅县茉莉花茶窨制工艺标准化推广", money(86, WAN), money(86, WAN),
          money(0, WAN), "2026年编制茉莉花茶窨制技术规程1项，建设示范窨制车间5个，培训窨制技术"
          "人员300人，示范车间优级品率提高5个百分点。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 16))
    t.title("2026年度部门项目支出绩效目标表", 6)
    t.row("单位：香垅县茶业发展中心", None, None, "单位编码：317009", merge=[(1, 3)])
    code, name = "317009-26-0031", "香垅县茉莉花茶窨制工艺标准化推广"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "绩效目标值")
    rows = [
        ("成本指标", "经济成本指标", "标准化培训人均成本", "≤800元/人"),
        ("产出指标", "数量指标", "编制窨制技术规程", "1项"),
        ("产出指标", "数量指标", "培训窨制技术人员", "≥300人"),
        ("产出指标", "数量指标", "建设示范窨制车间", "≥5个"),
        ("产出指标", "质量指标", "示范车间窨制规程执行率", "=100%"),
        ("产出指标", "时效指标", "技术规程发布时间", "2026年6月30日前"),
        ("效益指标", "经济效益指标", "示范车间茉莉花茶优级品率提高", "≥5百分点"),
        ("效益指标", "可持续影响指标", "技术规程推广车间数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ]
    indicators(t, head, [(code, name, *r) for r in rows], merged=())
    return b


@variant("kab09-workshop-words", (5, 7),
         "project, OLD-NAT, two-row header 指标内容 / 绩效标准 over 指标性质 · 指标值 · 计量单位, "
         "operators in words, tier labels abbreviated and starred, a ★ core indicator, "
         "0起 on an incident count (correct)")  # fmt: skip
def kab09() -> Book:
    b, s = start()
    project_head(s, year=2026, name="窨溪镇茉莉花茶窨制车间老年用工帮扶", dept=DEPT,
                 unit="窨溪镇茶叶专业合作联社", money=funds(48, 40, 8),
                 goals=["2026年窨制车间吸纳60岁以上村民务工40人，开展窨花技能培训6期，务工老人"
                        "人均年增收6000元以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标性质", "指标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ["*产出指标", "数量", "★吸纳60岁以上村民务工人数", "大于等于", 40, "人"],
        [None, None, "开展窨花技能培训", "大于等于", 6, "期"],
        [None, "质量", "务工人员培训考核合格率", "大于等于", 90, "%"],
        [None, "时效", "务工工资按月发放及时率", "等于", 100, "%"],
        [None, "成本", "人均务工补贴", "小于等于", 1000, "元/人·月"],
        ["*效益指标", "经济效益", "务工老人人均年增收", "大于等于", 6000, "元"],
        [None, "社会效益", "务工老人安全事故", "等于", 0, "起"],
        ["*满意度指标", "服务对象满意度", "务工老人满意度", "大于等于", 92, "%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：带★的为核心指标，不得删除；标*的一级指标为必填项。")
    sign(s, "卢建华", "0759-6641302", day(2025, 12, 10, CN_DATE))
    return b


@variant("kab13-workshop-wrong-tier", (5,),
         "project, NAT-2021, numbered tier labels (一、（一）): a quality rate under 时效, a cost "
         "under 数量, the goal's new capacity against the indicator's")  # fmt: skip
def kab13() -> Book:
    b, s = start()
    project_head(s, year=2026, name="素馨乡茉莉花茶窨制车间扩建", dept=DEPT,
                 unit="素馨乡茶叶专业合作社联合社", money=funds(260, 200, 60),
                 goals=["2026年扩建窨制车间1200平方米，新增窨制产能120吨，"
                        "购置窨制设备一批。"])  # fmt: skip
    indicators(s, HEAD, [
        ["一、产出指标", "（一）数量指标", "扩建窨制车间面积", "≥1200平方米"],
        [None, None, "新增窨制产能",
         mk("≥150吨", "D104", "warning", row=True, note="the goal says 新增窨制产能120吨")],
        [None, None, "车间扩建每平方米造价",
         mk("≤0.15万元/平方米", "F201", "warning", row=True, note="a cost under 数量指标")],
        [None, "（二）质量指标", "扩建工程验收合格率", "≥95%"],
        [None, "（三）时效指标", "车间扩建完成时间", "2026年8月31日前"],
        [None, None, "窨制茶叶抽检合格率",
         mk("≥98%", "F201", "warning", row=True, note="a quality rate under 时效指标")],
        ["二、成本指标", "（一）经济成本指标", "窨制设备购置费用", "≤80万元"],
        ["三、效益指标", "（一）经济效益指标", "合作社窨制加工收入增长率", "≥12%"],
        [None, "（二）社会效益指标", "新增车间就业岗位", "≥25个"],
        ["四、满意度指标", "（一）服务对象满意度指标", "入社茶农满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "蒙秋菊", "0759-6675519", day(2025, 11, 30, CN_DATE))
    return b


@variant("kab17-workshop-leftovers", (6, 7),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准: plan dates left from "
         "2025 under a 2026 title, a template example row with a placeholder value")  # fmt: skip
def kab17() -> Book:
    b, s = start()
    begin = mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
               note="plan 2025-03-01 … 2025-12-31 under a 2026 title and 2026 goals")  # fmt: skip
    project_head(s, year=2026, name="香垅县茉莉花茶窨制技术培训", dept=DEPT,
                 unit="香垅县茶业发展中心", money=funds(36, 36, 0),
                 start=begin, end=day(2025, 12, 31),
                 goals=["2026年举办茉莉花茶窨制技术培训班8期，"
                        "培训茶农及车间工人400人次。"])  # fmt: skip
    std = "达到目标值得满分，未达到按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ["成本指标", "经济成本指标", "人均培训成本", "≤900元/人次", std],
        ["产出指标", "数量指标", "举办窨制技术培训班", "≥8期", std],
        [None, None, "培训茶农及车间工人", "≥400人次", std],
        [None, None, "（示例）开展培训人次",
         mk("≥**人次", "X101", "error", row=True, alt=("D103",),
            note="the template's example row left in"), std],
        [None, "质量指标", "培训考核合格率", "≥90%", std],
        [None, "时效指标", "培训完成时间",
         ok("2026年11月30日前", "error", note="right year; the plan dates are wrong"), std],
        ["效益指标", "社会效益指标", "掌握标准窨制工艺学员占比", "≥80%", std],
        ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", std],
    ])  # fmt: skip
    sign(s, "梁素琴", "0759-6628143", day(2026, 1, 12, CN_DATE))
    return b


@variant("kab18-workshop-points", (10, 11),
         "project, NAT-2021, tier-1 score column and indicator score column: two tier scores "
         "against the indicators under them, a 反向 loss rate with ≥")  # fmt: skip
def kab18() -> Book:
    b, s = start()
    project_head(s, year=2026, name="杏湾村茉莉花茶窨制车间节能改造", dept=DEPT,
                 unit="窨溪镇杏湾村茶叶加工厂", money=funds(72, 60, 12),
                 goals=["2026年改造窨制车间燃煤烘干炉3台为电烘干，"
                        "降低窨制能耗和鲜花损耗。"])  # fmt: skip
    prod = mk(50, "W103", "error", note="indicators under 产出 add to 15+15+10+5 = 45")
    gain = mk(30, "W103", "error", note="indicators under 效益 add to 10+15+10 = 35")
    loss = mk("≥3%", "T108", "warning", row=True, note="a loss rate is 反向: ≤3%")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["成本指标", 10, "经济成本指标", "单台烘干炉改造成本", "≤24万元/台", 10],
        ["产出指标", prod, "数量指标", "改造电烘干炉", "≥3台", 15],
        [None, None, "质量指标", "改造设备验收合格率", "≥95%", 15],
        [None, None, None, "烘干温控达标率", "≥95%", 5],
        [None, None, "时效指标", "改造完成时间", "2026年4月30日前", 10],
        ["效益指标", gain, "经济效益指标", "窨制单位能耗成本降低率", "≥15%", 10],
        [None, None, "生态效益指标", "窨制环节鲜花损耗率", loss, 15],
        [None, None, "可持续影响指标", "节能设备运行维护制度", "建立并执行", 10],
        ["满意度指标", 10, "服务对象满意度指标", "车间工人满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "卢建华", "0759-6641302", day(2025, 12, 10, CN_DATE))
    return b
