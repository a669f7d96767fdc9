"""部门整体 tables and stacked projects: a health bureau, a disease-control centre with a weight
and a unit column, a hospital with its indicators on a second sheet, two pairs of stacked
projects, and an OLD-NAT table with word operators, notes and a signature date (pk13–pk18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout209.common import (
    ONE,
    book,
    funding,
    indicators,
    one_year_money,
    purchase,
    sign,
    wan,
)
from tests.variants.holdout209.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk


@variant("pk13-health-bureau-department", (12,), "department, NAT-2021, one value column: "
         "budget and key tasks adding up, a fill date in the year before, 孕产妇死亡率 "
         "≤12/10万 (correct)")  # fmt: skip
def pk13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪县卫生健康局",
        budget=[(wan(4860), wan(4620), wan(240), wan(1860), wan(3000))],
        tasks=[
            ("基本公共卫生服务", "为城乡居民免费提供基本公共卫生服务", wan(1800),
             "服务覆盖全县常住人口"),
            ("基层医疗卫生能力提升", "村卫生室标准化建设及乡镇卫生院设备配置", wan(700),
             "建成标准化村卫生室20个"),
            ("疾病预防控制", "传染病监测、免疫规划和慢性病防控", wan(320),
             "适龄儿童免疫规划疫苗接种率保持95%以上"),
            ("妇幼健康服务", "孕产妇和儿童健康管理", wan(180), "孕产妇系统管理率达到90%以上"),
            ("金额合计", None, wan(3000), None),
        ],
        goal="为全县常住人口提供基本公共卫生服务，建成标准化村卫生室20个，适龄儿童免疫规划疫苗"
             "接种率保持95%以上，孕产妇系统管理率达到90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成标准化村卫生室", "≥20个"),
        (None, None, "65岁及以上老年人健康管理人数", "≥18000人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "孕产妇系统管理率", "≥90%"),
        (None, "时效指标", "基本公共卫生服务资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "基本公共卫生服务项目支出", "≤1800万元"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万"),
        (None, None, "居民电子健康档案建档率", "≥90%"),
        (None, "可持续影响指标", "基层卫生人才队伍稳定机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "城乡居民对基层医疗卫生服务满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("pk14-cdc-department-tasks-and-rate", (10, 12), "department, NAT-2021, value, unit "
         "and weight columns: key tasks adding to 480 under a 金额合计 of 520, a 接种率 of "
         "≥102 %")  # fmt: skip
def pk14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 10, 10))
    department_head(
        s, year=2026, dept="白沙河区疾病预防控制中心",
        budget=[(wan(1250), wan(1180), wan(70), wan(730), wan(520))],
        tasks=[
            ("免疫规划", "国家免疫规划疫苗接种及冷链运转", wan(180), "接种率保持95%以上"),
            ("传染病防控", "传染病监测、流行病学调查和应急处置", wan(150), "疫情报告及时率100%"),
            ("慢性病防控", "慢性病及其危险因素监测", wan(90), "完成监测3000人"),
            ("健康教育", "居民健康素养促进行动", wan(60), "健康素养水平提高2个百分点"),
            ("金额合计", None, mk(wan(520), "B102", "error", alt=("B101",),
                                  note="180 + 150 + 90 + 60 = 480"), None),
        ],
        goal="完成国家免疫规划疫苗接种42000剂次，适龄儿童免疫规划疫苗接种率保持95%以上，完成"
             "慢性病及危险因素监测3000人，传染病疫情网络直报及时率达到100%。",
    )  # fmt: skip
    rate = mk(mk("≥102", "T106", "error", note="a 接种率 cannot pass 100%"), "D104", "warning",
              row=True, required=False, note="the goal's 95%以上 against ≥102%")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥42000", "剂次", 10),
        (None, None, "慢性病及危险因素监测人数", "≥3000", "人", 10),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", rate, "%", 10),
        (None, None, "流行病学调查报告合格率", "≥95", "%", 10),
        (None, "时效指标", "传染病疫情网络直报及时率", "=100", "%", 10),
        ("成本指标", "经济成本指标", "冷链设备运行维护费用", "≤30", "万元", 10),
        ("效益指标", "社会效益指标", "居民健康素养水平提高幅度", "≥2", "百分点", 20),
        (None, "可持续影响指标", "免疫规划信息系统运行", "稳定", None, 10),
        ("满意度指标", "服务对象满意度指标", "接种儿童家长满意度", "≥90", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    return b


@variant("pk15-stacked-tcm-correct", (2, 12), "two one-year projects stacked, OLD-NAT (成本指标 "
         "under 产出), one value column: 20万元/个 × 3个 = the 60万元 exactly, an equipment list "
         "(设备名称 · 单价 · 台数 · 小计) adding to 96, one name in both projects with different "
         "values (correct)")  # fmt: skip
def pk15() -> Book:
    b, s = book("Sheet1", (16, 22, 30, 16, 14, 14))
    project_head(
        s, year=2026, name="基层名中医工作室建设项目", dept="临溪县卫生健康局（301）",
        unit="临溪县中医院", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年在乡镇卫生院建设基层名中医工作室3个，带教基层中医药人员30人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设基层名中医工作室", "≥3个"),
        (None, None, "带教基层中医药人员", "≥30人"),
        (None, "质量指标", "带教考核合格率", "≥90%"),
        (None, "时效指标", "工作室建设完成时间", "2026年10月31日前"),
        (None, "成本指标", "工作室建设补助标准", "≤20万元/个"),
        ("效益指标", "社会效益指标", "中医药服务量增长率", "≥10%"),
        (None, "可持续影响指标", "名中医基层带教制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "带教学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="中医康复设备购置项目", dept="临溪县卫生健康局（301）",
        unit="临溪县中医院", title="", attr="一次性项目",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年购置中医康复设备17台，7月底前完成安装验收，提升中医康复治疗服务能力。"],
    )  # fmt: skip
    purchase(s, ("设备名称", "单价（万元）", "台数", "小计（万元）"), [
        ("中医定向透药治疗仪", 4, 3.5),
        ("多功能艾灸仪", 10, 1.8),
        ("智能熏蒸治疗机", 2, 12),
        ("康复训练机器人", 1, 40),
    ], price_first=True)  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "数量指标", "购置中医康复设备", "≥17台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2026年7月31日前"),
        (None, "成本指标", "设备购置成本", "≤96万元"),
        ("效益指标", "社会效益指标", "中医药服务量增长率", "≥15%"),
        (None, "可持续影响指标", "康复设备维护保养制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "康复患者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "刘书涵", "蒋立群", "0596-7568812")
    return b


@variant("pk16-stacked-maternal-defects", (2,), "two one-year projects stacked, NAT-2021, one "
         "value column: a 健康管理率 given as ≥8000人 in the first; a count given as 若干 and a "
         "deadline in 2027 in the second")  # fmt: skip
def pk16() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="儿童健康管理提升项目", dept="白沙河区卫生健康局（215）",
        unit="白沙河区妇幼保健院", title="2026年度项目支出绩效目标申报表（妇幼保健院）",
        money=one_year_money(wan(75), wan(75), wan(0)),
        goals=["2026年完成0～6岁儿童健康体检15000人次、眼保健和视力检查12000人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "0～6岁儿童健康体检", "≥15000人次"),
        (None, None, "儿童眼保健和视力检查", "≥12000人次"),
        (None, "质量指标", "0～6岁儿童健康管理率",
         mk("≥8000人", "T105", "error", note="a 管理率 needs a percentage")),
        (None, "时效指标", "体检结果反馈时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "儿童健康体检补助标准", "≤25元/人次"),
        ("效益指标", "社会效益指标", "儿童贫血患病率", "≤10%"),
        (None, "可持续影响指标", "儿童健康档案管理", "规范"),
        ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="孕产妇产前筛查项目", dept="白沙河区卫生健康局（215）",
        unit="白沙河区妇幼保健院", title="",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["2026年为辖区孕妇提供免费产前筛查服务，高风险孕妇追踪随访率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "产前筛查人数",
         mk("若干", "T102", "warning", row=True, alt=("T116", "T104"),
            note="a vague value: no count a reviewer can check")),
        (None, "质量指标", "高风险孕妇追踪随访率", "≥95%"),
        (None, "时效指标", "筛查项目完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="after the budget year of a one-year 2026 project")),
        ("成本指标", "经济成本指标", "产前筛查补助标准", "≤300元/人"),
        ("效益指标", "社会效益指标", "孕妇产前筛查率", "≥85%"),
        (None, "可持续影响指标", "产前筛查质量控制制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "受检孕妇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pk17-hospital-department-second-sheet", (7, 10, 12), "department, NAT-2021: head on "
         "基本信息, the indicator table on a second sheet under its own title with a 分值 column "
         "adding to 100; 院内感染发生率 and 门诊次均费用增长率 with ≤, 平均住院日 ≤8.5天 "
         "(correct)")  # fmt: skip
def pk17() -> Book:
    b, s = book("基本信息")
    department_head(
        s, year=2026, dept="青岚市中医院",
        budget=[(wan(2600), wan(900), wan(1700), wan(1500), wan(1100))],
        tasks=[
            ("中医药传承创新", "名中医工作室建设及传承人才培养", wan(300), "培养传承人才10名"),
            ("医疗设备更新", "更新中医诊疗及检验设备", wan(500), "设备完好率95%以上"),
            ("中医特色专科建设", "建设脾胃病、针灸推拿等特色专科", wan(300), "建成特色专科3个"),
            ("金额合计", None, wan(1100), None),
        ],
        goal="培养中医药传承人才10名，建成中医特色专科3个，医疗设备完好率保持95%以上，平均住院日"
             "控制在8.5天以内，院内感染发生率控制在3%以下。",
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 10))
    t.title("青岚市中医院2026年度部门整体支出绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "培养中医药传承人才", "≥10名", 8),
        (None, None, "建成中医特色专科", "≥3个", 8),
        (None, None, "年门诊服务人次", "≥320000人次", 8),
        (None, "质量指标", "医疗设备完好率", "≥95%", 8),
        (None, None, "院内感染发生率", "≤3%", 8),
        (None, "时效指标", "设备更新完成时间", "2026年10月31日前", 5),
        ("成本指标", "经济成本指标", "医疗设备更新成本", "≤500万元", 5),
        (None, None, "门诊次均费用增长率", "≤3%", 5),
        ("效益指标", "社会效益指标", "平均住院日", "≤8.5天", 10),
        (None, None, "中医非药物疗法使用人次增长率", "≥10%", 5),
        (None, "可持续影响指标", "中医药传承人才梯队建设机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥92%", 10),
        (None, None, "门诊患者满意度", "≥90%", 10),
    ])  # fmt: skip
    t.row("合计", None, None, None, 100)
    return b


@variant("pk18-chronic-word-operators-notes", (4, 12), "one-year project, OLD-NAT, 指标性质 as "
         "word operators (大于等于/小于等于), a unit column, a 资金来源 block, an instruction row, "
         "footnotes and a signature dated the year before; 60元/人 × 16000人 + 2000元/场 × 120场 "
         "= the 120万元, a change in 百分点 (correct)")  # fmt: skip
def pk18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 12, 14))
    project_head(
        s, year=2026, name="慢性病防控与健康促进项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市慢性病防治中心",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=["2026年为12000名高血压患者和4000名糖尿病患者提供健康管理服务，开展健康教育讲座"
               "120场，居民健康素养水平提高2个百分点。"],
    )  # fmt: skip
    funding(s, [("中央补助资金", 50), ("省级补助资金", 30), ("市级财政资金", 40)])
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.row("（指标性质填写“大于等于”“小于等于”或“定性”）", merge=[(1, 6)])
    s.table([
        ("产出指标", "数量指标", "高血压患者健康管理人数", "大于等于", 12000, "人"),
        (None, None, "糖尿病患者健康管理人数", "大于等于", 4000, "人"),
        (None, None, "开展健康教育讲座", "大于等于", 120, "场"),
        (None, "质量指标", "高血压患者规范管理率", "大于等于", 65, "%"),
        (None, None, "糖尿病患者规范管理率", "大于等于", 62, "%"),
        (None, "时效指标", "随访数据录入时限", "小于等于", 5, "个工作日"),
        (None, "成本指标", "慢性病患者健康管理补助标准", "小于等于", 60, "元/人"),
        (None, None, "健康教育讲座场均费用", "小于等于", 2000, "元/场"),
        ("效益指标", "社会效益指标", "居民健康素养水平提升幅度", "大于等于", 2, "百分点"),
        (None, None, "重大慢性病过早死亡率", "小于等于", 11, "%"),
        (None, "可持续影响指标", "患者自我管理小组覆盖率", "大于等于", 80, "%"),
        ("满意度指标", "服务对象满意度指标", "慢性病患者满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：1. 资金来源为中央补助、省级补助和市级财政资金；2. 规范管理率指按规范要求随访管理的"
          "患者占管理患者的比例；3. 金额单位为万元。", merge=[(1, 6)])  # fmt: skip
    s.skip()
    s.row("填报人：顾文哲", None, "审核人：吴佳宁", None, "填报日期",
          day(2025, 12, 5, CN_DATE))  # fmt: skip
    return b
