"""The school-bus safety programme (校车安全): kcf07–kcf12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout750.common import BUREAU, funds, indicators, notes, sign, start, wan
from tests.variants.holdout750.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")


@variant("kcf07-bus-department", (4, 12),
         "department, NAT-2021, budget and tasks adding up, a note row inside the table, a cost "
         "standard × count equal to its task money, 0起 on an accident count "
         "(correct)")  # fmt: skip
def kcf07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄岩市校车安全管理中心",
                    budget=[(wan(1260), wan(1100), wan(160), wan(620), wan(640))],
                    tasks=[("校车运营补贴", "农村学校校车运营补贴", wan(480), "160辆校车运行"),
                           ("校车安全检查", "季度安全检查与隐患整改", wan(100), "全覆盖检查"),
                           ("驾驶员培训", "校车驾驶员安全轮训", wan(60), "培训320人次"),
                           ("金额合计", None, wan(640), None)],
                    goal="保障全市160辆校车安全运行，全年校车责任事故为零。")  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补贴校车数", "≥160辆", None),
        (None, None, "校车驾驶员培训人次", "≥320人次", None),
        (None, "质量指标", "校车年检合格率", "=100%", "未合格车辆不得运营"),
        (None, "时效指标", "安全检查开展频次", "每季度1次", None),
    ])  # fmt: skip
    notes(s, "注：运营补贴按每辆校车每年3万元核定，160辆合计480万元。")
    s.table([
        ("成本指标", "经济成本指标", "单车年运营补贴", "≤3万元/辆", None),
        ("效益指标", "社会效益指标", "校车责任事故", "=0起", "以交警部门认定为准"),
        (None, None, "校车交通违法率下降幅度", "≥15%", "与上年相比"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "骆成舟", "(0589)6641208", day(2024, 11, 21))
    return b


@variant("kcf08-bus-wrong-tier2", (5,),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, （一）数量): a "
         "quality rate under 时效, a satisfaction rate under 社会效益")  # fmt: skip
def kcf08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="校车安全隐患整治", dept=BUREAU, unit="澄岩市校车安全管理中心",
                 money=funds(150, 150, 0),
                 goals=["对全市160辆校车开展安全隐患排查整治，整改完成率100%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量", "隐患排查校车数", "≥160辆", None),
        (None, None, "隐患整改项目数", "≥40项", None),
        (None, "（二）质量", "隐患整改完成率", "=100%", None),
        (None, "（三）时效", "整改车辆复检合格率",
         mk("≥98%", "F201", "warning", row=True, note="a quality rate under 时效"), None),
        (None, None, "隐患整改完成时限", "发现后15个工作日内", None),
        (None, "（四）成本", "单车整治费用", "≤0.9万元/辆", "含检测费与配件费"),
        ("二、效益指标（40分）", "（一）社会效益", "校车安全运行水平", "显著提升", None),
        (None, None, "学生家长满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",),
            note="a satisfaction rate under 社会效益"), None),
        ("三、满意度指标（10分）", "（一）服务对象满意度", "学校满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kcf09-bus-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts three times the "
         "year's, rates equal, a later year within the period in the 年度目标 "
         "(correct)")  # fmt: skip
def kcf09() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, years=3, attr="新增项目", name="农村学校校车配置",
                 dept=BUREAU, unit="澄岩市校车安全管理中心",
                 money=[("中期资金总额", wan(2700), "年度资金总额", wan(900)),
                        ("其中：财政拨款", wan(2400), "其中：财政拨款", wan(800)),
                        ("其他资金", wan(300), "其他资金", wan(100))],
                 goals=["2025—2027年为农村学校新增校车90辆，配备驾驶员90人，实现农村学生"
                        "乘车全覆盖。",
                        "2025年新增校车30辆，配备驾驶员30人，为2027年实现农村学校校车全覆盖"
                        "积累运营经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "新增校车数", "≥90辆", "≥30辆", None),
        (None, None, "新配备校车驾驶员人数", "≥90人", "≥30人", None),
        (None, "质量指标", "新增校车年检合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度校车交付时间", "每年8月31日前", "2025年8月31日前", "秋季开学前"),
        ("成本指标", "经济成本指标", "单车购置及配套成本", "≤30万元/辆", "≤30万元/辆", None),
        ("效益指标", "社会效益指标", "农村学生乘车覆盖率", "=100%", "≥40%", None),
        (None, "可持续影响指标", "校车运营管理制度", "健全", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "骆成舟", "(0589)6641208", day(2024, 12, 2))
    return b


@variant("kcf10-bus-monitor-deadline", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: the goal's bus count "
         "differs from the indicator, a deadline in the next year of a one-year "
         "project")  # fmt: skip
def kcf10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="校车智能监控终端安装", dept=BUREAU,
                 unit="澄岩市校车安全管理中心", money=funds(63, 63, 0), attr="一次性项目",
                 goals=["年内为全市126辆校车安装智能监控终端，接入市级校车监管平台。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "安装监控终端校车数",
         mk("≥120辆", "D104", "warning", row=True, note="the goal says 126 buses"),
         "每少1辆扣0.5分"),
        (None, "质量指标", "终端在线率", "≥95%", "低于95%不得分"),
        (None, "时效指标", "终端安装完成时间",
         mk(day(2026, 3, 31, CN_DATE), "Y102", "error", row=True, alt=("Y101",),
            note="a 2025 one-year project ('年内') ending in 2026"), "逾期不得分"),
        ("成本指标", "经济成本指标", "单台终端采购安装费用", "≤0.5万元/台", "超标不得分"),
        ("效益指标", "社会效益指标", "校车超速行为发生率", "≤1%", "以平台统计为准"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("kcf11-bus-second-sheet", (7, 1),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值 with a "
         "unit column and typed percent cells; cost × count equal to the money "
         "(correct)")  # fmt: skip
def kcf11() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="校车驾驶员与照管员安全培训", dept=BUREAU,
                 unit="澄岩市校车安全管理中心", money=funds(60, 54, 6),
                 goals=["培训校车驾驶员和照管员400人次（其中驾驶员240人次、照管员160人次），"
                        "持证上岗率保持100%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 14, 10))
    t.title("校车驾驶员与照管员安全培训绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "单位"), [
        ("产出指标", "数量指标", "培训校车驾驶员人次", 240, "人次"),
        (None, None, "培训照管员人次", 160, "人次"),
        (None, "质量指标", "培训考核合格率", pct(0.95), "%"),
        (None, None, "驾驶员持证上岗率", pct(1), "%"),
        (None, "时效指标", "培训完成时间", day(2025, 8, 20, CN_DATE), None),
        (None, "成本指标", "人均培训费用", "≤1500", "元/人次"),
        ("效益指标", "社会效益指标", "应急处置演练参训率", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, "说明：400人次×1500元=60万元。", width=5)
    return b


@variant("kcf12-bus-page-break-duplicate", (4,),
         "project, OLD-NAT, header row repeated after a page break, a 填表说明 row: the same check "
         "count twice with a word more, a training cost × count above the money")  # fmt: skip
def kcf12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="校车安全检查与驾驶员轮训", dept=BUREAU,
                 unit="澄岩市栖凤区教育局", money=funds(20, 20, 0),
                 goals=["全年开展校车安全隐患排查4次，轮训校车驾驶员300人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "校车安全隐患排查次数", "≥4次", None),
        (None, None, "驾驶员轮训人次", "≥300人次", None),
        (None, "质量指标", "驾驶员轮训考核合格率", "≥95%", None),
    ])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "校车安全隐患定期排查次数",
         mk("≥4次", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the same check count as above, with one word more"), "续上页"),
        (None, "时效指标", "隐患整改时限", "≤15个工作日", None),
        (None, "成本指标", "驾驶员轮训人均成本",
         mk("≤800元/人次", "B107", "warning", row=True,
            note="800元×300人次=24万元 > 年度资金20万元"), None),
        ("效益指标", "社会效益指标", "校车责任事故", "=0起", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标值须填写比较符、数值和计量单位。")
    sign(s, "葛文澜", "(0589)6652093", day(2024, 11, 26))
    return b
