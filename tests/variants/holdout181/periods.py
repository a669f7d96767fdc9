"""Multi-year project tables (§3.1) with 中期 and 年度 money and value columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout181.common import YEAR, indicators, wan
from tests.variants.holdout181.registry import variant
from tests.variants.kit import Book, mk

HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("oi03-reservoirs-three-years-correct", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns adding up in both, counts smaller "
         "each year, a 及时率 with ≥ in both columns, a 下降率 of ≥5%, =0起; correct")  # fmt: skip
def oi03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 16))
    project_head(
        s, year=YEAR, years=3, name="小型水库除险加固", dept="云岭县水利局（402）",
        unit="云岭县水库管理站", attr="新增项目",
        money=[("中期资金总额", wan(1500.00), "年度资金总额", wan(520.00)),
               ("其中：财政拨款", wan(1260.00), "其中：财政拨款", wan(440.00)),
               ("其他资金", wan(240.00), "其他资金", wan(80.00))],
        goals=["到2028年底完成全县12座病险小型水库除险加固，配套大坝安全监测设施，消除水库安全"
               "隐患，建立水库运行管护长效机制。",
               "2026年完成4座小型水库除险加固主体工程，同步安装大坝安全监测设施，确保安全度汛。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "除险加固水库数量", "≥12座", "≥4座"),
        ("产出指标", "数量指标", "安装大坝安全监测设施", "≥36套", "≥12套"),
        ("产出指标", "质量指标", "工程验收合格率", "=100%", "=100%"),
        ("产出指标", "时效指标", "年度工程完工及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单座水库除险加固平均成本", "≤125万元/座", "≤125万元/座"),
        ("效益指标", "社会效益指标", "水库安全责任事故", "=0起", "=0起"),
        ("效益指标", "社会效益指标", "水库防汛险情发生数下降率", "≥15%", "≥5%"),
        ("效益指标", "可持续影响指标", "水库运行管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oi04-hotline-timeliness-operator-money", (8, 11, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: a 及时率 written ≤95% in the 中期 "
         "column and ≥95% in the 年度 one, 365 + 44 ≠ 410 in the 年度 money column")  # fmt: skip
def oi04() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 18, 18, 16))
    project_head(
        s, year=YEAR, years=2, name="12345政务服务热线平台升级", dept="松桥市政务服务管理局（118）",
        unit="松桥市12345政务服务便民热线中心",
        money=[("中期资金总额", wan(680.00), "年度资金总额",
                mk(wan(410.00), "B101", "error", note="365.00 + 44.00 = 409.00 ≠ 410.00")),
               ("其中：财政拨款", wan(600.00), "其中：财政拨款", wan(365.00)),
               ("其他资金", wan(80.00), "其他资金", wan(44.00))],
        goals=["两年内完成热线平台扩容升级和知识库建设，工单办理全流程线上流转，群众诉求响应和"
               "办理质效明显提升。",
               "2026年完成坐席扩容一期和知识库主体建设，新平台上线运行，工单办结及时率不低于95%。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "热线坐席扩容数量", "≥120个", "≥80个"),
        ("产出指标", "数量指标", "知识库条目新增", "≥6000条", "≥3500条"),
        ("产出指标", "质量指标", "来电接通率", "≥95%", "≥95%"),
        ("产出指标", "时效指标", "工单办结及时率",
         mk("≤95%", "T108", "warning", row=True, alt=("D203",),
            note="a 正向 rate with ≤ in the 中期 column only"), "≥95%"),
        ("成本指标", "经济成本指标", "坐席扩容单位成本", "≤2.5万元/个", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "群众诉求解决率", "≥90%", "≥90%"),
        ("效益指标", "可持续影响指标", "热线平台运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oi12-clinics-bracket-duplicate", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, tiers repeated on every row: the "
         "same 培训人次 twice, once with a full-width and once with a half-width bracket, with "
         "other values")  # fmt: skip
def oi12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 18, 16))
    project_head(
        s, year=YEAR, years=3, name="基层医疗卫生机构服务能力提升", dept="梅岭区卫生健康局（450）",
        unit="梅岭区基层卫生指导中心",
        money=[("中期资金总额", wan(900.00), "年度资金总额", wan(300.00)),
               ("其中：财政拨款", wan(810.00), "其中：财政拨款", wan(270.00)),
               ("其他资金", wan(90.00), "其他资金", wan(30.00))],
        goals=["三年内为基层医疗卫生机构配置便携式诊疗设备，轮训全科医务人员，提升基层首诊和"
               "常见病诊疗能力。",
               "2026年完成首批设备配置和年度全科轮训，基层诊疗服务能力稳步提升。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "基层医务人员培训人次（全科）", "≥1800人次", "≥600人次"),
        ("产出指标", "数量指标", "配置便携式诊疗设备", "≥150台", "≥50台"),
        ("产出指标", "数量指标",
         mk("基层医务人员培训人次(全科)", "D102", "error", row=True, alt=("D103",),
            note="two rows up with a half-width bracket, 2000/650 against 1800/600"),
         "≥2000人次", "≥650人次"),
        ("产出指标", "质量指标", "设备验收合格率", "=100%", "=100%"),
        ("产出指标", "时效指标", "培训计划完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次", "≤1500元/人次"),
        ("成本指标", "经济成本指标", "便携式诊疗设备单价", "≤3.2万元/台", "≤3.2万元/台"),
        ("效益指标", "社会效益指标", "基层医疗卫生机构诊疗量占比", "≥65%", "≥60%"),
        ("效益指标", "可持续影响指标", "基层人才培养机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"),
    ], merged=False)  # fmt: skip
    return b


@variant("oi18-registry-timeliness-weights", (8, 10, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns and a 权重 column: a 及时率 written "
         "≤98% in the 中期 column and ≥98% in the 年度 one, weights adding up to 95")  # fmt: skip
def oi18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 10))
    project_head(
        s, year=YEAR, years=2, name="不动产登记信息平台建设", dept="鹤鸣市自然资源局（207）",
        unit="鹤鸣市不动产登记中心",
        money=[("中期资金总额", wan(860.00), "年度资金总额", wan(500.00)),
               ("其中：财政拨款", wan(800.00), "其中：财政拨款", wan(460.00)),
               ("其他资金", wan(60.00), "其他资金", wan(40.00))],
        goals=["两年内完成不动产登记历史档案数字化和登记信息平台建设，实现登记业务网上办理和"
               "部门间数据共享。",
               "2026年完成主体档案数字化和平台一期上线，新建一批登记服务网点。"],
    )  # fmt: skip
    indicators(s, (*HEAD5, "权重"), [
        ("产出指标", "数量指标", "历史档案数字化", "≥120万页", "≥70万页", 10),
        ("产出指标", "数量指标", "新建登记服务网点", "≥16个", "≥10个", 10),
        ("产出指标", "质量指标", "档案数据质检合格率", "≥98%", "≥98%", 10),
        ("产出指标", "时效指标", "登记业务办结及时率",
         mk("≤98%", "T108", "warning", row=True, alt=("D203",),
            note="a 正向 rate with ≤ in the 中期 column only"), "≥98%", 10),
        ("成本指标", "经济成本指标", "档案数字化单位成本", "≤2.5元/页", "≤2.5元/页", 10),
        ("效益指标", "社会效益指标", "一般登记业务平均办理时间", "≤3个工作日", "≤3个工作日", 15),
        ("效益指标", "社会效益指标", "登记业务网上办理率", "≥80%", "≥70%", 10),
        ("效益指标", "可持续影响指标", "平台数据共享部门数", "≥12个", "≥8个", 10),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="10 × 8 + 15 = 95, not 100")
    return b
