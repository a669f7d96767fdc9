"""Second versions after one review round: a 修改说明 column beside the indicators, reviewer
remarks written into cells (【审核意见：…】) or a 备注 column, values written as 原值→新值; some
fixed correctly, some fixed only half."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout28.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

REVISED = "2025年度项目支出绩效目标申报表（修改稿）"


@variant("il04-minimum-living-half-fixed", (9, 11), "project, NAT-2021, 修改说明 column")
def il04() -> Book:
    """低保 second version: an 原值→新值 left in a value cell, a rate the 修改说明 says was made a
    percentage but still a count, a remark in the name cell over a 反向 rate still with ≥.
    Money: 520 × 2 400 × 12 + 330 × 6 800 × 12 = 1 497.6 + 2 692.8 = 4 190.4 of 4 300 万元."""
    b = Book()
    s = b.sheet("修改稿", (14, 16, 34, 16, 36))
    project_head(s, year=2025, name="城乡最低生活保障资金", dept="岚溪县民政局",
                 unit="岚溪县社会救助服务中心", title=REVISED,
                 money=[("年度资金总额", money(4300, WAN), "其中：财政拨款", money(4300, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["保障城乡低保对象基本生活，城市月人均补助不低于520元、农村不低于330元，"
                        "做到应保尽保、按标施保、动态管理。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "修改说明")
    s.table([
        ("成本指标", "经济成本指标", "城市低保月人均补助水平",
         ok("≥520元/人·月", note="a guaranteed floor, ≥ is right"), None),
        (None, None, "农村低保月人均补助水平", ok("≥330元/人·月"), None),
        ("产出指标", "数量指标", "城市低保保障人数", "≥2400人", None),
        (None, None, "农村低保保障人数", "≥6800人", None),
        (None, "质量指标", "低保对象动态管理率", mk("3200户", "T105", "error"),
         "按审核意见已改为百分比"),
        (None, None, "低保资金发放准确率", mk("≥90%→≥95%", "T116", "warning", alt=("T102",),
                                             note="原值→新值 left in the value cell"),
         "原值≥90%，按审核意见提高"),
        (None, "时效指标", "低保金发放时间", "每月10日前", None),
        ("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", None),
        (None, None, "城乡低保投诉率【审核意见：反向指标，请改用≤】",
         mk("≥2%", "T108", "warning", row=True), "已修改"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "韦晓", "审核人：", "莫春林", "修改日期：2024年12月6日")
    return b


@variant("il07-pension-revised-ok", (4, 12), "project, OLD-NAT, 修改说明 column, revised title")
def il07() -> Book:
    """退役军人 定期抚恤补助, second version fixed throughout: the 修改说明 column explains each
    change (原≥90%→现≥95%), the value cells are clean. 1 450 × 1 860 × 12 = 3 236.4 of 3 300."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 40, 4))
    project_head(s, year=2025, name="重点优抚对象定期抚恤补助", dept="青桐县退役军人事务局",
                 unit="青桐县退役军人事务局", title=REVISED,
                 money=[("年度资金总额", 3300.0, "其中：财政拨款", 3300.0),
                        ("其他资金", 0.0, None, None)],
                 goals=["按时足额发放重点优抚对象定期抚恤补助金，落实国家抚恤补助标准调整，"
                        "保障优抚对象生活水平不低于当地居民平均生活水平。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "修改说明（第二稿）")
    s.table([
        ("产出指标", "数量指标", "享受定期抚恤补助优抚对象人数", "≥1860人", "原1800人，按名册更新"),
        (None, "质量指标", "抚恤补助对象身份核准率", "=100%", "未修改"),
        (None, None, "抚恤补助金发放准确率", "≥95%", "原值≥90%→现值≥95%（按审核意见）"),
        (None, "时效指标", "抚恤补助金发放情况", "按时足额", "原“及时”，改为按时足额"),
        (None, "成本指标", "人均抚恤补助标准", "≤1450元/人·月", "新增，按审核意见补充成本指标"),
        ("效益指标", "社会效益指标", "优抚对象生活水平",
         ok("不低于当地居民平均生活水平", note="the statutory wording"), None),
        (None, "可持续影响指标", "拥军优属社会氛围", "持续巩固", None),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥93%", "原≥85%，审核认为偏低"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：本稿根据县财政局2024年11月28日审核意见修改，修改处见“修改说明”列。",
          merge=[(1, 5)])  # fmt: skip
    return b


@variant("il08-training-half-fixed", (6, 9), "project, NAT-2021, 备注 column with remarks")
def il08() -> Book:
    """退役军人 适应性培训, second version: the remark asked for 满意度指标 and it is still
    missing; a threshold malformed ``≥≤80%``; a value left as 原值→新值 without operator.
    2 800 元/人 × 600 人 = 168 of 180 万元."""
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 16, 36))
    project_head(
        s,
        year=2025,
        name="退役军人就业创业培训",
        dept="苍岭市退役军人事务局",
        unit="苍岭市退役军人服务中心",
        title=REVISED,
        attr="常年项目",
        money=[("年度资金总额", 180.0, "其中：财政拨款", 180.0), ("其他资金", 0.0, None, None)],
        goals=["组织退役军人开展适应性培训和职业技能培训600人，培训后就业率达到80%。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "职业技能培训人数", "≥600人", None),
        (None, None, "开设培训专业数", "≥8个", None),
        (None, "质量指标", "培训考核合格率",
         mk("96→98%", "T116", "warning", alt=("T102", "T103"), note="原值→新值 in the cell"),
         "【审核意见：合格率偏低】已提高"),
        (None, "时效指标", "培训任务完成时间", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤2800元/人", None),
        ("效益指标", "社会效益指标", "培训后就业率", mk("≥≤80%", "T116", "warning"), None),
        (None, "可持续影响指标", "退役军人就业服务体系", "逐步完善",
         "【审核意见：请补充满意度指标】"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="满意度指标 still missing after the review asked for it")
    return b


@variant("il09-relief-duplicate-row", (11, 13), "project, OLD-NAT, 备注 column")
def il09() -> Book:
    """临时救助 second version: the corrected row was added but the old one kept (conflicting
    duplicate), a 发放及时率 given as 按时足额, a deadline in the year before the budget year."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 30))
    project_head(s, year=2025, name="临时救助和“救急难”资金", dept="澄川区民政局",
                 unit="澄川区民政局", title=REVISED,
                 money=[("年度资金总额", 260.0, "其中：财政拨款", 260.0),
                        ("其他资金", 0.0, None, None)],
                 goals=["对遭遇突发性、紧迫性困难的家庭和个人实施临时救助，小额救助先行救助，"
                        "审批时限不超过10个工作日。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "临时救助人次", "≥1200人次", "第一稿"),
        (None, None, "“救急难”先行救助户数", "≥150户", None),
        (None, None, "临时救助人次",
         mk("≥1500人次", "D102", "error", row=True, alt=("D101", "D103")), "按审核意见修改"),
        (None, "质量指标", "救助对象认定准确率", "≥98%", None),
        (None, "时效指标", "救助资金发放及时率", mk("按时足额", "T105", "error"), None),
        (None, None, "临时救助审批时限", "≤10个工作日", None),
        (None, None, "年度救助资金拨付完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103")), None),
        (None, "成本指标", "人均临时救助标准", "≤1700元/人次", None),
        ("效益指标", "社会效益指标", "困难群众急难问题解决", "及时有效", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il10-rehab-remarks-ok", (4, 11), "project, NAT-2021, remarks column answered")
def il10() -> Book:
    """残疾儿童康复救助, second version with the reviewer's remarks and the answers in a 备注
    column; word operators (不低于90%, 95%以上, 30日内). 260 × 1.8 万 = 468 of 480 万元."""
    b = Book()
    s = b.sheet("康复救助", (14, 16, 30, 16, 44))
    project_head(s, year=2025, name="残疾儿童康复救助", dept="蓼洲县残疾人联合会",
                 unit="蓼洲县残疾人康复服务指导中心", title=REVISED,
                 money=[("年度资金总额", 480.0, "其中：财政拨款", 360.0),
                        ("其他资金", 120.0, None, None)],
                 goals=["为0-6岁残疾儿童提供手术、辅具适配和康复训练救助260人，"
                        "每人每年康复训练救助不超过1.8万元。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注（审核意见及修改情况）")
    s.table([
        ("成本指标", "经济成本指标", "康复训练救助标准", "≤18000元/人·年",
         "【审核意见：请写明计量单位】已补充“元/人·年”"),
        ("产出指标", "数量指标", "康复救助残疾儿童人数", "≥260人", None),
        (None, "质量指标", "定点康复机构服务达标率", "不低于90%", "【审核意见：请量化】已量化"),
        (None, None, "救助对象建档率", "95%以上", None),
        (None, "时效指标", "救助申请审核时限", "30日内", "【审核意见：时限过长】由60日改为30日"),
        ("效益指标", "社会效益指标", "残疾儿童康复状况", "有效改善", None),
        (None, "可持续影响指标", "残疾儿童康复救助制度", "长期实施", None),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "蒙佳", "联系电话：", "0772-3180562", "填报日期：2024年12月2日")
    return b
