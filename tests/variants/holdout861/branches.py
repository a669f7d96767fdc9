"""Branch libraries in townships (总分馆制): kgm07 to kgm12."""

from __future__ import annotations

from tests.variants.holdout861.common import (
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    two_columns,
    wan,
)
from tests.variants.holdout861.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "岑阳县文化和旅游局（205）"
LIB = "岑阳县图书馆"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgm07-branch-multi-year", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside "
         "smaller year's counts, one unit cost in both, towns in brackets (correct)")  # fmt: skip
def branch_multi_year() -> Book:
    b, s = project(year=2025, years=3, attr="新增项目", name="公共图书馆总分馆体系建设",
                   dept=DEPT, unit=LIB, money=two_columns((360, 300, 60), (120, 100, 20)),
                   goals=["2025年—2027年建成乡镇分馆12个，实现全县乡镇全覆盖，分馆图书"
                          "通借通还。",
                          "2025年建成4个乡镇分馆（苇塘、杉口、蓼湾、箬岭），"
                          "配送图书2万册。"])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "建成乡镇分馆数", "≥12个", "≥4个"),
        (None, None, "分馆配送图书", "≥60000册", "≥20000册"),
        (None, "质量指标", "分馆建设验收合格率", pct(1), pct(1)),
        (None, "时效指标", "分馆建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个分馆建设补助", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "乡镇分馆覆盖率", pct(1), pct(0.33)),
        (None, "可持续影响指标", "分馆通借通还机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "乡镇读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏立新", "0731-5821406", day(2024, 11, 26))
    return b


@variant("kgm08-branch-period-copy", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied to 年度目标, a "
         "year's count above the period's, a deadline left from last year")  # fmt: skip
def branch_period_copy() -> Book:
    goal = "建设乡镇分馆数字阅读点30个，配送电子书借阅机30台，数字资源年访问量达到30万人次。"
    copied = mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")
    b, s = project(year=2025, years=3, attr="新增项目", name="乡镇分馆数字阅读点建设",
                   dept=DEPT, unit=LIB, money=two_columns((200, 170, 30), (70, 60, 10)),
                   goals=[goal, copied])  # fmt: skip
    above = mk("≥45台", "D201", "error", row=True, alt=("D104",), note="年度45台超过中期30台")
    why = "年度目标抄自中期目标，由此对照出的提示可以接受"
    late = mk("2024年10月31日前", "Y102", "error", alt=("Y103",),
              note="2024年的期限在项目期2025年—2027年之前，是上一季的遗留")  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "建设数字阅读点", "≥30个", ok("≥10个", note=why)),
        (None, None, "配送电子书借阅机", "≥30台", above),
        (None, "质量指标", "设备验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "阅读点建成时间", "2027年12月31日前", late),
        ("成本指标", "经济成本指标", "单个阅读点建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "数字资源年访问量", "≥30万人次", ok("≥8万人次", note=why)),
        ("满意度指标", "服务对象满意度指标", "乡镇读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgm09-branch-tier-points", (5, 10, 1),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, 1.) "
         "and an indicator score column, both adding to 100 (correct)")  # fmt: skip
def branch_tier_points() -> Book:
    b, s = project(year=2025, name="乡镇分馆图书流转服务", dept=DEPT, unit=LIB,
                   money=one_year(40, 36, 4),
                   goals=["全年向14个乡镇分馆流转图书24批次、3.6万册，"
                          "分馆年外借量5万册次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.图书流转批次", "≥24批次", 10),
        (None, None, "2.流转图书册数", "≥36000册", 10),
        (None, "（二）质量指标", "3.流转图书完好率", "≥97%", 10),
        (None, "（三）时效指标", "4.每批次配送时限", "≤5个工作日", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单批次配送费用", "≤0.5万元/批次", 10),
        (None, None, "6.破损图书修补费用", "≤2万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.分馆年外借量", "≥50000册次", 15),
        (None, "（二）可持续影响指标", "8.图书流转机制", "长效运行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.分馆读者满意度",
         pct(0.92), 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    sign(s, "钟雨桐", "0731-5821419", day(2024, 12, 2))
    return b


@variant("kgm10-branch-wrong-tier", (5, 11),
         "project, OLD-NAT, abbreviated and marked labels (*产出, 数量, ★): a satisfaction "
         "rate under 社会效益, a 反向 rate with ≥")  # fmt: skip
def branch_wrong_tier() -> Book:
    b, s = project(year=2025, name="乡镇分馆自助借还设备购置", dept=DEPT, unit=LIB,
                   money=one_year(48, 48, 0),
                   goals=["为12个乡镇分馆各配置自助借还机1台，实现分馆自助借还。"])  # fmt: skip
    wrong = mk("分馆读者满意度", "F201", "warning", row=True,
               note="满意度指标填在社会效益下")  # fmt: skip
    error_rate = mk("≥0.5%", "T108", "warning", row=True,
                    note="差错率是反向指标，比较符应为≤")  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "★配置自助借还机", "≥12台"),
        (None, "质量", "设备验收合格率", "100%"),
        (None, None, "图书借还差错率", error_rate),
        (None, "时效", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本", "单台设备采购价", "≤4万元/台"),
        ("*效益", "社会效益", "分馆自助借还量", "≥30000册次"),
        (None, None, wrong, "≥90%"),
        (None, "可持续影响", "设备维保期", "≥3年"),
        ("满意度", "服务对象满意度", "分馆工作人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgm11-branch-department", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, a 说明 row between tiers, the "
         "header repeated after a page break, a footnote on a total, notes, signature")  # fmt: skip
def branch_department() -> Book:
    b, s = department(year=2025, dept=LIB, filled=day(2024, 11, 25),
                      budget=[(wan(680), wan(620), wan(60), wan(400), wan(280))],
                      tasks=[("总分馆体系运行", "14个乡镇分馆开放及图书流转", wan(150),
                              "分馆全年开放"),
                             ("馆藏资源建设", "采购纸质图书和电子资源", wan(90), "新增馆藏2.2万册"),
                             ("全民阅读推广", "读书日、阅读季、分馆巡展", wan(40), "活动150场"),
                             ("金额合计", None, wan(280), None)],
                      goal="14个乡镇分馆全年开放、通借通还；新增馆藏2.2万册；举办阅读推广"
                           "活动150场。")  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "乡镇分馆开放数", "≥14个"),
        (None, None, "新增馆藏", "≥22000册"),
        (None, None, "阅读推广活动", "≥150场"),
        (None, "质量指标", "分馆规范化建设达标率", "≥90%"),
        (None, "时效指标", "流转图书配送及时率", "≥95%"),
    ])  # fmt: skip
    note(s, "说明：分馆规范化建设按省级乡镇分馆服务规范评定。", 4)
    s.skip()
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单个分馆年运行经费", "≤10万元/个"),
        ("效益指标", "社会效益指标", "总分馆年到馆人次", "≥35万人次"),
        (None, "可持续影响指标", "总分馆通借通还", "持续运行"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：项目支出280万元含上年结转资金12万元，已计入总分馆体系运行。")
    note(s, "填表说明：指标值应可量化、可考核，定性指标写明评价等级。")
    sign(s, "彭卓", "0731-5821433", day(2024, 11, 25))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("kgm12-branch-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "count against the annual goal")  # fmt: skip
def branch_department_money() -> Book:
    total = mk(wan(300), "B101", "error", row=True,
               note="基本支出180万元 + 项目支出100万元 = 280万元 ≠ 资金总额300万元")  # fmt: skip
    tasks_total = mk(wan(100), "B102", "error", alt=("B101",),
                     note="任务金额60 + 30 + 15 = 105万元，金额合计却是100万元")  # fmt: skip
    b, s = department(year=2025, dept="岑阳县乡镇图书分馆管理中心",
                      budget=[(total, wan(270), wan(30), wan(180), wan(100))],
                      tasks=[("分馆运行补助", "14个乡镇分馆运行", wan(60), "分馆全年开放"),
                             ("村级服务点建设", "新建村级图书服务点", wan(30), "服务点30个"),
                             ("流动图书车运行", "图书车下乡服务", wan(15), "下乡120次"),
                             ("金额合计", None, tasks_total, None)],
                      goal="建成村级图书服务点30个，流动图书车下乡服务120次，乡镇分馆"
                           "全年开放。")  # fmt: skip
    points = mk("≥25个", "D104", "warning", row=True,
                note="年度总体目标和任务写服务点30个，指标却是≥25个")  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "村级图书服务点建设数", points),
        (None, None, "流动图书车下乡服务", "≥120次"),
        (None, "质量指标", "服务点验收合格率", "≥95%"),
        (None, "时效指标", "服务点建成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个服务点建设费用", "≤1万元/个"),
        ("效益指标", "社会效益指标", "村级服务点年借阅量", "≥15000册次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
