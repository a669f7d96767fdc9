"""Department returns, budget-system exports and notes around the table, over both halves of
the theme (yx13–yx18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout456.common import book, indicators, note, one_year, signature, wan
from tests.variants.holdout456.registry import variant
from tests.variants.kit import Book, mk, pct

STATION = "霜碛州盐湖保护中心"


@variant(
    "yx13-department-money",
    (12, 7),
    "department, NAT-2021: budget with a share row, key tasks adding up to 项目支出, headers "
    "考核指标, 目标值（年度） and a 评价标准 column (correct)",
)
def yx13() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=STATION,
        budget=[
            (wan(500), wan(450), wan(50), wan(300), wan(200)),
            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
        ],
        tasks=[
            ("盐湖湖区巡护", "四湖湖区全年巡护", wan(80), "无重大破坏事件"),
            ("盐湖生态监测", "水位、盐度、植被监测", wan(70), "掌握生态本底"),
            ("卤虫资源养护", "采捕期限额管理", wan(50), "资源量稳定"),
            ("金额合计", None, wan(200), None),
        ],
        goal="守住盐湖生态红线，完成四湖巡护、生态监测和卤虫资源养护任务。",
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "盐湖湖区巡护里程", "≥18000公里", "未达到按比例扣分"),
        (None, None, "生态监测点位", "≥60个", "每少1个扣0.5分"),
        (None, "质量指标", "监测数据有效率", "≥95%", "未达到不得分"),
        (None, "时效指标", "季度监测报告报送时限", "≤10个工作日", "每延迟1次扣1分"),
        ("成本指标", "经济成本指标", "巡护每公里平均成本", "≤40元/公里", "超出不得分"),
        ("效益指标", "生态效益指标", "盐湖湖面面积", "≥118平方公里", "低于目标不得分"),
        (None, "社会效益指标", "湖区破坏生态环境案件发生数", "≤2起", "每超1起扣1分"),
        (None, "可持续影响指标", "盐湖保护长效管护机制", "健全", "视完善程度打分"),
        ("满意度指标", "服务对象满意度指标", "湖区周边群众满意度", "≥90%", "按调查结果打分"),
    ])  # fmt: skip
    signature(s, "郗明远", "0975-6630814", (2024, 11, 18))
    return b


@variant(
    "yx14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding up to the 金额合计",
)
def yx14() -> Book:
    b, s = book()
    total = mk(wan(380), "B101", "error", row=True, note="基本支出 220 + 项目支出 150 = 370 ≠ 380")
    department_head(
        s,
        year=2025,
        dept="澄卤县盐湖生态环境监测站",
        budget=[(total, wan(340), wan(40), wan(220), wan(150))],
        tasks=[
            ("盐湖水质监测", "四湖水质按月监测", wan(60), "掌握水质变化"),
            ("卤虫栖息水域监测", "盐度、水温、溶氧监测", wan(50), "掌握栖息水域"),
            ("监测设备更新", "更新浮标和采样设备", wan(45), "设备完好"),
            (
                "金额合计",
                None,
                mk(wan(150), "B102", "error", note="60 + 50 + 45 = 155 ≠ 150"),
                None,
            ),
        ],
        goal="完成盐湖水质和卤虫栖息水域监测，更新监测设备。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "水质监测断面", "≥32个"),
        (None, None, "监测浮标更新数量", "≥8套"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "月度监测报告报送时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单断面年度监测成本", "≤1.8万元/个"),
        ("效益指标", "生态效益指标", "卤虫栖息水域盐度超标预警及时率", "≥95%"),
        (None, "可持续影响指标", "监测数据共享机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "管理部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_HEAD = (
    "单位编码",
    "单位名称",
    "项目编码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
)
UNIT = ("418031", "霜碛州农业农村局本级")
P1 = ("418031250001", "卤虫资源养护与监测")
P2 = ("418031250002", "盐湖湖区渔政巡护")


@variant(
    "yx15-export",
    (7, 9),
    "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
    "部门项目支出绩效目标05-2 with the header on the third row, codes in the first columns, "
    "tiers repeated, =100% kept as text (correct)",
)
def yx15() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 20, 16, 24, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*UNIT, *P1, wan(48.6), wan(45), wan(3.6))
    s.row(*UNIT, *P2, wan(72), wan(72), wan(0))
    s.row("合计", None, None, None, wan(120.6), wan(117), wan(3.6))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 16, 20, 12, 18, 28, 14))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row(*EXPORT_HEAD)
    t.table([
        (*UNIT, *P1, "产出指标", "数量指标", "卤虫成体密度监测频次", "≥12次"),
        (*UNIT, *P1, "产出指标", "质量指标", "监测数据有效率", "≥95%"),
        (*UNIT, *P1, "产出指标", "时效指标", "资源评估报告发布时间", "9月15日前"),
        (*UNIT, *P1, "产出指标", "成本指标", "单次监测成本", "≤3.5万元/次"),
        (*UNIT, *P1, "效益指标", "生态效益指标", "卤虫卵采捕量控制在限额内", "是"),
        (*UNIT, *P1, "满意度指标", "服务对象满意度指标", "采捕企业满意度", "≥90%"),
        (*UNIT, *P2, "产出指标", "数量指标", "湖区巡护天数", "≥200天"),
        (*UNIT, *P2, "产出指标", "质量指标", "违规采捕案件查处率", "=100%"),
        (*UNIT, *P2, "产出指标", "时效指标", "举报线索核查时限", "≤24小时"),
        (*UNIT, *P2, "产出指标", "成本指标", "巡护日均成本", "≤0.3万元/天"),
        (*UNIT, *P2, "效益指标", "社会效益指标", "非法采捕案件发生数", "≤4起"),
        (*UNIT, *P2, "满意度指标", "服务对象满意度指标", "持证采捕户满意度", "≥90%"),
    ])  # fmt: skip
    return b


DETAIL = ("序号", "支出内容", "金额（万元）", "测算依据")


@variant(
    "yx16-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
    "space, a date serial in a text value, an amount pasted twice",
)
def yx16() -> Book:
    b, s = book()
    split = mk("96.217 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 96.2175")
    project_head(
        s,
        year=2025,
        name="蓝卤湖卤虫监测站改造项目",
        dept="霜碛州农业农村局（418031）",
        unit="蓝卤湖卤虫资源监测中心",
        money=one_year(split, 90, 6.2175),
        goals=["改造蓝卤湖卤虫监测站，配置自动监测设备，提升数据采集能力。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "自动监测设备配置", "≥4套"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "监测站改造完成时间",
         mk("45838", "X104", "warning", note="文本中的日期序列号，即 2025-06-30")),
        (None, "成本指标", "单套设备购置成本", "≤9万元/套"),
        ("效益指标", "生态效益指标", "卤虫资源数据采集频次提高", "≥50%"),
        (None, "可持续影响指标", "监测站运维年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "监测数据使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", merge=[(1, 4)])
    s.row(*DETAIL)
    s.row(
        1,
        "监测站房改造",
        mk("30万30万（含安装调试）", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
        "站房及配套",
    )
    s.row(2, "自动监测设备购置", wan(36), "4套×9万元")
    s.row(3, "卤虫采样与检测", wan(18), "12次×1.5万元")
    s.row(4, "数据平台运维", wan(12.2175), "按合同")
    s.row("合计", None, wan(96.2175), None)
    return b


WEIGHTED = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "yx17-page-break",
    (4, 5),
    "department, NAT-2021, abbreviated tier labels (产出, 数量), weight column: a column-number "
    "row, the header repeated after a page break, subtotal rows per tier-1 and a total, "
    "填表说明 below (correct)",
)
def yx17() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="澄卤县盐湖生态管护站",
        budget=[(wan(180), wan(170), wan(10), wan(110), wan(70))],
        goal="完成赤硝湖、白芒滩湖区管护和湖滨带补植，保持盐湖生态稳定。",
    )
    indicators(s, WEIGHTED, [
        (1, 2, 3, 4, 5),
        ("产出", "数量", "湖区管护面积", "≥86平方公里", 15),
        (None, None, "湖滨带耐盐植物补植面积", "≥300亩", 15),
        (None, "质量", "补植苗木成活率", "≥85%", 10),
        (None, "时效", "补植任务完成时间", "6月30日前", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row(*WEIGHTED)
    s.table([
        ("成本", "经济成本", "补植亩均成本", "≤0.15万元/亩", 10),
        ("效益", "生态效益", "湖滨带植被覆盖度提高", "≥3百分点", 10),
        (None, "社会效益", "湖区违法进入车辆下降率", "≥20%", 10),
        (None, "可持续影响", "管护台账完整率", "=100%", 10),
        ("满意度", "服务对象满意度", "周边牧户满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：小计为本页指标权重之和，合计为两页小计之和，指标权重合计应为100。", 5)
    signature(s, "甘若澜", "0975-6631207", (2024, 11, 22))
    return b


DIRECTED = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant(
    "yx18-notes-and-defect",
    (4, 11),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers "
    "with a unit column, a 注 row between tiers: a 反向 rate with ≥, a rate above 100",
)
def yx18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="白芒滩盐湖卤虫越冬卵采收监管项目",
        dept="霜碛州农业农村局（418031）",
        unit="霜碛州渔政监督管理站",
        money=one_year(46, 46, 0),
        goals=["监管白芒滩卤虫越冬卵采收，核验卵品质量，控制采收对湖岸的扰动。"],
    )
    indicators(s, DIRECTED, [
        ("产出指标", "数量指标", "采收点驻点监管天数", "正向", "≥", 90, "天"),
        (None, "质量指标", "卵品抽检合格率", "正向", "≥",
         mk(102, "T106", "error", note="合格率上限为 100%"), "%"),
        (None, "时效指标", "违规线索处置时限", "反向", "≤", 48, "小时"),
        (None, "成本指标", "驻点监管日均成本", "反向", "≤", 0.45, "万元/天"),
    ])  # fmt: skip
    note(s, "注：效益指标按近三年监管数据测算。", 7)
    s.table([
        ("效益指标", "生态效益指标", "采收区湖岸植被破坏率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向指标的比较符应为 ≤"), 5, "%"),
        (None, "社会效益指标", "越界采收案件发生数", "反向", "≤", 3, "起"),
        ("满意度指标", "服务对象满意度指标", "采收企业满意度", "正向", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "宁岱川", "0975-6642019", (2024, 11, 20))
    return b
