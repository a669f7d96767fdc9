"""Department returns, flat lists and budget-system exports: linseed oil, flax fibre, asparagus."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout669.common import YEAR, indicators, note, one_year, sign, start, wan
from tests.variants.holdout669.registry import variant
from tests.variants.kit import Book, day, mk, pct

EXPORT = (
    "单位编码",
    "项目编码",
    "项目名称",
    "年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "预期实现值",
    "计量单位",
)
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "hc13-linseed-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, 0 起 on incidents, a 合计 row (correct)",
)
def hc13() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="松岙县粮油作物站",
        budget=[(wan(180), wan(160), wan(20), wan(110), wan(70))],
        tasks=[
            ("胡麻籽油品质监测", "抽检县内胡麻籽油加工作坊产品", wan(30), "抽检120批次"),
            ("亚麻籽规范收储指导", "指导收储点规范晾晒、分级和仓储", wan(40), "规范收储3000吨"),
            ("金额合计", None, wan(70), None),
        ],
        goal="全年抽检胡麻籽油120批次，指导亚麻籽规范收储3000吨，胡麻籽油抽检合格率稳定在98%以上。",
    )
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table(
        [
            ("胡麻籽油抽检批次", 20, "批次", "≥", 120),
            ("亚麻籽规范收储量", 20, "吨", "≥", 3000),
            ("胡麻籽油抽检合格率", 15, "%", "≥", pct(0.98)),
            ("不合格产品处置及时率", 10, "%", "=", pct(1.0)),
            ("胡麻籽油食品安全事故", 10, "起", "≤", 0),
            ("单批次抽检费用", 10, "元/批次", "≤", 1500),
            ("加工作坊满意度", 15, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    sign(s, "庞一苇", "0937-5530187", day(YEAR - 1, 11, 20))
    return b


@variant(
    "hc14-asparagus-flat-defects",
    (3, 12),
    "department, flat list with key tasks: tasks "
    "not adding to 金额合计, a near-duplicate with another value, weights adding to 95",
)
def hc14() -> Book:
    b, s = start()
    total = mk(wan(90), "B102", "error", note="任务金额35+25+20=80，金额合计却写90")
    department_head(
        s,
        year=YEAR,
        dept="芹塘县芦笋产业服务中心",
        budget=[(wan(150), wan(130), wan(20), wan(60), wan(90))],
        tasks=[
            ("芦笋分级标准推广", "在基地推行芦笋鲜笋分级标准", wan(35), "覆盖基地5000亩"),
            ("笋农技术培训", "采收、分级和病害防控培训", wan(25), "培训800人次"),
            ("芦笋品牌展销", "组织产地展销和推介活动", wan(20), "展销4场"),
            ("金额合计", None, total, None),
        ],
        goal="推广芦笋分级标准覆盖基地5000亩，培训笋农800人次，举办展销活动4场。",
    )
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table(
        [
            ("分级标准覆盖基地面积", 20, "亩", "≥", 5000),
            ("笋农技术培训", 15, "人次", "≥", 800),
            ("展销活动场次", 10, "场", "≥", 4),
            ("分级鲜笋一级品率", 20, "%", "≥", pct(0.65)),
            (
                "笋农技术培训人次",
                10,
                "人次",
                "≥",
                mk(
                    600,
                    "D103",
                    "error",
                    row=True,
                    alt=("D101", "D102", "D104"),
                    note="与“笋农技术培训”是同一指标，多一个词，值却是600而不是800",
                ),
            ),
            ("展销活动签约金额", 10, "万元", "≥", 300),
            ("笋农满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    b.file_mark("W101", "error", note="权重20+15+10+20+10+10+10=95，不是100")
    return b


def budget_sheet(b: Book, name: str, code: str) -> None:
    """Sheet 05-1 of the export: the project's money, codes in the first columns."""
    s = b.sheet("部门项目支出预算05-1", (12, 16, 22, 28, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    s.row("402017", "雁汀县经济作物站", code, name, "一次性项目", wan(64), wan(54), wan(10))


@variant(
    "hc15-flax-export",
    (7, 4),
    "budget-system export: money on sheet 05-1, the indicator "
    "table on sheet 05-2 under its title rows, codes in the first columns, word operators "
    "in 指标性质, header 预期实现值 (correct)",
)
def hc15() -> Book:
    b = Book()
    name, code = "亚麻打成麻初加工设备补助项目", "52112326000000018703"
    budget_sheet(b, name, code)
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 24, 30, 12, 14, 22, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 10)
    t.row("单位：雁汀县经济作物站")
    goal = "为3家亚麻初加工企业补助打麻设备12台，新增打成麻加工能力1500吨。"
    rows = [
        ("402017", code, name, goal, "产出指标", "数量指标", "补助打麻设备", "大于等于", 12, "台"),
        (None, None, None, None, None, None, "受补助初加工企业", "等于", 3, "家"),
        (None, None, None, None, None, "质量指标", "设备验收合格率", "等于", pct(1.0), "%"),
        (
            None,
            None,
            None,
            None,
            None,
            "时效指标",
            "设备安装完成时间",
            "小于等于",
            day(YEAR, 8, 31),
            None,
        ),
        (None, None, None, None, None, "成本指标", "单台打麻设备补助", "小于等于", 4.5, "万元/台"),
        (
            None,
            None,
            None,
            None,
            "效益指标",
            "经济效益指标",
            "新增打成麻加工能力",
            "大于等于",
            1500,
            "吨",
        ),
        (None, None, None, None, None, "社会效益指标", "带动亚麻种植户", "大于等于", 300, "户"),
        (
            None,
            None,
            None,
            None,
            "满意度指标",
            "服务对象满意度指标",
            "受补助企业满意度",
            "大于等于",
            90,
            "%",
        ),
    ]
    indicators(t, EXPORT, rows, merged=(1, 2, 3, 4, 5, 6))
    return b


@variant(
    "hc16-linseed-artefacts",
    (9, 13),
    "project, OLD-NAT, unit column: the start date "
    "stored as a text serial, a value whose indicator name is empty",
)
def hc16() -> Book:
    b, s = start()
    serial = mk("46023", "X104", "warning", note="计划开始日期是文本里的日期序列号（2026-01-01）")
    project_head(
        s,
        year=YEAR,
        name="胡麻籽油小作坊提质改造项目",
        dept="松岙县农业农村局 204",
        unit="松岙县农产品加工服务站",
        money=one_year(32, 32, 0),
        start=serial,
        goals=["改造胡麻籽油小作坊16家，配备压榨及过滤设备32台套，作坊产品抽检合格率达到95%以上。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造小作坊", "≥16", "家"),
        (
            None,
            None,
            mk(None, "F110", "error", note="有指标值≥32台套，三级指标名称却空着"),
            "≥32",
            "台套",
        ),
        (None, "质量指标", "作坊产品抽检合格率", "≥95", "%"),
        (None, "时效指标", "改造完成时间", f"{YEAR}年10月31日前", None),
        (None, "成本指标", "每家作坊改造补助", "≤2", "万元"),
        ("效益指标", "经济效益指标", "改造作坊胡麻籽油销售额增长", "≥10", "%"),
        (None, "社会效益指标", "带动胡麻种植户", "≥200", "户"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90", "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), rows)
    return b


@variant(
    "hc17-asparagus-dept-goal",
    (6,),
    "department, NAT-2021, key tasks: a training count "
    "below the goal's, a template example row left in, a satisfaction rate under 社会效益",
)
def hc17() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="溱川县蔬菜技术指导站",
        budget=[(wan(120), wan(100), wan(20), wan(70), wan(50))],
        tasks=[
            ("芦笋标准化基地建设", "新建芦笋标准化基地", wan(30), "新建基地2个"),
            ("笋农技术培训", "田间学校和现场观摩", wan(12), "培训600人次"),
            ("芦笋病害监测", "布设茎枯病监测点", wan(8), "监测点10个"),
            ("金额合计", None, wan(50), None),
        ],
        goal="年度新建芦笋标准化基地2个，培训笋农600人次，建立茎枯病监测点10个，"
        "服务对象满意度达到90%以上。",
    )
    rows = [
        ("产出指标", "数量指标", "新建芦笋标准化基地", "2个"),
        (
            None,
            None,
            "笋农技术培训",
            mk("≥400人次", "D104", "warning", note="年度总体目标和任务表都写培训600人次"),
        ),
        (None, None, "茎枯病监测点", "≥10个"),
        (
            None,
            None,
            "（示例）开展宣传活动",
            mk("≥**场", "X101", "error", row=True, note="模板示例行未删除，占位符未填"),
        ),
        (None, "质量指标", "基地芦笋一级品率", "≥65%"),
        (None, "时效指标", "监测数据按周上报及时率", "≥95%"),
        ("成本指标", "经济成本指标", "标准化基地建设补助标准", "≤15万元/个"),
        ("效益指标", "经济效益指标", "基地亩均增收", "≥500元"),
        (
            None,
            "社会效益指标",
            mk(
                "基地笋农满意度",
                "F201",
                "warning",
                row=True,
                note="满意度是服务对象满意度指标，填在社会效益指标下",
            ),
            "≥90%",
        ),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant(
    "hc18-flax-dept-marks",
    (5, 11),
    "department, NAT-2021, tier-1 labels with ★, tier-2s "
    "abbreviated, 指标性质 as direction (正向/反向), a 下降率 with ≥, a goal's total with its "
    "parts in brackets (correct)",
)
def hc18() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="桦溪县经济作物技术推广站",
        budget=[(wan(210), wan(190), wan(20), wan(95), wan(115))],
        tasks=[
            ("亚麻良种推广", "纤维亚麻良种调运和补助", wan(60), "推广5000亩"),
            ("亚麻籽油加工指导", "指导加工企业改进压榨工艺", wan(35), "指导8家"),
            ("沤麻废水治理指导", "推行沤麻废水回用", wan(20), "排放量下降10%"),
            ("金额合计", None, wan(115), None),
        ],
        goal="推广纤维亚麻良种5000亩（其中北岗镇3000亩、柳泊镇2000亩），指导亚麻籽油"
        "加工企业8家，沤麻废水排放量下降10%以上。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("★产出指标", "数量", "亚麻良种推广面积", "正向", "≥5000", "亩"),
        (None, None, "指导亚麻籽油加工企业", "正向", "≥8", "家"),
        (None, "质量", "收储亚麻籽霉变率", "反向", "≤2", "%"),
        (None, "时效", "良种调运到户时限", "反向", "≤15", "个工作日"),
        ("★成本指标", "经济成本", "良种推广补助标准", "反向", "≤100", "元/亩"),
        ("★效益指标", "生态效益", "沤麻废水排放量下降率", "正向", "≥10", "%"),
        (None, "社会效益", "亚麻种植技术培训", "正向", "≥500", "人次"),
        (None, "可持续影响", "良种推广区连续种植年限", "正向", "≥3", "年"),
        ("★满意度指标", "服务对象满意度", "种植户满意度", "正向", "≥90", "%"),
    ]
    indicators(s, head, rows)
    note(s, "注：北岗镇3000亩、柳泊镇2000亩，合计5000亩；良种补助5000亩×100元=50万元。")
    return b
