"""Operators and directions in columns of their own, thresholds written in many ways, and
duplicates: an operator column with a unit column (pv07), 正向/反向 beside an operator column
(pv08), word and full-width operators (pv09, pv10), two stacked projects sharing indicator names
(pv11), a 备注 column with a row whose name was left out (pv12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout220.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout220.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("pv07-municipal-operator-column", (1, 11), "one-year project, OLD-NAT, 指标性质 as "
         "operator, bare numbers and a unit column: 投诉办结率 ≥, 隐患整改率 =100, a repair time "
         "≤, 95% as a percent cell, two 养护面积 that are different things (correct)")  # fmt: skip
def pv07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2025, name="城区市政设施运行维护项目", dept="汀兰县住房和城乡建设局（306）",
        unit="汀兰县市政公用事业服务中心",
        money=one_year_money(wan(640), wan(600), wan(40)),
        goals=["2025年完成城区道路维修养护18万平方米、人行道维修养护1.2万平方米，路灯亮灯率"
               "保持在98%以上，市政设施投诉办结率达到98%以上，安全隐患整改率100%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "城区道路维修养护面积", "≥", 18, "万平方米"),
        (None, None, "人行道维修养护面积", "≥", 1.2, "万平方米"),
        (None, None, "路灯设施维护数量", "≥", 6200, "盏"),
        (None, "质量指标", "路灯亮灯率", "≥", 98, "%"),
        (None, None, "市政设施投诉办结率", "≥", 98, "%"),
        (None, None, "市政设施安全隐患整改率", "=", 100, "%"),
        (None, "时效指标", "道路坑槽修复平均时长", "≤", 48, "小时"),
        (None, "成本指标", "道路养护单位成本", "≤", 30, "元/平方米"),
        ("效益指标", "社会效益指标", "市政设施安全事故发生起数", "=", 0, "起"),
        (None, None, "道路病害发生率", "≤", 3, "%"),
        (None, "可持续影响指标", "市政设施数字化管理平台", None, "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    sign(s, "尹向东", "黎晓岚", "0795-36306215")
    return b


@variant("pv08-water-direction-columns", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction (正向/反向), 指标方向 as operator: a 反向 漏损率 with ≥, = on a satisfaction, "
         "two names for one 合格率 with different values")  # fmt: skip
def pv08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="城乡供水水质提升项目", dept="云岭市水务局（511）",
        unit="云岭市供排水管理站",
        money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["2026年改造二次供水设施45座，新增水质检测点位120个，城区供水管网漏损率控制在10%"
               "以内，用户满意度达到95%以上。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "二次供水设施改造数量", "正向", "≥", 45, "座"),
        (None, None, "新增水质检测点位", "正向", "≥", 120, "个"),
        (None, "质量指标", "二次供水水质检测合格率", "正向", "≥", 98, "%"),
        (None, None, mk("二次供水水质抽检合格率", "D103", "warning", row=True, alt=("D102",),
                        note="the same 合格率 as the row above, 95 against 98"),
         "正向", "≥", 95, "%"),
        (None, "时效指标", "水质异常处置响应时间", "反向", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单座二次供水设施改造成本", "反向", "≤", 8, "万元/座"),
        ("效益指标", "社会效益指标", "城区供水管网漏损率", "反向",
         mk("≥", "T108", "warning", row=True, alt=("D104",), note="反向: ≤10%"), 10, "%"),
        (None, "可持续影响指标", "水质在线监测平台运行", "正向", None, "稳定", None),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "正向",
         mk("=", "T107", "warning", row=True, alt=("T108", "D104"), note="≥95% meant"), 95, "%"),
    ])  # fmt: skip
    sign(s, "魏澄江", "许嘉禾", "0872-31511086")
    return b


@variant("pv09-clinics-threshold-words", (10, 11), "one-year project, NAT-2021, one value column "
         "and a 指标值设定依据 column: 不少于, 以上, 不低于, 个工作日内, ‰, 百分点, "
         "full-width ≥９０％; 近视 and 脊柱侧弯 screenings with the same count "
         "(correct)")  # fmt: skip
def pv09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 16))
    project_head(
        s, year=2026, name="基层医疗卫生机构能力提升项目", dept="枫溪县卫生健康局（402）",
        unit="枫溪县基层卫生服务中心",
        money=one_year_money(wan(310), wan(280), wan(30)),
        goals=["2026年为全县15家乡镇卫生院配置基本医疗设备，培训基层医务人员不少于800人次，家庭"
               "医生签约服务覆盖率不低于75%，群众就医满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "配置设备乡镇卫生院数", "=15家", "计划标准"),
        (None, None, "基层医务人员培训人次", "不少于800人次", "计划标准"),
        (None, None, "学生近视筛查人数", "≥12000人", "历史标准"),
        (None, None, "学生脊柱侧弯筛查人数", "≥12000人", "历史标准"),
        (None, "质量指标", "设备安装验收合格率", "100%", "计划标准"),
        (None, None, "家庭医生签约服务覆盖率", "不低于75%", "行业标准"),
        (None, None, "基层门急诊处方合格率", "95%以上", "行业标准"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前", "计划标准"),
        (None, None, "检验结果报告时间", "2个工作日内", "行业标准"),
        ("成本指标", "经济成本指标", "单家卫生院设备配置成本", "≤16万元/家", "计划标准"),
        ("效益指标", "社会效益指标", "县域内基层就诊率提高幅度", "≥3百分点", "历史标准"),
        (None, None, "基层医疗机构院内感染发生率", "≤3‰", "行业标准"),
        (None, "可持续影响指标", "设备维护保养制度", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥９０％", "行业标准"),
    ])  # fmt: skip
    sign(s, "葛松年", "白露清", "0798-44402719")
    return b


@variant("pv10-service-stations-thresholds", (11,), "one-year project, NAT-2021, one value "
         "column and a 备注 column: ≥90%以下, a 合格率 of ≥955%, the station count twice with "
         "different values")  # fmt: skip
def pv10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 22))
    project_head(
        s, year=2026, name="村级便民服务站建设项目", dept="梅垣县民政局（415）",
        unit="梅垣县乡村振兴服务中心",
        money=one_year_money(wan(270), wan(270), wan(0)),
        goals=["2026年建设村级便民服务站18个，代办服务事项不少于60项，代办事项网上可办率达到90%"
               "以上，群众办事平均跑动次数降至1次以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "村级便民服务站建设数", "≥18个", "每站不少于40平方米"),
        (None, None, "代办服务事项数", "≥60项", None),
        (None, None, mk("村级便民服务站建设数", "D102", "error", row=True, alt=("D104",),
                        note="the same indicator as two rows up, ≥15个 against ≥18个"),
         "≥15个", None),
        (None, "质量指标", "便民服务站验收合格率",
         mk("≥955%", "T106", "error", alt=("T116",), note="95% typed with a 5 too many"), None),
        (None, None, "代办事项网上可办率",
         mk("≥90%以下", "T116", "warning", alt=("T108",), note="≥ and 以下 at once: ≥90%"),
         None),
        (None, "时效指标", "服务站建成投用时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "单个服务站建设补助", "≤12万元/个", "含设备购置"),
        ("效益指标", "社会效益指标", "群众办事平均跑动次数", "≤1次", None),
        (None, "可持续影响指标", "服务站运行管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, "柯雨桐", "聂长庚", "0791-86415302")
    return b


def _venues(s: Sheet) -> None:
    project_head(
        s, year=2025, name="公共文化场馆免费开放项目", dept="石门坎区文化广电旅游体育局（623）",
        unit="石门坎区文化馆", title="2025年度项目支出绩效目标表",
        money=one_year_money(wan(150), wan(130), wan(20)),
        goals=["2025年文化馆、图书馆全年免费开放不少于300天，举办公益文化活动120场，参与群众"
               "不少于15万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "全年免费开放天数", "≥300天"),
        (None, None, "公益文化活动场次", "≥120场"),
        (None, None, "参与群众人次", "≥15万人次"),
        (None, "质量指标", "场馆安全事故发生起数", "=0起"),
        (None, "时效指标", "群众咨询响应时间", "≤1个工作日"),
        (None, "成本指标", "单场活动平均成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "城区居民文化活动参与率", "≥60%"),
        (None, "可持续影响指标", "免费开放长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip


def _races(s: Sheet) -> None:
    project_head(
        s, year=2025, name="全民健身赛事活动项目", dept="石门坎区文化广电旅游体育局（623）",
        unit="石门坎区全民健身服务中心", title="",
        money=one_year_money(wan(90), wan(80), wan(10)),
        goals=["2025年举办全民健身赛事活动40场，参与群众不少于3万人次，赛事安全事故零发生。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "全民健身赛事场次", "≥40场"),
        (None, None, "参与群众人次", "≥3万人次"),
        (None, "质量指标", "赛事安全事故发生起数", "=0起"),
        (None, "时效指标", "赛事成绩公布时间", "≤3个工作日"),
        (None, "成本指标", "单场赛事平均成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
        (None, "可持续影响指标", "赛事活动品牌化运营机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip


@variant("pv11-stacked-shared-names", (2, 11), "two one-year projects stacked in one sheet, "
         "OLD-NAT, one value column: 参与群众人次 and 群众满意度 in both with different values, "
         "场馆 and 赛事 安全事故 =0起 (correct)")  # fmt: skip
def pv11() -> Book:
    b, s = book("项目绩效目标")
    _venues(s)
    s.skip()
    _races(s)
    sign(s, "冉静秋", "邵德兴", "0851-83623047")
    return b


@variant("pv12-safety-remarks-unnamed", (11, 13), "one-year project, NAT-2021, one value column "
         "and a 备注 column: a value with its name left out, a 覆盖率 given as 场, an 事故发生率 "
         "with ≥")  # fmt: skip
def pv12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24))
    project_head(
        s, year=2027, name="安全生产监管执法能力提升项目", dept="云岭市应急管理局（318）",
        unit="云岭市应急管理综合行政执法支队",
        money=one_year_money(wan(210), wan(200), wan(10)),
        goals=["2027年开展安全生产执法检查600家次，培训企业主要负责人300人次，组织应急演练6场，"
               "重大事故隐患整改率100%，生产安全事故起数较上年下降10%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥600家次", "含“双随机”抽查"),
        (None, None, "应急演练场次", "≥6场", None),
        (None, None, mk("", "F110", "error", note="name left out: 企业主要负责人培训人次"),
         "≥300人次", "企业主要负责人"),
        (None, "质量指标", "重大事故隐患整改率", "=100%", None),
        (None, None, "重点企业应急演练覆盖率",
         mk("6场", "T105", "error", note="a 覆盖率 needs a %"), None),
        (None, "时效指标", "举报投诉核查办结时间", "≤15个工作日", None),
        ("成本指标", "经济成本指标", "单家次执法检查成本", "≤0.2万元/家次", None),
        ("效益指标", "社会效益指标", "生产安全事故起数下降率", "≥10%", "较上年"),
        (None, None, "工贸企业生产安全事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向: ≤0.5%"), None),
        (None, "可持续影响指标", "执法信息平台运行", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥85%", None),
    ])  # fmt: skip
    sign(s, "骆明哲", "钟一帆", "0872-23318690")
    return b
