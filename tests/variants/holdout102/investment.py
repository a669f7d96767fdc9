"""中央预算内投资 plan tables and 专项债券 project tables (everything invented)."""

from __future__ import annotations

from tests.variants.holdout102.common import BEN, OUT, SAT, filled, tiers
from tests.variants.holdout102.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


def _invest_head(s, *, year, name, unit, total, central, local, years=2, title=None):
    s.title(title or f"{year}年中央预算内投资计划绩效目标表", 6)
    s.row("项目名称", name, None, "项目单位", unit, None, merge=[(2, 3), (5, 6)])
    s.row(
        "主管部门", "栖梧市发展和改革委员会", None, "建设性质", "新建", None, merge=[(2, 3), (5, 6)]
    )
    s.row(
        "建设期",
        f"{years}年",
        "开工时间",
        day(year, 3, 1),
        "竣工时间",
        day(year + years - 1, 11, 30),
    )
    s.row("总投资（万元）", total, "其中：中央预算内投资", central, "地方配套资金", local)


@variant(
    "lh01-central-investment-plan",
    (5, 12),
    "中央预算内投资 plan table, OLD-NAT, "
    "总投资 = 中央 + 地方, merged tiers, operator column, percent cells",
)
def lh01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    _invest_head(
        s,
        year=2026,
        name="栖梧市云岭乡村污水收集管网工程",
        unit="栖梧市云岭镇人民政府",
        total=money(1850, WAN),
        central=money(1200, WAN),
        local=money(650, WAN),
    )
    s.row(
        "年度绩效目标",
        "2026年完成云岭镇6个行政村污水主管网铺设，新建一体化处理设施4座，"
        "年内完成总工程量的60%，管网覆盖农户2100户。",
        merge=[(2, 6)],
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            (OUT, "数量指标", "新建污水主管网长度", "≥", 18.5, "公里"),
            (None, None, "新建一体化处理设施", "=", 4, "座"),
            (None, None, "覆盖农户数", "≥", 2100, "户"),
            (None, "质量指标", "分部工程验收合格率", "=", pct(1), "%"),
            (None, None, "出水水质达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "年度工程量完成比例", "≥", pct(0.6), "%"),
            (None, None, "设施主体完工时间", "≤", "11月30日前", None),
            (None, "成本指标", "管网综合造价", "≤", 62, "万元/公里"),
            (None, None, "单座处理设施造价", "≤", 85, "万元/座"),
            (BEN, "生态效益指标", "农村生活污水治理率提高", "≥", 12, "百分点"),
            (None, None, "化学需氧量年削减量", "≥", 95, "吨"),
            (None, "社会效益指标", "受益人口", "≥", 6800, "人"),
            (None, "可持续影响指标", "设施运行维护机制", "=", "建立并执行", None),
            (SAT, "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("填报人：何思远", None, "联系电话：0731-5586021", None, "审核人：罗启明")
    return b


@variant(
    "lh02-central-investment-sum",
    (5, 11, 12),
    "中央预算内投资 plan table, OLD-NAT, inline values: 中央 + 地方 ≠ 总投资, ≥ on a 反向 rate",
)
def lh02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    _invest_head(
        s,
        year=2026,
        name="鹭川县第二人民医院门诊综合楼建设项目",
        unit="鹭川县第二人民医院",
        total=mk(money(4200, WAN), "B101", "error", note="2800 + 1300 = 4100 ≠ 4200"),
        central=money(2800, WAN),
        local=money(1300, WAN),
    )
    s.row(
        "年度绩效目标",
        "完成门诊综合楼主体结构封顶及60%内部装修，新增门诊诊室48间，为次年投入使用创造条件。",
        merge=[(2, 6)],
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
        [
            (OUT, "数量指标", "新建建筑面积", "≥16800平方米", None),
            (None, None, "新增门诊诊室", "≥48间", None),
            (None, None, "新增医技用房", "≥22间", None),
            (None, "质量指标", "主体结构验收合格率", "=100%", None),
            (
                None,
                None,
                "施工安全事故发生率",
                mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥"),
                None,
            ),
            (None, "时效指标", "主体结构封顶时间", "10月31日前", None),
            (None, None, "年度内部装修完成比例", "≥60%", None),
            (None, "成本指标", "单位面积建安造价", "≤2300元/平方米", None),
            (BEN, "社会效益指标", "年门诊服务能力提升", "≥12万人次", "投入使用后"),
            (None, None, "就医等候时间缩短", "≥20%", None),
            (None, "可持续影响指标", "建筑设计使用年限", "≥50年", None),
            (SAT, "服务对象满意度指标", "周边群众满意度", "≥90%", None),
        ],
    )
    s.row("项目单位（盖章）", None, "负责人：韦晓岚", None, "填报日期：", day(2026, 1, 12))
    return b


def _bond_head(s, *, year, name, unit, total, bond, own, code):
    s.title(f"{year}年地方政府专项债券项目绩效目标表", 6)
    s.row("项目名称", name, None, "项目编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("项目单位", unit, None, "主管部门", "临汀市财政局", None, merge=[(2, 3), (5, 6)])
    s.row("项目期", "1年", "计划开始日期", day(year, 1, 1), "计划完成日期", day(year, 12, 31))
    s.row("项目资金（万元）", "年度资金总额", total, "其中：专项债券资金", bond, None)
    s.row(None, None, None, "项目单位自筹资金", own, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant(
    "lh03-bond-project",
    (5, 12),
    "专项债券 project table, NAT-2021, 比较符 · 计量单位 columns, two-line money block",
)
def lh03() -> Book:
    b = Book()
    s = b.sheet("专项债券项目")
    _bond_head(
        s,
        year=2026,
        name="临汀市北港冷链物流园（一期）",
        unit="临汀市港城投资发展有限公司",
        total=money(9600, WAN),
        bond=money(8000, WAN),
        own=money(1600, WAN),
        code="LT-ZXZ-0417",
    )
    s.row(
        "年度绩效目标",
        "建成冷库库容3.2万吨及配套分拣中心，年内投入试运营，实现冷链仓储收入覆盖当年债券利息。",
        merge=[(2, 6)],
    )
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "项目年度总投资", "≤", 9600, "万元"),
            (None, None, "单位库容建设成本", "≤", 2800, "元/吨"),
            (OUT, "数量指标", "新建冷库库容", "≥", 3.2, "万吨"),
            (None, None, "新建分拣中心面积", "≥", 12000, "平方米"),
            (None, "质量指标", "竣工验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "债券资金支出进度", "≥", pct(0.9), "%"),
            (None, None, "试运营时间", "≤", "12月31日前", None),
            (BEN, "经济效益指标", "年度冷链仓储收入", "≥", 1450, "万元"),
            (None, None, "项目收益对当年利息覆盖倍数", "≥", 1.2, "倍"),
            (None, "社会效益指标", "新增就业岗位", "≥", 180, "个"),
            (None, "生态效益指标", "冷库单位能耗下降", "≥", pct(0.08), "%"),
            (None, "可持续影响指标", "专项债券本息偿还", "=", "按期足额", None),
            (SAT, "服务对象满意度指标", "入园企业满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("单位负责人：钟一鸣", None, "财务负责人：黎芳", None, "填表人：沈青")
    return b


@variant(
    "lh04-bond-year",
    (5, 12),
    "专项债券 project table, NAT-2021, filled-down tiers: "
    "plan dates a year off the title, a rate over 100 %",
)
def lh04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(
        mk(
            "2026年地方政府专项债券项目绩效目标表",
            "Y101",
            "error",
            required=False,
            alt=("Y102",),
            note="the same conflict reported at the title",
        ),
        6,
    )
    s.row(
        "项目名称",
        "白沙渡老旧小区改造（三期）",
        None,
        "项目编码",
        "BSD-ZXZ-0088",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "项目单位",
        "白沙渡区住房和城乡建设局",
        None,
        "主管部门",
        "白沙渡区人民政府",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        mk(
            day(2027, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="plan dates in 2027 in a 2026 table (either date)",
        ),
        "计划完成日期",
        day(2027, 12, 31),
    )
    s.row(
        "项目资金（万元）",
        "年度资金总额",
        money(5400, WAN),
        "其中：专项债券资金",
        money(4500, WAN),
        None,
    )
    s.row(None, None, None, "区级财政配套", money(900, WAN), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "完成12个老旧小区、86栋住宅的综合改造，惠及居民3400户。", merge=[(2, 6)])
    rows = filled(
        [
            ("成本指标", "经济成本指标", "户均改造成本", "≤1.5万元/户"),
            (OUT, "数量指标", "改造小区数量", "=12个"),
            (None, None, "改造住宅楼栋", "≥86栋"),
            (None, None, "加装电梯", "≥20部"),
            (
                None,
                "质量指标",
                "工程验收合格率",
                mk("≥110%", "T106", "error", note="a 合格率 over 100 %"),
            ),
            (None, "时效指标", "改造任务按期完成率", "≥95%"),
            (BEN, "社会效益指标", "惠及居民户数", "≥3400户"),
            (None, None, "小区消防隐患整改", "整改到位"),
            (None, "可持续影响指标", "长效物业管理覆盖率", "≥80%"),
            (SAT, "服务对象满意度指标", "改造小区居民满意度", "≥90%"),
        ]
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(rows)
    s.row("填报单位（盖章）：白沙渡区住房和城乡建设局", None, None, "填报日期：", day(2026, 1, 8))
    return b


@variant(
    "lh05-investment-two-line-header",
    (5, 8),
    "中央预算内投资 plan table, two-year, "
    "two-line header over 中期/年度 columns, OLD-NAT, percent cells",
)
def lh05() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    _invest_head(
        s,
        year=2026,
        name="澄溪县高标准农田建设项目",
        unit="澄溪县农业农村局",
        total=money(3600, WAN),
        central=money(2400, WAN),
        local=money(1200, WAN),
    )
    s.row(
        "总体目标",
        "中期目标（2026年—2027年）",
        None,
        "年度目标（2026年）",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.row(
        None,
        "两年建成高标准农田2.4万亩，配套灌溉渠系和田间道路，亩均粮食产能提高。",
        None,
        "建成高标准农田1.3万亩，完成首批渠系和机耕路建设。",
        None,
        None,
        merge=[(2, 3), (4, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            (OUT, "数量指标", "建成高标准农田面积", "≥2.4", "≥1.3", "万亩"),
            (None, None, "新建灌溉渠系", "≥46", "≥25", "公里"),
            (None, None, "新修机耕路", "≥38", "≥20", "公里"),
            (None, "质量指标", "工程验收合格率", pct(1), pct(1), "%"),
            (None, "时效指标", "年度建设任务完成率", pct(1), pct(1), "%"),
            (None, "成本指标", "亩均建设投入", "≤1500", "≤1500", "元/亩"),
            (BEN, "经济效益指标", "亩均粮食产能提高", "≥50", "≥50", "公斤"),
            (None, "社会效益指标", "受益农户", "≥5200", "≥2900", "户"),
            (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.6", "≥0.58", None),
            (None, "可持续影响指标", "工程设计使用年限", "≥15", "≥15", "年"),
            (SAT, "服务对象满意度指标", "受益农户满意度", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("注：指标值中百分比指标为下限值。", merge=[(1, 6)])
    return b


@variant(
    "lh06-bond-weights",
    (5, 10),
    "专项债券 project table, OLD-NAT, 权重 column adding to 100, units inside the values",
)
def lh06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    _bond_head(
        s,
        year=2026,
        name="霁川市东坪片区供水管网改造",
        unit="霁川市水务集团有限公司",
        total=money(3200, WAN),
        bond=money(3000, WAN),
        own=money(200, WAN),
        code="JC-ZXZ-0203",
    )
    s.row("年度绩效目标", "改造东坪片区老旧供水管网41公里，管网漏损率降至9%以内。", merge=[(2, 6)])
    tiers(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "备注"),
        [
            (OUT, "数量指标", "改造供水管网长度", "≥41公里", 10, None),
            (None, None, "更换智能水表", "≥6200只", 10, None),
            (None, "质量指标", "管道试压一次合格率", "≥98%", 10, None),
            (None, "时效指标", "年度改造任务完成时间", "12月31日前", 10, None),
            (None, "成本指标", "管网改造综合单价", "≤72万元/公里", 10, None),
            (BEN, "经济效益指标", "年减少漏损水量", "≥85万立方米", 10, None),
            (None, "社会效益指标", "管网漏损率", "≤9%", 10, None),
            (None, None, "供水水压合格率", "≥96%", 10, None),
            (None, "可持续影响指标", "管网运维巡检制度", "建立并执行", 10, None),
            (SAT, "服务对象满意度指标", "片区用水户满意度", "≥90%", 10, None),
            ("合计", None, None, None, 100, None),
        ],
    )
    s.row("填报人：", "邱宁", "审核人：", "傅建华", "填报日期：", day(2026, 1, 15))
    return b
