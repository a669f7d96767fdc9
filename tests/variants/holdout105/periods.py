"""Project returns lk11–lk13: a three-year project with 中期/年度 columns, a table on a second
sheet under hidden template rows, a rate over 100 %."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout105.common import blocks, finish, sign, wan
from tests.variants.holdout105.registry import variant
from tests.variants.kit import Book, C, mk, pct

GE = '"≥"0'
GE_PCT = '"≥"0%'


@variant(
    "lk11-river-three-years-copied",
    (8,),
    "three-year project, NAT-2021, 中期/年度 "
    "columns with a unit column merged across rows; two cumulative counts copied into 年度",
)
def lk11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 26, 16, 16, 10, 24))
    project_head(
        s,
        year=2027,
        years=3,
        name="玉带河流域水环境综合治理",
        dept="玉带市生态环境局 620",
        unit="玉带市水环境治理中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(5400), "年度资金总额", wan(1800)),
            ("其中：财政拨款", wan(5000), "其中：财政拨款", wan(1600)),
            ("其他资金", wan(400), "其他资金", wan(200)),
        ],
        goals=[
            "2027—2029年完成玉带河干支流截污和生态修复，断面水质稳定达到Ⅲ类。",
            "2027年完成干流截污管网建设和两处湿地修复。",
        ],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "新建截污管网",
                    C(42, GE),
                    mk(C(42, GE), "D202", "warning", note="3-year count copied"),
                    "公里",
                    "",
                ),
                (None, None, "修复河岸湿地", C(6, GE), C(2, GE), "处", ""),
                (
                    None,
                    None,
                    "清淤河道长度",
                    C(18, GE),
                    mk(C(18, GE), "D202", "warning", note="3-year count copied"),
                    "公里",
                    "",
                ),
                (None, "质量指标", "工程验收\n合格率", pct(1), pct(1), "%", ""),
                (
                    None,
                    "时效指标",
                    "年度工程\n完工时间",
                    "2029年12月底前",
                    "2027年12月底前",
                    "",
                    "",
                ),
            ],
            [
                (
                    "成本指标",
                    "经济成本指标",
                    "截污管网\n建设单价",
                    "≤80万元/公里",
                    "≤80万元/公里",
                    "",
                    "",
                )
            ],
            [
                (
                    "效益指标",
                    "生态效益指标",
                    "国控断面水质\n达标率",
                    pct(1),
                    pct(0.9, GE_PCT),
                    "%",
                    "",
                ),
                (None, "可持续影响指标", "河长制巡河机制", "长效运行", "长效运行", "", ""),
            ],
            [
                (
                    "满意度指标",
                    "服务对象满意度指标",
                    "沿河群众满意度",
                    pct(0.9, GE_PCT),
                    pct(0.85, GE_PCT),
                    "%",
                    "",
                )
            ],
        ],
        merged=(1, 2),
    )
    b.file_mark(
        "B107",
        "warning",
        required=False,
        note="the copied 42 公里 makes 80万元/公里 × 42 exceed the annual budget",
    )
    sign(s, "邱澜", "0731-5820117", "2026年11月25日")
    finish(s, h, 7)
    return b


@variant(
    "lk12-market-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under hidden template rows, values with notes on a second line",
)
def lk12() -> Book:
    b = Book()
    s = b.sheet("基本信息", (14, 16, 28, 18, 18, 18))
    project_head(
        s,
        year=2027,
        name="石门县农贸市场标准化改造",
        dept="石门县商务局 710",
        unit="石门县商贸流通服务中心",
        money=[
            ("资金总额", wan(350), "其中：财政拨款", wan(300)),
            ("其他资金", wan(50), None, None),
        ],
        goals=["完成5个乡镇农贸市场标准化改造，改善群众购物环境。"],
    )
    finish(s, 1, 6)
    t = b.sheet("绩效指标", (14, 16, 28, 20, 30))
    t.row("填表说明：1.指标值须量化；2.本行及以下说明行打印时隐藏。")
    t.row("填表说明：3.定性指标按“好、较好、一般、差”填写。")
    t.row("石门县农贸市场标准化改造绩效指标", merge=[(1, 5)])
    h = t.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    blocks(
        t,
        [
            [
                ("产出指标", "数量指标", "改造农贸市场", "5个", ""),
                (None, None, "新建智慧\n计量摊位", "≥300个", ""),
                (None, "质量指标", "农产品快检\n合格率", "≥98%\n（国家标准）", "每日快检"),
                (None, "时效指标", "改造完成\n时间", "2027年10月底前", ""),
            ],
            [("成本指标", "经济成本指标", "单个市场\n改造补助", "≤70万元", "")],
            [
                ("效益指标", "经济效益指标", "市场年交易额\n增长", pct(0.08, GE_PCT), "较改造前"),
                (None, "社会效益指标", "市场环境\n卫生状况", "明显改善", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "商户和群众\n满意度", pct(0.9, GE_PCT), "")],
        ],
        merged=(1, 2),
    )
    sign(t, "覃路", "0744-5012366", "2026年11月17日")
    finish(t, h, 5, hide_rows=(1, 2))
    return b


@variant(
    "lk13-sports-rate-over-100",
    (1,),
    "project, NAT-2021, unit column merged across rows, "
    "names over two lines, a 备注 column; a completion rate over 100 %",
)
def lk13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 10, 28))
    project_head(
        s,
        year=2027,
        name="南浦县全民健身设施补短板工程",
        dept="南浦县体育局 812",
        unit="南浦县体育服务中心",
        money=[
            ("资金总额", wan(260), "其中：财政拨款", wan(230)),
            ("其他资金", wan(30), None, None),
        ],
        goals=["新建和更新行政村健身设施，完善城乡15分钟健身圈。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "新建行政村\n健身路径", C(40, GE), "套", ""),
                (None, None, "更新老旧\n健身器材", C(200, GE), "件", ""),
                (None, None, "新建笼式\n多功能球场", C(4, GE), "个", ""),
                (None, "质量指标", "器材安装\n验收合格率", pct(1), "%", ""),
                (
                    None,
                    None,
                    "年度建设任务\n完成率",
                    mk(pct(1.1, GE_PCT), "T106", "error", note="≥110% on a 完成率"),
                    None,
                    "",
                ),
                (None, "时效指标", "设施安装\n完成时间", "2027年9月底前", "", ""),
            ],
            [("成本指标", "经济成本指标", "健身路径\n单套造价", C(3.5, '"≤"0.0'), "万元/套", "")],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "经常参加体育锻炼\n人数比例",
                    pct(0.4, GE_PCT),
                    "%",
                    "",
                ),
                (None, "可持续影响指标", "设施管护\n责任制", "落实到村", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "群众满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2, 5),
    )
    sign(s, "袁北辰", "0851-3327014", "2026年11月13日")
    finish(s, h, 6)
    return b
