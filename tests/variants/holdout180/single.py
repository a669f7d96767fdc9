"""One-year project tables typed by hand in WPS (oh01–oh03, oh07, oh09, oh10, oh15–oh17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout180.common import closing, fw, indicators, nl
from tests.variants.holdout180.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HEAD = ("序号", "一级指标", "二级指标", "三级指标", "指标值（单位）", "备注")
COMBINED = ("序号", "一级指标—二级指标", "三级指标", "指标值（单位）", "指标值设定依据", "备注")


@variant("oh01-outline-numbers", (5, 1),
         "project, NAT-2021, 序号 outline rows (1 / 1.1 / 1.1.1), names prefixed (1), full-width "
         "values, a note on a new line in a value, 本表一式三份")  # fmt: skip
def oh01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="柘川县农村生活污水治理设施运维项目",
                 dept="柘川县生态环境局[317001]", unit="柘川县农村环境服务中心",
                 money=[("年度资金总额", money(186.0), "其中：财政拨款", money(170.0)),
                        ("其他资金", money(16.0), None, None)],
                 goals=["对全县48座农村生活污水处理设施开展日常运维，出水水质达标率不低于90%，"
                        "设施正常运行率不低于95%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", [
            ("数量指标", [("(1) 运维农村生活污水处理设施", fw("≥48座")),
                          ("(2) 出水水质抽检次数", nl("不少于四次", "每季度一次"))]),
            ("质量指标", [("(1) 出水水质达标率", nl(fw("≥90%"), "县考核口径")),
                          ("(2) 设施正常运行率", fw("≥95%"))]),
            ("时效指标", [("(1) 故障报修响应时间", fw("≤24小时"))]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 单座设施年均运维成本", "≤3.5万元/座")])]),
        ("效益指标", [
            ("生态效益指标", [("(1) 化学需氧量（COD）年削减量", fw("≥120吨"))]),
            ("社会效益指标", [("(1) 受益农户", fw("≥6200户"))]),
            ("可持续影响指标", [("(1) 长效运维管护机制", "建立并执行")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 受益群众满意度", fw("≥90%"))])]),
    ], style="outline")  # fmt: skip
    closing(s, 6, ["填报人：林素芬        联系电话：0874-5236118"])
    return b


@variant("oh02-merged-circled-chinese-numerals", (5, 1),
         "project, OLD-NAT, tiers merged down, 序号 1.1.1 on indicator rows, names prefixed ①, "
         "Chinese numerals (六个, 不少于八门, 三年以上), a percent cell, a note line")  # fmt: skip
def oh02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="鹤岭市老年大学社区教学点建设项目",
                 dept="鹤岭市教育局[205003]", unit="鹤岭市老年大学",
                 money=[("年度资金总额", money(95.0), "其中：财政拨款", money(88.0)),
                        ("其他资金", money(7.0), None, None)],
                 goals=["在全市新建社区教学点六个，开设书法、声乐、智能手机应用等课程，"
                        "全年培训老年学员不少于1800人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", [
            ("数量指标", [("①新建社区教学点", "六个"), ("②开设课程门类", "不少于八门"),
                          ("③培训老年学员", "≥1800人次")]),
            ("质量指标", [("①教学点验收合格率", pct(1.0)), ("②课程计划完成率", fw("≥95%"))]),
            ("时效指标", [("①教学点建成投用时间", "2026年9月30日前")]),
            ("成本指标", [("①单个教学点建设补助", fw("≤12万元/个"))]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("①老年人参与社区学习的积极性", "明显提高")]),
            ("可持续影响指标", [("①教学点持续运营", "三年以上")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("①学员满意度", nl(fw("≥90%"), "问卷调查"))])]),
    ], style="merged")  # fmt: skip
    closing(s, 6, ["填表说明：指标值中“以上”“不少于”均含本数。"])
    return b


@variant("oh03-combined-fullwidth-wrong", (5, 1, 11),
         "project, NAT-2021, tier-1 and tier-2 in one merged column, running 序号, full-width "
         "values: a 合格率 above 100 %, a response time with ≥")  # fmt: skip
def oh03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="汀北区消防救援装备更新项目",
                 dept="汀北区应急管理局[402011]", unit="汀北区消防救援大队",
                 money=[("年度资金总额", money(240.0), "其中：财政拨款", money(240.0)),
                        ("其他资金", money(0.0), None, None)],
                 goals=["更新消防水罐车2辆、抢险救援器材一批，装备验收合格，"
                        "提升辖区火灾扑救和应急救援能力。"])  # fmt: skip
    indicators(s, COMBINED, [
        ("产出指标", [
            ("数量指标", [("更新消防水罐车", fw("2辆"), "计划标准", None),
                          ("购置抢险救援器材", fw("≥120件（套）"), "计划标准", None)]),
            ("质量指标", [("装备验收合格率",
                           mk(fw("≥105%"), "T106", "error",
                              note="a 合格率 cannot exceed 100 %"),
                           "行业标准", None)]),
            ("时效指标", [("装备采购完成时间", "２０２６年９月底前", "计划标准", None),
                          ("接警后出动时间",
                           mk(fw("≥1分钟"), "T108", "warning", row=True,
                              note="a response time is 反向: ≤ was meant"),
                           "行业标准", None)]),
        ]),
        ("成本指标", [("经济成本指标", [
            ("消防水罐车单价", fw("≤85万元/辆"), "市场询价", None),
            ("抢险救援器材单价", "≤0.5万元/件（套）", "市场询价", None)])]),
        ("效益指标", [
            ("社会效益指标", [("辖区应急救援保障能力", "明显提升", "其他标准", None)]),
            ("可持续影响指标", [("装备使用年限", fw("≥8年"), "行业标准", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [
            ("辖区群众满意度", nl(fw("≥90%"), "第三方测评"), "历史标准", None)])]),
    ], style="combined")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh07-operator-unit-columns", (5, 1),
         "project, OLD-NAT, 序号 1.1.1, tiers merged, 比较符 column (≥ ≤ ＝), bare numbers with a "
         "计量单位 column, two numbers typed full-width as text, names prefixed (1)")  # fmt: skip
def oh07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 14, 14, 30, 8, 12, 12))
    project_head(s, year=2026, name="汀北区公共法律服务项目",
                 dept="汀北区司法局[402015]", unit="汀北区公共法律服务中心",
                 money=[("年度资金总额", money(65.0, WAN), "其中：财政拨款", money(65.0, WAN)),
                        ("其他资金", money(0.0, WAN), None, None)],
                 goals=["为全区群众提供法律咨询、法律援助和人民调解服务，办理法律援助案件"
                        "不少于四百件，开展普法宣传活动不少于二十四场。"])  # fmt: skip
    head = ("序号", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 办理法律援助案件", "≥", 400, "件"),
                          ("(2) 开展普法宣传活动", "≥", fw("24"), "场"),
                          ("(3) 村（社区）法律顾问覆盖率", "＝", 100, "%")]),
            ("质量指标", [("(1) 法律援助案件质量评查合格率", "≥", 95, "%")]),
            ("时效指标", [("(1) 法律援助申请审查办结时限", "≤", fw("7"), "个工作日")]),
            ("成本指标", [("(1) 法律援助案件平均办案补贴", "≤", 1200, "元/件")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("(1) 群众法律意识", None, "明显提升", None),
                              ("(2) 矛盾纠纷调解成功率", "≥", 95, "%")]),
            ("可持续影响指标", [("(1) 公共法律服务网络", None, "持续完善", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 受援群众满意度", "≥", 90, "%")])]),
    ], style="merged")  # fmt: skip
    closing(s, 7, ["单位负责人：周启明      财务负责人：韩晓梅      填表人：苏亦凡"])
    return b


@variant("oh09-combined-chinese-numerals-wrong", (5, 1),
         "project, NAT-2021, combined tier column, running 序号, names prefixed (1): a 覆盖率 "
         "given as 不少于三百人次, a 满意度 tier-2 under 效益指标 (combined cell)")  # fmt: skip
def oh09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="云桥市退役军人职业技能培训项目",
                 dept="云桥市退役军人事务局[118002]", unit="云桥市退役军人服务中心",
                 money=[("年度资金总额", money(120.0), "其中：财政拨款", money(120.0)),
                        ("其他资金", money(0.0), None, None)],
                 goals=["组织退役军人开展电工、汽车维修、电商运营等职业技能培训，培训考核合格率"
                        "不低于90%，参训人员推荐就业率不低于70%。"])  # fmt: skip
    b.file_mark(
        "F106",
        "error",
        required=False,
        note="the 满意度指标 tier-1 is missing as a consequence of the wrong combined label",
    )
    indicators(s, COMBINED, [
        ("产出指标", [
            ("数量指标", [("(1) 开设培训班", "不少于十二期", "计划标准", None),
                          ("(2) 培训退役军人", fw("≥600人次"), "计划标准", None)]),
            ("质量指标", [("(3) 培训考核合格率", fw("≥90%"), "历史标准", None),
                          ("(4) 有培训意愿退役军人培训覆盖率",
                           mk("不少于三百人次", "T105", "error",
                              note="a 覆盖率 needs a percentage, not a count"),
                           "计划标准", None)]),
            ("时效指标", [("(5) 年度培训任务完成时间", "２０２６年１１月３０日前", "计划标准",
                           None)]),
        ]),
        ("成本指标", [("经济成本指标", [("(6) 人均培训补助标准", fw("≤1800元/人次"),
                                          "其他标准", None)])]),
        ("效益指标", [
            ("社会效益指标", [("(7) 参训人员推荐就业率", fw("≥70%"), "历史标准", None)]),
            (mk("效益指标—服务对象满意度指标", "F105", "error",
                note="服务对象满意度指标 belongs under 满意度指标"),
             [("(8) 参训人员满意度", fw("≥90%"), "历史标准", None)]),
        ]),
    ], style="combined")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh10-outline-numeric-serials", (5, 1),
         "project, OLD-NAT, 序号 outline rows with 1 and 1.1 stored as numbers (WPS General), "
         "names prefixed ①, full-width values, a 增长率 ≤０％ (零增长), a footnote")  # fmt: skip
def oh10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="柘川县化肥减量增效示范项目",
                 dept="柘川县农业农村局[317004]", unit="柘川县农业技术推广中心",
                 money=[("年度资金总额", money(75.0), "其中：财政拨款", money(60.0)),
                        ("其他资金", money(15.0), None, None)],
                 goals=["在全县建设化肥减量增效示范区２万亩，推广测土配方施肥，"
                        "实现化肥使用量零增长。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", [
            ("数量指标", [("①建设化肥减量增效示范区", fw("≥2万亩")),
                          ("②采集土壤样品", "不少于五百个")]),
            ("质量指标", [("①测土配方施肥技术覆盖率", fw("≥90%"))]),
            ("时效指标", [("①示范区建设完成时间", "２０２６年１０月底前")]),
            ("成本指标", [("①示范区亩均补助", fw("≤30元/亩"))]),
        ]),
        ("效益指标", [
            ("经济效益指标", [("①示范区农户亩均节本增效", fw("≥50元"))]),
            ("生态效益指标", [("①化肥使用量增长率", nl(fw("≤0%"), "与上年相比"))]),
            ("可持续影响指标", [("①科学施肥技术推广机制", "建立并执行")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("①示范区农户满意度", fw("≥90%"))])]),
    ], style="outline", numeric=True)  # fmt: skip
    closing(s, 6, ["注：序号按一级、二级、三级指标逐级编号。"])
    return b


@variant("oh15-merged-notes-wrong", (5, 1, 11),
         "project, NAT-2021, tiers merged, 序号 1.1.1, notes on new lines in values: a 发生率 "
         "with ≥ (上年实际 noted), a date in the next year (one-year project)")  # fmt: skip
def oh15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="柘川县中药材种植示范基地建设项目",
                 dept="柘川县农业农村局[317004]", unit="柘川县经济作物站", attr="新增项目",
                 money=[("年度资金总额", money(150.0), "其中：财政拨款", money(130.0)),
                        ("其他资金", money(20.0), None, None)],
                 goals=["建设中药材标准化种植示范基地１５００亩，带动农户发展中药材种植，"
                        "提高种植户收入。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", [
            ("数量指标", [("(1) 建设中药材标准化种植示范基地", fw("≥1500亩")),
                          ("(2) 开展种植技术培训", "不少于六期")]),
            ("质量指标", [("(1) 种苗成活率", nl(fw("≥90%"), "行业标准")),
                          ("(2) 病虫害发生率",
                           mk(nl(fw("≥5%"), "上年实际"), "T108", "warning", row=True,
                              note="a 发生率 is 反向: ≤ was meant"))]),
            ("时效指标", [("(1) 示范基地建设完成时间",
                           mk("２０２７年３月底前", "Y102", "error", alt=("Y101",),
                              note="a one-year 2026 project cannot finish in 2027"))]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 亩均建设补助", fw("≤800元/亩"))])]),
        ("效益指标", [
            ("经济效益指标", [("(1) 种植户亩均增收", fw("≥1000元"))]),
            ("社会效益指标", [("(1) 带动农户", fw("≥300户"))]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 种植户满意度", fw("≥90%"))])]),
    ], style="merged")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh16-unit-column-chinese-numerals", (5, 1),
         "project, OLD-NAT, tiers merged, 序号 1.1.1, a 计量单位 column, values with Chinese "
         "numerals (不少于六场, 两次以上), footnotes, a signature of the year before")  # fmt: skip
def oh16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="鹤岭市残疾人辅助器具适配项目",
                 dept="鹤岭市残疾人联合会[205021]", unit="鹤岭市残疾人康复服务指导中心",
                 money=[("年度资金总额", money(110.0), "其中：财政拨款", money(100.0)),
                        ("其他资金", money(10.0), None, None)],
                 goals=["为全市有需求的持证残疾人免费适配基本型辅助器具不少于800人，"
                        "开展辅助器具使用培训和回访。"])  # fmt: skip
    head = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("①适配基本型辅助器具", "≥800", "人"),
                          ("②开展辅具使用培训", "不少于六场", "场"),
                          ("③每名适配对象回访次数", "两次以上", "次")]),
            ("质量指标", [("①辅助器具产品质量合格率", "100", "%")]),
            ("时效指标", [("①申请到适配完成时限", "≤30", "天")]),
            ("成本指标", [("①人均适配费用", "≤1200", "元/人")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("①适配对象生活自理能力", "明显改善", None),
                              ("②有需求持证残疾人辅具适配率", "≥85", "%")]),
            ("可持续影响指标", [("①辅具适配服务网络", "持续完善", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("①适配对象满意度", "≥90", "%")])]),
    ], style="merged")  # fmt: skip
    closing(
        s,
        6,
        [
            "注：1.指标值中“以上”“不少于”均含本数。",
            "2.计量单位为“%”的指标，指标值按百分数填写。",
            "填报人：何静怡      联系电话：0736-8821504      填报日期：2025年11月20日",
        ],
    )
    return b


@variant("oh17-operator-column-wrong", (5, 1, 11),
         "project, NAT-2021, combined tier column, running 序号, 符号 and 计量单位 columns, a note "
         "in a number cell: a 满意度 with ＜, a count in the name against the value")  # fmt: skip
def oh17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="汀北区城市道路照明设施维护项目",
                 dept="汀北区城市管理局[402019]", unit="汀北区市政设施维护所",
                 money=[("年度资金总额", money(320.0), "其中：财政拨款", money(320.0)),
                        ("其他资金", money(0.0), None, None)],
                 goals=["对全区主次干道路灯设施实施日常维护，更换老旧高耗能路灯，"
                        "主次干道亮灯率保持在98%以上。"])  # fmt: skip
    head = ("序号", "一级指标—二级指标", "三级指标", "符号", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 维护路灯", "≥", fw("12500"), "盏"),
                          ("(2) 更换老旧高耗能路灯800盏",
                           mk("≥", "T110", "warning", row=True, alt=("D104",),
                              note="800 in the name against the target 1000"),
                           1000, "盏")]),
            ("质量指标", [("(3) 主次干道亮灯率", "≥", nl("98", "城管考核口径"), "%")]),
            ("时效指标", [("(4) 故障路灯修复时限", "≤", 24, "小时")]),
        ]),
        ("成本指标", [("经济成本指标", [("(5) 单盏路灯年均维护成本", "≤", 200, "元/盏")])]),
        ("效益指标", [
            ("社会效益指标", [("(6) 夜间道路通行安全保障水平", None, "明显提升", None)]),
            ("生态效益指标", [("(7) 年节约用电量", "≥", 30, "万千瓦时")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [
            ("(8) 市民满意度",
             mk("＜", "T108", "warning", row=True, note="a 满意度 is 正向: ≥ was meant"),
             90, "%")])]),
    ], style="combined")  # fmt: skip
    closing(s, 6)
    return b
