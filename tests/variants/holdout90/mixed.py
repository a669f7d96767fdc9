"""Mixed returns of schools and hospitals (kv13–kv18): stacked projects, points columns, word
operators in an 指标性质 column, a department table whose money does not add up."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout90.common import footer
from tests.variants.holdout90.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

GE = '"≥"0%'


@variant("kv13-kehou-xiushan", (2, 12), "two school projects stacked, OLD-NAT, one value column: "
         "the second project's 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def kv13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 18, 12))
    project_head(
        s, year=2027, name="桐溪区中小学课后服务补助", dept="桐溪区教育局", unit="桐溪区教育局",
        attr="延续项目",
        money=[("年度资金总额", money(150), "其中：财政拨款", money(130)),
               (None, None, "其他资金", money(20))],
        goals=["为参加课后服务的4800名学生所在学校按标准发放课后服务补助，课后服务学校覆盖率100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "参加课后服务学生人数", "≥4800人"),
            (None, None, "开展课后服务学校数", "=18所"),
            (None, "质量指标", "课后服务学校覆盖率", pct(1)),
            (None, "时效指标", "补助资金拨付时间", "2027年12月20日前"),
            (None, "成本指标", "课后服务生均补助标准", "≤300元/生·年"),
            ("效益指标", "社会效益指标", "学生课后托管需求满足率", pct(0.95, GE)),
            (None, "可持续影响指标", "课后服务管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2027, title="", name="桐溪区中小学校舍维修改造", dept="桐溪区教育局",
        unit="桐溪区教育局", attr="一次性项目",
        money=[("年度资金总额", mk(money(210), "B101", "error", row=True,
                                   note="180 + 20 = 200 ≠ 210"),
                "其中：财政拨款", money(180)),
               (None, None, "其他资金", money(20))],
        goals=["完成6所学校校舍维修改造12000平方米，消除校舍安全隐患。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "维修改造学校数", "=6所"),
            (None, None, "维修改造面积", "≥12000平方米"),
            (None, "质量指标", "工程验收合格率", pct(1)),
            (None, "时效指标", "工程完工时间", "2027年8月25日前"),
            (None, "成本指标", "校舍维修单位面积成本", "≤160元/平方米"),
            ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1)),
            (None, "可持续影响指标", "维修后校舍使用年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    footer(s, unit="桐溪区教育局", head="方启明", clerk="郑雨桐", phone="0571-86032115",
           year=2027)  # fmt: skip
    return b


@variant("kv14-xiongtong-zhongxin", (10,), "county hospital, NAT-2021, 分值 column adding up to "
         "100, tiers merged down, 门诊量 and 出院人次")  # fmt: skip
def kv14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 10, 12))
    project_head(
        s, year=2027, name="霁山县人民医院胸痛中心建设", dept="霁山县卫生健康局",
        unit="霁山县人民医院", attr="一次性项目",
        money=[("年度资金总额", money(380, WAN), "其中：财政拨款", money(350, WAN)),
               (None, None, "其他资金", money(30, WAN))],
        goals=["建成县级标准版胸痛中心，全年救治急性胸痛患者600人次以上，急性心肌梗死患者"
               "门-球时间控制在90分钟以内。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("产出指标", "数量指标", "救治急性胸痛患者", "≥600人次", 10),
            (None, None, "胸痛中心门诊量", "≥3000人次", 5),
            (None, None, "心内科出院人次", "≥1500人次", 5),
            (None, None, "开展基层胸痛救治培训", "≥20场", 5),
            (None, "质量指标", "急性胸痛患者规范诊疗率", pct(0.9, GE), 5),
            (None, "时效指标", "急性心肌梗死患者门-球时间", "≤90分钟", 5),
            (None, None, "胸痛患者首份心电图完成时间", "≤10分钟", 5),
            (None, None, "胸痛中心建成时间", "2027年9月30日前", 5),
            ("成本指标", "经济成本指标", "导管室改造成本", "≤180万元", 10),
            (None, "社会成本指标", "改造期间心内科病区停收病人时间", "≤20天", 5),
            ("效益指标", "社会效益指标", "急性心肌梗死患者院内死亡率", pct(0.05, '"≤"0%'), 10),
            (None, None, "县域内胸痛患者就诊率", pct(0.9, GE), 10),
            (None, "可持续影响指标", "县乡胸痛救治网络", "健全", 5),
            ("满意度指标", "服务对象满意度指标", "患者满意度", pct(0.9, GE), 10),
            (None, None, "家属满意度", pct(0.9, GE), 5),
            ("合计", None, None, None, 100),
        ],
        merged=(1, 2),
    )
    footer(s, unit="霁山县人民医院", head="魏宏达", clerk="龚晓宁", phone="0797-5862093",
           year=2027)  # fmt: skip
    return b


@variant("kv15-xuesheng-zizhu", (3, 10), "vocational school, OLD-NAT, 权重 column: weights "
         "adding to 95, one indicator listed twice with different targets")  # fmt: skip
def kv15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 10, 12))
    project_head(
        s, year=2027, name="澜川县职业技术学校学生资助", dept="澜川县教育局",
        unit="澜川县职业技术学校", attr="常年项目",
        money=[("年度资金总额", money(450), "其中：财政拨款", money(420)),
               (None, None, "其他资金", money(30))],
        goals=["为1200名中职学生免除学费，为800名家庭经济困难学生发放国家助学金，做到应助尽助。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table(
        [
            ("产出指标", "数量指标", "免学费学生人数", "≥1200人", 10),
            (None, None, "国家助学金资助人数", "≥800人", 10),
            (
                None,
                None,
                "国家助学金资助人数",
                mk(
                    "≥850人",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103", "D104"),
                    note="同一指标写了两次，800人 / 850人",
                ),
                5,
            ),
            (None, "质量指标", "资助对象认定准确率", "=100%", 15),
            (None, "时效指标", "助学金按学期发放及时率", "≥95%", 5),
            (None, "成本指标", "免学费补助标准", "≤2000元/生·年", 10),
            (None, None, "国家助学金资助标准", "≤2000元/生·年", 10),
            ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "=100%", 15),
            (None, "可持续影响指标", "学生资助管理制度", "健全", 5),
            ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    b.file_mark("W101", "error", note="权重合计 95，不是 100")
    footer(s, unit="澜川县职业技术学校", head="梁振华", clerk="陶静怡", phone="0595-23718840",
           year=2027)  # fmt: skip
    return b


@variant("kv16-menzhen-yuyue", (11,), "county hospital, NAT-2021, 计量单位 column: 计划完成日期 "
         "a year before the start, a 预约诊疗率 given as a count")  # fmt: skip
def kv16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 16, 30, 16, 12, 12))
    project_head(
        s, year=2027, name="柘湖市第二人民医院智慧门诊建设", dept="柘湖市卫生健康委员会",
        unit="柘湖市第二人民医院", attr="一次性项目",
        end=mk(day(2026, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
               note="完成日期早于开始日期 2027-01-01"),
        money=[("年度资金总额", money(260), "其中：财政拨款", money(230)),
               (None, None, "其他资金", money(30))],
        goals=["建设预约挂号、诊间支付和检查结果互认系统，年门诊量达到68万人次，门诊预约"
               "诊疗率达到60%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "年门诊量", "≥68", "万人次"),
            (None, None, "新增自助服务终端", "≥40", "台"),
            (None, None, "上线信息系统模块", "≥6", "个"),
            (
                None,
                "质量指标",
                "门诊预约诊疗率",
                mk("≥3000人次", "T105", "error", alt=("D104",), note="预约诊疗率写成人次"),
                None,
            ),
            (None, None, "系统验收合格率", pct(1), "%"),
            (None, "时效指标", "系统上线时间", "2027年10月31日前", None),
            (None, None, "患者平均候诊时间", "≤25", "分钟"),
            ("成本指标", "经济成本指标", "自助服务终端单台采购成本", "≤3", "万元"),
            (None, None, "系统软件开发成本", "≤120", "万元"),
            ("效益指标", "社会效益指标", "门诊诊间支付使用率", pct(0.7, GE), "%"),
            (None, None, "检查检验结果互认率", pct(0.8, GE), "%"),
            (None, "可持续影响指标", "系统运行维护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "门诊患者满意度", pct(0.9, GE), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="柘湖市第二人民医院", head="柯庆丰", clerk="冉悦", phone="0573-82285461",
           year=2027)  # fmt: skip
    return b


@variant("kv17-jiating-yisheng", (1, 11), "township health centre, NAT-2021, 指标性质 "
         "as word operators (大于等于 …), bare numbers, 计量单位 column, percents")  # fmt: skip
def kv17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 12, 12))
    project_head(
        s, year=2027, name="霁山县龙潭镇卫生院家庭医生签约服务", dept="霁山县卫生健康局",
        unit="霁山县龙潭镇卫生院", attr="延续项目",
        money=[("年度资金总额", money(130), "其中：财政拨款", money(120)),
               (None, None, "其他资金", money(10))],
        goals=["组建家庭医生团队12个，签约服务常住居民9000人，重点人群签约率达到75%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "组建家庭医生团队", "等于", 12, "个"),
            (None, None, "签约服务居民人数", "大于等于", 9000, "人"),
            (None, None, "上门随访服务", "大于等于", 5400, "人次"),
            (None, "质量指标", "重点人群签约率", "大于等于", pct(0.75), "%"),
            (None, None, "签约居民履约率", "大于等于", pct(0.9), "%"),
            (None, "时效指标", "签约居民首次随访时间", "小于等于", 30, "天"),
            ("成本指标", "经济成本指标", "家庭医生签约服务费补助标准", "小于等于", 120, "元/人·年"),
            (None, "社会成本指标", "签约居民自付服务费", "小于等于", 20, "元/人·年"),
            ("效益指标", "社会效益指标", "签约居民基层就诊率", "大于等于", pct(0.6), "%"),
            (None, None, "高血压患者血压控制率", "大于等于", pct(0.6), "%"),
            (None, "可持续影响指标", "家庭医生团队服务机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "签约居民满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="霁山县龙潭镇卫生院", head="彭志坚", clerk="江小禾", phone="0797-5876120",
           year=2027)  # fmt: skip
    return b


@variant("kv18-jiaoyuju-bumen", (12,), "education bureau department table, NAT-2021: 基本支出 + "
         "项目支出 ≠ 资金总额, the key tasks not adding to 金额合计")  # fmt: skip
def kv18() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 14))
    department_head(
        s, year=2027, dept="霁山县教育局",
        budget=[(mk(money(5200), "B101", "error", row=True, note="4100 + 1000 = 5100 ≠ 5200"),
                 money(5000), money(200), money(4100), money(1000))],
        tasks=[("学前教育保教费补助", "公办幼儿园生均补助", money(420), "补助在园幼儿2800人"),
               ("义务教育教学运转", "乡村学校公用经费补助", money(300), "保障36所学校运转"),
               ("教师能力提升", "乡村教师全员培训", money(180), "培训1200人次"),
               ("校园安全", "校园安保服务购买", money(120), "36所学校专职保安全覆盖"),
               ("金额合计", None, mk(money(1000), "B102", "error", row=True,
                                     note="420 + 300 + 180 + 120 = 1020 ≠ 1000"), None)],
        goal="保障全县学前和义务教育学校正常运转，补助在园幼儿2800人，培训乡村教师1200人次，"
             "校园专职保安配备率100%。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "补助在园幼儿人数", "≥2800人"),
            (None, None, "保障运转学校数", "=36所"),
            (None, None, "乡村教师培训人次", "≥1200人次"),
            (None, "质量指标", "校园专职保安配备率", pct(1)),
            (None, None, "教师培训考核合格率", pct(0.95, GE)),
            (None, "时效指标", "补助资金拨付时间", "2027年6月30日前"),
            ("成本指标", "经济成本指标", "公办幼儿园生均补助标准", "≤1500元/生·年"),
            (None, None, "乡村教师人均培训成本", "≤1500元/人次"),
            ("效益指标", "社会效益指标", "学前三年毛入园率", pct(0.92, GE)),
            (None, None, "义务教育巩固率", pct(0.97, GE)),
            (None, "可持续影响指标", "教育经费保障机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    footer(s, unit="霁山县教育局", head="韩书林", clerk="许佳琪", phone="0797-5821306", year=2027)
    return b
