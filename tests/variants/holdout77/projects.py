"""One-year project returns of 省直 departments on the province's standard 项目支出 form."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout77.forms import GE, indicators, one_year, signatures, w
from tests.variants.holdout77.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "ki01-education-teacher-training",
    (1, 7),
    "project, NAT-2021, one value column, rates with ≥ in the number format; correct",
)
def ki01() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    project_head(
        s,
        year=2027,
        name="县域普通高中骨干教师能力提升培训",
        dept="岚川省教育厅（301001）",
        unit="岚川省教师发展中心",
        money=one_year(w(420), w(420), w(0)),
        goals=[
            "组织县域普通高中骨干教师集中培训和送教下乡，完成1500名骨干教师轮训，"
            "建立县域教研共同体，提升县域高中课堂教学质量。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("成本指标", "经济成本指标", "人均培训成本", "≤2400元/人"),
            ("产出指标", "数量指标", "培训县域高中骨干教师人数", "≥1500人"),
            (None, None, "送教下乡活动场次", "≥40场"),
            (None, None, "开发培训课程资源", "≥60门"),
            (None, "质量指标", "培训考核合格率", pct(0.95, GE)),
            (None, None, "课程资源审核通过率", pct(0.9, GE)),
            (None, "时效指标", "集中培训完成时间", "11月底前"),
            ("效益指标", "社会效益指标", "参训教师课堂教学能力", "有效提升"),
            (None, None, "县域高中教研活动覆盖率", pct(0.85, GE)),
            (None, "可持续影响指标", "县域教研共同体运行机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", pct(0.9, GE)),
            (None, None, "参训学校满意度", pct(0.9, GE)),
        ],
    )
    signatures(s, "岚川省教师发展中心", "罗文清", "0871-6603112")
    return b


@variant(
    "ki02-science-innovation-voucher",
    (1, 12),
    "project, NAT-2021, 比较符 and 计量单位 columns; money not adding up, a rate as a count",
)
def ki02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="科技型中小企业创新券补助",
        dept="岚川省科学技术厅（302001）",
        unit="岚川省科技成果转化服务中心",
        attr="常年项目",
        money=one_year(
            mk(w(680), "B101", "error", row=True, note="600 + 60 = 660, not 680"),
            w(600),
            w(60),
        ),
        goals=[
            "向科技型中小企业发放创新券，支持企业购买检验检测、研发设计等科技服务，"
            "全年兑付创新券不少于350家企业，带动企业研发投入增长。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "单家企业创新券补助上限", "≤", 1.5, "万元/家"),
            ("产出指标", "数量指标", "兑付创新券企业数量", "≥", 350, "家"),
            (None, None, "入库科技服务机构数量", "≥", 120, "家"),
            (
                None,
                "质量指标",
                "创新券兑付完成率",
                "≥",
                mk(350, "T105", "error", note="a 完成率 given as a count of firms"),
                "家",
            ),
            (None, None, "兑付资料审核合规率", "=", pct(1), "%"),
            (None, "时效指标", "创新券兑付办理时限", "≤", 15, "个工作日"),
            ("效益指标", "经济效益指标", "带动企业研发投入", "≥", 9000, "万元"),
            (None, "社会效益指标", "科技服务市场活跃度", None, "明显提升", None),
            (None, "可持续影响指标", "创新券线上服务平台运行", None, "持续运行", None),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥", pct(0.9), "%"),
        ],
    )
    signatures(s, "岚川省科技成果转化服务中心", "杜成", "0871-6851207")
    return b


@variant(
    "ki03-agriculture-farmland",
    (5,),
    "project, OLD-NAT (成本 under 产出), tiers filled down in every row, units in the values; "
    "correct",
)
def ki03() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2027,
        name="高标准农田建设省级补助",
        dept="岚川省农业农村厅（303001）",
        unit="岚川省农田建设管理站",
        money=one_year(w(8600), w(8600), w(0)),
        goals=[
            "在18个县（市、区）新建高标准农田4.3万亩，完善田间灌排、道路等配套设施，"
            "提高耕地质量和粮食综合生产能力。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥4.3万亩"),
            ("产出指标", "数量指标", "新建和改造灌排渠道长度", "≥260公里"),
            ("产出指标", "数量指标", "新建田间道路长度", "≥180公里"),
            ("产出指标", "质量指标", "项目竣工验收合格率", pct(1)),
            ("产出指标", "质量指标", "上图入库项目比例", pct(1)),
            ("产出指标", "时效指标", "项目开工时间", "3月底前"),
            ("产出指标", "成本指标", "亩均省级补助标准", "≤2000元/亩"),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50公斤"),
            ("效益指标", "社会效益指标", "项目区受益农户数", "≥3.2万户"),
            ("效益指标", "生态效益指标", "项目区节水灌溉面积比例", pct(0.6, GE)),
            ("效益指标", "可持续影响指标", "工程设施管护责任落实率", pct(0.95, GE)),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", pct(0.9, GE)),
        ],
        merged=(),
    )
    signatures(s, "岚川省农田建设管理站", "孟庆松", "0871-6412583")
    return b


@variant(
    "ki04-water-river-repair",
    (12,),
    "project, NAT-2021, 计量单位 column; plan dates left from last year's form",
)
def ki04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    note = "title and 年度目标 say 2027, the plan dates are 2026"
    project_head(
        s,
        year=2027,
        name="中小河流水毁工程修复",
        dept="岚川省水利厅（304001）",
        unit="岚川省河湖保护中心",
        attr="一次性项目",
        start=mk(day(2026, 1, 1), "Y101", "error", row=True, alt=("Y102",), note=note),
        end=day(2026, 12, 31),
        money=one_year(w(3150), w(2800), w(350)),
        goals=["2027年完成14条中小河流水毁堤防、护岸修复，恢复防洪能力，汛前完成主体工程。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "堤防修复单位造价", "≤580", "万元/公里"),
            ("产出指标", "数量指标", "修复河流条数", "≥14", "条"),
            (None, None, "修复堤防护岸长度", "≥5.2", "公里"),
            (None, "质量指标", "单位工程验收合格率", "=100", "%"),
            (None, "时效指标", "主体工程完工时间", "5月31日前", None),
            ("效益指标", "社会效益指标", "保护沿河人口", "≥6.8", "万人"),
            (None, None, "保护耕地面积", "≥4.1", "万亩"),
            (None, "生态效益指标", "修复河段水土流失", "减少", None),
            (None, "可持续影响指标", "工程管护责任落实率", "≥95", "%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90", "%"),
        ],
    )
    signatures(s, "岚川省河湖保护中心", "严海", "0871-6120467")
    return b


@variant(
    "ki05-health-primary-care",
    (11,),
    "project, NAT-2021, 指标方向 column (正向/反向) and values with operators; a 反向 rate "
    "with ≥, a rate over 100 %",
)
def ki05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="基层医疗卫生机构服务能力提升",
        dept="岚川省卫生健康委员会（305001）",
        unit="岚川省基层卫生指导中心",
        money=one_year(w(5400), w(5000), w(400)),
        goals=[
            "为120个乡镇卫生院配置DR、彩超等基本设备，开展基层医务人员进修培训，提升基层首诊能力。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "指标值"),
        [
            ("成本指标", "经济成本指标", "单个卫生院设备配置补助", "反向", "≤40万元"),
            ("产出指标", "数量指标", "配置设备的乡镇卫生院数", "正向", "≥120个"),
            (None, None, "基层医务人员进修培训人数", "正向", "≥1200人"),
            (
                None,
                "质量指标",
                "设备配置到位率",
                "正向",
                mk(pct(1.05, GE), "T106", "error", note="a 到位率 cannot exceed 100%"),
            ),
            (None, None, "进修培训考核合格率", "正向", pct(0.95, GE)),
            (
                None,
                "时效指标",
                "设备采购完成时间",
                "正向",
                ok("9月底前", note="a deadline marked 正向 with 前 (≤): debatable, rule 7"),
            ),
            ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "正向", pct(0.05, GE)),
            (
                None,
                None,
                "基层医疗机构院内感染发生率",
                "反向",
                mk(pct(0.01, GE), "T108", "warning", row=True, note="反向 with ≥"),
            ),
            (None, "可持续影响指标", "设备维护保养制度", "正向", "健全"),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "正向", pct(0.9, GE)),
            (None, None, "进修人员满意度", "正向", pct(0.9, GE)),
        ],
    )
    signatures(s, "岚川省基层卫生指导中心", "韦晓丽", "0871-6389045")
    return b


@variant(
    "ki06-hrss-skills", (7,), "project, NAT-2021, a 指标值说明 column beside the value; correct"
)
def ki06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 28, 14, 40))
    project_head(
        s,
        year=2027,
        name="职业技能提升行动省级补贴",
        dept="岚川省人力资源和社会保障厅（306001）",
        unit="岚川省职业技能鉴定指导中心",
        attr="常年项目",
        money=one_year(w(3600), w(3600), w(0)),
        goals=[
            "开展企业职工岗位技能提升和重点群体就业技能培训3万人次，"
            "培训后取得职业资格或技能等级证书的比例达到70%以上。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"),
        [
            (
                "成本指标",
                "经济成本指标",
                "人均培训补贴标准",
                "≤1200元/人",
                "按初、中、高级工分档补贴，平均不超过1200元",
            ),
            (
                "产出指标",
                "数量指标",
                "补贴性职业技能培训人次",
                "≥30000人次",
                "以培训实名制系统统计为准",
            ),
            (None, None, "新增取得技能等级证书人数", "≥21000人", None),
            (None, "质量指标", "培训后取证率", pct(0.7, GE), "取证人数÷培训人数"),
            (None, None, "培训机构资质审核合规率", "=100%", "抽查培训机构备案材料"),
            (None, "时效指标", "补贴资金拨付时限", "≤30个工作日", "自审核通过之日起计算"),
            (
                "效益指标",
                "社会效益指标",
                "重点群体培训后就业率",
                pct(0.6, GE),
                "跟踪培训结业后6个月",
            ),
            (None, None, "高技能人才占技能人才比例", pct(0.3, GE), "年末统计"),
            (None, "可持续影响指标", "培训补贴线上申领机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9, GE), "抽样问卷调查"),
            (None, None, "参训企业满意度", pct(0.85, GE), "抽样问卷调查"),
        ],
    )
    signatures(s, "岚川省职业技能鉴定指导中心", "冯志刚", "0871-6735921")
    return b
