"""Multi-year projects with 中期 and 年度 columns, department tables with budget and task
blocks, and stacked projects (qj09, qj10, qj14, qj15, qj16, qj17)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout234.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout234.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qj09-smart-correction-period", (11,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts below their period, rates, time limits and a =0% 脱管漏管率 "
         "equal in both columns (correct)")  # fmt: skip
def qj09() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="智慧社区矫正监管平台建设项目", dept="青岚市司法局（401）",
        unit="青岚市社区矫正管理局", attr="新增项目",
        money=period_money((wan(300), wan(270), wan(30)), (wan(120), wan(110), wan(10))),
        goals=["建成覆盖全市3个区县的智慧矫正中心，累计将1500名社区矫正对象纳入电子定位监管，"
               "越界告警30分钟内处置。",
               "2026年建成1个智慧矫正中心，将500名社区矫正对象纳入电子定位监管，"
               "平台可用率99%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "纳入电子定位监管的社区矫正对象", "≥1500人", "≥500人"),
        (None, None, "建成智慧矫正中心", "=3个", "=1个"),
        (None, "质量指标", "监管平台系统可用率", "≥99%", "≥99%"),
        (None, None, "社区矫正对象再犯罪率", "≤0.2%", "≤0.2%"),
        (None, "时效指标", "电子定位越界告警处置时限", "30分钟内", "30分钟内"),
        ("成本指标", "经济成本指标", "单个智慧矫正中心建设成本", "≤80万元/个", "≤80万元/个"),
        ("效益指标", "社会效益指标", "社区矫正对象脱管漏管率", "=0%", "=0%"),
        (None, "可持续影响指标", "监管平台持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "基层司法所工作人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "宋予安", "林恩泽", "0731-86401127")
    return b


@variant("qj10-court-period-wrong", (11,), "two-year court project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its period count, an annual 改判率 with ≥")  # fmt: skip
def qj10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2025, years=2, name="科技法庭与电子送达建设项目", dept="鹭门市中级人民法院（620）",
        unit="鹭门市中级人民法院",
        money=period_money((wan(200), wan(200), wan(0)), (wan(110), wan(110), wan(0))),
        goals=["两年内建成科技法庭8个，电子送达文书60000份，审限内结案率保持在98%以上。",
               "2025年建成科技法庭，电子送达文书35000份，民商事案件平均审理天数不超过60天。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "电子送达文书份数", "≥60000份", "≥35000份"),
        (None, None, "新建科技法庭", "=8个",
         mk("=10个", "D201", "error", note="the annual count exceeds the period's 8")),
        (None, "质量指标", "审限内结案率", "≥98%", "≥98%"),
        (None, None, "一审判决案件改判发回重审率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="a 改判发回率 is 反向: ≤3% as in the period column")),
        (None, "时效指标", "民商事案件平均审理天数", "≤60天", "≤60天"),
        ("成本指标", "经济成本指标", "单个科技法庭建设成本", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "社会效益指标", "电子送达成功率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "当事人诉讼服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "庄慕白", "许嘉言", "0592-26620341")
    return b


@variant("qj14-police-department-wrong", (11, 12), "department table, NAT-2021: 基本支出 + "
         "项目支出 ≠ 资金总额, a 破案率 above 100 %, a 投诉率 without an operator")  # fmt: skip
def qj14() -> Book:
    b, s = book("部门整体", (16, 16, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="枫林县公安局",
        budget=[(mk(wan(3860), "B101", "error", row=True, note="2600 + 1300 = 3900 ≠ 3860"),
                 wan(3800), wan(60), wan(2600), wan(1300))],
        tasks=[("社区警务提升", "社区警务室运行、民警入户走访", wan(760), "入户走访30000户"),
               ("反诈宣传防范", "反诈宣传进社区、预警劝阻", wan(180), "宣传活动200场"),
               ("执法办案保障", "刑事案件侦办、涉案财物管理", wan(360), "命案全破"),
               ("金额合计", None, wan(1300), None)],
        goal="2026年社区民警入户走访30000户，开展反诈宣传200场，电信网络诈骗发案数较上年下降10%"
             "以上，群众安全感满意度92%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "社区民警入户走访户数", "≥30000户"),
        (None, None, "反诈宣传进社区活动场次", "≥200场"),
        (None, "质量指标", "刑事案件破案率",
         mk("≥105%", "T106", "error", note="a 破案率 cannot pass 100%")),
        (None, None, "命案破案率", "=100%"),
        (None, "时效指标", "城区110警情到场时间", "≤10分钟"),
        (None, None, "警情回访时限", "48小时内"),
        ("成本指标", "经济成本指标", "单场反诈宣传活动成本", "≤2000元/场"),
        ("效益指标", "社会效益指标", "电信网络诈骗发案数下降幅度", "≥10%"),
        (None, None, "群众报警投诉率",
         mk("1%", "T117", "warning", note="a 反向 rate without ≤ reads as exactly 1%")),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "贺铭", "龚素琴", "0797-55236180")
    return b


@variant("qj15-justice-department", (5, 11), "department table, NAT-2021, 实施周期 and 年度 "
         "columns equal for one year, tasks adding to 项目支出, a 再犯罪率 and a 投诉率 with ≤, a "
         "发案率 decrease with ≥, percent cells (correct)")  # fmt: skip
def qj15() -> Book:
    b, s = book("部门整体支出绩效目标", (16, 16, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="石渠县司法局",
        budget=[(wan(1580), wan(1500), wan(80), wan(1060), wan(520))],
        tasks=[("法律援助", "办理法律援助案件、值班律师补贴", wan(220), "办理案件900件"),
               ("社区矫正", "教育帮扶、电子定位监管", wan(160), "再犯罪率≤0.2%"),
               ("人民调解", "个案补贴、调解员培训", wan(90), "化解纠纷2500件"),
               ("普法宣传", "“九五”普法启动宣传、法治文化阵地", wan(50), "普法活动150场"),
               ("金额合计", None, wan(520), None)],
        goal="2026年办理法律援助案件900件，化解矛盾纠纷2500件，社区矫正对象再犯罪率控制在0.2%"
             "以下，因民间纠纷引发的刑事案件发案率较上年下降5%以上。",
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "办理法律援助案件数", "≥900件", "≥900件"),
        (None, None, "人民调解化解矛盾纠纷件数", "≥2500件", "≥2500件"),
        (None, None, "开展普法宣传活动场次", "≥150场", "≥150场"),
        (None, "质量指标", "社区矫正对象再犯罪率", "≤0.2%", "≤0.2%"),
        (None, None, "法律援助案件质量评查合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "法律援助申请审查决定时限", "7个工作日内", "7个工作日内"),
        (None, None, "社区矫正对象违规线索核查时限", "48小时内", "48小时内"),
        ("成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤1500元/件", "≤1500元/件"),
        ("效益指标", "社会效益指标", "民间纠纷引发刑事案件发案率下降幅度", "≥5%", "≥5%"),
        (None, None, "公共法律服务投诉率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "公共法律服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨沐春", "冉德昭", "0838-76513302")
    return b


@variant("qj16-stacked-mediation-drugs", (2, 11), "two projects stacked, OLD-NAT, one value "
         "column: =95% on a 履行率, a completion date under 数量指标")  # fmt: skip
def qj16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="行业性专业性人民调解项目", dept="潮阳湾区司法局（145）",
        unit="潮阳湾区医疗纠纷人民调解委员会",
        money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["2026年调解医疗、交通、劳动争议等行业性专业性纠纷600件，调解成功率90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "行业性专业性纠纷调解件数", "≥600件"),
        (None, "质量指标", "调解成功率", "≥90%"),
        (None, None, "调解协议履行率",
         mk("=95%", "T107", "warning", alt=("T108",), note="=95% on a floor: ≥95% meant")),
        (None, "时效指标", "医疗纠纷调解办结时限", "≤30日"),
        (None, "成本指标", "个案调解补贴标准", "≤800元/件"),
        ("效益指标", "社会效益指标", "医疗纠纷引发群体性事件数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="校园禁毒宣传进课堂项目", dept="潮阳湾区禁毒委员会办公室（146）",
        unit="潮阳湾区教育局", title="", money=one_year_money(wan(25), wan(25), wan(0)),
        goals=["2026年在全区中小学开展禁毒教育课200节，发放禁毒宣传品20000份。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "禁毒教育课节数", "≥200节"),
        (None, None, mk("禁毒宣传品发放完成时间", "F201", "warning", row=True,
                        note="a completion date is a 时效 indicator"), "2026年6月30日前"),
        (None, "质量指标", "在校学生禁毒知识知晓率", "≥95%"),
        (None, "成本指标", "每节禁毒教育课成本", "≤1000元/节"),
        ("效益指标", "社会效益指标", "在校学生涉毒案件数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑雅琪", "黄少东", "0754-88145072")
    return b


@variant("qj17-stacked-village-counsel", (2, 5), "two projects stacked, NAT-2021 labels with a "
         "required mark (*产出指标), a 设定依据 column, the same indicator names with other values "
         "in each project, a 投诉率 and a 再犯罪率 with ≤ (correct)")  # fmt: skip
def qj17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 14))
    head = (*ONE, "指标值设定依据")
    project_head(
        s, year=2025, name="一村（社区）一法律顾问项目", dept="兰亭县司法局（352）",
        unit="兰亭县公共法律服务中心",
        money=one_year_money(wan(66), wan(66), wan(0)),
        goals=["2025年为全县220个村（社区）配备法律顾问，每个村（社区）每月至少服务1次，"
               "全年提供法律咨询和法治讲座不少于2640次。"],
    )  # fmt: skip
    indicators(s, head, [
        ("*产出指标", "数量指标", "配备法律顾问的村（社区）", "=220个", "计划标准"),
        (None, None, "法律顾问驻村服务次数", "≥2640次", "每村每月1次"),
        (None, "质量指标", "村规民约合法性审查覆盖率", "=100%", "计划标准"),
        (None, "时效指标", "村民法律咨询答复时限", "≤3个工作日", "行业标准"),
        ("*成本指标", "经济成本指标", "每个村（社区）法律顾问年度补贴", "≤3000元/个", "3000元/村"),
        ("*效益指标", "社会效益指标", "村（社区）法律服务投诉率", "≤1%", "历史标准"),
        (None, "可持续影响指标", "村（社区）法律顾问聘用考核机制", "健全", None),
        ("*满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="社区矫正志愿帮教项目", dept="兰亭县司法局（352）",
        unit="兰亭县社区矫正管理局", title="", money=one_year_money(wan(18), wan(15), wan(3)),
        goals=["2025年组建社区矫正志愿帮教队伍，结对帮教社区矫正对象150人，再犯罪率控制在0.3%以下。"],
    )  # fmt: skip
    indicators(s, head, [
        ("*产出指标", "数量指标", "结对帮教社区矫正对象人数", "≥150人", "在册人数"),
        (None, "质量指标", "社区矫正对象再犯罪率", "≤0.3%", "历史标准"),
        ("*成本指标", "经济成本指标", "人均志愿帮教成本", "≤1200元/人", "1200元/人"),
        ("*效益指标", "社会效益指标", "志愿帮教服务投诉率", "≤2%", "历史标准"),
        (None, None, "帮教对象就业技能培训后就业率", "≥60%", "行业标准"),
        ("*满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", "计划标准"),
    ])  # fmt: skip
    s.row("注：两个项目分别申报、分别评价，指标值互不通用。", merge=[(1, 6)])
    sign(s, "俞思琪", "钱鸿飞", "0575-84352190")
    return b
