"""Returns of the student science fair and robotics competition: kbi13 to kbi18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout727.common import (
    FAIR,
    filled,
    funds,
    indicators,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout727.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

DEPT = "苇塘区教育局（207）"
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbi13-fair-second-sheet", (1, 7),
         "project head on the first sheet, the indicator table on a second sheet under 预期实现值, "
         "a typed percent cell, 0起 on an incident count (correct)")  # fmt: skip
def fair_second_sheet() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2026, name="苇塘区青少年科技创新大赛", dept=DEPT, unit=FAIR,
                 money=one_year(36, 32, 4),
                 goals=["举办区级青少年科技创新大赛1届，征集学生作品300件以上，评选优秀作品60件，"
                        "推荐15件参加市级比赛。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("2026年度项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "举办大赛届数", "=1届"),
        (None, None, "征集学生作品数量", "≥300件"),
        (None, None, "评选优秀作品数量", "≥60件"),
        (None, None, "推荐参加市级比赛作品数量", "≥15件"),
        (None, "质量指标", "评审专家中级以上职称比例", pct(0.9)),
        (None, "时效指标", "大赛完成时间", "2026年6月30日前"),
        (None, "成本指标", "单件作品评审成本", "≤0.02万元/件"),
        ("效益指标", "社会效益指标", "全区中小学参赛覆盖率", "≥90%"),
        (None, None, "参赛学生安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b


@variant("kbi14-fair-robot-dates", (4,),
         "project, OLD-NAT: a completion date before the start, last season's final date, a "
         "student count below the goal's; signature lines")  # fmt: skip
def fair_robot_dates() -> Book:
    b, s = start()
    end = mk(day(2025, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期早于2026年1月1日开始")  # fmt: skip
    project_head(s, year=2026, name="第七届中小学机器人竞赛", dept=DEPT, unit=FAIR, end=end,
                 money=one_year(50, 45, 5),
                 goals=["举办第七届中小学机器人竞赛，参赛队伍不少于80支、参赛学生不少于240人，"
                        "2026年5月完成决赛。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "参赛队伍数量", "≥80支"),
        (None, None, "参赛学生人数",
         mk("≥200人", "D104", "warning", row=True, note="年度目标写参赛学生不少于240人")),
        (None, "质量指标", "竞赛裁判持证上岗率", "=100%"),
        (None, "时效指标", "决赛举办时间",
         mk("2025年5月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="上一届的日期：2026年度项目，目标写2026年5月")),
        (None, "成本指标", "每支队伍参赛补助", "≤0.3万元/支"),
        ("效益指标", "社会效益指标", "参赛学校覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    signature(s, "蒙启航", "0773-5820147", filled(2026, 12, 8))
    return b


@variant("kbi15-fair-robot-headers", (7,),
         "project, OLD-NAT, two-row header with 考核指标, 目标值（年度） and a 评价标准 column, "
         "a goal count with its parts in brackets (correct)")  # fmt: skip
def fair_robot_headers() -> Book:
    b, s = start()
    project_head(s, year=2026, name="青少年机器人训练营及区级联赛", dept=DEPT, unit=FAIR,
                 money=one_year(28, 28, 0),
                 goals=["组织机器人联赛参赛队伍40支（初中组24支、小学组16支），开展训练营4期，"
                        "带动400名学生参加机器人课程。"])  # fmt: skip
    s.row("绩效指标", None, None, "考核要求", None, merge=[(1, 3), (4, 5)])
    rows = [
        ("产出指标", "数量指标", "联赛参赛队伍数量", "≥40支", "每少1支扣0.5分"),
        (None, None, "训练营期数", "≥4期", "每少1期扣2分"),
        (None, "质量指标", "教练员培训考核合格率", "≥95%", "低于目标不得分"),
        (None, "时效指标", "联赛完成时间", "2026年10月31日前", "逾期不得分"),
        (None, "成本指标", "每期训练营成本", "≤5万元/期", "超支不得分"),
        ("效益指标", "社会效益指标", "参加机器人课程学生人数", "≥400人", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参赛学生满意度", "≥90%", "按调查结果得分"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    return b


@variant("kbi16-fair-duplicates", (12,),
         "project, OLD-NAT, one value column, detail lines under the table: the same count twice "
         "with a word more, a timeliness rate under 数量, detail lines not adding up")  # fmt: skip
def fair_duplicates() -> Book:
    b, s = start()
    project_head(s, year=2026, name="学生科学小论文与科创作品征集", dept=DEPT, unit=FAIR,
                 money=one_year(28, 28, 0),
                 goals=["征集学生科创作品300件，评审优秀作品50件并集中展示。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "学生科创作品征集数量", "≥300件"),
        (None, None, "优秀作品评审数量", "≥50件"),
        (None, None, "作品评审及时率",
         mk("≥95%", "F201", "warning", row=True, note="及时率是时效指标，填在数量下")),
        (None, "质量指标", "学生科技创新作品征集数量",
         mk("≥260件", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与数量指标下的学生科创作品征集数量（≥300件）是同一指标")),
        (None, "时效指标", "作品展示完成时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "参与征集学校覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参与学生满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.table([(None, "奖品及证书购置", money(12)), (None, "展示场地租赁", money(8)),
             (None, "专家评审劳务", money(6)),
             (None, "合计", mk(money(28), "B102", "error", alt=("B101",),
                              note="12 + 8 + 6 = 26，不是28"))], merged=(1,))  # fmt: skip
    return b


@variant("kbi17-fair-department", (4, 12),
         "department, NAT-2021, header 绩效目标值, tasks adding to 项目支出, a goal count with its "
         "part in brackets, notes and a fill date in the year before (correct)")  # fmt: skip
def fair_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept=FAIR,
                    budget=[(w(640), w(600), w(40), w(420), w(220))],
                    tasks=[("科技创新大赛", "区级大赛及市赛推荐", w(80), "征集作品≥300件"),
                           ("机器人联赛", "区级联赛及训练营", w(90), "参赛队伍≥40支"),
                           ("科技辅导员培训", "辅导员集中培训", w(50), "培训150人"),
                           ("金额合计", None, w(220), None)],
                    goal="全年举办科技创新大赛1届、机器人联赛1届，培训科技辅导员150人（其中农村"
                         "学校辅导员90人）。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "举办区级科技赛事届数", "≥2届"),
        (None, None, "培训科技辅导员人数", "≥150人"),
        (None, "质量指标", "辅导员培训考核合格率", "≥95%"),
        (None, "时效指标", "赛事完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "科技辅导员人均培训成本", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "中小学生参与科技活动人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "参与学生及家长满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    notes(s, "注：1.金额合计220万元为项目支出；2.满意度由第三方问卷调查取得。")
    signature(s, "甘露晴", "0773-5836620", filled(2026))
    return b


@variant("kbi18-fair-league-three-year", (8,),
         "three-year robotics league, OLD-NAT, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a cumulative match count copied")  # fmt: skip
def fair_league_three_year() -> Book:
    b, s = start()
    text = "2026—2028年每年举办区级机器人联赛3场，累计9场，培养学生教练员60人。"
    copied = mk(text, "D204", "warning", note="年度目标照抄中期目标")
    project_head(s, year=2026, years=3, name="苇塘区青少年机器人联赛", dept=DEPT, unit=FAIR,
                 attr="新增项目", money=funds((90, 84, 6), (30, 28, 2)),
                 goals=[text, copied])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "举办联赛场次", "≥9场",
         mk("≥9场", "D202", "warning", note="累计场次照抄中期，年度应为3场")),
        (None, None, "培养学生教练员人数", "≥60人", "≥20人"),
        (None, "质量指标", "裁判持证上岗率", "=100%", "=100%"),
        (None, "时效指标", "联赛完成时间", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "每场联赛成本", "≤8万元/场",
         ok("≤8万元/场", "warning", note="照抄的9场 × 8万元超过年度资金30万元：D202的后果")),
        ("效益指标", "社会效益指标", "参赛学校覆盖率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b
