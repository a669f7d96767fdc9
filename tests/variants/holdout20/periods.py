"""Stacked projects with the tier header only over the first, and stacked multi-year projects
with 实施期 and 年度 value columns; the odd table copied from last year's."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout20.registry import variant
from tests.variants.holdout20.stacked import ONE, TWO, one_year, tiers
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant("id04-stacked-schools-defects", (2, 11), "four 教育 projects stacked, header once")
def id04() -> Book:
    """Four school projects: a 投诉率 with ≥, a malformed threshold, a name given twice with
    different values in one project."""
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    common = {"year": 2025, "dept": "鹿鸣县教育和体育局 305"}
    project_head(s, name="学前教育发展资金", unit="鹿鸣县教育和体育局",
                 money=one_year(210, 180, 30),
                 goals=["扶持普惠性民办幼儿园12所，新增普惠性学位360个，普惠性幼儿园覆盖率达到90%。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "扶持普惠性民办幼儿园数", "≥12所"),
        (None, None, "新增普惠性学位数", "≥360个"),
        (None, "质量指标", "普惠性幼儿园覆盖率", "≥90%"),
        (None, "时效指标", "资金下达时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "每所幼儿园平均奖补", "≤15万元"),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥93%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    project_head(s, name="农村义务教育学生营养改善计划", unit="鹿鸣县学生营养办", title="",
                 money=one_year(935, 935, 0),
                 goals=["为全县农村义务教育阶段9350名学生提供营养膳食补助，每生每天5元，全年按200天计。"],
                 **common)  # fmt: skip
    tiers(s, None, [
        ("产出指标", "数量指标", "受益学生人数", "≥9350人"),
        (None, "质量指标", "食品安全抽检合格率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "开学后30日内"),
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5元/生·天"),
        ("效益指标", "社会效益指标", "学生营养餐投诉率",
         mk("≥5%", "T108", "warning", row=True, note="投诉率是反向指标")),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    project_head(s, name="普通高中国家助学金", unit="鹿鸣县学生资助管理中心", title="",
                 money=one_year(96, 96, 0),
                 goals=["按2000元/生·年标准资助普通高中家庭经济困难学生480人。"],
                 **common)  # fmt: skip
    tiers(s, None, [
        ("产出指标", "数量指标", "资助学生人数", "≥480人"),
        (None, "质量指标", "助学金发放覆盖率",
         mk("≥≤90%", "T116", "warning", note="两个比较符")),
        (None, "时效指标", "资金发放时间", "每学期开学后2个月内"),
        ("成本指标", "经济成本指标", "国家助学金平均资助标准", "≤2000元/生·年"),
        ("效益指标", "社会效益指标", "受助学生因贫辍学率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥92%"),
    ])  # fmt: skip
    project_head(s, name="中小学教师全员培训", unit="鹿鸣县教师发展中心", title="",
                 money=one_year(78, 78, 0),
                 goals=["组织中小学教师培训600人次以上，其中骨干教师120人次。"],
                 **common)  # fmt: skip
    tiers(s, None, [
        ("产出指标", "数量指标", "参训教师人数", "≥600人次"),
        (None, None, "骨干教师培训人次", "≥120人次"),
        (None, None, mk("参训教师人数", "D102", "error", row=True, alt=("D101", "D103"),
                        note="同一项目内同名指标，值不同"), "≥650人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本",
         ok("≤1300元/人次", note="重复的650人次使成本超过资金，是同一错误")),
        ("效益指标", "可持续影响指标", "教师专业能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("id05-stacked-science-period-ok", (2, 8), "three 科技 projects, 实施期 and 年度")
def id05() -> Book:
    """Correct: a three-year park project (annual counts below the period, rates equal) stacked
    with two one-year projects whose two columns are legitimately identical."""
    b = Book()
    s = b.sheet("绩效目标表")
    dept = "桐岭县科学技术局 209"
    project_head(s, year=2025, years=3, name="县域农业科技园区建设", dept=dept,
                 unit="桐岭县农业科技园区管委会", attr="新增项目",
                 money=[("中期资金总额", money(600, WAN), "年度资金总额", money(200, WAN)),
                        ("其中：财政拨款", money(540, WAN), "其中：财政拨款", money(180, WAN)),
                        ("其他资金", money(60, WAN), "其他资金", money(20, WAN))],
                 goals=["2025—2027年引进入园科技企业30家，建设科技示范基地6个，转化科技成果12项。",
                        "2025年引进入园科技企业10家，建设示范基地2个，"
                        "转化科技成果4项。"])  # fmt: skip
    tiers(s, TWO, [
        ("产出指标", "数量指标", "引进入园科技企业数", "正向", "≥30家", "≥10家"),
        (None, None, "建设科技示范基地", "正向", "≥6个", "≥2个"),
        (None, "质量指标", "示范基地验收合格率", "正向", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "反向", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "示范基地建设平均成本", "反向", "≤60万元/个", "≤60万元/个"),
        ("效益指标", "经济效益指标", "科技成果转化项目数", "正向", "≥12项", "≥4项"),
        (None, "可持续影响指标", "园区科技服务能力", "正向", "逐步提升", "逐步提升"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    for name, unit, total, goal, rows in (
        ("科技型中小企业培育", "桐岭县生产力促进中心", 60,
         "培育入库科技型中小企业40家、新认定高新技术企业6家。",
         [("产出指标", "数量指标", "入库科技型中小企业数", "正向", "≥40家", "≥40家"),
          (None, None, "新认定高新技术企业数", "正向", "≥6家", "≥6家"),
          (None, "质量指标", "申报材料一次通过率", "正向", pct(0.8), pct(0.8)),
          ("成本指标", "经济成本指标", "每家企业培育奖补", "反向", "≤1.5万元", "≤1.5万元"),
          ("效益指标", "经济效益指标", "企业研发费用增长率", "正向", pct(0.1), pct(0.1)),
          ("满意度指标", "服务对象满意度指标", "企业满意度", "正向", "≥90%", "≥90%")]),
        ("知识产权（专利）资助", "桐岭县市场监督管理局", 25,
         "资助发明专利授权80件、实用新型专利200件，提高全县知识产权创造水平。",
         [("产出指标", "数量指标", "资助发明专利授权数", "正向", "≥80件", "≥80件"),
          (None, None, "资助实用新型专利数", "正向", "≥200件", "≥200件"),
          (None, "时效指标", "资助资金兑现时限", "反向", "≤60日", "≤60日"),
          ("成本指标", "经济成本指标", "每件发明专利资助标准", "反向", "≤2000元", "≤2000元"),
          ("效益指标", "社会效益指标", "每万人发明专利拥有量", "正向", "≥4.2件", "≥4.2件"),
          ("满意度指标", "服务对象满意度指标", "专利权人满意度", "正向", "≥90%", "≥90%")]),
    ):  # fmt: skip
        project_head(s, year=2025, name=name, dept=dept, unit=unit, title="",
                     money=one_year(total, total, 0), goals=[goal])  # fmt: skip
        tiers(s, TWO, rows)
        s.skip()
    return b


@variant("id06-stacked-farm-copied-defects", (2, 8), "three 农业 projects, one copied from 2024")
def id06() -> Book:
    """Three farm projects: a two-year project whose 年度 counts are the 实施期 counts copied;
    a one-year project whose plan dates were left from last year's table."""
    b = Book()
    s = b.sheet("Sheet1")
    dept = "柏岩县农业农村局 121"
    project_head(s, year=2025, years=2, name="农作物绿色高质高效示范", dept=dept,
                 unit="柏岩县农业技术推广中心", attr="新增项目",
                 money=[("中期资金总额", money(240, WAN), "年度资金总额", money(120, WAN)),
                        ("其中：财政拨款", money(240, WAN), "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["两年建设绿色高质高效示范片4万亩、示范基地8个，示范区亩均增产5%以上。",
                        "2025年建设示范片2万亩、示范基地4个，示范区亩均增产5%以上。"])  # fmt: skip
    tiers(s, TWO, [
        ("产出指标", "数量指标", "绿色高质高效示范片面积", "正向", "≥4万亩",
         mk("≥4万亩", "D202", "warning", note="两年累计数照抄到年度")),
        (None, None, "建设示范基地数", "正向", "≥8个",
         mk("≥8个", "D202", "warning", note="两年累计数照抄到年度")),
        (None, "质量指标", "主推技术到位率", "正向", "≥95%", "≥95%"),
        (None, "成本指标", "示范片亩均补助", "反向", "≤60元/亩",
         ok("≤60元/亩", note="照抄的年度面积使成本超过年度资金，是上面的同一错误")),
        ("效益指标", "经济效益指标", "示范区亩均增产幅度", "正向", "≥5%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="耕地保护与质量提升", dept=dept, unit="柏岩县耕地质量保护站",
                 title="", money=one_year(85, 85, 0),
                 start=mk(day(2024, 1, 1, CN_DATE), "Y102", "error", alt=("Y101",),
                          note="2025年表，计划日期照抄上年"),
                 end=mk(day(2024, 12, 31, CN_DATE), "Y102", "error", alt=("Y101",),
                        note="2025年表，计划日期照抄上年"),
                 goals=["开展耕地质量监测点监测30个，推广秸秆还田、增施有机肥5万亩。"])  # fmt: skip
    tiers(s, TWO, [
        ("产出指标", "数量指标", "耕地质量监测点数", "正向", "≥30个", "≥30个"),
        (None, None, "有机肥推广面积", "正向", "≥5万亩", "≥5万亩"),
        (None, "质量指标", "监测数据上报合格率", "正向", "≥98%", "≥98%"),
        (None, "成本指标", "亩均物化补助", "反向", "≤15元/亩", "≤15元/亩"),
        ("效益指标", "生态效益指标", "耕地土壤有机质含量", "正向", "稳中有升", "稳中有升"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="动物疫病强制免疫", dept=dept,
                 unit="柏岩县动物疫病预防控制中心", title="", money=one_year(64.5, 60, 4.5),
                 goals=["完成重大动物疫病强制免疫，免疫密度保持在90%以上，"
                        "全年不发生区域性重大动物疫情。"])  # fmt: skip
    tiers(s, TWO, [
        ("产出指标", "数量指标", "强制免疫畜禽数量", "正向", "≥86万头（只）", "≥86万头（只）"),
        (None, "质量指标", "应免畜禽免疫密度", "正向", "≥90%", "≥90%"),
        (None, "时效指标", "春秋集中免疫完成时间", "反向", "11月30日前", "11月30日前"),
        (None, "成本指标", "疫苗采购平均单价", "反向", "≤0.7元/头份", "≤0.7元/头份"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "反向", "0次", "0次"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
