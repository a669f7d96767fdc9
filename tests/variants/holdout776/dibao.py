"""Returns on minimum-living-allowance reviews (低保): kdf13–kdf18."""

from __future__ import annotations

from tests.variants.holdout776.common import (
    HEAD4,
    department,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout776.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

UNIT = "蔺山县民政局社会救助股"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "分值", "指标值")
PERIOD = (*HEAD4[:3], "中期指标值", "年度指标值")


@variant("kdf13-dibao-department", (12, 4, 10),
         "department, NAT-2021: budget and key tasks consistent, the goal's count with its parts "
         "in brackets, a rate raised in 百分点, a footnote on the total (correct)")  # fmt: skip
def kdf13() -> Book:
    b, s = new("部门整体")
    tasks = [("低保对象动态复核", "入户核查、信息比对", 36, "全年复核3600户"),
             ("低保金发放", "按月社会化发放", 400, "按月足额发放"),
             ("临时救助", "急难对象临时救助", 28, "救助及时"),
             ("金额合计", None, 464, None)]  # fmt: skip
    department(s, 2025, "蔺山县社会救助服务中心", (612, 590, 22, 148, 464), tasks,
               "全年复核低保家庭3600户（城市1100户、农村2500户），"
               "低保金按月足额发放。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "低保家庭复核户数", "≥3600户"),
        (None, None, "入户核查抽查比例", pct(0.3)),
        (None, "质量指标", "低保认定准确率", "≥98%"),
        (None, "时效指标", "低保金发放时间", "每月15日前"),
        ("成本指标", "经济成本指标", "户均复核工作经费", "≤100元/户"),
        ("效益指标", "社会效益指标", "低保动态管理准确率较上年提高", "≥2百分点"),
        (None, None, "错保漏保发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：项目支出464万元为三项年度主要任务金额之和；其他资金22万元为上年结转。")
    sign(s, 2024, 11, 20)
    return b


@variant("kdf14-dibao-department-review", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, goal count and deadline year unlike "
         "the indicators")  # fmt: skip
def kdf14() -> Book:
    b, s = new("部门整体")
    tasks = [("低保专项复核", "入户核查、经济状况核对", 30, "完成年度复核"),
             ("低保金发放", "按月社会化发放", 350, "按月足额发放"),
             ("特困人员救助供养", "分散供养金发放", 30, "供养金按时发放"),
             ("金额合计", None,
              mk(money(400, WAN), "B102", "error", note="30 + 350 + 30 = 410 ≠ 400"),
              None)]  # fmt: skip
    department(s, 2025, "蔺山县民政局", (520, 500, 20, 120, 400), tasks,
               "全年对4200户低保家庭开展动态复核，12月31日前完成年度复核。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "低保家庭复核户数",
         mk("≥2400户", "D104", "warning", row=True, note="年度总体目标写4200户")),
        (None, "质量指标", "经济状况核对准确率", "≥98%"),
        (None, "时效指标", "年度复核完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2025，期限却在2024年")),
        ("成本指标", "经济成本指标", "户均复核经费", "≤70元/户"),
        ("效益指标", "社会效益指标", "错保漏保发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 21)
    return b


@variant("kdf15-dibao-points-both", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column, both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def kdf15() -> Book:
    b, s = new()
    project(s, 2025, "低保家庭入户核查服务购买", UNIT, one_year(45, 45, 0),
            ["购买第三方入户核查服务，全年核查低保家庭3000户，每户出具核查报告。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "入户核查户数", 20, "≥3000户"),
        (None, None, None, "核查报告份数", 10, "≥3000份"),
        (None, None, "质量指标", "核查信息录入准确率", 10, pct(0.98)),
        (None, None, "时效指标", "核查报告提交时限", 10, "≤5个工作日"),
        ("成本指标", 10, "经济成本指标", "户均核查服务费", 10, "≤150元/户"),
        ("效益指标", 30, "社会效益指标", "低保认定准确率较上年提高", 15, "≥3百分点"),
        (None, None, None, "应退未退发生率", 15, "≤2%"),
        ("满意度指标", 10, "服务对象满意度指标", "核查对象满意度", 10, "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, 2024, 12, 3)
    return b


@variant("kdf16-dibao-points-unnamed", (10, 13),
         "project, NAT-2021, tier-1 and indicator scores: the 产出 score unlike its indicators, "
         "a value without a name")  # fmt: skip
def kdf16() -> Book:
    b, s = new()
    project(s, 2025, "低保边缘家庭认定复核", UNIT, one_year(24, 24, 0),
            ["对全县1600户低保边缘家庭开展认定复核，30个工作日内办结。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 20 + 10 + 15 = 45 ≠ 50"),
         "数量指标", "边缘家庭复核户数", 20, "≥1600户"),
        (None, None, "质量指标", mk(None, "F110", "error", note="有分值和指标值，缺三级指标名称"),
         10, pct(0.95)),
        (None, None, "时效指标", "复核办结时限", 15, "≤30个工作日"),
        ("成本指标", 10, "经济成本指标", "户均复核经费", 10, "≤150元/户"),
        ("效益指标", 30, "社会效益指标", "困难群众救助覆盖面", 30, "逐步扩大"),
        ("满意度指标", 10, "服务对象满意度指标", "复核对象满意度", 10, "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出指标少计5分引起")
    sign(s, 2024, 11, 28)
    return b


@variant("kdf17-dibao-check-two-years", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside smaller "
         "annual ones, a later year the work prepares for (correct)")  # fmt: skip
def kdf17() -> Book:
    b, s = new()
    goals = ("两年内完成全县14个乡镇低保信息核对系统接入，累计核对申请家庭8400户次，"
             "为2027年全市跨部门数据共享积累经验。",
             "2025年完成8个乡镇系统接入，核对申请家庭4200户次。")  # fmt: skip
    project(s, 2025, "城乡低保信息核对系统升级", UNIT, multi_year((60, 60, 0), (35, 35, 0)),
            goals, years=2, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "系统接入乡镇数", "≥14个", "≥8个"),
        (None, None, "经济状况核对户次", "≥8400户次", "≥4200户次"),
        (None, "质量指标", "核对结果准确率", "≥98%", "≥98%"),
        (None, "时效指标", "核对报告出具时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单户次核对费用", "≤50元/户次", "≤50元/户次"),
        ("效益指标", "可持续影响指标", "信息核对工作机制", "长效运行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "申请家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 12, 4)
    return b


@variant("kdf18-dibao-aid-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
         "annual column, a period goal naming last period's years")  # fmt: skip
def kdf18() -> Book:
    b, s = new()
    period = mk("2022年—2024年对全县低保家庭开展分类帮扶，累计帮扶9000户次，就业帮扶1800人。",
                "Y103", "warning", note="项目期2025—2027年，中期目标却写2022—2024年")  # fmt: skip
    goals = (period, "2025年帮扶低保家庭3000户次，其中就业帮扶600人。")
    project(s, 2025, "低保对象分类救助帮扶", UNIT, multi_year((150, 150, 0), (50, 50, 0)),
            goals, years=3)  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "分类帮扶户次", "≥9000户次",
         mk("≥9000户次", "D202", "warning", alt=("D104",),
            note="年度照抄中期；年度目标为3000户次")),
        (None, None, "就业帮扶人数", "≥1800人",
         mk("≥1800人", "D202", "warning", alt=("D104",),
            note="年度照抄中期；年度目标为600人")),
        (None, "质量指标", "帮扶对象台账完整率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "户均帮扶费用", "≤50元/户次", "≤50元/户次"),
        ("效益指标", "社会效益指标", "低保家庭就业增收情况", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 26)
    return b
