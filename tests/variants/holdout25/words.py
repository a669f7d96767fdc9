"""Values in words: operators written out (不低于, 以上, 以内, 至少, 最多), Chinese numerals,
approximations (约, 左右), ranges (800～1000户, 20%-30%) and comparatives (较上年提高, 同比下降,
持平): ii07–ii12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout25.common import head_at, notes, one_year_money, signature
from tests.variants.holdout25.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money

_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ii07-word-operators-ok", (4, 11), "project, OLD-NAT, operators in words (不少于, 以上, "
         "不低于, 以内, 最多, 不超过, 至少), the header repeated after a page break")  # fmt: skip
def ii07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 22, 16, 16))
    project_head(s, year=2027, name="公共机构节能及公务用车平台运行", dept="南浦县机关事务服务中心",
                 unit="南浦县机关事务服务中心", money=one_year_money(120),
                 goals=["保障全县公务出行8000车次以上，平台车辆40辆安全运行；开展公共机构节能"
                        "宣传培训，推动公共机构人均综合能耗较上年下降。"])  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "节能宣传培训场次", "不少于3场"),
        (None, None, "平台保障公务出行车次", "8000车次以上"),
        (None, "质量指标", "车辆维修保养及时率", "不低于95%"),
        (None, None, "平台车辆年检合格率", "100%"),
        (None, "时效指标", "用车申请响应时间", "最多30分钟"),
        (None, None, "节能改造工期", "60个工作日以内"),
        (None, "成本指标", "车均年运行维护费", "不超过1.2万元/辆"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*_HEAD)  # the header typed again at the top of the second printed page
    s.table([
        ("效益指标", "经济效益指标", "公共机构人均综合能耗", "较上年下降1%以上"),
        (None, "社会效益指标", "公务用车保障到位率", "至少98%"),
        (None, "可持续影响指标", "节能管理制度执行", "持续有效"),
        ("满意度指标", "服务对象满意度指标", "用车单位满意度", "90%以上"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 9), phone="0769-2281604", who="钟丽华", checker="邝伟")
    return b


@variant("ii08-chinese-numerals-ok", (1, 9), "project, NAT-2021, the table shifted to column C, "
         "values in Chinese numerals (一百二十场, 两场, 三个, 百分之九十以上)")  # fmt: skip
def ii08() -> Book:
    b = Book()
    s = b.sheet("非遗及送戏下乡", (3, 3, 14, 18, 28, 22, 14, 12))
    head_at(s, 3, year=2027, name="非遗保护传承及送戏下乡", dept="蓝田溪县文化和旅游局",
            unit="蓝田溪县非物质文化遗产保护中心", lines=one_year_money(95),
            goal="全年送戏下乡不少于一百二十场，开展非遗传承人培训十二期，新建非遗传习所三个，"
                 "让群众在家门口看上好戏。")  # fmt: skip
    s.row(*_HEAD, col=3)
    s.table([
        ("产出指标", "数量指标", "送戏下乡场次", "不少于一百二十场"),
        (None, None, "非遗传承人培训期数", "十二期"),
        (None, None, "非遗集中展演活动", "两场"),
        (None, None, "新建非遗传习所", "三个"),
        (None, "质量指标", "演出剧目审核通过率", "百分之百"),
        (None, "时效指标", "送戏下乡完成时间", "十一月底前"),
        ("成本指标", "经济成本指标", "场均演出补助", "不超过五千元/场"),
        ("效益指标", "社会效益指标", "观看演出群众人次", "三万人次以上"),
        (None, "可持续影响指标", "非遗项目传承保护", "持续加强"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "百分之九十以上"),
    ], merged=(1, 2), col=3)  # fmt: skip
    notes(s, "注：送戏下乡场次以乡镇签章的演出记录为准。", col=3)
    return b


@variant("ii09-approximate-words", (9, 11), "project, NAT-2021, word operators with two "
         "approximations (95%左右, 800元/人左右) and a contradictory ≥≤")  # fmt: skip
def ii09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 20, 16, 16))
    project_head(s, year=2027, name="中小学教师全员培训", dept="白鹭湾区教育局",
                 unit="白鹭湾区教师发展中心", money=one_year_money(130),
                 goals=["组织全区中小学教师参加全员培训不少于1500人次，开设专题培训班30期，"
                        "提升教师教育教学能力。"])  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "参训教师人次", "不少于1500人次"),
        (None, None, "专题培训班期数", "30期以上"),
        (None, "质量指标", "培训考核合格率",
         mk("≥≤90%", "T116", "warning", note="two contradictory operators: the intent is unclear")),
        (None, None, "培训课程校本转化率", "至少80%"),
        (None, "时效指标", "年度培训完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "人均培训费用",
         mk("800元/人左右", "T117", "warning", alt=("T118", "T116", "T102"),
            note="a cost without a cap, and approximate")),
        ("效益指标", "社会效益指标", "教师教学能力", "有效提升"),
        (None, "可持续影响指标", "教师培训长效机制", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度",
         mk("95%左右", "T118", "warning", alt=("T116", "T102", "T107"),
            note="an approximate target: no bound to assess against")),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 15), phone="0592-6613250", who="陈雅婷", checker="黄少东")
    return b


@variant("ii10-ranges-ok", (1,), "project, NAT-2021, ranges as targets (800～1000户, 3-5期, "
         "20%-30%, 60-80元/户·月), tier labels with points, an empty spacer column "
         "before the values, a 备注 column")  # fmt: skip
def ii10() -> Book:
    b = Book()
    s = b.sheet("住户调查", (14, 18, 28, 2, 20, 20))
    project_head(s, year=2027, name="城乡住户收支调查", dept="柳溪县统计局",
                 unit="柳溪县统计局", money=one_year_money(110),
                 goals=["维持800～1000户记账样本户稳定记账，按月审核上报住户收支数据，"
                        "为全县居民收入监测提供依据。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "备注")
    s.table([
        ("产出指标（50分）", "数量指标", "记账样本户数", None, "800～1000户", "按抽中样本"),
        (None, None, "调查员业务培训期数", None, "3-5期", None),
        (None, None, "入户核查户次", None, "≥240户次", None),
        (None, "质量指标", "记账数据审核通过率", None, "≥98%", None),
        (None, None, "样本户年度轮换比例", None, "20%-30%", "按轮换方案"),
        (None, "时效指标", "月度数据上报时间", None, "次月5日前", None),
        ("成本指标（10分）", "经济成本指标", "记账户补贴标准", None, "60-80元/户·月",
         "按记账质量分档"),
        ("效益指标（30分）", "社会效益指标", "调查数据对决策的支撑作用", None, "有效支撑", None),
        (None, "可持续影响指标", "住户调查网络", None, "稳定运行", None),
        ("满意度指标（10分）", "服务对象满意度指标", "记账户满意度", None, "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ii11-comparatives", (11, 12), "project, OLD-NAT, comparatives in words (较上年提高, "
         "同比下降, 持平) and a prior-year budget line: costs 持平 while the budget fell, "
         "an accident rate to rise, a coverage rate given in 台")  # fmt: skip
def ii11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 20, 16, 16))
    lines = [*one_year_money(170), ["上年预算数", money(200), "上年执行数", money(196)]]
    project_head(s, year=2027, name="特种设备安全监察", dept="溪口县市场监督管理局",
                 unit="溪口县市场监督管理局", money=lines,
                 goals=["完成全县2600台特种设备定期检验，排查使用单位180家，"
                        "特种设备事故起数和万台死亡率较上年下降。"])  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "特种设备定期检验台数", "≥2,600台"),
        (None, None, "隐患排查使用单位数", "≥180家"),
        (None, "质量指标", "排查隐患整改率", "=100%"),
        (None, "时效指标", "检验报告出具时间", "≤5个工作日"),
        (None, "成本指标", "各项检验检测成本",
         mk("与上年持平", "B106", "warning", note="costs flat while the budget fell 15%")),
        ("效益指标", "社会效益指标", "特种设备事故发生率",
         mk("较上年提高", "T108", "warning", row=True, alt=("D104",),
            note="an accident rate is to fall: the direction is reversed")),
        (None, None, "特种设备万台死亡率", "同比下降"),
        (None, None, "电梯维保监督检查覆盖率",
         mk("2,600台", "T105", "error", note="a coverage rate given as a count")),
        (None, "可持续影响指标", "特种设备安全监管水平", "较上年提升"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 2), phone="0574-8821367", who="应晓东", checker="孙丽君")
    return b


@variant("ii12-numerals-wrong", (1, 9), "project, NAT-2021, Chinese numerals: a 完成率 of "
         "百分之一百二十, a 利用率 in 人次, "
         "and a start date two years before the budget year")  # fmt: skip
def ii12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 20, 16, 16))
    start = mk(
        day(2025, 3, 1),
        "Y102",
        "error",
        alt=("Y101", "Y104"),
        note="a one-year 2027 project starting in 2025: a date left from an old table",
    )
    project_head(s, year=2027, name="重点档案抢救保护", dept="青萝县档案馆",
                 unit="青萝县档案馆", money=one_year_money(40), start=start,
                 goals=["抢救修复破损重点档案两千卷，开展档案安全检查四次，"
                        "确保馆藏档案安全。"])  # fmt: skip
    s.row(*_HEAD)
    s.table([
        ("产出指标", "数量指标", "抢救修复档案卷数", "不少于两千卷"),
        (None, None, "档案安全检查次数", "四次"),
        (None, "质量指标", "修复质量合格率", "百分之九十五以上"),
        (None, None, "抢救任务完成率",
         mk("百分之一百二十", "T106", "error", note="a completion rate above 100%")),
        (None, "时效指标", "修复完成时间", "十二月底前"),
        ("成本指标", "经济成本指标", "每卷修复成本", "不超过一百五十元/卷"),
        ("效益指标", "社会效益指标", "修复档案开放利用率",
         mk("两千人次", "T105", "error", note="a rate given as a count of 人次")),
        (None, "可持续影响指标", "档案安全保管", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "百分之九十以上"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 25, CN_DATE), phone="0745-6231087", who="向红霞",
              checker="舒明")  # fmt: skip
    return b
