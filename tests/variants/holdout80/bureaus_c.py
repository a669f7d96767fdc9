"""Returns kl13–kl18: 卫健委, 应急局, 市场监管局, 医保局, 文旅局 and 城管局 (three with planted
mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout80.common import CITY, YEAR, goal, header, signatures, split_head, tasks
from tests.variants.holdout80.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

W = (18, 18, 34, 16, 16, 16)


@variant("kl13-weijian", (5, 12), "department head, five tasks, NAT-2021 with 成本指标 as "
         "tier-1 (经济成本指标) listed after 产出, inline values and an 指标值设定依据 "
         "column")  # fmt: skip
def kl13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    department_head(
        s, year=YEAR, dept=f"{CITY}卫生健康委员会",
        budget=[(money(35200.00), money(33800.00), money(1400.00), money(9860.40),
                 money(25339.60))],
        tasks=[
            ("基本公共卫生服务", "居民健康档案、慢病管理、老年人健康管理", money(8600.00),
             "老年人健康管理11万人以上"),
            ("公立医院综合改革补助", "市属公立医院政策性补助", money(9400.00), "医院平稳运行"),
            ("疾病预防控制", "免疫规划、传染病监测", money(2739.60), "疫苗接种率95%以上"),
            ("妇幼健康服务", "孕产妇系统管理、两癌筛查", money(1800.00), "孕产妇系统管理1.8万人"),
            ("计划生育家庭奖励扶助", "奖励扶助金、特别扶助金", money(2800.00), "按时足额发放"),
            ("金额合计", None, money(25339.60), None),
        ],
        goal="做好基本公共卫生服务和疾病预防控制，推进公立医院综合改革，落实计划生育家庭"
        "奖励扶助政策，提升居民健康水平。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table([
        ("产出指标", "数量指标", "65岁及以上老年人健康管理", "≥11万人", "计划标准"),
        (None, None, "计划生育家庭奖励扶助对象", "≥2.6万人", "计划标准"),
        (None, None, "孕产妇系统管理", "≥1.8万人", "计划标准"),
        (None, "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "行业标准"),
        (None, None, "高血压患者规范管理率", "≥65%", "行业标准"),
        (None, "时效指标", "奖励扶助资金发放", "按时足额发放", "计划标准"),
        ("成本指标", "经济成本指标", "“三公”经费支出", "≤28.50万元", "历史标准"),
        (None, None, "公立医院门诊次均费用增幅", "≤5%", "行业标准"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", "计划标准"),
        (None, None, "人均预期寿命", "≥79岁", "计划标准"),
        (None, "可持续影响指标", "分级诊疗制度", "不断完善", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "行业标准"),
        (None, None, "基本公共卫生服务对象满意度", "≥85%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "冯卫国", "曾丽君", "高远", "2878200")
    return b


@variant("kl14-yingji", (1, 12), "department, 基本支出 │ 项目支出 │ 合计 head under a title with "
         "last year's year while 预算年度, goal and tasks say 2027; an 备案率 given as a "
         "count")  # fmt: skip
def kl14() -> Book:
    b = Book()
    s = b.sheet("部门整体", W)
    split_head(s, dept=f"{CITY}应急管理局", code="232001", basic=money(1980.60),
               project=money(3019.40), total=money(5000.00), fiscal=money(4950.00),
               other=money(50.00), title=f"{CITY}{YEAR - 1}年度部门整体支出绩效目标表",
               filled=day(YEAR - 1, 11, 21))  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="title 2026 against 预算年度 2027 and a 2027 goal",
    )
    s.row("预算年度", f"{YEAR}年", merge=[(2, 6)])
    tasks(s, [
        ("安全生产监管执法", "重点行业企业执法检查", money(620.00), "检查企业1500家次"),
        ("森林防灭火", "扑火队伍、物资、监测", money(980.00), "不发生重大森林火灾"),
        ("应急物资储备", "救灾物资采购、仓储", money(700.00), "储备物资3.5万件（套）"),
        ("应急救援队伍建设", "综合救援队伍装备、训练", money(519.40), "组织综合演练12次"),
        ("安全生产宣传培训", "安全生产月、培训", money(200.00), "培训5000人次"),
    ], money(3019.40))  # fmt: skip
    goal(s, f"{YEAR}年，全市安全生产形势持续稳定向好，生产安全事故死亡人数较上年下降，"
         "不发生重大森林火灾，应急救援能力进一步提升。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥1500家次"),
        (None, None, "组织综合应急演练", "≥12次"),
        (None, None, "开展安全生产培训", "≥5000人次"),
        (None, None, "储备应急物资", "≥3.5万件（套）"),
        (None, "质量指标", "重点企业应急预案备案率",
         mk("≥360家", "T105", "error", note="a 备案率 given as a count of firms")),
        (None, None, "执法检查问题整改率", "≥95%"),
        (None, "时效指标", "突发事件信息报送时限", "≤30分钟"),
        (None, "成本指标", "“三公”经费支出", "≤8.60万元"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数", "较上年下降"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, "可持续影响指标", "应急管理体系", "不断健全"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "贺长林", "段敏", "钱程", "2839119")
    return b


@variant("kl15-shichang", (5, 10, 12), "department, 基本支出 │ 项目支出 │ 合计 head, five tasks, "
         "tier-1 labels carrying their points (产出指标（50分）), indicator points adding to each "
         "tier's and to 100")  # fmt: skip
def kl15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W)
    split_head(s, dept=f"{CITY}市场监督管理局", code="236001", basic=money(5630.00),
               project=money(3370.00), total=money(9000.00), fiscal=money(8700.00),
               other=money(300.00))  # fmt: skip
    tasks(s, [
        ("食品安全抽检", "食品安全监督抽检、风险监测", money(1260.00), "抽检5600批次"),
        ("特种设备安全监察", "定期检验、隐患排查", money(480.00), "检验特种设备1.2万台"),
        ("计量检定与标准化", "强检计量器具检定", money(390.00), "检定3.6万台件"),
        ("12315投诉举报处置", "热线平台运维、处置", money(240.00), "投诉举报按时办结"),
        ("市场主体信用监管", "双随机抽查、信用修复", money(1000.00), "抽查市场主体2400户"),
    ], money(3370.00))  # fmt: skip
    goal(s, "守住食品安全和特种设备安全底线，做好计量检定、投诉举报处置和信用监管，"
         "营造安全放心的消费环境。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标（50分）", "数量指标", "完成食品安全监督抽检", "≥5600批次", 8),
        (None, None, "特种设备定期检验", "≥1.2万台", 6),
        (None, None, "强检计量器具检定", "≥3.6万台件", 6),
        (None, None, "双随机抽查市场主体", "≥2400户", 6),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1.0), 8),
        (None, None, "特种设备定期检验率", "≥98%", 6),
        (None, "时效指标", "12315投诉举报按时办结率", "≥98%", 6),
        (None, "成本指标", "“三公”经费支出", "≤14.20万元", 4),
        ("效益指标（30分）", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", 10),
        (None, None, "特种设备万台死亡率", "≤0.15人/万台", 10),
        (None, "可持续影响指标", "信用监管体系", "健全", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "消费者投诉处理满意度", "≥90%", 10),
        (None, None, "市场主体满意度", "≥88%", 10),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "姜涛", "白雪", "任嘉", "2811503")
    return b


@variant("kl16-yibao", (12,), "department head whose 资金总额 differs from 财政拨款 + 其他资金, "
         "four tasks, inline values; the same 参保率 under 质量 and 社会效益 with two "
         "targets")  # fmt: skip
def kl16() -> Book:
    b = Book()
    s = b.sheet("部门整体", W)
    department_head(
        s, year=YEAR, dept=f"{CITY}医疗保障局",
        budget=[(mk(money(2860.00), "B101", "error", row=True,
                    note="财政拨款 2780 + 其他资金 100 = 2880, not 2860"),
                 money(2780.00), money(100.00), money(1620.00), money(1240.00))],
        tasks=[
            ("医保基金监管", "定点医药机构检查、飞行检查", money(380.00), "检查1800家次"),
            ("医保信息平台运维", "平台运维、网络安全", money(420.00), "平台稳定运行"),
            ("医疗救助经办", "资助困难群众参保", money(260.00), "资助参保6.8万人"),
            ("医保经办服务能力建设", "经办窗口、政策宣传", money(180.00), "宣传活动60场"),
            ("金额合计", None, money(1240.00), None),
        ],
        goal="巩固全民参保成果，守好医保基金安全，做好医疗救助和异地就医直接结算，"
        "提升医保经办服务水平。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "定点医药机构现场检查", "≥1800家次"),
        (None, None, "资助困难群众参保", "≥6.8万人"),
        (None, None, "开展医保政策宣传活动", "≥60场"),
        (None, "质量指标", "城乡居民医保参保率", "≥95%"),
        (None, None, "医保结算差错率", "≤0.5%"),
        (None, "时效指标", "异地就医备案办理时限", "≤3个工作日"),
        (None, "成本指标", "“三公”经费支出", "≤6.40万元"),
        ("效益指标", "社会效益指标", "城乡居民医保政策范围内住院费用支付比例", "≥70%"),
        (None, None, mk("城乡居民医保参保率", "D102", "error", row=True, alt=("D101", "D103"),
                        note="the 质量 row's indicator again, with ≥96% against ≥95%"), "≥96%"),
        (None, "可持续影响指标", "医保基金运行", "收支平衡、略有结余"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, "汪建", "孟洁", "於晨", "2890237")
    return b


@variant("kl17-wenlv", (3, 12), "department, income and expenditure lists, five tasks, a flat "
         "指标名称 │ 指标值 list with operators and units inline")  # fmt: skip
def kl17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 30, 18, 16, 16, 16))
    s.title(f"{CITY}{YEAR}年度部门整体支出绩效目标表", 6)
    s.row("部门名称", f"{CITY}文化广电旅游体育局", None, "填报日期", day(YEAR - 1, 11, 19),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("收入预算（万元）", "一般公共预算拨款", money(6120.00), "支出预算（万元）", "基本支出",
          money(3260.00))  # fmt: skip
    s.row(None, "事业收入", money(380.00), None, "项目支出", money(3240.00))
    s.row(None, "收入合计", money(6500.00), None, "支出合计", money(6500.00))
    for c in (1, 4):
        s.ws.merge_cells(start_row=s.r - 2, start_column=c, end_row=s.r, end_column=c)
    tasks(s, [
        ("公共文化服务免费开放", "图书馆、文化馆、博物馆免费开放", money(860.00), "免费开放"),
        ("文化惠民演出", "送戏下乡、广场文艺演出", money(620.00), "演出200场以上"),
        ("文物保护修缮", "市级以上文物保护单位修缮", money(1100.00), "修缮文物6处"),
        ("旅游宣传推介", "线上线下推介活动", money(460.00), "推介活动12场"),
        ("文化市场综合执法", "网吧、演出场所检查", money(200.00), "检查1500家次"),
    ], money(3240.00))  # fmt: skip
    goal(s, "推进公共文化服务体系建设，做好文化惠民、文物保护和旅游宣传推介，"
         "规范文化市场秩序，满足群众精神文化需求。")  # fmt: skip
    header(s, "序号", "指标名称", "指标值")
    s.table([
        (1, "文化惠民演出场次", "≥200场"),
        (2, "公共图书馆年接待读者", "≥80万人次"),
        (3, "文物保护修缮项目", "≥6处"),
        (4, "文物修缮工程验收合格率", pct(1.0)),
        (5, "旅游宣传推介活动", "≥12场"),
        (6, "文化市场执法检查", "≥1500家次"),
        (7, "公共文化场馆免费开放率", pct(1.0)),
        (8, "“三公”经费支出", "≤9.20万元"),
        (9, "接待游客人次增长率", "≥8%"),
        (10, "群众文化活动参与人次", "≥50万人次"),
        (11, "游客满意度", "≥90%"),
        (12, "群众对公共文化服务满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "鲁文华", "柳青", "华婷", "2823364")
    return b


@variant("kl18-chengguan", (6, 12), "department, 基本支出 │ 项目支出 │ 合计 head, four tasks whose "
         "amounts do not add up, tiers filled down with one row's 二级指标 left empty")  # fmt: skip
def kl18() -> Book:
    b = Book()
    s = b.sheet("绩效目标", W)
    split_head(s, dept=f"{CITY}城市管理综合执法局", code="238001", basic=money(3480.00),
               project=money(12520.00), total=money(16000.00), fiscal=money(15200.00),
               other=money(800.00))  # fmt: skip
    tasks(s, [
        ("城市道路清扫保洁", "主次干道机械化清扫、人工保洁", money(5600.00), "道路清扫保洁全覆盖"),
        ("生活垃圾分类处理", "垃圾收运、无害化处理", money(4020.00), "无害化处理率100%"),
        ("市政设施维护", "道路、桥梁、排水设施维修", money(1800.00), "设施完好"),
        ("城市照明电费及维护", "路灯电费、维修", money(920.00), "亮灯率98%以上"),
    ], mk(money(12520.00), "B102", "error", alt=("B101",),
          note="5600 + 4020 + 1800 + 920 = 12340, not 12520"))  # fmt: skip
    goal(s, "做好城市道路清扫保洁、生活垃圾分类和无害化处理、市政设施和城市照明维护，"
         "提升城市精细化管理水平。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "道路机械化清扫面积", "≥1850万平方米"),
        ("产出指标", "数量指标", "生活垃圾无害化处理量", "≥42万吨"),
        ("产出指标", "数量指标", "维修市政道路", "≥6.5万平方米"),
        ("产出指标", "数量指标", "城市路灯维护", "≥3.2万盏"),
        ("产出指标", "质量指标", "生活垃圾无害化处理率", pct(1.0)),
        ("产出指标", "质量指标", "路灯亮灯率", "≥98%"),
        ("产出指标", mk(None, "F102", "error", row=True, note="二级指标 left empty"),
         "市政设施报修处置时限", "≤24小时"),
        ("产出指标", "成本指标", "“三公”经费支出", "≤11.00万元"),
        ("效益指标", "社会效益指标", "城市环境卫生状况", "明显改善"),
        ("效益指标", "社会效益指标", "生活垃圾回收利用率", "≥38%"),
        ("效益指标", "生态效益指标", "城市生活垃圾分类覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%"),
    ])  # fmt: skip
    signatures(s, "施建", "毛燕", "邱鹏", "2861180")
    return b
