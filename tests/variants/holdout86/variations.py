"""Project tables with the small variations offices make to the standard form (kr07–kr12):
分值 and 评分标准 columns, tiers filled down, operator and unit columns, a 中期 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout86.common import CITY, multi_year, one_year, sign
from tests.variants.holdout86.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, ok, pct


@variant("kr07-fund-platform", (1, 12), "project, OLD-NAT, one value column: plan dates in the "
         "year before the budget year, an 办结率 over 100 %")  # fmt: skip
def kr07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 22, 16))
    old = "the plan dates are last year's (2026) in a 2027 table"
    project_head(
        s, year=2027, name="住房公积金综合服务平台升级改造项目",
        dept=f"{CITY}住房公积金管理中心 307001", unit=f"{CITY}住房公积金管理中心信息科",
        money=one_year(212.00, 0.0, 212.00), attr="一次性项目",
        start=mk(day(2026, 1, 1), "Y101", "error", alt=("Y102",), note=old),
        end=mk(day(2026, 12, 31), "Y102", "error", alt=("Y101",), required=False, note=old),
        goals=["完成综合服务平台升级改造，新增线上服务事项20项，实现缴存、提取、贷款业务"
               "“全程网办”，线上业务办结率达到95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "新增线上服务事项", "≥20项", None],
        [None, None, "对接共享部门数据接口", "≥12个", "不动产、民政、人社等"],
        [None, None, "开展系统安全等级测评", "=1次", None],
        [None, "质量指标", "系统上线验收合格率", pct(1), None],
        [None, None, "网上业务办结率",
         mk("≥105%", "T106", "error", note="a 办结率 cannot exceed 100% (≥95% meant)"), None],
        [None, "时效指标", "项目完工时间",
         ok("2027年11月30日前", "error", note="outside the wrong plan dates only"),
         None],
        [None, "成本指标", "平台升级改造费用", "≤212万元", None],
        ["效益指标", "社会效益指标", "缴存职工办事跑腿次数", "≤1次", None],
        [None, None, "业务平均办理时长压缩比例", "≥30%", "较上年"],
        [None, "可持续影响指标", "平台运维保障机制", "健全", None],
        ["满意度指标", "服务对象满意度指标", "缴存职工满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "许嘉禾", "0739-5288022", "2026年10月12日")
    return b


@variant("kr08-medical-insurance-supervision", (10,), "project, NAT-2021, 指标值 and 分值 "
         "columns adding to 100: 医疗保障局 fund supervision (correct)")  # fmt: skip
def kr08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 16, 10, 16))
    project_head(
        s, year=2027, name="医保基金智能监管及专项检查经费", dept=f"{CITY}医疗保障局 308001",
        unit=f"{CITY}医疗保障基金监管所", money=one_year(78.60, 78.60, 0.0),
        goals=["对全市定点医药机构开展智能监控和现场检查，全年现场检查定点医药机构不少于420家，"
               "追回违规使用医保基金，守好群众“看病钱”。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ["成本指标", "经济成本指标", "智能监控系统年度运维费", "≤36万元", 5],
        [None, None, "第三方专业检查服务费", "≤38万元", 5],
        ["产出指标", "数量指标", "现场检查定点医药机构数", "≥420家", 10],
        [None, None, "智能监控规则库更新条目", "≥60条", 5],
        [None, None, "组织基金监管集中宣传月活动", "≥1次", 5],
        [None, "质量指标", "定点医药机构检查覆盖率", pct(1), 10],
        [None, None, "疑点数据核查处理率", "≥95%", 10],
        [None, "时效指标", "疑点线索核查办结时限", "≤30个工作日", 10],
        ["效益指标", "经济效益指标", "追回违规医保基金", "≥500万元", 10],
        [None, "社会效益指标", "欺诈骗保行为震慑作用", "显著", 10],
        [None, "可持续影响指标", "基金监管长效机制", "健全", 10],
        ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row(None, None, "合计", None, 100)
    sign(s, "魏蓝", "0739-5206337", "2026年10月21日")
    return b


@variant("kr09-veterans-care", (2,), "project, OLD-NAT, one value column: no 满意度 tier, the "
         "visit indicator listed twice")  # fmt: skip
def kr09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 20, 16))
    project_head(
        s, year=2027, name="重点优抚对象走访慰问及关爱帮扶项目",
        dept=f"{CITY}退役军人事务局 309001", unit=f"{CITY}退役军人服务中心",
        money=one_year(96.00, 96.00, 0.0),
        goals=["开展节日走访慰问重点优抚对象2600人次以上，为困难退役军人提供帮扶援助300人次以上，"
               "营造尊崇军人的社会氛围。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="the required tier-1 满意度指标 is missing")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ["产出指标", "数量指标", "走访慰问重点优抚对象", "≥2600人次", "春节、八一"],
        [None, None, "困难退役军人帮扶援助", "≥300人次", None],
        [None, None, "开展“光荣之家”关爱活动", "≥6场", None],
        [None, None, mk("走访慰问重点优抚对象", "D101", "warning", row=True,
                        alt=("D102", "D103"), note="the same indicator as row above"),
         "≥2600人次", None],
        [None, "质量指标", "慰问金发放准确率", pct(1), None],
        [None, "时效指标", "节前慰问完成时间", "节日前5天", None],
        [None, "成本指标", "慰问标准", "≤300元/人次", None],
        ["效益指标", "社会效益指标", "优抚对象获得感", "显著提升", None],
        [None, None, "拥军优属社会氛围", "有效提升", None],
        [None, "可持续影响指标", "常态化联系退役军人制度", "建立并执行", None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "单文博", "0739-5231109", "2026年10月23日")
    return b


@variant("kr10-petitions-backlog", (5,), "project, OLD-NAT, tiers filled down in every row, a "
         "评分标准 column: 信访局 backlog cases (correct)")  # fmt: skip
def kr10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 16, 36, 10))
    project_head(
        s, year=2027, name="信访积案化解及第三方参与矛盾调处经费", dept=f"{CITY}信访局 310001",
        unit=f"{CITY}信访局", money=one_year(58.00, 58.00, 0.0),
        goals=["购买律师、心理咨询师参与信访服务，化解信访积案40件以上，初次信访事项按期办结率"
               "达到98%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "评分标准")
    out, fx = "产出指标", "效益指标"
    rows = [
        [out, "数量指标", "化解信访积案数", "≥40件", "每少1件扣0.5分"],
        [out, "数量指标", "律师参与接访值班", "≥240人次", "按值班记录计"],
        [out, "数量指标", "心理咨询疏导服务", "≥120人次", None],
        [out, "质量指标", "初次信访事项按期办结率", "≥98%", "每低1个百分点扣1分"],
        [out, "质量指标", "信访事项群众参评率", "≥70%", None],
        [out, "时效指标", "网上信访事项受理时限", "≤3个工作日", "超期1件扣0.5分"],
        [out, "成本指标", "律师值班补贴标准", "≤600元/人次", "按合同约定"],
        [fx, "社会效益指标", "重复信访事项同比降幅", "≥10%", None],
        [fx, "社会效益指标", "矛盾纠纷就地化解成效", "显著", "按年度考核结果评定"],
        [fx, "可持续影响指标", "第三方参与信访工作机制", "健全", None],
        ["满意度指标", "服务对象满意度指标", "信访群众满意度", "≥85%", "第三方测评"],
    ]
    s.table(rows)
    sign(s, "欧阳青", "0739-5212450", "2026年10月17日")
    return b


@variant("kr11-offices-energy", (1, 11), "project, OLD-NAT, 比较符 and 计量单位 columns: a 反向 "
         "energy use with ≥, a 满意度 without % in value and unit")  # fmt: skip
def kr11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 10, 14, 16))
    project_head(
        s, year=2027, name="市级机关办公区节能改造项目", dept=f"{CITY}机关事务管理局 311001",
        unit=f"{CITY}公共机构节能中心", money=one_year(1320000.00, 1320000.00, 0.0, YUAN),
        attr="一次性项目", money_label="项目资金（元）",
        goals=["完成市级机关办公区照明、空调系统节能改造，人均综合能耗控制在300千克标准煤以内，"
               "年节约用电30万千瓦时。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ["产出指标", "数量指标", "更换LED节能灯具", "≥", 3200, "套"],
        [None, None, "改造中央空调机组", "≥", 6, "台"],
        [None, None, "安装分项计量电表", "≥", 45, "块"],
        [None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"],
        [None, "时效指标", "改造完工时间", "≤", "2027年9月30日", None],
        [None, "成本指标", "改造工程总费用", "≤", 1320000, "元"],
        ["效益指标", "经济效益指标", "年节约用电量", "≥", 30, "万千瓦时"],
        [None, "生态效益指标", "公共机构人均综合能耗",
         mk("≥", "T108", "warning", row=True, alt=("D104",), note="an energy use per head is 反向"),
         300, "千克标准煤/人"],
        [None, "可持续影响指标", "节能设备运行维护机制", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "机关干部职工满意度", "≥",
         mk(90, "T105", "error", alt=("T104",), note="满意度 90 with no % anywhere"), None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "秦卫东", "0739-5250741", "2026年10月15日")
    return b


@variant("kr12-government-services", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns and an 指标解释 column, annual counts below the period: 政务服务中心 "
         "(correct)")  # fmt: skip
def kr12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 14, 26))
    project_head(
        s, year=2027, years=3, name="政务服务“一网通办”能力提升项目",
        dept=f"{CITY}政务服务中心 312001", unit=f"{CITY}政务服务中心",
        money=multi_year(540.00, 180.00, 540.00, 180.00), attr="新增项目",
        goals=["2027—2029年累计推出“一件事一次办”主题服务60项，建成镇街帮办代办点36个，"
               "政务服务事项网上可办率达到98%。",
               "2027年推出“一件事一次办”主题服务20项，建成镇街帮办代办点12个，网上可办率达到"
               "95%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标解释")
    s.table([
        ["产出指标", "数量指标", "推出“一件事一次办”主题服务", "≥60项", "≥20项", "累计数"],
        [None, None, "建成镇街帮办代办点", "≥36个", "≥12个", None],
        [None, None, "开展窗口人员业务培训", "≥12期", "≥4期", None],
        [None, "质量指标", "政务服务事项网上可办率", "≥98%", "≥95%", None],
        [None, None, "办件差错率", "≤0.5%", "≤0.5%", None],
        [None, "时效指标", "即办件当场办结率", "≥95%", "≥95%", None],
        ["成本指标", "经济成本指标", "单个帮办代办点建设费用", "≤8万元", "≤8万元", None],
        ["效益指标", "社会效益指标", "企业群众办事平均跑动次数", "≤0.3次", "≤0.5次", None],
        [None, None, "政务服务好差评差评整改率", pct(1), pct(1), None],
        [None, "可持续影响指标", "帮办代办服务机制", "健全", "健全", None],
        ["满意度指标", "服务对象满意度指标", "办事企业群众满意度", "≥95%", "≥92%", None],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "夏知远", "0739-5200915", "2026年10月13日")
    return b
