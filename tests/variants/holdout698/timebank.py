"""Returns kaf13–kaf18: a volunteer time-bank for caring for the elderly (时间银行)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout698.common import (
    budget,
    multi_year,
    new_book,
    note,
    one_year,
    signature,
    tiers,
    wan,
)
from tests.variants.holdout698.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kaf13-timebank-department", (5, 10, 1), "department, NAT-2021, tier-1 labels marked "
         "with *, abbreviated tier-2s, a goal total with its part, a rate in 百分点, a typed "
         "percent (correct)")  # fmt: skip
def kaf13() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="禾岭镇志愿服务工作站",
                    budget=[budget(60, 50, 10, 20, 40)],
                    tasks=[("时间银行运营", "服务时长记录与积分兑换", 25, "记录时长20000小时"),
                           ("志愿者培训", "新注册志愿者岗前培训", 15, "培训300人"),
                           ("金额合计", None, 40, None)],
                    goal="新增注册志愿者300人（总数达到1500人），"
                         "全年记录为老服务时长不少于20000小时。")  # fmt: skip
    tiers(s, H4, [
        ("*产出指标", "数量", "新增注册志愿者人数", "≥300人"),
        (None, None, "注册志愿者总数", "≥1500人"),
        (None, None, "为老志愿服务时长", "≥20000小时"),
        (None, "质量", "服务时长记录准确率", "≥98%"),
        (None, "时效", "时间币兑换办理时限", "≤5个工作日"),
        ("*成本指标", "经济成本", "新志愿者人均培训费用", "≤500元/人"),
        ("*效益指标", "社会效益", "结对服务独居老人比例", "提高≥5百分点"),
        (None, "可持续影响", "时间银行积分通存通兑机制", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "受服务老人满意度", pct(0.95)),
    ])  # fmt: skip
    return b


@variant("kaf14-timebank-goal-against", (7, 12), "project, NAT-2021, header 预期目标: the goal's "
         "volunteer count against the indicator, the same count again under 社会效益 with "
         "another value")  # fmt: skip
def kaf14() -> Book:
    b, s = new_book()
    goal = "注册志愿者达到1500人，全年为老服务时长不少于18000小时，开展志愿者培训10期。"
    project_head(s, year=2025, name="禾岭镇“时间银行”互助养老试点", dept="禾岭镇人民政府",
                 unit="禾岭镇志愿服务工作站", money=one_year(30, 25, 5), goals=[goal])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "注册志愿者人数",
         mk("≥1200人", "D104", "warning", row=True, note="年度目标写注册志愿者达到1500人")),
        (None, None, "为老服务时长", "≥18000小时"),
        (None, None, "志愿者培训期数", "≥10期"),
        (None, "质量指标", "服务时长记录准确率", "≥98%"),
        (None, "时效指标", "时间币兑换办理时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "每小时服务积分兑换补贴", "≤10元/小时"),
        ("效益指标", "社会效益指标", "志愿者注册人数",
         mk("≥1000人", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与数量指标“注册志愿者人数”是同一指标，值又不同")),
        (None, "可持续影响指标", "时间银行服务站点运营机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受服务老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf15-timebank-notes", (4, 7), "project, OLD-NAT, two-row header with a unit "
         "column, a note row in the table, 说明 and stamp lines under it (correct)")  # fmt: skip
def kaf15() -> Book:
    b, s = new_book()
    goal = "培训时间银行志愿者400人次，为100户空巢老人提供结对陪伴服务。"
    project_head(s, year=2025, name="禾岭镇时间银行志愿者培训与激励", dept="禾岭镇人民政府",
                 unit="禾岭镇志愿服务工作站", money=one_year(18, 18, 0), goals=[goal])  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标值", None, "备注", merge=[(1, 3), (4, 5)])
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", None), [
        ("产出指标", "数量指标", "志愿者培训人次", "≥400", "人次"),
        (None, None, "结对陪伴空巢老人户数", "≥100", "户", "以签订协议为准"),
        (None, "质量指标", "培训考核合格率", "≥90", "%"),
        (None, "时效指标", "陪伴服务响应时间", "≤24", "小时"),
        (None, "成本指标", "人均培训成本", "≤300", "元/人次"),
        ("效益指标", "社会效益指标", "空巢老人定期探访覆盖率", "≥80", "%"),
        ("满意度指标", "服务对象满意度指标", "结对老人满意度", "≥90", "%"),
    ])  # fmt: skip
    note(s, "说明：1.培训人次按签到表统计；2.满意度由镇民政办年底抽样回访。")
    s.row("填报单位（盖章）：禾岭镇人民政府", None, None, "负责人：覃思远", merge=[(1, 3)])
    signature(s, "蒙丽汶", "0776-3810427", day(2024, 12, 6))
    return b


@variant("kaf16-timebank-last-year-dates", (1, 9), "project, NAT-2021: the plan dates left in "
         "2024 under a 2025 title, a rate given in hours, a count under 质量")  # fmt: skip
def kaf16() -> Book:
    b, s = new_book()
    goal = "为80名失能老人新增时间银行结对服务，全年兑换服务时长不少于1200小时。"
    project_head(s, year=2025, name="禾岭镇失能老人时间银行结对服务", dept="禾岭镇人民政府",
                 unit="禾岭镇志愿服务工作站", money=one_year(22, 20, 2), goals=[goal],
                 start=day(2024, 1, 1), end=day(2024, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题2025年度，计划开始和完成日期都在2024年（上年残留）")  # fmt: skip
    tiers(s, H4, [
        ("产出指标", "数量指标", "结对服务失能老人数", "≥80人"),
        (None, None, "志愿服务时长兑换完成率",
         mk("1200小时", "T105", "error", note="比率写成了小时数")),
        (None, "质量指标", mk("新增结对志愿者人数", "F201", "warning", row=True,
                              note="人数是数量指标，填在质量下"), "≥80人"),
        (None, "时效指标", "结对关系建立时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每小时兑换补贴标准", "≤12元/小时"),
        ("效益指标", "社会效益指标", "失能老人居家照护缺口覆盖率", pct(0.6)),
        ("满意度指标", "服务对象满意度指标", "结对老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf17-timebank-three-year", (8, 5), "three-year project, NAT-2021, numbered tier "
         "labels, 中期 and 年度 columns, period counts above the year's (correct)")  # fmt: skip
def kaf17() -> Book:
    b, s = new_book()
    goals = ("三年建成村级时间银行服务点15个，累计注册志愿者3000人，"
             "记录为老服务时长45000小时。",
             "2025年建成服务点5个，新增注册志愿者1000人，"
             "记录为老服务时长不少于15000小时。")  # fmt: skip
    project_head(s, year=2025, years=3, name="禾岭镇时间银行互助养老网络建设",
                 dept="禾岭镇人民政府", unit="禾岭镇志愿服务工作站", attr="新增项目",
                 money=multi_year((120, 100, 20), (40, 35, 5)), goals=goals)  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("一、产出指标", "（一）数量指标", "时间银行服务点数量", "≥15个", "≥5个"),
        (None, None, "注册志愿者人数", "≥3000人", "≥1000人"),
        (None, None, "为老服务时长", "≥45000小时", "≥15000小时"),
        (None, "（二）质量指标", "服务记录规范率", "≥95%", "≥95%"),
        (None, "（三）时效指标", "服务点建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("二、成本指标", "（一）经济成本指标", "单个服务点建设补助", "≤6万元/个", "≤6万元/个"),
        ("三、效益指标", "（一）社会效益指标", "互助养老服务覆盖村比例", "≥75%", "≥25%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受服务老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf18-timebank-department-money", (12,), "department, NAT-2021: 资金总额 not equal "
         "to 基本支出 + 项目支出, a deadline in the next year against the goal's")  # fmt: skip
def kaf18() -> Book:
    b, s = new_book()
    total = mk(wan(85), "B101", "error",
               note="70 + 10 = 35 + 45 = 80，资金总额却写85")  # fmt: skip
    department_head(s, year=2025, dept="禾岭镇老龄工作办公室",
                    budget=[[total, *budget(0, 70, 10, 35, 45)[1:]]],
                    tasks=[("时间银行积分兑换", "志愿服务积分兑换生活用品", 25, "兑换10000小时"),
                           ("老年志愿者关爱行动", "走访慰问高龄老人", 20, "走访500人次"),
                           ("金额合计", None, 45, None)],
                    goal="目标1：时间银行全年兑换积分服务不少于10000小时；"
                         "目标2：开展关爱行动走访老人500人次，9月底前完成。")  # fmt: skip
    tiers(s, H4, [
        ("产出指标", "数量指标", "积分兑换服务时长", "≥10000小时"),
        (None, None, "关爱走访老人人次", "≥500人次"),
        (None, "质量指标", "积分台账准确率", "≥98%"),
        (None, "时效指标", "关爱行动完成时间",
         mk(day(2026, 9, 30), "Y102", "error", alt=("D104",),
            note="2025年度部门目标写9月底前完成，日期却在2026年")),
        ("成本指标", "经济成本指标", "积分兑换补贴标准", "≤25元/小时"),
        ("效益指标", "社会效益指标", "老年志愿者参与率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "受走访老人满意度", "≥90%"),
    ])  # fmt: skip
    return b
