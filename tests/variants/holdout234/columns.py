"""One-year project tables with the operator in its own column (as ≥ ≤ = or in words), a unit
column and a direction column (正向 / 反向 / 定性), and Shanghai forms with money in 元 (qj03,
qj04, qj07, qj08, qj13, qj18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout234.common import book, indicators, one_year_money, sign, wan, yuan
from tests.variants.holdout234.registry import variant
from tests.variants.kit import Book, mk

WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
SH = ("一级目标", "二级目标", "三级目标", "指标目标值")


@variant("qj03-hotline-operator-words", (11,), "one-year project, OLD-NAT (成本指标 under "
         "产出指标), 指标性质 holding operators in words, bare numbers and a unit column: a 投诉率 "
         "小于等于 1 %, a 48-hour limit, a cost per 人次 (correct)")  # fmt: skip
def qj03() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 14, 12, 12))
    project_head(
        s, year=2025, name="12348公共法律服务热线运行项目", dept="澄江市司法局（109）",
        unit="澄江市公共法律服务中心",
        money=one_year_money(wan(110), wan(100), wan(10)),
        goals=["2025年热线全年接听群众法律咨询60000人次，工单3个工作日内办结，"
               "需法律援助的来电48小时内转办。"],
    )  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "热线接听法律咨询量", "大于等于", 60000, "人次"),
        (None, "质量指标", "热线咨询解答准确率", "大于等于", 95, "%"),
        (None, None, "热线服务投诉率", "小于等于", 1, "%"),
        (None, "时效指标", "热线工单办结时限", "小于等于", 3, "个工作日"),
        (None, None, "法律援助申请转办时限", "小于等于", 48, "小时"),
        (None, "成本指标", "每人次咨询服务成本", "小于等于", 15, "元/人次"),
        ("效益指标", "社会效益指标", "群众法律问题一次解答率", "大于等于", 85, "%"),
        (None, "可持续影响指标", "热线与法律援助转介机制", "定性", "长效运行", None),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "陆清禾", "黎明远", "0871-67109352")
    return b


@variant("qj04-duty-lawyer-words-wrong", (6, 11), "one-year project, OLD-NAT, operators in "
         "words in a 比较符 column: a 投诉率 不低于 2 %, a 结案率 不高于 95 %, an empty 时效指标 "
         "row left from the template")  # fmt: skip
def qj04() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 14, 12, 12))
    project_head(
        s, year=2026, name="看守所法律援助值班律师项目", dept="丹霞县司法局（233）",
        unit="丹霞县法律援助中心",
        money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["2026年在看守所和法院派驻值班律师，为犯罪嫌疑人、被告人提供法律帮助3000人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "值班律师提供法律帮助人次", "不低于", 3000, "人次"),
        (None, None, "法律援助工作站", "等于", 2, "个"),
        (None, "质量指标", "法律援助案件结案率",
         mk("不高于", "T108", "warning", row=True, note="a 结案率 is 正向: 不低于 meant"),
         95, "%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="a template tier-2 left with no indicator"), None, None, None, None),
        (None, "成本指标", "值班律师每日补贴标准", "不高于", 300, "元/人·日"),
        ("效益指标", "社会效益指标", "认罪认罚案件值班律师参与率", "不低于", 95, "%"),
        (None, None, "法律援助服务投诉率",
         mk("不低于", "T108", "warning", row=True, note="a 投诉率 is 反向: 不高于 meant"),
         2, "%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "不低于", 90, "%"),
    ])  # fmt: skip
    sign(s, "谭映雪", "范志恒", "0751-85233016")
    return b


@variant("qj07-drug-awareness-directions", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction (正向/反向/定性) beside an operator column: a 下降幅度 正向 ≥, "
         "a 复吸率 反向 ≤, a 覆盖率 = 100 at the ceiling, 48 hours as 反向 "
         "(correct)")  # fmt: skip
def qj07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="全民禁毒宣传教育项目", dept="桐湾市禁毒委员会办公室（088）",
        unit="桐湾市公安局禁毒支队",
        money=one_year_money(wan(40), wan(35), wan(5)),
        goals=["2026年开展禁毒宣传活动120场，覆盖群众50000人次，中小学毒品预防教育全覆盖，"
               "新发现吸毒人员数较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "禁毒宣传活动场次", "正向", "≥", 120, "场"),
        (None, None, "禁毒宣传覆盖人次", "正向", "≥", 50000, "人次"),
        (None, "质量指标", "中小学毒品预防教育覆盖率", "正向", "=", 100, "%"),
        (None, "时效指标", "涉毒举报线索核查时限", "反向", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单场宣传活动成本", "反向", "≤", 3000, "元/场"),
        ("效益指标", "社会效益指标", "新发现吸毒人员数下降幅度", "正向", "≥", 10, "%"),
        (None, None, "社区戒毒康复人员复吸率", "反向", "≤", 15, "%"),
        (None, "可持续影响指标", "禁毒宣传教育长效机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众对禁毒宣传工作满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "骆晓川", "严立峰", "0577-88088125")
    return b


@variant("qj08-rehab-directions-wrong", (11,), "one-year project, NAT-2021, 指标方向 beside "
         "an operator column: a 复吸率 反向 with ≥, a count declared 定性, a 建档合格率 under "
         "时效指标")  # fmt: skip
def qj08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2025, name="社区戒毒社区康复规范化项目", dept="沅州县禁毒委员会办公室（091）",
        unit="沅州县社区戒毒社区康复工作办公室",
        money=one_year_money(wan(58), wan(50), wan(8)),
        goals=["2025年对在册社区戒毒社区康复人员开展入户走访2400次，全部建立规范档案，"
               "复吸率控制在15%以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "禁毒社工入户走访次数",
         mk("定性", "T109", "error", row=True, note="declared 定性, the value is a count"),
         "≥", 2400, "次"),
        (None, "质量指标", "戒毒康复人员尿检按期检测率", "正向", "≥", 95, "%"),
        (None, "时效指标", "戒毒康复人员报到登记时限", "反向", "≤", 3, "个工作日"),
        (None, None, mk("戒毒康复档案建档合格率", "F201", "warning", row=True,
                        note="a 合格率 is a quality indicator"), "正向", "≥", 98, "%"),
        ("成本指标", "经济成本指标", "人均帮扶救助成本", "反向", "≤", 800, "元/人"),
        ("效益指标", "社会效益指标", "社区戒毒社区康复人员复吸率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 复吸率 is 反向: ≤ meant"), 15, "%"),
        (None, "可持续影响指标", "戒毒康复帮扶联动机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "戒毒康复人员及家属满意度", "正向", "≥", 88, "%"),
    ])  # fmt: skip
    sign(s, "覃雨桐", "韦家骏", "0745-72091460")
    return b


@variant("qj13-shanghai-legal-service", (5,), "one-year Shanghai project in 元: 投入与管理 with "
         "预算执行率, 满意度 under 效果目标, ASCII operators, a 投诉率 <=1% (correct)")  # fmt: skip
def qj13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="街镇公共法律服务工作站运行经费", dept="浦梁区司法局",
        unit="浦梁区公共法律服务中心", attr="经常性专项业务费",
        money=[("项目总预算", yuan(1260000), "项目当年预算", yuan(1260000))],
        money_label="项目资金（元）", title="2026年度财政项目支出绩效目标表",
        goals=["2026年全区12个街镇公共法律服务工作站全年接待法律咨询20000人次，受理法律援助"
               "申请900件，服务投诉率控制在1%以内。"],
    )  # fmt: skip
    indicators(s, SH, [
        ("投入与管理", "财务管理", "预算执行率", ">=95%"),
        (None, "实施管理", "工作站值班管理制度", "健全"),
        ("产出目标", "数量", "接待法律咨询人次", ">=20000人次"),
        (None, None, "受理法律援助申请件数", ">=900件"),
        (None, "质量", "法律咨询答复准确率", ">=95%"),
        (None, "时效", "法律援助申请受理审查时限", "<=7个工作日"),
        (None, "成本", "每人次法律咨询成本", "<=40元/人次"),
        ("效果目标", "社会效益", "公共法律服务投诉率", "<=1%"),
        (None, "满意度", "服务对象满意度", ">=90%"),
        ("影响力目标", "长效管理", "街镇工作站值班律师轮值机制", "健全"),
        (None, "信息共享", "法律服务数据区级共享", "建立并执行"),
    ])  # fmt: skip
    sign(s, "沈乐怡", "顾振宇", "021-64226518")
    return b


@variant("qj18-shanghai-police-wrong", (11,), "one-year Shanghai police project in 元: a "
         "发案率 with >=, a completion date in the next year")  # fmt: skip
def qj18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="平安社区警务室规范化建设", dept="静川区公安分局",
        unit="静川区公安分局社区警务支队", attr="一次性项目",
        money=[("项目总预算", yuan(2400000), "项目当年预算", yuan(2400000))],
        money_label="项目资金（元）", title="2026年度财政项目支出绩效目标表",
        goals=["2026年完成20个社区警务室规范化改造，配备视频巡查终端，辖区治安案件发案率"
               "较上年下降。"],
    )  # fmt: skip
    indicators(s, SH, [
        ("投入与管理", "财务管理", "预算执行率", ">=95%"),
        ("产出目标", "数量", "规范化改造社区警务室", "=20个"),
        (None, None, "配备视频巡查终端", ">=40台"),
        (None, "质量", "改造工程验收合格率", "=100%"),
        (None, "时效", "警务室改造完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project ends in 2027")),
        (None, "成本", "单个警务室改造成本", "<=120000元/个"),
        ("效果目标", "社会效益", "社区治安案件发案率",
         mk(">=2%", "T108", "warning", row=True, note="a 发案率 is 反向: <=2% meant")),
        (None, None, "群众报警平均到场时间", "<=10分钟"),
        (None, "满意度", "社区居民安全感满意度", ">=90%"),
        ("影响力目标", "长效管理", "社区警务室日常运行机制", "健全"),
    ])  # fmt: skip
    sign(s, "陈逸舟", "陆海平", "021-57318842")
    return b
