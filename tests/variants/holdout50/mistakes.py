"""Returns with planted mistakes (1): money that does not add up, a rate over 100 %, rates as
counts, an end date in the wrong year, a conflicting duplicate, an operator against the
direction, a unit conflict, a 中期 value copied into 年度, an annual count above the period's."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout50.common import footer
from tests.variants.holdout50.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "jh10-supply-coop-money",
    (1, 12),
    "project, OLD-NAT, 区供销社 农资储备: 比较符 in words (大于等于/小于等于), "
    "bare numbers, unit column; 总额 ≠ 财政拨款 + 其他资金, a 完成率 of 110 %, a "
    "覆盖率 given in 个",
)
def jh10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 12, 12, 12))
    project_head(
        s, year=2027, name="农资储备及为农服务中心运营补助", dept="白沙河区供销合作社联合社 226",
        unit="白沙河区供销合作社联合社", attr="延续项目",
        money=[("年度资金总额",
                mk(money(85, WAN), "B101", "error", row=True,
                   note="60 + 20 = 80, not 85"),
                "其中：财政拨款", money(60, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["储备春耕化肥3000吨以上，保障12个为农服务中心正常运营，开展测土配方施肥服务2万亩，"
               "服务农户满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "春耕化肥储备量", "大于等于", 3000, "吨"),
            (None, None, "为农服务中心运营数量", "大于等于", 12, "个"),
            (None, None, "测土配方施肥服务面积", "大于等于", 2, "万亩"),
            (None, "质量指标", "储备化肥质量抽检合格率", "大于等于", pct(0.98), "%"),
            (
                None,
                None,
                "化肥储备任务完成率",
                "大于等于",
                mk(pct(1.1), "T106", "error", row=True, note="a 完成率 is capped at 100 %"),
                "%",
            ),
            (None, "时效指标", "储备化肥投放响应时间", "小于等于", 48, "小时"),
            (None, "成本指标", "化肥储备贴息补助标准", "小于等于", 80, "元/吨"),
            (None, None, "为农服务中心运营补助标准", "小于等于", 4, "万元/个"),
            ("效益指标", "经济效益指标", "服务农户亩均节本", "大于等于", 30, "元/亩"),
            (
                None,
                "社会效益指标",
                "为农服务中心乡镇覆盖率",
                "大于等于",
                mk(12, "T105", "error", row=True, note="a 覆盖率 given as 12 个"),
                "个",
            ),
            (None, "可持续影响指标", "农资保供稳价长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "白沙河区供销合作社联合社", "许国平", "钱芳", "0736-6658210", "2026年11月19日")
    return b


@variant(
    "jh11-ethnic-religion-year",
    (5,),
    "project, OLD-NAT, 县民宗局 创建及场所安全: end date in the year before the "
    "start, a conflicting duplicate under 产出 and 效益, a 覆盖率 of ≥100%",
)
def jh11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 34, 18, 16, 16))
    project_head(
        s, year=2027, name="民族团结进步创建及宗教活动场所安全整治",
        dept="临溪县民族宗教事务局 146", unit="临溪县民族宗教事务局", attr="延续项目",
        end=mk(day(2026, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
               note="completion date left at last year's 2026-12-31"),
        money=[("年度资金总额", money(42, WAN), "其中：财政拨款", money(42, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["2027年新创建民族团结进步示范单位5个以上，完成全县宗教活动场所消防安全检查，"
               "开展民族团结宣传月活动，群众满意度达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    dup = "民族团结进步创建示范单位数量"
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                mk(dup, "D102", "error", row=True, required=False, alt=("D101", "D103")),
                "≥5个",
            ),
            (None, None, "民族团结宣传月活动场次", "≥10场"),
            (None, None, "宗教活动场所消防安全检查处数", "≥38处"),
            (
                None,
                "质量指标",
                "宗教活动场所消防安全检查覆盖率",
                mk("≥100%", "T106", "error", row=True, note="a 覆盖率 cannot exceed 100 %"),
            ),
            (None, None, "安全隐患整改完成率", "≥95%"),
            (None, "时效指标", "安全隐患整改时限", "≤30日"),
            (None, "成本指标", "示范单位创建补助标准", "≤3万元/个"),
            (None, None, "场所消防器材配备补助标准", "≤5000元/处"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    dup,
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as in 数量指标, ≥8个 against ≥5个",
                ),
                "≥8个",
            ),
            (None, None, "各族群众民族团结知识知晓率", "≥85%"),
            (None, "可持续影响指标", "宗教活动场所安全管理长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "信教群众及社区群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "临溪县民族宗教事务局", "马文杰", "杨静", "0736-5836221", "2026年11月21日")
    return b


@variant(
    "jh12-weather-modification",
    (11,),
    "project, NAT-2021, 县气象局 人工影响天气: values with operators and a "
    "计量单位 column; a 发布时效 with ≥, a 完成率 in 次, 万元 in the value "
    "against 元/枚 in the unit column",
)
def jh12() -> Book:
    b = Book()
    s = b.sheet("人影项目", (14, 16, 32, 14, 12, 12))
    project_head(
        s, year=2027, name="人工影响天气作业及安全保障", dept="临溪县气象局 163",
        unit="临溪县人工影响天气办公室", attr="常年项目",
        money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(52, WAN)),
               ("其他资金", money(12, WAN), None, None)],
        goals=["全年开展人工增雨（雪）作业40次以上，采购人影火箭弹30枚，作业点安全检查4次以上，"
               "提升抗旱减灾和森林防火气象保障能力，农业生产经营主体满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "人影火箭弹采购单价",
                mk(
                    "≤1.2万元",
                    "T112",
                    "error",
                    row=True,
                    note="万元 in the value, 元/枚 in the column",
                ),
                "元/枚",
            ),
            ("产出指标", "数量指标", "人工增雨（雪）作业次数", "≥40", "次"),
            (None, None, "采购人影火箭弹数量", "≥30", "枚"),
            (None, None, "作业点安全检查次数", "≥4", "次"),
            (None, "质量指标", "作业点标准化建设达标率", "≥90", "%"),
            (
                None,
                None,
                "人影作业计划完成率",
                mk(40, "T105", "error", row=True, note="a 完成率 given as 40 次"),
                "次",
            ),
            (
                None,
                "时效指标",
                "人影作业预警信息发布时效",
                mk("≥15", "T108", "warning", row=True, note="a time limit is 反向: ≤15 分钟"),
                "分钟",
            ),
            ("效益指标", "社会效益指标", "抗旱减灾气象保障能力", "提升", None),
            (None, "生态效益指标", "森林防火期人工增雨作业覆盖率", "≥80", "%"),
            (None, "可持续影响指标", "人影作业安全管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "农业生产经营主体满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "jh13-quake-copied-annual",
    (8,),
    "two-year project 2027–2028, NAT-2021, 县地震局 避难场所及科普: 中期 and 年度 "
    "columns with a unit column; two cumulative counts copied into 年度, one "
    "annual count above the period's",
)
def jh13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 14, 14, 12))
    project_head(
        s, year=2027, years=2, name="地震应急避难场所及科普宣传能力建设",
        dept="临溪县地震局 302", unit="临溪县地震局", attr="新增项目",
        money=[("中期资金总额", money(240, WAN), "年度资金总额", money(130, WAN)),
               ("其中：财政拨款", money(240, WAN), "其中：财政拨款", money(130, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["2027—2028年建成地震应急避难场所6个，开展地震科普宣传活动40场，建设地震科普教育"
               "基地2个，公众防震减灾知识知晓率达到80%以上。",
               "2027年启动应急避难场所建设，开展地震科普宣传进社区、进学校活动，安装地震预警信息"
               "接收终端，提升公众防震减灾意识。"],
    )  # fmt: skip
    copied = "a cumulative count of a two-year project copied from 中期 into 年度"
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建地震应急避难场所数量",
                "≥6",
                mk("≥6", "D202", "warning", note=copied),
                "个",
            ),
            (
                None,
                None,
                "地震科普宣传活动场次",
                "≥40",
                mk("≥40", "D202", "warning", note=copied),
                "场",
            ),
            (
                None,
                None,
                "安装地震预警信息接收终端数量",
                "≥120",
                mk("≥150", "D201", "error", note="annual 150 above the period's 120"),
                "台",
            ),
            (None, None, "地震科普教育基地建设数量", "≥2", "≥1", "个"),
            (None, "质量指标", "避难场所建设验收合格率", pct(1), pct(1), "%"),
            (None, "时效指标", "地震预警信息发布时效", "≤10", "≤10", "秒"),
            ("成本指标", "经济成本指标", "单个避难场所设施改造成本", "≤18", "≤18", "万元/个"),
            ("效益指标", "社会效益指标", "公众防震减灾知识知晓率", "≥80", "≥80", "%"),
            (None, "可持续影响指标", "应急避难场所设计使用年限", "≥20", "≥20", "年"),
            ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "临溪县地震局", "潘宇", "何佳", "0736-5817702", "2026年11月14日")
    return b


@variant(
    "jh14-union-dept-money",
    (11, 12),
    "department, NAT-2021, 县总工会: 基本支出 + 项目支出 ≠ 资金总额, tasks not "
    "adding to 金额合计, a 正向 count with ≤",
)
def jh14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 34, 18, 18, 16))
    department_head(
        s, year=2027, dept="临溪县总工会",
        budget=[(mk(money(412.6), "B101", "error", row=True,
                    note="基本支出 312.6 + 项目支出 90 = 402.6"),
                 money(398.6), money(14), money(312.6), money(90))],
        tasks=[
            ("困难职工帮扶", "困难职工慰问、金秋助学", money(30), "慰问困难职工260户以上"),
            ("职工技能竞赛", "组织县级职工职业技能竞赛", money(25), "参赛职工500人以上"),
            ("职工文体活动", "职工运动会、“书香工会”读书活动", money(20), "开展文体活动20场以上"),
            ("工会阵地建设", "职工之家、户外劳动者驿站运行", money(18), "运行户外劳动者驿站24个"),
            ("金额合计", None,
             mk(money(90), "B102", "error", note="30 + 25 + 20 + 18 = 93"), None),
        ],
        goal="做好困难职工帮扶、职工技能竞赛、职工文体活动和工会阵地建设，维护职工合法权益，"
             "职工满意度达到90%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "慰问困难职工户数", "≥260户"),
            (
                None,
                None,
                "职业技能竞赛参赛职工人数",
                mk("≤500人", "T108", "warning", row=True, note="a 正向 count with ≤"),
            ),
            (None, None, "职工文体活动场次", "≥20场"),
            (None, None, "户外劳动者驿站运行数量", "≥24个"),
            (None, "质量指标", "职工之家建设达标率", "≥90%"),
            (None, "时效指标", "困难职工慰问金发放时间", "2027年2月5日前"),
            ("成本指标", "经济成本指标", "困难职工慰问标准", "≤1000元/户"),
            (None, None, "户外劳动者驿站单站运行补助", "≤3000元/个"),
            ("效益指标", "社会效益指标", "职工技能竞赛获奖职工晋升技能等级人数", "≥30人"),
            (None, "可持续影响指标", "工会服务职工长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "职工满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
