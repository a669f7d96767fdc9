"""Money in every block: department budgets with their tasks, funds split by source, money
blocks with 测算依据, amounts in 元, standards per 亩, 台, 头 or 户 times the quantity against
the money (qo06, qo13–qo18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout239.common import (
    ONE,
    UNIT,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout239.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


def _qo06_machines(s: Sheet) -> None:
    project_head(
        s, year=2026, name="农机购置与应用补贴项目", dept="石桥县农业农村局（233）",
        unit="石桥县农业机械化技术推广站",
        money=one_year_money(wan(3600), wan(3600), wan(0)),
        goals=["2026年补贴各类农机具1500台（套），重点支持粮食烘干、植保无人机等短板机具，"
               "全县农作物耕种收综合机械化率达到86%。"],
    )  # fmt: skip
    indicators(s, UNIT, [
        ("产出指标", "数量指标", "补贴机具数量", "≥1500", "台"),
        (None, None, "补贴植保无人机数量", "≥120", "架"),
        (None, "质量指标", "补贴机具抽查合格率", "≥98", "%"),
        (None, "时效指标", "补贴资金兑付时限", "≤15", "个工作日"),
        ("成本指标", "经济成本指标", "单台（套）平均补贴额",
         mk("≤2.6", "B107", "warning", row=True, note="2.6万元 × 1500台 = 3900万元 > 3600万元"),
         "万元/台"),
        ("效益指标", "社会效益指标", "农作物耕种收综合机械化率", "≥86", "%"),
        (None, "可持续影响指标", "农机推广服务长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90", "%"),
    ])  # fmt: skip


def _qo06_land(s: Sheet) -> None:
    project_head(
        s, year=2026, name="耕地地力保护补贴项目", dept="石桥县农业农村局（233）",
        unit="石桥县农村经营管理站",
        money=one_year_money(wan(4200), wan(4200), wan(0)),
        goals=["2026年发放耕地地力保护补贴，补贴面积40万亩，惠及农户6.3万户，补贴资金"
               "按时足额兑付到户。"],
    )  # fmt: skip
    indicators(s, UNIT, [
        ("产出指标", "数量指标", "补贴耕地面积", "≥40", "万亩"),
        (None, None, "补贴农户数", "≥6.3", "万户"),
        (None, "质量指标", "补贴资金足额兑付率", "=100", "%"),
        (None, "时效指标", "补贴资金兑付完成时间",
         mk("2027年1月31日前", "Y102", "error", note="a one-year project of 2026"), None),
        ("成本指标", "经济成本指标", "亩均补贴标准", "≤105", "元/亩"),
        ("效益指标", "社会效益指标", "补贴政策知晓率", "≥90", "%"),
        (None, "可持续影响指标", "农民耕地保护意识", "不断增强", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90", "%"),
    ])  # fmt: skip


@variant("qo06-machines-and-land-unit-column", (2, 12), "two one-year projects stacked, each "
         "titled, a 计量单位 column: a per 台 standard × count above the first project's money, "
         "a next-year deadline in the second")  # fmt: skip
def qo06() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 12, 14))
    _qo06_machines(s)
    s.skip(2)
    _qo06_land(s)
    sign(s, "蒋明澈", "邵立冬", "0738-4416092")
    return b


@variant("qo13-county-bureau-tasks", (12,), "department table: 资金总额 = 财政拨款 + 其他资金 = "
         "基本支出 + 项目支出, tasks adding to 项目支出 (not to 资金总额), per 亩, 台, 头 and 户 "
         "standards within their task money, one exactly (correct)")  # fmt: skip
def qo13() -> Book:
    b, s = book("部门整体绩效目标", (16, 16, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="云陂县农业农村局",
        budget=[(wan(3860), wan(3600), wan(260), wan(980), wan(2880))],
        tasks=[
            ("耕地地力保护补贴发放", "核实补贴面积，兑付补贴资金", wan(1450), "补贴面积13.8万亩"),
            ("农机购置与应用补贴", "补贴购置先进适用农机具", wan(640), "补贴农机具400台（套）"),
            ("动物疫病防控", "强制免疫、监测和无害化处理", wan(310), "强制免疫畜禽86万头"),
            ("农村人居环境整治", "户厕改造、村庄清洁行动", wan(480), "改造农村户厕1800户"),
            ("金额合计", None, wan(2880), None),
        ],
        goal="2026年发放耕地地力保护补贴13.8万亩，补贴农机具400台（套），完成畜禽强制免疫"
             "86万头，改造农村户厕1800户，全年不发生区域性重大动物疫情。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "耕地地力保护补贴面积", "≥13.8万亩"),
        (None, None, "补贴农机具数量", "≥400台"),
        (None, None, "畜禽强制免疫数量", "≥86万头"),
        (None, None, "农村户厕改造", "≥1800户"),
        (None, "质量指标", "补贴资金兑付准确率", "=100%"),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "耕地地力保护补贴标准", "≤105元/亩"),
        (None, None, "农机单台平均补贴", "≤1.6万元/台"),
        (None, None, "强制免疫补助标准", "≤3.5元/头"),
        (None, None, "户厕改造补助标准", "≤2500元/户"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情", "=0起"),
        (None, "生态效益指标", "农村卫生厕所普及率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯若兰", "傅安澜", "0776-5820133")
    return b


@variant("qo14-rural-bureau-tasks-off", (12,), "department table: the tasks add up to 1480, "
         "not to the 金额合计 1520 (= 项目支出); the 年度总体目标's 18 villages against an "
         "indicator of 15")  # fmt: skip
def qo14() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="丰泽县农业农村局（乡村振兴局）",
        budget=[(wan(2460), wan(2300), wan(160), wan(940), wan(1520))],
        tasks=[
            ("衔接推进乡村振兴", "支持帮扶产业项目", wan(860), "支持帮扶产业项目36个"),
            ("农村人居环境整治", "行政村人居环境整治", wan(420), "整治18个行政村"),
            ("动物防疫", "村级动物防疫员培训与补助", wan(200), "培训防疫员180人次"),
            ("金额合计", None,
             mk(wan(1520), "B102", "error", row=True, alt=("B101",), note="860+420+200 = 1480"),
             None),
        ],
        goal="2026年统筹衔接推进乡村振兴补助资金支持帮扶产业项目36个，完成18个行政村人居环境"
             "整治，培训村级动物防疫员180人次，确保不发生规模性返贫。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "支持帮扶产业项目", "≥36个"),
        (None, None, "人居环境整治行政村",
         mk("≥15个", "D104", "warning", row=True, note="the goal and the task say 18")),
        (None, None, "村级动物防疫员培训", "≥180人次"),
        (None, "质量指标", "项目竣工验收合格率", "≥95%"),
        (None, "时效指标", "帮扶产业项目开工时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "帮扶产业项目平均补助", "≤23万元/个"),
        ("效益指标", "社会效益指标", "新增返贫致贫户", "=0户"),
        ("满意度指标", "服务对象满意度指标", "脱贫群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _qo15_basis(s: Sheet) -> None:
    s.row("资金测算", "支出方向", "测算依据", None, None, "金额（万元）", merge=[(3, 5)])
    top = s.r
    for line in [
        ("产业发展", "支持帮扶产业项目28个，按项目评审确定补助额", wan(2680)),
        ("小型公益性基础设施", "35个项目×28万元/个", wan(980)),
        ("就业帮扶", "跨省务工一次性交通补助6000人×500元/人", wan(300)),
        ("雨露计划", "职业教育资助1500人×3000元/人", wan(450)),
        ("合计", None, wan(4410)),
    ]:
        s.row(None, line[0], line[1], None, None, line[2], merge=[(3, 5)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("qo15-linkage-fund-basis", (12,), "one-year 衔接资金 project: 中央/省级/县级 sources "
         "adding to the total, a 测算依据 block adding to it, per 人 standards × counts equal "
         "to their lines, 95% typed as Excel stores it (correct)")  # fmt: skip
def qo15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="衔接推进乡村振兴补助资金项目", dept="青崖县农业农村局（312）",
        unit="青崖县乡村振兴服务中心",
        money=[("年度资金总额", wan(4410), None, None),
               ("其中：中央衔接资金", wan(3200), "省级衔接资金", wan(760)),
               ("县级配套资金", wan(450), None, None)],
        goals=["2026年支持帮扶产业项目28个，实施小型公益性基础设施项目35个，为6000名跨省务工"
               "脱贫劳动力发放一次性交通补助，资助雨露计划学生1500人，确保不发生规模性返贫。"],
    )  # fmt: skip
    _qo15_basis(s)
    indicators(s, ONE, [
        ("产出指标", "数量指标", "支持帮扶产业项目", "≥28个"),
        (None, None, "小型公益性基础设施项目", "≥35个"),
        (None, None, "一次性交通补助人数", "≥6000人"),
        (None, None, "雨露计划资助学生", "≥1500人"),
        (None, "质量指标", "项目竣工验收合格率", pct(0.95)),
        (None, None, "资金项目公告公示率", "=100%"),
        (None, "时效指标", "资金分配下达时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "产业项目平均补助", "≤95万元/个"),
        (None, None, "一次性交通补助标准", "≤500元/人"),
        (None, None, "雨露计划补助标准", "≤3000元/人"),
        ("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "≥8%"),
        (None, "社会效益指标", "新增返贫致贫人口", "=0人"),
        ("满意度指标", "服务对象满意度指标", "脱贫群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("qo16-epidemic-sources-off", (12,), "one-year 动物疫病防控 project with a 指标值设定依据 "
         "column: 中央 + 省级 + 县级 = 600 under a 总额 of 620, a per 头 standard × count of "
         "720万元 above the money")  # fmt: skip
def qo16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 16, 14))
    project_head(
        s, year=2026, name="动物疫病防控补助项目", dept="禾塘县农业农村局（122）",
        unit="禾塘县动物疫病预防控制中心",
        money=[("年度资金总额", mk(wan(620), "B101", "error", row=True, note="400+120+80 = 600"),
                None, None),
               ("其中：中央补助", wan(400), "省级补助", wan(120)),
               ("县级资金", wan(80), None, None)],
        goals=["2026年完成猪牛羊强制免疫180万头，开展动物疫病监测采样1.2万份，病死畜禽无害化"
               "处理率达到100%，全年不发生区域性重大动物疫情。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "强制免疫畜禽数量", "≥180万头", "计划标准"),
        (None, None, "动物疫病监测采样数量", "≥1.2万份", "计划标准"),
        (None, "质量指标", "免疫抗体合格率", "≥70%", "行业标准"),
        (None, None, "病死畜禽无害化处理率", "=100%", "行业标准"),
        (None, "时效指标", "秋季集中免疫完成时间", "2026年11月30日前", "计划标准"),
        ("成本指标", "经济成本指标", "强制免疫疫苗补助标准",
         mk("≤4元/头", "B107", "warning", row=True, note="4元 × 180万头 = 720万元 > 620万元"),
         "历史标准"),
        (None, None, "监测采样检测单价", "≤20元/份", "历史标准"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情", "=0起", "其他标准"),
        (None, "可持续影响指标", "基层动物防疫体系", "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    return b


@variant("qo17-cleaning-in-yuan", (12,), "one-year 村庄清洁 project with money in 元 (unit in "
         "the number format), 当年财政拨款 + 上年结转 + 其他资金 = 总额, a per 户 standard × "
         "count just under the money, a footnote and signatures (correct)")  # fmt: skip
def qo17() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 22, 14))
    project_head(
        s, year=2026, name="村庄清洁和生活垃圾收运项目", dept="白鹭县农业农村局（109）",
        unit="白鹭县农村人居环境整治服务中心", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(3860000), None, None),
               ("其中：当年财政拨款", yuan(3400000), "上年结转", yuan(460000)),
               ("其他资金", yuan(0), None, None)],
        goals=["2026年为全县3万户农户提供生活垃圾上门收集服务，配备村庄保洁员320人，农村生活"
               "垃圾收运处置体系覆盖全部98个行政村。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "生活垃圾上门收集服务农户", "≥30000户", None),
        (None, None, "配备村庄保洁员", "≥320人", "由村集体聘用"),
        (None, None, "垃圾收运覆盖行政村", "≥98个", None),
        (None, "质量指标", "垃圾收运处置体系覆盖率", "100%", None),
        (None, "时效指标", "垃圾转运响应时间", "≤24小时", "接到报告后"),
        ("成本指标", "经济成本指标", "户均垃圾收运服务费", "≤128元/户", "含保洁员补助"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", None),
        (None, "社会效益指标", "村庄环境卫生检查达标率", "≥90%", "季度检查"),
        (None, "可持续影响指标", "村庄保洁长效管护机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：资金单位为元；上年结转资金46万元已纳入年度资金总额。")
    sign(s, "欧阳岚", "汤季平", "0745-3389014")
    return b


@variant("qo18-machines-fifteen-months", (12,), "one-year 农机 project whose head gives a 项目 "
         "总金额 and a smaller 年度资金, and a planned end in March of the next year")  # fmt: skip
def qo18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农机购置与应用补贴项目", dept="麦岭县农业农村局（441）",
        unit="麦岭县农业机械化服务中心",
        end=mk(day(2027, 3, 31), "Y102", "error", alt=("Y101",), note="a one-year project"),
        money=[("项目总金额", wan(2880), "年度资金",
                mk(wan(2680), "B109", "warning", row=True, note="one year: 2880 ≠ 2680")),
               ("其中：财政拨款", wan(2880), "其中：财政拨款", wan(2680)),
               ("其他资金", wan(0), "其他资金", wan(0))],
        goals=["2026年补贴购置各类农机具1600台（套），其中粮食烘干机械80台，农作物耕种收综合"
               "机械化率达到87%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴农机具数量", "≥1600台"),
        (None, None, "补贴粮食烘干机械", "≥80台"),
        (None, "质量指标", "补贴机具核查合格率", "≥98%"),
        (None, "时效指标", "补贴资金结算完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单台（套）平均补贴额", "≤1.6万元/台"),
        ("效益指标", "社会效益指标", "农作物耕种收综合机械化率", "≥87%"),
        (None, "可持续影响指标", "农机化发展长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%"),
    ])  # fmt: skip
    return b
