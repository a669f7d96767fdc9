"""Department returns lk14–lk18: budget blocks and key tasks, tiers merged once per block with
spacer rows, 实施周期/年度 columns, a flat list with a hidden column and weights."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout105.common import NUM_REN, blocks, finish, sign, wan
from tests.variants.holdout105.registry import variant
from tests.variants.kit import Book, C, mk, pct

GE = '"≥"0'
GE_PCT = '"≥"0%'


@variant(
    "lk14-market-regulation-dept",
    (12,),
    "department, NAT-2021, key tasks adding to "
    "金额合计, unit column merged across rows, spacer rows, a 备注 column",
)
def lk14() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 28, 16, 12, 28))
    department_head(
        s,
        year=2027,
        dept="岚山区市场监督管理局",
        budget=[(wan(2860), wan(2700), wan(160), wan(1960), wan(900))],
        tasks=[
            (
                "食品安全抽检",
                "开展食品安全监督抽检和快检",
                wan(420),
                "完成抽检任务，问题产品核查处置到位",
            ),
            (
                "特种设备安全监管",
                "电梯、锅炉等特种设备检查",
                wan(300),
                "在用特种设备定期检验率达标",
            ),
            ("消费维权", "12315投诉举报处理与消费教育", wan(180), "投诉举报按时办结"),
            ("金额合计", None, wan(900), None),
        ],
        goal="守牢食品安全和特种设备安全底线，营造放心消费环境。",
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "食品安全\n监督抽检批次",
                    C(3200, GE),
                    "批次",
                    "按每千人4批次测算",
                ),
                (None, None, "特种设备\n监督检查", C(1500, GE), "台次", ""),
                (None, "质量指标", "问题产品\n核查处置率", pct(1), "%", ""),
                (None, None, "在用特种设备\n定期检验率", pct(0.98, GE_PCT), None, ""),
                (None, "时效指标", "投诉举报\n办结时限", "≤7个\n工作日", "", "法定时限内"),
            ],
            [("成本指标", "经济成本指标", "单批次抽检\n平均费用", C(1200, '"≤"0'), "元/批次", "")],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "食品安全\n评价性抽检合格率",
                    pct(0.97, GE_PCT),
                    "%",
                    "",
                ),
                (None, "可持续影响指标", "智慧监管\n平台运行", "稳定运行", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "消费者满意度", pct(0.88, GE_PCT), "%", "")],
        ],
        merged=(1, 2, 5),
    )
    sign(s, "计小禾", "0769-2210385", "2026年11月19日")
    finish(s, h, 6)
    return b


@variant(
    "lk15-archives-two-columns",
    (8,),
    "department, Dongguan-style 实施周期/年度 columns, "
    "values with a second line, tier-2 merged per block, a hidden template row",
)
def lk15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 18, 18, 24))
    department_head(
        s,
        year=2027,
        dept="青崖县档案馆",
        budget=[(wan(486), wan(476), wan(10), wan(356), wan(130))],
        tasks=[
            ("档案数字化", "馆藏纸质档案扫描著录", wan(90), "完成数字化扫描"),
            ("档案安全保管", "库房温湿度和消防设施维护", wan(40), "库房安全运行"),
            ("金额合计", None, wan(130), None),
        ],
        goal="推进馆藏档案数字化，保障档案实体安全，提升档案利用服务水平。",
    )
    hidden = s.row(
        "填表说明：指标值应细化、量化，定性指标分级表述；本行打印时隐藏。", merge=[(1, 6)]
    )
    h = s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "纸质档案\n数字化扫描",
                    C(1200000, '"≥"0"页"'),
                    C(1200000, '"≥"0"页"'),
                    "",
                ),
                (None, None, "接收进馆档案", C(8000, '"≥"0"卷"'), C(8000, '"≥"0"卷"'), ""),
                (
                    None,
                    "质量指标",
                    "数字化成果\n质检合格率",
                    "≥99%\n（行业标准）",
                    "≥99%\n（行业标准）",
                    "",
                ),
                (None, "时效指标", "数字化任务\n完成时间", "2027年12月底前", "2027年12月底前", ""),
            ],
            [("成本指标", "经济成本指标", "档案扫描\n单页成本", "≤0.75元/页", "≤0.75元/页", "")],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "档案查阅\n利用人次",
                    C(5000, '"≥"0"人次"'),
                    C(5000, '"≥"0"人次"'),
                    "",
                ),
                (None, "可持续影响指标", "档案安全\n管理制度", "健全", "健全", ""),
            ],
            [
                (
                    "满意度指标",
                    "服务对象满意度指标",
                    "查档群众满意度",
                    pct(0.9, GE_PCT),
                    pct(0.9, GE_PCT),
                    "",
                )
            ],
        ],
        merged=(1, 2),
    )
    sign(s, "严冬青", "0857-6623017", "2026年11月11日")
    finish(s, h, 6, hide_rows=(hidden,))
    return b


@variant(
    "lk16-civil-affairs-tasks-wrong",
    (12,),
    "department, OLD-NAT, unit column merged "
    "across rows, spacer rows; the key tasks do not add up to 金额合计",
)
def lk16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 16, 12, 24))
    department_head(
        s,
        year=2027,
        dept="鹤峰区民政局",
        budget=[(wan(3120), wan(3050), wan(70), wan(1420), wan(1700))],
        tasks=[
            ("城乡低保", "城乡最低生活保障金发放", wan(980), "应保尽保"),
            ("特困供养", "特困人员基本生活和照料", wan(460), "按标准足额发放"),
            ("社区建设", "城乡社区综合服务设施维护", wan(210), "设施正常运行"),
            (
                "金额合计",
                None,
                mk(wan(1700), "B102", "error", alt=("B101",), note="980 + 460 + 210 = 1650"),
                None,
            ),
        ],
        goal="兜牢基本民生底线，保障困难群众基本生活，提升社区服务能力。",
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "城乡低保\n保障人数", C(2600, GE), "人", ""),
                (None, None, "特困供养人数", C(520, GE), None, ""),
                (None, "质量指标", "低保资金\n社会化发放率", pct(1), "%", ""),
                (None, "时效指标", "低保金\n按月发放", "每月10日前", "", ""),
                (None, "成本指标", "低保对象\n人均月补助", C(310, '"≤"0'), "元/人·月", ""),
            ],
            [
                ("效益指标", "社会效益指标", "困难群众\n基本生活保障", "有效保障", "", ""),
                (None, "可持续影响指标", "社会救助\n动态管理机制", "健全", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "救助对象满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2, 5),
    )
    sign(s, "付青松", "0718-8216604", "2026年11月24日")
    finish(s, h, 6)
    return b


@variant(
    "lk17-flat-weights-hidden",
    (3,),
    "department, flat list (指标名称 · 权重 · 比较符 · "
    "指标值 · 计量单位 · 备注) with a hidden template column, weights adding to 100",
)
def lk17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (28, 10, 10, 14, 12, 26))
    department_head(
        s,
        year=2027,
        dept="桃源街道办事处",
        budget=[(wan(1280), wan(1230), wan(50), wan(910), wan(370))],
        goal="做好辖区社区治理、环境整治和为民服务工作。",
    )
    h = s.row("指标名称", "权重", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("社区网格员\n配备人数", 10, "≥", C(86, NUM_REN), "人", ""),
            ("背街小巷\n环境整治", 10, "≥", 24, "条", ""),
            ("垃圾分类\n覆盖率", 10, "≥", pct(0.95), "%", ""),
            ("民生实事\n项目完成率", 15, "=", pct(1), "%", ""),
            ("便民服务事项\n即办件办结时限", 10, "≤", 1, "工作日", ""),
            ("一般公共预算\n“三公”经费", 10, "≤", C(12, "0.00"), "万元", "不高于上年"),
            ("矛盾纠纷\n调处成功率", 15, "≥", pct(0.95), "%", ""),
            ("居民满意度", 20, "≥", pct(0.9), "%", "第三方测评"),
        ]
    )
    s.row("合计", 100, None, None, None, None)
    sign(s, "尚明月", "0736-7312905", "2026年11月18日")
    s.ws.insert_cols(7)
    s.ws.cell(h, 7).value = "旧版指标编码"
    finish(s, h, 7, hide_cols=(7,))
    return b


@variant(
    "lk18-culture-duplicate-unit",
    (1,),
    "department, NAT-2021, tier-2 merged per block, "
    "spacer rows, unit column; a conflicting duplicate and a unit that contradicts its column",
)
def lk18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 16, 12, 24))
    department_head(
        s,
        year=2027,
        dept="云台县文化馆",
        budget=[(wan(612), wan(600), wan(12), wan(402), wan(210))],
        tasks=[
            ("群众文化活动", "广场文艺演出和节庆活动", wan(130), "丰富群众文化生活"),
            ("公益培训", "舞蹈、书法等公益培训班", wan(80), "提升群众艺术素养"),
            ("金额合计", None, wan(210), None),
        ],
        goal="开展群众文化活动和公益艺术培训，推进公共文化服务均等化。",
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "送文化下乡\n演出场次", "≥120场", "场", ""),
                (
                    None,
                    None,
                    "公益艺术\n培训人次",
                    mk(
                        "≥3500人次",
                        "T112",
                        "error",
                        note="人次 in the value, 场 in the unit column",
                    ),
                    "场",
                    "",
                ),
                (
                    None,
                    None,
                    "送文化下乡\n演出场次",
                    mk(
                        "≥150场",
                        "D102",
                        "error",
                        row=True,
                        alt=("D101", "D103"),
                        note="the same indicator with 120场 above",
                    ),
                    "场",
                    "",
                ),
                (None, "质量指标", "演出活动\n安全事故", "0起", "起", ""),
                (None, "时效指标", "年度活动\n完成时间", "2027年12月底前", "", ""),
            ],
            [("成本指标", "经济成本指标", "单场演出\n平均成本", "≤0.8万元", "万元/场", "")],
            [
                ("效益指标", "社会效益指标", "惠及群众\n人次", C(80000, '"≥"0"人次"'), "人次", ""),
                (None, "可持续影响指标", "文化志愿者\n队伍", "持续壮大", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "群众满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2),
    )
    sign(s, "石竹", "0745-2239106", "2026年11月20日")
    finish(s, h, 6)
    return b
