# ruff: noqa: E501  (long Chinese goal texts and layout notes, kept on one line each)
"""Returns of the 131st held-out set with planted mistakes (mk11–mk18): activity amounts that do
not add up to the 项目支出, a duty's indicator with a count where a rate is asked, 收入合计 ≠
支出合计 under a header saying the budget balances, a 成本 indicator with ≥, a rate above 100 %,
a second sheet in another year, a conflicting duplicate, a missing 满意度 tier."""

from __future__ import annotations

from tests.variants.holdout131.common import Act, Duty, Form, duty_sheet, tier_sheet
from tests.variants.holdout131.registry import variant
from tests.variants.kit import Book, mk, pct

LINES = "the activity amounts add up to {lines}, not the 项目支出 / 合计 {total}"


@variant("mk11-civil-affairs-lines", (12,), "department, duty table whose activity amounts add "
         "up to 2232.30 against a 合计 and 项目支出 of 2258.30; a 供养率 given as a count")  # fmt: skip
def mk11() -> Book:
    b = Book()
    total = 2258.30
    duties = [
        Duty("社会救助", "目标一：按时足额发放城乡低保金和特困人员供养金，有意愿的特困人员全部集中供养。", [
            Act("最低生活保障", "城乡低保对象认定、低保金发放", 1460.00,
                [("保障城乡低保对象", "≥1.1万人"), ("低保金按月发放率", pct(1))]),
            Act("特困人员救助供养", "特困人员基本生活费、照料护理费", 620.00,
                [("特困人员集中供养率", mk("≥420人", "T105", "error",
                                      note="a 供养率 given as a count of people"))]),
        ]),
        Duty("养老服务", "目标二：为居家老年人提供上门服务，覆盖1800名经济困难失能老人。", [
            Act("居家养老服务", "经济困难失能老人上门照护服务", 135.50,
                [("服务经济困难失能老人", "≥1800人"), ("上门服务计划完成率", pct(1))]),
        ]),
        Duty("婚姻登记", "目标三：婚姻登记准确率100%。", [
            Act("婚姻登记服务", "婚姻登记、婚俗改革宣传", 16.80,
                [("婚姻登记准确率", pct(1))]),
        ]),
    ]  # fmt: skip
    note = LINES.format(lines="2232.30", total=total)
    over = {
        "project": mk(total, "B102", "error", required=False, alt=("B101",), note=note),
        "total": mk(total, "B102", "error", row=True, alt=("B101",), note=note),
    }
    duty_sheet(b, Form(2027, "青埠县民政局", 2800.00, 612.40, duties, over=over))
    rows = [
        ("产出指标", "数量指标", "保障城乡低保对象", "≥1.1万人"),
        (None, None, "服务经济困难失能老人", "≥1800人"),
        (None, "质量指标", "婚姻登记准确率", pct(1)),
        (None, "时效指标", "低保金按月发放率", pct(1)),
        ("成本指标", "经济成本指标", "失能老人上门服务人均补助", "≤750元/人"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障率", pct(1)),
        (None, "可持续影响指标", "社会救助动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk12-sports-unbalanced", (12, 11), "department, budget header 收支平衡 but 收入合计 "
         "1088.00 ≠ 支出合计 1108.00; a 成本 indicator with ≥ on the second sheet")  # fmt: skip
def mk12() -> Book:
    b = Book()
    duties = [
        Duty("全民健身", "（一）举办全民健身赛事活动40场以上，维护更新全民健身路径设施120处。", [
            Act("全民健身赛事", "市级全民健身赛事和社区运动会", 168.00,
                [("举办全民健身赛事活动", "≥40场"), ("参赛群众", "≥2.5万人次")]),
            Act("健身设施维护", "全民健身路径设施维护更新", 74.00,
                [("维护更新健身路径", "≥120处"), ("设施完好率", pct(0.95))]),
        ]),
        Duty("竞技体育", "（二）输送优秀运动员12名以上。", [
            Act("业余训练", "青少年业余训练和选拔", 96.00,
                [("输送优秀运动员", "≥12名"), ("训练计划完成率", pct(1))]),
        ]),
    ]  # fmt: skip
    note = (
        "the header says the budget balances: 收入合计 1088.00 (1040.00 + 48.00) ≠ 支出合计 1108.00"
    )
    over = {"fiscal": 1040.00, "other": 48.00, "income": 1088.00,
            "spend": mk(1108.00, "B101", "error", row=True, note=note)}  # fmt: skip
    duty_sheet(b, Form(2027, "澄岭市体育局", 1040.00, 770.00, duties, over=over,
                       budget_label="部门预算（万元，收支平衡）"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "举办全民健身赛事活动", "≥40场"),
        (None, None, "维护更新健身路径", "≥120处"),
        (None, None, "输送优秀运动员", "≥12名"),
        (None, "质量指标", "健身设施完好率", pct(0.95)),
        (None, "时效指标", "赛事活动按计划完成率", pct(1)),
        (
            "成本指标",
            "经济成本指标",
            "赛事场均办赛成本",
            mk("≥4万元/场", "T108", "warning", row=True, note="a cost cap written with ≥"),
        ),
        ("效益指标", "社会效益指标", "参赛群众人次", "≥2.5万人次"),
        (None, "可持续影响指标", "经常参加体育锻炼人数比例", pct(0.42)),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk13-education-rates", (12,), "department, duty table with a unit column: a 巩固率 "
         "given as a count of pupils; on the second sheet a 完成率 given as 人次")  # fmt: skip
def mk13() -> Book:
    b = Book()
    duties = [
        Duty("义务教育均衡发展", "目标1：做好控辍保学和学生资助，完成4所农村学校校舍维修改造。", [
            Act("控辍保学", "义务教育阶段学生控辍保学、资助", 142.00,
                [("义务教育巩固率", mk("≥5200", "T105", "error",
                                     note="a 巩固率 given as a count of pupils"), "人"),
                 ("资助家庭经济困难学生", "≥1300", "人次")]),
            Act("校舍维修改造", "4所农村学校校舍维修改造", 236.00,
                [("维修改造学校", 4, "所"), ("维修工程验收合格率", pct(1), "%")]),
        ]),
        Duty("教师队伍建设", "目标2：教师培训1800人次，培训计划全部完成。", [
            Act("教师培训", "中小学教师全员培训、骨干教师研修", 64.50,
                [("教师培训", "≥1800", "人次"), ("骨干教师研修结业率", pct(0.95), "%")]),
        ]),
    ]  # fmt: skip
    duty_sheet(b, Form(2027, "洛溪区教育局", 9800.00, 9657.30, duties,
                       ind_head=("绩效指标", "指标值", "计量单位")))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "资助家庭经济困难学生", "≥1300人次"),
        (None, None, "维修改造学校", "4所"),
        (None, "质量指标", "维修工程验收合格率", pct(1)),
        (
            None,
            None,
            "教师培训完成率",
            mk("≥1800人次", "T105", "error", note="a 完成率 given as 人次"),
        ),
        (None, "时效指标", "资助资金发放及时率", pct(1)),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "辍学学生劝返复学率", pct(1)),
        (None, "可持续影响指标", "校舍安全隐患整改率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9)),
        (None, None, "参训教师满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk14-emergency-cost", (11, 12), "department, duty table: a drill cost with ≥ and a "
         "隐患整改完成率 of 120%")  # fmt: skip
def mk14() -> Book:
    b = Book()
    duties = [
        Duty("安全生产监管", "一、开展危险化学品和工贸企业执法检查260家次，发现隐患全部整改。", [
            Act("安全生产执法检查", "危险化学品、工贸企业执法检查", 46.00,
                [("执法检查企业", "≥260家次"),
                 ("隐患整改完成率", mk(pct(1.2), "T106", "error", note="a 完成率 of 120%"))]),
        ]),
        Duty("应急救援准备", "二、组织综合应急演练12场，应急物资储备满足需要。", [
            Act("应急演练", "防汛、地质灾害、危化品综合演练", 18.00,
                [("组织综合应急演练", "≥12场"),
                 ("应急演练场均成本", mk("≥1.5万元", "T108", "warning", row=True,
                                       note="a cost cap written with ≥"))]),
            Act("应急物资储备", "救灾帐篷、折叠床、棉被等物资补充", 62.40,
                [("补充救灾物资", "≥3000件（套）"), ("物资入库验收合格率", pct(1))]),
        ]),
    ]  # fmt: skip
    duty_sheet(b, Form(2027, "白渚县应急管理局", 560.00, 452.60, duties))
    rows = [
        ("产出指标", "数量指标", "执法检查企业", "≥260家次"),
        (None, None, "组织综合应急演练", "≥12场"),
        (None, None, "补充救灾物资", "≥3000件（套）"),
        (None, "质量指标", "物资入库验收合格率", pct(1)),
        (None, "时效指标", "灾情信息报送及时率", pct(1)),
        ("成本指标", "经济成本指标", "救灾物资平均采购成本", "≤200元/件（套）"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数较上年下降率", pct(0.1)),
        (None, "可持续影响指标", "应急预案修订完成率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk15-statistics-year", (12,), "department, duty table without a 合计 row whose "
         "activity amounts add up to 96.60 against a 项目支出 of 106.60; the second sheet "
         "titled 2026 in a 2027 return")  # fmt: skip
def mk15() -> Book:
    b = Book()
    duties = [
        Duty("统计调查", "1.完成农业、工业、服务业等常规统计调查，数据按时上报率100%。", [
            Act("常规统计调查", "农业、工业、服务业常规统计调查", 38.20,
                [("完成常规统计调查项目", "≥26项"), ("统计数据按时上报率", pct(1))]),
            Act("住户调查", "城乡住户收支调查记账补贴", 41.60,
                [("调查记账户", "≥360户"), ("记账数据审核合格率", pct(0.98))]),
        ]),
        Duty("统计执法与服务", "2.开展统计执法检查40家，发布统计信息和分析报告24篇。", [
            Act("统计执法检查", "“双随机”统计执法检查", 6.80,
                [("统计执法检查企业", "≥40家")]),
            Act("统计信息发布", "统计年鉴编印、统计分析报告", 10.00,
                [("发布统计分析报告", "≥24篇"), ("统计年鉴按时出版率", pct(1))]),
        ]),
    ]  # fmt: skip
    note = LINES.format(lines="96.60", total="106.60")
    over = {"project": mk(106.60, "B102", "error", alt=("B101",), note=note)}
    duty_sheet(b, Form(2027, "澄岭市统计局", 480.00, 373.40, duties, over=over,
                       total_row=False))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y103",), note="the second sheet's title says 2026")
    rows = [
        ("产出指标", "数量指标", "完成常规统计调查项目", "≥26项"),
        (None, None, "调查记账户", "≥360户"),
        (None, None, "发布统计分析报告", "≥24篇"),
        (None, "质量指标", "记账数据审核合格率", pct(0.98)),
        (None, "时效指标", "统计数据按时上报率", pct(1)),
        ("成本指标", "经济成本指标", "记账户年均补贴", "≤1100元/户"),
        ("效益指标", "社会效益指标", "统计数据被党政部门采用篇数", "≥10篇"),
        (None, "可持续影响指标", "统计执法检查问题整改率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", pct(0.9)),
    ]
    tier_sheet(b, "2026年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk16-medical-insurance-dup", (11, 12), "department, duty table; the second sheet "
         "lists 基本医疗保险参保人数 twice with different values and a 成本 indicator with ≥")  # fmt: skip
def mk16() -> Book:
    b = Book()
    duties = [
        Duty("医疗保障参保", "目标一：基本医疗保险参保人数30.5万人以上，参保率稳定在96%以上。", [
            Act("参保扩面", "城乡居民参保宣传、动员和征缴服务", 28.00,
                [("基本医疗保险参保人数", "≥30.5万人"), ("基本医疗保险参保率", pct(0.96))]),
        ]),
        Duty("医保基金监管", "目标二：定点医药机构现场检查全覆盖，违规资金全部追回。", [
            Act("基金监督检查", "定点医药机构现场检查、专项稽核", 34.50,
                [("现场检查定点医药机构", "≥420家"), ("违规资金追回率", pct(1))]),
        ]),
        Duty("医疗救助", "目标三：困难群众参保资助和医疗救助应助尽助。", [
            Act("医疗救助", "困难群众参保资助、住院医疗救助", 780.00,
                [("资助困难群众参保", "≥1.6万人"), ("医疗救助政策落实率", pct(1))]),
        ]),
    ]  # fmt: skip
    duty_sheet(b, Form(2027, "青埠县医疗保障局", 1150.00, 322.70, duties))
    rows = [
        ("产出指标", "数量指标", "基本医疗保险参保人数", "≥30.5万人"),
        (None, None, "现场检查定点医药机构", "≥420家"),
        (None, None, "资助困难群众参保", "≥1.6万人"),
        (None, "质量指标", "违规资金追回率", pct(1)),
        (None, "时效指标", "医疗救助资金结算及时率", pct(1)),
        (
            "成本指标",
            "经济成本指标",
            "定点医药机构户均检查成本",
            mk("≥800元/家", "T108", "warning", row=True, note="a cost cap written with ≥"),
        ),
        (
            "效益指标",
            "社会效益指标",
            "基本医疗保险参保人数",
            mk(
                "≥29.8万人",
                "D102",
                "error",
                row=True,
                alt=("D103",),
                note="the same indicator as under 数量指标 with another value",
            ),
        ),
        (None, None, "基本医疗保险参保率", pct(0.96)),
        (None, "可持续影响指标", "医保基金监管长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk17-hrss-three", (12,), "department, budget header 收支平衡 but 收入合计 ≠ 支出合计, "
         "activity amounts that miss the 合计, a 就业率 given as a count")  # fmt: skip
def mk17() -> Book:
    b = Book()
    duties = [
        Duty("就业创业", "（一）城镇新增就业5200人，开展职业技能培训3000人次。", [
            Act("就业服务", "招聘会、就业见习、公益性岗位", 186.00,
                [("城镇新增就业", "≥5200人"),
                 ("高校毕业生就业率", mk("≥860人", "T105", "error",
                                      note="a 就业率 given as a count"))]),
            Act("职业技能培训", "补贴性职业技能培训", 240.00,
                [("开展职业技能培训", "≥3000人次"), ("培训合格率", pct(0.9))]),
        ]),
        Duty("劳动关系", "（二）劳动人事争议仲裁结案率95%以上，根治欠薪。", [
            Act("劳动人事争议仲裁", "争议调解仲裁、劳动保障监察", 22.60,
                [("受理劳动人事争议案件", "≥650件"), ("仲裁结案率", pct(0.95))]),
        ]),
    ]  # fmt: skip
    note = LINES.format(lines="448.60", total="468.60")
    over = {
        "fiscal": 1360.00, "other": 36.00, "income": 1396.00,
        "spend": mk(1416.00, "B101", "error", row=True,
                    note="收支平衡: 收入合计 1396.00 ≠ 支出合计 1416.00"),
        "project": mk(468.60, "B102", "error", required=False, alt=("B101",), note=note),
        "total": mk(468.60, "B102", "error", row=True, alt=("B101",), note=note),
    }  # fmt: skip
    duty_sheet(b, Form(2027, "洛溪区人力资源和社会保障局", 1360.00, 947.40, duties, over=over,
                       budget_label="部门预算（收支平衡，万元）"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "城镇新增就业", "≥5200人"),
        (None, None, "开展职业技能培训", "≥3000人次"),
        (None, None, "受理劳动人事争议案件", "≥650件"),
        (None, "质量指标", "培训合格率", pct(0.9)),
        (None, "时效指标", "仲裁案件法定期限内结案率", pct(0.95)),
        ("成本指标", "经济成本指标", "人均培训补贴", "≤800元/人次"),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
        (None, "可持续影响指标", "根治欠薪长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9)),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("mk18-natural-resources", (12,), "department, duty table; NAT-2021 second sheet without "
         "a 满意度指标 tier although the bureau serves applicants; a 办结率 given as a count")  # fmt: skip
def mk18() -> Book:
    b = Book()
    duties = [
        Duty("不动产登记", "目标1：办理不动产登记6500件以上，一般登记5个工作日内办结。", [
            Act("不动产登记服务", "不动产登记受理、审核、发证", 54.00,
                [("办理不动产登记", "≥6500件"), ("一般登记办理时限", "≤5个工作日")]),
        ]),
        Duty("耕地保护", "目标2：耕地保有量不低于38.6万亩，开展耕地卫片图斑核查。", [
            Act("耕地保护监督", "耕地卫片图斑核查、违法占地整改", 67.00,
                [("核查卫片图斑", "≥1500个"), ("违法占用耕地整改率", pct(1))]),
            Act("土地整治", "补充耕地和土地整治项目", 310.00,
                [("新增耕地面积", "≥800亩"), ("土地整治项目验收合格率", pct(1))]),
        ]),
    ]  # fmt: skip
    duty_sheet(b, Form(2027, "白渚县自然资源局", 1080.00, 680.50, duties))
    b.file_mark("F106", "error", note="no 满意度指标 although the bureau serves applicants")
    rows = [
        ("产出指标", "数量指标", "办理不动产登记", "≥6500件"),
        (None, None, "核查卫片图斑", "≥1500个"),
        (None, None, "新增耕地面积", "≥800亩"),
        (None, "质量指标", "土地整治项目验收合格率", pct(1)),
        (
            None,
            "时效指标",
            "不动产登记按时办结率",
            mk("≥6500件", "T105", "error", note="a 办结率 given as a count"),
        ),
        ("成本指标", "经济成本指标", "土地整治亩均投入", "≤3800元/亩"),
        ("效益指标", "社会效益指标", "违法占用耕地整改率", pct(1)),
        (None, "生态效益指标", "耕地保有量", "≥38.6万亩"),
        (None, "可持续影响指标", "耕地保护共同责任机制", "健全"),
    ]
    tier_sheet(b, "2027年度部门整体绩效指标", ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
