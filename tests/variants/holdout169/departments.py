"""Department tables (部门整体, §3.2) of the 169th held-out corpus: nw11–nw14."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout169.common import HEAD4, indicators, note
from tests.variants.holdout169.registry import variant
from tests.variants.kit import Book, mk


@variant("nw11-medical-insurance-weights", (10, 12),
         "department, NAT-2021, key tasks adding to 项目支出, one value column and a 权重 column "
         "adding to 100; 投诉率 ≤2%, a cost equal to 项目支出 (correct)")  # fmt: skip
def nw11() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 20, 30, 16, 12, 12))
    department_head(
        s,
        year=2026,
        dept="梧川县医疗保障局",
        budget=[(1860, 1800, 60, 1240, 620)],
        tasks=[
            (
                "医保基金监管",
                "开展定点医药机构检查和专项治理",
                260,
                "基金使用规范，违规行为及时查处",
            ),
            ("医保经办服务", "优化经办流程，推进医保服务下沉", 210, "经办服务便捷高效"),
            ("医疗救助", "对困难群众实施门诊和住院救助", 150, "困难群众医疗负担减轻"),
            ("金额合计", None, 620, None),
        ],
        goal="强化医保基金监管，提升医保经办服务水平，落实困难群众医疗救助政策。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）"), [
        ("产出指标", "数量指标", "现场检查定点医药机构", "≥180家", 10),
        (None, None, "医疗救助人次", "≥5200人次", 10),
        (None, "质量指标", "医保经办业务办结率", "≥98%", 10),
        (None, "时效指标", "医疗救助资金拨付时限", "≤15个工作日", 10),
        ("成本指标", "经济成本指标", "项目支出总成本", "≤620万元", 10),
        ("效益指标", "社会效益指标", "困难群众住院费用政策范围内救助比例", "≥70%", 10),
        (None, None, "医保服务投诉率", "≤2%", 10),
        (None, "可持续影响指标", "医保基金监管长效机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", 10),
        (None, None, "定点医药机构满意度", "≥85%", 10),
    ])  # fmt: skip
    return b


@variant("nw12-culture-duplicate-performances", (11,),
         "department, NAT-2021, key tasks, one value column: the same 演出场次 twice under "
         "数量指标 with different values, ≤ on a 满意度")  # fmt: skip
def nw12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 20, 30, 16, 14, 14))
    department_head(
        s,
        year=2027,
        dept="溪岚区文化和旅游局",
        budget=[(980, 920, 60, 610, 370)],
        tasks=[
            ("公共文化服务", "开展送戏下乡和群众文化活动", 150, "群众文化生活更加丰富"),
            ("文物保护", "开展区级文物保护单位日常巡查和修缮", 120, "文物安全得到保障"),
            ("旅游推广", "举办乡村旅游推介活动", 100, "乡村旅游知名度提升"),
            ("金额合计", None, 370, None),
        ],
        goal="丰富群众文化生活，加强文物安全保护，推动乡村旅游发展。",
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         mk("送戏下乡演出场次", "D102", "error", row=True, required=False,
            note="the first of the two rows; the finding may stand here"), "≥80场"),
        (None, None, "文物保护单位巡查", "≥240次"),
        (None, None,
         mk("送戏下乡演出场次", "D102", "error", row=True, alt=("D103",),
            note="the same indicator again with ≥96场 against ≥80场"), "≥96场"),
        (None, "质量指标", "文物修缮工程验收合格率", "≥95%"),
        (None, "时效指标", "送戏下乡活动完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "单场送戏下乡演出成本", "≤1.2万元/场"),
        ("效益指标", "经济效益指标", "乡村旅游接待人次增长率", "≥8%"),
        (None, "社会效益指标", "群众文化活动知晓率", "≥85%"),
        (None, "可持续影响指标", "文物安全巡查机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度",
         mk("≤90%", "T108", "warning", row=True, note="a 满意度 is 正向: ≥ is meant")),
        (None, None, "游客满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("nw13-offices-cost-above-budget", (4, 12),
         "department, NAT-2021, a 年度绩效指标 label column merged down the left of the table, a "
         "备注 column: a 成本 total above the 资金总额, a 时效 date in the year "
         "before")  # fmt: skip
def nw13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 18, 30, 16, 20))
    department_head(
        s,
        year=2026,
        dept="栖梧市机关事务管理局",
        budget=[(2450, 2300, 150, 1700, 750)],
        tasks=[
            ("公务用车运行保障", "公务用车运行维护和调度保障", 280, "保障公务出行"),
            ("办公用房维修", "对市级机关办公楼开展维修改造", 320, "按期完成维修改造"),
            ("公共机构节能", "开展公共机构节能改造和节能检查", 150, "公共机构能耗持续下降"),
            ("金额合计", None, 750, None),
        ],
        goal="做好市级机关后勤服务保障，推进办公用房维修改造和公共机构节能，提升机关事务管理水平。",
    )
    top = s.row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "完成办公用房维修面积", "≥12000平方米", None),
        (None, None, "开展公共机构节能检查", "≥30次", None),
        (None, "质量指标", "维修工程验收合格率", "≥95%", None),
        (None, "时效指标", "办公用房维修工程完工时间",
         mk("2025年11月30日前", "Y102", "error", note="2025 lies before the budget year 2026"),
         None),
        (None, None, "公务出行用车保障及时率", "≥98%", None),
        ("成本指标", "经济成本指标", "部门年度运行总成本",
         mk("≤2680万元", "B107", "warning", row=True, note="2680万元 > 资金总额 2450万元"),
         "含基本支出和项目支出"),
        ("效益指标", "生态效益指标", "公共机构人均综合能耗下降率", "≥2%", None),
        (None, "社会效益指标", "机关办公环境改善情况", "显著", None),
        (None, "可持续影响指标", "机关事务管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "机关干部职工满意度", "≥90%", None),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("nw14-agriculture-cost-equals-budget", (4, 11),
         "department, NAT-2021, operator column 符号 and unit column, bare numbers: a cost equal "
         "to the 资金总额, =0起 and a 增长率 ≤0%, a footnote and a signature line "
         "(correct)")  # fmt: skip
def nw14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 20, 30, 8, 14, 12))
    department_head(
        s,
        year=2025,
        dept="芷汀县农业农村局",
        budget=[(3260, 3100, 160, 2140, 1120)],
        tasks=[
            ("高标准农田管护", "对已建成高标准农田开展日常管护和设施维修", 480, "农田设施正常运行"),
            (
                "农产品质量安全监测",
                "开展农产品质量安全定量检测和监督抽查",
                240,
                "农产品质量安全可控",
            ),
            ("农业技术推广", "推广农业主推技术，开展技术指导服务", 400, "主推技术到位率提高"),
            ("金额合计", None, 1120, None),
        ],
        goal="加强高标准农田管护，保障农产品质量安全，推广农业主推技术，促进农民增收。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥", 86000, "亩"),
        (None, None, "农产品质量安全定量检测", "≥", 1800, "批次"),
        (None, None, "推广农业主推技术", "≥", 12, "项"),
        (None, "质量指标", "农产品质量安全抽检合格率", "≥", 98, "%"),
        (None, "时效指标", "检测结果报送时限", "≤", 10, "工作日"),
        ("成本指标", "经济成本指标", "部门整体支出成本", "≤", 3260, "万元"),
        ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥", 6, "%"),
        (None, "社会效益指标", "农产品质量安全事件发生数", "=", 0, "起"),
        (None, "生态效益指标", "化肥使用量增长率", "≤", 0, "%"),
        (None, "可持续影响指标", "农技推广服务体系", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    s.skip()
    note(s, "注：指标值为年度目标值，金额单位为万元。")
    s.row("单位负责人（签字）：", None, "填报人：韦思明", None, "填报日期：2024年11月25日")
    return b
