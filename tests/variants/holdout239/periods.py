"""Multi-year projects with 中期 and 年度 columns (or two complete column sets): cumulative
counts, rates and unit costs per period, 中期 and 年度 money and goal texts (qo05, qo07–qo12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout239.common import (
    TWO,
    book,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout239.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def _qo05_villages(s: Sheet) -> None:
    project_head(
        s, year=2026, years=3, attr="新增项目", name="农村人居环境整治提升三年行动项目",
        dept="柳湾县农业农村局（517）", unit="柳湾县农业农村局",
        money=period_money((wan(3600), wan(3300), wan(300)), (wan(1200), wan(1100), wan(100))),
        goals=["2026—2028年累计完成农村户厕改造9000户，建设村级污水处理设施60处，农村生活污水"
               "治理率提高到45%。",
               "2026年完成农村户厕改造3000户，建设村级污水处理设施20处，农村生活污水治理率"
               "达到35%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "农村户厕改造户数", "≥9000户", "≥3000户"),
        (None, None, "村级污水处理设施", "≥60处", "≥20处"),
        (None, "质量指标", "户厕改造验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户厕改造补助标准", "≤2000元/户", "≤2000元/户"),
        (None, None, "污水处理设施建设单价", "≤25万元/处", "≤25万元/处"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", "≥35%"),
        (None, "可持续影响指标", "设施运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip


def _qo05_waste(s: Sheet) -> None:
    goal = "2026年配置垃圾转运车辆24辆，收运覆盖142个行政村，无害化处理农村生活垃圾2.4万吨。"
    project_head(
        s, year=2026, name="农村生活垃圾治理项目", dept="柳湾县农业农村局（517）",
        unit="柳湾县环境卫生管理站", title="",
        money=period_money((wan(380), wan(380), wan(0)), (wan(380), wan(380), wan(0))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "配置垃圾转运车辆", "≥24辆", "≥24辆"),
        (None, None, "垃圾收运覆盖行政村", "≥142个", "≥142个"),
        (None, None, "农村生活垃圾无害化处理量", "≥2.4万吨", "≥2.4万吨"),
        (None, "时效指标", "垃圾收运及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "垃圾转运处置单价", "≤150元/吨", "≤150元/吨"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip


@variant("qo05-three-year-over-one-year", (2, 8), "a three-year project stacked over a one-year "
         "one, both with 中期/年度 columns: the one-year project's columns and goal texts are "
         "equal, the three-year one's counts differ and its rates and costs repeat "
         "(correct)")  # fmt: skip
def qo05() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 18, 14))
    _qo05_villages(s)
    s.skip()
    _qo05_waste(s)
    note(s, "注：农村生活垃圾治理项目为一年期项目，中期指标值与年度指标值相同。")
    return b


@variant("qo07-model-villages-cumulative", (8,), "three-year 衔接资金 project, 中期/年度 columns: "
         "counts per period, rates and unit costs repeated, 95% typed as Excel stores it, goal "
         "texts whose counts match each column, a footnote (correct)")  # fmt: skip
def qo07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="乡村振兴示范村建设项目",
        dept="白鹭县农业农村局（乡村振兴局）（109）", unit="白鹭县乡村振兴服务中心",
        money=period_money((wan(4500), wan(4050), wan(450)), (wan(1500), wan(1350), wan(150))),
        goals=["2026—2028年累计建成乡村振兴示范村30个，硬化村内道路120公里，带动脱贫户"
               "（监测户）增收4500户。",
               "2026年建成乡村振兴示范村10个，硬化村内道路40公里，带动脱贫户（监测户）"
               "增收1500户。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成乡村振兴示范村", "≥30个", "≥10个"),
        (None, None, "村内道路硬化里程", "≥120公里", "≥40公里"),
        (None, "质量指标", "项目竣工验收合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "示范村建设任务完成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个示范村补助标准", "≤120万元/个", "≤120万元/个"),
        (None, None, "村内道路硬化单价", "≤7万元/公里", "≤7万元/公里"),
        ("效益指标", "经济效益指标", "带动脱贫户（监测户）增收户数", "≥4500户", "≥1500户"),
        (None, "社会效益指标", "示范村人居环境达标率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "示范村群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年目标数。")
    sign(s, "欧阳岚", "汤季平", "0745-3389014")
    return b


@variant("qo08-hill-machinery-copy", (8, 12), "three-year 农机 project, 中期/年度 columns and a "
         "指标解释 column: 年度资金 above 中期资金, a training count above its period value, a "
         "cumulative area equal in both columns")  # fmt: skip
def qo08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 22))
    annual = mk(wan(2600), "B103", "error", row=True, note="中期资金总额 2400")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="丘陵山区适用农机推广三年行动项目",
        dept="石桥县农业农村局（233）", unit="石桥县农业机械化技术推广站",
        money=period_money((wan(2400), wan(2400), wan(0)), (annual, wan(2600), wan(0))),
        goals=["2026—2028年累计推广丘陵山区适用小型农机具3600台（套），丘陵山区农作物耕种收"
               "综合机械化率提高到70%。",
               "2026年推广丘陵山区适用小型农机具1200台（套），开展机手培训800人次，综合机械化"
               "率达到62%。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标解释"), [
        ("产出指标", "数量指标", "推广适用小型农机具", "≥3600台", "≥1200台", "含微耕机等"),
        (None, None, "机手培训", "≥600人次",
         mk("≥800人次", "D201", "error", row=True, note="annual above the period"), None),
        (None, None, "宜机化改造农田面积", "≥1.5万亩",
         mk("≥1.5万亩", "D202", "warning", row=True, note="a cumulative area"), "累计改造面积"),
        (None, "质量指标", "推广机具抽检合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "推广任务完成时间", "2028年10月31日前", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "单台（套）平均补贴", "≤0.6万元/台", "≤0.6万元/台", None),
        ("效益指标", "社会效益指标", "丘陵山区农作物耕种收综合机械化率", "≥70%", "≥62%", None),
        (None, "可持续影响指标", "农机推广服务体系", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%", "抽样调查"),
    ])  # fmt: skip
    return b


@variant("qo09-swine-fever-heads-vs-wan", (8,), "two-year 动物疫病 project, 中期/年度 columns: "
         "the annual count in 头 (520000头) under the period count in 万头 (150万头), a 0起 "
         "repeated, unit costs repeated (correct)")  # fmt: skip
def qo09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="非洲猪瘟等重大动物疫病防控能力提升项目",
        dept="云陂县农业农村局（215）", unit="云陂县动物疫病预防控制中心",
        money=period_money((wan(860), wan(800), wan(60)), (wan(430), wan(400), wan(30))),
        goals=["2026—2027年累计完成生猪强制免疫150万头，建设区域性动物疫病检测实验室2个，"
               "培训基层防疫人员1200人次。",
               "2026年完成生猪强制免疫52万头，建成区域性动物疫病检测实验室1个，培训基层防疫"
               "人员600人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "生猪强制免疫数量", "≥150万头", "≥520000头"),
        (None, None, "区域性动物疫病检测实验室", "≥2个", "≥1个"),
        (None, None, "基层防疫人员培训", "≥1200人次", "≥600人次"),
        (None, "质量指标", "生猪免疫抗体合格率", "≥70%", "≥70%"),
        (None, "时效指标", "检测实验室建成投用时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "生猪强制免疫补助标准", "≤3元/头", "≤3元/头"),
        (None, None, "检测实验室建设单价", "≤150万元/个", "≤150万元/个"),
        ("效益指标", "社会效益指标", "非洲猪瘟疫情发生起数", "=0起", "=0起"),
        (None, None, "生猪养殖死亡率", "≤3%", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦秋实", "陆承安", "0776-5820147")
    return b


@variant("qo10-industry-goal-copied", (8,), "three-year 衔接资金 project, 中期/年度 columns and a "
         "权重 column: the 年度目标 copied word for word from the 中期目标, a cumulative count "
         "of cold stores equal in both columns")  # fmt: skip
def qo10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 10))
    goal = ("支持脱贫村发展特色种养、农产品加工等帮扶产业，带动脱贫户和监测户稳定增收，"
            "巩固拓展脱贫攻坚成果。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="帮扶产业提质增效三年行动项目",
        dept="丰泽县农业农村局（乡村振兴局）（306）", unit="丰泽县乡村振兴服务中心",
        money=period_money((wan(6000), wan(5400), wan(600)), (wan(2000), wan(1800), wan(200))),
        goals=[goal, mk(goal, "D204", "warning", row=True)],
    )  # fmt: skip
    indicators(s, (*TWO, "权重"), [
        ("产出指标", "数量指标", "支持帮扶产业项目", "≥120个", "≥40个", 15),
        (None, None, "新建农产品产地冷藏保鲜设施", "≥30座",
         mk("≥30座", "D202", "warning", row=True), 15),
        (None, "质量指标", "项目竣工验收合格率", "≥95%", "≥95%", 10),
        (None, "时效指标", "项目竣工时间", "2028年11月30日前", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "帮扶产业项目平均补助", "≤45万元/个", "≤45万元/个", 10),
        ("效益指标", "经济效益指标", "带动脱贫户（监测户）增收户数", "≥6000户", "≥2000户", 10),
        (None, "社会效益指标", "新增返贫致贫人口", "=0人", "=0人", 10),
        (None, "可持续影响指标", "帮扶项目资产管护机制", "健全", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    return b


def _qo11_table(s: Sheet) -> None:
    s.row("一级指标", "中期目标（2026年—2028年）", None, None, "年度目标（2026年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "耕地质量提升面积", "≥6万亩", "数量指标", "耕地质量提升面积",
         "≥2万亩"),
        (None, None, "测土配方施肥技术覆盖面积", "≥120万亩次", None, "测土配方施肥技术覆盖面积",
         "≥40万亩次"),
        (None, None, "土壤样品采集化验", "≥6000个", None, "土壤样品采集化验", "≥2000个"),
        (None, "质量指标", "土壤检测数据合格率", "≥95%", "质量指标", "土壤检测数据合格率", "≥95%"),
        (None, "时效指标", "项目建设完成时间", "2028年11月30日前", "时效指标", "年度任务完成时间",
         "2026年11月30日前"),
        ("成本指标", "经济成本指标", "耕地质量提升补助标准", "≤800元/亩", "经济成本指标",
         "耕地质量提升补助标准", "≤800元/亩"),
        (None, None, "土壤样品化验单价", "≤200元/个", None, "土壤样品化验单价", "≤200元/个"),
        ("效益指标", "生态效益指标", "项目区化肥使用量下降率", "≥3%", "生态效益指标",
         "项目区化肥使用量下降率", "≥1%"),
        (None, "可持续影响指标", "项目区耕地质量等级提升", "≥0.5个等级", "可持续影响指标",
         "项目区耕地质量等级提升", "≥0.2个等级"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "服务对象满意度指标",
         "项目区农户满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip


@variant("qo11-soil-two-column-sets", (8,), "three-year 耕地质量 project with two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度) under a grouped header: a 2028 "
         "date in the 中期 set, cumulative counts a third each year (correct)")  # fmt: skip
def qo11() -> Book:
    b, s = book("绩效目标申报表", (12, 14, 24, 16, 14, 24, 16))
    project_head(
        s, year=2026, years=3, name="耕地质量提升与地力培肥项目", dept="澄河县农业农村局（408）",
        unit="澄河县土壤肥料工作站",
        money=period_money((wan(5400), wan(4800), wan(600)), (wan(1800), wan(1600), wan(200))),
        goals=["2026—2028年累计实施耕地质量提升6万亩，测土配方施肥技术覆盖120万亩次，项目区"
               "耕地质量等级提升0.5个等级。",
               "2026年实施耕地质量提升2万亩，测土配方施肥技术覆盖40万亩次，采集化验土壤样品"
               "2000个。"],
    )  # fmt: skip
    _qo11_table(s)
    sign(s, "顾清禾", "梁远山", "0739-6215833")
    return b


@variant("qo12-sewage-metres-and-2025", (8,), "three-year 农村生活污水 project, 中期/年度 "
         "columns and a 指标解释 column: the annual pipe length in 米 above the period length in "
         "公里, an annual start date before the project starts")  # fmt: skip
def qo12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 22))
    project_head(
        s, year=2026, years=3, attr="新增项目", name="农村生活污水治理项目",
        dept="柳湾县农业农村局（517）", unit="柳湾县农村人居环境整治服务中心",
        money=period_money((wan(7200), wan(6500), wan(700)), (wan(2400), wan(2200), wan(200))),
        goals=["2026—2028年累计完成9000户农村生活污水治理，建设村级污水处理站45座，敷设污水"
               "收集管网120公里，农村生活污水治理率提高到55%。",
               "2026年完成3000户农村生活污水治理，建设村级污水处理站15座。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标解释"), [
        ("产出指标", "数量指标", "农村生活污水治理户数", "≥9000户", "≥3000户", None),
        (None, None, "村级污水处理站", "≥45座", "≥15座", None),
        (None, None, "敷设污水收集管网", "≥120公里",
         mk("≥150000米", "D201", "error", row=True, note="150公里 > 120公里"), "主管及支管"),
        (None, "质量指标", "出水水质达标率", "≥90%", "≥90%", "按排放标准抽检"),
        (None, "时效指标", "污水处理站开工时间", "2026年3月31日前",
         mk("2025年3月31日前", "Y102", "error", alt=("Y101",), note="before the project starts"),
         None),
        ("成本指标", "经济成本指标", "户均治理补助标准", "≤4000元/户", "≤4000元/户", None),
        (None, None, "污水处理站建设单价", "≤60万元/座", "≤60万元/座", "含设备"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥55%", "≥40%", None),
        (None, "可持续影响指标", "设施正常运行率", "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b
