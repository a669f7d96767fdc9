"""Values with decimals and thousands separators, operators in words, notes with numbers and
years in a 备注 column."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout58.common import multi_year, one_year
from tests.variants.holdout58.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, pct

W6 = (16, 16, 34, 18, 18, 26)


@variant(
    "jp09-decimals-energy",
    (1,),
    "project, NAT-2021, values with decimals and thousands "
    "separators (≥1,250.5千瓦, ≤0.35元/千瓦时, ≥1,120.8万元), 指标解释 and 备注 columns",
)
def jp09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="青岚市2027年公共机构节能改造项目",
        dept="青岚市机关事务管理局",
        unit="青岚市公共机构节能中心",
        money=one_year(2386.75, 2036.75, 350.0),
        goals=["完成城区3,260盏路灯LED改造和12处公共机构屋顶分布式光伏建设，降低公共机构能耗。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table(
        [
            ["产出指标", "数量指标", "LED路灯改造数量", "≥3,260盏", "按验收盏数计", None],
            [None, None, "屋顶分布式光伏装机容量", "≥1,250.5千瓦", "12处公共机构屋顶", None],
            [None, None, "能耗监测平台接入单位数", "≥85家", None, "2026年已接入61家"],
            [None, "质量指标", "光伏并网验收合格率", pct(1), None, None],
            [None, None, "改造后路灯亮灯率", "≥98%", None, None],
            [None, "时效指标", "光伏并网发电时间", "2027年9月30日前", None, None],
            ["成本指标", "经济成本指标", "LED路灯单灯改造成本", "≤1,850元/盏", None, None],
            [None, None, "光伏单位千瓦造价", "≤3,650元/千瓦", None, "2025年同类项目3,720元/千瓦"],
            [None, None, "光伏度电成本", "≤0.35元/千瓦时", "全生命周期平准化成本", None],
            [
                "效益指标",
                "经济效益指标",
                "光伏年发电量",
                "≥118.6万千瓦时",
                "按年等效利用948.5小时测算",
                None,
            ],
            [None, None, "撬动合同能源管理社会投资", "≥1,120.8万元", None, None],
            [None, "生态效益指标", "年减少二氧化碳排放量", "≥1,082.4吨", None, None],
            [None, None, "路灯节电率", "≥35.5%", "较改造前", "2025年路灯用电量412.6万千瓦时"],
            [None, "可持续影响指标", "改造设备质保期", "≥5年", None, None],
            ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", None, None],
            [None, None, "市民满意度", "≥88%", None, None],
        ],
        merged=(1, 2),
    )
    s.row("填报人：罗嘉怡", None, "联系电话：0731-8526674", None, "填报日期：2026年11月25日", None)
    return b


N1 = "#,##0.0"
N0 = "#,##0"


@variant(
    "jp10-operator-words-department",
    (1, 3),
    "department, NAT-2021, 比较符 column in "
    "words (大于等于 / 小于等于 / 等于), bare numbers with thousands separators in the number "
    "format, a unit column",
)
def jp10() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 34, 14, 16, 14))
    department_head(
        s,
        year=2027,
        dept="白沙河区水务局",
        budget=[
            (
                money(5286.4, WAN),
                money(4986.4, WAN),
                money(300, WAN),
                money(1236.4, WAN),
                money(4050, WAN),
            ),
        ],
        tasks=[
            ("河道保洁", "区管河道186.5公里日常保洁", money(1260, WAN), "河面无成片漂浮物"),
            ("泵站运行", "23座排涝泵站运行维护", money(980, WAN), "汛期泵站完好运行"),
            ("供水管网维护", "城区供水管网巡检维修", money(1310, WAN), "管网漏损率控制在9%以内"),
            ("防汛物资储备", "储备编织袋、抢险舟等物资", money(500, WAN), "物资储备充足"),
            ("金额合计", None, money(4050, WAN), None),
        ],
        goal="保障辖区河道清洁、泵站安全运行和供水管网稳定，汛期无重大内涝。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ["产出指标", "数量指标", "河道日常保洁长度", "大于等于", C(186.5, N1), "公里"],
            [None, None, "排涝泵站运行维护座数", "等于", 23, "座"],
            [None, None, "供水管网巡检长度", "大于等于", C(1284.6, N1), "公里"],
            [None, None, "防汛编织袋储备数量", "大于等于", C(120000, N0), "条"],
            [None, "质量指标", "泵站设备完好率", "大于等于", pct(0.98), "%"],
            [None, None, "河道保洁考核合格率", "大于等于", pct(0.95), "%"],
            [None, None, "供水管网漏损率", "小于等于", pct(0.09), "%"],
            [None, "时效指标", "管网爆管抢修到场时间", "小于等于", 2, "小时"],
            [None, None, "汛前泵站检修完成时间", "小于等于", "2027年4月30日", None],
            [
                "成本指标",
                "经济成本指标",
                "河道保洁单位成本",
                "小于等于",
                C(6.75, "0.00"),
                "万元/公里",
            ],
            ["效益指标", "社会效益指标", "汛期城区重大内涝发生次数", "等于", 0, "次"],
            [None, None, "城区供水水压合格率", "大于等于", pct(0.97), "%"],
            [None, "生态效益指标", "区管河道水质达标率", "大于等于", pct(0.9), "%"],
            [None, "可持续影响指标", "河湖管护长效机制运行率", "等于", pct(1), "%"],
            ["满意度指标", "服务对象满意度指标", "辖区群众满意度", "大于等于", pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", None)
    return b


@variant(
    "jp11-decimals-mistakes",
    (1, 11),
    "project, NAT-2021, values with decimals and "
    "thousands separators: a unit cost with ≥, a load rate given in 万吨/日",
)
def jp11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="澄溪县2027年城区污水处理厂运营服务项目",
        dept="澄溪县住房和城乡建设局",
        unit="澄溪县排水事务中心",
        money=one_year(1320.8, 1320.8, 0),
        goals=["保障城区污水处理厂稳定运行，年处理污水1,277.5万吨，出水稳定达到一级A标准。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table(
        [
            ["产出指标", "数量指标", "年污水处理量", "≥1,277.5万吨", "日均3.5万吨", None],
            [None, None, "污泥无害化处置量", "≥9,860.4吨", "含水率80%计", None],
            [None, "质量指标", "出水水质达标率", "≥98%", "一级A标准", None],
            [None, None, "污泥无害化处置率", pct(1), None, None],
            [
                None,
                None,
                "污水处理厂运行负荷率",
                mk("≥3.5万吨/日", "T105", "error"),
                None,
                "设计规模4万吨/日",
            ],
            [None, "时效指标", "运营服务费按季支付及时率", "≥95%", None, None],
            [
                "成本指标",
                "经济成本指标",
                "吨水处理成本",
                mk("≥0.95元/吨", "T108", "warning", row=True),
                "运营服务单价",
                "2025年结算单价0.93元/吨",
            ],
            ["效益指标", "生态效益指标", "化学需氧量（COD）削减量", "≥2,850.6吨", None, None],
            [None, None, "氨氮削减量", "≥312.8吨", None, None],
            [None, "社会效益指标", "城区污水集中处理率", "≥95%", None, "2026年为93.6%"],
            [None, "可持续影响指标", "在线监测设备正常运行率", "≥95%", None, None],
            ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", None, None],
        ],
        merged=(1, 2),
    )
    s.row("填报人：", None, "联系电话：", None, "填报日期：2026年11月", None)
    return b


@variant(
    "jp12-notes-years",
    (4,),
    "project, OLD-NAT, a unit column and a 备注 column full of "
    "numbers and years (2024年基数为850人, 2026年为1,032人)",
)
def jp12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="岚山县2027年居家养老服务补贴项目",
        dept="岚山县民政局",
        unit="岚山县养老服务指导中心",
        money=one_year(300, 300, 0),
        goals=["为1,120名经济困难高龄、失能老年人提供居家养老上门服务补贴。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "享受补贴老年人人数",
                "≥1,120",
                "人",
                "2024年基数为850人，2026年为1,032人",
            ],
            [None, None, "上门服务人次", "≥40,320", "人次", "每人每月3次"],
            [None, None, "服务机构督查次数", "≥4", "次", "每季度1次"],
            [None, "质量指标", "服务质量抽查合格率", "≥95", "%", "2025年抽查合格率92.4%"],
            [None, None, "补贴对象认定准确率", "100", "%", None],
            [None, "时效指标", "补贴资金按月拨付及时率", "100", "%", "每月10日前拨付"],
            [None, "成本指标", "人均补贴标准", "≤200", "元/人·月", "2023年出台的标准，沿用至今"],
            [
                "效益指标",
                "社会效益指标",
                "困难老年人居家养老服务覆盖率",
                "≥90",
                "%",
                "2026年为78.5%",
            ],
            [None, "可持续影响指标", "服务机构星级评定覆盖率", "≥80", "%", None],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90", "%", "2025年测评为91.3%"],
        ],
        merged=(1, 2),
    )
    s.row("填报人：蒋小芸", None, "联系电话：0745-2269031", None, "审核人：", None)
    return b


@variant(
    "jp13-notes-period-copied",
    (4, 8),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns and a 备注 column with years: two cumulative counts copied into 年度",
)
def jp13() -> Book:
    b = Book()
    s = b.sheet("绩效目标", W6)
    project_head(
        s,
        year=2027,
        years=3,
        name="岚山县乡村医疗卫生能力提升三年行动（2027—2029年）",
        dept="岚山县卫生健康局",
        unit="岚山县基层卫生指导中心",
        money=multi_year((1530, 1230, 300), (510, 410, 100)),
        goals=[
            "三年建设标准化村卫生室45个，配备远程会诊终端120台，培训乡村医生1,800人次。",
            "2027年建设标准化村卫生室15个，配备远程会诊终端40台，培训乡村医生600人次。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    b.file_mark("B107", "warning", required=False, note="the copied 45 × 20万 exceeds 年度资金")
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "乡村医生培训人次",
                "≥1,800人次",
                "≥600人次",
                "2024年基数为850人",
            ],
            [
                None,
                None,
                "标准化村卫生室建设数量",
                "≥45个",
                mk("≥45个", "D202", "warning", alt=("D104",)),
                "2026年已建成32个",
            ],
            [
                None,
                None,
                "远程会诊终端配备数量",
                "≥120台",
                mk("≥120台", "D202", "warning", alt=("D104",)),
                None,
            ],
            [None, "质量指标", "培训考核合格率", "≥95%", "≥95%", None],
            [None, None, "村卫生室建设验收合格率", pct(1), pct(1), None],
            [
                None,
                "时效指标",
                "年度建设任务完成时间",
                "2029年11月30日前",
                "2027年11月30日前",
                None,
            ],
            [
                "成本指标",
                "经济成本指标",
                "单个村卫生室建设补助",
                "≤20万元/个",
                "≤20万元/个",
                "2025年标准为18万元",
            ],
            ["效益指标", "社会效益指标", "村卫生室标准化建设率", "≥90%", "≥80%", "2026年为63.5%"],
            [None, None, "远程会诊年服务人次", "≥9,000人次", "≥2,000人次", None],
            [None, "可持续影响指标", "乡村医生队伍稳定率", "≥95%", "≥95%", None],
            ["满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%", "≥90%", None],
        ],
        merged=(1, 2),
    )
    s.row("填报人：", None, "联系电话：", None, "填报日期：2026年11月22日", None)
    return b
